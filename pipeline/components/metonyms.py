"""Capitals that act for their state ('Moscow has promised', 'Tehran arms the Houthis',
'Kigali's decision', 'Beijing, which supplies arms ...'), never where they are places ('in
Kabul', 'flights to Beijing'). The capitals and their spellings come from
generated/lexicon/places.json; a capital acting for its state is a mention of the state with
via ``metonym`` (rule ``metonym.capital``): an actor for claims, not a name for scoring.

A capital acts when the word after it is a verb of the brief's claim vocabulary, an auxiliary
or a speech verb ('has', 'arms', 'said'), when its possessive owns an act or a stance
('Kigali's decision', 'Moscow's backing'), when 'which' or 'who' follows it, or when it is
listed with a state or another acting capital ('Washington and Moscow have'), or when a verb
of dealing with an actor takes it as object ('accuses Cotonou of', 'sharing with Ouagadougou').
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pipeline.components.surfaces import Entry
from pipeline.components.tokens import QUOTES, TokenTable, is_year

AUXILIARIES = frozenset("has have had is was were will would could can may might must should shall did does do "
                        "has n't also".split())
POSSESSIVES = frozenset({"'s", "\u2019s"})
RELATIVES = frozenset({"which", "who"})
NOUN_OPENERS = frozenset({"the", "a", "an", "its"})  # 'Kabul, the capital, has': an apposition
OWNER_PRONOUNS = frozenset({"its", "their"})  # a seat they own is their state's, not the list's
# what a partner verb shares, or how, between it and 'with' ('shares intelligence with Tunis')
SHARED_WORDS = frozenset({"intelligence", "information", "data", "evidence", "its", "their", "closely", "directly",
                          "also", "quietly", "regularly", "openly", "separately", "secretly", "indirectly",
                          "bilaterally"})



class Capitals:
    def __init__(self, *, verbs: frozenset[str], lexicon: dict[str, Any], units: frozenset[str]):
        """``verbs``: lemmas and forms that make a capital a subject; ``lexicon``:
        lexicon/metonyms.json. The capitals themselves are in the gazetteer index (entries of
        via "capital", see ``entries``), so a brief is looked up once. ``units``: the words that
        end a state's own force's name (claims.json state_unit_words)."""
        self.verbs = verbs
        self.units = units  # a state's own forces end their names with these ('Africa Corps', 'Quds Force')
        self.agentive = frozenset(lexicon["agentive_nouns"])
        self.locatives = frozenset(lexicon["locatives"])
        self.openers = frozenset(lexicon["noun_phrase_openers"])
        self.object_verbs = frozenset(lexicon["object_verbs"])
        self.partner_words = frozenset(lexicon["partner_words"])
        self.object_nouns = frozenset(lexicon["object_nouns"])
        self.object_noun_prepositions = frozenset(lexicon["object_noun_prepositions"])
        self.adverbs = frozenset(lexicon["adverbs_before_verb"])

    @staticmethod
    def entries(capitals: dict[str, Any], seats: dict[str, str]) -> Iterable[tuple[str, Entry]]:
        """(surface, entry) of every capital spelling (places.json) and seat of government
        (metonyms.json: 'the Kremlin', 'the State Department'), for the gazetteer index."""
        for capital in capitals.values():
            yield capital.name, Entry(capital.state, "STATE", "capital", False, "generated", None)
        for seat, state in seats.items():
            yield seat, Entry(state, "STATE", "capital", False, "hand", None)

    def find(self, t: TokenTable, hits: list[tuple[int, int, str]], taken: set[int],
             listed: set[int]) -> list[tuple[int, int, str]]:
        """(start, end, state id) of the capitals acting for their state, among the capitals the
        gazetteer found (``hits``). ``listed``: the first tokens of state and group mentions, for
        lists ('Russia and Beijing have', 'Baghdad and the KRG agreed')."""
        hits = [(s, e, state) for s, e, state in hits if not any(k in taken for k in range(s, e)) and t.cap[s]]
        # the longest of capitals that overlap ('Mexico City', not also its 'Mexico', which some
        # lists give as the city's name too)
        longest: list[tuple[int, int, str]] = []
        for hit in sorted(hits, key=lambda h: (h[0], -h[1])):
            if not longest or hit[0] >= longest[-1][1]:
                longest.append(hit)
        hits = longest
        found = []
        starts = {s for s, _, _ in hits} | listed
        for start, end, state in hits:
            if self._owned_seat(t, start, end, starts):
                continue  # "Pakistan's Foreign Office", 'the Pakistani Foreign Office': another state's
            if start > 0 and t.lower[start - 1] in self.locatives and not self._object(t, start) \
                    and not (end < len(t.text) and t.text[end] in POSSESSIVES):
                continue  # (a preposition before a possessive is the owned noun's: 'one of Caracas's
                # closest allies', 'in Moscow's view')
            if start > 0 and t.lower[start - 1] in self.openers:
                continue  # 'several Tripoli armed groups': the capital names where they are
            if self._acts(t, end) or self._listed(t, start, end, starts) or self._object(t, start):
                found.append((start, end, state))
        return found

    @staticmethod
    def _owned_seat(t: TokenTable, start: int, end: int, starts: set[int]) -> bool:
        """Whether a seat of government named by common words ('Foreign Office', 'State
        Department') belongs to a state or demonym named right before it, not to the state the
        list gives it."""
        if end - start < 2 or start < 1:
            return False  # a one-word capital or seat ('Kremlin', 'Whitehall') is its own state's
        if start >= 2 and t.text[start - 1] in POSSESSIVES:
            return any(k in starts for k in range(max(0, start - 5), start - 1))
        if t.lower[start - 1] in OWNER_PRONOUNS:
            return True  # 'Its Foreign Office accused India': the state 'its' stands for
        return t.cap[start - 1] and t.alpha[start - 1] and start - 1 != t.sent_starts[t.sent_of[start - 1]]

    def _object(self, t: TokenTable, start: int) -> bool:
        """'accuses Cotonou of', 'urged Kigali to', 'intelligence sharing with Ouagadougou',
        'pressure on Beirut': the capital is what a verb or noun of dealing with an actor acts on."""
        if start >= 2 and t.lower[start - 1] in {"both", "either"}:
            start -= 1  # 'has pressed both Baghdad and the KRG'
        if start < 1:
            return False
        if t.lemma[start - 1] in self.object_verbs or t.lower[start - 1] in self.object_verbs:
            return True
        if t.lower[start - 1] == "by" and start >= 2 and t.lower[start - 2].endswith(("ed", "en")):
            return True  # the agent of a passive: 'remain banned by New Delhi'
        if t.lower[start - 1] in self.object_noun_prepositions and start >= 2 \
                and t.lower[start - 2] in self.object_nouns:
            return True  # 'pressure on Beirut', 'leverage over Juba'
        if t.lower[start - 1] not in {"with", "between"} or start < 2:
            return False
        if t.lemma[start - 2] in self.partner_words or t.lower[start - 2] in self.partner_words:
            return True
        # 'shares intelligence with Tunis': a partner word, then only what is shared or how
        # (not 'shares water with Kabul', 'families with Kabul relatives')
        j = start - 2
        while j >= max(0, start - 4) and t.lower[j] in SHARED_WORDS:
            j -= 1
        return t.lower[start - 1] == "with" and j < start - 2 and j >= 0 and (
            t.lemma[j] in self.partner_words or t.lower[j] in self.partner_words)

    def _acts(self, t: TokenTable, end: int) -> bool:
        n = len(t.text)
        if end >= n:
            return False
        lower, nxt = t.lower, t.lower[end]
        if t.text[end] in POSSESSIVES:
            j = end + 1
            while j < n and j - end <= 4 and t.cap[j] and t.alpha[j]:
                j += 1
            if j > end + 1 and t.text[j - 1] in self.units:
                return True  # 'Moscow's Africa Corps', 'Tehran's Quds Force': the state's own force
            k = end + 1
            for _ in range(2):  # 'Abu Dhabi's direct dealings', 'Asmara's most dependable backer'
                if k + 1 < n and (t.is_lower[k] and t.alpha[k] or is_year(t.text[k])) and lower[k] not in self.agentive:
                    k += 1
            return k < n and (lower[k] in self.agentive or t.lemma[k] in self.agentive)
        if t.text[end] == "," and end + 1 < n and lower[end + 1] in RELATIVES:
            return True
        if t.text[end] == ",":
            # 'Dhaka, for its part, has promised', 'Moscow, in turn, warned': past a short
            # parenthetical of lower-case words, the verb decides
            close = next((k for k in range(end + 2, min(n, end + 5)) if t.text[k] == ","), None)
            if close is not None and lower[end + 1] not in NOUN_OPENERS \
                    and all(t.is_lower[k] and t.alpha[k] for k in range(end + 1, close)):
                return self._acts(t, close + 1)
        if t.text[end] in QUOTES and end + 1 < n and lower[end + 1] in AUXILIARIES:
            return True  # 'the embassy said Beijing "will not accept ..."': a quoted verb group
        if not t.is_lower[end]:
            return False
        if nxt not in AUXILIARIES and end + 1 < n and t.is_lower[end + 1] and (
                nxt in self.adverbs or nxt.endswith("ly") and len(nxt) > 4):
            end += 1  # 'Doha still hosts', 'Moscow quietly supplies'
            nxt = lower[end]
        return nxt in AUXILIARIES or nxt in self.verbs or t.lemma[end] in self.verbs and nxt != t.lemma[end]

    def _listed(self, t: TokenTable, start: int, end: int, starts: set[int]) -> bool:
        """'Washington and Moscow have ...', 'Baghdad and the KRG agreed': one of a pair whose
        last member acts."""
        lower = t.lower
        n = len(t.text)
        other = end + 2 if end + 2 < n and lower[end + 1] == "the" else end + 1
        if other < n and lower[end] in {"and", "or"} and other in starts:
            k = other
            while k < n and not t.punct[k] and not t.is_lower[k]:
                k += 1
            if k + 2 < n and t.text[k] == "(" and t.text[k + 2] == ")":
                k += 3  # 'the Kurdistan Regional Government (KRG) agreed'
            return self._acts(t, k)
        return start >= 2 and lower[start - 1] in {"and", "or"} and self._acts(t, end)
