"""What the entity passes share: the brief's actors and mentions as they are found, the
names a brief teaches (and where else they occur), and small tests on name tokens."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language

from pipeline.components.actors import Actor, Mention, covered_tokens
from pipeline.components.tokens import TokenTable
from pipeline.fold import fold_text
from pipeline.patterns import slug
from pipeline.read.lines import one_line

# letters of any script: 'YBŞ' as well as 'TNLA'
ACRONYM_RE = re.compile(r"^[\w&-]{2,12}$")
# a person's initials before the name: 'R.K. Achou Toijamba', 'P.S. Haokip'
INITIALS_RE = re.compile(r"^(?:[A-Z]\.){1,3}$")
# a regnal or generational number ('Heinrich XIII Reuss', 'Vicente Sotto III'); 'I' alone is a pronoun
ROMAN_NUMERAL = re.compile(r"(?=[IVX]{2,5}\Z)X{0,3}(?:IX|IV|V?I{0,3})")
HYPHENS = {"-", "\u2010", "\u2011"}


@dataclass
class Found:
    """One brief's actors and mentions while the entity passes work on them."""

    actors: dict[str, Actor]
    mentions: list[Mention]
    merged: dict[str, str] = field(default_factory=dict)  # folded actor id -> the actor kept
    capitals: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, state): places for now


def is_acronym(text: str) -> bool:
    if not ACRONYM_RE.match(text) or not (text[0].isupper() or text[0].isdigit()) or "_" in text:
        return False
    upper = sum(ch.isupper() for ch in text)
    letters = sum(ch.isalpha() for ch in text)
    return upper >= 2 and upper >= 0.6 * letters


def glued_part(t: TokenTable, start: int, k: int) -> bool:
    """Whether token k is a lower-case part glued by a hyphen to the second word or a later one
    of a name opening at ``start`` ('Ahn Gyu-back', 'Cho Min-hyuk'; not 'Kurdish-led', one word
    and a suffix)."""
    return k - 3 >= start and t.text[k - 1] == "-" and not t.ws[k - 2] and not t.ws[k - 1] \
        and t.is_lower[k] and t.alpha[k]


def boundary_ok(t: TokenTable, start: int) -> bool:
    """'anti-Taliban' is not a Taliban mention: a hyphen glued before the form blocks it."""
    if start < 2:
        return True
    h = start - 1
    return not (t.text[h] in HYPHENS and t.end[h] == t.idx[start] and t.end[h - 1] == t.idx[h] and t.alpha[h - 1])


def initials_fit(words: list[str], acronym: str) -> bool:
    """'Macina Liberation Front' fits 'FLM' or 'MLF': the letters are the words' initials."""
    letters = [ch for ch in acronym.upper() if ch.isalpha()]
    initials = [w[0].upper() for w in words]
    if len(letters) < 2:
        return False
    return sorted(letters) == sorted(initials) or "".join(initials).startswith("".join(letters)) or (
        len(set(letters) & set(initials)) >= max(2, len(letters) - 1)
    ) or len(letters) >= 4 and _syllables_fit("".join(letters), [fold_text(w).upper() for w in words])


def _syllables_fit(acronym: str, words: list[str]) -> bool:
    """'Cooperative for the Development of Congo' fits 'CODECO': the acronym is made of the
    openings (one to four letters) of the name's words, in order, from the first word on."""
    def fit(a: int, w: int, used: int) -> bool:
        if a == len(acronym):
            return used >= 2
        for k in range(w, len(words)):
            for n in range(min(4, len(words[k]), len(acronym) - a), 0, -1):
                if words[k][:n] == acronym[a : a + n] and fit(a + n, k + 1, used + 1):
                    return True
            if k == 0:
                return False  # the first word opens the acronym
        return False

    return fit(0, 0, 0)


def merged_refs(refs: dict[str, list[str]] | None, more: dict[str, list[str]]) -> dict[str, list[str]]:
    """External ids of one actor from two sources: per key, the sorted union."""
    merged = dict(refs or {})
    for key, values in more.items():
        merged[key] = sorted(set(merged.get(key, [])) | set(values))
    return merged


