"""The in-memory shape every reader produces and the merge consumes."""

from __future__ import annotations

from dataclasses import dataclass, field

# Alias qualities, strongest first. "name" is the list's primary name; "good" a
# listed alias (UN 'Good', OFAC alt.csv, PETRARCH synonym); "low" a weak alias
# (UN 'Low', OFAC quoted remark a.k.a.); "derived" a variant this build made.
QUALITIES = ("name", "good", "low", "derived")


@dataclass(frozen=True)
class Alias:
    text: str
    source: str  # provenance, e.g. "un:QDe.010", "ofac:6366", "cameo:AFGINSTAL"
    quality: str = "good"


@dataclass
class Record:
    """One entry of one list: a group or a person as that list sees it."""

    label: str  # "GROUP" | "PERSON"
    origin: str  # "un" | "ofac" | "cameo"
    ident: str  # the list's own id: UN reference, OFAC ent_num, PETRARCH head
    name: str
    aliases: list[Alias] = field(default_factory=list)
    refs: dict[str, set[str]] = field(default_factory=dict)
    roles: list[dict] = field(default_factory=list)
    birth_years: set[int] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)  # ISO alpha-3, for context words

    def add_ref(self, kind: str, value: str) -> None:
        self.refs.setdefault(kind, set()).add(value)


QUALITY_RANK = {q: i for i, q in enumerate(QUALITIES)}


@dataclass
class Actor:
    """One merged actor as written out: surfaces with their sources and best quality."""

    label: str
    name: str
    aliases: dict[str, dict] = field(default_factory=dict)  # surface -> {sources, quality}
    refs: dict[str, set[str]] = field(default_factory=dict)
    roles: list[dict] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    via: dict[str, str] = field(default_factory=dict)  # surface -> "demonym"
    id: str = ""
    rank: tuple = ()

    def add(self, text: str, source: str, quality: str) -> None:
        slot = self.aliases.setdefault(text, {"sources": set(), "quality": quality})
        slot["sources"].add(source)
        if QUALITY_RANK[quality] < QUALITY_RANK[slot["quality"]]:
            slot["quality"] = quality
