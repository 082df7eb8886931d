"""Settle surfaces once every actor's aliases are judged.

A surface may only ever point to one actor, and an actor should not carry the same
case-insensitive surface twice.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from .policy import Verdict
from .records import Actor
from .text import key


def settle_shared_surfaces(
    actors: list[Actor], kept: dict[str, dict[str, Verdict]], dropped: Counter
) -> None:
    """One surface, one actor: a state keeps its names; otherwise the actor whose name
    the surface is keeps it; otherwise nobody does ('Al-Haramain Foundation' names
    three branches)."""
    owners: dict[str, list[Actor]] = defaultdict(list)
    for actor in actors:
        for text in kept[actor.id]:
            owners[key(text)].append(actor)
    for k, holders in owners.items():
        if len({a.id for a in holders}) < 2:
            continue
        states_here = [a for a in holders if a.label == "STATE"]
        named = [a for a in holders if key(a.name) == k]
        if states_here:
            winners = {a.id for a in states_here}
        else:
            winners = {named[0].id} if len(named) == 1 else set()
        if len(winners) > 1:
            winners = set()
        for actor in holders:
            if actor.id in winners:
                continue
            for text in [t for t in kept[actor.id] if key(t) == k]:
                del kept[actor.id][text]
                dropped["state_name" if states_here else "ambiguous"] += 1


def collapse_case_variants(actors: list[Actor], kept: dict[str, dict[str, Verdict]]) -> None:
    """'AL-QAIDA' and 'Al-Qaida' match the same text when matched case-insensitively:
    keep one surface (the name if it is one of them) with all their sources."""
    for actor in actors:
        by_key: dict[tuple, list[str]] = defaultdict(list)
        for text, verdict in kept[actor.id].items():
            by_key[(text.lower(), verdict.case)].append(text)
        for (_, case), texts in by_key.items():
            if case == "exact" or len(texts) < 2:
                continue
            best = actor.name if actor.name in texts else sorted(texts)[0]
            for text in texts:
                if text != best:
                    actor.aliases[best]["sources"] |= actor.aliases[text]["sources"]
                    del kept[actor.id][text]
