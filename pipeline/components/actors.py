"""The actor layer shared by the entity, reference and claim components.

A brief's actors live in spaCy's own stores, as plain data, so a processed Doc
serialises (``Doc.to_bytes``, ``DocBin``) and ``convert.py`` gives the same records
from a deserialised Doc:

- ``doc.spans["briefs_mentions"]``: one span per (mention, actor), ``label_`` the actor's
  label, ``kb_id_`` its id, ``id_`` the id of the rule that found it (as spaCy's SpanRuler
  puts its pattern id there). A rule id's first part is how the mention names the actor
  (the contract's ``via``: ``pattern.gazetteer``, ``acronym.parenthesis``, ``coref.pronoun``).
  A mention of several actors ("both countries") is several spans over the same tokens.
- ``doc._.actors``: actor id -> {"label", "name", "aliases", "refs", "roles"}.
- ``doc.ents``: the single-actor mentions, for Matcher rules on ENT_TYPE and ENT_KB_ID.

Inside a component mentions are ``Mention`` objects (cheap to compare and relabel);
``read_mentions``/``write_mentions`` move them in and out of the span group.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span

if TYPE_CHECKING:
    from pipeline.components.tokens import TokenTable

MENTIONS = "briefs_mentions"


@dataclass
class Actor:
    """A component's working copy of an actor; ``as_data`` is what the Doc stores."""

    id: str
    label: str
    name: str
    refs: dict[str, list[str]] | None = None
    aliases: set[str] = field(default_factory=set)
    roles: list[dict[str, str]] = field(default_factory=list)

    def as_data(self) -> dict[str, Any]:
        return {"label": self.label, "name": self.name, "aliases": sorted(self.aliases),
                "refs": self.refs, "roles": self.roles}

    @classmethod
    def from_data(cls, actor_id: str, data: dict[str, Any]) -> Actor:
        return cls(actor_id, data["label"], data["name"], data["refs"], set(data["aliases"]),
                   list(data.get("roles") or []))


@dataclass
class Mention:
    start: int  # token index
    end: int  # token index, exclusive
    actor_ids: tuple[str, ...]
    rule: str  # "<via>.<rule name>"
    label: str

    @property
    def actor_id(self) -> str:
        return self.actor_ids[0]

    @property
    def via(self) -> str:
        return via_of(self.rule)


def via_of(rule: str) -> str:
    """How a mention names its actor, from the id of the rule that found it."""
    return rule.partition(".")[0]


