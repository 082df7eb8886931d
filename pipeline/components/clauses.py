"""Who does what in a clause, read from word order and word lists (there is no parser).

A claim cue is a verb or a noun; its actor is the subject of its clause and its target the
object, or the other way round in the passive. This module finds, for a cue:

- the subject: walking left from the cue over its verb group (auxiliaries, negation, adverbs,
  'to' and the verb before it: 'has reportedly agreed to', 'failed to'), a parenthetical
  (', for his part,'), a parenthesised acronym; then the noun phrase that ends there is the
  subject when it is an actor's mention (with the actors coordinated with it: 'Turkey and the
  United Arab Emirates'), its possessor when its head is an organ or an act of the actor
  ('Mozambique's government', 'Beijing's decision'), its antecedent when it is a relative
  pronoun ('Qatar, which has funded'); the clause's first subject when the cue's verb is
  coordinated with an earlier one ('Mohamud vowed ... and promised ...'); and nobody when it
  is a noun phrase that names no actor ('China's mediation has split ...');
- the passive: a participle after a form of 'be' ('was ambushed', 'has not been targeted'),
  whose agent follows 'by' ('by FDLR fighters', 'backed since 2019 by Uganda').

The word lists are in patterns/lexicon/clauses.json.
"""

from __future__ import annotations

from typing import Any

from pipeline.components.actors import Mention
from pipeline.components.tokens import QUOTES, TokenTable, is_year

POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})
# where a phrase places something rather than names who acts ('the army in Jenin')
STATE_NOUNS = frozenset({"country", "state", "nation", "kingdom", "republic", "government"})
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "inside", "outside", "across", "within", "on"})
MODALS = frozenset({"will", "would", "shall", "can", "could", "may", "might", "must", "should", "wo", "'ll",
                    "\u2019ll"})
# before a participle they open an adverbial clause whose subject is the sentence's
ADVERBIAL_SUBORDINATORS = frozenset({"while", "after", "before", "when", "without", "despite", "since", "by"})
# prepositions that may open a clause with its own subject ('since Iran armed the Houthis'),
# and 'by', whose agent a participle's apposition names ('the SDA, led by X, condemned')
SUBORDINATORS = frozenset({"after", "before", "since", "until", "like", "by"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})  # a possessor, never a clause's subject
SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she"})
# prepositions and words that open a phrase before a sentence's subject (the clause reader's and
# the reference resolver's one list)
OPENING_PREPOSITIONS = frozenset({"in", "on", "at", "after", "during", "despite", "with", "for", "since", "before",
                                  "through", "by", "from", "under", "upon", "within", "throughout", "inside",
                                  "outside", "beyond", "behind", "across", "among", "amid", "against"})
# words that open a phrase before a sentence's subject ('Once a junior branch of ISWAP, ISSP ...')
OPENING_WORDS = OPENING_PREPOSITIONS | frozenset({"once", "unlike", "like", "as", "although", "though", "while",
                                                  "when", "besides", "alongside",
                                                  "following"})


# a count of a group's people before a relative pronoun ('a faction of perhaps 80 to 120 fighters
# that ...'): the head it counts, and the words a count is written with
MEMBER_HEADS = frozenset({"fighters", "men", "members", "gunmen", "militants", "troops", "soldiers", "recruits",
                          "combatants", "followers", "loyalists"})
COUNT_JOINS = frozenset({"to", "and", "or", "perhaps", "about", "around", "some", "roughly", "nearly", "almost",
                         "over", "up", "than", "more", "fewer", "between", "at", "least", "estimated", "possibly"})
INTENSIFIERS = frozenset({"himself", "herself", "itself", "themselves"})


