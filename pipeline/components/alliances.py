"""Crime groups named by the families that make them up: 'Moretti-Pellegrino-Lanza',
'Lombardi-Ricucci-La Torre' (Italian batterie and clans, Balkan and Turkish clan alliances).

Three capitalised names joined by hyphens with no space are no one person's name (a double
surname has two parts: 'Castellanos-Reid'), so in a brief about organised crime the chain is
the alliance's name, written alone or before 'group' or 'clan'. The surnames inside stay the
people's where the brief names them in full ('Rocco Moretti'). A chain with a state's name in it,
or before a word for a way between places, joins places ('the Colombia-Venezuela-Caribbean
route', 'the Rome-Naples-Bari line'), not families."""
from __future__ import annotations

from collections.abc import Iterator

from pipeline.components.tokens import TokenTable

MIN_FAMILIES = 3
NAME_PARTICLES = frozenset({"La", "Lo", "Li", "Di", "De", "Del", "Della", "Dal"})
WAY_NOUNS = frozenset({"route", "routes", "corridor", "corridors", "axis", "border", "borders", "triangle",
                       "line", "lines", "pipeline", "highway", "motorway", "road", "railway", "flight",
                       "flights", "ferry", "link", "links", "belt", "circuit", "trail"})


def family_chains(t: TokenTable, place_words: frozenset[str]) -> Iterator[tuple[int, int]]:
    """(start, end) tokens of each chain of at least three hyphen-joined capitalised names; the
    last part may be a particle and its name ('La Torre'). ``place_words``: the lower-case words
    of states' names."""
    text, n = t.text, len(t.text)

    def glued_after(j: int) -> bool:  # 'Moretti-Pellegrino': a hyphen, no space, a capitalised word
        return j + 2 < n and text[j + 1] == "-" and not t.ws[j] and not t.ws[j + 1] \
            and t.cap[j + 2] and t.alpha[j + 2]

    for hyphen in t.where("text", {"-"}):
        start = hyphen - 1
        if start < 0 or not (t.cap[start] and t.alpha[start]) or not glued_after(start) \
                or start >= 2 and glued_after(start - 2):
            continue  # no chain here, or not its first hyphen
        j, parts = start, 1
        while glued_after(j):
            j, parts = j + 2, parts + 1
        if parts < MIN_FAMILIES or any(t.lower[k] in place_words and text[k] not in NAME_PARTICLES
                                          for k in range(start, j + 1, 2)):
            continue
        if text[j] in NAME_PARTICLES and t.ws[j] and j + 1 < n and t.cap[j + 1]:
            j += 1
        if j + 1 < n and t.lower[j + 1] in WAY_NOUNS:
            continue
        yield start, j + 1
