"""People no list names, introduced by the text (rules in patterns/lexicon/people.json).

- a role noun before the name: 'AQIS leader, Asim Umar' (``alias.role``);
- a title: 'President Bola Tinubu', 'Captain Ibrahim Traoré' (``alias.title``; the title
  is not part of the name);
- a verb of leading: 'led by Amrullah Saleh and Ahmad Massoud' (``alias.led_by``), or of
  naming: 'identified as Abu Yusuf' (``alias.named_as``);
- two names of one person: 'Ahmed al-Khabil, better known as Abu Khawla' (``alias.known_as``);
- and, once a person is named in full, the surname alone: 'Ghaly', 'al-Houthi'
  (``surname.repeat``; a surname several people share means the one named first:
  ``surname.first_holder``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

from pipeline.components.actors import Actor, Mention, covered_tokens
from pipeline.components.clauses import POSSESSIVES
from pipeline.components.definitions import merge
from pipeline.components.names import INITIALS_RE, Found, Learnt, boundary_ok, glued_part, initials_fit
from pipeline.components.tokens import QUOTES, TokenTable
from pipeline.fold import fold_word
from pipeline.patterns import slug
from pipeline.read.lines import one_line

KNOWN = {"known"}
NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V", "VI", "VII", "VIII"})
IBERIAN_JOINS = frozenset({"e", "y", "i"})  # between two surnames: 'Correia e Silva', 'Ortega y Gasset'
NICKNAME_CUES = {"known", "alias", "nicknamed", "dubbed", "aka", "called"}

# words that end the phrase between a verb of leading and its 'by' ('led to talks by' is no agent)
AGENT_BREAKS = frozenset({"and", "but", "or", "that", "which", "who", "to", "as"})
GO_FORMS = frozenset({"go", "goes", "went", "going", "gone"})
# articles a quoted nickname may open with, inside the quotes ('"the Monk"', '"de Boekhouder"')
QUOTED_ARTICLES = frozenset({"the", "de", "el", "la", "le", "il", "der", "het"})
GLUED_ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ul"})  # 'al-Ashqar'

LED_BY_SKIPS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
BODY_PREPOSITIONS = frozenset({"at", "of"})  # a role's body after it: 'chairman of the ANC', 'successor at the KNB'


# words no bracketed gloss of a title holds ('(approved by the minister)' is a clause, not a gloss)
GLOSS_BREAKS = frozenset({"the", "a", "an", "by", "of", "in", "with", "from", "for", "to", "and", "or", "as"})


# what a hyphen adds to a title: the office is not yet or no longer held
TITLE_SUFFIXES = frozenset({"elect", "designate", "nominee"})
# what no person's name follows ('the Daryai Ittehad', 'an Ifoghas Tuareg')
ARTICLES = frozenset({"the", "a", "an", "any", "every", "this", "that"})
# words before a saint's name, which names a place or a church, not the brief's person
SAINT_WORDS = frozenset({"St", "St.", "Saint", "Ste", "Ste.", "Sainte", "San", "Santa", "Santo", "São", "Sao"})
# how a person named only by a title and one word is found, and the repeats of that word
TITLED_ONE_WORD = frozenset({"alias.title", "alias.repeat", "shape.person_title", "shape.repeat"})



def _free_name_word(t: TokenTable, start: int) -> bool:
    """Whether a person's word found alone at ``start`` may stand for the person: not glued to a
    prefix ('anti-Kiir') nor a saint's ('St John's', a place's or a church's)."""
    return boundary_ok(t, start) and not (start > 0 and t.text[start - 1] in SAINT_WORDS)

# particles of Iberian, Italian and French surnames, which may join two surnames written together
ROMANCE_PARTICLES = frozenset({"de", "del", "della", "da", "do", "dos", "das", "di", "du", "la", "le"})

class People:
    def __init__(self, *, roles: set[str], titles: set[str], led_by: set[str], named_as: set[str],
                 named_nouns: frozenset[str] = frozenset(),
                 plural_roles: set[str] = frozenset(), head_roles: frozenset[str] = frozenset(),
                 particles: set[str], not_names: set[str], min_words: int, max_words: int,
                 known: dict[str, Actor], learnt: Learnt, verbs_in_s: set[str], kin_nouns: set[str],
                 office_titles: set[str], places: frozenset[str] = frozenset(),
                 glued_particles: set[str] = frozenset(), facility_words: frozenset[str] = frozenset(),
                 given_name_titles: frozenset[str] = frozenset(), name_titles: frozenset[str] = frozenset(),
                 office_heads: frozenset[str] = frozenset(),
                 early_surname_followers: frozenset[str] = frozenset(),
                 patronymic_words: frozenset[str] = frozenset()):
        self.roles, self.titles, self.led_by, self.named_as = roles, titles, led_by, named_as
        self.name_titles = name_titles  # the name-shape route's titles ('Archbishop'), skipped before two name words
        self.given_name_titles = given_name_titles
        self.plural_roles = plural_roles
        self.named_nouns = named_nouns
        self.head_roles = head_roles
        self.particles, self.not_names = particles, not_names
        self.patronymic_words = patronymic_words  # 'Makhabat Tazhibek kyzy': a lower-case last word of the name
        self.glued_particles = glued_particles  # English words too: a name's only before a hyphen
        self.min_words, self.max_words = min_words, max_words
        self.known = known  # the pattern files' actors, for the name and refs of a person found here
        self.learnt = learnt
        self.verbs_in_s = verbs_in_s  # see _modifiers
        self.kin_nouns = kin_nouns
        self.office_titles = office_titles  # skipped before a name, as titles are; never a cue
        # the head of a body's office, after the body's name ('Senate President David Mark')
        self.office_heads = office_heads
        # words after a surname that let it name its person before the full name does
        self.early_surname_followers = early_surname_followers
        self.places = places  # folded names of capitals: a name stops before one ('... Talabani Ankara')
        # a titled name ending in one is a place named after the man ('Sardar Patel Stadium')
        self.facility_words = facility_words
        # words that can introduce a name: only their tokens are looked at
        self.cue_lower_words = frozenset(roles | led_by | named_as | plural_roles)
        self.cue_orth_words = frozenset(titles)

    def skip_titles(self, t: TokenTable, i: int) -> int:
        """'Captain Ibrahim Traoré', 'Sheikh Ibrahim al-Hafl': the title is not the name."""
        text = t.text
        n = len(text)
        while i < n:
            if text[i] in self.given_name_titles and not (i + 2 < n and t.title[i + 1] and t.title[i + 2]):
                break  # 'Governor Sheriff Oborevwori': a given name ('Sheriff Dale Whitacre' is a title)
            if text[i] in self.titles or text[i] in self.office_titles and t.title[i] \
                    or text[i] in self.name_titles and i + 2 < n and t.title[i + 1] \
                    and (t.title[i + 2] or text[i + 2] == "-" and not t.ws[i + 1]):
                i += 1  # 'Deputy Defence Minister Yunus-Bek Yevkurov', 'Archbishop Daniel Okoh',
                # 'Chief Justice Gholam-Hossein Mohseni-Ejei'
            elif t.title[i] and i + 2 < n and text[i + 1] in self.office_heads and t.title[i + 2]:
                i += 2  # 'Senate President David Mark', 'House Speaker X': a body's office
            elif i + 1 < n and text[i] == "-" and t.lower[i + 1] in TITLE_SUFFIXES and i > 0 \
                    and (text[i - 1] in self.titles or text[i - 1] in self.office_titles):
                i += 2  # 'President-elect José Antonio Kast'
            else:
                break
        return i

    def name_at(self, t: TokenTable, i: int, taken: set[int]) -> int | None:
        """End of a personal name starting at token i, or None."""
        text, lower, title, alpha = t.text, t.lower, t.title, t.alpha
        n = len(text)
        if i >= n:
            return None
        end = i
        words = 0
        while end < n:
            if end in taken or "\n" in text[end]:
                break
            if (title[end] or t.cap[end] and not t.acro[end]) and alpha[end] and lower[end] not in self.not_names:
                # ('Mary Lou McDonald': a capital inside a surname is still a name's word)
                if words >= 2 and fold_word(text[end], {}) in self.places \
                        and not (end + 1 < n and text[end + 1] in {",", ")"}):
                    break  # 'whose leader Bafel Talabani Ankara has long accused' (but a comma
                    # closing the apposition keeps a surname that is also a place's name: 'a party
                    # spokeswoman, Nilda Sacramento Lima, said')
                words += 1
            elif lower[end] in self.particles and end > i and (
                    lower[end] not in self.glued_particles or end + 1 < n and text[end + 1] == "-"):
                pass  # ('Fadnavis at Gadchiroli': 'at' is a name's particle only glued, as in 'at-Tahir')
            elif text[end] == "-" and end > i and not t.ws[end - 1] and not t.ws[end]:
                pass
            elif glued_part(t, i, end):
                pass  # 'Ahn Gyu-back', 'Cho Min-hyuk'
            elif lower[end] in self.patronymic_words and words >= 2:
                end += 1
                break
            else:
                break
            end += 1
        while end > i and not ((title[end - 1] or t.cap[end - 1] and not t.acro[end - 1]) and alpha[end - 1]) \
                and not glued_part(t, i, end - 1) and not (lower[end - 1] in self.patronymic_words and end - i >= 3):
            end -= 1
        if not title[i] or not (self.min_words <= words <= self.max_words):
            return None
        return end

    def __call__(self, t: TokenTable, found: Found) -> None:
        mentions = found.mentions
        text, lower = t.text, t.lower
        n = len(text)
        cues = sorted({*t.where("lower", self.cue_lower_words), *t.where("text", self.cue_orth_words)})
        if not cues and not t.where("lower", KNOWN):
            return  # no word here can introduce a name
        taken = covered_tokens(mentions)
        spans: list[tuple[int, int, str]] = []
        # only tokens that can introduce a name are looked at (a loop over every token costs more)
        glossed: set[int] = set()  # names after a glossed role, which a comma must close
        for i in cues:
            word = lower[i]
            starts: list[tuple[int, str]] = []
            if word in self.roles:
                j = i + 1 if i + 1 < n and text[i + 1] != "," else i + 2
                after_body = self._comma_after_body(t, i + 1, taken)
                if after_body is not None:
                    j = after_body  # 'Masimov's successor at the KNB, Ermek Sagimbayev,'
                if self._gloss_before(t, i):
                    j = i + 3  # 'Its ato kilonser (prime minister), Hutoli Yepthomi,': the role glossed
                    glossed.add(j)
                starts.append((j, "alias.role"))
            if text[i] in self.titles and t.title[i] and self.skip_titles(t, i) > i:
                starts.append((i + 1, "alias.title"))
            as_at = next((k for k in range(i + 1, min(n, i + 6)) if lower[k] == "as"), None) \
                if word in self.named_as else None
            by_at = self._agent_by(t, i) if word in self.led_by else None
            if i + 1 < n and (by_at is not None or (word in self.named_as and as_at is not None)):
                rule = "alias.led_by" if by_at is not None else "alias.named_as"
                j = self.skip_titles(t, by_at + 1 if by_at is not None else as_at + 1)
                # 'led by the veteran commander X', 'led by its ameer X' (a head's role in lower case)
                while j < n and (lower[j] in self.roles or lower[j] in LED_BY_SKIPS
                                 or lower[j] in self.head_roles and t.is_lower[j]):
                    j = self.skip_titles(t, j + 1)
                spans += self._coordinated_names(t, j, taken, rule)
            if word == "named" and as_at is None and i > 0 and lower[i - 1] in self.named_nouns \
                    and i + 1 < n and t.cap[i + 1]:
                spans += self._coordinated_names(t, i + 1, taken, "alias.named_as")  # 'a trader named Lao Sai'
            if word in self.plural_roles:
                # 'Defence ministers Natthaphon Narkphanit and Tea Seiha': each name is one holder
                spans += self._coordinated_names(t, i + 1, taken, "alias.role")
            for j, rule in starts:
                j = self.skip_titles(t, j)
                if rule == "alias.title" and j + 1 < n and text[j] == "," and i > 0 and lower[i - 1] == "the":
                    # 'The Crown Prince, Al-Muhtadee Billah, takes on': the title as a role, its
                    # name in an apposition a comma closes
                    j += 1
                    glossed.add(j)
                if rule == "alias.title" and j in taken:
                    self._free_state_word(t, found, j, taken)
                if j < n:
                    end = self.name_at(t, j, taken)
                    if end is not None and rule == "alias.title" and text[end - 1] in self.facility_words:
                        continue  # 'King Fahd Road', 'Sardar Patel Stadium'
                    if end is not None and j in glossed and not (end < n and text[end] == ","):
                        continue  # an apposition is closed by a comma ('..., Hutoli Yepthomi, told')
                    if end is not None and not (end < n and lower[end] in self.roles):
                        # ('Its founder, former Davao City councillor Rodel Manalastas': a run
                        # before another role noun qualifies it; that noun opens the name)
                        spans.append((j, end, rule))
        spans += self._known_as_pairs(t, taken)
        added: dict[str, str] = {}
        for start, end, rule in sorted(set(spans)):
            if any(k in taken for k in range(start, end)):
                continue
            self.add(t, found, start, end, rule)
            taken.update(range(start, end))
            added[t.string(start, end)] = rule
        if added:
            # A name learnt from a role is a name: find its other full mentions too.
            self.learnt.apply(t, found, {name: (f"person:{slug(name)}", "alias.repeat") for name in added})

    def _comma_after_body(self, t: TokenTable, k: int, taken: set[int]) -> int | None:
        """The token after the comma that closes 'at/of [the] Name' at k, where Name is one to
        five capitalised words of an actor found already (the body a role belongs to:
        'successor at the KNB, X'; not 'Head of Political Risk, Kilele Advisory'), else None."""
        n = len(t.text)
        if not (k + 2 < n and t.lower[k] in BODY_PREPOSITIONS):
            return None
        k += 1
        if t.lower[k] == "the":
            k += 1
        start = k
        while k < n and k - start < 5 and (t.cap[k] or t.acro[k]) and t.alpha[k]:
            k += 1
        if k == start or not (k + 1 < n and t.text[k] == ",") or not all(j in taken for j in range(start, k)):
            return None
        return k + 1

    def _nicknamed_name(self, t: TokenTable, found: Found, cue: int, taken: set[int]) -> Mention | None:
        """'among them Rizal Tandjung, known as "Abu Faruq"': two or three capitalised words no
        list knows, closed by the comma before a quoted nickname's cue, are a person's name (the
        nickname vouches for it); the new person's mention, or None."""
        text, title, alpha = t.text, t.title, t.alpha
        comma = cue - 1
        if comma < 1 or text[comma] != ",":
            return None
        start = comma
        while start - 1 >= 0 and comma - start < 3 and title[start - 1] and alpha[start - 1] \
                and start - 1 not in taken and t.lower[start - 1] not in self.not_names:
            start -= 1
        if comma - start < 2 or start == 0 or t.sent_starts[t.sent_of[start]] == start or title[start - 1]:
            return None  # one word, a sentence's first words, or a longer capitalised run
        self.add(t, found, start, comma, "alias.nicknamed_name")
        taken.update(range(start, comma))
        return next(m for m in found.mentions if m.start == start and m.end == comma and m.label == "PERSON")

    @staticmethod
    def _agent_by(t: TokenTable, i: int) -> int | None:
        """The 'by' after a verb of leading at i: right after it, or past a short phrase with no
        punctuation ('led on the West Rand by X', 'led until his death in May 2009 by X'); None where there is none."""
        n = len(t.text)
        for k in range(i + 1, min(n, i + 9)):
            if t.lower[k] == "by":
                return k
            if t.punct[k] or t.lower[k] in AGENT_BREAKS:
                return None
        return None

    @staticmethod
    def _gloss_before(t: TokenTable, i: int) -> bool:
        """Whether the role word at i ends a bracketed gloss of a title in another language, and a
        comma follows: 'ato kilonser (prime minister),', 'the Angh (hereditary chief),'; not a
        clause in brackets ('the deal (approved by the interior minister),')."""
        text = t.text
        if i + 2 >= len(text) or text[i + 1] != ")" or text[i + 2] != ",":
            return False
        k = i
        while k > 0 and i - k < 3 and text[k - 1] != "(":
            k -= 1
        if k < 2 or text[k - 1] != "(" or not t.alpha[k - 2] \
                or not all(t.is_lower[m] and t.alpha[m] and t.lower[m] not in GLOSS_BREAKS for m in range(k, i + 1)):
            return False  # a gloss is a bare noun phrase: no article, preposition or verb's agent
        return True

    def _coordinated_names(self, t: TokenTable, j: int, taken: set[int], rule: str) -> list[tuple[int, int, str]]:
        """The names from ``j`` on joined by commas and 'and' ('Karim Haddad and Samir Nasser')."""
        spans, n, lower = [], len(t.text), t.lower
        while j < n:
            j = self.skip_titles(t, j)
            end = self.name_at(t, j, taken)
            if end is None or rule == "alias.named_as" and self._plural_noun_at(t, end):
                break  # 'eight individuals it described as Black Axe financiers': a modifier
                # (after 'led by', a verb in -s may follow: 'a faction led by X operates')
            spans.append((j, end, rule))
            if end < n and lower[end] in {"and", ","}:
                j = end + 1
                if j < n and lower[j] == "and":
                    j += 1
            else:
                break
        return spans

    def _free_state_word(self, t: TokenTable, found: Found, j: int, taken: set[int]) -> None:
        """'Defence Minister Israel Katz': after a title, a state's one-word name followed by a
        capitalised word is a given name, not the state."""
        k = j + 1
        if k >= len(t.text) or k in taken or not (t.title[k] and t.alpha[k]) or t.lower[k] in self.not_names \
                or fold_word(t.text[k], {}) in self.places:
            return
        state = next((m for m in found.mentions if m.start == j), None)
        if state is not None and state.label == "STATE" and state.end == k:
            found.mentions.remove(state)
            taken.discard(j)

    def add(self, t: TokenTable, found: Found, start: int, end: int, rule: str) -> str:
        """A person mention at tokens [start, end); the actor of that name, known or new."""
        name = one_line(t.string(start, end))
        actor_id = f"person:{slug(name)}"
        if actor_id not in found.actors:
            known = self.known.get(actor_id)
            found.actors[actor_id] = Actor(actor_id, "PERSON", known.name if known else name,
                                           known.refs if known else None)
        found.mentions.append(Mention(start, end, (actor_id,), rule, "PERSON"))
        return actor_id

    def _known_as_pairs(self, t: TokenTable, taken: set[int]) -> list[tuple[int, int, str]]:
        """'Ahmed al-Khabil, better known as Abu Khawla': two names of one person."""
        out = []
        text, lower = t.text, t.lower
        n = len(text)
        for i in t.where("lower", KNOWN):
            if i + 1 >= n or lower[i + 1] != "as":
                continue
            comma = i - 1 if lower[i - 1] not in {"also", "better", "widely", "popularly"} else i - 2
            if comma < 1 or text[comma] != ",":
                continue
            start = comma - 1
            while start > 0 and (t.title[start - 1] or lower[start - 1] in self.particles
                                 or text[start - 1] == "-"):
                start -= 1
            first = self.name_at(t, start, taken) if start < comma else None
            alias_end = self.name_at(t, i + 2, taken)
            if first == comma and alias_end is not None:
                out += [(start, comma, "alias.known_as"), (i + 2, alias_end, "alias.known_as")]
        return out

    def surname_forms(self, t: TokenTable, m: Mention) -> list[str]:
        """'Iyad Ag Ghaly' -> ['Ag Ghaly', 'Ghaly']; 'Abdul-Malik al-Houthi' -> ['al-Houthi', 'Al-Houthi'];
        'Ulisses Correia e Silva' -> ['Correia e Silva', 'Silva']; 'Cristina Fernández de Kirchner' ->
        ['Fernández de Kirchner', 'de Kirchner', 'De Kirchner', 'Kirchner']."""
        # ("Horta N'Tam", "Ahmad Shah O'Neill": the token table counts an apostrophe inside a
        # word as a letter)
        if sum(t.alpha[k] for k in range(m.start, m.end)) < 2:
            return []
        lower, text = t.lower, t.text
        last = m.end - 1
        if text[last] in NAME_SUFFIXES and last - 1 > m.start:
            last -= 1  # 'Romeo Brawner Jr.' -> 'Brawner'
        start = last
        while start - 1 > m.start and (lower[start - 1] in self.particles or
                                       (text[start - 1] == "-" and not t.ws[start - 2]
                                        and lower[start - 2] in self.particles)):
            start -= 1
        forms = []
        if start < last:
            full = t.string(start, last + 1).strip()
            if start - 1 > m.start and t.cap[start - 1] and t.alpha[start - 1] and t.lower[start] in ROMANCE_PARTICLES:
                # 'Fernández de Kirchner': two surnames joined (not 'Salman al-Saud' of 'Khalid bin
                # Salman al-Saud': a father's name before an Arabic article)
                forms.append(t.string(start - 1, last + 1))
            forms += [full, full[0].upper() + full[1:]]
            if t.cap[last]:
                forms.append(text[last])  # 'al-Burhan' is also written 'Burhan'
        else:
            # 'Fils-Aimé': a hyphenated surname is one
            while start - 2 > m.start and text[start - 1] == "-" and not t.ws[start - 2] and not t.ws[start - 1] \
                    and t.cap[start - 2]:
                start -= 2
            if start - 2 > m.start and lower[start - 1] in IBERIAN_JOINS and t.cap[start - 2] and t.alpha[start - 2]:
                forms.append(t.string(start - 2, last + 1))  # two surnames joined: 'Correia e Silva'
            elif start - 1 > m.start and t.cap[start - 1] and t.alpha[start - 1] and t.cap[m.start]:
                # 'Soumanou Bio Gado' is 'Bio Gado' later: the tail after the given name, as well
                # as its last word
                forms.append(t.string(start - 1, last + 1))
            forms.append(t.string(start, last + 1))
        return list(dict.fromkeys(forms))

    @staticmethod
    def first_surname(t: TokenTable, m: Mention, family_first: Callable[[str, list[str]], bool]) -> str | None:
        """'Bao Youxiang' is 'Bao' later: the family name of a name written family name first, two
        or three one-token words (Chinese, Korean, Vietnamese order)."""
        k = m.start
        if m.end - k == 4 and t.alpha[k] and t.cap[k] and t.alpha[k + 1] and t.cap[k + 1] and t.text[k + 2] == "-" \
                and not t.ws[k + 1] and not t.ws[k + 2] and t.is_lower[k + 3] and t.alpha[k + 3]:
            return t.text[k]  # 'Lee Jae-myung' is 'Lee' later: a hyphenated given name after the family name
        if not 2 <= m.end - m.start <= 3 or not all(t.alpha[k] and t.cap[k] for k in range(m.start, m.end)):
            return None
        words = t.text[m.start : m.end]
        return words[0] if family_first(words[0], words[1:]) else None

    @staticmethod
    def middle_surname(t: TokenTable, m: Mention, given: Callable[[str], bool]) -> str | None:
        """'Nery Cáceres Brítez' is 'Cáceres' later: an Iberian name's first surname, the middle
        word of three one-token words, when it is no given name itself (the first word need not be
        one a list knows: 'Abundio Loera Quiñones' is 'Loera'), or the third of four after two
        given names ('Jesús María Aguirre Gallego' is 'Aguirre')."""
        first = m.start
        if not 3 <= m.end - first <= 4 or not all(t.alpha[k] and t.cap[k] for k in range(first, m.end)):
            return None
        if m.end - first == 4 and not given(t.text[first + 1]):
            return None  # two given names before two surnames: 'Jesús María Aguirre Gallego' is 'Aguirre'
        middle = m.end - 2
        return t.text[middle] if not given(t.text[middle]) else None

    def _titled_surnames(self, t: TokenTable, found: Found) -> None:
        """'President Kast' after 'José Antonio Kast': a person known only by a title and one
        word is the one person the brief names in full with that surname, not a person of his own."""
        one_word: dict[str, list[Mention]] = defaultdict(list)
        full: dict[str, set[str]] = defaultdict(set)
        for m in found.mentions:
            if m.label != "PERSON":
                continue
            if m.end - m.start == 1 and m.rule in TITLED_ONE_WORD:
                one_word[m.actor_id].append(m)
            elif m.end - m.start > 1:
                for form in self.surname_forms(t, m):
                    full[form].add(m.actor_id)
        if not one_word:
            return
        words = {actor_id: {t.text[m.start] for m in ms} for actor_id, ms in one_word.items()}
        refs = Counter(actor_id for m in found.mentions for actor_id in m.actor_ids)
        merged = set(found.merged.values())
        for actor_id, ms in one_word.items():
            # only an actor these one-word mentions alone name, and each names only it
            if len(words[actor_id]) != 1 or refs[actor_id] != len(ms) or any(len(m.actor_ids) > 1 for m in ms) \
                    or actor_id in merged:
                continue
            holders = full.get(next(iter(words[actor_id])), set()) - {actor_id}
            if len(holders) != 1:
                continue
            owner = next(iter(holders))
            for m in ms:
                m.actor_ids = (owner,)
            found.actors.pop(actor_id, None)

    def affixes(self, t: TokenTable, found: Found) -> None:
        """'Romeo Brawner Jr.', 'R.K. Achou Toijamba': a generational suffix after a person's name
        and initials before it are the name's (a lone 'Jr.' found as a name gives way)."""
        text, n = t.text, len(t.text)
        at = {m.start: m for m in found.mentions}
        taken = covered_tokens(found.mentions)
        gone: set[int] = set()
        for m in [x for x in found.mentions if x.label == "PERSON" and x.via in {"pattern", "shape", "alias"}]:
            end, start = m.end, m.start
            if end < n and text[end] in NAME_SUFFIXES:
                lone = at.get(end)
                if end not in taken or (lone is not None and lone.label == "PERSON" and lone.end == end + 1):
                    end += 1
                    if lone is not None:
                        gone.add(id(lone))
            while start > 0 and INITIALS_RE.match(text[start - 1]) and (start - 1) not in taken:
                start -= 1
            if (start, end) != (m.start, m.end):
                m.start, m.end = start, end
        if gone:
            found.mentions[:] = [x for x in found.mentions if id(x) not in gone]

    def whole_names(self, t: TokenTable, found: Found, usually_lower: frozenset[str]) -> None:
        """A person's name found in two parts is one name: 'Mahamat' (by its title) and 'Idriss
        Déby' (a listed name) are 'Mahamat Idriss Déby'; a listed name followed by a capitalised
        word no pass took ('Abdul Hamid' + 'Dbeibah'), or by a surname glued to its particle
        ('Mohamed Hassan' + 'al-Taishi'), is cut short. The whole name is a person
        of its own (``shape.person_whole``), not the listed one."""
        text, n = t.text, len(t.text)
        at = {m.start: m for m in found.mentions}
        taken = covered_tokens(found.mentions)
        people = sorted((m for m in found.mentions if m.label == "PERSON" and len(m.actor_ids) == 1
                         and m.via in {"pattern", "shape", "alias"}), key=lambda m: m.start)
        dropped: set[int] = set()
        for m in people:
            if id(m) in dropped:
                continue
            end = m.end
            nxt = at.get(end)
            if nxt is not None and nxt.label == "PERSON" and len(nxt.actor_ids) == 1 \
                    and nxt.via in {"pattern", "shape"}:
                end = nxt.end
                dropped.add(id(nxt))
            elif (end + 1 < n and end not in taken and t.title[end] and t.alpha[end] and not t.cap[end + 1]
                  and t.lower[end] not in usually_lower and t.lower[end] not in self.not_names
                  and text[end] not in self.titles and end > 0 and "\n" not in text[end - 1]
                  and fold_word(text[end], {}) not in self.places):
                end += 1
            elif end + 2 < n and end not in taken and t.lower[end] in self.particles and text[end + 1] == "-" \
                    and not t.ws[end] and not t.ws[end + 1] and t.title[end + 2] and t.alpha[end + 2] \
                    and (end + 3 >= n or not t.cap[end + 3]):
                end += 3  # 'Mohamed Hassan' (a listed alias) + 'al-Taishi': a surname glued to its particle
            else:
                continue
            start = self.skip_titles(t, m.start)  # '- President Salva' + 'Kiir': not the title
            if end - start < 2:
                continue
            dropped.add(id(m))
            self.add(t, found, start, end, "shape.person_whole")
        if dropped:
            found.mentions[:] = [m for m in found.mentions if id(m) not in dropped]

    def echoed_names(self, t: TokenTable, found: Found, *, ordinary: frozenset[str],
                     headline: Callable[[TokenTable, int], bool], place: Callable[[TokenTable, int], bool],
                     name_word: Callable[[str], bool]) -> None:
        """'associates of Ridouan Taghi before Taghi was sentenced': two capitalised words that no
        list, word list or place list holds, standing alone, whose second word the brief also
        writes alone, are a person's given name and surname (the orthographic co-reference of
        rule-based recognisers such as GATE's). ``ordinary``: the English words of the casing
        list; a pair in a title-case ``headline`` says nothing; a word ``place`` knows that no
        ``name_word`` list holds ('Jebel Uweinat', 'Frontera Comalapa'), or an institution word
        ('Operação Contenção'), is a place's or a body's. A person takes no article: 'the Daryai
        Ittehad', 'an Ifoghas Tuareg', 'the Savo attack' name a body, a people or a place."""
        text, n = t.text, len(t.text)
        taken = covered_tokens(found.mentions)

        def articled(k: int) -> bool:
            return k > 0 and t.lower[k - 1] in ARTICLES

        def alone(a: int, b: int) -> bool:  # no capitalised word on either side of [a, b)
            return (a == 0 or not t.cap[a - 1] or "\n" in text[a - 1]) and (b >= n or not t.cap[b])

        def foreign(k: int) -> bool:
            return t.title[k] and t.alpha[k] and len(text[k]) >= 3 and k not in taken \
                and t.lower[k] not in ordinary and t.lower[k] not in self.not_names and text[k] not in self.titles \
                and text[k] not in self.office_titles and t.lower[k] not in self.particles \
                and fold_word(text[k], {}) not in self.places and (name_word(text[k]) or not place(t, k))
        singles: dict[str, list[int]] = defaultdict(list)
        for k in range(n):
            if t.title[k] and k not in taken and alone(k, k + 1):
                singles[text[k]].append(k)
        if not singles:
            return
        for i in range(n - 1):
            j = i + 1
            if text[j] not in singles or not alone(i, j + 1) or not foreign(i) or not foreign(j):
                continue
            if f"{fold_word(text[i], {})} {fold_word(text[j], {})}" in self.places \
                    or headline(t, t.sent_of[i]) or t.sent_of[i] != t.sent_of[j]:
                continue
            if articled(i) or any(articled(k) for k in singles[text[j]]):
                continue
            echoes = sum(k != j for k in singles[text[j]])
            if place(t, i) and not name_word(text[j]) and echoes < 2:
                # 'Wadi Markha' (then 'Markha' once): a place word (also a given name) before a
                # word of no name; a surname the story keeps using stays ('Nigel Farage', then
                # 'Farage' six times; Nigel is also a town)
                continue
            if echoes:
                self.add(t, found, i, j + 1, "shape.person_echo")
                taken.update((i, j))

    def nicknames(self, t: TokenTable, found: Found) -> None:
        """'Mohamed Hamdan Dagalo, known as "Hemedti"', 'Jimmy Chérizier, the former police officer
        better known as “Barbecue”', 'Wilson Joseph, alias “Lanmò Sanjou”': a second name of the
        person named just before (``alias.nickname``), found wherever else it is used."""
        lower, text = t.lower, t.text
        n = len(text)
        people = sorted((m for m in found.mentions if m.label == "PERSON" and len(m.actor_ids) == 1),
                        key=lambda m: m.end)
        taken = covered_tokens(found.mentions)
        sent_of, _, sent_ends = t.bounds
        defined: dict[str, tuple[str, str]] = {}

        def name_at(j: int, hi: int) -> int:
            """The end of a run of one to three capitalised words at j (j when there is none)."""
            end = j
            while end < hi and end not in taken and (t.cap[end] or t.acro[end]) and end - j < 3:
                end += 1
            return end

        def define(owner: Mention, j: int, end: int) -> None:
            surface = t.string(j, end)
            defined[surface] = (owner.actor_id, "alias.nickname")
            if surface[0].islower():  # 'al-Ashqar' opens a sentence as 'Al-Ashqar'
                defined[surface[0].upper() + surface[1:]] = (owner.actor_id, "alias.nickname")
            found.actors[owner.actor_id].aliases.add(surface)

        cues = [i for i in t.where("lower", NICKNAME_CUES | {"by"})
                if lower[i] != "by" or i > 0 and lower[i - 1] in GO_FORMS and i + 1 < n and text[i + 1] in QUOTES]
        for i in cues:  # ('who goes by "Sabo"': 'by' only after a form of 'go' and before a quote)
            j = i + 1
            if lower[i] in {"known", "called"}:
                # 'known as', 'known in the movement as': a few words may come between
                k = j - 1 if lower[i] == "called" else next(
                    (k for k in range(j, min(n, j + 5)) if lower[k] == "as"), None)
                if k is None or any(t.punct[x] for x in range(j, k)):
                    continue
                j = k + 1
            hi = sent_ends[sent_of[i]]
            if j < n and text[j] in QUOTES:
                j += 1
            j = self.skip_titles(t, j)  # 'nicknamed "Commandant Zoulou"': the name after the rank
            # (an article inside the quotes is part of the name: '"the Ledger"', '"al-Ashqar"')
            article = 1 if j + 1 < n and text[j - 1] in QUOTES and lower[j] in QUOTED_ARTICLES and t.cap[j + 1] \
                else 2 if j + 2 < n and lower[j] in GLUED_ARTICLES and text[j + 1] == "-" and t.cap[j + 2] else 0
            owner = next((m for m in reversed(people) if m.end <= i and sent_of[m.start] == sent_of[i]
                          and i - m.end <= 12 and (text[m.end] in {",", "("} or lower[m.end] == "who"
                                                  or lower[i] == "by" and m.end == i - 1)), None)
            if owner is None and j < n and text[j - 1] in QUOTES:
                owner = self._nicknamed_name(t, found, i, taken)  # 'among them Rizal Tandjung, known as "Abu Faruq"'
            if owner is None:
                continue
            named = next((m for m in people if m.start == j and m.actor_id != owner.actor_id), None)
            if named is not None:
                # 'Hettiarachchi, known on the coast as "Weligama Ruwan"': a name its shape found
                # as a person of its own is his second name
                merge(found, keep=owner.actor_id, into=named.actor_id)
                continue
            end = name_at(j + article, hi)
            if end <= j + article:
                continue
            define(owner, j, end)
            # 'known as Sonu or Bhupathi': each is a second name
            k = end
            while k < hi and k - end < 2 and (text[k] in QUOTES or text[k] == ","):
                k += 1  # ('called “Bo Kyar,” or “Tiger Officer,”': the comma inside the quotes)
            if k + 1 < hi and lower[k] == "or":
                j2 = k + 1 + (1 if text[k + 1] in QUOTES else 0)
                end2 = name_at(j2, hi)
                if end2 > j2:
                    define(owner, j2, end2)
        # 'a spokesman using the call sign "Caesar"', 'who goes by the nom de guerre "Barbecue"':
        # the name a person of no other name in the text goes by
        # ('a former finance chief known by the alias "Chamizo"': an alias no name stands before)
        for i in t.where("lower", {"sign", "guerre", "codename", "kunya", "alias"}):
            if lower[i] == "sign" and (i < 1 or lower[i - 1] != "call"):
                continue
            if lower[i] == "alias" and not (i >= 3 and lower[i - 1] in {"the", "an"} and lower[i - 2] == "by"
                                            and lower[i - 3] in {"known", "goes", "go", "went", "going"}):
                continue  # ('known by the alias "X"', not 'trades under the alias "Golden Crescent"')
            if lower[i] == "guerre" and (i < 2 or lower[i - 1] != "de" or lower[i - 2] != "nom"):
                continue
            j = i + 1 + (1 if i + 1 < n and text[i + 1] in QUOTES else 0)
            end = name_at(j, sent_ends[sent_of[i]])
            if end > j and not any(k in taken for k in range(j, end)):
                actor_id = self.add(t, found, j, end, "alias.call_sign")
                taken.update(range(j, end))
                defined.setdefault(t.string(j, end), (actor_id, "alias.call_sign"))  # and wherever else it is used
        # 'Luís Antônio da Silva Braga, "Zinho", led', 'Andrei Troshev ("Sedoi") recruits': a
        # quoted name right after a person's is his second name
        for m in people:
            k = m.end
            if k + 1 < n and text[k] in QUOTES and t.ws[k - 1]:
                k -= 1  # 'Nimcaan Yusuf Osman "Gaaxnuug", sent': the quoted name with no comma before
            if k + 3 < n and text[k] == "(" and lower[k + 1] == "the" and text[k + 2] in QUOTES:
                k += 1  # 'Christy Kinahan Sr (the "Dapper Don")'
            if k + 2 < n and (text[k] in {",", "("} or k < m.end or lower[k] == "the") and text[k + 1] in QUOTES:
                j = k + 2
                end = name_at(j, sent_ends[sent_of[k]])
                if end > j and end + 1 < n and (text[end] in QUOTES and text[end + 1] in {",", ")"}
                                                or text[end] == "," and text[end + 1] in QUOTES):
                    define(m, j, end)  # (the comma inside the quotes: 'Ismael Zambada García, "El Mayo,"')
        # 'Juan Orlando Hernández (JOH)': the initials of a whole name, in brackets right after it
        for m in people:
            k = m.end
            if k + 2 < n and text[k] == "(" and text[k + 2] == ")" and t.acro[k + 1] and k + 1 not in taken \
                    and initials_fit([text[j] for j in range(m.start, m.end) if t.cap[j]], text[k + 1]):
                define(m, k + 1, k + 2)

        if defined:
            self.learnt.apply(t, found, defined)

    def quoted_middles(self, t: TokenTable, found: Found) -> None:
        """'Deon "Tjokkie" Abrahams': a quoted nickname between a given name and a surname is
        inside one name; the surname, read as a person of its own, is this one."""
        text, n = t.text, len(t.text)
        sent_of = t.sent_of
        surnames: dict[str, tuple[str, str]] = {}
        for m in [x for x in found.mentions if x.label == "PERSON" and x.via != "coref" and len(x.actor_ids) == 1]:
            j = m.end + 1
            if j + 2 >= n or text[m.end] not in QUOTES or not t.ws[m.end - 1]:
                continue
            end = j
            while end < n and end - j < 2 and t.title[end] and t.alpha[end]:
                end += 1
            if end == j or end + 1 >= n or text[end] not in QUOTES or not t.ws[end]:
                continue
            last = end + 1
            while last < n and last - end <= 2 and t.title[last] and t.alpha[last] \
                    and sent_of[last] == sent_of[m.start]:
                last += 1
            inside = [x for x in found.mentions if x is not m and x.start < last and x.end > m.end]
            if last == end + 1 or any(x.label != "PERSON" or x.start < j or x.end > last for x in inside):
                continue  # (a group, or a name running on past the surname)
            for other in inside:
                found.mentions.remove(other)
                if other.actor_id != m.actor_id and other.actor_id in found.actors:
                    merge(found, keep=m.actor_id, into=other.actor_id)
            m.end = last
            found.actors[m.actor_id].aliases.add(t.string(j, end))
            if m.via == "shape":  # a name no list holds is named as the brief writes it whole
                name = one_line(t.string(m.start, last))
                whole = f"person:{slug(name)}"
                if whole not in found.actors:
                    found.actors[whole] = Actor(whole, "PERSON", name)
                merge(found, keep=whole, into=m.actor_id)
            surnames[t.string(end + 1, last)] = (m.actor_id, "surname.repeat")
            surnames.setdefault(t.string(j, end), (m.actor_id, "alias.nickname"))  # 'Kiko' later on
        if surnames:
            self.learnt.apply(t, found, surnames, inside_names=False)

    def _modifiers(self, t: TokenTable, forms: dict[str, list[str]], taken: set[int]) -> set[str]:
        """Surname forms the brief also uses before a plural noun ('Baloch activists', 'Baloch
        separatists'): the name of a people or clan, which alone does not mean one person (a
        kin noun names a family: 'the Haftar sons')."""
        out = set()
        for form, start, end in self.learnt.occurrences(t, forms):
            if start not in taken and self._plural_noun_at(t, end) \
                    and t.lower[end] not in self.kin_nouns:  # 'the Haftar sons': a family's name
                out.add(form)
        return out

    def _plural_noun_at(self, t: TokenTable, k: int) -> bool:
        """Whether token k is a lower-case plural noun ('activists', 'financiers'), which makes
        the capitalised words before it a modifier ('Baloch activists'), not a person."""
        if k >= len(t.lower):
            return False
        word = t.lower[k]
        return t.is_lower[k] and t.alpha[k] and len(word) > 3 and word.endswith("s") \
            and not word.endswith(("ss", "us", "is")) and word not in self.verbs_in_s

    def _names_alone(self, t: TokenTable, end: int) -> bool:
        """Whether a word ending at ``end`` stands alone: a possessive, punctuation or a word that
        cannot go on a name follows it (a title's 'After Raila:', 'a challenge to Sisi from')."""
        return end >= len(t.text) or t.text[end] in POSSESSIVES or t.punct[end] \
            or t.lower[end] in self.early_surname_followers and t.is_lower[end]

    def given_names(self, t: TokenTable, found: Found, usually_lower: frozenset[str]) -> None:
        """'Bakura Doro' ... 'Bakura has vowed', 'the Debretsion faction': a person named in
        full is also named by the first word of the name alone (common for Sahelian, Horn
        and Arabic names), when no other person of the brief shares it. A one-word group shape
        on that word ('the Bakura faction') is the person's name, not a group's."""
        mentions = found.mentions
        firsts: dict[str, int] = {}
        owners: dict[str, set[str]] = defaultdict(set)
        for m in sorted(mentions, key=lambda x: x.start):
            if m.label != "PERSON" or m.via not in {"pattern", "alias", "shape"} or m.end - m.start < 2:
                continue
            word = t.text[m.start]
            if len(word) < 4 or not t.cap[m.start] or t.lower[m.start] in self.particles \
                    or t.lower[m.start] in usually_lower or word in self.titles or word in self.office_titles:
                continue
            owners[word].add(m.actor_id)
            firsts.setdefault(m.actor_id, m.end)
        usable = {form: next(iter(ids)) for form, ids in owners.items() if len(ids) == 1}
        # names of other actors a list or the text's own definitions know (not a group only
        # guessed from this very word's shape)
        listed = {m.actor_id for m in mentions if m.via in {"pattern", "alias", "acronym"}}
        other_names = {a.name for a in found.actors.values() if a.label != "PERSON" and a.id in listed}
        usable = {form: owner for form, owner in usable.items() if form not in other_names}
        if not usable:
            return
        by_start = {m.start: m for m in mentions}
        taken = covered_tokens(mentions)
        for form, start, end in self.learnt.occurrences(t, {f: [o] for f, o in usable.items()}):
            owner = usable[form]
            if end - start != 1 or start < firsts[owner] and not self._names_alone(t, end) \
                    or not _free_name_word(t, start):
                continue  # (before the full name only where nothing could go on the name: 'After Raila:')
            if end < len(t.text) and t.cap[end]:
                continue  # the start of a longer name
            if start > 0 and t.cap[start - 1] \
                    and f"{fold_word(t.text[start - 1], {})} {fold_word(t.text[start], {})}" in self.places:
                continue  # the end of a capital's name: 'Addis Ababa' is no 'Ababa' (Sharo)
            held = by_start.get(start)
            if held is not None and held.end == end and held.label == "GROUP" and held.via == "shape":
                mentions.remove(held)  # 'the Bakura faction'
                taken.difference_update(range(start, end))
            if any(i in taken for i in range(start, end)):
                continue
            mentions.append(Mention(start, end, (owner,), "surname.given_name", "PERSON"))
            taken.update(range(start, end))

    @staticmethod
    def _surnames_taken_by_shapes(found: Found, owners: dict[str, set[str]]) -> None:
        """'the Kanu loyalists' made a one-word group of a surname the brief gives a person in
        full ('Nnamdi Kanu'): no list names that group and only its shape vouched for it, so the
        word is the person's and the group goes."""
        shaped: dict[str, list[Mention]] = defaultdict(list)
        for m in found.mentions:
            if m.label == "GROUP":
                shaped[m.actor_id].append(m)
        for actor_id, ms in shaped.items():
            actor = found.actors.get(actor_id)
            if actor is None or " " in actor.name or actor.name not in owners \
                    or not all(m.via == "shape" for m in ms):
                continue
            found.mentions[:] = [m for m in found.mentions if m.actor_id != actor_id]
            del found.actors[actor_id]

    def surnames(self, t: TokenTable, found: Found, *,
                 headline: Callable[[TokenTable, int], bool] = lambda t, sentence: False,
                 given: Callable[[str], bool] | None = None,
                 family_first: Callable[[str, list[str]], bool] | None = None) -> None:
        """A surname alone after its person was named in full, or before in a headline: a brief's
        title names by surname whom the body introduces ('Machar's Detention Pushes ...')."""
        self._titled_surnames(t, found)
        actors, mentions = found.actors, found.mentions
        firsts: dict[str, int] = {}
        kin: set[str] = set()  # introduced as someone's relative: 'His father, Muammar Gaddafi,'
        owners: dict[str, set[str]] = defaultdict(set)
        middles: dict[str, set[str]] = defaultdict(set)
        for m in sorted(mentions, key=lambda x: x.start):
            if m.label != "PERSON" or m.via == "surname":
                continue
            for form in self.surname_forms(t, m):
                owners[form].add(m.actor_id)
            middle = self.middle_surname(t, m, given) if given is not None else None
            if middle is not None:
                middles[middle].add(m.actor_id)
            first = self.first_surname(t, m, family_first) if family_first is not None else None
            if first is not None:
                middles[first].add(m.actor_id)
            if m.actor_id not in firsts:
                k = m.start - 1 - (m.start >= 1 and t.text[m.start - 1] == ",")
                if k >= 0 and t.lower[k] in self.kin_nouns:
                    kin.add(m.actor_id)
            firsts.setdefault(m.actor_id, m.end)
        # an Iberian first surname ('Cáceres') only where no one's last name is that word: 'Hosseini'
        # alone is Hossein Hosseini, not Ali Hosseini Khamenei
        for form, ids in middles.items():
            if form not in owners:
                owners[form] = ids
        # a word of a listed person's name that is only unlisted people's surname: 'Azali' alone is
        # Azali Assoumani, the president the lists know, not his son Nour El Fath Azali; 'Obiang'
        # the president, not the relatives whose last name it is; 'Haitham' the sultan Haitham bin
        # Tariq, not his son Theyazin bin Haitham (the figure readers know by the word, as below)
        in_lists = {m.actor_id for m in mentions if m.label == "PERSON" and m.via == "pattern"} - kin
        for m in mentions:
            if m.actor_id in in_lists and m.end - m.start >= 2:
                for k in range(m.start, m.end - 1):
                    word = t.text[k]
                    if word in owners and t.cap[k] and not owners[word] & in_lists and word not in self.titles \
                            and word not in self.office_titles and t.lower[k] not in self.particles:
                        owners[word].add(m.actor_id)
        self._surnames_taken_by_shapes(found, owners)
        other_names = {a.name for a in actors.values() if a.label != "PERSON"}
        # A surname several people share ('Khalifa Haftar' and his sons Saddam and Khaled
        # Haftar) means, alone, the one a list knows (the figure readers know by it) unless the
        # brief brings him in as another's relative ('His father, Muammar Gaddafi,'), else the
        # one the brief introduced first: writers name the others in full each time.

        usable = {form: sorted(ids, key=lambda a: (a not in in_lists, firsts[a], a)) for form, ids in owners.items()
                  if form not in other_names}
        if not usable:
            return
        taken = covered_tokens(mentions)
        modifiers = self._modifiers(t, usable, taken)
        for form, start, end in self.learnt.occurrences(t, usable):
            owner = usable[form][0]
            # before the full name too where the brief has one person of that surname and the
            # word stands alone, before a possessive or a stop (writers name a figure readers know:
            # "the PFF, Besigye's party, ..." before "Kizza Besigye, ..."); not 'the Pambei faction',
            # 'Gakharia for Georgia', where the word opens a longer name
            alone = len(usable[form]) == 1 or owner in in_lists and usable[form][1] not in in_lists
            early = start < firsts[owner] and not headline(t, t.sent_of[start]) and not (
                # alone, as in the key judgments' 'a challenge to Sisi from inside' (not 'the
                # Pambei faction', 'Zeaiter men', 'Gakharia for Georgia')
                alone and (end == len(t.text) or t.text[end].isspace() or self._names_alone(t, end)))
            if early or any(i in taken for i in range(start, end)):
                continue
            if not _free_name_word(t, start):
                continue
            if not alone and form in modifiers:
                continue  # 'Baloch activists': a people's name several of the brief's people bear
            via = "surname.repeat" if len(usable[form]) == 1 else "surname.first_holder"
            mentions.append(Mention(start, end, (owner,), via, "PERSON"))
            taken.update(range(start, end))
