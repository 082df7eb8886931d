"""``briefs patterns check``: everything load-time validation does, plus compiling each rule."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import spacy
from spacy.matcher import Matcher

from pipeline.patterns import DEFAULT_PATTERNS_DIR, PatternError, pattern_word_lists, with_word_lists


def check_all(root: Path | None = None) -> list[str]:
    from pipeline.nlp import build, patterns_loader

    root = root or DEFAULT_PATTERNS_DIR
    bundle = patterns_loader(str(root))  # parsed once: build() below reuses it
    vocab = spacy.blank("en").vocab
    word_lists = pattern_word_lists(bundle)
    for located in bundle.entities + bundle.claims:
        pattern = located.item.pattern
        if isinstance(pattern, list):
            try:
                Matcher(vocab, validate=True).add("check", [with_word_lists(pattern, word_lists)])
            except (ValueError, KeyError) as exc:
                first = str(exc).strip().splitlines()[0]
                raise PatternError(located.path, located.line, located.item.id, f"bad token pattern: {first}") from exc
    _check_folded(bundle)
    build(root)  # lexicon lists and component set-up are checked by building once
    per_file = Counter(loc.path for loc in bundle.entities + bundle.claims)
    actors = Counter((loc.origin, loc.item.id) for loc in bundle.entities)
    lines = [f"{path}: {count} patterns" for path, count in sorted(per_file.items())]
    lines += [f"no {family} rules, on purpose: {why}" for family, why in sorted(bundle.omitted.items())]
    lines.append(
        f"ok: {len(bundle.entities)} entity patterns for {len({a for _, a in actors})} actors "
        f"({sum(1 for o, _ in actors if o == 'generated')} generated), {len(bundle.claims)} claim rules, "
        f"{len(bundle.false_friends)} false friends; patterns_version {bundle.version}"
    )
    lines.append(
        f"lexicons: {len(bundle.names.names) if bundle.names else 0} name words, "
        f"{len(bundle.places.capitals) if bundle.places else 0} capital spellings, "
        f"{len(bundle.places.places) if bundle.places else 0} places, "
        f"{len(bundle.agents.agents) if bundle.agents else 0} agent nouns, {len(bundle.cues)} CAMEO cues, "
        f"{len(bundle.spelling)} spelling variants"
    )
    return lines


def _check_folded(bundle) -> None:
    """Every lexicon key and cue word is already folded: a reader folding a Doc's words finds it."""
    from pipeline.fold import fold_word

    def folded(text: str) -> bool:
        return " ".join(fold_word(w, bundle.spelling) for w in text.split(" ")) == text

    for name in ("names", "places", "agents"):
        lexicon = getattr(bundle, name)
        for field in type(lexicon).KEYED if lexicon else ():
            for key in getattr(lexicon, field):
                if not folded(key):
                    raise PatternError(f"patterns/generated/lexicon/{name}.json", None, key,
                                       f"{field}: {key!r} is not folded with fold_word")
    for located in bundle.cues:
        cue = located.item
        for word in [*cue.forms, *(a for slot in cue.before + cue.after for a in slot if a not in "+$%")]:
            if not folded(word):
                raise PatternError(located.path, located.line, cue.id, f"{word!r} is not folded with fold_word")