class Learnt:
    """Names a brief teaches ('Name (ACR)', a person introduced by a role): where else they occur."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.surface_words: dict[str, tuple[str, ...]] = {}

    def words(self, surface: str) -> tuple[str, ...]:
        words = self.surface_words.get(surface)
        if words is None:
            if len(self.surface_words) > 100_000:  # a long batch meets many names; stay bounded
                self.surface_words.clear()
            words = self.surface_words[surface] = tuple(tok.text for tok in self.nlp.make_doc(surface))
        return words

    def occurrences(self, t: TokenTable, surfaces: Any) -> list[tuple[str, int, int]]:
        """(surface, start, end) of every place the surfaces' tokens occur, as a PhraseMatcher
        on ORTH would find them, longest first: a brief teaches a handful of names, and a
        matcher built for them cost more than looking them up."""
        # surfaces by first word, each with its place in ``surfaces``: the tie-break of the order
        by_first: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {}
        for order, surface in enumerate(dict.fromkeys(surfaces)):
            seq = self.words(surface)
            if seq:
                by_first.setdefault(seq[0], []).append((order, surface, seq))
        text = t.text
        n = len(text)
        hits = []
        for i in t.where("text", by_first.keys()):
            for order, surface, seq in by_first[text[i]]:
                k = len(seq)
                if i + k <= n and tuple(text[i : i + k]) == seq:
                    hits.append((-k, i, order, surface))
        hits.sort()
        return [(surface, i, i - minus_k) for minus_k, i, _, surface in hits]

    def apply(self, t: TokenTable, found: Found, defined: dict[str, tuple[str, str]], *,
              inside_names: bool = True, headline: Callable[[TokenTable, int], bool] | None = None) -> None:
        """Find every use of a learnt name (``defined``: surface -> (actor id, rule)); a brief's
        own definition beats a list's reading of the same words. ``inside_names=False``: not
        where a capitalised word runs on either side ('Maute' in 'Omar Maute'), unless the
        sentence is a title-case ``headline``, whose capitals say nothing ('The Azawad
        Liberation Front Holds Its Ground')."""
        mentions = found.mentions
        actors = found.actors
        by_start = {m.start: m for m in mentions}
        taken = covered_tokens(mentions)
        for surface, start, end in self.occurrences(t, defined):
            actor_id, rule = defined[surface]
            actor_id = resolved(found, actor_id)  # the actor may have been folded into another since
            if actor_id not in actors:
                continue  # a shape a longer learnt name replaced (below)
            label = actors[actor_id].label
            existing = by_start.get(start)
            if existing is not None and existing.end == end:
                if existing.actor_id != actor_id and existing.via in {"pattern", "alias", "acronym", "shape"}:
                    old = existing.actor_id
                    existing.actor_ids = (actor_id,)
                    existing.label = label
                    if not any(old in m.actor_ids for m in mentions):
                        actors.pop(old, None)
                continue
            if not boundary_ok(t, start):
                continue
            if not inside_names and (start > 0 and t.cap[start - 1] and t.lower[start - 1] not in {"the", "a", "an"}
                                     or end < len(t.text) and t.cap[end]) \
                    and not (headline is not None and headline(t, t.sent_of[start])):
                continue  # (decided before anything inside gives way below)
            if any(i in taken for i in range(start, end)):
                # a state's name or demonym inside a learnt name gives way: 'Georgian' in
                # 'Georgian Dream', 'Georgia' in 'Strong Georgia'; so does a group's shape that
                # read only a part of it ('Party' of 'Your Party, the outfit launched by ...')
                inside = [m for m in mentions if m.start < end and start < m.end]
                if not inside or not all((m.label == "STATE" and m.via in {"demonym", "pattern"}
                                          or m.label == "GROUP" and m.via == "shape" and label == "GROUP")
                                         and start <= m.start and m.end <= end and (m.start, m.end) != (start, end)
                                         for m in inside):
                    continue
                mentions[:] = [m for m in mentions if not any(m is x for x in inside)]
                for m in inside:
                    by_start.pop(m.start, None)
                    if m.actor_id != actor_id and not any(m.actor_id in x.actor_ids for x in mentions):
                        actors.pop(m.actor_id, None)
            mentions.append(Mention(start, end, (actor_id,), rule, label))
            taken.update(range(start, end))


def resolved(found: Found, actor_id: str) -> str:
    """The actor an id names now: one merged into another is that other's."""
    while actor_id in found.merged:
        actor_id = found.merged[actor_id]
    return actor_id


def shaped_group(t: TokenTable, found: Found, start: int, end: int, rule: str | None) -> str:
    """The actor of a group a name shape found at tokens [start, end), named as the brief writes
    it (one actor per name); with ``rule``, its mention there is added too."""
    name = one_line(t.string(start, end))
    actor_id = f"group:{slug(name)}"
    found.actors.setdefault(actor_id, Actor(actor_id, "GROUP", name))
    if rule is not None:
        found.mentions.append(Mention(start, end, (actor_id,), rule, "GROUP"))
    return actor_id
