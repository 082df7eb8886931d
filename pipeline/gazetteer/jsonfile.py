"""How the build writes its files, and the keys of the lexicons it writes.

Keys are what a runtime reader can compute from a Doc: each token folded with
``pipeline.fold.fold_word`` and the spelling table, tokens joined by one space. The build
splits names and phrases with the same tokenizer the pipeline uses (blank English), so
"Port-au-Prince" is keyed "port - au - prince" on both sides.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cached_property

from pipeline.fold import fold_word


def dump_line(value) -> str:
    """One JSONL line (or one entry's value): sorted keys, compact, UTF-8 kept."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def dump_lexicon(obj: dict) -> str:
    """A JSON object with sorted keys whose object-valued members are written one entry
    per line, so a rebuild reads as a diff of the entries that changed."""
    out = ["{"]
    items = sorted(obj.items())
    for n, (key, value) in enumerate(items):
        comma = "," if n < len(items) - 1 else ""
        if isinstance(value, dict) and value:
            out.append(f" {json.dumps(key)}: {{")
            inner = sorted(value.items())
            for m, (ikey, ivalue) in enumerate(inner):
                out.append(f"  {json.dumps(ikey, ensure_ascii=False)}: {dump_line(ivalue)}"
                           + ("," if m < len(inner) - 1 else ""))
            out.append(" }" + comma)
        else:
            out.append(f" {json.dumps(key)}: {dump_line(value)}{comma}")
    out.append("}")
    return "\n".join(out) + "\n"


class Keyer:
    """Text -> lexicon key, with the pipeline's tokenizer and the spelling table."""

    def __init__(self, variants: Mapping[str, str]):
        self.variants = variants
        self._seen: dict[str, list[str]] = {}  # names repeat across lists and locales

    @cached_property
    def _tokenizer(self):
        import spacy  # only when keys are made: the build's readers do not need it

        return spacy.blank("en").tokenizer

    @cached_property
    def _special(self) -> frozenset[str]:
        """Letter-only strings the tokenizer splits by rule ('Cannot', 'Gonna', 'Hes')."""
        return frozenset(k for k in self._tokenizer.rules if k.isalpha())

    def words(self, text: str) -> list[str]:
        if text not in self._seen:
            tokens = text.split(" ")
            # Words of letters only are not split by the tokenizer either (but for its rules).
            if not all(w.isalpha() and w not in self._special for w in tokens):
                tokens = [t.text for t in self._tokenizer(text) if not t.is_space]
            # a lone apostrophe folds to nothing ('Sana'a' is one word, 'sanaa')
            self._seen[text] = [w for w in (fold_word(t, self.variants) for t in tokens) if w]
        return list(self._seen[text])

    def key(self, text: str) -> str:
        return " ".join(self.words(text))

    def word(self, text: str) -> str:
        return fold_word(text, self.variants)
