"""Relationships read from the structure around two names (rules in patterns/frames/*.jsonl).

No verb says them; the words between the names do:
- of_person: a group 'of' a person is the person's ('the Sudan Shield Forces of Abu Aqla
  Kayka', 'the RSF (...) of Mohamed Hamdan Dagalo', 'Gran Grif, the gang of Luckson Elan');
- person_possessive: a person's group ('Allah Nazar Baloch's Baloch Liberation Front');
- unit_possessive: a group's group is its unit ('the BLA's Majeed Brigade');
- under_leader: 'Under Noor Wali Mehsud, the group ...', 'the Taliban leadership under X';
- relational_noun: a noun of relation said of one name and owned by the other, as a
  predicate ('Egypt is the SAF's closest partner', 'ISSP remains JNIM's fiercest rival'), in
  apposition ('the UWSA, Beijing's most dependable client', 'Bashir Zeb, its commander'), or
  with 'of' ('the chief backer of the Houthis', 'an affiliate of ISEAP').

Each finding is (rule, cue tokens, actor mention, target mention); the claim component turns
it into a relationship with the same negation, modality and evidence as any other.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.components.actors import Mention
from pipeline.components.clauses import OPENING_PREPOSITIONS, POSSESSIVE_PRONOUNS, POSSESSIVES, Clauses
from pipeline.components.tokens import QUOTES, TokenTable
from pipeline.patterns import FrameRule

COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "remains", "remain", "remained", "became", "become",
                     "becomes", "seen", "regarded", "considered", "described", "called", "viewed", "emerged"})
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
# words that end a noun phrase on its left: prepositions, auxiliaries, relatives, conjunctions
STOPS = frozenset("as at of for to with by from in on into against among between under over than and or but "
                  "that which who whom whose has have had will would could can may might must should do does did "
                  "not never also".split())


# words that say a tie of any kind is over: 'a former FAN lieutenant'
PAST_TIES = frozenset({"former", "ex", "late", "erstwhile"})
# words before a title that say how its holder holds it: 'the party of acting president X'
ACTING = frozenset({"acting", "interim", "retired", "then"})
# words between a copula or a comma and the owner of a relational noun (not a tie that ended)
BEFORE_AN_OWNER = frozenset({"among", "now", "still", "long", "also", "arguably", "perhaps"})
# the relational-noun rule of a group's people, said of one who leads a part of it
MEMBER_RULE = "frame.spokesman"
# participles that make the name after them the noun's own name: 'the so-called Harb faction'
NAMING_PARTICIPLES = frozenset({"called", "named", "dubbed", "styled"})  # ('self-styled': '-' 'styled')
# the copulas after 'X, whose <role>' that say who holds it ('is', not 'called' or 'described')
WHOSE_COPULAS = frozenset({"is", "was", "remains", "remained", "became", "becomes"})
# nouns of a body inside a role ('whose intelligence chief is X' leads the service, not X's state)
BODY_MODIFIERS = frozenset({"intelligence", "army", "police", "military", "security", "armed"})
# words before a leader noun that make its holder the leader's second, or no longer the leader
NOT_THE_HOLDER = frozenset({"deputy", "vice", "assistant"}) | PAST_TIES
# lower-case modifiers of a leader noun that name a part of the body ('its campaign director',
# 'the party's regional chairman'): the holder leads the part and is a member of the whole
PART_MODIFIERS = frozenset({"campaign", "regional", "provincial", "district", "local", "county", "city", "branch",
                            "youth", "women", "field", "operations", "communications", "press", "media",
                            "logistics", "finance", "training", "recruitment", "information", "propaganda",
                            "outreach", "research", "policy", "strategy"})
# capitalised adjectives of rank before a leader noun that leave the whole body led ('the APC's
# National Chairman', 'the SDF's General Commander'), unlike a place's or a unit's name
RANK_WORDS = frozenset({"national", "executive", "general", "supreme", "chief", "federal", "central", "overall",
                        "political", "military", "acting", "interim", "founding"})
# nouns whose 'for' names the side spoken for ('a spokesman for the movement'); an 'envoy for
# Yemen' or a 'representative for Somalia' is sent to it
SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "negotiator"})
# nouns of a group's people that take 'in' as 'of': 'a senior figure in the Maksar gang' (only a
# group's: 'an envoy in Beijing' is posted there)
MEMBERS_IN = frozenset({"figure", "member", "official", "cadre", "operative", "veteran"})


@dataclass
class FrameHit:
    rule: FrameRule
    start: int  # cue tokens
    end: int
    actor: Mention
    target: Mention


class Frames:
    def __init__(self, rules: list[FrameRule], *, state_units: frozenset[str] = frozenset(),
                 titles: frozenset[str] = frozenset(), rebel_words: frozenset[str] = frozenset()):
        self.state_units = state_units  # see _possessive
        self.rebel_words = rebel_words
        self.titles = titles  # title words before a name: 'the JEM of Finance Minister Gibril Ibrahim'
        self.by_frame: dict[str, list[FrameRule]] = {}
        # keyed by a noun's last word: 'secretary-general' and 'prime minister' are read as
        # 'general' and 'minister' with the words before them checked (see _compound_start)
        by_words: dict[tuple[str, ...], FrameRule] = {}
        for rule in rules:
            self.by_frame.setdefault(rule.frame, []).append(rule)
            if rule.frame == "relational_noun":
                for noun in rule.nouns:
                    by_words[tuple(noun.replace("-", " - ").split())] = rule  # a later rule's noun wins
        self.noun_rules: dict[str, list[tuple[tuple[str, ...], FrameRule]]] = {}
        for words in sorted(by_words, key=len, reverse=True):  # the longest compound first
            self.noun_rules.setdefault(words[-1], []).append((words, by_words[words]))
        # the member's rule: what a leader noun of a part of a body says of the whole
        self.member_rule = next((r for r in rules if r.id == MEMBER_RULE), None)

    def find(self, t: TokenTable, mentions: list[Mention], syntax: Clauses) -> list[FrameHit]:
        at = syntax.at
        starts = {m.start: m for m in mentions}
        out: list[FrameHit] = []
        for rule in self.by_frame.get("of_person", []):
            out += self._of_person(t, rule, mentions, at, starts)
        for rule in self.by_frame.get("person_possessive", []) + self.by_frame.get("unit_possessive", []):
            out += self._possessive(t, rule, mentions, starts)
        for rule in self.by_frame.get("under_leader", []):
            out += self._under(t, rule, starts, syntax)
        if self.noun_rules:
            out += self._relational_nouns(t, at, syntax)
        return out

    def _people_after(self, t: TokenTable, word: str, starts: dict[int, Mention]) -> list[tuple[int, Mention]]:
        """(position of ``word``, the person named right after it, past any title words) for
        every such pair."""
        out = []
        for k in t.where("lower", {word}):
            j = k + 1
            # ('the SDS of former prime minister Janez Jansa': a title in lower case, a past one too)
            while j < len(t.text) and j - k <= 4 and (t.text[j] in self.titles or t.is_lower[j] and (
                    t.text[j].capitalize() in self.titles or t.lower[j] in PAST_TIES or t.lower[j] in ACTING)):
                j += 1
            if j in starts and starts[j].label == "PERSON":
                out.append((k, starts[j]))
        return out

    @staticmethod
    def _fits(m: Mention, labels: list[str] | None) -> bool:
        return labels is None or m.label in labels

    # ------------------------------------------------------------------ 'the X of Y', 'Y's X'
    def _of_person(self, t: TokenTable, rule: FrameRule, mentions: list[Mention], at: dict[int, Mention],
                   starts: dict[int, Mention]) -> list[FrameHit]:
        out = []
        nouns = frozenset(rule.nouns)
        for k, person in self._people_after(t, "of", starts):
            j = k - 1
            if j >= 0 and t.text[j] == ")":
                while j >= 0 and t.text[j] != "(":
                    j -= 1
                j -= 1
            group = at.get(j)
            if group is None and j >= 0 and t.lower[j] in nouns:
                # 'Gran Grif, the gang of Luckson Elan': the noun's apposition head
                d = j - 1
                # ('the rival G-Pèp bloc', 'the gang', 'the nationalist-left party': a hyphen
                # joins a modifier's parts)
                while d >= 0 and d > j - 5 and (t.is_lower[d] or t.text[d] == "-" and not t.ws[d - 1]):
                    d -= 1
                if d >= 1 and t.text[d] == ",":
                    group = at.get(d - 1)
                if group is None:
                    group = at.get(j - 1)  # 'the G9 federation of ...'
            if group is not None and group.label == "GROUP":
                out.append(FrameHit(rule, k, k + 1, person, group))
        return out

    def _possessive(self, t: TokenTable, rule: FrameRule, mentions: list[Mention],
                    starts: dict[int, Mention]) -> list[FrameHit]:
        out = []
        owner_label = "PERSON" if rule.frame == "person_possessive" else "GROUP"
        for owner in mentions:
            # ('His Ensemble pour le Gabon (EPG)': a person's resolved 'his' or 'her' owns as a
            # name with 's does)
            pronoun = owner_label == "PERSON" and owner.via == "coref" and t.lower[owner.start] in {"his", "her"}
            if not pronoun and (owner.end >= len(t.text) or t.text[owner.end] not in POSSESSIVES):
                continue
            # a state's unit is its own too: 'Moscow's Africa Corps', 'Iran's Quds Force'
            if owner.label != owner_label and not (owner_label == "GROUP" and owner.label == "STATE"):
                continue
            k = owner.end + (0 if pronoun else 1)
            if k < len(t.text) and k not in starts and t.is_lower[k]:
                k += 1  # one modifier at most: 'the BLA's elite Majeed Brigade'
            owned = starts.get(k)
            if owned is None or owned.label != "GROUP" or owned.actor_id == owner.actor_id or owned.via == "coref":
                continue
            if owner.label == "STATE" and (
                    not any(t.text[j] in self.state_units for j in range(owned.start, owned.end))
                    or any(t.text[j] in self.rebel_words for j in range(owned.start, owned.end))):
                continue  # 'Mexico's Sinaloa Cartel', 'Colombia's National Liberation Army': where, not whose
            if owner_label == "PERSON":
                out.append(FrameHit(rule, owner.start if pronoun else owner.end, owner.end + (0 if pronoun else 1),
                                    owner, owned))
            else:
                out.append(FrameHit(rule, owner.end, owner.end + 1, owned, owner))
        return out

    def _under(self, t: TokenTable, rule: FrameRule, starts: dict[int, Mention], syntax: Clauses) -> list[FrameHit]:
        out = []
        nouns = frozenset(rule.nouns)
        for k, leader in self._people_after(t, "under", starts):
            sid = t.sent_of[k]
            lo, hi = t.sent_starts[sid], t.sent_ends[sid]
            if k == lo and leader.end < hi:
                # 'Under Noor Wali Mehsud, the group has rebuilt ...' (the comma may be left
                # out): the clause's subject
                j = leader.end + (1 if t.text[leader.end] == "," else 0)
                group = syntax.at.get(j) or syntax.at.get(j + 1)
            elif k - 1 >= lo and t.lower[k - 1] in nouns:
                group = syntax.at.get(k - 2)  # 'the Taliban leadership under X'
            else:
                continue
            if group is not None and group.label in {"GROUP", "STATE"}:
                out.append(FrameHit(rule, k, k + 1, leader, group))
        return out

    # ------------------------------------------------------------------ relational nouns
    def _relational_nouns(self, t: TokenTable, at: dict[int, Mention], syntax: Clauses) -> list[FrameHit]:
        out = []
        for k in t.where("lower", self.noun_rules.keys()):
            sid = t.sent_of[k]
            lo, hi = t.sent_starts[sid], t.sent_ends[sid]
            found = self._compound_start(t, k, lo)
            if found is None:
                continue
            first, rule = found
            before = first - 2 if first - 2 >= lo and t.text[first - 1] == "-" else first - 1  # 'vice-chairman'
            if rule.relation == "LEADS" and (t.lower[k].endswith("s") or self._one_of(t, first, lo)
                                             or before >= lo and t.lower[before] in NOT_THE_HOLDER):
                continue  # 'one of its commanders', 'its deputy chairman', 'its former president': not the leader
            # ('Hamas's director of communications': the noun's own 'of' names the part it heads;
            # not 'head of state', 'chief of staff', which head the whole)
            part = rule.relation == "LEADS" and (self._part_of_the_body(t, before, lo, at) or k + 2 < hi
                                                 and t.lower[k + 1] == "of" and t.lower[k + 2] in PART_MODIFIERS)
            if part:
                # 'its deputy campaign director', 'the PNP's Lanao del Sur director': heads a part,
                # a member of the whole (a body's: 'his regional commander' says nothing of whom)
                rule = self.member_rule
                if rule is None:
                    continue
            if self._no_longer(t, before, lo, at):
                continue  # 'a former GD prime minister', 'a former FAN lieutenant': a tie that ended
            name_owns = rule.name_owns  # 'a UPF constituent'; not 'the Hezbollah commander'
            whose = self._whose(t, first, k, lo, hi, at)
            if whose is not None:
                other, said_of = whose
            else:
                other = self._owner(t, first, k, lo, hi, at, name_owns, t.lower[k] in SPEAKS_FOR)
                if other is None:
                    continue
                said_of = self._said_of(t, first, k, lo, hi, at, syntax, name_owns)
            if said_of is None or said_of.actor_id == other.actor_id or part and other.label == "PERSON":
                continue
            actor, target = (said_of, other) if rule.direction == "forward" else (other, said_of)
            if self._fits(actor, rule.actor_labels) and self._fits(target, rule.target_labels):
                out.append(FrameHit(rule, first, k + 1, actor, target))
        return out

    def _compound_start(self, t: TokenTable, k: int, lo: int) -> tuple[int, FrameRule] | None:
        """The first token and the rule of the relational noun ending at ``k``: 'general' ends
        'secretary-general' (tokens 'secretary', '-', 'general') but is no noun of its own."""
        for words, rule in self.noun_rules[t.lower[k]]:
            first = k - len(words) + 1
            if first >= lo and tuple(t.lower[first : k + 1]) == words:
                return first, rule
        return None

    @staticmethod
    def _part_of_the_body(t: TokenTable, k: int, lo: int, at: dict[int, Mention]) -> bool:
        """Whether the modifiers before a leader noun (from ``k`` back to the owner or the
        article) name a part of the body it leads: a place or unit in capitals ('the PNP's
        Lanao del Sur director'), a lower-case noun ('its campaign director'), or a deputy's
        word further back ('its deputy campaign director'). Adjectives of rank ('executive',
        'supreme', 'national') and hyphens leave the whole body led."""
        steps = 0
        while k >= lo and steps < 4 and k not in at and t.text[k] not in POSSESSIVES \
                and t.lower[k] not in DETERMINERS and not (t.punct[k] and t.text[k] != "-"):
            hyphened = k + 1 < len(t.text) and t.text[k + 1] == "-" or k > lo and t.text[k - 1] == "-"  # 'Garoua-born'
            if t.lower[k] in NOT_THE_HOLDER - PAST_TIES or t.lower[k] in PART_MODIFIERS \
                    or t.cap[k] and t.alpha[k] and not hyphened and t.lower[k] not in RANK_WORDS:
                return True
            k -= 1
            steps += 1
        return False

    @staticmethod
    def _no_longer(t: TokenTable, k: int, lo: int, at: dict[int, Mention]) -> bool:
        """Whether the words before a relational noun (from ``k`` back, past the owner's name
        and its modifiers) say the tie is over: 'former', 'ex', 'late'."""
        steps = 0
        while k >= lo and steps < 5:
            m = at.get(k)
            if m is not None:
                k = m.start - 1
            elif t.lower[k] in PAST_TIES:
                return True
            elif t.alpha[k] and t.is_lower[k] and t.lower[k] not in DETERMINERS:
                k -= 1
            else:
                return False
            steps += 1
        return False

    def _whose(self, t: TokenTable, first: int, k: int, lo: int, hi: int,
               at: dict[int, Mention]) -> tuple[Mention, Mention] | None:
        """'the AFC, whose political coordinator is Corneille Nangaa': the noun belongs to the
        name before ', whose' (or the name an apposition before 'whose' describes) and is said
        of the name after the copula."""
        j = first - 1
        while j >= lo and j > first - 6 and (t.alpha[j] and t.is_lower[j] or t.text[j] == "-") \
                and t.lower[j] != "whose" and t.lower[j] not in BODY_MODIFIERS:
            j -= 1  # modifiers: 'political', 'long-time' (not a body's: 'whose intelligence chief')
        if not (j - 2 >= lo and t.lower[j] == "whose"):
            return None
        if t.text[j - 1] == "," and t.text[j - 2] == ")":  # 'the SPLA-IO (...), whose': the name before them
            o = j - 3
            while o >= lo and t.text[o] != "(":
                o -= 1
            owner = at.get(o - 1)
        elif t.text[j - 1] == ",":
            owner = at.get(j - 2)
        else:
            # 'Hamas, the group whose leader is X' ('the group' resolved to its name), 'Viv Ansanm,
            # the gang alliance whose best-known leader is X': the name the apposition describes
            owner = at.get(j - 1)
            a = j - 1
            while owner is None and a > lo and a > j - 5 and t.alpha[a] and t.is_lower[a] and a not in at:
                a -= 1
            if owner is None and a < j - 1 and t.text[a] == "," and t.lower[a + 1] in DETERMINERS:
                owner = at.get(a - 1)
        e = k + 1
        if owner is None or e >= hi or t.lower[e] not in WHOSE_COPULAS:
            return None  # ('whose leader called X a liar' says nothing of who leads)
        e += 1
        while e < hi and (t.lower[e] in {"the", "a", "an"} or t.text[e] in self.titles or t.text[e] == "."):
            e += 1
        said_of = at.get(e)
        return (owner, said_of) if said_of is not None else None

    @staticmethod
    def _one_of(t: TokenTable, k: int, lo: int) -> bool:
        return any(t.lower[j] == "one" and t.lower[j + 1] == "of" for j in range(max(lo, k - 5), k - 1))

    @staticmethod
    def _owner(t: TokenTable, first: int, k: int, lo: int, hi: int, at: dict[int, Mention],
               name_owns: bool, speaks_for: bool) -> Mention | None:
        """The name owning the noun (tokens ``first``..``k``): 'JNIM's fiercest rival', 'Hamas's
        long-standing ally', 'al-Qaeda's Syrian branch', 'its commander', 'the chief backer of
        the Houthis'; with ``speaks_for``, 'for' too: 'a spokesman for the movement' (an 'envoy
        for Yemen' is sent to it)."""
        j = first - 1
        steps = 0
        while j >= lo and steps < 5:
            if t.text[j] in POSSESSIVES:
                return at.get(j - 1)
            m = at.get(j)
            if m is not None:
                if t.lower[m.start] in POSSESSIVE_PRONOUNS or (name_owns and m.via != "demonym"):
                    return m  # 'its commander' (a resolved pronoun)
                return None  # a name right before the noun modifies it: 'the Hezbollah commander'
            if t.punct[j] and t.text[j] != "-":
                break
            j -= 1  # modifiers: 'fiercest', 'long-standing', 'Syrian'
            steps += 1
        member_in = t.lower[k] in MEMBERS_IN and k + 1 < hi and t.lower[k + 1] == "in"
        if k + 2 < hi and (t.lower[k + 1] == "of" or speaks_for and t.lower[k + 1] == "for" or member_in):
            j = k + 2
            while j < hi and t.lower[j] in {"the", "a", "an"}:
                j += 1
            if j > k + 2 and j not in at:
                # 'a member of the ruling All Progressives Congress': a modifier or two after the article
                e = j
                while e < min(hi, j + 2) and e not in at and t.alpha[e] and t.is_lower[e] and t.lower[e] not in STOPS:
                    e += 1
                if e in at and at[e].label == "GROUP":
                    j = e
            m = at.get(j)
            if m is not None and m.end < hi and t.text[m.end] in POSSESSIVES:
                # 'spokesman for Ukraine's Defence Intelligence': what the possessive owns, if named
                # ('a spokesman for the STC's Aden leadership': the STC's; 'for the movement's
                # armed wing, the SPLA-IO': the wing the apposition names)
                if m.end + 1 in at:
                    return at[m.end + 1]
                e = m.end + 1
                while e < hi and e < m.end + 4 and t.alpha[e] and t.is_lower[e]:
                    e += 1
                if e + 1 < hi and t.text[e] == ",":
                    e += 2 if e + 2 < hi and t.lower[e + 1] == "the" else 1
                    if e in at and at[e].label == "GROUP":
                        return at[e]
            return m if m is None or not member_in or m.label == "GROUP" else None
        return None

    def _said_of(self, t: TokenTable, first: int, k: int, lo: int, hi: int, at: dict[int, Mention], syntax: Clauses,
                 name_owns: bool) -> Mention | None:
        """The name the noun phrase is said of: the name it is in apposition with ('the UWSA,
        Beijing's client,'; 'Bashir Zeb, its commander'; 'its chairman, Peng Daxun'), or the
        subject of a copula before it ('Egypt is the SAF's closest partner', 'the UAE is widely
        reported to be the RSF's principal supporter'). The noun phrase must be a whole one:
        '(the) [owner's] [modifiers] noun', and what comes before it a comma or a copula
        ('named him its emir', 'aimed at the SAF's allies' are not)."""
        j = first - 1
        steps = 0
        while j >= lo and steps < 5:  # modifiers: 'fiercest', 'long-standing', 'Syrian'
            if t.text[j] in POSSESSIVES:
                owner = at.get(j - 1)
                if owner is None:
                    return None
                j = owner.start - 1
                break
            m = at.get(j)
            if m is not None:
                if t.lower[m.start] in POSSESSIVE_PRONOUNS or (name_owns and m.via != "demonym"):
                    j = m.start - 1
                    if t.lower[m.start] not in POSSESSIVE_PRONOUNS:
                        # 'La Mayiza, the rival Sinaloa Cartel faction': modifiers between an
                        # article and the name (not 'yet CNA units', 'where the faction')
                        d = j
                        while d >= lo and d > m.start - 5 and (t.alpha[d] and t.is_lower[d] or t.text[d] == "-") \
                                and t.lower[d] not in DETERMINERS and t.lower[d] not in STOPS \
                                and t.lower[d] not in NAMING_PARTICIPLES:
                            d -= 1  # ('a long-serving OeVP politician': a hyphen joins a modifier's parts;
                            # 'the so-called Harb faction' names the faction, whose owner is no one here)
                        if d < j and d >= lo and t.lower[d] in {"the", "a", "an"}:
                            j = d
                    break
                if m.via != "demonym":
                    return None
                j = m.start - 1
            elif t.lower[j] in DETERMINERS:
                j -= 1
                break
            elif t.text[j] == "-" or t.alpha[j] and t.lower[j] not in COPULAS and t.lower[j] not in STOPS:
                j -= 1
            else:
                break
            steps += 1
        while j >= lo and (t.lower[j] in {"the", "a", "an"} or t.lower[j] in BEFORE_AN_OWNER
                           or t.lower[j] == "of" and j - 1 >= lo and t.lower[j - 1] == "one"):
            # ('X is among Trump's closest allies', 'X, now Ruto's fiercest critic', 'one of the
            # junta's few partners')
            j -= 2 if t.lower[j] == "of" else 1
        if j - 2 >= lo and {t.text[j], t.text[j - 1]} & QUOTES and {t.text[j], t.text[j - 1]} & {","} \
                and at.get(j - 2) is not None and at[j - 2].label == "PERSON" and at[j - 2].rule.startswith("alias."):
            return at[j - 2]  # 'X, alias "Fito", the leader of ...', 'X, known as "Gheniwa," head of ...':
            # the quoted nickname is the person's own name (the alias rules made it so)
        if j >= lo and t.text[j] == ",":
            if j - 2 >= lo and t.text[j - 1] == ")" and j - 2 in at:
                return at[j - 2]  # 'the Party of Free Life of Kurdistan (PJAK), the PKK's offshoot'
            return at.get(j - 1)  # 'the UWSA, Beijing's most dependable client'
        if j >= lo and t.lower[j] in COPULAS:
            ok, subject = syntax.subject(j, lo)
            return subject[-1] if ok and subject else None
        # after the noun: 'its chairman, Peng Daxun'; 'the founder of Katiba Serma, Abu Yusuf'
        e = k + 1
        if e + 1 < hi and t.lower[e] == "of":
            e += 1
            while e < hi and (t.lower[e] in {"the", "a", "an"} or e in at):
                e = at[e].end if e in at else e + 1
            m = e
            while m < min(hi, e + 2) and m not in at and t.alpha[m] and t.is_lower[m] and t.lower[m] not in STOPS:
                m += 1  # 'A splinter of the opposition Brigade N'Hamedu, the SHC': a modifier or two
            if m > e and m in at and at[m].label == "GROUP" and t.lower[e - 1] in {"the", "a", "an"}:
                e = at[m].end
        if e + 1 < hi and t.text[e] == "," and (j < lo or t.text[j] in {",", ":", "("} or t.lower[j] in {"and", "but"}
                                                 or _opening_phrase(t, lo, j)):
            e += 1
            while e + 1 < hi and (t.lower[e] in {"the", "a", "an", "retired"} or t.text[e] in self.titles
                                  or t.text[e] == "."):
                e += 1  # 'its armed wing, the Ambazonia Defence Forces'; 'its chairman, retired Police Colonel X'
            m = at.get(e)
            if m is not None and m.end < hi and t.text[m.end] in POSSESSIVES:
                return None  # 'the Bungos faction, the BIFF's largest wing': an owner, not the faction's name
            return m
        owned = any(t.lower[o] in POSSESSIVE_PRONOUNS or t.text[o] in POSSESSIVES
                    for o in range(max(lo, first - 3), first))
        if e < hi and e == k + 1 and owned and (j < lo or t.text[j] in {",", ":", "("} or t.lower[j] in {"and", "but"}):
            # 'Hezbollah and its ally Amal', 'its leader Sami Gemayel': the name right after an
            # owned noun, which a comma, 'and' or the sentence's start opens (not 'X, its ally
            # Amal's', nor 'and deputy First Minister Emma Little-Pengelly of the DUP')
            while e + 1 < hi and t.text[e] in self.titles:
                e += 1
            m = at.get(e)
            if m is not None and m.start == e and not (m.end < hi and t.text[m.end] in POSSESSIVES):
                return m
        return None


def _opening_phrase(t: TokenTable, lo: int, j: int) -> bool:
    """Whether tokens lo..j are a short phrase opening the sentence, a time or a place ('In May
    2025 the general secretary of X, Y, ...', 'In Rakhine the leader of ...'): a preposition,
    then numbers and capitalised words only."""
    return j > lo and t.lower[lo] in OPENING_PREPOSITIONS and all(
        t.text[x][:1].isdigit() or t.cap[x] for x in range(lo + 1, j + 1))