def ensure_extensions() -> None:
    for name in ("actors", "claims", "brief"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


# (start, end, actor id, rule, label): one span of the group
SpanRow = tuple[int, int, str, str, str]


def read_mentions(doc: Doc, table: TokenTable | None = None) -> list[Mention]:
    """The Doc's mentions in order; spans over the same tokens from the same rule are one
    mention of several actors.

    ``table``: the Doc's token table, where ``write_mentions`` left what it wrote. While the
    span group is the one written then (the same object, as long), the mentions are made from
    that, not from a Span object per span: the references, the claims and the records each
    read the group once.
    """
    group = doc.spans.get(MENTIONS)
    if group is None:
        return []
    written = table.memo.get(MENTIONS) if table is not None else None
    if written is not None and written[0] is group and written[1] == len(group):
        rows: Iterable[SpanRow] = written[2]
    else:
        rows = [(span.start, span.end, span.kb_id_, span.id_, span.label_) for span in group]
    return _merged(rows)


def _merged(rows: Iterable[SpanRow]) -> list[Mention]:
    out: list[Mention] = []
    last: Mention | None = None
    for start, end, actor_id, rule, label in rows:
        if last is not None and last.start == start and last.end == end and last.rule == rule:
            last.actor_ids += (actor_id,)
            continue
        last = Mention(start, end, (actor_id,), rule, label)
        out.append(last)
    return out


def write_mentions(doc: Doc, mentions: list[Mention], table: TokenTable | None = None) -> None:
    """Store mentions (sorted by start) in the span group and mirror them into doc.ents;
    with the Doc's ``table``, leave the spans there for ``read_mentions`` too."""
    mentions.sort(key=lambda m: m.start)
    rows = [(m.start, m.end, actor_id, m.rule, m.label) for m in mentions for actor_id in m.actor_ids]
    ids: dict[str, int] = {}  # StringStore.add hashes its string each time: once per distinct string
    add = doc.vocab.strings.add
    doc.spans[MENTIONS] = [Span(doc, start, end, label=ids.get(label) or ids.setdefault(label, add(label)),
                                kb_id=ids.get(actor_id) or ids.setdefault(actor_id, add(actor_id)),
                                span_id=ids.get(rule) or ids.setdefault(rule, add(rule)))
                           for start, end, actor_id, rule, label in rows]
    if table is not None:
        # the rows as tuples of strings: nothing a component changes later reaches them
        table.memo[MENTIONS] = (doc.spans[MENTIONS], len(rows), rows)
    set_ents(doc, mentions, ids)


def read_actors(doc: Doc) -> dict[str, Actor]:
    return {actor_id: Actor.from_data(actor_id, data) for actor_id, data in (doc._.actors or {}).items()}


def write_actors(doc: Doc, actors: dict[str, Actor]) -> None:
    doc._.actors = {actor_id: actor.as_data() for actor_id, actor in actors.items()}


def set_ents(doc: Doc, mentions: list[Mention], ids: dict[str, int] | None = None) -> None:
    """Mirror mentions into doc.ents so Matcher rules can use ENT_TYPE and ENT_KB_ID.

    Set as arrays (``Doc.from_array``): a Span per mention and ``Doc.set_ents`` cost several
    times more, and so did a numpy call or a list slice per mention: every mention's tokens
    are filled by one indexing per column. A mention naming several actors ("both factions")
    is left out, as an entity has one kb_id. Overlapping mentions are a bug upstream and
    raise, as ``set_ents`` would.
    """
    import numpy
    from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE

    n = len(doc)
    if not n:
        return
    singles = [m for m in mentions if len(m.actor_ids) == 1]
    starts = numpy.array([m.start for m in singles], dtype=numpy.int64)
    lengths = numpy.array([m.end for m in singles], dtype=numpy.int64) - starts
    # the token index of each mention's each token, mention after mention
    offsets = numpy.cumsum(lengths) - lengths
    tokens = numpy.arange(int(lengths.sum())) + numpy.repeat(starts - offsets, lengths)
    if len(tokens) and numpy.bincount(tokens).max() > 1:
        _raise_overlap(doc, singles)
    ids = {} if ids is None else ids  # string -> hash (StringStore.add hashes its string each time)
    add = doc.vocab.strings.add
    labels = [ids.get(m.label) or ids.setdefault(m.label, add(m.label)) for m in singles]
    kb_ids = [ids.get(m.actor_ids[0]) or ids.setdefault(m.actor_ids[0], add(m.actor_ids[0])) for m in singles]
    table = numpy.zeros((n, 3), dtype=numpy.uint64)
    table[:, 0] = 2  # O: outside any entity
    table[tokens, 0] = 1  # I
    table[starts, 0] = 3  # B
    table[tokens, 1] = numpy.repeat(numpy.array(labels, dtype=numpy.uint64), lengths)
    table[tokens, 2] = numpy.repeat(numpy.array(kb_ids, dtype=numpy.uint64), lengths)
    doc.from_array([ENT_IOB, ENT_TYPE, ENT_KB_ID], table)


def _raise_overlap(doc: Doc, mentions: list[Mention]) -> None:
    """The error for the first mention, in order, over tokens an earlier one has."""
    claimed: set[int] = set()
    for m in mentions:
        if not claimed.isdisjoint(range(m.start, m.end)):
            raise ValueError(f"overlapping mentions at tokens {m.start}-{m.end}: {doc[m.start:m.end].text!r}")
        claimed.update(range(m.start, m.end))


def covered_tokens(mentions: list[Mention]) -> set[int]:
    """Token indices inside any mention: the tokens a new mention may not claim."""
    return {i for m in mentions for i in range(m.start, m.end)}
