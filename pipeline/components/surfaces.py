"""Actor surfaces as sequences of folded words, and their lookup in a brief (the gazetteer match).

A brief writes "al‑Qaeda" (one token, a non-breaking hyphen), "Al Qaida", "Hay’at" or
"Hez\u200dbollah"; the lists write "Al-Qaida", "Hay'at", "Hezbollah". Both sides are cut
into words the same way and each word folded (``pipeline.fold``): hyphens separate words and
are not words themselves, apostrophes and accents go, transliteration variants meet. A
surface is then one dictionary key, and a brief is looked up word by word: for each word
that starts some surface, the surfaces of the lengths that start with it.

Surfaces matched case-sensitively (acronyms, short names: 'TIP', 'ISK') keep their case
(``fold_text``); the others are keyed in lower case (``fold_word``). Everything here is
plain data, so the built index is pickled with the pipeline (``to_disk``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import partial

from pipeline.fold import WordMemo, fold_text, fold_word

HYPHEN_SPLIT = re.compile(r"-+")


@dataclass(frozen=True)
class Entry:
    """A compiled surface form of one actor."""

    actor_id: str
    label: str
    via: str
    exact: bool
    origin: str
    context: frozenset[str] | None
    # sentences holding a context word that make the whole brief vouch for the name (a brief
    # about intrusions names 'LockBit' in sentences that do not say 'ransomware'); 0: never
    topic: int = 0


def word_parts(text: str, variants: Mapping[str, str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A token's words (case kept, and lower-case keys): 'al‑Qaeda' -> ('al', 'Qaeda'),
    ('al', 'qaeda'); a hyphen alone -> no words."""
    folded = fold_text(text)
    parts = tuple(p for p in HYPHEN_SPLIT.split(folded) if p) if "-" in folded and len(folded) > 1 else (
        () if folded == "-" else (folded,))
    return parts, tuple(fold_word(p, variants) for p in parts)


class GazetteerIndex:
    """Folded word sequences -> entries, exact-case and lower-case, as two word tries (see
    the module docstring). A trie node is [entries ending here or None, {next word: node}]."""

    def __init__(self, variants: Mapping[str, str]):
        self.variants = dict(variants)
        self.roots: tuple[dict[str, list], dict[str, list]] = ({}, {})
        self.parts = WordMemo(partial(word_parts, variants=self.variants))
        # token text -> the trie nodes its words lead to (``_start_nodes``)
        self.starts = WordMemo(self._start_nodes)

    def words(self, token_texts: Iterable[str], exact: bool) -> tuple[str, ...]:
        out: list[str] = []
        for text in token_texts:
            out += self.word_parts(text)[0 if exact else 1]
        return tuple(out)

    def word_parts(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        return self.parts[text]

    def add(self, token_texts: list[str], entry: Entry) -> bool:
        """Index one surface (its tokens as the pipeline's tokenizer cuts them); False when it
        folds to nothing."""
        words = self.words(token_texts, entry.exact)
        if not words:
            return False
        level = self.roots[0 if entry.exact else 1]
        node: list = []
        for word in words:
            node = level.get(word) or level.setdefault(word, [None, {}])
            level = node[1]
        if node[0] is None:
            node[0] = []
        if entry not in node[0]:
            node[0].append(entry)
        return True

    def entry_lists(self) -> Iterable[list[Entry]]:
        stack = [*self.roots[0].values(), *self.roots[1].values()]
        while stack:
            entries, children = stack.pop()
            if entries:
                yield entries
            stack += children.values()

    def find(self, texts: list[str]) -> list[tuple[int, int, list[Entry]]]:
        """(start token, end token, entries) of every surface occurring in a brief's tokens.

        A surface starts at a token's first word and ends at a token's last word: a match
        inside 'al‑Qaeda-aligned' is 'al‑Qaeda', never 'Qaeda-aligned'. Most tokens start no
        surface: which do is known per distinct word (``_start_nodes``), so they cost one
        lookup each."""
        starts, parts_of = self.starts, self.parts
        out: list[tuple[int, int, list[Entry]]] = []
        n = len(texts)
        for i in [i for i, text in enumerate(texts) if starts[text]]:
            for side, node in starts[texts[i]]:
                if node[0]:
                    out.append((i, i + 1, node[0]))
                # the next tokens' words, down the trie
                j = i + 1
                while j < n and node[1]:
                    nxt = parts_of[texts[j]]
                    for word in nxt[side]:
                        node = node[1].get(word)
                        if node is None:
                            break
                    if node is None:
                        break
                    if node[0] and nxt[side]:
                        out.append((i, j + 1, node[0]))
                    j += 1
        return out

    def _start_nodes(self, text: str) -> tuple[tuple[int, list], ...]:
        """(side, trie node) where a token's own words lead from a root, exact side first:
        where a surface starting with this token continues."""
        parts = self.parts[text]
        nodes = []
        for side in (0, 1):
            words = parts[side]
            if not words:
                break  # a hyphen: no surface starts here
            node = self.roots[side].get(words[0])
            for word in words[1:]:
                if node is None:
                    break
                node = node[1].get(word)
            if node is not None:
                nodes.append((side, node))
        return tuple(nodes)
