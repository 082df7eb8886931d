"""Analytic confidence: 'we assess with moderate confidence that ...', 'high-confidence
judgment', 'Confidence: low', 'we are highly confident'.

ICD 203 keeps confidence (how good the sources and reasoning are) apart from likelihood (how
probable the event is), so it is read on its own and given to assessments as a second field.
A statement in an assessment's own sentence is that assessment's; a statement in a sentence
with no assessment of its own ('Key Judgments (moderate confidence)', 'We make these
judgments with high confidence.') is the confidence of the block it opens or sits in: the
key-judgments block or the paragraph. The words are in patterns/lexicon/confidence.json.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pipeline.components.tokens import TokenTable


@dataclass(frozen=True)
class Statement:
    start: int  # tokens
    end: int
    level: str


class ConfidenceReader:
    def __init__(self, lexicon: dict[str, Any]):
        self.levels: dict[str, str] = {w: level for level, words in lexicon["levels"].items() for w in words}
        self.adverbs: dict[str, str] = {w: level for level, words in lexicon["adverbs"].items() for w in words}
        self.nouns = frozenset(lexicon["nouns"])
        self.adjectives = frozenset(lexicon["adjectives"])
        self.between = frozenset(lexicon["between"])
        self.blocked_after = frozenset(lexicon["blocked_after"])

    def statements(self, t: TokenTable) -> list[Statement]:
        out = []
        lower, text = t.lower, t.text
        n = len(lower)
        for i in t.where("lower", self.nouns | self.adjectives):
            if i + 1 < n and (lower[i + 1] in self.blocked_after or text[i + 1] == "-"):
                continue  # 'confidence-building measures', 'a vote of confidence'
            j = i - 1
            if j >= 0 and text[j] == "-":
                j -= 1  # 'high-confidence'
            table = self.adverbs if lower[i] in self.adjectives else self.levels
            if j >= 0 and lower[j] in table:
                out.append(Statement(j, i + 1, table[lower[j]]))
                continue
            if lower[i] not in self.nouns:
                continue
            k = i + 1
            while k < n and k - i <= 5 and (lower[k] in self.between or (t.punct[k] and text[k] in ":(")):
                k += 1
            if k < n and lower[k] in self.levels:
                out.append(Statement(i, k + 1, self.levels[lower[k]]))
        return out

    def apply(self, t: TokenTable, claims: list[dict[str, Any]], brief: dict[str, Any] | None,
              clause_of: Callable[[int], tuple[int, int]]) -> None:
        """Set ``confidence`` and ``confidence_cue`` on the assessments among ``claims``.
        ``clause_of(token)``: the (sentence, clause) a token is in; a statement in a sentence
        is the confidence of the assessments in its own clause."""
        statements = self.statements(t)
        if not statements:
            return
        sent_of = t.bounds[0]
        idx = t.idx
        assessments = [c for c in claims if c["type"] == "assessment"]
        by_sentence: dict[int, list[dict[str, Any]]] = {}
        for claim in assessments:
            by_sentence.setdefault(sent_of[_token_at(idx, claim["cue"]["start"])], []).append(claim)
        blocks = _blocks(brief)
        for s in statements:
            cue = t.span(s.start, s.end)
            own = by_sentence.get(sent_of[s.start])
            if own:
                clause = clause_of(s.start)
                # its own clause's assessments ('we judge with low confidence that X may ...,
                # and Y will probably ...'), else the sentence's ('Confidence is low; X may ...')
                mine = [c for c in own if clause_of(_token_at(idx, c["cue"]["start"])) == clause] or own
                for claim in mine:
                    claim.update(confidence=s.level, confidence_cue=cue)
                continue
            block = _block_of(blocks, cue["start"])  # a sentence with no assessment of its own
            if block is None:
                continue
            for claim in assessments:
                if claim.get("confidence") is None and block[0] <= claim["cue"]["start"] < block[1]:
                    claim.update(confidence=s.level, confidence_cue=cue)


def _token_at(idx: list[int], char: int) -> int:
    return bisect_right(idx, char) - 1


def _blocks(brief: dict[str, Any] | None) -> list[tuple[int, int, bool]]:
    """(start, end, is a heading) of the brief's key-judgments block (its items together),
    paragraphs and headings."""
    if not brief:
        return []
    bluf = brief.get("bluf") or []
    out = [(bluf[0][0], bluf[-1][1], False)] if bluf else []
    out += [(s, e, False) for s, e in brief.get("paragraphs") or []]
    out += [(s, e, True) for s, e in brief.get("headings") or []]
    return sorted(out)


def _block_of(blocks: list[tuple[int, int, bool]], char: int) -> tuple[int, int] | None:
    """The block a statement governs: the one it sits in, or for a heading (or a block's own
    heading line, which is in no block: 'Key Judgments (moderate confidence)') the one after."""
    holding = [(s, e) for s, e, heading in blocks if s <= char < e and not heading]
    if holding:
        return holding[0]
    after = [(s, e) for s, e, heading in blocks if not heading and s > char]
    return min(after) if after else None
