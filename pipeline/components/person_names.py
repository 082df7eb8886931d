"""People no list names, found by the shape of their names and what the sentence says of them.

A run of capitalised words (with name particles, hyphens and initials: 'Abdelaziz al-Hilu',
'Gabriel Jean-Pierre', 'Abu Aqla Kayka') is a person when
- its first word is a given name of the names lexicon (generated/lexicon/names.json, built
  from the UN, OFAC and PETRARCH2 people and faker's name lists), or it opens with 'Abu' or
  'Umm' and a name (``shape.person_given_name``);
- a title opens it ('Senior General Min Aung Hlaing', 'General Burhan'; the title is not part
  of the name) (``shape.person_title``);
- the sentence says who it is: a speech verb after it ('Hemedti said'), a relative 'who'
  ('Mahrang Baloch, who leads ...'), a role in apposition ('Jeeyand Baloch, the group's
  spokesman'), 'led by', 'under' (``shape.person_context``);
- or it names an administration ('the Trump Administration') (``shape.person_administration``).

Guards, because capitals in English mark much more than names: the words of a headline, a
sentence's ordinary first word ('Later', 'Fighters'), a name whose first word is usually
written in lower case ('Will', 'Grant': lexicon class common_word) unless a title or the
sentence vouches for it, words of group or institution names ('Army', 'Ministry'), places
and states, months and weekdays.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pipeline.components.groups import CALENDAR, POSSESSIVES, PREFIXES, GroupShapes, listed_together
from pipeline.components.names import INITIALS_RE, ROMAN_NUMERAL, glued_part
from pipeline.components.tokens import QUOTES, TokenTable, next_true, word_shape
from pipeline.fold import WordMemo
from pipeline.patterns import NamesLexicon

KUNYA = frozenset({"abu", "umm", "abou", "ibn", "bin"})
LISTED_FAMILY = frozenset({"ofac", "petrarch", "un"})  # sources of real people's family names
APPOSITION_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
# verbs that come before their speaker ('..., said X'); 'told X' and 'urged X' take an object
INVERTED_SPEECH = frozenset({"said", "says", "added", "adds", "wrote", "writes", "explained", "noted", "asked",
                             "continued", "concluded", "insisted", "declared", "stated"})
LOCATIVES = frozenset({"in", "into", "near", "outside", "across"})
# relatives that follow a person ('X, whom Trump appointed envoy'), and teams and bodies in British usage
RELATIVE_PERSONAL = frozenset({"who", "whom", "whose"})
GOVERNMENTS = frozenset({"government", "administration", "cabinet"})
# the last words of a place that a larger place follows after a comma ('Cutler County, Idaho')
ADDRESS_WORDS = frozenset({"County", "Province", "District", "Region", "State", "City", "Oblast", "Governorate",
                           "Prefecture", "Department", "Municipality", "Parish", "Township"})
# what stands between the items of a list of names ('X in Nduga, Y of the OPM and Z')
LIST_GLUE = frozenset({",", "and", "as", "including", "in", "of", "from", "the", "-"})
# role words that describe, not introduce, a person ('former Leeds United defender'), or vouch for
# a name only in apposition ('X, a senior party figure'): not before a name after a comma, nor in
# a list after their plural ('figures such as the Batumi journalist')
BYLINE_SEPARATORS = frozenset({",", "and", "&", ";", "-"})  # between the names a byline lists
NOT_ROLES = frozenset({"former", "rival", "veteran", "militant", "operative", "figure", "cadre"})


def _list_label(source: str, at: int) -> bool:
    """Whether the text before offset ``at`` on its line makes the word there a list's label: the
    line's start, a bullet, or a label ending in a colon ('REF: A. Harmattan', '- C. Transnational',
    'Outcomes:\nA. Fezzan')."""
    before = source[source.rfind("\n", 0, at) + 1 : at].strip()
    return before in {"", "-", "*", "\u2022"} or before.endswith(":")


def _name_word(text: str) -> bool:
    """Whether a word can be a word of a person's name: capitalised, or an initial ('J.'),
    but no month or prefix."""
    lower = text.lower()
    return (word_shape(text)[0] or len(text) == 2 and text[1] == "." and text[0].isupper()) \
        and lower not in CALENDAR and lower not in PREFIXES


class PersonNames:
    def __init__(self, *, names: NamesLexicon, casing: dict[str, int], lexicon: dict[str, Any],
                 particles: set[str], roles: set[str], groups: GroupShapes, variants: dict[str, str],
                 places: frozenset[str], capitals: frozenset[str] = frozenset()):
        self.classes: dict[str, str] = names.names
        self.given: dict[str, str] = names.given
        self.family: dict[str, str] = names.family
        self.usually_lower = frozenset(w for w, lower in casing.items() if lower)
        self.sentence_openers = self.usually_lower | frozenset(lexicon["sentence_adverbs"])
        self.titles = frozenset(lexicon["name_titles"])
        self.given_name_titles = frozenset(lexicon["given_name_titles"])
        # offices that end no name ('Garda Commissioner'); honorifics such as Prince or Sheikh
        # are also surnames ('Erik Prince', 'Hussein al-Sheikh')
        self.offices = frozenset(lexicon["office_titles"]) - {"Mr.", "Mrs.", "Ms.", "Dr.", "Chief", "Deputy"}
        self.title_tails = frozenset(lexicon["title_tails"])
        self.speech = frozenset(lexicon["speech_verbs"])
        self.trade_nouns = frozenset(lexicon["named_nouns"])
        self.object_verbs = frozenset(lexicon["person_object_verbs"])
        self.administration = frozenset(lexicon["administration_words"])
        self.name_markers = frozenset(lexicon["name_markers"])
        self.byline_cues = frozenset(tuple(cue.split()) for cue in lexicon["byline_cues"])
        # the jobs an author line gives after the name ('Senior Fellow'), besides the roles
        self.author_roles = frozenset(lexicon["author_roles"]) | frozenset(roles)
        # family names written first in English too (Chinese, Korean, Vietnamese), which the
        # lists often store as given names ('XI Jinping'): 'Xi' alone is Xi Jinping
        self.family_first_surnames = frozenset(lexicon["family_first_surnames"])
        self.particles = particles
        self.patronymic_words = frozenset(lexicon["patronymic_words"])
        self.roles = roles
        self.groups = groups
        self.variants = variants
        self.places = places  # folded keys of capitals, cities and regions ('abu dhabi')
        self.capitals = capitals  # ('ottawa'), which act for their states
        self.name_word = WordMemo(_name_word)

    def key(self, word: str) -> str:
        """A word's folded lookup key (the group rules keep the memo)."""
        return self.groups.fold(word)

    # ------------------------------------------------------------------ runs
    def _word(self, t: TokenTable, k: int) -> bool:
        return self.words(t)[k]

    def words(self, t: TokenTable) -> list[bool]:
        """For each token, whether it can be a word of a person's name (once per brief)."""
        flags = t.memo.get("person_words")
        if flags is None:
            flags = t.memo["person_words"] = self._name_words(t)
        return flags

    def _name_words(self, t: TokenTable) -> list[bool]:
        """``words``: a flag per token, kept per distinct word (``_name_word``)."""
        return [*map(self.name_word.__getitem__, t.text)]

    def runs(self, t: TokenTable, lo: int, hi: int, taken: set[int]) -> Iterable[tuple[int, int]]:
        """Runs of capitalised words with the particles and hyphens between them, not crossing
        a mention already found."""
        word = self.words(t)
        i = next_true(word, lo, hi)
        n = len(t.text)
        while i < hi:
            if i in taken or self.groups._glued_to_modifier(t, i):
                i = next_true(word, i + 1, hi)
                continue
            last = i
            k = i + 1
            while k < hi and k not in taken:
                if word[k]:
                    last = k
                    k += 1
                elif t.text[k] == "-" and k + 1 < hi and t.is_lower[k + 1] and t.alpha[k + 1] and not t.ws[k - 1] \
                        and not t.ws[k] and k + 1 not in taken:
                    last = k + 1  # 'Kim Yoon-man', 'Sheikh Hasina Wajed-ul': a hyphenated lower-case part
                    k += 2
                elif t.lower[k] in self.patronymic_words and t.is_lower[k] and last - i >= 1:
                    last = k  # 'Makhabat Tazhibek kyzy': a Turkic patronymic ends the name
                    break
                elif ROMAN_NUMERAL.fullmatch(t.text[k]) and k + 1 < hi and word[k + 1] and k + 1 not in taken:
                    k += 1  # 'Heinrich XIII Reuss': a regnal number inside the name
                elif (t.lower[k] in self.particles or t.text[k] == "-") and k + 1 < n and (
                        t.text[k] == "-" and not t.ws[k - 1] and not t.ws[k] or t.lower[k] in self.particles):
                    k += 1
                else:
                    break
            yield i, last + 1
            i = next_true(word, last + 1, hi)

    # ------------------------------------------------------------------ find
    def find(self, t: TokenTable, taken: set[int]) -> list[tuple[int, int, str]]:
        found: list[tuple[int, int, str]] = []
        for sentence, (lo, hi) in enumerate(zip(t.sent_starts, t.sent_ends, strict=True)):
            # a headline's (or a results table's) capitals: only a given name is evidence there
            headline = self.groups.headline(t, sentence)
            runs = list(self.runs(t, lo, hi, taken))
            people: dict[tuple[int, int], tuple[int, int, str]] = {}
            # the entity component asks twice per brief (before and after the surnames), and
            # the second time meets mostly the same runs: each run is read once per brief
            known = t.memo.setdefault("person_runs", {})
            for start, end in runs:
                hit = known[(start, end)] if (start, end) in known else known.setdefault(
                    (start, end), self._person(t, start, end, lo, hi, headline))
                if hit is not None and not (hit[0] < start and hit[0] in taken):  # initials a name took
                    people[(start, end)] = hit
            found += people.values()
            found += self._coordinated(t, runs, people)
        return found

    def _coordinated(self, t: TokenTable, runs: list[tuple[int, int]],
                     people: dict[tuple[int, int], tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """'Saimir Malko, Arjan Xhumba, Ilir Shulku and Nevil Dede': names listed with two people or
        more are people (two or three words each, or one known name)."""
        out = []
        i = 0
        while i < len(runs):
            chain = [runs[i]]
            while i + 1 < len(runs) and listed_together(t, chain[-1][1], runs[i + 1][0]):
                i += 1
                chain.append(runs[i])
            i += 1
            if sum(r in people for r in chain) < 2:
                continue
            for start, end in chain:
                if (start, end) in people:
                    continue
                words = [k for k in range(start, end) if t.cap[k]]
                keys = [self.key(t.text[k]) for k in words]
                if any(t.text[k] in self.groups.heads or t.text[k] in self.groups.institutions for k in words) \
                        or " ".join(keys) in self.places or any(t.lower[k] in self.usually_lower for k in words):
                    continue
                if 2 <= len(words) <= 3 or len(words) == 1 and (keys[0] in self.given or keys[0] in self.family):
                    out.append((start, end, "shape.person_coordinated"))
        return out

    def _person(self, t: TokenTable, start: int, end: int, lo: int, hi: int,
                headline: bool) -> tuple[int, int, str] | None:
        text, lower = t.text, t.lower
        titled = False
        # 'Senior General Min Aung Hlaing', 'Secretary of State Marco Rubio', 'Foreign Affairs Minister X'
        while start < end and (text[start] in self.titles or titled and text[start] in self.title_tails) \
                and not (text[start] in self.given_name_titles and end - start <= 2) \
                and not (start + 1 < end and INITIALS_RE.match(text[start + 1]) and start - 1 >= lo
                         and text[start - 1] in self.titles and self.key(text[start]) in self.given):
            # ('Major General Prince C. Johnson III': after a title, a title that is also a given
            # name is the name's when a middle initial follows it)
            titled = titled or text[start] in self.titles
            start += 1
        # 'Roman Catholic Bishop Carlos Belo': a title inside the run ends what comes before it
        inner = [k for k in range(start + 1, end - 1) if text[k] in self.titles and t.cap[k]]
        if inner and not titled and (self.key(text[start]) not in self.given
                                     or self.key(text[inner[-1] + 1]) in self.given):
            start = inner[-1] + 1
            titled = True
        if not titled and start > lo and text[start - 1] in self.titles and t.cap[start - 1]:
            titled = True  # 'Secretary of State' ends a run before the name
        if not titled and start >= lo + 2 and text[start] in self.title_tails and lower[start - 1] == "of" \
                and text[start - 2] in self.titles:
            while start < end and text[start] in self.title_tails:
                start += 1  # 'Secretary of | State Marco Rubio'
            titled = True
        elif not titled and start >= lo + 2 and lower[start - 1] == "of" and text[start - 2] in self.titles:
            # 'Minister of | National Security Wayne Munroe': a portfolio no list of title words
            # holds ends where a given name opens the name
            given_at = next((k for k in range(start + 1, end - 1) if self.key(text[k]) in self.given), None)
            if given_at is not None:
                start, titled = given_at, True
        # a sentence's ordinary first word is not a name's ('Later', 'Fighters')
        # ('Mark Savaya, whom Trump appointed envoy': a given name that is also a common word,
        # opening a sentence before a name the sentence says is a person's, stays)
        while start < end and start == lo and lower[start] in self.sentence_openers and not (
                not titled and end - start >= 2 and self.key(text[start]) in self.given
                and self.classes.get(self.key(text[start])) == "common_word"  # (not 'Ka', 'Lo')
                and not all(lower[k] in self.usually_lower for k in range(start + 1, end))
                and self._vouched(t, start, end, lo, hi) is not None):
            start += 1
        if start >= end or not self._word(t, start):
            return None
        while end > start and not self._word(t, end - 1) and not (
                glued_part(t, start, end - 1) and self._word(t, end - 3)) \
                and not (t.lower[end - 1] in self.patronymic_words and end - start >= 3):  # 'Ahn Gyu-back'
            end -= 1
        administration = False
        if end - start >= 2 and text[end - 1] in self.administration:
            end -= 1  # 'the Biden Administration'
            administration = True
        words = [k for k in range(start, end) if t.cap[k]]
        if not words or all(text[k] in self.titles for k in words) or text[words[-1]] in self.offices:
            # 'Maharashtra Chief Minister' before a name another rule took: no name left; a
            # name never ends with a title ('Garda Commissioner Justin Kelly')
            return None
        # ('General Intelligence Service': a title's word opens a body's name; a given name the
        # lexicon trusts may be one too, 'Sena Akue-Goeh' of 'Shiv Sena')
        body = [k for k in words if text[k] in self.groups.body_words]
        if body and not (body == words[:1] and len(words) >= 2 and self._trusted(self.key(text[words[0]]))) \
                and not self._surname_of_given(t, words, end, lo, hi):
            return None
        if len(words) >= 2 and text[words[-1]] in self.groups.corporate_heads \
                and not self._trusted(self.key(text[words[0]])):
            return None  # 'Tata Steel', 'Hengyi Industries': a company's (not 'David Steel', a given name first)
        if len(words) >= 3 and (text[words[-1]] in self.groups.heads or text[words[-1]] in self.groups.ordinal_heads) \
                and self.key(text[words[-1]]) not in self.family:
            return None  # a body's head ends no one's name ('the Nam Ngao Special Economic Zone'; a
            # surname that is a head, 'Jens-Peter Bonde', stays)
        keys = [self.key(text[k]) for k in words]
        classes = [self.classes.get(key) for key in keys]
        # a place's name ('Abu Dhabi'); one word, only when the name lexicon calls it a place
        # first (many surnames are also some town's name)
        if all(c in {"place", "state"} for c in classes) or len(keys) >= 2 and " ".join(keys) in self.places:
            return None
        if len(words) >= 3 and classes[0] in {"place", "state"} and keys[0] not in self.given:
            # 'AC Milan George Weah': a place word before a name (a given name also a place's
            # opens it: 'Ngozi Terkula Adamu')
            start, words, keys, classes = words[1], words[1:], keys[1:], classes[1:]
        if self._not_a_name(t, start, end, words, keys, classes):
            return None
        if start - 1 >= lo and lower[start - 1] in LOCATIVES and not titled and not (
                end < hi and text[end] in POSSESSIVES):
            return None  # 'Undius Kogoya in Intan Jaya': a place ('in Abiy's view' is his)
        if titled and len(words) == 1 and start - 2 >= lo and text[start - 1] in self.titles \
                and lower[start - 2] in LOCATIVES and not (end < hi and text[end] in POSSESSIVES):
            return None  # 'a rally in Sultan Kudarat', 'in General Santos': towns named for a title holder
        if start > lo and INITIALS_RE.match(text[start - 1]) and not headline \
                and not any(c in {"place", "state"} for c in classes) \
                and not (lower[words[0]] in self.usually_lower or all(lower[k] in self.usually_lower for k in words)):
            # 'R.K. Achou Toijamba', 'P.S. Haokip', 'K.P. Sharma Oli' (a later word may also be a
            # common word somewhere: the initials vouch for the name)
            return start - 1, end, "shape.person_initials"
        initials = start
        while initials < end and INITIALS_RE.match(text[initials]):
            initials += 1
        if initials > start and words[0] == initials and not headline \
                and (len(words) >= 2 or start > lo and len(text[start]) > 2) \
                and not _list_label(t.source, t.idx[start]) \
                and not any(c in {"place", "state"} for c in classes) \
                and not any(lower[k] in self.usually_lower for k in words):
            # 'J. Fonati Koffa': initials open the name (every later word a name's, so 'J. Street'
            # stays out; one letter opening a line or after a dash or colon labels a list's item:
            # 'REF: A. Harmattan SITREP 131', '- C. Transnational consolidation')
            return start, end, "shape.person_initials"
        first = keys[0]
        first_class = classes[0]
        given = self._trusted(first)
        kunya = first in KUNYA and len(words) >= 2
        if len(words) >= 2 and (given or kunya) and not (headline and lower[words[-1]] in self.usually_lower):
            # (not in a title-case headline, where an ordinary word follows a given name that is
            # also a people's name: 'Afar–Issa Violence on Ethiopia's Lifeline')
            return start, end, "shape.person_given_name"
        if len(words) >= 2 and any(lower[k] in self.name_markers for k in words[1:]):
            return start, end, "shape.person_name_marker"  # 'Gurpatwant Singh Pannun'

        if headline and not self._in_byline(t, start, end, lo):
            return None
        ordinary = all(lower[k] in self.usually_lower for k in words)
        if titled and not ordinary:
            return start, end, "shape.person_title"
        # one word said to speak is a person only if it is a known name ('Newmont said', 'Reuters
        # said' are companies); two words and more are name-shaped enough
        vouched = self._vouched(t, start, end, lo, hi)
        if len(words) == 1 and (first in self.capitals or first in self.places and start - 2 >= lo
                                and text[start - 1] == "," and (text[start - 2] in ADDRESS_WORDS
                                                                or self.key(text[start - 2]) in self.places)):
            # 'Ottawa listed the gang' (a capital acts for its state); 'Cutler County, Idaho, a
            # member of ...' (an address's place, not the member)
            vouched = None
        if vouched and not ordinary and (len(words) >= 2 or vouched == "strong" or first_class == "safe" and (
                first in self.given or first in self.family)):
            return start, end, "shape.person_context"
        if len(words) == 1 and (administration or end < hi and text[end] in self.administration):
            return start, end, "shape.person_administration"
        return None

    def _surname_of_given(self, t: TokenTable, words: list[int], end: int, lo: int, hi: int) -> bool:
        """'Maria Hall said', 'Ana Paola Hall, who holds the seat': an institution's word last, a
        known surname, after a given name the lexicon trusts (and given names), where the
        sentence says the run is a person's (not 'George Street members', a gang)."""
        text = t.text
        last = words[-1]
        return 2 <= len(words) <= 3 and self.key(text[last]) in self.family \
            and self._trusted(self.key(text[words[0]])) and all(self.key(text[k]) in self.given for k in words[1:-1]) \
            and self._vouched(t, words[0], end, lo, hi) is not None

    def _in_byline(self, t: TokenTable, start: int, end: int, lo: int) -> bool:
        """'Authors: Desislava Marinova, Kamen Yotov', 'By Layla Haddad and Omar Said': a name in
        the list of names that a byline's cue opens its line with (not 'By January, Hamas ...':
        no date opens the list; not 'By X, Kestrel Sahel Observatory': an English word makes
        the publisher's name)."""
        cue = next((len(c) for c in self.byline_cues if tuple(t.lower[lo:lo + len(c)]) == c), None)
        if cue is None:
            return self._author_line(t, start, end, lo)
        if any(t.lower[k] in self.usually_lower or t.lower[k] in self.groups.english
                              for k in range(start, end) if t.cap[k]) \
                or start > lo and t.text[start - 1] in self.titles:
            return False  # (nor the author's title: 'By X, Senior Correspondent')
        j = lo + cue + (lo + cue < start and t.text[lo + cue] == ":")
        if j >= len(t.text) or t.lower[j] in CALENDAR:
            return False
        return all(t.cap[k] or t.text[k] in BYLINE_SEPARATORS or t.lower[k] in self.particles for k in range(j, start))

    def _author_line(self, t: TokenTable, start: int, end: int, lo: int) -> bool:
        """'Meghna Sethi, Senior Fellow, Internal Security Programme': an author line with no
        cue, a name of two words or more opening it and a job in title case after the comma."""
        after = end
        if start != lo or end - start < 2 or after + 2 >= len(t.text) or t.text[after] != ",":
            return False
        for k in range(after + 1, min(len(t.text), after + 4)):
            if not t.title[k] or t.sent_of[k] != t.sent_of[start]:
                return False
            if t.lower[k] in self.author_roles:
                return True
        return False

    def safe_given(self, word: str) -> bool:
        """A given name the lexicon trusts alone ('Wilma'; not 'Grant', a common word)."""
        return self._trusted(self.key(word))

    def is_given(self, word: str) -> bool:
        """A given name in the lexicon, trusted alone or not."""
        return self.key(word) in self.given

    def is_name_word(self, word: str) -> bool:
        """A word the lexicon knows as a given or family name, in any class."""
        return self.key(word) in self.classes

    def family_first(self, first: str, rest: list[str]) -> bool:
        """'Bao Youxiang', 'Peng Deren': a name in family-name-first order, its first word one of
        the family names English writes first ('Xi Jinping', 'Kim Jong Un'), or a family
        name the sanctions or event lists hold (not Faker's alone: 'Raya Azebo' is a district; not
        a common English word: 'Song', 'Win') and no later word a name the lexicon knows in any
        role: the unknown given names are what mark the order."""
        if first in self.family_first_surnames:
            return True
        listed = LISTED_FAMILY & set(self.family.get(self.key(first), "").split())
        return bool(listed) and first.lower() not in self.particles \
            and self.classes.get(self.key(first)) != "common_word" \
            and not any(self.key(w) in self.classes for w in rest)  # (not 'El Mayito Flaco')

    def _trusted(self, key: str) -> bool:
        return key in self.given and self.classes.get(key) == "safe"

    def _not_a_name(self, t: TokenTable, start: int, end: int, words: list[int], keys: list[str],
                    classes: list[str | None]) -> bool:
        """Capitalised words that are no person's: a compound with a demonym ('Franco-African'),
        a plural common noun at the end ('Salomon Brothers', 'Arab Contractors'), a name between
        'the' and a group's noun ('the Yan Sa Kai vigilantes', 'the Lawrence Bishnoi gang': the
        group's name, or its leader's, which the group rules read)."""
        text = t.text
        if any(text[k] == "-" for k in range(start, end)) and classes[-1] == "state":
            return True
        if start > 0 and t.lower[start - 1] == "the" and end < len(text) and t.is_lower[end] \
                and (t.lower[end] in self.groups.org_nouns or t.lower[end] in self.groups.member_nouns):
            return True
        last = t.lower[words[-1]]
        if self.key(text[words[-1]]) in self.family and self._trusted(keys[0]):
            return False  # a plural that is also a surname after a given name ('Richard Chambers')
        return last.endswith("s") and last in self.usually_lower and len(words) >= 2

    def _listed_after_roles(self, t: TokenTable, k: int, lo: int) -> bool:
        """'field commanders such as Egianus Kogoya in Nduga, Undius Kogoya in Intan Jaya and
        ...', 'leaders including X and Y', 'their foreign ministers, X and Y': a name in a list
        that a plural role noun opens."""
        lower = t.lower
        stop = max(lo, k - 30)
        while k >= stop and (t.title[k] or lower[k] in LIST_GLUE):
            if lower[k] == "as" and k - 2 >= lo and lower[k - 1] == "such":
                return self._role_plural(lower[k - 2])
            if lower[k] == "including" and k - 1 >= lo:
                return self._role_plural(lower[k - 1 - (lower[k - 1] == ",")])
            if lower[k] == "," and k - 1 >= lo and self._role_plural(lower[k - 1]):
                return True  # 'their foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov'
            k -= 1
        return False

    def _role_plural(self, word: str) -> bool:
        return word.endswith("s") and word[:-1] in self.roles and word[:-1] not in NOT_ROLES

    def _role_of_before(self, t: TokenTable, comma: int, lo: int) -> bool:
        """'the general secretary of the Communist Party of India (Maoist), X': a role of a body
        stands before the comma, its body's name between them (capitalised words, 'the' and
        joiners; a parenthesis or a hyphen inside the name)."""
        lower = t.lower
        for k in range(comma - 1, max(lo, comma - 12), -1):
            if lower[k] in {"of", "for"} and k - 1 >= lo and lower[k - 1] in self.roles:
                return lower[k - 1] not in NOT_ROLES  # (an 'of' inside the name goes on: '... of India')
            if t.punct[k] and t.text[k] not in {"(", ")", "-", "'", "’", "'s", "’s"}:
                return False
            if t.is_lower[k] and lower[k] not in {"the", "and", "of", "for", "in", "al", "el"}:
                return False
        return False

    def vouched(self, t: TokenTable, start: int, end: int, lo: int, hi: int) -> str | None:
        """How the sentence at [lo, hi) says tokens [start, end) are a person ('strong',
        'speech' or None): the name shapes' evidence, for the resolver's own name passes."""
        return self._vouched(t, start, end, lo, hi)

    def _vouched(self, t: TokenTable, start: int, end: int, lo: int, hi: int) -> str | None:
        """How the sentence says the run is a person: 'strong' ('who', an age, a role in
        apposition, 'led by'), 'speech' (a speech verb after it or before it: organisations
        speak too), or None."""
        lower, text = t.lower, t.text
        if self._in_byline(t, start, end, lo):
            return "strong"
        after = end
        if after < hi and text[after] in QUOTES:
            after += 1
        if after < hi and lower[after] in self.speech:
            return "speech"
        # 'who' also follows teams and bodies in British English ('Ajax, who have played'): as
        # weak as a speech verb
        if after + 1 < hi and text[after] == "," and lower[after + 1] in RELATIVE_PERSONAL:
            return "speech"
        if after < hi and lower[after] in RELATIVE_PERSONAL:
            return "speech"
        # 'Paetongtarn Shinawatra's government': a name that owns a government is its head's
        if after + 1 < hi and text[after] in POSSESSIVES and (lower[after + 1] in GOVERNMENTS or after + 2 < hi and (
                t.is_lower[after + 1] and lower[after + 2] in GOVERNMENTS)):  # '... first government'
            return "speech"
        # 'Takkalapalli Vasudeva Rao, alias Rupesh': a person's second name
        if after + 1 < hi and text[after] == "," and lower[after + 1] in {"alias", "aka"}:
            return "strong"
        # 'Massad Boulos, Trump's senior adviser for Africa', 'Abimael Guzmán, Shining Path's
        # founder': a role owned by a name (of up to three words)
        if after + 3 < hi and text[after] == "," and t.cap[after + 1]:
            owner_end = next((k for k in range(after + 2, min(hi, after + 5)) if not t.cap[k]), None)
            if owner_end is not None and text[owner_end] in POSSESSIVES \
                    and any(lower[k] in self.roles for k in range(owner_end + 1, min(hi, owner_end + 4))):
                return "strong"
        # 'Musallam al-Barrak: former MP, founder of ...': a who's-who line, a name of two words
        # or more opening it and a role after the colon (not a heading, 'Paletwa: an ally's ...')
        if start == lo and end - start >= 2 and after + 1 < hi and text[after] == ":" \
                and any(lower[k] in self.roles for k in range(after + 1, min(hi, after + 5))):
            return "strong"
        # 'Mussolini, 33, resigned': an age in apposition
        if after + 2 < hi and text[after] == "," and text[after + 1].isdigit() and text[after + 2] == ",":
            return "strong"
        # 'Legesse Tulu, head of the Government Communication Service', 'X, spokesman for Y',
        # 'Tilvin Silva, general secretary of the JVP' (one modifier before the role)
        if after + 2 < hi and text[after] == "," and lower[after + 1] in self.roles \
                and lower[after + 2] in {"of", "for", "at"}:
            return "strong"
        if after + 3 < hi and text[after] == "," and t.is_lower[after + 1] and t.alpha[after + 1] \
                and lower[after + 2] in self.roles and lower[after + 3] in {"of", "for", "at"}:
            return "strong"
        trade = False  # a noun of a trade heads an apposition after the name (see below)
        # 'X, the group's spokesman', 'X, its commander since 2018'
        # ('Gabrijela Žalac, former regional development minister': a former holder's role needs no article)
        if after + 2 < hi and text[after] == "," and (lower[after + 1] in APPOSITION_DETERMINERS
                                                      or lower[after + 1] == "former" and end - start >= 2):
            for k in range(after + 2, min(hi, after + 8)):
                if lower[k] in self.roles:
                    return "strong"
                # 'Arash Kazemi, a Manchester car dealer,', 'Pouria Zeraati, a presenter for ...':
                # a noun of a person's trade heading the apposition (as weak as a speech verb: a
                # name of two words or more is needed, 'Promsvyazbank, a lender' is a bank's)
                if t.is_lower[k] and lower[k] in self.trade_nouns \
                        and (k + 1 >= hi or t.punct[k + 1] or lower[k + 1] in {"for", "of", "at", "in", "with", "who"}):
                    trade = True
                # ('a Russian-Armenian billionaire': a hyphen stays inside the apposition)
                if t.punct[k] and text[k] not in {"'s", "\u2019s", "'", "\u2019", "-"}:
                    break
        before = start - 1
        if before >= lo and text[before] in QUOTES:
            before -= 1
        # '... ,” said X', 'led by X', 'under X', 'its chairman, X'
        if before - 1 >= lo and lower[before] in INVERTED_SPEECH and text[before - 1] in QUOTES | {","}:
            return "speech"
        if before >= lo + 1 and lower[before] == "by" and lower[before - 1] in {"led", "headed", "commanded", "run"}:
            return "strong"
        if before >= lo + 1 and lower[before] == "late" and lower[before - 1] in {"the", "of"} and end - start >= 2 \
                and not any(lower[k] in self.groups.english for k in range(start, end)):
            return "strong"  # 'founded by the late Akilisi Pohiva' (not 'the late Ottoman Empire', an era)
        if before >= lo and lower[before] == "under":
            return "speech"  # 'under Diriye' and 'under Turkey's pressure' alike
        if before >= lo + 1 and lower[before] == "of" and lower[before - 1] in self.groups.party_nouns \
                and end - start >= 2:
            return "speech"  # 'Levica, the nationalist-left party of Dimitar Apasiev': its leader's name
        if before >= lo and lower[before] in self.object_verbs and (after >= hi or t.punct[after] or (
                lower[after] in {"in", "on", "at", "for", "with", "over", "after", "and", "last", "this"})):
            return "speech"  # (not 'arrested Tren de Aragua members': the name qualifies a noun)
        if before >= lo + 1 and text[before] == "," and lower[before - 1] in self.roles:
            return "strong" if lower[before - 1] not in NOT_ROLES else ("speech" if trade else None)
        if before >= lo + 2 and text[before] == "," and after < hi and text[after] == "," \
                and self._role_of_before(t, before, lo):
            return "strong"  # (closed by a comma: 'The governor of Borno, Yobe and Adamawa' is a list)
        if self._listed_after_roles(t, before, lo):
            return "strong"
        if before >= lo and lower[before] in self.roles and lower[before] not in NOT_ROLES:
            return "strong"
        return "speech" if trade else None
