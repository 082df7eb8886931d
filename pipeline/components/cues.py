"""Relationship cues from the CAMEO verb dictionary (patterns/generated/claims/cameo.jsonl).

``briefs patterns build`` turns PETRARCH2's CAMEO verb patterns into cues: a verb (with its
forms), the words its pattern needs after or before it ('clash' + 'with', 'provide' +
'military'/'arms'), a CAMEO code and the relation the code's family maps to
(patterns/lexicon/cameo_claims.json). Here a cue fires where its verb is used as a verb (not
'the attack', 'an arms deal': those are the hand-written rules' and the frames' business)
with its words in order within a few words after it; the claim component then reads its
subject and object like any verb cue's. Hand-written rules win where both fire.

Only relationship cues are used: the dictionary's pledge verbs ('plan', 'seek', 'want',
'expect') mark intentions more often than commitments, and the hand-written pledge rules
cover the commitments. A verb alone is a cue only for attacking, condemning and recognising;
for the other relations the dictionary's bare verbs ('leave', 'call', 'expand', 'appoint') say
too little, so their cues need the words of their pattern.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pipeline.components.clauses import Clauses
from pipeline.components.names import HYPHENS
from pipeline.components.tokens import TokenTable

MARKERS = frozenset({"+", "$", "%"})
# relations whose verbs say them alone ('shelled', 'condemned', 'recognised'); the others need
# the words of their pattern ('clash with', 'provide arms', 'sever ties')
BARE_RELATIONS = frozenset({"ATTACKS", "CONDEMNS", "RECOGNIZES"})


@dataclass(frozen=True)
class CueRule:
    """A CAMEO cue as the claim component reads a rule (the fields it asks of any rule)."""

    id: str
    relation: str
    cameo: str
    reverse: bool
    needs_context: bool
    after: tuple[tuple[tuple[str, ...], ...], ...]  # slots of alternatives, each a word sequence
    before: tuple[tuple[tuple[str, ...], ...], ...]
    type: str = "relationship"
    actor: str = "left"
    target: str = "right"
    actor_labels: None = None
    target_labels: None = None
    polarity: None = None
    cue: str = "verb"
    band: None = None
    assessment_kind: None = None
    priority: int = 0
    holder: str = "author"

    def __post_init__(self) -> None:
        # the words a slot's alternatives start (after the verb) or end (before it) with: a
        # cue whose slot has none of them in the window cannot fit, which is most cues
        object.__setattr__(self, "after_first", tuple(frozenset(a[0] for a in slot) for slot in self.after))
        object.__setattr__(self, "before_last", tuple(frozenset(a[-1] for a in slot) for slot in self.before))


def _gate(rules: list[CueRule]) -> tuple[frozenset[str], frozenset[str], bool]:
    """What one of a verb's cues needs at least, to fit: a word of its first slot after the
    verb, or (a cue with no slot after it) of its last slot before it; ``bare``: some cue
    needs no word."""
    after: set[str] = set()
    before: set[str] = set()
    bare = False
    for rule in rules:
        if rule.after_first:
            after |= rule.after_first[0]
        elif rule.before_last:
            before |= rule.before_last[-1]
        else:
            bare = True
    return frozenset(after), frozenset(before), bare


def _slots(slots: list[list[str]]) -> tuple[tuple[tuple[str, ...], ...], ...]:
    return tuple(tuple(tuple(alternative.split()) for alternative in slot if alternative not in MARKERS)
                 for slot in slots if any(a not in MARKERS for a in slot))


class CameoCues:
    def __init__(self, cues: Iterable[Any], window: int):
        self.window = window
        self.by_form: dict[str, list[CueRule]] = {}
        for cue in cues:
            if cue.type != "relationship":
                continue
            if not cue.after and not cue.before and cue.relation not in BARE_RELATIONS and not cue.reviewed:
                continue  # a bare verb ('leave', 'call', 'expand') says too little of consulting or cooperating
            rule = CueRule(cue.id, cue.relation, cue.cameo, cue.direction == "reverse", cue.safety != "ok",
                           _slots(cue.after), _slots(cue.before))
            for form in cue.forms:
                self.by_form.setdefault(form, []).append(rule)
        # the most specific cue first: more required words, then the id
        for rules in self.by_form.values():
            rules.sort(key=lambda r: (-(len(r.after) + len(r.before)), r.id))
        self.gates = {form: _gate(rules) for form, rules in self.by_form.items()}

    def find(self, t: TokenTable, syntax: Clauses) -> list[tuple[CueRule, int, int]]:
        """(cue, start, end) of each verb that one of its cues fits (one cue per verb: the most
        specific that fits)."""
        out = []
        lower = t.lower
        for k in t.where("lower", self.by_form.keys()):
            sid = t.sent_of[k]
            lo, hi = t.sent_starts[sid], t.sent_ends[sid]
            ahead_words = lower[k + 1 : min(hi, k + 1 + self.window)]
            behind_words = lower[max(lo, k - self.window) : k]
            after_words, before_words, bare = self.gates[lower[k]]
            if not bare and after_words.isdisjoint(ahead_words) and before_words.isdisjoint(behind_words):
                continue  # no cue of this verb has its first slot's words around it (most verbs)
            if syntax.nominal(k, lo):
                continue  # 'the attack', 'its support': a noun here
            if lower[k] == "going" and k + 2 < hi and lower[k + 1] == "to" and t.is_lower[k + 2] \
                    and lower[k + 2] not in {"the", "a", "an"}:
                continue  # 'is going to attack': a future, not a visit ('going to Moscow')
            if k - 2 >= lo and t.text[k - 1] in HYPHENS and not t.ws[k - 2] and not t.ws[k - 1]:
                continue  # 'the Idoma-dominated corps': a compound adjective, no verb (the
                # hand-written rules read the ones that name a tie: 'Iran-backed')
            ahead, behind = frozenset(ahead_words), frozenset(behind_words)
            for rule in self.by_form[lower[k]]:
                # a slot none of whose words is in the window: the cue cannot fit (map() runs
                # the test without a Python frame per slot: most cues stop here)
                if any(map(ahead.isdisjoint, rule.after_first)) or any(map(behind.isdisjoint, rule.before_last)):
                    continue
                if rule.needs_context and not self._verbal(t, k, lo, syntax):
                    continue
                if self._fits(lower, k, lo, hi, rule):
                    out.append((rule, k, k + 1))
                    break
        return out

    def _verbal(self, t: TokenTable, k: int, lo: int, syntax: Clauses) -> bool:
        """A word that is often a noun ('back', 'arm', 'fight') is a verb only after its verb
        group ('has armed', 'to back') or right after its subject's name ('Iran arms')."""
        start = syntax.verb_group_start(k, lo)
        if start < k or (k - 1 >= lo and (k - 1) in syntax.at):
            return True
        # or right after a noun of agents that the name qualifies ('Hamas fighters shot', 'PDF
        # units shelled'): the noun phrase is the subject
        return k - 2 >= lo and t.is_lower[k - 1] and (t.lower[k - 1] in syntax.agentive
                                                      or t.lower[k - 1] in syntax.organs) and (k - 2) in syntax.at

    def _fits(self, lower: tuple[str, ...], k: int, lo: int, hi: int, rule: CueRule) -> bool:
        j = k + 1
        for slot in rule.after:
            found = self._seek(lower, j, min(hi, k + 1 + self.window), slot)
            if found is None:
                return False
            j = found
        j = k
        for slot in reversed(rule.before):
            found = self._seek_back(lower, max(lo, k - self.window), j, slot)
            if found is None:
                return False
            j = found
        return True

    @staticmethod
    def _seek(lower: tuple[str, ...], start: int, stop: int, slot: tuple[tuple[str, ...], ...]) -> int | None:
        """End of the first alternative of ``slot`` found in [start, stop), or None."""
        for i in range(start, stop):
            for words in slot:
                n = len(words)
                if tuple(lower[i : i + n]) == words:
                    return i + n
        return None

    @staticmethod
    def _seek_back(lower: tuple[str, ...], stop: int, end: int, slot: tuple[tuple[str, ...], ...]) -> int | None:
        """Start of the last alternative of ``slot`` ending before ``end`` within [stop, end)."""
        for i in range(end - 1, stop - 1, -1):
            for words in slot:
                n = len(words)
                if i - n + 1 >= stop and tuple(lower[i - n + 1 : i + 1]) == words:
                    return i - n + 1
        return None
