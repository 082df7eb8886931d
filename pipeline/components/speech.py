"""Quoted speech and who said it, read from quotation marks and the words around them.

A commitment in quotation marks ('"We will not disarm," the commander said') belongs to the
speaker: the person named in the attribution outside the quotes, or for a first-person plural
the group or state the attribution names with that person ('AFC spokesman Lawrence Kanyuka
told reporters'). A first person outside quotes is the brief's author, who makes no pledges
unless the user names the author as an actor (see ``Brief.author``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from pipeline.components.actors import Mention
from pipeline.components.tokens import TokenTable

OPENING = frozenset({"\u201c", "\u00ab", "\u201e"})
CLOSING = frozenset({"\u201d", "\u00bb"})
STRAIGHT = frozenset({'"'})
MARKS = OPENING | CLOSING | STRAIGHT
FIRST_SINGULAR = frozenset({"i"})
FIRST_PLURAL = frozenset({"we"})
# a group or state speaks as 'we'; a person as 'I'
PLURAL_LABELS = ("GROUP", "STATE")


class Quotes:
    """The quoted stretches of one brief and the actors named in their attributions."""

    def __init__(self, t: TokenTable, mentions: list[Mention], speech_verbs: frozenset[str] = frozenset()):
        self.t = t
        self.speech_verbs = speech_verbs
        self.spans: list[tuple[int, int]] = []  # (opening mark, closing mark) token indices
        opened: int | None = None
        for i in t.where("text", MARKS):  # only the marks, not every token
            text = t.text[i]
            if text in OPENING or (text in STRAIGHT and opened is None):
                opened = i
            elif (text in CLOSING or text in STRAIGHT) and opened is not None:
                self.spans.append((opened, i))
                opened = None
        self.starts = [s for s, _ in self.spans]
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]  # bisected per quote, not scanned

    def around(self, i: int) -> tuple[int, int] | None:
        """The quotation that token i lies inside, or None."""
        k = bisect_right(self.starts, i) - 1
        if k >= 0 and self.spans[k][0] < i < self.spans[k][1]:
            return self.spans[k]
        return None

    def _said_after(self, named: list[Mention], closing: int, hi: int) -> list[Mention]:
        """The names of an attribution after the quotation that say it: the speech verb's subject
        ('," Hamas said, rejecting a proposal from envoy X') or, inverted, the name right after
        the verb ('," said M23 spokesman Lawrence Kanyuka'); not a name in a phrase after them."""
        lower = self.t.lower
        verb = next((k for k in range(closing + 1, hi) if lower[k] in self.speech_verbs), None)
        if verb is None:
            return named
        subject = [m for m in named if m.start < verb]
        if subject:
            return subject
        stop = next((k for k in range(verb + 1, hi) if self.t.punct[k]), hi)
        return [m for m in named if m.start < stop and m.start - verb <= 4]

    def _said_before(self, named: list[Mention], opening: int) -> list[Mention]:
        """The names of an attribution before the quotation that say it: the speech verb's
        subject ('Hamas replied to envoy X: "..."' is Hamas speaking), not its object."""
        lower = self.t.lower
        verb = next((k for k in range(opening - 1, named[0].start if named else opening, -1)
                     if lower[k] in self.speech_verbs), None)
        if verb is None:
            return named
        return [m for m in named if m.start < verb] or named

    def speaker(self, quote: tuple[int, int], lo: int, hi: int, plural: bool,
                introduced: bool = False) -> list[Mention]:
        """The actor a quotation's attribution names within the sentence bounds [lo, hi): after
        the closing mark (', Kanyuka said'), else before the opening one ('Kanyuka said: "...').
        A person named there is the speaker, for a first-person plural too ('"We will not hand back
        one village," M23 spokesman Lawrence Kanyuka said' is Kanyuka's pledge: the gold writers
        give a quoted 'we' to whoever says it); for a plural without one, a group or state named
        there ('"We will fight on," the movement said')."""
        opening, closing = quote
        starts, mentions = self.mention_starts, self.mentions
        after = [m for m in mentions[bisect_right(starts, closing) : bisect_left(starts, hi)]
                 if not self.around(m.start)]
        before = [m for m in mentions[bisect_left(starts, lo) : bisect_left(starts, opening)]
                  if not self.around(m.start)]
        # a quotation a colon introduces ('Makera told a radio station: "We will ..."') is
        # attributed before it; a name after it opens the next thought
        for named in ((self._said_before(before, opening)[::-1], self._said_after(after, closing, hi))
                      if introduced else
                      (self._said_after(after, closing, hi), self._said_before(before, opening)[::-1])):
            if not named:
                continue
            people = [m for m in named if m.label == "PERSON"]
            if plural and not people:
                preferred = [m for m in named if m.label in PLURAL_LABELS]
                if preferred:
                    return preferred[:1]
            return (people or named)[:1]
        return []
