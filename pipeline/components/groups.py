"""Groups that no list names, found by the shape of their names (rules in patterns/lexicon/groups.json).

A brief names a new faction the way organisations are named:
- a run of capitalised words headed by an organisation word: 'Ta'ang National Liberation
  Army', 'Sudan Shield Forces', 'Revolutionary Armed Forces of Colombia' (``shape.group_head``);
  or opened by one: 'Coalition of Movements for Change', 'Forces Armées de la République
  Démocratique du Congo' (``shape.group_head_first``);
- opened by an Arabic or Urdu organisation word: 'Katiba Macina', 'Pakistan Tehreek-e-Insaf'
  (``shape.group_lead_word``); 'Islamic State <Region> Province' (``shape.group_province``);
- a capitalised name the text calls a gang, a coalition or a militia: 'the Viv Ansanm
  coalition' (``shape.group_org_noun``), 'the Banyamulenge militia Twirwaneho'
  (``shape.group_noun_name``), 'the presidential guard, the DGSSIE' (``shape.group_apposed``),
  'Twirwaneho, a Banyamulenge militia' and 'Gran Grif, the gang
  of Luckson Elan' (``shape.group_apposition``), 'a faction calling itself X'
  (``shape.group_naming``), 'gangs such as Gran Grif and 5 Segonn' (``shape.group_list``),
  and a name listed beside groups: '400 Mawozo, Kraze Baryè and the Grand Ravine gang'
  (``shape.group_coordinated``); a unit's head word and its number: 'Unit 8200',
  'Detachment 88' (``shape.group_numbered``); an acronym before a noun only an actor has:
  'DUP leader Gavin Robinson' (``shape.group_acronym_actor``), and one word no dictionary
  holds between 'the' and a leader's title: 'the Lelo leader' (``shape.group_before_leader``).

What is not a group: an institution ('Security Council', 'Ministry of Defence'), a place,
generic words alone ('the Armed Forces'), a headline's capitalised words, a known group
followed by its unit ('Hezbollah Radwan Force' is Hezbollah, then the Radwan Force), and a
compound's second half ('anti-Houthi').
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.components.names import ROMAN_NUMERAL, initials_fit, is_acronym
from pipeline.components.tokens import QUOTES, TokenTable, next_true, word_shape
from pipeline.fold import WordMemo, fold_word
from pipeline.read.dates import MONTHS

# a month's abbreviation is also a word of names ('Jan Sena', Hindi 'people'; 'Mar' in Spanish),
# so it is a date only before a number or its period ('Jan 5', 'Jan. 2026')
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
DATE_PREPOSITIONS = frozenset("in on since by until till from through to between early late mid last next".split())
CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()) | MONTH_ABBREVIATIONS
POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})
PLURAL_POSSESSIVES = frozenset({"'", "\u2019"})  # the bare apostrophe after a plural
AND = frozenset({"and", "or", "&"})
INDEFINITE = frozenset({"a", "an", "another", "any", "every", "each"})
HEAD_FIRST_JOINERS = frozenset({"of", "for"})
# what follows a head that opens a name ('Front for ...', 'Coalition of ...', 'Mouvement pour ...')
HEAD_JOINERS = frozenset({"for", "of", "pour", "de", "du", "des", "para", "por", "del"})
# a name's joiners in another language: an English 'in' after them says where the group is
FOREIGN_JOINERS = HEAD_JOINERS - {"for", "of"}
DETERMINERS = frozenset({"the", "a", "an"})
COPULAS = frozenset({"is", "was", "remains"})
# forms of 'be' and 'remain' before a predicate ('most recruits were Central Asian')
COPULA_WORDS = COPULAS | {"are", "were", "be", "been", "being", "remain", "remained", "seem", "seems", "became"}
# 'Anti-Taliban', 'Pro-Iranian': a capitalised prefix opens a compound, not a name
# Arabic articles written lower-case and glued to a name's first word ('al-Quds Brigades')
ARTICLES = frozenset({"al", "el", "ad", "ash", "as", "at", "an", "ar", "az"})
PREFIXES = frozenset({"anti", "pro", "non", "ex", "post", "pre", "neo", "pan", "counter", "semi", "quasi"})
SINGULAR_IN_S = frozenset({"corps"})  # an organisation noun that ends in -s and is one body
REFLEXIVE_BODIES = frozenset({"itself", "themselves", "self"})  # a naming cue with one names a body
NUMBERS = frozenset("one two three four five six seven eight nine ten first second third fourth fifth".split())
CLOSERS = frozenset({"of", "that", "which", "who", "led", "based", ",", ".", ";", "whose", "in", "with", "known"})
Known = dict[int, tuple[int, str]]
# words that open an office's title before 'of', not a group's name
OFFICE_OPENERS = frozenset({"chief", "commander", "head", "minister", "secretary", "director", "inspector"})


def lo_of(t: TokenTable, k: int) -> int:
    """The first token of the sentence holding token k."""
    return t.sent_starts[t.sent_of[k]]


NAME_NUMBER = re.compile(r"^\d+(?:st|nd|rd|th)?$")  # a number or an ordinal, not '1.4' or '9,000'
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
ELIDED_ARTICLE = re.compile(r"^[lLdD]['’]")  # French 'l'', 'd'' glued to the next word
ELIDED = re.compile(ELIDED_ARTICLE.pattern + r"[A-ZÀ-Ý]\w")


# words that end a run of modifiers before a name: a new noun phrase or a phrase of its own
NOT_MODIFIERS = frozenset({"the", "of", "for", "from", "with", "by", "to", "in", "on", "at"})


def _name_word(text: str) -> bool | None:
    """Whether a word can be a word of a name by itself: capitalised or an acronym, not a
    month or a day, not a compound's prefix ('Anti-'). None for a word that may open a name
    by what follows it (a number, a lone capital; see ``GroupShapes._name_words``)."""
    cap, acro = word_shape(text)
    lower = text.lower()
    if lower in MONTH_ABBREVIATIONS and text[:1].isupper():
        return None
    if lower in CALENDAR or lower in PREFIXES:
        return False
    if cap or acro:
        return True
    if ELIDED.match(text):
        return True  # "Front de Libération de l'Azawad", "Côte d'Ivoire": an elided article glued to a name
    return None if text[:1].isdigit() or len(text) == 1 and text.isupper() else False


@dataclass(frozen=True)
class Shape:
    start: int
    end: int
    rule: str


# the rank of a head-first agency ("the General Directorate of ...")
AGENCY_RANKS = frozenset({"General", "Central", "National", "Federal", "Main", "Chief"})

class GroupShapes:
    """The name-shape rules for groups; ``find`` returns the spans they make in one brief."""

    def __init__(self, lexicon: dict[str, Any], casing: dict[str, int], place_keys: frozenset[str] = frozenset(),
                 variants: dict[str, str] | None = None, person_roles: frozenset[str] = frozenset(),
                 office_heads: frozenset[str] = frozenset()):
        # people's role nouns (people.json 'roles'): a name apposed after one is a person's
        self.person_roles = person_roles
        # the head of a body's office (people.json 'office_heads'): before a capitalised word it
        # opens a person's name, which ends the group's ('Army Secretary Dan Driscoll')
        self.office_heads = office_heads
        # folded keys of capitals, cities and regions (generated/lexicon/places.json)
        self.place_keys = place_keys
        self.variants = variants or {}
        # ordinary English words, and those usually written in lower case (generated/lexicon/casing.json)
        self.english = frozenset(casing)
        self.usually_lower = frozenset(w for w, lower in casing.items() if lower)

        def words(key: str) -> frozenset[str]:
            return frozenset(lexicon[key])

        self.heads = words("heads")
        self.head_first = words("head_first")
        self.leads = frozenset(w.lower() for w in lexicon["lead_words"])
        self.place_prepositions = words("place_prepositions")
        self.province_heads = words("province_heads")
        self.province_leads = [tuple(p.split()) for p in lexicon["province_leads"]]
        self.generic = words("generic_modifiers")
        self.not_after_council = words("not_after_council")
        self.institutions = words("institution_words")
        self.modifier_institutions = words("modifier_institutions")
        self.place_tails = words("place_tails")
        self.general_bodies = words("general_bodies")
        self.state_qualifiers = words("state_qualifiers")
        self.state_unit_heads = words("state_unit_heads")
        # words no person's name holds: a body's head, and an organisation head's plural ('the Six
        # Federations'; not an institution word's, 'Banks' and 'Rivers' are surnames)
        self.body_words = self.heads | self.institutions | self.state_unit_heads \
            | {w + "s" for w in self.heads | {"Federation"} if not w.endswith(("s", "y"))} \
            | {w[:-1] + "ies" for w in self.heads if w.endswith("y")}
        self.acronym_actor_nouns = words("acronym_actor_nouns")
        self.acronym_actor_verbs = words("acronym_actor_verbs")
        self.committing_verbs = words("committing_verbs")
        self.corporate_heads = words("corporate_heads")
        self.company_nouns = words("company_nouns")
        self.party_families: dict[str, str] = dict(lexicon["party_families"])
        self.party_family_cues = words("party_family_cues")
        self.party_family_min: int = lexicon["party_family_min"]
        self.party_nouns = words("party_nouns")
        self.numbered_heads = words("numbered_heads")
        self.eponym_nouns = words("eponym_nouns")
        self.family_nouns = words("family_nouns")
        self.family_plurals = words("family_plurals")
        self.crime_cues = frozenset(w.lower() for w in lexicon["crime_cues"])
        self.community_cues = frozenset(w.lower() for w in lexicon["community_cues"])
        self.crime_cue_min: int = lexicon["crime_cue_min"]
        self.count_words = frozenset(w.lower() for w in lexicon["count_words"])
        self.speech_participles = frozenset(lexicon["speech_participles"])
        # short or irregular participles and adjectives that close an apposition's noun phrase
        # before their preposition: 'a jihadist faction tied to ISSP', 'a militia loyal to X'
        self.apposition_closers = frozenset(lexicon["apposition_closers"])
        self.igo_acronyms = words("igo_acronyms")
        self.org_nouns = words("org_nouns")
        self.member_nouns = words("member_nouns")
        self.people_nouns = self.member_nouns | words("leader_nouns")
        self.list_cues = [tuple(c.split()) for c in lexicon["list_cues"]]
        # a hyphen is a token of its own: 'self-styled' is three
        self.naming_cues = [tuple(re.findall(r"[^\s-]+|-", c)) for c in lexicon["naming_cues"]]
        # the words rules look for first, so most names are passed over without a loop
        self.province_firsts = frozenset(lead[0] for lead in self.province_leads)
        self.naming_lasts = frozenset(cue[-1] for cue in self.naming_cues)
        self.naming_nouns = words("naming_nouns")
        self.list_nouns = frozenset(w for w in self.org_nouns | self.member_nouns if w.endswith("s"))
        self.joiners = words("joiners")
        self.place_joiners = words("extend_only_to_places") - words("extend_always")
        self.always_joiners = words("extend_always")
        self.union_modifiers = words("union_modifiers")
        self.party_heads = words("party_heads")
        self.modified_heads = words("modified_heads")
        self.front_heads = words("front_heads")
        self.nation_nouns = words("nation_nouns")
        self.list_heads = words("list_heads")
        self.ordinal_heads = words("ordinal_heads")
        self.agency_tails = words("agency_tails")
        self.agency_nouns = frozenset(w.lower() for w in self.agency_tails)  # 'service', 'agency'
        self.apposed_nouns = words("apposed_nouns")
        # the head of an apposition that says a name is a group's: 'X, a crew formed by deportees'
        self.apposition_heads = words("apposition_nouns")
        self.organisation_nouns = self.org_nouns | self.apposition_heads
        self.acronym_apposition_heads = words("acronym_apposition_nouns")
        self.party_family_openers = frozenset(w.lower() for w in words("party_family_openers"))
        self.honorifics = words("honorifics")
        self.wing_modifiers = words("wing_modifiers")
        self.security_words = words("security_words")
        self.prefixed_security_words = words("prefixed_security_words")
        self.possessive_joins = words("possessive_joins")
        self.descriptors = words("descriptors")
        self.sect_descriptors = words("sect_descriptors")
        self.owned_followers = words("owned_name_followers")
        self.head_tails = words("head_tails")
        self.member_plural_heads = words("member_plural_heads")
        self.codename_heads = words("codename_heads")
        self.not_codenames = words("not_codenames") | {m.capitalize() for m in MONTHS}
        self.suffix_heads = words("suffix_heads")
        self.plural_suffixes = tuple(lexicon["plural_suffixes"])
        self.body_heads = words("body_heads")
        self.short_name_heads = words("short_name_heads")
        self.closing_leads = words("closing_lead_words")
        self.bare_services = [tuple(w.split()) for w in lexicon["bare_services"]]
        self.bare_services_first = frozenset(w[0] for w in self.bare_services)
        self.government_kinds = words("government_kinds")
        self.region_governments = words("region_governments")
        self.postposed_adjectives = words("postposed_adjectives")
        self.government_claims = words("government_claims")
        self.folded = WordMemo(partial(fold_word, variants=self.variants))
        self.name_word = WordMemo(_name_word)

    def crime_brief(self, t: TokenTable) -> bool:
        """Whether the brief is about organised crime, where a clan, family or crew after a
        name is a crime family: enough crime words and no word for a community."""
        flag = t.memo.get("crime_brief")
        if flag is None:
            words = [w.lower() for w in t.text]
            flag = t.memo["crime_brief"] = sum(w in self.crime_cues for w in words) >= self.crime_cue_min \
                and not any(w in self.community_cues for w in words)
        return flag

    def crime_sentence(self, t: TokenTable, k: int) -> bool:
        """Whether token k's sentence is about organised crime in a brief with no word for a
        community: 'detained four men suspected of moving cocaine for the Škaljari clan' in a
        brief on the rule of law, where a crime family is named once or twice."""
        if self.crime_brief(t):
            return True
        lower = t.lower
        if t.where("lower", self.community_cues):
            return False
        s = t.sent_of[k]
        return any(lower[j] in self.crime_cues for j in range(t.sent_starts[s], t.sent_ends[s]))

    # ------------------------------------------------------------------ runs
    def _word(self, t: TokenTable, k: int) -> bool:
        return self.words(t)[k]

    def words(self, t: TokenTable) -> list[bool]:
        """For each token, whether it can be a word of a name (computed once per brief)."""
        flags = t.memo.get("group_words")
        if flags is None:
            flags = t.memo["group_words"] = self._name_words(t)
        return flags

    def _name_words(self, t: TokenTable) -> list[bool]:
        """``words``: capitalised words and acronyms (a flag per distinct word, ``name_word``);
        the few tokens that are neither but may open a name (a lone capital, a number) are
        looked at one by one."""
        lower, text, cap, ws = t.lower, t.text, t.cap, t.ws
        n = len(text)
        flags = [*map(self.name_word.__getitem__, text)]
        # 'People's Anti-Fascist Front': a capitalised prefix glued to a capitalised word is
        # inside a name ('anti-Houthi' stays out: lower-case)
        # ('Counter Terrorism Command', 'Anti Narcotics Force': written apart, before a capitalised
        # word, the prefix is a word of the name too)
        for k in t.where("lower", PREFIXES):
            if cap[k] and k + 2 < n and text[k + 1] == "-" and not ws[k] and not ws[k + 1] and cap[k + 2] \
                    or cap[k] and k + 1 < n and ws[k] and t.title[k + 1] and t.alpha[k + 1]:
                flags[k] = True
        k = -1
        while True:  # the rare words (None): found by list.index, in C
            try:
                k = flags.index(None, k + 1)
            except ValueError:
                break
            if lower[k] in MONTH_ABBREVIATIONS:
                # 'Jan Sena': a name word before a capitalised word; 'Jan 5', 'Jan. 2026', '5 Jan'
                # and 'In Jan Army units' a date
                flags[k] = k + 1 < n and cap[k + 1] and ws[k] and not (
                    k and (text[k - 1][:1].isdigit() or lower[k - 1] in DATE_PREPOSITIONS))
            elif not text[k][:1].isdigit():
                # 'G-Pèp': one capital glued to a hyphenated word; 'Pa-O': glued after one
                flags[k] = k + 2 < n and text[k + 1] == "-" and not ws[k] \
                    or k >= 2 and text[k - 1] == "-" and not ws[k - 2] and not ws[k - 1] and cap[k - 2] \
                    or k >= 1 and cap[k - 1] and t.alpha[k - 1] and ws[k - 1] and text[k] not in {"A", "I"} \
                    and (k + 1 >= n or not cap[k + 1])  # 'Coordinadora Generación Z': a lone capital ends it
            else:
                # '5 Segonn', '400 Mawozo', '444th Combat Brigade': a number opening a name (not a
                # section's number, '1.4 The Qatrun Syndicate', nor a count, '9,000 Islamic State fighters')
                flags[k] = k + 1 < n and cap[k + 1] and lower[k + 1] not in CALENDAR \
                    and NAME_NUMBER.match(text[k]) is not None and lower[k + 1] not in DETERMINERS
        return flags

    @staticmethod
    def _clause_subject(t: TokenTable, end: int, hi: int) -> bool:
        """Whether the name ending at ``end`` is the subject of a relative clause with no
        object, a verb and the comma that closes it after it ('Gerindra, the party Prabowo
        chairs,'), or a past verb and a preposition ('the party Rodrigo Duterte chaired until
        his arrest', 'the party Kostadin Kostadinov founded in 2014'; not 'the border security
        corps CESFRONT deployed.', 'the militia Twirwaneho attacked villages')."""
        return end + 1 < hi and t.is_lower[end] and t.alpha[end] and (
            t.text[end + 1] == "," or t.lower[end].endswith("ed") and t.lower[end + 1] in CLAUSE_PREPOSITIONS)

    def _glued_to_modifier(self, t: TokenTable, k: int) -> bool:
        """'anti-Houthi', 'pro-Iran': the second half of a compound is no name's first word."""
        return k >= 2 and t.text[k - 1] == "-" and not t.ws[k - 2] and not t.ws[k - 1] and t.is_lower[k - 2] \
            and t.lower[k - 2] not in ARTICLES

    def runs(self, t: TokenTable, lo: int, hi: int) -> Iterable[tuple[int, int]]:
        """Maximal runs of capitalised words (and the joiners between them) in [lo, hi)."""
        word = self.words(t)
        i = next_true(word, lo, hi)
        while i < hi:
            if self._glued_to_modifier(t, i):
                i = next_true(word, i + 1, hi)
                continue
            last = i
            k = i + 1
            while k < hi:
                if word[k]:
                    last = k
                    k += 1
                elif t.text[k] in POSSESSIVES:
                    if t.text[k - 1] not in self.possessive_joins \
                            and not (t.text[k] in PLURAL_POSSESSIVES and t.text[k - 1].endswith("s")):
                        # 'Allah Nazar Baloch's Baloch Liberation Front': two names (a plural's
                        # bare apostrophe stays in one: 'Krajina Veterans' Guard')
                        break
                    k += 1
                elif (t.lower[k] in self.joiners or t.text[k] in self.joiners) \
                        and not (t.lower[k] in {"and", "or"} and is_acronym(t.text[k - 1])) \
                        and not (t.lower[k] == "the" and word[k - 1]):
                    # ('the' joins after 'of' or 'for', 'Army of the Guardians'; after a name word
                    # it opens the next name: 'the Pacific Policing Initiative the Australian
                    # Federal Police' is two)
                    k += 1  # kept only if a capitalised word follows ('FAMa and Africa Corps': two)
                else:
                    break
            first = i
            if i - 2 >= lo and self._article_glued(t, i - 2, last + 1) and (i - 3 < lo or t.ws[i - 3]):
                first = i - 2  # 'al-Quds Brigades': the article is the name's
            yield first, last + 1
            i = next_true(word, last + 1, hi)

    def _trim(self, t: TokenTable, start: int, end: int, sentence_start: int, known: Known | None = None) -> int:
        """Drop opening words that are not part of a name ('The', 'However', 'Islamist' before
        a name of two words or more; 'Three' in 'Three Brotherhood Alliance' and 'Front' in
        'Front for Change and Concord', a stop word to spaCy, stay), and a
        sentence's ordinary first word with the joiners after it ('Fighters of the ...',
        'Later the ...') or before a known name ('Warmer Taliban ties')."""
        while start < end and not self._article_glued(t, start, end) and (
                (t.lower[start] in STOP_WORDS and t.lower[start] not in self.leads
                 and (t.lower[start] not in NUMBERS or t.lower[start] == "one" and start == sentence_start)
                 and t.text[start] not in self.heads)
                or (t.text[start] in self.descriptors and end - start >= 3
                    and not (t.text[start] in self.sect_descriptors and known is not None and start + 1 not in known)
                    and not self._spelled_by_acronym(t, start, end))  # 'Christian Association of Nigeria (CAN)'
                or (start == sentence_start and t.lower[start] in self.usually_lower and start + 1 < end
                    and (not self._word(t, start + 1) or known is not None and (start + 1) in known)
                    and not self._written_mid_sentence(t, start, end))
                or not self._word(t, start)
                or known is not None and t.text[start].isdigit() and self._is_known(known, start + 1, end)
                or t.text[start].isdigit() and end < len(t.text) and t.lower[end] in COUNTED_PEOPLE):
            start += 1  # ('200 Taliban fighters', '14 Liyu Police officers': a count before a name)
        return start

    def _follows_org_noun(self, t: TokenTable, start: int, end: int, lo: int, hi: int) -> bool:
        """'the presidential guard, the DGSSIE,', 'A smaller militia, the Menchum Valley Defenders
        (MVD),': a name in apposition to an organisation noun, closed by punctuation or by its
        acronym in brackets (a place word inside it places nothing: the noun says what it is)."""
        comma = start - 1 - (start > lo and t.lower[start - 1] == "the")
        if not (comma - 1 >= lo and t.text[comma] == ","):
            return False
        # ('the party he leads, United Seychelles,': a short clause in lower case may follow the
        # noun, a pronoun and its verb or a relative)
        noun = next((k for k in range(comma - 1, max(lo, comma - 4) - 1, -1)
                     if t.lower[k] in self.apposed_nouns and all(
                         t.is_lower[j] and t.alpha[j] for j in range(k + 1, comma))), None)
        if noun is None or noun < comma - 1 and t.lower[noun + 1] not in CLAUSE_OPENERS \
                or comma == start - 1 and (not t.is_lower[noun] or any(
                    t.lower[k] in PLACING_PREPOSITIONS for k in range(max(lo, noun - 4), noun))):
            # (without 'the', a noun in lower case, not an opening phrase's: not 'Inspector
            # General of Police, P. Sundarraj', 'Inside the militia, Commander Hassan, ...')
            return False
        if end + 3 < hi and t.text[end] == "(" and t.acro[end + 1] and t.text[end + 2] == ")":
            end += 3
        return end >= hi or t.text[end] in {",", ".", ";"}

    @staticmethod
    def _written_mid_sentence(t: TokenTable, start: int, end: int) -> bool:
        """Whether the brief writes the words of [start, end) elsewhere, capitals and all, away
        from a sentence's start: then the first word is the name's ('Students in Blockade,
        the network ...' opening a sentence, after 'members of Students in Blockade')."""
        words = t.text[start:end]
        for p in t.where("text", {words[0]}):
            if p != start and t.sent_starts[t.sent_of[p]] != p and t.text[p : p + len(words)] == words:
                return True
        return False

    @staticmethod
    def _to_acronym(t: TokenTable, start: int, stop: int, end: int) -> int:
        """'United League of Arakan (ULA)': a name cut at 'of' goes on to the end of its run
        when the acronym in parentheses after the run spells the whole run's initials, or has
        a letter for each of its words, as the acronym of the name in its own language does
        ('Coordinating Council of Faculty Plenums (KSFP)')."""
        if stop >= end or end + 2 >= len(t.text) or t.text[end] != "(" or t.text[end + 2] != ")":
            return stop
        words = [t.text[k] for k in range(start, end) if t.cap[k] or t.acro[k]]
        acronym = t.text[end + 1]
        return end if initials_fit(words, acronym) or t.acro[end + 1] and acronym.isupper() \
            and len(acronym) == len(words) else stop

    @staticmethod
    def _spelled_by_acronym(t: TokenTable, start: int, end: int) -> bool:
        """Whether the acronym in parentheses after [start, end) is the initials of every
        capitalised word in it, and of nothing less ('UWSA and the Kachin Independence Army
        (KIA)' is two names: the acronym spells only the second)."""
        if end + 2 >= len(t.text) or t.text[end] != "(" or t.text[end + 2] != ")" or not t.acro[end + 1]:
            return False
        if any(t.acro[k] for k in range(start, end)):
            return False
        initials = "".join(t.text[k][0] for k in range(start, end) if t.cap[k])
        return initials.upper() == t.text[end + 1].upper()

    def _article_glued(self, t: TokenTable, start: int, end: int) -> bool:
        """'al-Quds Brigades': a lower-case Arabic article glued to the name's first word."""
        return start + 2 < end and t.lower[start] in ARTICLES and t.text[start + 1] == "-" \
            and not t.ws[start] and not t.ws[start + 1] and self._word(t, start + 2)

    def _segments(self, t: TokenTable, start: int, end: int, known: Known) -> Iterable[tuple[int, int]]:
        """A run split where 'and'/'or' joins two names: 'UWSA and the Kachin Independence
        Army', 'Nigerian Army and Air Force' (but 'Justice and Equality Movement' is one, and so
        is a run whose initials the acronym in parentheses after it spells: 'Union Solidarity
        and Development Party (USDP)')."""
        if self._spelled_by_acronym(t, start, end):
            yield start, end
            return
        s = start
        for k in range(start, end):
            if t.lower[k] not in AND or k == s:
                continue
            left_one_word = k - s == 1 and not t.acro[s] and s not in known
            if not (left_one_word or self._name_half(t, s, k, end, known) or self._head_first_tail(t, s, k, end)) \
                    or self._stands_alone(t, s, k, end) or (
                    k + 1 < end and t.lower[k + 1] in DETERMINERS):
                yield s, k
                s = k + 1
                while s < end and not self._word(t, s):
                    s += 1
        if s < end:
            yield s, end

    @staticmethod
    def _stands_alone(t: TokenTable, s: int, k: int, end: int) -> bool:
        """Whether the brief writes the words before 'and' at k as a name of their own elsewhere
        (not followed by 'and' and the same word after it): 'the Coalition for Change and Strong
        Georgia' is two names in a brief that also writes 'together with the Coalition for
        Change, while'."""
        left = t.text[s:k]
        n = len(t.text)
        if sum(t.cap[j] for j in range(s, k)) < 2:
            return False  # one word ('Kanak and Socialist ...') stands alone as an adjective too
        for i in t.where("text", {left[0]}):
            if i == s or t.text[i : i + len(left)] != left:
                continue
            j = i + len(left)
            if j >= n or not (t.cap[j] or t.lower[j] in {"and", "or"}) or t.lower[j] in {"and", "or"} \
                    and (j + 1 >= n or k + 1 >= end or t.text[j + 1] != t.text[k + 1]):
                return True
        return False

    def _head_first_tail(self, t: TokenTable, s: int, k: int, end: int) -> bool:
        """'Front for Change and Concord', 'Movement for Justice and Equality': after a head that
        opens the name and its 'for/of', an 'and' joins the name's own words unless what
        follows is headed by an organisation word of its own."""
        return t.text[s] in self.head_first and s + 1 < k and t.lower[s + 1] in HEAD_JOINERS \
            and not any(t.text[j] in self.heads for j in range(k + 1, end))

    def _name_half(self, t: TokenTable, s: int, k: int, end: int, known: Known) -> bool:
        """'Peoples' Equality and Democracy Party': words before 'and' that name nothing by
        themselves (no head word, acronym, known name or place) are the first half of the
        name that the head after 'and' ends."""
        if not any(t.text[j] in self.heads for j in range(k + 1, end)) and not (
                t.text[end - 1] in self.state_unit_heads and self.security_agency(t, s, end)):
            return False  # ('National Intelligence and Security Service' is one agency's name)
        if t.lower[s] in self.leads:
            return False  # 'Los Tiguerones and Los Chone Killers': a lead word opens a name of its own
        left = [j for j in range(s, k) if self._word(t, j)]
        if len(left) >= 2 and left[0] == s and known.get(s, (0, ""))[1] == "STATE":
            left = left[1:]  # 'Danish Security and Intelligence Service': the state's demonym opens it
        return bool(left) and not any(
            j in known or t.acro[j] or t.text[j] in self.heads or self.is_place(t, j, j + 1) for j in left)

    @staticmethod
    def headline(t: TokenTable, sentence: int) -> bool:
        """Whether sentence number ``sentence`` is a headline (computed once per brief)."""
        flags = t.memo.get("headlines")
        if flags is None:
            flags = t.memo["headlines"] = GroupShapes._headlines(t)
        return flags[sentence]

    @staticmethod
    def _headlines(t: TokenTable) -> list[bool]:
        """Per sentence: a headline capitalises its words (three long words at least, or two among
        five words or more; none in lower case) and ends without a full stop: its capitals say nothing about names. The
        long words are counted for all sentences at once (a Python pass per sentence over
        its tokens cost more than the rest of the group rules)."""
        import numpy

        flags = [False] * len(t.sent_starts)
        if not flags:
            return flags
        long_words = numpy.array(t.alpha, dtype=bool) & (numpy.array(t.end) - numpy.array(t.idx) > 3)
        lower = long_words & numpy.array(t.is_lower, dtype=bool)
        starts, ends = numpy.array(t.sent_starts), numpy.array(t.sent_ends)
        n_long = numpy.concatenate(([0], numpy.cumsum(long_words)))
        n_lower = numpy.concatenate(([0], numpy.cumsum(lower)))
        n_alpha = numpy.concatenate(([0], numpy.cumsum(numpy.array(t.alpha, dtype=bool))))
        three = n_long[ends] - n_long[starts] >= 3
        # (or two long words among five or more on a line of their own: 'A New Name in an Old
        # Network'; not a bullet or a table cell, 'Hamas and the PIJ in Gaza', inside a text)
        two = (n_long[ends] - n_long[starts] >= 2) & (n_alpha[ends] - n_alpha[starts] >= 5)
        capitalised = (three | two) & (n_lower[ends] == n_lower[starts])
        for sentence in numpy.flatnonzero(capitalised).tolist():
            lo, hi = t.sent_starts[sentence], t.sent_ends[sentence]
            last = next((k for k in range(hi - 1, lo - 1, -1) if not t.space[k]), lo)
            if not three[sentence] and not GroupShapes._own_line(t, lo, last):
                continue
            flags[sentence] = t.text[last] not in {".", "!", "?"}
        return flags

    @staticmethod
    def _own_line(t: TokenTable, first: int, last: int) -> bool:
        """Whether tokens first..last fill a line: a line break (or the text's edge) on both sides."""
        before = t.source[t.source.rfind("\n", 0, t.idx[first]) + 1 : t.idx[first]]
        after_end = t.source.find("\n", t.end[last])
        after = t.source[t.end[last] : after_end if after_end >= 0 else len(t.source)]
        return not before.strip() and not after.strip()

    # ------------------------------------------------------------------ find
    def find(self, t: TokenTable, known: Known, places: frozenset[str]) -> list[Shape]:
        """Group names in a brief. ``known``: gazetteer spans by start token, (end, label);
        ``places``: lower-case place and state words, for 'Forces of <place>'."""
        found: dict[tuple[int, int], str] = {}
        # where a group starts: the known ones and those found so far (``_coordinated`` asks
        # per sentence; made anew each time, it was a pass over the whole brief per sentence)
        groups = {s for s, (_, label) in known.items() if label == "GROUP"}

        def add(a: int, b: int, rule: str) -> None:
            found.setdefault((a, b), rule)
            groups.add(a)

        list_nouns = t.where("lower", self.list_nouns)
        numbered = [k + 1 for k in t.where("text", self.numbered_heads)
                    if k + 1 < len(t.text) and t.text[k + 1].isdigit() and t.text[k + 1].isascii()]
        known_cover = {j for s, (e, _) in known.items() for j in range(s, e)} if numbered else set()
        acronym_actors = self._acronym_actors(t, known)
        services = self._lexical_names(t, known)
        # ('the Netherlands' General Intelligence and Security Service': a state's plural
        # possessive owns the name after it, as "Azerbaijan's" does) — (state start, apostrophe)
        owners = [(s, e) for s, (e, label) in known.items()
                  if label == "STATE" and e < len(t.text) and t.text[e] in PLURAL_POSSESSIVES]
        for sentence, (lo, hi) in enumerate(zip(t.sent_starts, t.sent_ends, strict=True)):
            if self.headline(t, sentence):
                continue
            if lo + 1 < hi and LETTER_MARKER.fullmatch(t.text[lo]) and (lo == 0 or "\n" in t.text[lo - 1]):
                lo += 1  # 'A. Pirate groups ...': a lettered point's marker, no initial of a name
            while lo + 1 < hi and t.text[lo] in BULLET_MARKS:
                lo += 1  # '- Transnational syndicates ...': the sentence opens after its bullet
            for a, b, rule in services[bisect_left(services, (lo,)) : bisect_left(services, (hi,))]:
                add(a, b, rule)
            runs: list[tuple[int, int]] = []
            for start, end in self.runs(t, lo, hi):
                start = self._trim(t, start, end, lo, known)
                start = max([e + 1 for s, e in owners if start <= s < e < end] + [start])
                if start >= end:
                    continue
                for s, e in self._segments(t, start, end, known):
                    runs.append((s, e))
                    for a, b, rule in self._named(t, s, e, known, places):
                        add(a, b, rule)
                    for a, b, rule in self._called(t, s, e, lo, hi, known, places):
                        add(a, b, rule)
            for s, e in self._listed(t, list_nouns, lo, hi, known):
                add(s, e, "shape.group_list")
            for k in numbered[bisect_left(numbered, lo + 1) : bisect_left(numbered, hi)]:
                start = self._numbered_start(t, k, found, known_cover)
                if start is not None:
                    found.pop((start, k), None)
                    add(start, k + 1, "shape.group_numbered")
            for a, b, rule in acronym_actors[bisect_left(acronym_actors, (lo,)) : bisect_left(acronym_actors, (hi,))]:
                add(a, b, rule)
            # the sentence's groups as they were before it: its own coordinated names do not count
            for s, e in list(self._coordinated(t, runs, groups, known)):
                add(s, e, "shape.group_coordinated")
        shapes = [Shape(s, e, rule) for (s, e), rule in found.items()]
        shapes.sort(key=lambda x: (x.start, -x.end))
        return shapes

    def _named(self, t: TokenTable, start: int, end: int, known: Known,
               places: frozenset[str]) -> Iterable[tuple[int, int, str]]:
        """Names whose own words say they are groups: a head word, a lead word, a province."""
        text = t.text
        after = known.get(start, (start, ""))[0]
        if known.get(start, (0, ""))[1] == "STATE" and after < end and text[after] in self.head_first \
                and t.lower[after] not in self.english:
            start = after  # 'the Brazilian Polícia Federal': a head-first name after its demonym
        acronym = known.get(start)
        if acronym is not None and acronym == (start + 1, "GROUP") and t.acro[start] and end - start >= 3 \
                and (text[end - 1] in self.heads or text[end - 1] in self.state_unit_heads) \
                and all(t.cap[k] and not t.acro[k] and k not in known for k in range(start + 1, end)) \
                and not self.has_institution(t, start + 1, end):
            yield start, end, "shape.group_acronym_unit"  # 'FSB Border Service': a listed service's unit
            return
        heads = [k for k in range(start, end) if (text[k] in self.heads or text[k] in self.ordinal_heads and k > start
                                                  and ORDINAL.match(text[start]) is not None) and (
            text[k] not in self.modified_heads and text[k] not in self.list_heads
            or k > start and self._modified(t, k)
            or text[k] in self.list_heads and k > start and known.get(k - 1, (0, ""))[1] == "STATE"
            or k == start and k + 1 < end and t.lower[k + 1] in HEAD_FIRST_JOINERS)  # 'Union of Sinai Tribes'
            # ('Lashkar-e-Islam': a lead word glued to its particle opens a name, it heads none)
            and not (t.lower[k] in self.leads and k + 1 < end and text[k + 1] == "-" and not t.ws[k])
            or k == end - 1 and k > start and text[k] in self.closing_leads]  # 'Sabr Jamaat'
        if heads and text[start] in self.head_first and end - start >= 2:
            # 'Coalition of Movements for Change', 'Alliance Fleuve Congo': the head opens the name
            stop = self._cut_person_tail(t, start, end, places)
            # 'the Polizei Sachsen in Annaberg-Buchholz': after a head and a place only, 'in' says where
            stop = next((k for k in range(start + 2, stop) if t.lower[k] == "in" and all(
                t.cap[j] for j in range(start, k)) and (
                self.is_place(t, k - 1, k) or known.get(k - 1, (0, ""))[1] == "STATE")), stop)
            # ('Party Politics', a section's heading: after a head with no joiner, English words
            # only describe it; 'Alliance Fleuve Congo' goes on in words of its own)
            # ('Party Seats (range)', a table's header: English words ending in a plural noun)
            described = t.lower[start + 1] not in HEAD_FIRST_JOINERS and all(
                t.lower[k] in self.english for k in range(start + 1, stop) if t.alpha[k]) and (
                self._own_line(t, start, stop - 1) or t.lower[stop - 1].endswith("s")
                and not t.lower[stop - 1].endswith("ss"))
            if stop - start >= 2 and not described and not self.has_institution(t, start, stop) and self._is_group(
                    t, start, stop, start):
                yield start, stop, "shape.group_head_first"
                return
        if not heads and end - start >= 2 and t.acro[end - 1] and known.get(end - 1, (None, None)) == (end, "GROUP") \
                and all(t.cap[k] and not t.acro[k] and k not in known and text[k] not in self.descriptors
                        and not ((k == lo_of(t, k) or t.text[k - 1] in {".", "!", "?"})
                                 and (t.lower[k] in self.usually_lower or t.lower[k] in self.english))
                        for k in range(start, end - 1)) \
                and not self.is_place(t, start, end - 1):
            yield start, end, "shape.group_acronym_modified"  # 'the New IRA', a splinter of the IRA
            return
        if not heads and end - start >= 2 and text[end - 1] in self.state_unit_heads and start >= 2 \
                and text[start - 1] in POSSESSIVES and self._state_before(known, start - 1) \
                and not self.has_institution(t, start, end):
            yield start, end, "shape.group_state_unit"  # 'Azerbaijan's State Security Service'
            return
        # 'the General Directorate of Security', 'the Directorate of Police Investigations': a
        # state body's head word opening the name, a security word in what it is 'of' or 'for'
        first = start + (text[start] in AGENCY_RANKS and start + 1 < end)
        if not heads and first + 2 < end and text[first] in self.state_unit_heads \
                and t.lower[first + 1] in {"of", "for"} \
                and all(t.cap[k] or t.lower[k] in {"of", "and", "for", "the"} for k in range(first + 2, end)) \
                and self.security_agency(t, first + 2, end) and not self.is_place(t, first + 2, end):
            yield start, end, "shape.group_security_agency"
            return
        # ('agents of the State Public Security Secretariat in Juárez': where it is, not its name;
        # an agency's name has no 'in', whatever place lists hold)
        placed = end if heads else next((k for k in range(start + 2, end - 1) if t.lower[k] == "in"
                                         and t.lower[k + 1] != "the" and text[k - 1] in self.state_unit_heads), end)
        # (its own noun after the security word may be an institution's too: 'Israel Security Agency';
        # not in a run cut short at a capital, 'Counter Terrorism Agency', which its acronym defines)
        own_noun = placed - 1 if placed - start >= 2 and text[placed - 2] in self.security_words and not (
            start > 0 and t.cap[start - 1] and t.lower[start - 1] not in STOP_WORDS) \
            else placed
        if not heads and placed - start >= 2 and text[placed - 1] in self.state_unit_heads \
                and (self.security_agency(t, start, placed - 1) or self._modified_intelligence(t, start, placed)) \
                and not self.has_institution(t, start, own_noun) and not self.is_place(t, start, placed):
            yield start, placed, "shape.group_security_agency"  # 'the General Intelligence Service'
            return
        if heads:
            head = heads[-1]
            if known.get(start, (0, ""))[1] == "GROUP" and known[start][0] == head + 1 \
                    and head + 1 < end and t.lower[head + 1] == "in":
                return  # 'the Taliban in Afghanistan': a listed group placed, not a longer name
            # 'the Majeed Brigade of the Balochistan Liberation Army': a unit 'of' a listed group
            # is the unit's name, the group another actor
            of_group = next((k for k in range(heads[0] + 1, end - 1) if t.lower[k] == "of" and known.get(
                k + 2 if t.lower[k + 1] == "the" else k + 1, (0, ""))[1] == "GROUP"), None)
            if of_group is not None:
                head = max(h for h in heads if h < of_group)
                end = of_group
            stop = self._extent(t, head, end, places)
            phrase_start = start
            # a known group opening the phrase is its own actor ('Hezbollah Radwan Force')
            hit = known.get(phrase_start)
            # (not a region's government, whose name is its land's: 'the Puntland Security Force')
            if hit is not None and hit[1] == "GROUP" and hit[0] <= head and text[head] not in self.body_heads \
                    and t.string(phrase_start, hit[0]) not in self.region_governments:
                phrase_start = hit[0]
                while phrase_start < head and not self._word(t, phrase_start):
                    phrase_start += 1
            # 'Branko Blanuša of the Serb Democratic Party': name words no dictionary holds
            # before an 'of' are a person's, whose the group is (not 'Freedom of Russia Legion';
            # a name whose head opens it, 'Union of Islamic Courts', was read above)
            cut = next((k for k in range(head - 1, phrase_start, -1) if t.lower[k] == "of"), None)
            if cut is not None and not any(text[j] in self.heads for j in range(phrase_start, cut)) and (
                    not any(t.lower[j] in self.english for j in range(phrase_start, cut))
                    # 'Congressman Ruperto Alva of Fuerza Popular': a surname before the 'of'
                    or cut - 2 >= phrase_start and t.lower[cut - 1] not in self.english
                    and t.lower[cut - 2] not in self.english):
                phrase_start = cut + 1
                while phrase_start < head and not self._word(t, phrase_start):
                    phrase_start += 1
                if text[phrase_start] in self.head_first and end - phrase_start >= 2:
                    stop = self._cut_person_tail(t, phrase_start, end, places)  # '... of Fuerza Popular'
            stop = self._to_acronym(t, phrase_start, stop, end)
            if stop < end and t.cap[stop] and not t.acro[stop] and text[stop] in self.institutions \
                    and text[stop] not in self.heads:
                return  # 'the Strategic Alliance Agreement', 'Alliance Headquarters': a document's or a place's name
            if self._is_group(t, phrase_start, stop, head):
                yield phrase_start, stop, "shape.group_head"
            return
        lead_at = start if t.lower[start] in self.leads else (
            start + 1 if start + 1 < end and t.lower[start + 1] in self.leads and start in known else None)
        if lead_at is not None and end - lead_at >= 2:
            # 'Katiba Macina in the Mopti region': a lead-word name stops at its first joiner, and
            # at a dash ('the Los Trinos–Ferreira feud': two names)
            stop = next((k for k in range(lead_at + 1, end)
                         if t.lower[k] in {"of", "for", "in", "and", "the", "\u2013", "\u2014"}), end)
            if stop - start >= 2 and not self.has_institution(t, start, stop) and not self.is_place(t, start, stop) \
                    and not (t.lower[lead_at] in SPANISH_ARTICLES and (
                        self._placed_article(t, lead_at) or stop < len(t.text) and t.lower[stop] in PLACE_NOUNS)):
                yield start, stop, "shape.group_lead_word"  # (not 'Los Angeles')
        if text[start] not in self.province_firsts:
            return
        for lead in self.province_leads:
            n = len(lead)
            if tuple(text[start : start + n]) == lead:
                tail = next((k for k in range(start + n, end) if text[k] in self.province_heads), None)
                if tail is not None:
                    yield start, tail + 1, "shape.group_province"

    def _placed_article(self, t: TokenTable, k: int) -> bool:
        """Whether a Spanish article at k opens a place's name or a nickname, not a gang's: after
        a locative preposition, past a list of names ('through Frontera Comalapa and La
        Trinitaria'), after 'the' ('the La Mesilla crossing'), quoted after 'alias', or alone on
        its line with nothing said of it."""
        j = k - 1
        sid = t.sent_of[k]
        if k == t.sent_starts[sid] and all(t.cap[m] or not t.alpha[m] for m in range(k, t.sent_ends[sid])):
            return True  # a name alone on its line: a table's place column ('9 Feb | La Trinitaria')
        if j >= 0 and t.text[j] in QUOTES:
            return j >= 1 and t.lower[j - 1] in NICKNAME_CUES
        if j >= 0 and t.lower[j] == "the":
            return True
        if j >= 1 and t.lower[j] == "to" and t.lower[j - 1] == "according":
            return True  # 'According to La Nación, ...': a newspaper
        if j >= 0 and t.text[j] == ",":
            return False  # 'In Guayaquil, Los Tiguerones attacked': the opening phrase has ended
        while j >= 0 and t.lower[j] not in self.place_prepositions and (t.cap[j] and t.alpha[j]
                                                                      or t.lower[j] in {"and", ","}):
            j -= 1  # ('Above La Trinitaria': a capitalised preposition opens the sentence)
        return j >= 0 and t.lower[j] in self.place_prepositions

    @staticmethod
    def _indefinite_before(t: TokenTable, start: int, lo: int) -> bool:
        """Whether an indefinite article opens the noun phrase before ``start``, past a few
        lower-case modifiers ('a new armed Mapuche group'; not past 'the' or 'of': 'a splinter
        of the Kamuina Nsapu movement' names the movement)."""
        k = start - 1
        while k >= lo and k > start - 4 and t.is_lower[k] and t.alpha[k] and t.lower[k] not in INDEFINITE:
            if t.lower[k] in NOT_MODIFIERS:
                return False
            k -= 1
        return k >= lo and t.lower[k] in INDEFINITE

    @staticmethod
    def _state_before(known: Known, end: int) -> bool:
        """Whether a known state name ends at ``end`` (names are a few words long)."""
        return any(known.get(j, (None, None)) == (end, "STATE") for j in range(max(0, end - 6), end))

    def _extent(self, t: TokenTable, head: int, end: int, places: frozenset[str]) -> int:
        """Where a name headed at ``head`` stops: after the head (and a '-North' suffix), or
        after 'of/for/in <place>' ('Revolutionary Armed Forces of Colombia', 'Democratic
        Forces for the Liberation of Rwanda'), never over 'of <person>' ('Sudan Shield
        Forces of Abu Aqla Kayka')."""
        stop = head + 1
        if stop + 1 < end and t.text[stop] == "-" and not t.ws[head] and not t.ws[stop]:
            # '-North', and the place a hyphened suffix opens ('Combined Joint Task Force-Horn of Africa')
            return max(stop + 2, self._extent(t, stop + 1, end, places))
        if stop + 1 == end and t.cap[stop] and not t.acro[stop] and t.text[stop] not in self.not_codenames \
                and (t.text[head] in self.codename_heads
                     or head > 0 and f"{t.text[head - 1]} {t.text[head]}" in self.codename_heads):
            return end  # 'Strike Force Raptor', 'Task Force Lion': a unit's code name
        if stop < end and t.text[stop] in self.head_tails:
            return stop + 1  # 'Second Army Region', 'Fourth Army Area': a command's area
        if stop < end and t.text[head] in self.security_words and t.text[stop] in self.agency_tails:
            # 'Kenya Police Service', 'Swedish Police Authority': the agency's own noun, which heads
            # the rest ('Police Service of Northern Ireland')
            return self._extent(t, stop, end, places)
        if stop + 1 < end and t.lower[stop] in self.always_joiners:
            return end  # 'National League for Democracy', 'Movement for a Democratic Slovakia'
        if stop < end and t.lower[stop] == "in" and self._placed_in(t, stop + 1, end, places):
            return stop  # 'the Popular Forces in Gaza City': where they are, not their name
        if stop < end and t.lower[stop] in self.place_joiners:
            tail = t.lower[stop + 1 : end]
            tail_heads = [k for k in range(stop + 1, end) if t.text[k] in self.heads]
            if tail_heads:
                return tail_heads[-1] + 1
            if end < len(t.text) and t.text[end] in POSSESSIVES:
                return stop  # 'the Quds Force of Iran's Revolutionary Guard': Iran owns what follows
            if t.lower[stop] == "in" and len(tail) == 2 and tail[0] == "the" and not _names_a_place(tail[1:], places):
                return stop  # 'the District Reserve Guard in the Abujhmarh': an area it works in (not 'in the Sahel')
            if "the" in tail[:1] or _names_a_place(tail, places):
                return end
            if t.text[head] in self.party_heads and t.lower[stop] == "of" and self.is_place(t, stop + 1, end):
                return end  # 'the Republican Party of Alberta': a province's party (its place is its name's)
            if t.text[head] in self.body_heads and 2 <= len(tail) <= 3 and tail[-1].endswith("s") \
                    and not tail[-1].endswith("ss") and any(w not in self.english for w in tail[:-1]):
                return end  # 'High Council of Beja Nazirs': a people's own title-holders (not 'of Ministers')
            if all(w in self.usually_lower and not w.endswith("s") for w in tail):
                # 'Central Bureau of Investigation': a common noun, not a person's name (not
                # 'Council of Ministers', an office's holders)
                return end
        return stop

    def _cut_person_tail(self, t: TokenTable, start: int, end: int, places: frozenset[str]) -> int:
        """'... Front of Amadou Koufa': stop before 'of' unless a place or 'the' follows; and
        before an office and the name after it ('Army Secretary Dan Driscoll')."""
        for k in range(start + 1, end):
            if t.text[k] in self.office_heads and k + 1 < end and t.title[k + 1]:
                return k
            if t.lower[k] == "in" and k > start + 1 and (self._placed_in(t, k + 1, end, places) or any(
                    t.lower[j] in FOREIGN_JOINERS for j in range(start + 1, k))):
                return k  # 'Clan Chuño in Arica'; 'Clan del Golfo in Colombia' (an English 'in' after 'del')
            if t.lower[k] == "of" and k > start + 1:
                tail = t.lower[k + 1 : end]
                if not ("the" in tail[:1] or _names_a_place(tail, places)
                        or any(t.text[j] in self.heads for j in range(k + 1, end))):
                    return k
        return end

    def has_institution(self, t: TokenTable, start: int, end: int) -> bool:
        return any(self.institution_at(t, k) for k in range(start, end))

    def _modified(self, t: TokenTable, k: int) -> bool:
        """Whether a political or people's modifier stands before the word at k, past a plural's
        apostrophe ('Hunters' Association')."""
        owned = k > 1 and t.text[k - 1] in POSSESSIVES
        j = k - 2 if owned else k - 1
        # ("People's Congress": the tokens 'People' and "'s", listed as one modifier)
        return j >= 0 and (t.text[j] in self.union_modifiers
                           or owned and t.text[j] + "'" + t.text[k - 1][1:] in self.union_modifiers
                           # 'Route Operators' Association', 'Victims' Association': a body of the people a plural names
                           or owned and t.title[j] and t.text[k - 1] == "'" and t.lower[j].endswith("s")
                           and not t.acro[j]
                           # 'Peace Officers Association', 'Taxi Drivers Union': a plural of agents
                           or not owned and t.title[j] and t.lower[j].endswith(("ers", "ors"))
                           # in a brief about organised crime, 'Taxi Association' and 'Business
                           # Forum' are the racket's fronts ('business forums' extorting sites)
                           or t.title[j] and t.text[k] in self.front_heads and self.crime_brief(t))

    def _adjectival(self, t: TokenTable, k: int) -> bool:
        """Whether the brief writes the word at k before a noun for a people's members, its
        institutions or a region's affairs ('Chechen men', 'Chechen dissidents', 'the Chechen
        parliament', 'the Catalan budget'): a people's or a region's adjective, not a group's
        name, wherever else it stands ('Chechen units', 'The Catalan front').
        A group's name takes the nouns of its own members ('Akhmat fighters'), not these."""
        word = t.text[k]
        memo = t.memo.setdefault("adjectival", {})
        if word not in memo:
            n = len(t.text)
            memo[word] = any(j + 1 < n and t.lower[j + 1] in self.nation_nouns and (j == 0 or not t.title[j - 1])
                             and not (j > 0 and t.text[j - 1].isdigit())  # ("30 Wagner men": a count)
                             for j in t.where("text", {word}))
        return memo[word]

    def institution_at(self, t: TokenTable, k: int) -> bool:
        """Whether the word at k names an institution: 'Federation' does ('Russian Football
        Federation') unless a political modifier makes it a head ('Armenian Revolutionary
        Federation')."""
        text = t.text
        if k > 1 and text[k - 1] == "-" and not t.ws[k - 2] and not t.ws[k - 1]:
            return False  # a word glued to a prefix is no institution: 'Saraya Awliya al-Dam'
        if text[k] in self.ordinal_heads and any(ORDINAL.match(text[j]) for j in range(max(0, k - 3), k)):
            return False  # 'the 171st Military Region': a unit, where 'Region' alone names a place
        return text[k] in self.institutions and not (
            text[k] in self.modified_heads and k > 0 and self._modified(t, k)) and not (
            k + 1 < len(text) and text[k + 1] in self.possessive_joins)  # 'War Veterans': a modifier of people

    def _modified_intelligence(self, t: TokenTable, start: int, end: int) -> bool:
        """'Inter-Services Intelligence', 'Military Intelligence': a security word heading a
        name is a service when a state body's modifier stands before it (not 'Artificial
        Intelligence' or 'Business Intelligence')."""
        return t.text[end - 1] in self.security_words and end - 2 >= start \
            and (t.text[end - 2] in self.generic or t.text[end - 2] in self.state_unit_heads) \
            and not any(t.lower[k] == "of" for k in range(start, end - 2))  # ('Director of National Intelligence')

    def security_agency(self, t: TokenTable, start: int, end: int, acronym: str = "") -> bool:
        """Whether an institution's name says it polices or spies ('State Investigation and
        Protection Agency', 'Counter Terrorism Centre'): such agencies act as groups do (not
        an intergovernmental body: 'Collective Security Treaty Organization (CSTO)')."""
        return acronym not in self.igo_acronyms and any(
            t.text[k] in self.security_words and (t.text[k] not in self.prefixed_security_words or k >= 2 and (
                t.text[k - 1] == "-" or t.text[k - 1] == "Against")) for k in range(start, end))

    def _apposed_org_noun(self, t: TokenTable, end: int, hi: int, known: Known, *, acronym: bool = False) -> bool:
        """Whether an apposition right after the name ending at ``end`` is headed by an
        organisation noun: 'X, a Banyamulenge militia', 'Gran Grif, the gang of Luckson Elan',
        'the Beja Congress, the region's oldest party'; or a definition by a copula: 'The
        Noordzee Lijn is a broker network of ...'. After an acronym, nouns a person's name
        could also have are heads too: 'USKOK, the anti-corruption prosecutor'."""
        heads = self.apposition_heads | self.acronym_apposition_heads if acronym else self.apposition_heads
        lower = t.lower
        if end < hi and t.text[end] == "(":
            close = t.closing(end, min(hi, end + 12))
            if close is None or close > end + 1 and all(t.acro[k] or t.text[k] == "-" for k in range(end + 1, close)):
                return False  # (an acronym's bracket, 'SPLM-N' too, defines a name the whole run makes:
                # 'Front ... Justice (FPJ)')
            end = close + 1  # 'Lahav Yehuda ("Blade of Judah"), a newer militia': past a gloss in brackets
        if end + 3 < hi and lower[end] in COPULAS and lower[end + 1] in {"a", "an"}:
            end += 1  # (the loop below reads from the determiner on, as after a comma)
        elif not (end + 2 < hi and t.text[end] == "," and lower[end + 1] in DETERMINERS):
            return False
        # words, not tokens: 'the far-right sabotage group led by X' has two modifiers
        words_left = 4 if lower[end + 1] != "the" else 3
        k = end + 2
        while k < hi and words_left:
            if k in known and known[k][1] == "GROUP" and known[k][0] > k:
                k = known[k][0]  # a listed name as one modifier: 'the elite Hells Angels chapter'
                continue
            # the apposition's head noun: 'the group's spokesman' is a person's
            if (lower[k] in self.org_nouns or lower[k] in heads and t.is_lower[k]) and k + 1 < hi and (
                    lower[k + 1] in CLOSERS or "by" in lower[k + 2 : min(hi, k + 5)] and t.is_lower[k + 1]
                    or self._participle_after(t, k + 1, hi)):
                return True  # ('the sabotage group co-founded by X': a participle with its agent closes it)
            if k + 2 < hi and t.text[k + 1] == "-" and not t.ws[k] and not t.ws[k + 1]:
                k += 2  # a hyphenated modifier is one word
                continue
            if t.text[k] in POSSESSIVES and k > end + 2:
                k += 1  # 'CONAMI, the informal miners' confederation'
                continue
            if t.punct[k] or lower[k] in APPOSITION_ENDS:
                return False  # 'Hazem Qassem, a spokesman for the movement': the head came before 'for'
            words_left -= 1
            k += 1
        return False

    def _is_group(self, t: TokenTable, start: int, end: int, head: int) -> bool:
        text = t.text
        if end - start < 2 or head < start:
            return False
        if any(self.institution_at(t, k) and not (
                k < head and text[k] in self.modifier_institutions and (text[k] != "Operation" or k > start)
                or k + 1 < head and text[k + 1] in self.modifier_institutions)
               for k in range(start, head + 1)):
            # (what follows the head is its complement: 'Primeiro Comando da Capital'); a place
            # word before the head only places it ('District Reserve Guard')
            return False
        if text[head] == "Council" and head > start and text[head - 1] in self.not_after_council:
            return False
        opener = start + 1 if start + 2 < head and t.lower[start + 1] == "general" else start
        if opener + 1 < head and t.lower[opener + 1] == "of" and t.lower[start] in OFFICE_OPENERS:
            # 'Chief of Defence Forces', 'Commander of the Land Forces', 'Inspector General of
            # Police': an office
            return False
        words = [text[k] for k in range(start, end) if self._word(t, k)]
        if len(words) < 2:
            return False
        # 'the Armed Forces', 'Security Forces': generic words alone name no one
        # ('the National Party' is one: a party's name may be a generic word and the head)
        return not (len(words) <= 2 and text[head] not in self.party_heads
                    and all(w in self.generic or w in self.heads for w in words))

    def _named_alone(self, t: TokenTable, start: int, end: int) -> bool:
        """Whether words the brief writes before a member noun ('Black Axe cells') also stand
        alone elsewhere as a noun phrase of their own, before punctuation or a function word
        ('Black Axe, which emerged ...', 'fight Black Axe for control'): a name made of English
        words, not a kind ('Central Asian militants' never stands alone so)."""
        n, size = len(t.text), end - start
        alone = False
        for k in t.where("text", {t.text[start]}):
            after = k + size
            if after > n or t.text[k:after] != t.text[start:end]:
                continue
            if k > 0 and t.title[k - 1] and t.alpha[k - 1] and k - 1 != lo_of(t, k - 1) \
                    and t.lower[k - 1] not in CALENDAR:
                return False  # 'Vanguard gunmen' in a brief naming the Red Light Vanguard: its short name
            if k == start or k > 0 and t.lower[k - 1] in COPULA_WORDS:
                continue  # ('most recruits were Central Asian': a predicate's adjective stands alone too)
            if after == n or t.text[after] in {",", ".", ";", ":", ")"} \
                    or t.is_lower[after] and t.lower[after] in STOP_WORDS:
                alone = True
        return alone

    def _called(self, t: TokenTable, start: int, end: int, lo: int, hi: int,
                known: Known, places: frozenset[str]) -> Iterable[tuple[int, int, str]]:
        """A capitalised name the text calls a group (see the module docstring)."""
        after_org_noun = self._follows_org_noun(t, start, end, lo, hi)
        if self._is_known(known, start, end) or start in known \
                or self.has_institution(t, start, end) and not (
                    # 'The Beja Congress, the region's oldest party': a party word at the end, said to be one
                    t.text[end - 1] in self.modified_heads and not self.has_institution(t, start, end - 1)
                    and self._apposed_org_noun(t, end, hi, known)
                    # 'A smaller militia, the Menchum Valley Defenders,': the noun says what it is
                    or not self.has_institution(t, end - 1, end) and after_org_noun) \
                or all(t.text[k] in self.igo_acronyms for k in range(start, end)):
            return  # (not 'NGO movements': an acronym for a kind of body)
        if end - start == 1 and not any(t.alpha[k] for k in range(lo, start)) and t.lower[start] in self.usually_lower:
            return  # 'Special forces of ...', '• Largest party ...': a sentence's ordinary first word
        word = self.words(t)
        # ('the ruling Morena party': a party named like a town is still a party)
        # ('the Yamada group': a town's name with the singular 'group' names one group, as a
        # person's does; not a word that opens longer names in the brief: 'the Jalisco group' is
        # the Jalisco New Generation Cartel, 'the Naga group' one of the Naga Self-Administered Zone's)
        party = end < hi and not t.cap[end] and (
            t.lower[end] == "party" or t.lower[end] == "group" and start > lo and t.lower[start - 1] == "the"
            and not any(j + 1 < len(t.text) and t.title[j + 1] for j in t.where("text", {t.text[end - 1]}))) \
            and not any(k in known for k in range(start, end))
        if not party and not after_org_noun and (
                all(t.lower[k] in places for k in range(start, end) if word[k]) or self.is_place(t, start, end)):
            return  # 'the Congo rebels', 'the Darfur militias': a place
        if all(t.text[k] in self.descriptors for k in range(start, end) if self._word(t, k)):
            return  # 'the Shia alliance', 'Islamist militias': what kind, not which
        lower = t.lower
        noun = end
        if noun + 1 < hi and t.text[noun].isdigit() and t.text[noun].isascii() and len(t.text[noun]) <= 4 \
                and lower[noun + 1] in self.org_nouns and not t.cap[noun + 1] and start > lo \
                and lower[start - 1] == "the" and not any(k in known for k in range(start, end)):
            yield start, noun + 1, "shape.group_org_noun"  # 'the GenZ 212 movement': a number ends the name
            return
        if noun + 3 < hi and t.text[noun + 1] == "-" and t.is_lower[noun] and t.is_lower[noun + 2] \
                and not t.ws[noun] and not t.ws[noun + 1]:
            noun += 3  # 'Koglweogo self-defence groups': a hyphenated modifier before the noun
        elif noun + 1 < hi and t.is_lower[noun] and t.alpha[noun] and lower[noun] not in self.english \
                and lower[noun] not in self.org_nouns and lower[noun + 1] in self.org_nouns:
            noun += 1  # 'the Terene and Seakhi famo gangs': a local word for their kind before the noun
        elif noun + 1 < hi and t.text[noun] == "(" and t.text[noun + 1] in QUOTES:
            close = t.closing(noun, min(hi, noun + 8))
            if close is not None:
                noun = close + 1  # 'the Mer Dzevov ("Our Way") movement': a translation before the noun
        elif noun + 2 < hi and lower[noun] == "human" and lower[noun + 1] == "rights" \
                and lower[noun + 2] in RIGHTS_BODY_NOUNS:
            # 'the Viasna human rights centre': a rights body's name before what it is (before
            # an organisation noun, 'the Viasna human rights group', the noun reads it)
            noun += 2
            if lower[noun] not in self.org_nouns:
                yield start, end, "shape.group_org_noun"
                return
        elif noun + 1 < hi and lower[noun] == "rights" and lower[noun + 1] in RIGHTS_BODY_NOUNS \
                and lower[noun + 1] not in self.org_nouns:
            yield start, end, "shape.group_org_noun"  # 'the Memorial rights centre'
            return
        words = [k for k in range(start, end) if self._word(t, k)]
        if len(words) == 1 and (start == lo or t.text[start - 1] == ":") and (
                lower[start] in self.english or lower[start].endswith(ADJECTIVE_ENDINGS)):
            # 'Sri Lanka: Offshore gang bosses': an English word capitalised by its place (and
            # an adjective the word list lacks: 'Transnational syndicates moving ...')
            return
        if len(words) == 1 and self._adjectival(t, words[0]):
            return  # 'Chechen units' in a brief that also writes 'Chechen men', 'the Chechen parliament'
        member = noun < hi and lower[noun] in self.member_nouns and not any(t.acro[k] for k in words) \
            and (not all(lower[k] in self.english or not t.alpha[k] for k in words)
                 or self._named_alone(t, start, end))
        # not 'Central Asian militants' (English words only; 'the Yan Sa Kai vigilantes' and
        # 'Força Local units' have a word of their own); an acronym ('RSF fighters') is the
        # definitions pass's
        if noun < hi and (lower[noun] in self.org_nouns or member) and not t.cap[noun]:
            if self._indefinite_before(t, start, lo):
                return  # 'a new armed Mapuche group, the FLW': what kind of group, not its name
            if not (noun + 1 < hi and self._word(t, noun + 1)):  # 'the Banyamulenge militia Twirwaneho'
                joins = [k for k in range(start + 1, end - 1) if lower[k] in AND]
                if joins and lower[noun].endswith("s"):
                    # 'the Karialan and Bungos factions': a plural noun after names joined by
                    # 'and' makes each a group
                    for a, b in zip([start] + [k + 1 for k in joins], joins + [end], strict=True):
                        while a < b and not self._word(t, a):
                            a += 1  # 'the Karialan and the Bungos factions'
                        if a < b:
                            yield a, b, "shape.group_org_noun"
                elif lower[noun] == "group" and noun == end:
                    # 'the Hafiz Gul Bahadur group', 'the Banjska group': a person's or a place's
                    # name with 'group' names the group by both words
                    yield start, noun + 1, "shape.group_org_noun"
                else:
                    yield start, end, "shape.group_org_noun"
            return
        # (a company noun only before a word of no English or a company's name: not 'the company
        # President Ali', 'the miner John Smith')
        company = start - 1 >= lo and lower[start - 1] in self.company_nouns and (
            end - start == 1 and lower[start] not in self.english or t.text[end - 1] in self.corporate_heads)
        if start - 1 >= lo and (lower[start - 1] in self.org_nouns or company) \
                and t.is_lower[start - 1] and (
                not lower[start - 1].endswith("s") or lower[start - 1] in SINGULAR_IN_S) \
                and start - 2 >= lo and not t.punct[start - 2] and not self._clause_subject(t, end, hi):
            # ('the Banyamulenge militia Twirwaneho', 'the state oil firm Petronas')
            yield start, end, "shape.group_noun_name"
            return
        if after_org_noun:
            yield start, end, "shape.group_apposed"  # 'the presidential guard, the DGSSIE,'
            return
        if start - 3 >= lo and t.text[start - 1] == "," and lower[start - 2] in self.apposed_nouns \
                and lower[start - 3] in self.wing_modifiers \
                and end < hi and t.text[end] in {",", ";"}:
            yield start, end, "shape.group_apposed"  # 'Its armed wing, Atika, fractured'
            return
        # apposition: 'X, a Banyamulenge militia', 'Gran Grif, the gang of Luckson Elan'
        if self._apposed_org_noun(t, end, hi, known, acronym=end - start == 1 and t.acro[start]) and not (
                start - 2 >= lo and t.text[start - 1] == "," and t.lower[start - 2] in self.person_roles
                or t.text[start] in self.honorifics):
            # (not 'Through its spokesman, Sebby Sambom, the group vowed': a person's apposition)
            yield start, end, "shape.group_apposition"
            return
        # naming: '... faction calling itself X', 'the gang alliance known as Viv Ansanm'
        opening = start - 1 if start > 0 and t.text[start - 1] in QUOTES else start
        if opening < start and not (end < hi and t.text[end] in QUOTES):
            return  # 'its self-styled "Hamrin sector"': the quoted name is more than these words
        if opening >= 2 and lower[opening - 1] == "the" and lower[opening - 2] in self.naming_lasts:
            opening -= 1  # 'a Zimbabwean gang known as the Mashurugwi'
        if opening < 1 or lower[opening - 1] not in self.naming_lasts:
            return
        for cue in self.naming_cues:
            n = len(cue)
            k = opening - n
            # ('which calls itself X', 'the self-styled X': only a body names itself so, no noun
            # needed before it)
            if k - 1 >= lo and tuple(lower[k : k + n]) == cue and (
                    REFLEXIVE_BODIES.intersection(cue) or any(
                    lower[j] in self.org_nouns or lower[j] in self.naming_nouns for j in range(max(lo, k - 3), k))):
                yield start, end, "shape.group_naming"
                return

    def _lexical_names(self, t: TokenTable, known: Known) -> list[tuple[int, int, str]]:
        """The names found by a word list rather than by a run's shape, in token order: a service
        alone, a head with a French adjective after it, a government named by what it claims or
        by its kind and state."""
        return sorted(self._bare_services(t, known) + self._postposed(t, known) + self._governments(t, known)
                      + self._suffixed(t, known) + self._plural_named(t, known))

    def _suffixed(self, t: TokenTable, known: Known) -> list[tuple[int, int, str]]:
        """'the Kobe Yamaguchi-gumi', 'the Sumiyoshi-kai': a Japanese organisation ending glued
        by a hyphen to a capitalised name heads it; the capitalised words before it (at most
        two, in the sentence) are the name's."""
        text, out = t.text, []
        for k in t.where("lower", self.suffix_heads):
            name = k - 2
            if name < 0 or text[k - 1] != "-" or t.ws[name] or t.ws[k - 1] or not (t.cap[name] and t.alpha[name]) \
                    or name in known:
                continue
            start, lo = name, t.sent_starts[t.sent_of[name]]
            while start - 1 > lo and start - 1 not in known and t.cap[start - 1] and t.alpha[start - 1] \
                    and t.lower[start - 1] not in self.usually_lower and name - start < 2:
                start -= 1  # (not the sentence's first word: 'The', 'Police')
            out.append((start, k + 1, "shape.group_suffix_head"))
        return out

    def _plural_named(self, t: TokenTable, known: Known) -> list[tuple[int, int, str]]:
        """'the Daltonlar', 'the Casperlar': in a brief about organised crime, a capitalised
        word with a Turkish plural ending that no English list holds, used twice or after 'the'."""
        if not self.crime_brief(t):
            return []
        candidates = [k for k, word in enumerate(t.text)
                      if len(word) >= 7 and t.title[k] and t.alpha[k] and t.lower[k].endswith(self.plural_suffixes)
                      and t.lower[k] not in self.english and k not in known
                      and not (k + 1 < len(t.text) and t.cap[k + 1] and t.alpha[k + 1])]
        seen: dict[str, int] = {}
        for k in candidates:
            seen[t.lower[k]] = seen.get(t.lower[k], 0) + 1
        out = []
        for k in candidates:
            start, lo = k, t.sent_starts[t.sent_of[k]]
            while start - 1 > lo and k - start < 2 and start - 1 not in known and t.title[start - 1] \
                    and t.alpha[start - 1] and t.lower[start - 1] not in self.english:
                start -= 1  # 'the Genç Daltonlar': a word of the name's own before it
            if seen[t.lower[k]] >= 2 or start >= 1 and t.lower[start - 1] == "the":
                out.append((start, k + 1, "shape.group_plural_suffix"))
        return out

    def _bare_services(self, t: TokenTable, known: Known) -> list[tuple[int, int, str]]:
        """'intercepted by the Army', 'sending the Armed Forces': a state's armed service named
        by its capitalised noun alone after 'the' is an actor (the brief's own state's), not a
        generic word; not 'the Army of X' (a longer name) nor a headline's capitals."""
        text, out = t.text, []
        for k in t.where("text", self.bare_services_first):
            for words in self.bare_services:
                end = k + len(words)
                if tuple(text[k:end]) != words or k < 1 or t.lower[k - 1] != "the" or k in known \
                        or end < len(text) and (t.lower[end] == "of" or t.cap[end] and t.alpha[end]
                                                or text[end].isdigit()) \
                        or k >= 2 and t.cap[k - 2] and t.alpha[k - 2] and t.sent_of[k - 2] == t.sent_of[k] \
                        and k - 2 != t.sent_starts[t.sent_of[k]]:
                    continue
                out.append((k, end, "shape.group_armed_service"))
        return out

    def _postposed(self, t: TokenTable, known: Known) -> list[tuple[int, int, str]]:
        """'the Gendarmerie nationale', 'the Gendarmerie Nationale', 'the Garde républicaine': a
        French adjective after the head is the name's (not before an acronym in parentheses, which
        defines the name)."""
        text = t.text
        return [(k - 1, k + 1, "shape.group_postposed_adjective") for k in t.where("lower", self.postposed_adjectives)
                if k >= 1 and (t.is_lower[k] or t.title[k] and not self._name_goes_on(t, k + 1))
                and text[k - 1] in self.heads and k - 1 not in known
                and not (k + 1 < len(text) and text[k + 1] == "(")]

    def _name_goes_on(self, t: TokenTable, k: int) -> bool:
        """Whether a capitalised name runs on at k ('Conseil National pour la Défense ...'): a
        joiner or a capitalised word, so the title-case adjective before is inside a longer name."""
        return k < len(t.text) and (t.lower[k] in self.joiners or t.lower[k] in self.always_joiners
                                    or t.lower[k] in self.place_joiners or t.cap[k] and t.alpha[k])

    def _governments(self, t: TokenTable, known: Known) -> list[tuple[int, int, str]]:
        """'the Government of National Accord': a government named by what it claims to be, not
        by its state ('the Government of Somalia' is the state's); 'the Federal Government of
        Somalia': a government named with its kind and its state."""
        text, n, out = t.text, len(t.text), []
        for k in t.where("text", {"Government"}):
            if k + 2 >= n or text[k + 1] != "of":
                continue
            if k >= 1 and text[k - 1] in self.government_kinds and known.get(k + 2, (0, ""))[1] == "STATE" \
                    and k - 1 not in known:
                out.append((k - 1, known[k + 2][0], "shape.group_state_government"))
                continue
            end = k + 2
            while end < n and t.cap[end] and t.alpha[end] and end not in known:
                end += 1
            if k + 3 <= end and (k == 0 or t.is_lower[k - 1] or t.punct[k - 1]) \
                    and all(text[j] in self.generic or text[j] in self.government_claims for j in range(k + 2, end)) \
                    and text[end - 1] in self.government_claims:
                out.append((k, end, "shape.group_claimed_government"))
        return out

    def _foreign_word_before_head(self, t: TokenTable, k: int, noun: int, lo: int, known: Known) -> bool:
        """'the Lelo leader, Mamuka Khazaradze' / 'Mamuka Khazaradze, the Lelo leader,': one
        capitalised word no dictionary, place list or other name holds, between 'the' and the
        head of what it names, closed by a comma or a name: the group's name."""
        if not (k - 1 >= lo and noun == k + 1 and t.lower[k - 1] == "the" and t.lower[noun] in LEADER_HEADS):
            return False
        word = t.text[k]
        after = noun + 1
        return t.title[k] and t.alpha[k] and len(word) >= 3 and k not in known and t.lower[k] not in self.english \
            and not self.is_place(t, k, k + 1) and not t.lower[k].endswith(ADJECTIVE_ENDINGS + PEOPLE_ENDINGS) \
            and after < len(t.text) and (t.text[after] in {",", "."} or t.title[after])

    def _lone_acronym(self, t: TokenTable, k: int, lo: int, known: Known, defined: frozenset[str]) -> bool:
        """Whether token ``k`` (in the sentence from ``lo``) is an acronym no list knows and
        nothing defines, standing alone: no intergovernmental body's ('UN'), not in a run of
        capitals (a headline), no compound's part ('SPLA-IO') and no model's designation, letters
        then a hyphen and a number ('F-35B fighters', 'MQ-9 drones')."""
        text = t.text
        return k >= lo and t.acro[k] and k not in known and text[k] not in self.igo_acronyms and len(text[k]) >= 2 \
            and text[k] not in defined and any(ch.isalpha() for ch in text[k]) \
            and not MODEL_DESIGNATION.fullmatch(text[k]) \
            and not (k > lo and (t.acro[k - 1] or text[k - 1] in {"-", "/"} and not t.ws[k - 1]))

    def _acronym_actors(self, t: TokenTable, known: Known) -> list[tuple[int, int, str]]:
        """An acronym no list knows, before a noun that only an actor has ('DUP leader Gavin
        Robinson', 'PSNI officers', 'the PSNI's officers'): a group's name. Not an
        intergovernmental body's ('UN officials'), a capitalised headline's word, a compound's
        part ('SPLA-IO') or one the text defines in parentheses (the definitions pass's).
        Looked for once per brief, from the actor nouns back (not a pass over every token)."""
        text = t.text
        opened = t.where("text", {"("})
        defined = frozenset(text[k + 1] for k in opened if k + 2 < len(text) and text[k + 2] == ")")
        # ('(SPLA-N)': a compound the text defines is the definitions pass's too)
        defined_compounds = frozenset(t.string(k + 1, k + 4) for k in opened
                                      if k + 4 < len(text) and text[k + 4] == ")")
        out: dict[tuple[int, int], str] = {}  # span -> rule
        for noun in t.where("lower", self.acronym_actor_nouns):
            k = noun - 1
            if k >= 1 and text[k] in POSSESSIVES:
                k -= 1
            lo = lo_of(t, noun)
            start = self._acronym_compound(t, k, lo)
            if start is not None:
                if not any(j in known for j in range(start, k + 1)) and text[start] not in self.igo_acronyms \
                        and t.string(start, k + 1) not in defined_compounds:
                    # 'NSCN-K cadres', 'ULFA-I fighters': the faction's acronym
                    out.setdefault((start, k + 1), ACRONYM_ACTOR)
                continue
            if self._foreign_word_before_head(t, k, noun, lo, known):
                out.setdefault((k, k + 1), "shape.group_before_leader")  # 'the Lelo leader': a word no dictionary holds
                continue
            if not self._lone_acronym(t, k, lo, known, defined) or t.acro[k + 1]:
                continue  # (nor the first of an acronym pair)
            out.setdefault((k, k + 1), ACRONYM_ACTOR)
            # 'BOPE and CORE teams': the noun is both acronyms'
            j = k - 2
            if j >= lo and t.lower[k - 1] in AND and t.acro[j] and j not in known and len(text[j]) >= 2 \
                    and text[j] not in self.igo_acronyms and text[j] not in defined \
                    and not (j > lo and (t.acro[j - 1] or text[j - 1] in {"-", "/"})):
                out.setdefault((j, j + 1), ACRONYM_ACTOR)
        # 'the CGT has threatened a general strike', 'CONAIE vowed to': an acronym that commits
        # itself or charges another acts as an actor does
        for cue in t.where("lower", self.acronym_actor_verbs):
            k = actor_before(t, cue)
            if not self._lone_acronym(t, k, lo_of(t, cue), known, defined) or not _lettered(text[k]):
                continue  # ('Vicente Sotto III has promised': a name's number)
            out.setdefault((k, k + 1), ACRONYM_ACTOR)
        # 'CONAIE, led by Marlon Vargas,', 'EZEMA, whose founding leader Berhanu Nega': an
        # acronym someone leads, said in an apposition after it (not one a listed name of the
        # brief spells: 'the pro-talks ULFA, led by ...' is the United Liberation Front of Assam)
        spelled = {"".join(text[j][0] for j in range(s, e) if t.cap[j]) for s, (e, label) in known.items()
                   if label == "GROUP"}
        for cue in t.where("lower", {"led", "headed", "whose"}):
            k = cue - 2
            if k < 0 or text[cue - 1] != "," or not t.acro[k] or not _lettered(text[k]) or k in known \
                    or text[k] in self.igo_acronyms or text[k] in defined \
                    or text[k] in spelled \
                    or k > 0 and (t.acro[k - 1] or text[k - 1] in {"-", "/"}):
                continue
            if t.lower[cue] == "whose":
                tail = [t.lower[j] for j in range(cue + 1, min(len(text), cue + 4))]
                if not any(w in self.people_nouns or w in self.person_roles for w in tail):
                    continue
            elif not (cue + 1 < len(text) and t.lower[cue + 1] == "by"):
                continue
            out.setdefault((k, k + 1), ACRONYM_ACTOR)
        # 'the SVR, Russia's foreign intelligence service', 'The BSW, the party Sahra Wagenknecht
        # founded': an acronym an apposition calls an organisation
        for comma in t.where("text", {","}):
            k = comma - 1
            if k >= 0 and self._lone_acronym(t, k, lo_of(t, comma), known, defined) and _lettered(text[k]) \
                    and self._organisation_apposed(t, comma + 1, known):
                out.setdefault((k, k + 1), ACRONYM_ACTOR)
        # 'the construction union SUNTRACS': an acronym of four letters or more an organisation
        # noun calls by name (three are often a kind's: 'the union AGM', 'the
        # company LNG exports')
        for noun in t.where("lower", self.organisation_nouns):
            k = noun + 1
            if t.is_lower[noun] and k < len(text) and self._lone_acronym(t, k, lo_of(t, noun), known, defined) \
                    and _lettered(text[k], least=4) \
                    and not (k + 1 < len(text) and (t.acro[k + 1] or text[k + 1] == "-")):
                out.setdefault((k, k + 1), ACRONYM_ACTOR)
        # 'Uganda's UPDF': an acronym a state owns is that state's force or agency
        for e, label in known.values():
            k = e + 1
            if label == "STATE" and k < len(text) and t.acro[k] and len(text[k]) >= 3 and text[e] in POSSESSIVES \
                    and k not in known and text[k] not in self.igo_acronyms and text[k] not in defined \
                    and text[k].isalpha() and not (k + 1 < len(text) and (t.acro[k + 1] or text[k + 1] == "-")):
                out.setdefault((k, k + 1), ACRONYM_ACTOR)
        heads = {text[a] for a, b in out if b - a == 3}
        for dash in t.where("text", {"-"}) if heads else ():
            # a sister faction of one found so ('NSCN-IM' beside 'NSCN-K cadres'): one name's factions
            if text[dash - 1] in heads and dash + 1 < len(text) \
                    and self._acronym_compound(t, dash + 1, lo_of(t, dash)) == dash - 1 \
                    and not any(j in known for j in range(dash - 1, dash + 2)) \
                    and t.string(dash - 1, dash + 2) not in defined_compounds:
                out.setdefault((dash - 1, dash + 2), ACRONYM_ACTOR)
        return sorted((a, b, rule) for (a, b), rule in out.items())

    def _organisation_apposed(self, t: TokenTable, j: int, known: Known) -> bool:
        """Whether the apposition opening at ``j`` (after a comma) is headed, within six words,
        by an organisation noun: 'the party ...', 'a splinter of ...', 'Russia's military
        intelligence agency' (not 'the agency's director', a person)."""
        lower, hi = t.lower, t.sent_ends[t.sent_of[j]] if j < len(t.text) else j
        if j < hi and lower[j] in {"the", "a", "an", "its", "their"}:
            j += 1
        elif j in known and known[j][1] == "STATE" and known[j][0] < hi and t.text[known[j][0]] in POSSESSIVES:
            j = known[j][0] + 1
        else:
            return False
        # (the apposition may spell the name out: 'The AIVD, the General Intelligence and Security
        # Service, has warned')
        for k in range(j, min(hi, j + 6)):
            if (t.is_lower[k] or t.title[k]) and (lower[k] in self.org_nouns or lower[k] in self.apposition_heads
                                                  or lower[k] in self.agency_nouns) \
                    and not (k + 1 < hi and t.text[k + 1] in POSSESSIVES):
                return True
            if t.punct[k] and t.text[k] != "-" and t.text[k] not in POSSESSIVES:  # ('the banana workers' union')
                return False
        return False

    def _acronym_compound(self, t: TokenTable, k: int, lo: int) -> int | None:
        """The start of an acronym with a faction's letters glued on by a hyphen ending at token k
        ('NSCN-K', 'NSCN-IM', 'SPLM-N'), or None: one name, written by its factions. A faction's
        letters are one or two; three are an actor's own acronym ('BJP-RSS cadres', 'KDF-SNA
        patrols' pair two actors), and so is an intergovernmental body's ('KDF-AU')."""
        text = t.text
        if k - 2 < lo or text[k - 1] != "-" or t.ws[k - 2] or t.ws[k - 1]:
            return None
        suffix = text[k].rstrip(".")
        if not (1 <= len(suffix) <= 2 and suffix.isalpha() and suffix.isupper()) or suffix in self.igo_acronyms:
            return None
        head = text[k - 2]
        if not (t.acro[k - 2] and len(head) >= 3 and head.isalpha()) or k - 3 >= lo and t.acro[k - 3]:
            return None
        return k - 2

    def _listed(self, t: TokenTable, nouns: list[int], lo: int, hi: int, known: Known) -> Iterable[tuple[int, int]]:
        """'gangs such as Gran Grif, Kraze Baryè and 5 Segonn': each item names a group.
        ``nouns``: where the brief has a plural organisation noun ('gangs')."""
        lower = t.lower
        for k in nouns[bisect_left(nouns, lo) : bisect_left(nouns, hi)]:
            j = k + 1 + (1 if k + 1 < hi and t.text[k + 1] == "," else 0)
            cue = next((c for c in self.list_cues if tuple(lower[j : j + len(c)]) == c), None)
            if cue is not None:
                yield from self._items(t, j + len(cue), hi, known)
                continue
            yield from self._apposed_items(t, k + 1, hi, known)

    def _apposed_items(self, t: TokenTable, j: int, hi: int, known: Known) -> Iterable[tuple[int, int]]:
        """'the two factions of Barrio 18, the Sureños and the Revolucionarios': a list in
        apposition to a plural organisation noun (and its 'of <name>'); two items at least, so
        that 'the militias, the Army said' names nothing."""
        if j < hi and t.lower[j] == "of":
            run = next(iter(self.runs(t, j + 1, hi)), None)
            if run is None or run[0] > j + 2:
                return
            j = max(run[1], known.get(run[0], (0, ""))[0])  # a known name's end ('Barrio 18')
        if not (j + 1 < hi and t.text[j] == "," and t.lower[j + 1] in DETERMINERS):
            return
        items = list(self._items(t, j + 1, hi, known))
        if len(items) >= 2:
            yield from items

    def _items(self, t: TokenTable, j: int, hi: int, known: Known) -> Iterable[tuple[int, int]]:
        """The capitalised items of a list starting at token j."""
        lower = t.lower
        while j < hi:
            while j < hi and lower[j] in DETERMINERS:
                j += 1
            run = next(iter(self.runs(t, j, hi)), None)
            if run is None or run[0] != j:
                return
            if run[1] < hi and t.text[run[1]] in POSSESSIVES:
                j = run[1] + 1  # 'among them Minni Minnawi's Sudan Liberation Army': the owned name is the item
                continue
            for s, e in self._segments(t, self._trim(t, run[0], run[1], -1), run[1], known):
                if not self._is_known(known, s, e) and s not in known:
                    yield s, e
            j = run[1]
            if j < hi and (t.text[j] == "," or lower[j] in AND):
                j += 1
                if j < hi and lower[j] in AND:
                    j += 1
            else:
                return

    def _coordinated(self, t: TokenTable, runs: list[tuple[int, int]], groups: set[int],
                     known: Known) -> Iterable[tuple[int, int]]:
        """'alongside 400 Mawozo, Kraze Baryè, 5 Segonn and the Grand Ravine gang': names in
        one list with a group are groups (two items at least must be groups already).
        ``groups``: the tokens where a known or found group starts."""
        i = 0
        while i < len(runs):
            chain = [runs[i]]
            # a list of places has one conjunction: 'in Kirkuk, Makhmour and Khanaqin, and
            # Peshmerga commanders pledged' lists places, then opens a clause of its own
            before = runs[i][0] - 1
            while before > 0 and t.lower[before] == "the":
                before -= 1
            places = before >= 0 and t.lower[before] in self.place_prepositions
            joined = self._conjoined(t, *runs[i])
            while i + 1 < len(runs) and listed_together(t, chain[-1][1], runs[i + 1][0]):
                link = self._conjoined(t, chain[-1][1], runs[i + 1][0])
                if link and joined and places:
                    break
                joined = joined or link or self._conjoined(t, *runs[i + 1])
                i += 1
                chain.append(runs[i])
            i += 1
            if not joined:  # 'ARSA, the RSO, the Arakan Rohingya Army (ARA) and smaller factions'
                end = chain[-1][1]
                after = next((k for k in range(end, min(len(t.text), end + 5))
                              if not (t.text[k] in {"(", ")"} or t.acro[k])), None)
                joined = after is not None and t.lower[after] in {"and", "or"}
            if len(chain) < 3 or not joined and any(e - s > 1 for s, e in chain):
                continue  # ('In Northern Ireland, First Minister Michelle O'Neill, Sinn Fein's vice-president':
                # appositions; a list with no 'and' is one of short names only, '(UDI, RN, Evopoli)')
            members = [r for r in chain if r[0] in groups]
            if not members:
                continue
            for s, e in chain:
                if e < len(t.lower) and t.is_lower[e] and t.alpha[e] and t.lower[e] not in self.org_nouns \
                        and t.lower[e] not in self.member_nouns and t.lower[e] not in self.joiners:
                    continue  # 'the Saharan branch of ...': the word qualifies a noun
                if s == lo_of(t, s) and e - s == 1 and t.lower[s] in self.usually_lower:
                    continue  # 'Oddly, the YBS and the PMF ...': a sentence adverb, not a list item
                if s not in groups and s not in known and not self.has_institution(t, s, e):
                    yield s, e

    @staticmethod
    def _conjoined(t: TokenTable, start: int, end: int) -> bool:
        return any(w in {"and", "or"} for w in t.lower[start:end])

    def _numbered_start(self, t: TokenTable, k: int, found: dict[tuple[int, int], str],
                        known_cover: set[int]) -> int | None:
        """Start of a unit's name that the number at k ends: 'Unit 8200', 'Detachment 88', 'Task
        Force 777' (a two-word head whose first word is an ordinary one). Not a count after a
        name ('struck Quds Force 12 times', 'Arakan Army 30, KIA 45'), a year, a named group
        stretched over a number, nor a word a list already knows."""
        text, n = t.text, len(t.text)
        if k - 1 in known_cover or not t.ws[k - 1] or 1900 <= int(text[k]) <= 2100:
            return None
        if k + 1 < n and (t.lower[k + 1] in self.count_words
                          or text[k + 1] == "," and k + 3 < n and text[k + 3][:1].isdigit()):
            return None
        if k >= 3 and text[k - 2] == "," and text[k - 3][:1].isdigit():
            return None  # the second of a list of counts: 'KIA 45, Army 30'
        ending = next((a for (a, b) in found if b == k), None)
        if ending is None:
            return k - 1
        # ('Combined Task Force 153': ordinary words before the head, not a name's)
        return ending if k - ending >= 2 and all(t.lower[j] in self.english for j in range(ending, k - 1)) else None

    def _participle_after(self, t: TokenTable, k: int, hi: int) -> bool:
        """'the Dogon militia (officially) dissolved in 2019', 'the gang formed in 2021', 'a drug
        gang operating around Connswater': a participle, after an adverb or not, closes the
        apposition's noun phrase (an -ing one before a preposition)."""
        if k < hi and t.lower[k].endswith("ly") and t.is_lower[k]:
            k += 1
        if k + 1 < hi and t.is_lower[k] and t.lower[k] in self.apposition_closers:
            return t.lower[k + 1] in CLOSER_PREPOSITIONS  # 'a faction tied to ISSP'
        return k < hi and t.is_lower[k] and len(t.lower[k]) > 4 and (
            t.lower[k].endswith("ed") and t.lower[k] not in self.speech_participles  # (not 'near Boulkessi,
            # the movement reported')
            or t.lower[k].endswith("ing") and k + 1 < hi and t.lower[k + 1] in PARTICIPLE_ENDS)

    def owned_name(self, t: TokenTable, k: int, free: Callable[[int], bool],
                   foreign: Callable[[int], bool] = lambda k: False) -> int | None:
        """The end of a group's name that opens at ``k`` after a person's possessive ('Dragan
        Čović's HDZ BiH', 'Zoe Konstantopoulou's Course of Freedom'): capitals joined by 'of',
        'for' and the like, words ``free`` says no other name holds, then punctuation or a
        closed-class word (so not 'Petro's Total Peace policy'); one word only if an acronym,
        or a word ``foreign`` says no dictionary holds that a relative clause or an apposition
        describes ('Halbousi's Taqaddum, which allied with the KDP').
        None when the words are a place, an institution or hold a person's title."""
        text, n = t.text, len(t.text)
        end = k
        while end < n and free(end) and ((t.cap[end] or t.acro[end]) and t.alpha[end]
                                          or end > k and (t.lower[end] in self.always_joiners or t.lower[end] == "of")
                                          and end + 1 < n and t.cap[end + 1]):
            end += 1
        if end == k or end - k == 1 and not t.acro[k] and not (
                t.title[k] and t.lower[k] not in self.english and foreign(k) and end + 2 < n
                and text[end] == "," and t.lower[end + 1] in {"which", "whose", "a", "an", "the"}):
            return None
        follower = text[end] if end < n else "."
        if not (follower in POSSESSIVES or not follower[0].isalnum() and follower != "-"
                or t.lower[end] in self.owned_followers
                # a verb in the past: 'Andrej Babis's ANO joined', not 'Petro's Total Peace policy'
                or t.is_lower[end] and len(follower) > 4 and follower.endswith("ed")):
            return None
        if self.is_place(t, k, end) or self.has_institution(t, k, end):
            return None
        return end

    def _placed_in(self, t: TokenTable, start: int, end: int, places: frozenset[str]) -> bool:
        """Whether the words after a name's 'in' ([start, end)) say where the group is, not
        what it is called: a settlement ('in Gaza City') or a city or region the place lists
        hold ('in Arica', 'in Marbella'); a country ('Islamic State in Somalia'), 'the ...'
        ('al-Qaeda in the Arabian Peninsula') or a region no list holds ('Coordination of
        Movements in Azawad') is the name's."""
        tail = t.lower[start:end]
        if not tail or tail[0] == "the":
            return False
        if tail[-1] in SETTLEMENT_WORDS:
            return True
        if all(w in places for w in tail if w not in {"and", "-"}):
            return False  # a country's words
        return self.is_place(t, start, end)

    def is_place(self, t: TokenTable, start: int, end: int) -> bool:
        words = [self.fold(t.text[k]) for k in range(start, end) if t.text[k] != "-"]
        return " ".join(w for w in words if w) in self.place_keys

    def fold(self, word: str) -> str:
        """``fold_word`` once per distinct word (its NFKD pass dominated ``is_place``); the
        person-name rules use it too."""
        return self.folded[word]

    @staticmethod
    def _is_known(known: Known, start: int, end: int) -> bool:
        hit = known.get(start)
        return hit is not None and hit[0] >= end


def _names_a_place(words: list[str], places: frozenset[str]) -> bool:
    """Whether a name's 'of ...' tail names a place: one of its words is a place, not counting
    particles such as 'al' (a town somewhere, and half of 'Mohammed al-Jassem')."""
    return any(w in places and len(w) > 3 for w in words)


# Spanish (and Portuguese 'os') articles opening a group's name ('Los Ardillos', 'Os Crias')
SPANISH_ARTICLES = frozenset({"la", "los", "las", "os"})
# the people a number before a name counts ('14 Liyu Police officers', '30 Wagner men')
COUNTED_PEOPLE = frozenset({"officers", "soldiers", "troops", "fighters", "members", "men", "policemen", "guards",
                            "militants", "gunmen", "recruits", "commanders", "personnel", "agents", "cadres"})
# a lettered point's marker at a line start ('A.', 'b)')
LETTER_MARKER = re.compile(r"[A-Za-z][.)]")
ADJECTIVE_ENDINGS = ("tional", "ional", "ical", "istic", "ative", "ive", "ous")
MODEL_DESIGNATION = re.compile(r"[A-Z]{1,3}-\d+[A-Z]?")  # 'F-35B', 'MQ-9', 'S-400'
BULLET_MARKS = frozenset({"-", "*", "•", "–", "—", "·", "▪"})
# prepositions that close an apposition's head noun (its organisation noun comes before them)
APPOSITION_ENDS = frozenset({"for", "to", "in", "on", "at", "from", "with", "against", "within", "inside"})
# prepositions after an -ing participle that close an apposition ('a drug gang operating around X')
PARTICIPLE_ENDS = APPOSITION_ENDS | {"around", "across"}
# endings of adjectives for a people or a creed ('the Sadrist leader', 'the Ossetian leader')
PEOPLE_ENDINGS = ("ist", "ite", "ian", "ese", "ish", "i")
ACRONYM_ACTOR = "shape.group_acronym_actor"


# words between an acting name and its verb ('Chiquita has since pledged', 'the CGT has threatened')
ACTING_FILLERS = frozenset({"has", "have", "had", "since", "also", "now", "already", "repeatedly", "publicly",
                            "previously", "twice", "again"})


def actor_before(t: TokenTable, cue: int) -> int:
    """The token before a verb of commitment or charge, past the auxiliaries and adverbs between
    them: where the name that acts ends (-1 when there is none)."""
    k = cue - 1
    while k >= 0 and t.lower[k] in ACTING_FILLERS:
        k -= 1
    return k


# words that open a relative clause or an apposition between an acting name and its verb ('BSP,
# which is owned ..., has promised', 'Glencore, the Baar-based commodity trader ..., committed')
# participles of leading after a name and a comma ('Eesti 200, led by Kristina Kallas')
PASSIVE_LED = frozenset({"led", "headed", "chaired"})
# (and a participle's: 'The Independent National Electoral Commission (INEC), led since October
# 2025 by Joash Amupitan, has committed')
ASIDE_OPENERS = frozenset({"which", "who", "whose", "the", "a", "an", "founded", "run", "based", "backed", "owned",
                           "created", "formed"}) | PASSIVE_LED
# verbs after 'it would' whose 'it' is no one ('Bukele said it would be a mistake', 'it would take years')
EXPLETIVE_VERBS = frozenset({"be", "cost", "require", "mean", "depend", "seem", "need"})
# prepositions of a short phrase between 'said' and what it said ('said in October it would')
SAID_PHRASE_PREPOSITIONS = frozenset({"in", "on", "last", "this", "after", "before", "during", "at"})


def actor_before_clause(t: TokenTable, cue: int) -> int:
    """As ``actor_before``, past a relative clause or an apposition in commas between the name
    and its verb: 'Brunei Shell Petroleum (BSP), which is owned equally by the government and
    Shell, has promised', 'Glencore, the Baar-based commodity trader led by Gary Nagle,
    committed' (their own commas would end the walk back)."""
    k = actor_before(t, cue)
    if k < 1 or t.text[k] != ",":
        return k
    lo = t.sent_starts[t.sent_of[k]]
    for j in range(k - 1, max(lo, k - 30) - 1, -1):
        if t.text[j] == ",":
            return j - 1 if lo < j and j + 1 < k and t.lower[j + 1] in ASIDE_OPENERS else k
    return k


def acting_cues(t: TokenTable, verbs: frozenset[str]) -> list[tuple[int, int]]:
    """(cue, where the name that acts ends: ``actor_before_clause``) for each of ``verbs`` and each
    'said it would' in the brief, worked out once per brief and verb set: the acronym
    definitions and three entity passes ask the same question of the same cues."""
    memo = t.memo.setdefault("acting_cues", {})
    found = memo.get(verbs)
    if found is None:
        found = memo[verbs] = [(cue, actor_before_clause(t, cue)) for cue in [*t.where("lower", verbs),
                                                                                  *said_it_would(t)]]
    return found


def said_it_would(t: TokenTable) -> list[int]:
    """'The DGDC said it would begin ...', 'RONPhos said in September that it would cut ...':
    where a body says what it will do of itself (the 'said' before 'it would/will'), past a short
    phrase of time and a 'that'; not where the 'it' is no one's ('said it would be a mistake')."""
    found = t.memo.get("said_it_would")
    if found is None:
        found = t.memo["said_it_would"] = _said_it_would(t)
    return found


def _said_it_would(t: TokenTable) -> list[int]:
    lower, n = t.lower, len(t.text)
    out = []
    for cue in t.where("lower", {"said", "says"}):
        k = cue + 1
        if k < n and lower[k] in SAID_PHRASE_PREPOSITIONS:
            k += 1
            while k < n and k <= cue + 4 and lower[k] not in {"that", "it"} and (t.alpha[k] or t.text[k].isdigit()):
                k += 1  # ('in September', 'on 3 May', 'last week')
        if k < n and lower[k] == "that":
            k += 1
        if k + 1 < n and lower[k] == "it" and lower[k + 1] in {"would", "will"}:
            v = k + 2 + (k + 2 < n and lower[k + 2] in {"not", "never"})
            if not (v < n and lower[v] in EXPLETIVE_VERBS):
                out.append(cue)
    return out


def _lettered(word: str, least: int = 3) -> bool:
    """An acronym of letters only, ``least`` of them or more, that is no regnal number ('III'):
    what the unknown-acronym rules read as a group's name."""
    return len(word) >= least and word.isalpha() and not ROMAN_NUMERAL.fullmatch(word)
# the heads a group's own name stands before ('the Lelo leader')
LEADER_HEADS = frozenset({"leader", "chairman", "chairwoman", "chair", "founder", "co-chair"})
CLOSER_PREPOSITIONS = frozenset({"to", "by", "in", "for", "of", "from", "on", "with", "as", "around", "across"})
NICKNAME_CUES = frozenset({"alias", "aka", "nicknamed", "dubbed"})
# a settlement or district after 'in' places a group (see Groups._placed_in)
SETTLEMENT_WORDS = frozenset({"city", "town", "district", "province", "county", "camp", "valley", "village", "region"})


# what a rights body is called after its name and 'human rights' ('the Viasna human rights centre')
RIGHTS_BODY_NOUNS = frozenset({"centre", "center", "group", "organisation", "organization", "watchdog", "monitor",
                               "network", "body", "defender", "defenders", "ngo", "commission"})
# a contact clause or relative after an organisation noun: 'the party he leads, United Seychelles,'
# (not after a preposition that places what follows: 'Inside the militia, Commander Hassan, ...')
PLACING_PREPOSITIONS = frozenset({"in", "inside", "within", "among", "across", "throughout", "for", "to", "at",
                                  "on", "from", "under", "beyond", "outside"})
CLAUSE_OPENERS = frozenset({"he", "she", "they", "we", "that", "which", "who"})
# prepositions after a past verb that leave its object out: the verb's clause is a relative one
# whose subject is the name before it ('the party Kostadinov founded in 2014')
CLAUSE_PREPOSITIONS = frozenset({"in", "until", "since", "after", "before", "during", "from", "with", "for", "at"})


# nouns after a name that make it a place's ('La Trinitaria town', 'the La Mesilla crossing')
PLACE_NOUNS = SETTLEMENT_WORDS | {"crossing", "border", "road", "municipality", "area", "hills", "river", "port",
                                  "island", "circle"}


def listed_together(t: TokenTable, end: int, start: int) -> bool:
    """Whether the names ending at ``end`` and starting at ``start`` are items of one list:
    only a comma, 'and', 'or' and 'the' between them ('400 Mawozo, Kraze Baryè and the ...')."""
    between = t.lower[end:start]
    return 0 < len(between) <= 3 and all(w in {",", "and", "or", "the"} for w in between) and (
        "," in between or "and" in between or "or" in between)
