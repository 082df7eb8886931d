"""Which build of briefs made a saved pipeline: the version and a hash of the code that builds it.

A saved pipeline holds pickled component state, whose layout is the code's: a component that
builds a new attribute, or reads an old one differently, cannot run on state saved by the code
before. ``__version__`` is not bumped for every such change, so the saved state is keyed by
this hash as well (the pipeline cache, ``components/persist.py``). It covers the modules that
build and run the pipeline (``pipeline/*.py`` and ``pipeline/components/``), not the command
line, the bench or the sub-packages that never build it (read, run, review, export, gazetteer).

Outputs are stamped with ``output_version()``, the same hash over the readers too
(``pipeline/read/``), which turn a file into the text every offset indexes: an output made by
other code is not up to date (``run/batch.py``), so a code change that changes extractions is
never hidden behind "up to date" (a rules-only change bumps ``patterns_version`` instead).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
NOT_BUILDING = frozenset({"cli.py", "cli_help.py", "bench.py"})


def build_sources() -> list[Path]:
    top = [p for p in PACKAGE.glob("*.py") if p.name not in NOT_BUILDING]
    return sorted(top + list((PACKAGE / "components").glob("*.py")))


def output_sources() -> list[Path]:
    return sorted(build_sources() + list((PACKAGE / "read").glob("*.py")))


def _stamp(paths: list[Path]) -> str:
    from pipeline import __version__

    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.relative_to(PACKAGE).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return f"{__version__}+{digest.hexdigest()[:12]}"


@lru_cache(maxsize=1)
def code_version() -> str:
    """``<version>+<hash of the build sources>``, e.g. ``0.1.0+3f2a9c1b7d4e``."""
    return _stamp(build_sources())


@lru_cache(maxsize=1)
def output_version() -> str:
    """The ``pipeline_version`` of every output: ``<version>+<hash of the build sources and the
    readers>``."""
    return _stamp(output_sources())