class Clauses:
    """The clause reading of one brief: built per Doc from its token table and actor mentions."""

    def __init__(self, t: TokenTable, mentions: list[Mention], lexicon: dict[str, Any], organs: frozenset[str]):
        self.t = t
        self.lex = lexicon
        self.aux = lexicon["auxiliaries"]
        self.be = lexicon["be"]
        self.adverbs = lexicon["adverbs"]
        self.negation = lexicon["negation"]
        self.breaks = lexicon["clause_openers"]
        self.relatives = lexicon["relatives"]
        self.determiners = lexicon["determiners"]
        self.organs = organs
        self.agentive = lexicon["agentive_heads"]
        self.companions = frozenset(lexicon["companion_nouns"])
        self.irregular = lexicon["irregular_participles"]
        self.stative = lexicon["stative_participles"]
        self.complement_verbs = lexicon["complement_verbs"]
        self.prepositions = frozenset(lexicon["prepositions"])
        self.counts = frozenset(lexicon["counts"])
        self.adverbial_phrases = sorted(tuple(p.split()) for p in lexicon["adverbial_phrases"])
        # looked up on every step of a verb group's walk: only a phrase's last word opens the scan
        self.adverbial_lasts = frozenset(p[-1] for p in self.adverbial_phrases)
        # the mention each token is in (actor mentions only)
        self.at: dict[int, Mention] = {}
        for m in mentions:
            for k in range(m.start, m.end):
                self.at[k] = m
        self.by_end: dict[int, Mention] = {m.end: m for m in mentions}

    # ------------------------------------------------------------------ verb groups
    def adverb(self, k: int) -> bool:
        t = self.t
        word = t.lower[k]
        return word in self.adverbs or (word.endswith("ly") and t.is_lower[k] and len(word) > 3)

    def verb_group_start(self, cue: int, lo: int) -> int:
        """The first token of the verb group that ends at the cue ('has reportedly agreed to
        <cue>', 'failed to <cue>', 'has not been <cue>')."""
        t = self.t
        lower = t.lower
        k = cue
        while k - 1 >= lo:
            prev = k - 1
            word = lower[prev]
            if word in self.lex["coordinating_adverbs"] and not (
                    prev - 1 >= lo and (lower[prev - 1] in self.aux or lower[prev - 1] in self.negation)):
                break  # 'called it a tool yet said': a conjunction, not 'has yet to'
            if word in self.aux or word in self.negation or self.adverb(prev):
                k = prev
            elif word in self.lex["linking_verbs"] and k == cue and (
                    t.lower[cue].endswith("ed") or t.lower[cue] in self.stative):
                k = prev  # 'the party remained committed to', 'the faction remains loyal to'
            elif word in self.lex["catenative_verbs"] and t.lower[k].endswith("ing"):
                k = prev  # 'will keep sharing intelligence with'
            elif prev - 1 >= lo and t.lower[k].endswith("ing") \
                    and f"{t.lemma[prev - 1]} {word}" in self.lex["catenative_phrasal_verbs"]:
                k = prev - 1  # 'has ruled out backing Listhaug'
            elif word == "to" and prev - 1 >= lo and t.is_lower[prev - 1] and prev - 1 not in self.at:
                k = prev - 1  # 'agreed to', 'failed to', 'is expected to'
            elif word == "to" and self._time_phrase(prev - 1, lo) is not None:
                k = self._time_phrase(prev - 1, lo)  # 'agreed in December to', 'promised last year to'
            elif t.text[prev] == "," and self._parenthetical(prev, lo):
                k = self._parenthetical(prev, lo)
            elif (phrase := self._adverbial_phrase(prev, lo)) is not None:
                k = phrase  # 'has in turn accused', 'has for his part vowed'
            else:
                break
        return k

    def _adverbial_phrase(self, end: int, lo: int) -> int | None:
        """The start of an adverbial phrase ending at ``end`` ('in turn', 'for its part'), or None."""
        lower = self.t.lower
        if lower[end] not in self.adverbial_lasts:
            return None
        for phrase in self.adverbial_phrases:
            start = end - len(phrase) + 1
            if start >= lo and tuple(lower[start : end + 1]) == phrase:
                return start
        return None

    def _time_phrase(self, end: int, lo: int) -> int | None:
        """Start of the verb before time and place phrases ending at ``end`` ('agreed [in
        December]', 'promised [last year]', 'agreed [in Abuja] [on 12 February]'), or None."""
        t = self.t
        k = end
        for _ in range(3):
            start = self._time_span(k, lo)
            if start is None:
                start = self._place_span(k, lo)
            if start is None:
                break
            k = start - 1
        if k == end or k < lo:
            return None
        if t.is_lower[k] and t.alpha[k] and k not in self.at and t.lower[k] not in self.determiners:
            return k
        return None

    def _time_span(self, end: int, lo: int) -> int | None:
        """First token of a time phrase ending at ``end`` ('in December', 'on 3 March', 'last
        year'), or None."""
        t = self.t
        k = end
        steps = 0
        while k >= lo and steps < 4 and (t.text[k][:1].isdigit() or t.lower[k] in self.lex["time_words"]):
            k -= 1
            steps += 1
        if steps == 0 or k < lo:
            return None
        if t.lower[k] in {"in", "on", "last", "this", "since", "by", "early", "late"}:
            return k
        return k + 1

    def _place_span(self, end: int, lo: int) -> int | None:
        """First token of a place phrase ending at ``end`` ('in Abuja', 'at the Kampala
        summit' is no place phrase), or None."""
        t = self.t
        k = end
        steps = 0
        while k >= lo and steps < 3 and t.cap[k] and t.alpha[k]:
            k -= 1
            steps += 1
        if steps and k >= lo and t.lower[k] in {"in", "at"}:
            return k
        return None

    def _before_time_phrase(self, k: int, lo: int) -> int:
        """The token before a time phrase that ends at k and stands between a subject (or a
        conjunction) and its verb ('Uzbekistan in July signed', 'Rahmon for years refused'), else k."""
        t = self.t
        j, steps = k, 0
        while j >= lo and steps < 4 and (t.text[j][:1].isdigit() or t.lower[j] in self.lex["time_words"]):
            j -= 1
            steps += 1
        if steps and j >= lo and t.lower[j] in {"in", "on", "last", "this", "since", "early", "late", "for", "over"}:
            j -= 1
            if j >= lo:
                return j  # ('... and in July signed': the 'and' then says whose verb it is)
        return k

    def nominal(self, cue: int, lo: int) -> bool:
        """Whether the cue word is a noun here: a determiner or a possessive before it, past
        at most two modifiers ('JNIM's reported pledge', 'an al-Shabaab assault', 'its vow')."""
        t = self.t
        word = t.lower[cue]
        if word in self.aux and t.lemma[cue] == "be":
            return False  # 'Hamas and the PIJ are bitter enemies': a form of 'be' is never a noun
        before = t.lower[cue - 1] if cue - 1 >= lo else ""
        if before and (cue - 1 in self.at or before in self.organs or before in self.agentive) \
                and word != t.lemma[cue] and (word in self.irregular or word.endswith("ed")):
            # a past form after a name or an actor's head noun is its verb: 'ARSA and the RSO
            # fought each other', 'the Somali army conducted a sweep'
            return False
        if word.endswith("ed") and word != t.lemma[cue] and before and t.is_lower[cue - 1] and t.alpha[cue - 1] \
                and (cue - 1) not in self.at and before not in self.determiners and not before.endswith("ly") \
                and cue - 2 >= lo and t.lower[cue - 2] == "the":
            return False  # 'when the opposition refused': a past form after a noun phrase that names no one is its verb
        if before == "that" and (word.endswith("ed") or word != t.lemma[cue] and not word.endswith("s")) \
                and cue - 2 >= lo and t.is_lower[cue - 2]:
            return False  # 'a faction that broke away', 'the unit that attacked': a relative's verb
        if cue - 1 >= lo and self._adverbial_phrase(cue - 1, lo) is not None:
            return False  # 'has for its part vowed': the phrase's possessive owns 'part', not the cue
        k = cue - 1
        steps = 0
        while k >= lo and steps < 3:
            if t.lower[k] in self.determiners and not (k == cue - 1 and k - 1 >= lo and t.lower[k - 1] in self.aux):
                return True  # (not 'have both pledged': a quantifier floated into the verb group)
            if t.text[k] in POSSESSIVES:
                return True
            if k in self.at:
                k = self.at[k].start - 1  # a name modifying the noun: 'an al-Shabaab assault'
                steps += 1
                continue
            if is_year(t.text[k]):
                pass  # 'Castro's 2024 threat to': a year modifies the noun as a word would
            elif not (t.is_lower[k] and t.alpha[k]) or t.lower[k] in self.aux or t.lower[k] in self.breaks \
                    or self.adverb(k):
                return False  # ('the DUP jointly condemned': an adverb makes the cue a verb)
            k -= 1
            steps += 1
        return False

    def noun_actor(self, cue: int, lo: int) -> tuple[bool, list[Mention]]:
        """The actor of a noun cue: its possessor ('JNIM's reported pledge', 'Uganda's backing')
        or a name modifying it ('an al-Shabaab assault', 'Iranian support')."""
        t = self.t
        k = cue - 1
        steps = 0
        while k >= lo and steps < 3:
            if t.text[k] in POSSESSIVES and k - 1 in self.at:
                return True, [self.at[k - 1]]
            if k in self.at:
                return True, [self.at[k]]
            if t.lower[k] in self.determiners or not (t.is_lower[k] and t.alpha[k] or is_year(t.text[k])):
                return False, []
            k -= 1
            steps += 1
        return False, []

    def conducted_by(self, cue: int, lo: int) -> tuple[bool, list[Mention]]:
        """The subject of a verb whose object is the act a noun cue names ('the Islamic
        Resistance claimed more than 170 attacks on US forces', 'Israel carried out strikes
        on', 'Kenya and Somalia ran a joint sweep'), or (False, []) when no such verb governs it.
        A cue with a determiner is the verb's object only when the determiner follows the verb
        ('launched a joint offensive'; not 'from open hostility to a working relationship')."""
        t = self.t
        k = cue - 1
        for _ in range(6):
            if k < lo:
                return False, []
            word = t.lower[k]
            verb = k - 1 if word in {"out", "up"} and k - 1 >= lo and t.lower[k - 1] in self.lex["conduct_verbs"] \
                else k if word in self.lex["conduct_verbs"] else None  # ('carried out', 'stepped up')
            if verb is not None:
                after = t.lower[k + 1] if k + 1 < cue else ""
                if after not in self.determiners and after != "with" and self.nominal(cue, lo):
                    return False, []  # ('answered with a joint operation': the light verb's 'with')
                return self.subject(verb, lo)
            if not (t.is_lower[k] and t.alpha[k] or word.isdigit() or t.text[k] in {",", "-"}) or k in self.at:
                return False, []
            k -= 1
        return False, []

    def _parenthetical(self, comma: int, lo: int) -> int:
        """Start of ', for his part,' / ', in turn,' ending at ``comma``, or 0 (none)."""
        t = self.t
        for k in range(comma - 1, max(lo, comma - 5) - 1, -1):
            if t.text[k] == ",":
                inner = range(k + 1, comma)
                # (a possessive pronoun only qualifies: ', for his part,')
                if inner and not any(j in self.at and t.lower[j] not in POSSESSIVE_PRONOUNS for j in inner) \
                        and all(t.is_lower[j] or t.punct[j] for j in inner):
                    return k
                return 0
        return 0

    def participle(self, k: int) -> bool:
        """Whether the word at k has a past participle's shape ('armed', 'driven', 'led')."""
        word = self.t.lower[k]
        return word.endswith("ed") or word.endswith("en") or word in self.irregular

    def passive(self, start: int, end: int, lo: int) -> bool:
        """Whether the cue [start, end) is a passive participle after a form of 'be', or after a
        linking verb and before its agent ('remain banned by New Delhi')."""
        t = self.t
        word = t.lower[start]
        if not self.participle(start) or word in self.stative and not (end < len(t.lower) and t.lower[end] == "by"):
            return False  # 'is allied with' is a state, read actively ('is opposed by X' is a passive)
        k = start - 1
        while k >= lo:
            if t.lower[k] in self.negation or self.adverb(k):
                k -= 1
            elif (phrase := self._adverbial_phrase(k, lo)) is not None:
                k = phrase - 1  # 'was in turn shelled by'
            else:
                break
        if k >= lo and t.lower[k] in self.lex["linking_verbs"]:
            return end < len(t.lower) and t.lower[end] == "by"
        return k >= lo and t.lower[k] in self.be

    def agent(self, end: int, hi: int) -> int | None:
        """The token after 'by' that opens the passive's agent, within a few words of the cue
        ('ambushed by FDLR fighters', 'backed since 2019 by Uganda')."""
        t = self.t
        k = end
        while k < min(hi, end + 6):
            if t.lower[k] == "by":
                return k + 1
            time = self._time_phrase_after(k, hi)
            if time is not None:
                k = time  # 'backed since 2019 by Uganda', 'armed in 2015 by Iran'
                continue
            if t.punct[k] and t.text[k] not in {"-"} or t.lower[k] in self.breaks:
                return None
            k += 1
        return None

    def _time_phrase_after(self, k: int, hi: int) -> int | None:
        """The end of 'since 2019', 'in late 2023', 'last year' starting at k, or None."""
        t = self.t
        if t.lower[k] not in {"since", "in", "on", "during", "last", "this", "until", "for"}:
            return None
        j = k + 1
        while j < hi and t.lower[j] in {"early", "late", "mid", "the"}:
            j += 1
        start = j
        while j < hi and (t.text[j][:1].isdigit() or t.lower[j] in self.lex["time_words"]):
            j += 1
        return j if j > start else None

    # ------------------------------------------------------------------ subjects
    def _first_acting(self, start: int, end: int) -> Mention | None:
        """The first name in [start, end) that a verb follows: the subject a participle hung on
        that stretch shares."""
        t = self.t
        for j in range(start, end):
            m = self.at.get(j)
            if m is not None and m.start == j and m.end < end and self.verbal(m.end) \
                    and t.lower[m.end] not in self.lex["prepositions"]:
                return m
        return None

    def subject(self, cue: int, lo: int) -> tuple[bool, list[Mention]]:
        """(decided, mentions) for the subject of the clause whose verb group ends at ``cue``.

        ``decided`` False: the words say nothing certain (the caller may use another reading).
        """
        t = self.t
        k = cue - 1
        if k - 1 >= lo and t.lower[k] == "of" and t.lower[cue].endswith("ing") and (k - 1) not in self.at \
                and any(t.lower[b] in self.lex["accusation_verbs"] for b in range(max(lo, k - 5), k - 1)):
            return True, []  # 'accused the guards of sheltering X': the guards (no name) shelter X
        if self.nominal(cue, lo):
            return self.noun_actor(cue, lo)
        k = self.verb_group_start(cue, lo) - 1
        if k < lo:
            return False, []
        # a participle hung on a clause stands alone; with an auxiliary or a catenative verb it is
        # the clause's own verb ('Egypt and Qatar are pressing Hamas': both press; 'and AFRICOM
        # keeps striking its leader': AFRICOM strikes)
        participle = t.lower[cue].endswith("ing") and not any(
            t.lower[j] in self.aux or t.lower[j] in self.lex["catenative_verbs"] for j in range(k + 1, cue))
        if t.lower[k] in INTENSIFIERS and k - 1 >= lo and (k - 1) in self.at:
            k -= 1  # 'Tsikhanouskaya herself pledged': the name the intensifier stresses
        if participle and t.text[k] == "," and k - 1 >= lo and k - 1 not in self.at:
            # 'Israel has struck Lebanon almost daily, killing scores of Hezbollah fighters',
            # '..., and Burhan has since sought a civilian face, appointing Kamil Idris': the
            # participle's subject is the subject of the clause it hangs on
            start = lo
            for j in range(k - 1, lo, -1):
                if t.text[j] in {";", ":"} or t.text[j] == "," and t.lower[j + 1] in {"and", "but"}:
                    start = j + 1
                    break
            acting = self._first_acting(start, k)
            if acting is not None:
                return True, self._with_coordinated(acting, lo)
        if participle and t.lower[k] in ADVERBIAL_SUBORDINATORS:
            # 'Turji offered to halt attacks if the military suspended strikes, while vowing to
            # avenge ...': the participle's subject is the sentence's first acting name
            acting = self._first_acting(lo, k)
            if acting is not None:
                return True, self._with_coordinated(acting, lo)
        if participle and t.text[k] != "," and t.lower[k] not in self.aux and not self.verbal(k) \
                and t.lower[k] not in self.lex["prepositions"]:
            # 'X, a former member of Y, took office in 2022 promising ...': an adverbial
            # participle's subject is the sentence's own
            # (past a possessive: 'His deputy, Ghassan al-Duhaini, ... has vowed to keep fighting')
            first = next((self.at[j] for j in range(lo, lo + 4) if j in self.at
                          and t.lower[j] not in POSSESSIVE_PRONOUNS), None)
            if first is not None and first.start - lo <= 3:
                return True, [first]
        k = self._before_time_phrase(k, lo)
        if t.text[k] == ")":
            k = self._skip_parens(k, lo)
            if k < lo:
                return False, []
        word = t.lower[k]
        m = self.at.get(k)
        if m is not None:
            j = m.start - 1
            while j >= lo and t.lower[j] == "the":
                j -= 1
            if j - 1 >= lo and t.lower[j] in LOCATIVE_PREPOSITIONS:
                # a place inside the subject: 'Hezbollah in Lebanon has' is Hezbollah's; 'the
                # attack on Tower 22 in Jordan killed' is no actor's
                head = self.at.get(j - 1)
                if head is None and (t.lower[j - 1] in self.organs or t.lower[j - 1] in self.agentive):
                    return True, [m]  # 'officials in both capitals have pledged': theirs
                return True, (self._with_coordinated(head, lo) if head is not None else [])
            owner = self._person_of(m, lo)
            if owner is not None:
                # 'Emma Little-Pengelly of the DUP condemned': the person, not her party
                return True, self._with_coordinated(owner, lo)
            listed = self._with_coordinated(m, lo)
            b = listed[0].start - 1
            while b >= lo and t.lower[b] == "the":
                b -= 1
            if b >= lo and t.lower[b] in {"between", "among", "amongst"}:
                return True, []  # 'the understanding between Washington and the Houthis protects': the noun's
            if j - 1 >= lo and t.lower[j] in {"of", "under"} and m.label == "PERSON":
                # 'the Kurdistan Democratic Party (KDP) of Masoud Barzani has worked', 'the KDP
                # under Masoud Barzani accuses': the group the person's name qualifies is the subject
                h = self._skip_parens(j - 1, lo) if t.text[j - 1] == ")" else j - 1
                head = self.at.get(h)
                if head is not None and head.label in {"GROUP", "STATE"}:
                    return True, self._with_coordinated(head, lo)
            return True, listed
        if word in {"of", "for"} and t.lower[cue].endswith("ing") and k - 1 >= lo and (k - 1) in self.at:
            return True, [self.at[k - 1]]  # 'accused India of sponsoring the BLA': India sponsors
        if word in self.relatives:
            antecedent = self._antecedent(k - 1, lo)
            if len(antecedent) == 1 and k - 1 >= lo and self.t.text[k - 1] == ",":
                # 'Egypt, Qatar and Turkey, which signed the declaration': all three signed
                return True, self._with_coordinated(antecedent[0], lo)
            return True, antecedent
        if t.text[k] == ",":
            # 'X, who met N in Beirut, had promised', 'Ethiopia's prime minister, Abiy Ahmed, signed'
            named = self._before_interruption(k, lo)
            if named is not None:
                return True, named
            return False, []
        if word in {"and", "but", "or"} or word in self.lex["coordinating_adverbs"]:
            return self.previous_subject(lo, k)
        common = t.is_lower[k] or word in self.organs or word in self.agentive  # 'Our Government will'
        if common and t.alpha[k] and word not in self.breaks and word not in self.determiners:
            return True, self._np_actor(k, lo)
        if t.alpha[k] and t.text[k][:1].isupper() and k > lo:
            j = k
            while j > lo and k - j < 5 and t.alpha[j] and t.text[j][:1].isupper():
                j -= 1
            if t.lower[j] == "the":
                j -= 1  # 'X of the DUP', the party no list knows
            if t.lower[j] in LOCATIVE_PREPOSITIONS and j - 1 >= lo and t.is_lower[j - 1] and t.alpha[j - 1] \
                    and t.lower[j - 1] not in self.breaks and t.lower[j - 1] not in self.determiners:
                # 'a Danab company post near Janaale was overrun': a place no list knows closes the
                # subject's noun phrase, whose actor is the subject
                return True, self._np_actor(j - 1, lo)
            person = self.at.get(j - 1) if t.lower[j] == "of" else None
            if person is not None and person.label == "PERSON":
                # 'Rafael López Aliaga of Popular Renewal has promised': a party no list knows
                # only says whose the person is
                return True, self._with_coordinated(person, lo)
            return True, []  # a name no list knows ('Kandahar has refused'): not an earlier actor
        return False, []

    def object_relative(self, cue: int, lo: int) -> list[Mention]:
        """'Hezbollah, which Iran has armed since 1982': in an object relative the cue's subject
        ('Iran') is named after the pronoun and its object is the pronoun's antecedent."""
        t = self.t
        k = self.verb_group_start(cue, lo) - 1
        if k >= lo and t.text[k] == ")":
            k = self._skip_parens(k, lo)  # 'which Pakistan Tehreek-e-Insaf (PTI) leads'
        subject = self.at.get(k)
        if subject is None:
            return []
        # 'which the United States and Israel have trained': the first of the subjects
        j = self._with_coordinated(subject, lo)[0].start - 1
        while j >= lo and t.lower[j] in {"the", "both"}:
            j -= 1
        if j < lo or t.lower[j] not in {"which", "whom", "that"}:
            return []
        if t.lower[j] == "that" and not self._relative_that(j, cue, lo):
            return []
        return self._antecedent(j - 1, lo)

    def _relative_that(self, j: int, cue: int, lo: int) -> bool:
        """Whether the 'that' at j opens a relative clause whose verb ends at ``cue`` ('the
        militias that Israel arms are ...'), not a complementizer: 'said that Israel arms ...',
        'promised Chad and Niger that the LNA will close the border', 'assured its negotiators
        that the kingdom will not join Prosperity Guardian' (a complement clause's verb has its
        own object; a relative clause's verb has none, and people take 'who')."""
        t = self.t
        if j - 1 < lo:
            return False
        after = cue + 1
        if after < len(t.text) and not (t.punct[after] or t.lower[after] in self.aux
                                        or t.lower[after] in self.lex["prepositions"]
                                        or t.lower[after] in {"and", "or"}  # 'that Saudi Arabia funds and trains'
                                        or t.lower[after] in {"a", "an"} and t.lemma[cue] in self.lex["naming_verbs"]):
            return False
        named = self.at.get(j - 1)
        if named is None:
            if not self.verbal(j - 1):
                return True
            # a noun opened by a determiner, past capitalised or hyphenated modifiers: 'and other
            # militias that Israel arms', 'a Salafi-leaning formation that Saudi Arabia funds'
            d = j - 2
            while d > max(lo, j - 6) and (t.text[d] == "-" or t.text[d - 1] == "-" or t.cap[d] and t.alpha[d]):
                d -= 1
            return d >= lo and t.lower[d] in self.determiners
        first = self._with_coordinated(named, lo)[0]
        return named.label != "PERSON" and not (first.start - 1 >= lo and self.verbal(first.start - 1))

    def _antecedent(self, j: int, lo: int) -> list[Mention]:
        """What a relative pronoun at j + 1 stands for: the actor named right before it (past
        a comma or an acronym in parentheses), the one an apposition describes ('Massad Boulos,
        the senior U.S. adviser, who has pressed ...'), or the name in the noun phrase before
        it ('the Hafiz Gul Bahadur group, which coordinates ...')."""
        t = self.t
        pronoun = t.lower[j + 1] if j + 1 < len(t.lower) else ""
        if j >= lo and t.text[j] == ",":
            opening = self._opening_comma(j, lo)
            if opening is not None and opening + 1 < j and t.lower[opening + 1] in {"the", "a", "an"} \
                    and opening - 1 in self.at:
                return [self.at[opening - 1]]  # 'X, the senior adviser, who ...'
            j -= 1
        if j >= lo and t.text[j] == ")":
            j = self._skip_parens(j, lo)
        antecedent = self.at.get(j)
        if antecedent is not None and antecedent.label != "PERSON" and pronoun == "who":
            person = self._apposed(antecedent.start - 1, lo)
            if person is not None and person.label == "PERSON":
                return [person]  # 'Omar, a veteran leader of the insurgency who was killed'
        if antecedent is not None and antecedent.label == "PERSON" and pronoun == "which":
            # 'The Haqqani network of Interior Minister Sirajuddin Haqqani, which retains ...':
            # 'which' is not a person's; the body the person's phrase is 'of' is
            k = antecedent.start - 1
            while k >= lo and t.title[k] and k not in self.at:
                k -= 1  # the person's title: 'Interior Minister'
            if k - 1 >= lo and t.lower[k] == "of" and (k - 1) in self.at and self.at[k - 1].label != "PERSON":
                return [self.at[k - 1]]
        if antecedent is not None:
            return [self._unplaced(antecedent, lo)]  # 'the Taliban in Afghanistan, who have refused'
        k = j
        while k >= lo and k > j - 6 and (t.alpha[k] and t.lower[k] not in self.determiners
                                         and (t.is_lower[k] or k < j and k not in self.at)
                                         or t.text[k] == "-" or k < j and t.text[k + 1] == "-"):
            k -= 1  # ('a Salafi-leaning formation that', 'a Hezbollah-aligned unit that', 'the Nuer youth force that')
        if k < j and t.lower[k + 1] in MEMBER_HEADS and k > lo and t.text[k].isdigit():
            # 'a faction of perhaps 80 to 120 fighters that': the head the count qualifies
            k -= 1
            while k > lo and (t.text[k].isdigit() or t.lower[k] in COUNT_JOINS):
                k -= 1
            if t.lower[k] == "of" and k - 1 >= lo and t.is_lower[k - 1] and t.lower[k - 1] not in self.determiners:
                k -= 2
        if k >= lo and k in self.at:
            named = self.at[k]
            if pronoun == "who" and named.label != "PERSON":
                # 'Santos Cerdán, the former PSOE organisation secretary who negotiated ...': the
                # person the apposition describes, not the body that qualifies his role
                d = named.start - 1
                while d >= lo and named.start - d < 4 and t.alpha[d] and t.is_lower[d] \
                        and t.lower[d] not in self.determiners:
                    d -= 1
                if d - 1 >= lo and t.lower[d] in {"a", "an", "the"} and t.text[d - 1] == ",":
                    apposed = self._apposed(d - 1, lo)
                    if apposed is not None and apposed.label == "PERSON":
                        return [apposed]
            return [named]
        if k - 1 >= lo and t.text[k] in POSSESSIVES and k - 1 in self.at and k < j \
                and (t.lower[j] in self.organs or t.lemma[j] in self.organs):
            return [self.at[k - 1]]  # "Chad's army, which struck ISWAP camps": the owner's organ acts
        if k >= lo and t.lower[k] in {"a", "an", "the"} and k - 1 >= lo and t.text[k - 1] == ",":
            # 'Hassan Ali Khaire, a former prime minister who sits on ...', 'X, the candidate
            # whom the PAIGC endorsed': the name the apposition describes (after 'the', only a
            # person's: 'struck Hezbollah, the militias that Iran funds, and' is a list)
            # ('The White Army, the Nuer youth force that has fought ...': a singular head
            # describes the one group named before it)
            apposed = self._apposed(k - 1, lo)
            if apposed is not None and t.lower[k] == "the" and (
                    t.lower[lo] in OPENING_WORDS and "," not in t.text[lo : apposed.start]
                    or apposed.label == "STATE" or apposed.label == "GROUP" and t.lower[j].endswith("s")):
                return []  # 'In a blow to Mahmoud Abbas, the candidate whom ...': an opening phrase's
            # ('the RSF in Sudan, a group that Egypt opposes': the group placed in the state; but
            # 'Al-Shabaab in Somalia, a country that Kenya invaded' describes the state)
            if apposed is not None and t.lower[j] not in STATE_NOUNS:
                apposed = self._unplaced(apposed, lo)
            return [apposed] if apposed is not None else []
        return []

    def _unplaced(self, m: Mention, lo: int) -> Mention:
        """The group named right before 'in/at/... STATE' when ``m`` is that state, a place that
        only says where the group is ('the Taliban in Afghanistan'); else ``m``."""
        t = self.t
        if m.label == "STATE" and m.start - 2 >= lo and t.lower[m.start - 1] in LOCATIVE_PREPOSITIONS:
            k = m.start - 2
            if t.text[k] == ")":
                k = self._skip_parens(k, lo)  # 'the Rapid Support Forces (RSF) in Sudan'
            placed = self.at.get(k)
            if placed is not None and placed.label == "GROUP":
                return placed
        return m

    def _apposed(self, k: int, lo: int) -> Mention | None:
        """The name an apposition ending at k describes, named right before the apposition's
        comma within a few words ('Bonomade Machude Omar, a veteran leader of ...', 'KIB, an
        Uzbek formation'; past an acronym in parentheses), or None."""
        t = self.t
        for j in range(k, max(lo, k - 12) - 1, -1):
            if t.text[j] in {";", ":", "."}:
                return None
            if t.text[j] == "," and j - 1 >= lo:
                h = self._skip_parens(j - 1, lo) if t.text[j - 1] == ")" else j - 1
                return self.at.get(h)
        return None

    def _opening_comma(self, comma: int, lo: int) -> int | None:
        """The comma that opens the apposition or relative clause closed by ``comma``."""
        t = self.t
        k = comma - 1
        joined = False
        while k >= max(lo, comma - 24):
            if t.text[k] == ")":
                k = self._skip_parens(k, lo)  # 'who leads the rival AFPO (AFPO),': past the acronym
                continue
            if t.text[k] == ",":
                # 'Brahim Ghali, the front's secretary-general and president of the SADR, said':
                # an 'and' inside a role apposition; 'A, B and C, said' is a list
                if joined and not (k + 1 < comma and t.lower[k + 1] in self.lex["apposition_openers"]
                                   or self._owner_opens(k + 1, comma)):
                    return None
                return k
            if t.text[k] in {";", ":", "("}:
                return None
            if t.lower[k] in {"and", "but"}:
                joined = True
            k -= 1
        return None

    def _owner_opens(self, k: int, comma: int) -> bool:
        """'X "Qoorqoor," Galmudug's president and a close ally of Y, has': a name with its
        possessive opens a role apposition (past a nickname's closing quote)."""
        t = self.t
        while k < comma and t.text[k] in QUOTES:
            k += 1
        m = self.at.get(k)
        return m is not None and m.start == k and m.end < comma and t.text[m.end] in POSSESSIVES

    def _before_interruption(self, comma: int, lo: int) -> list[Mention] | None:
        """The subject before a comma-delimited interruption that ends at ``comma``: the name
        the interruption itself is ('the prime minister, Abiy Ahmed, signed'), else the actor
        named before it ('MILF chairman Murad Ebrahim, who is also ..., has assured')."""
        t = self.t
        opening = self._opening_comma(comma, lo)
        if opening is None:
            return self._long_apposition(comma, lo)
        listed = self._relative_with_a_list(opening, comma, lo)
        if listed is not None:
            return listed
        inner = self.at.get(opening + 1)
        if inner is None and opening + 2 < comma and t.lower[opening + 1] == "the":
            inner = self.at.get(opening + 2)  # "its armed wing, the SPLA-IO, warned"
        if inner is None:
            # "Niger's defence minister, General Amadou Sidikou, ruled out": past a title
            k = opening + 1
            while k < min(comma, opening + 4) and k not in self.at and t.cap[k] and t.alpha[k]:
                k += 1
            inner = self.at.get(k) if k > opening + 1 else None
        if inner is not None and inner.end == comma:
            before_opening = self._opening_comma(opening, lo)
            if before_opening is not None and t.lower[before_opening + 1] in {"who", "which", "whose"}:
                # 'Getachew, who has since founded a new party, the DST, accuses': the name ends a
                # relative clause's object; the subject stands before the relative
                return self._before_interruption(opening, lo)
            return self._with_coordinated(inner, lo)  # "X's leader, A, and Y's leader, B, have"
        j = opening - 1
        if j >= lo and t.text[j] == ")":
            j = self._skip_parens(j, lo)
        before = self.at.get(j)
        if before is not None:
            return self._with_coordinated(before, lo)
        return None

    def _relative_with_a_list(self, opening: int, comma: int, lo: int) -> list[Mention] | None:
        """'The United States, which designated the Sinaloa Cartel, the CJNG and the Juárez
        Cartel as terrorist organisations, has stepped up pressure': the comma before the last
        items of a list ends no interruption; the subject stands before the relative clause
        that holds the list."""
        t = self.t
        if not any(t.lower[j] in {"and", "or"} for j in range(opening + 1, comma)):
            return None
        k = opening
        while k >= max(lo, opening - 40):
            if t.text[k] in {";", ":"}:
                return None
            if t.text[k] == "," and k + 1 < comma and t.lower[k + 1] in {"which", "who", "whose"}:
                break
            if t.text[k] == "," and k != opening and not (k + 1 in self.at or t.lower[k + 1] == "the"):
                return None  # a comma that opens no list item: another interruption
            k -= 1
        else:
            return None
        if k < lo or k == opening:
            return None
        j = self._skip_parens(k - 1, lo) if k - 1 >= lo and t.text[k - 1] == ")" else k - 1
        named = self.at.get(j)
        return self._with_coordinated(named, lo) if named is not None else None

    def _long_apposition(self, comma: int, lo: int) -> list[Mention] | None:
        """'the Joint Forces, a coalition of armed movements that includes A and B, have
        fought': an apposition opened by 'a'/'an' right after a name may be long and hold
        lists; the name before it is the subject."""
        t = self.t
        for k in range(comma - 1, max(lo, comma - 60) - 1, -1):
            if t.text[k] in {";", ":"}:
                return None
            if t.text[k] == "," and k + 1 < comma and t.lower[k + 1] in {"a", "an"}:
                j = k - 1
                if j >= lo and t.text[j] == ")":
                    j = self._skip_parens(j, lo)
                named = self.at.get(j)
                return self._with_coordinated(named, lo) if named is not None else None
        return None

    def _skip_parens(self, close: int, lo: int) -> int:
        t = self.t
        for k in range(close - 1, max(lo - 1, close - 12), -1):
            if t.text[k] == "(":
                return k - 1
        return lo - 1

    def _with_coordinated(self, m: Mention, lo: int) -> list[Mention]:
        """'Turkey and the United Arab Emirates', 'Uganda, Kenya and Burundi': the actors listed
        together before the verb, ending with ``m``."""
        t = self.t
        chosen = [m]
        if m.end - m.start == 1 and t.lower[m.start] in SUBJECT_PRONOUNS:
            return chosen  # 'X is under Y's command and it accuses': a pronoun opens a clause of its own
        k = self._before_titles(m.start - 1, lo)
        linked = False
        while k >= lo:
            while k >= lo and t.lower[k] in {"the", "both"}:
                k -= 1
            if k < lo:
                break
            if t.lower[k] in {"and", "or"} or t.text[k] == ",":
                joiner = k
                k -= 1
                if k >= lo and t.text[k] == ")":
                    k = self._skip_parens(k, lo)  # 'the Central Reserve Police Force (CRPF) and ...'
                if t.lower[joiner] in {"and", "or"} and k >= lo and t.text[k] == "," and self._apposed_name(k - 1, lo):
                    k -= 1  # "Mali's leader, General Assimi Goïta, and Y": the comma closing an apposition
                while k >= lo and t.lower[k] in {"the"}:
                    k -= 1
                if k - 1 >= lo and k not in self.at and k - 1 in self.at \
                        and (t.lower[k] in self.organs or t.lower[k] in self.agentive) \
                        and self._opens_noun_phrase(self.at[k - 1].start, lo):
                    # 'the Ugandan army and the FARDC': the state the organ word is of (not
                    # 'stop attacking American vessels and Washington agreed': an object)
                    k -= 1
                prev = self.at.get(k)
                if prev is not None:
                    prev = self._person_of(prev, lo) or prev  # 'X of Sinn Féin and Y of the DUP'
                if prev is None or prev is chosen[0]:
                    break
                if t.text[joiner] == "," and not linked:
                    # 'the Radwan Force, Hezbollah's unit, ...' is an apposition, 'X, Y and Z' a list:
                    # a comma links only once an 'and' has
                    break
                linked = linked or t.lower[joiner] in {"and", "or"}
                chosen.insert(0, prev)
                k = self._before_titles(prev.start - 1, lo)
            else:
                break
        return chosen

    def _opens_noun_phrase(self, start: int, lo: int) -> bool:
        """Whether the words from ``start`` open a noun phrase of a list: at the clause's
        start, or after a determiner, a comma or a conjunction."""
        k = start - 1
        return k < lo or self.t.lower[k] in self.determiners or self.t.lower[k] in {"and", "or", "both"} \
            or self.t.text[k] in {",", ";", ":"}

    def _person_of(self, m: Mention, lo: int) -> Mention | None:
        """The person a group or state name qualifies after 'of' ('Michelle O'Neill of Sinn
        Féin'), or None."""
        if m.label == "PERSON":
            return None
        j = m.start - 1
        if j >= lo and self.t.lower[j] == "the":
            j -= 1
        person = self.at.get(j - 1) if j - 1 >= lo and self.t.lower[j] == "of" else None
        return person if person is not None and person.label == "PERSON" else None

    def _apposed_name(self, k: int, lo: int) -> bool:
        """Whether a name ending at k stands between commas, as an apposition does."""
        m = self.at.get(k)
        if m is None or m.end - 1 != k:
            return False
        j = self._before_title_words(m.start - 1, lo)
        return j >= lo and self.t.text[j] == ","

    def _before_title_words(self, k: int, lo: int) -> int:
        """The token before the titles that end at k ('General' in "Mali's leader, General X"),
        with a lower-case title word before a capitalised one ('deputy First Minister X')."""
        titles, text = self.lex["person_titles"], self.t.text
        end = k
        while k >= lo and (text[k] in titles or k < end and self.t.is_lower[k] and text[k].capitalize() in titles):
            k -= 1
        return k

    def _before_titles(self, k: int, lo: int) -> int:
        """The token before the titles and the state that open a name ending at k + 1
        ('Niger's General Abdourahamane Tiani'): where a list of names goes on."""
        t = self.t
        j = self._before_title_words(k, lo)
        if j < k and j >= lo + 1 and t.text[j] in POSSESSIVES and (j - 1) in self.at \
                and self.at[j - 1].label == "STATE":
            j = self.at[j - 1].start - 1
        # "Hezbollah's leader, Naim Qassem": an actor's role in front of the name, with its comma
        if j >= lo + 3 and t.text[j] == "," and t.lower[j - 1] in self.lex["role_nouns"] \
                and t.text[j - 2] in POSSESSIVES and (j - 3) in self.at:
            j = self.at[j - 3].start - 1
        return j if j < k else k

    def _np_actor(self, head: int, lo: int) -> list[Mention]:
        """The actor a noun phrase ending at ``head`` names through its possessor or modifier
        ('Mozambique's government', 'the MNDAA leadership', 'Somali forces'), or nobody."""
        t = self.t
        noun = t.lower[head]
        lemma = t.lemma[head]
        actor_head = noun in self.organs or lemma in self.organs or noun in self.agentive or lemma in self.agentive
        k = head - 1
        steps = 0
        while k >= lo and steps < 5:
            if t.text[k] in POSSESSIVES and k - 1 >= lo and (k - 1) in self.at:
                owner = self.at[k - 1]
                return [owner] if actor_head else []
            m = self.at.get(k)
            if m is not None and noun in self.companions and t.lower[k] in POSSESSIVE_PRONOUNS:
                k -= 1  # 'X and his father': the pronoun is X's, who comes before the 'and'
                steps += 1
                continue
            if m is not None:  # 'U.S. and British aircraft': both modifiers name the actors
                return self._with_coordinated(m, lo) if actor_head else []
            if t.lower[k] == "whose":
                if not actor_head:
                    return []
                # 'deals with ARSA and the RSO, whose fighters went into battle': theirs; 'KIB, an
                # Uzbek formation whose main force fought': the name the apposition describes
                if t.is_lower[k - 1]:
                    apposed = self._apposed(k - 1, lo)
                    return self._with_coordinated(apposed, lo) if apposed is not None else []
                antecedent = self._antecedent(k - 1, lo)
                return self._with_coordinated(antecedent[0], lo) if len(antecedent) == 1 else antecedent
            if t.lower[k] in {"and", "or"} and (actor_head or noun in self.companions) and k - 1 >= lo and steps <= 2 \
                    and all(t.lower[x] in self.determiners or t.lower[x] in self.counts or not self.verbal(x)
                            for x in range(k + 1, head)):
                # 'the UPDF and the police have detained': the name coordinated with the
                # description acts too (a noun phrase, not a clause: 'X and agreed to expand exports');
                # 'X and his father were sanctioned': the named one is the subject
                j = self._skip_parens(k - 1, lo) - 1 if t.text[k - 1] == ")" else k - 1
                named = self.at.get(j)
                if named is not None and not actor_head and self._verb_object(named, lo):
                    return []  # 'Troops killed X and his brother vowed revenge': X is the object, a clause before
                return self._with_coordinated(named, lo) if named is not None else []
            if t.text[k] == ")":
                j = self._skip_parens(k, lo)  # 'People's Defence Force (PDF) units': the name before
                if lo <= j < k:
                    k, steps = j, steps + 1
                    continue
            if t.punct[k] or t.lower[k] in self.breaks:
                break
            k -= 1
            steps += 1
        return []

    def previous_subject(self, lo: int, before: int) -> tuple[bool, list[Mention]]:
        """The subject of the verb an 'and'/'but' coordinates with ('Mohamud vowed to ... and
        promised ...', 'Maduro's government denies this but has agreed to ...'): the nearest
        actor before the conjunction whose noun phrase a verb follows."""
        t = self.t
        quoted = self._quoted_words(lo, before)
        for j in range(before - 1, lo - 1, -1):
            if t.text[j] in {";", ":"}:
                break
            if j in quoted:
                continue  # 'told reporters that Rome "will not hand back a council until it is clean" and
                # committed to ...': the quoted words are the speaker's, no clause the 'and' goes on
            if t.lower[j] in {"which", "who", "that"} and j + 1 < before and self.verbal(j + 1) and j - 1 >= lo:
                # 'Turkey, which keeps advisers in Libya and has ties to ...': what 'which' is ('the
                # SRB, a splinter faction that broke away from the PPP and is led by X': the SRB)
                antecedent = self._antecedent(j - 1, lo)
                if len(antecedent) == 1:  # 'Turkey and the UAE, which both fund and train'
                    antecedent = self._with_coordinated(antecedent[0], lo)
                if antecedent:
                    return True, antecedent
            m = self.at.get(j)
            if m is None or m.end - 1 != j:
                continue
            if m.start - 1 >= lo and t.lower[m.start - 1] in self.lex["modified_name_openers"]:
                continue  # 'rejects any STC role ... and has threatened': the name only modifies
            if m.end - m.start == 1 and t.lower[m.start] in POSSESSIVE_PRONOUNS:
                continue  # 'His deputy, Ghassan al-Duhaini, now leads ... and has vowed': a possessor
            if self._in_closed_relative(m, lo, before):
                continue  # 'Kurti, whose movement won the vote, called ... yet said': not the movement
            if self._in_closed_apposition(m, lo, before):
                continue  # 'Dardar, a former Eritrean navy captain, has sworn ... and said': Dardar's
            nxt = m.end
            if nxt < before and t.text[nxt] == "(":
                close = t.closing(nxt, min(before, nxt + 8))
                nxt = close + 1 if close is not None else nxt  # 'Mer Dzevov ("Our Way") movement'
            if nxt < before and t.text[nxt] in POSSESSIVES and nxt + 1 < before:
                nxt += 2 if nxt + 2 < before and (t.lower[nxt + 1] in self.organs
                                                  or t.lower[nxt + 1] in self.agentive) else 0
                if nxt == m.end:
                    continue
            elif nxt < before and (t.lower[nxt] in self.agentive or t.lower[nxt] in self.organs):
                nxt += 1  # 'the Mer Dzevov movement from custody': the noun the name qualifies
            elif nxt + 1 < before and m.label != "PERSON" and t.lower[nxt] == "under" \
                    and (nxt + 1) in self.at and self.at[nxt + 1].label == "PERSON":
                nxt = self.at[nxt + 1].end  # 'The KDP under Masoud Barzani accuses ... and has ruled out'
            elif nxt + 1 < before and m.label == "PERSON" and t.lower[nxt] == "of" and t.cap[nxt + 1]:
                # 'Governor Umaru Kilgori of Sokoto has banned ... and pledged': the place or body
                # after 'of' qualifies the person
                k = self.at[nxt + 1].end if (nxt + 1) in self.at else nxt + 1
                while k < before and k not in self.at and t.cap[k] and t.alpha[k]:
                    k += 1
                nxt = k
            if nxt < before and t.text[nxt] == "," and nxt + 1 < before and self.verbal(nxt + 1):
                named = self._before_interruption(nxt, lo)  # 'X, the group's spokesman, offered'
                if named is not None:
                    return True, named
            if nxt + 1 < before and t.text[nxt] == "," and (t.lower[nxt + 1] in {"a", "an"}
                                                           or t.lower[nxt + 1] == "the" and m.label == "PERSON"
                                                           or t.lower[nxt + 1] in self.relatives
                                                           or self._possessed_apposition(nxt + 1, before)
                                                           or self._aside(nxt, before)):
                # 'Samvel Karapetyan, a billionaire detained in June, has launched ... and vowed',
                # 'Kurti, whose movement won the vote, called ... yet said'
                close = t.closing(nxt + 1, min(before, nxt + 30), ",")
                if close is not None and close + 1 < before and self.verbal(close + 1):
                    return True, self._with_coordinated(m, lo)
            if nxt < before and self.verbal(nxt):
                if self._other_tense(nxt, before):
                    continue
                if self._past_after_future(nxt, before) and t.lower[m.start] not in SUBJECT_PRONOUNS:
                    continue  # (but 'said it would help ... but rejected': the pronoun is the speaker)
                if self._verb_object(m, lo) or self._after_preposition(m, lo):
                    # 'Riyadh has received Isaias twice this year and offered', 'Beijing keeps its
                    # ties with Papua New Guinea warm and has offered': Riyadh's, Beijing's
                    continue
                if self._object_complement(m, nxt, lo):
                    continue  # 'Kast has kept the Chilean Army deployed ... and has pledged': Kast's
                # 'Congressman Ruperto Alva of Alianza para el Progreso accused ... and promised':
                # the person the party's name qualifies
                return True, self._with_coordinated(self._person_of(m, lo) or m, lo)
        return False, []

    def _quoted_words(self, lo: int, before: int) -> set[int]:
        """Tokens of quotations of four words or more that close before ``before``."""
        t = self.t
        out: set[int] = set()
        opening = None
        for k in range(lo, before):
            mark = t.text[k]
            if mark == '"' and opening is None or mark == "“":
                opening = k
            elif mark in {'"', "”"} and opening is not None:
                if k - opening > 4:
                    out.update(range(opening, k + 1))
                opening = None
        return out

    def _possessed_apposition(self, k: int, before: int) -> bool:
        """'JNIM, al-Qaeda's affiliate in the Sahel, stormed ...': an apposition opened by
        another actor's possessive describes the name before it."""
        m = self.at.get(k)
        if m is None or m.start != k:
            return False
        return m.end + 1 < before and self.t.text[m.end] in POSSESSIVES and self.t.is_lower[m.end + 1]

    def _verb_object(self, m: Mention, lo: int) -> bool:
        """Whether a name is the object of the verb right before its noun phrase ('has received
        Isaias', 'of sharing Islamic State propaganda'), so no later coordinated verb is its;
        after a verb that takes a clause ('said Iran had ...') the name is that clause's subject."""
        t = self.t
        k = m.start - 1
        # past an article or a count: 'has ambushed two AA supply boats'
        while k >= lo and (t.lower[k] in {"the", "a", "an"} or t.lower[k] in self.counts or t.text[k].isdigit()):
            k -= 1
        if k < lo or not (t.alpha[k] and t.is_lower[k]):
            return False
        word = t.lower[k]
        past = word.endswith("ed") and t.lemma[k] != word or word in self.irregular  # no noun ('spokeswoman X')
        # a gerund's object too: 'accused him of sharing Islamic State propaganda and said'
        gerund = len(word) > 5 and word.endswith("ing") and t.lemma[k] != word
        return (past or gerund) and t.lemma[k] not in self.complement_verbs

    def _object_complement(self, m: Mention, participle: int, lo: int) -> bool:
        """'kept the Chilean Army deployed', 'left the group weakened': a past participle after a
        name that a verb's object is (a verb right before the name's noun phrase) says what
        state the object is in; the name is no subject."""
        t = self.t
        word = t.lower[participle]
        if word == t.lemma[participle] or not (word.endswith("ed") or word in self.irregular):
            return False
        k = m.start - 1
        while k >= lo and t.lower[k] in self.determiners:
            k -= 1
        if k >= lo and any(j >= lo and t.lower[j] in self.determiners for j in (k - 1, k - 2)) \
                and all(t.is_lower[j] and t.alpha[j] and t.lower[j] not in self.aux for j in range(max(lo, k - 1), k)):
            return False  # 'In the same text the front accused ...': a noun after its determiner, no verb
        return k >= lo and t.alpha[k] and t.is_lower[k] and t.lower[k] not in self.aux and self.verbal(k)

    def _aside(self, comma: int, before: int) -> bool:
        """', short of troops,' / ', meanwhile,' / ', for his part,': a few lower-case words between
        commas that name no actor and no auxiliary, so the subject before them is the verb's after them."""
        t = self.t
        close = t.closing(comma + 1, min(before, comma + 8), ",")
        if close is not None and self._parenthetical(close, comma) == comma:
            return True  # ', for his part,', ', in turn,'
        return close is not None and close > comma + 1 and all(
            t.is_lower[j] and t.alpha[j] and j not in self.at and t.lower[j] not in self.aux
            and t.lower[j] not in self.breaks and t.lower[j] not in self.determiners
            and t.lower[j] not in {"and", "or", "but"} for j in range(comma + 1, close))

    def _after_preposition(self, m: Mention, lo: int) -> bool:
        """Whether a name is a preposition's object ('ties with Papua New Guinea', 'struck by
        Israel'), which no later coordinated verb has for its subject; 'after', 'since' and the
        like may open a clause whose subject the name is, so they do not count."""
        t = self.t
        k = m.start - 1
        while k >= lo and t.lower[k] in self.determiners:
            k -= 1
        return k >= lo and t.lower[k] in self.prepositions and t.lower[k] not in SUBORDINATORS

    def _in_closed_apposition(self, m: Mention, lo: int, before: int) -> bool:
        """Whether m only modifies a noun inside ', a/an ... ,' (an indefinite apposition of a
        few lower-case words), or owns the noun of a person's apposition (', Panama's president
        ... ,'), that closes before ``before``: it describes the name before it."""
        t = self.t
        holder = self.at.get(m.start - 2) if m.start - 2 >= lo and t.text[m.start - 1] == "," else None
        if holder is not None and holder.label == "PERSON" and m.end + 1 < before and t.text[m.end] in POSSESSIVES \
                and t.is_lower[m.end + 1]:
            # 'Mulino, Panama's president since July 2024, refused ... and vowed': the owner
            # only says whose office the person holds (the apposition closes before the verb)
            return t.closing(m.end + 1, min(before, m.end + 10), ",") is not None
        k = m.start - 1
        while k >= lo and k > m.start - 5 and t.is_lower[k] and t.alpha[k] and t.lower[k] not in {"a", "an", "the"}:
            k -= 1
        if not (k - 1 >= lo and t.lower[k] in {"a", "an", "the"} and t.text[k - 1] == ","):
            return False
        if t.lower[k] == "the":
            # a definite one only after a person's name: 'Rashad al-Alimi, the PLC chairman, then
            # stripped ... and accused' (not a list: 'Kenya, the UAE, ...')
            person = self.at.get(k - 2)
            if person is None or person.label != "PERSON":
                return False
        j = m.end
        while j < before and j < m.end + 5 and t.is_lower[j] and t.alpha[j]:
            j += 1
        return j > m.end and j < before and t.text[j] == ","

    def _in_closed_relative(self, m: Mention, lo: int, before: int) -> bool:
        """Whether m stands inside ', who/whose/which ... ,' that closes before ``before``."""
        t = self.t
        k = m.start - 1
        while k >= lo and t.text[k] != ",":
            k -= 1
        if k < lo or k + 1 >= m.start or t.lower[k + 1] not in self.lex["relatives"]:
            return False
        return "," in t.text[m.end : before]

    def _other_tense(self, group: int, conjunction: int) -> bool:
        """'said that the insurgents were regaining ground and urged the government': a
        progressive ('were regaining') is not shared by a plain verb after the 'and', which
        goes with an earlier subject; nor is a future shared by a perfect."""
        t = self.t
        k = conjunction + 1
        if t.lower[group] in MODALS and k < len(t.lower) and t.lower[k] in {"has", "have", "had"}:
            # 'has pledged that Malaysia will keep hosting the talks and has pressed Bangkok': a
            # future is not shared by the perfect after the 'and'
            return True
        if t.lower[group] not in {"is", "are", "was", "were"} or group + 1 >= conjunction \
                or not t.lower[group + 1].endswith("ing"):
            return False
        while k < len(t.lower) and self.adverb(k):
            k += 1
        return k < len(t.lower) and t.is_lower[k] and t.alpha[k] and not t.lower[k].endswith("ing") \
            and t.lower[k] not in self.aux

    def _past_after_future(self, group: int, conjunction: int) -> bool:
        """'has vowed that the Government will not soften the regime, and in August promised to
        ...': a future in a reported clause is not shared by a past tense after the 'and' (past
        a time phrase), which goes with the reporting clause's subject."""
        t = self.t
        k = conjunction + 1
        if t.lower[group] in MODALS:
            while k < len(t.lower) and (self.adverb(k) or t.text[k] == ","):
                k += 1
            if k + 1 < len(t.lower) and t.lower[k] in {"in", "on", "at", "last", "this", "since"}:
                k += 1
                while k < len(t.lower) and (t.cap[k] or t.text[k].isdigit()
                                            or t.lower[k] in {"the", "early", "late", "mid"}):
                    k += 1
                while k < len(t.lower) and (self.adverb(k) or t.text[k] == ","):
                    k += 1
            return k < len(t.lower) and t.is_lower[k] and t.alpha[k] and t.lower[k].endswith("ed") \
                and t.lower[k] not in self.aux
        return False

    def verbal(self, k: int) -> bool:
        """Whether a verb group can start at k (after a subject): an auxiliary, an adverb, or a
        lower-case word that opens no phrase."""
        t = self.t
        word = t.lower[k]
        return word in self.aux or self.adverb(k) or (
            t.is_lower[k] and t.alpha[k] and word not in self.breaks and word not in self.determiners
            and word not in self.lex["prepositions"] and word not in self.organs and word not in self.agentive
            and word not in self.lex["irregular_plurals"])
