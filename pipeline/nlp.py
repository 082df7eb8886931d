"""Builds the briefs Language: tokenizer, sentences, lemmas, actors, references, claims.

The config alone describes the whole pipeline (``nlp.config``, written as ``config.cfg`` by
``nlp.to_disk``): ``[paths] patterns`` is the patterns folder, ``[nlp.tokenizer]`` the
tokenizer below, and ``[initialize]`` hands every pattern component the bundle from the
registered loader ``briefs.patterns.v1`` and ends with ``briefs.after_init.v1``. So
``python -m spacy assemble config.cfg DIR`` builds the same pipeline as ``build()``, and a
saved one loads with ``spacy.load(DIR)`` (the components and these functions are found through
the ``spacy_*`` entry points in pyproject.toml, without ``import pipeline``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import registry

import pipeline.components  # noqa: F401  (registers the factories)
from pipeline.patterns import DEFAULT_PATTERNS_DIR, PatternBundle, cached_bundle, current_version

PIPE_NAMES = ("briefs_sentences", "briefs_lemmas", "briefs_tokens", "briefs_entities", "briefs_references",
              "briefs_claims")
PATTERN_COMPONENTS = ("briefs_entities", "briefs_references", "briefs_claims")


@registry.misc("briefs.patterns.v1")
def patterns_loader(path: str) -> PatternBundle:
    root = Path(path)
    return cached_bundle(str(root), current_version(root))


@registry.tokenizers("briefs.tokenizer.v1")
def make_tokenizer() -> Any:
    """spaCy's English tokenizer with our infix and without the one-character rules that only
    repeat their character (below)."""

    def create(nlp: Language) -> Tokenizer:
        from spacy.util import compile_prefix_regex, compile_suffix_regex

        defaults = nlp.Defaults
        # made with its final rules: loading them is a tenth of a second, each time they are set
        return Tokenizer(nlp.vocab, rules=_without_one_character_rules(defaults.tokenizer_exceptions),
                         prefix_search=compile_prefix_regex(defaults.prefixes).search,
                         suffix_search=compile_suffix_regex(defaults.suffixes).search,
                         infix_finditer=_infixes(defaults).finditer, token_match=defaults.token_match,
                         url_match=defaults.url_match)

    return create


@registry.callbacks("briefs.after_init.v1")
def make_after_init() -> Any:
    def after_init(nlp: Language) -> None:
        # initialize() tokenised the gazetteer's surfaces, which filled the tokenizer's cache:
        # setting the rules empties it (see _without_one_character_rules)
        nlp.tokenizer.rules = nlp.tokenizer.rules
        nlp.meta["briefs_patterns_version"] = current_version(Path(nlp.config["paths"]["patterns"]))

    return after_init


def _infixes(defaults: Any) -> Any:
    """spaCy's English infixes, and one more: 'U.S.-led' and 'U.S.-British' are two actors' worth
    of tokens, so split after 'U.S.'."""
    from spacy.util import compile_infix_regex

    return compile_infix_regex(list(defaults.infixes) + [r"(?<=[A-Z]\.)-(?=[A-Za-z])"])


def _without_one_character_rules(rules: dict[str, Any]) -> dict[str, Any]:
    """The special cases but those that make one character its own token and nothing else:
    a lone space, tab or newline, an apostrophe, a right single quote, an em dash.

    Once any special case has fired, spaCy's tokenizer stops adding to its cache for the rest
    of that text (one flag per call, never reset); words cached before are still found, new
    ones are split by the affix regexes every time. The newline rule fires at a brief's first
    line break, so nearly every brief went uncached, and tokenising cost about six times what
    it does now; then the quote and dash rules fired in most briefs (a quotation, a dash
    between clauses), and dropping them took another third off tokenising. Other special
    cases ("U.S.", "Jan.", "cannot") still switch saving off, but only in the briefs that have
    them, and only from there on. A single character is one token whatever the affix rules
    do with it, so the tokens are unchanged; ``"\\xa0"`` stays, as its rule also sets a norm.

    The cache holds at most 10,000 chunks: after ``initialize`` it is full of the gazetteer's
    pattern words, and a full cache takes no brief's words at all. So ``briefs.after_init.v1``
    empties it (setting the rules does) once ``initialize`` is done.
    """
    return {orth: rule for orth, rule in rules.items() if not (len(orth) == 1 and rule == [{ORTH: orth}])}


def build(patterns_dir: Path | str | None = None) -> Language:
    """A ready-to-run pipeline; raises PatternError naming the bad file and line."""
    from pipeline import __version__

    root = Path(patterns_dir) if patterns_dir is not None else DEFAULT_PATTERNS_DIR
    patterns_loader(str(root))  # fail early, with the file and line, before building
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "briefs.tokenizer.v1"}}})
    for name in PIPE_NAMES:
        nlp.add_pipe(name)
    config = nlp.config
    config["paths"]["patterns"] = str(root)
    loader = {"@misc": "briefs.patterns.v1", "path": "${paths.patterns}"}
    config["initialize"]["components"] = {name: {"patterns": loader} for name in PATTERN_COMPONENTS}
    config["initialize"]["after_init"] = {"@callbacks": "briefs.after_init.v1"}
    nlp.meta.update({"name": "briefs", "version": __version__, "requirements": [f"briefs=={__version__}"],
                     "description": "Rule-based actors and claims from intelligence briefs (briefs pipeline)"})
    nlp.initialize()
    return nlp
