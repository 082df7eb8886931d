"""Alias safety policy: decide, per alias, how (or whether) it may be matched.

The sanctions and event-coder lists were written to be searched by humans or
used on pre-selected news, not to be run over arbitrary prose: they hold aliases
like "The Base", "The Youth", "AIM", bare surnames and given names. A pattern
that fires on ordinary English is worse than a missing one, so every alias gets
one of four verdicts (see patterns/generated/README.md):

- keep           match with the loader's default case handling
- keep, exact    match case-sensitively (acronyms; names made of English words)
- keep, context  also require a context word in the same sentence
- drop           with a reason, counted in the build report
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .lexicon import english_words, stop_words
from .text import LOWER_WORDS, NAME_PARTICLES, is_latin, key, squash, tokens

# Words that make a phrase a description, not a name ("al-Qaida offshoot").
DESCRIPTORS = frozenset(
    "affiliated affiliates offshoot offshoots operatives linked militants members".split()
)
# Words that say "Islamist armed group" in every second name: on their own they name no one.
GENERIC_NAME_WORDS = frozenset(
    """islamic islam islamiya islamiyya islami muslim muslims arab arabic jihad jihadi mujahideen
    mujahidin mujahedin mujahid ansar harakat jamaat jamaa tanzim lashkar jaish""".split()
)
# Nouns of bureaucratic names: an all-English name holding one is a description
# any country could have ("Ministry of Defence", "Trading Company").
INSTITUTION_WORDS = frozenset(
    """ministry department office bureau agency authority directorate administration
    company corporation establishment institute institution center centre industries
    industry bank committee commission council organization organisation
    foundation society association trust fund services service trading""".split()
)  # 'group' is left out: 'Islamic Jihad Group' is a name.

# Titles stripped from people's names; honorifics may stay in front of one name.
POLITICAL_TITLES = (
    "president",
    "prime minister",
    "foreign minister",
    "defence minister",
    "defense minister",
    "minister",
    "acting minister",
    "deputy",
    "general",
    "gen",
    "colonel",
    "col",
    "major",
    "captain",
    "king",
    "queen",
    "prince",
    "princess",
    "crown prince",
    "emir",
    "amir",
    "sir",
    "dr",
    "mr",
    "mrs",
    "ms",
    "dato",
    "datuk",
    "tun",
    "commander",
    "extremist",
    "senator",
    "governor",
    "chairman",
    "marshal",
    "field marshal",
    "lieutenant",
    "hojjat ol eslam",
    "hojatoleslam",
)
HONORIFICS = (
    "mullah",
    "sheikh",
    "shaykh",
    "shaikh",
    "sheik",
    "haji",
    "hajji",
    "qari",
    "mawlawi",
    "maulvi",
    "maulana",
    "mawlana",
    "ayatollah",
    "imam",
    "mufti",
    "sayyed",
    "sayyid",
    "seyyed",
    "sayed",
)

# Sentence words that make a generic name safe enough to count (briefs are about these).
SECURITY_CONTEXT = (
    "attack",
    "attacks",
    "attacked",
    "militant",
    "militants",
    "insurgent",
    "insurgents",
    "insurgency",
    "terrorist",
    "terrorists",
    "terrorism",
    "armed",
    "fighters",
    "jihadist",
    "jihadists",
    "jihadi",
    "rebel",
    "rebels",
    "militia",
    "militias",
    "bombing",
    "bombings",
    "bomb",
    "bombs",
    "bomber",
    "sanctions",
    "sanctioned",
    "designated",
    "extremist",
    "extremists",
    "separatist",
    "separatists",
    "guerrilla",
    "guerrillas",
    "hostage",
    "hostages",
    "kidnapping",
    "kidnapped",
    "suicide",
    "islamist",
    "islamists",
    "jihad",
    "weapons",
    "troops",
    "military",
    "offensive",
    "ambush",
    "killed",
    "claimed",
)
# A vendor's tracking code ('APT28', 'UNC3944', 'TA505', 'Storm-1567') names one crew anywhere.
TRACKING_CODE = re.compile(r"[A-Z][A-Za-z]{1,5}-?\d{2,5}")

ROLE_CONTEXT = (
    "minister",
    "ministry",
    "government",
    "president",
    "premier",
    "parliament",
    "cabinet",
    "senator",
    "ambassador",
    "diplomat",
    "official",
    "officials",
    "regime",
    "opposition",
    "spokesman",
    "spokeswoman",
    "leader",
    "commander",
    "general",
    "envoy",
    "governor",
)


@dataclass(frozen=True)
class Verdict:
    keep: bool
    reason: str  # why dropped or restricted; "ok" when kept as is
    case: str | None = None  # "exact" | "insensitive" | None (loader default)
    context: tuple[str, ...] | str = ()  # words, or the name of a list in lexicon/contexts.json


@dataclass
class NameStats:
    """How often each token appears across distinct people in all lists: a name
    made only of frequent tokens ('Mohammed Ali') belongs to many people."""

    df: Counter = field(default_factory=Counter)
    threshold: int = 4

    def add(self, names: list[str]) -> None:
        for tok in {t.lower() for n in names for t in tokens(n)}:
            self.df[tok] += 1

    def common(self, tok: str) -> bool:
        return self.df[tok.lower()] >= self.threshold or tok.lower() in english_words()


def strip_title(text: str) -> str | None:
    """'President Hamid Karzai' -> 'Hamid Karzai'; 'Mullah Omar' stays (an honorific
    before one name is how that person is named); 'President Karzai' -> None."""
    text = squash(text)
    low = key(text)
    for title in sorted(POLITICAL_TITLES + HONORIFICS, key=len, reverse=True):
        if low.startswith(title + " "):
            words = text.split(" ")
            rest = " ".join(words[len(title.split()) :]).lstrip(". ")
            if len(tokens(rest)) >= 2:
                return strip_title(rest)
            return text if title in HONORIFICS else None
    return text


def _is_acronym(text: str) -> bool:
    bare = text.replace(".", "").replace("-", "")
    return bare.isalpha() and bare.isupper() and 2 <= len(bare) <= 6


class Policy:
    def __init__(self, false_friends: set[str] | None = None, names: NameStats | None = None):
        self.false_friends = {key(t) for t in (false_friends or set())}
        self.names = names or NameStats()
        self.english = english_words()
        self.stop = stop_words()

    # ----------------------------------------------------------- shared checks

    def _basic(self, text: str) -> Verdict | None:
        if not text.strip():
            return Verdict(False, "empty")
        if not is_latin(text):
            return Verdict(False, "non_latin")
        if key(text) in self.false_friends:
            return Verdict(False, "false_friend")
        if not re.search(r"[^\W\d_]", text):
            return Verdict(False, "numeric")
        if len(text.replace(" ", "")) < 3:
            return Verdict(False, "too_short")
        return None

    def judge(
        self, text: str, label: str, quality: str = "good", context: tuple[str, ...] = ()
    ) -> Verdict:
        basic = self._basic(text)
        if basic:
            return basic
        if label == "PERSON":
            return self._person(text, quality, context)
        if label == "STATE":
            return self._state(text)
        return self._group(text, quality)

    def judge_cyber(self, text: str, quality: str = "good", places: frozenset[str] = frozenset()) -> Verdict:
        """A name from the cyber threat-actor lists: a tracking code stands alone; a place's name,
        one English word, a synonym made of English words and one word people are named by are
        dropped; any other name needs a sentence (or a brief) about intrusions, and exact case
        when it holds an English word ('Scattered Spider'). ``places``: place names' keys (text.key)."""
        basic = self._basic(text)
        if basic:
            return basic
        lows = [t.lower().rstrip(".") for t in tokens(text)]
        if any(t in DESCRIPTORS for t in lows):
            return Verdict(False, "descriptor")
        if TRACKING_CODE.fullmatch(text):
            return Verdict(True, "ok")
        if quality == "low":
            return Verdict(False, "low_quality_single_word")
        if key(text) in places:
            return Verdict(False, "place_name")  # the 'Nevada' brand
        plain_words = [t in self.english or t in GENERIC_NAME_WORDS for t in lows]
        if len(lows) == 1 and plain_words[0]:
            # 'Play', 'Unknown', 'Royal': exact case is no guard at a sentence's start ('Unknown
            # hackers breached ...'), and a brief about intrusions would vouch for any of them
            return Verdict(False, "english_word")
        if quality != "name" and all(plain_words):
            return Verdict(False, "english_synonym")  # a vendor's 'Dark Sea' for a crew
        if len(lows) == 1 and self.names.df[lows[0]] >= 1:
            # 'Fidel' for the Cuba ransomware; a list's own one-word name too ('Mogilevich',
            # 'Akira'): in a brief about organised crime the man, not a crew
            return Verdict(False, "person_name")
        plain = any(plain_words)
        return Verdict(True, "cyber_context", "exact" if plain else None, "cyber")

    # ----------------------------------------------------------- per label

    def _state(self, text: str) -> Verdict:
        # 'Chad', 'Turkey', 'China', 'Polish' are also English words: case decides.
        if any(t.lower() in self.english for t in tokens(text)) or _is_acronym(text):
            return Verdict(True, "english_word_exact", "exact")
        return Verdict(True, "ok")

    def _person(self, text: str, quality: str, context: tuple[str, ...]) -> Verdict:
        if strip_title(text) is None:
            return Verdict(False, "single_token_person")  # 'President Karzai'
        toks = tokens(text)
        lows = [t.lower().rstrip(".") for t in toks]
        core = [t for t in lows if t not in NAME_PARTICLES]
        kunya = lows[0] in ("abu", "umm", "abou") and len(core) == 1
        if kunya and (quality in ("low", "derived") or self.names.common(core[0])):
            return Verdict(False, "generic_kunya")  # 'Abu Mohammed' names thousands
        if len(core) < 2 and not kunya:
            return Verdict(False, "single_token_person")
        if any(t in self.stop and t not in NAME_PARTICLES for t in lows):
            return Verdict(False, "not_a_name")  # 'Sec. of State for the Environment'
        if any(len(t) == 1 for t in core) and len(core) < 3:
            return Verdict(False, "initials_only")  # 'Abu H Lala'
        generic = all(self.names.common(t) for t in core)
        if quality in ("low", "derived") and (generic or kunya):
            return Verdict(False, "low_quality_generic")
        if generic or kunya:
            return Verdict(True, "generic_name_context", "exact", tuple(sorted(set(context))))
        if any(t in self.english for t in core):
            return Verdict(True, "english_word_exact", "exact")
        return Verdict(True, "ok")

    def _group(self, text: str, quality: str) -> Verdict:
        toks = tokens(text)
        lows = [t.lower().rstrip(".") for t in toks]
        if any(t in DESCRIPTORS for t in lows):
            return Verdict(False, "descriptor")
        if len(toks) == 1:
            return self._group_word(text, lows[0], quality)
        # Function words only: spaCy's stop list also holds 'front', 'fire', 'part'.
        content = [t for t in lows if t not in LOWER_WORDS and t not in NAME_PARTICLES]
        plain = [t for t in content if t in self.english or t in GENERIC_NAME_WORDS]
        if not content:
            return Verdict(False, "generic_phrase")
        if len(plain) == len(content):
            if quality in ("low", "derived"):
                return Verdict(False, "low_quality_generic")
            if len(content) == 1:
                return Verdict(False, "generic_phrase")  # 'The Base', 'The Youth'
            if any(t in INSTITUTION_WORDS for t in content):
                return Verdict(False, "generic_institution")
            if len(content) == 2:
                return Verdict(True, "generic_phrase_context", "exact", SECURITY_CONTEXT)
            return Verdict(True, "english_phrase_exact", "exact")
        if _is_acronym(text.replace(" ", "")) and len(toks) <= 2:
            return Verdict(True, "acronym_exact", "exact")
        return Verdict(True, "ok")

    def _group_word(self, text: str, low: str, quality: str) -> Verdict:
        if _is_acronym(text):
            if low in self.english:
                return Verdict(False, "acronym_english_word")  # 'AIM', 'ART', 'HOPE'
            if len(low) <= 3:
                return Verdict(True, "short_acronym_context", "exact", SECURITY_CONTEXT)
            return Verdict(True, "acronym_exact", "exact")
        if low in self.english or low in GENERIC_NAME_WORDS:
            return Verdict(False, "english_word")
        if quality == "low":
            return Verdict(False, "low_quality_single_word")
        if len(low) <= 4:
            return Verdict(True, "short_word_exact", "exact")
        return Verdict(True, "ok")
