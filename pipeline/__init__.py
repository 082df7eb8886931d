"""briefs: rule-based extraction of actors and claims from intelligence briefs.

Embedding API::

    import pipeline
    nlp = pipeline.load()                      # the spaCy Language (from the on-disk cache)
    records = pipeline.extract_text(text)      # contract records as dicts

Nothing heavy is imported here: ``briefs --help`` and the command line's start pay only for
what they use (spaCy and the pipeline's modules come with the first ``load``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from pipeline.read import Brief
    from pipeline.records import Record


@lru_cache(maxsize=2)
def _cached(root: str, version: str, cache_dir: str | None, cached: bool) -> Language:
    from pipeline.nlp import build, patterns_loader

    if not cached:
        return build(root)
    from pipeline.run import cache

    return cache.load(Path(root), version, lambda: build(root), cache=cache_dir,
                      prepare=lambda: patterns_loader(root))


def load(patterns_dir: Path | str | None = None, *, cache_dir: Path | str | None = None,
         cached: bool = True) -> Language:
    """The pipeline for a patterns directory (default: the project's), once per process and version.

    It is loaded from the on-disk cache (``pipeline/run/cache.py``: ``cache_dir``, else
    ``$BRIEFS_CACHE_DIR``, else ``~/.cache/briefs``), which the first call builds and saves;
    ``cached=False`` builds it without the cache. Its pattern tables are half a million
    long-lived objects: a program that runs many briefs through it should call ``freeze()``
    once it is loaded, as ``briefs extract`` does.
    """
    from pipeline.patterns import DEFAULT_PATTERNS_DIR, current_version

    root = Path(patterns_dir) if patterns_dir is not None else DEFAULT_PATTERNS_DIR
    with collector_paused():
        return _cached(str(root), current_version(root), str(cache_dir) if cache_dir else None, cached)


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic garbage collection while the block runs.

    Building or loading the pipeline makes about a million small objects that all live on,
    and the collector's passes over them find nothing; ``with collector_paused(): load();
    freeze()`` freezes them before any pass walks them. The threshold is set to zero rather
    than ``gc.disable()`` called, because libraries switch that back on (srsly's msgpack
    reader, which spaCy's loading calls, ends with ``gc.enable()``)."""
    import gc

    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def freeze() -> None:
    """Take everything alive now out of the garbage collector's passes (``gc.freeze``).

    Passes otherwise re-scan the loaded pipeline's pattern tables, which cost about a sixth
    of the time per brief. No full collection comes first: after building the pipeline it
    found nothing to free, and walking the tables took a quarter to half a second. Called
    inside ``collector_paused()`` with the load, no pass runs at all (once the collector is
    back on, its first pass would walk every object the load made). This is process-wide,
    so the library leaves it to the program.
    """
    import gc

    gc.freeze()


def extract_brief(brief: Brief, nlp: Language | None = None, *, first_person_actor: str | None = None) -> list[Record]:
    """Records for an already-read Brief. ``first_person_actor``: the actor the brief's author
    speaks for ('we will ...' in a party manifesto or a group's statement); by default the
    author is an analyst, whose 'we' commits no one."""
    from pipeline.convert import records_for
    from pipeline.fingerprint import output_version

    nlp = nlp or load()
    doc = nlp(brief_doc(nlp, brief, first_person_actor=first_person_actor))
    return records_for(doc, pipeline_version=output_version(), patterns_version=nlp.meta["briefs_patterns_version"],
                       table=_table(nlp, doc))


def brief_doc(nlp: Language, brief: Brief, *, first_person_actor: str | None = None) -> Doc:
    """The brief's unprocessed Doc, carrying its structure (``doc._.brief``) for the components."""
    if first_person_actor is not None and not first_person_actor.strip():
        raise ValueError("first_person_actor must name an actor")
    from pipeline.read.lines import unwrapped

    text, wraps = unwrapped(brief.text)
    doc = nlp.make_doc(text)
    # the records quote the brief as given: TokenTable puts the line breaks back (soft_wraps)
    doc._.brief = {**brief.as_data(), "first_person_actor": first_person_actor, "soft_wraps": wraps}
    return doc


def _table(nlp: Language, doc: Doc) -> Any:
    from pipeline.components.tokens import tables_of

    return tables_of(nlp).table(doc)


def extract_text(text: str, *, source: str = "text.txt", nlp: Language | None = None,
                 first_person_actor: str | None = None) -> list[dict[str, Any]]:
    """Contract records (as JSON-ready dicts) for a brief given as a string.

    The string is the brief's text exactly as given (nothing is decoded or dropped, not even a
    leading U+FEFF), so every offset indexes it."""
    from pipeline.read import read_text

    brief = read_text(text, source)
    return [r.model_dump(mode="json") for r in extract_brief(brief, nlp, first_person_actor=first_person_actor)]
