"""The actor layer shared by the entity, reference and claim components.

A brief's actors live on the Doc: ``doc._.actors`` maps actor id -> Actor and
``doc._.mentions`` lists Mention objects (token spans, sorted, non-overlapping).
Components add to them; ``convert.py`` turns them into records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc


@dataclass
class Actor:
    id: str
    label: str
    name: str
    refs: dict[str, list[str]] | None = None
    aliases: set[str] = field(default_factory=set)


@dataclass
class Mention:
    start: int  # token index
    end: int  # token index, exclusive
    actor_ids: tuple[str, ...]
    via: str
    label: str

    @property
    def actor_id(self) -> str:
        return self.actor_ids[0]


def ensure_extensions() -> None:
    if not Doc.has_extension("actors"):
        Doc.set_extension("actors", default=None)
    if not Doc.has_extension("mentions"):
        Doc.set_extension("mentions", default=None)
    if not Doc.has_extension("claims"):
        Doc.set_extension("claims", default=None)
    if not Doc.has_extension("brief"):
        Doc.set_extension("brief", default=None)


def set_ents(doc: Doc) -> None:
    """Mirror mentions into doc.ents so Matcher rules can use ENT_TYPE and ENT_KB_ID.

    Set as arrays (``Doc.from_array``): a Span per mention and ``Doc.set_ents`` cost several
    times more. A mention naming several actors ("both factions") is left out, as an entity
    has one kb_id. Overlapping mentions are a bug upstream and raise, as ``set_ents`` would.
    """
    import numpy
    from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE

    if not len(doc):
        return
    table = numpy.zeros((len(doc), 3), dtype=numpy.uint64)
    table[:, 0] = 2  # O: outside any entity
    strings = doc.vocab.strings
    for m in doc._.mentions:
        if len(m.actor_ids) != 1:
            continue
        if (table[m.start : m.end, 0] != 2).any():
            raise ValueError(f"overlapping mentions at tokens {m.start}-{m.end}: {doc[m.start:m.end].text!r}")
        table[m.start, 0] = 3  # B
        table[m.start + 1 : m.end, 0] = 1  # I
        table[m.start : m.end, 1] = strings.add(m.label)
        table[m.start : m.end, 2] = strings.add(m.actor_ids[0])
    doc.from_array([ENT_IOB, ENT_TYPE, ENT_KB_ID], table)


def source_text(doc: Doc) -> str:
    """The text the Doc was made from: the brief's own string when it has one, as Doc.text
    re-joins every token to rebuild it."""
    brief = doc._.brief if Doc.has_extension("brief") else None
    return brief.text if brief is not None else doc.text


def covered_tokens(doc: Doc) -> set[int]:
    """Token indices inside any mention: the tokens a new mention may not claim."""
    return {i for m in doc._.mentions for i in range(m.start, m.end)}


def sentence_bounds(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """(sentence id per token, start per sentence, end per sentence), computed once per Doc.

    ``token.sent`` walks the document each time it is called; components that ask for the
    sentence of many tokens use these lists instead.
    """
    cached = doc.user_data.get("briefs_sentence_bounds")
    if cached is not None and len(cached[0]) == len(doc):
        return cached
    import numpy
    from spacy.attrs import SENT_START

    flags = doc.to_array([SENT_START]).astype(numpy.int64).ravel() == 1
    if len(doc):
        flags[0] = True
    sent_id = numpy.cumsum(flags) - 1
    starts = numpy.flatnonzero(flags)
    ends = numpy.append(starts[1:], len(doc))
    bounds = doc.user_data["briefs_sentence_bounds"] = (sent_id.tolist(), starts.tolist(), ends.tolist())
    return bounds
