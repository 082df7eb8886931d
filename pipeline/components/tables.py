"""Names a brief lists in a table: a row's first cell under a header such as 'Group' or 'Actor'.

Every reader writes a table as lines of cells joined by ' | ' (HTML, Word, Markdown and PDF
tables alike), so one rule covers them all. An analyst's table of actors ('Group | Estimated
members | Trend', 'Actor | Role | Trend') is where a brief lists the gangs and factions it is
about, often the only place a name with no organisation word ('Black Power', 'Exiles Nation')
is written where its kind is plain; the name found there is then the same actor elsewhere in
the brief (the shape names' ``shape.repeat``)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping

from pipeline.components.tokens import TokenTable

SEPARATOR = " | "
# a cell's trailing parenthesis says where or how many ('SGB (Uzbekistan)', 'Mongrel Mob (all chapters)')
TRAILING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
MAX_CELL_WORDS = 6
LISTING = frozenset({"and", "or", "/", ",", "&", "+"})
POSSESSIVE = frozenset({"'s", "’s"})


def table_name_cells(t: TokenTable, headers: Mapping[str, str]) -> Iterator[tuple[int, int, str]]:
    """(start token, end token, kind) of each first cell under a header cell that ``headers``
    maps to a kind ('GROUP': the column lists groups; 'ANY': actors of any kind)."""
    text = t.source
    kind = None
    columns = 0
    offset = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        cells = line.split(SEPARATOR)
        if len(cells) < 2:
            kind = None
            continue
        header = headers.get(cells[0].strip().casefold())
        if header is not None:
            kind, columns = header, len(cells)
            continue
        if kind is None or len(cells) != columns:
            continue  # a row with a merged or blank cell ('A | | B') is skipped, the table goes on
        cell = TRAILING_NOTE.sub("", cells[0]).rstrip()
        lead = len(cell) - len(cell.lstrip())
        span = _tokens(t, start + lead, start + len(cell))
        if span is not None:
            yield span[0], span[1], kind


def _tokens(t: TokenTable, begin: int, end: int) -> tuple[int, int] | None:
    """The tokens that exactly cover characters ``begin``-``end``, if any do."""
    first = bisect_left(t.idx, begin)
    last = bisect_right(t.end, end)
    if first >= last or t.idx[first] != begin or t.end[last - 1] != end:
        return None
    return first, last


def cell_is_name(t: TokenTable, start: int, end: int, kind: str, *, lower_tails: frozenset[str],
                 joiners: frozenset[str], given: Callable[[str], bool]) -> bool:
    """A cell names an actor when its words are a name's: capitalised (a lower-case
    organisation noun may end it, 'Romito clan'; joiners may sit inside, 'Front for the ...'),
    a few words long, and, in a column of actors of any kind, not a person's name (a given
    name first: the people rules read those)."""
    if any(t.lower[k] in LISTING or t.text[k] in POSSESSIVE for k in range(start, end)):
        return False  # two actors in one cell ('AFC/M23', 'AA and ULA'), or one by another's ('Sadio's faction')
    words = [k for k in range(start, end) if not t.punct[k]]
    if not words or len(words) > MAX_CELL_WORDS or not (t.cap[words[0]] or t.acro[words[0]]):
        return False
    for k in words[1:]:
        named = t.cap[k] or t.acro[k] or t.lower[k] in joiners
        if not named and not (k == words[-1] and t.lower[k] in lower_tails):
            return False
    return kind == "GROUP" or not given(t.text[words[0]])
