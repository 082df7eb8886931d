"""Merge records of the same group or person across the UN, OFAC and PETRARCH lists.

Two records are joined when they share a distinctive name key. Shared generic
aliases are the danger ("Islamic Jihad" is an alias of both Hizballah and the
Palestinian Islamic Jihad in OFAC), so:
- only keys the policy keeps without restriction count, and never acronyms;
- a key found in more than three records is generic by definition and not used;
  one made only of English words ("People's Liberation Army") only joins two records
  whose primary name it is;
- joins are tried strongest first (name = name, then name = alias, then alias = alias);
- a join is refused if it would put two different entries of the UN list, two of the
  OFAC list or two of one MISP cluster into one actor: each of those lists names an
  actor once;
- people are only joined when their known birth years (if both have some) overlap.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from .records import Record
from .text import key

SINGLE_ENTRY_LISTS = ("un", "ofac", "misp-ransomware", "misp-actor")


class _Components:
    def __init__(self, records: list[Record]):
        self.parent = list(range(len(records)))
        self.members = {i: [i] for i in range(len(records))}
        self.records = records

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def can_join(self, a: int, b: int) -> bool:
        recs = [self.records[i] for i in self.members[a] + self.members[b]]
        for origin in SINGLE_ENTRY_LISTS:
            if len({r.ident for r in recs if r.origin == origin}) > 1:
                return False
        years_a = set().union(*(self.records[i].birth_years for i in self.members[a]))
        years_b = set().union(*(self.records[i].birth_years for i in self.members[b]))
        if years_a and years_b and not _years_overlap(years_a, years_b):
            return False
        return True

    def join(self, a: int, b: int) -> None:
        a, b = sorted((a, b))
        self.parent[b] = a
        self.members[a] += self.members.pop(b)


def _years_overlap(a: set[int], b: set[int]) -> bool:
    # Lists give circa years and ranges: a year apart is the same person.
    return any(abs(x - y) <= 1 for x in a for y in b)


MAX_RECORDS_PER_KEY = 3


def merge(
    records: list[Record], distinctive: Callable[[str, str], str | None]
) -> list[list[Record]]:
    """Group records into actors. `distinctive(text, quality)` says whether an alias
    is specific enough to identify an actor across lists: "strong", "weak" (plain
    English words) or None."""
    by_key: dict[str, list[tuple[int, int]]] = defaultdict(list)  # key -> (record, rank)
    weak: set[str] = set()
    for i, rec in enumerate(records):
        seen: dict[str, int] = {}
        for alias in rec.aliases:
            strength = (
                None
                if alias.quality in ("low", "derived")
                else distinctive(alias.text, alias.quality)
            )
            if not strength:
                continue
            k = key(alias.text)
            rank = 0 if alias.quality == "name" else 1
            seen[k] = min(rank, seen.get(k, 9))
            if strength == "weak":
                weak.add(k)
        for k, rank in seen.items():
            by_key[k].append((i, rank))
    # Candidate joins, strongest first, in a fixed order.
    candidates = []
    for k, hits in by_key.items():
        if len(hits) > MAX_RECORDS_PER_KEY or (
            k in weak and (len(hits) > 2 or any(r for _, r in hits))
        ):
            continue
        for x in range(len(hits)):
            for y in range(x + 1, len(hits)):
                (i, ri), (j, rj) = hits[x], hits[y]
                candidates.append((ri + rj, k, min(i, j), max(i, j)))
    comps = _Components(records)
    for _, _, i, j in sorted(candidates):
        a, b = comps.find(i), comps.find(j)
        if a != b and comps.can_join(a, b):
            comps.join(a, b)
    return [[records[i] for i in sorted(m)] for _, m in sorted(comps.members.items())]
