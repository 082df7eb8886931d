"""The command line shared by the scorers of outside data sets (conll.py, manifestos.py):
the data is never in the project, so each takes the path of the user's copy."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def data_args(prog: str, doc: str | None, path_help: str, argv: list[str] | None) -> argparse.Namespace | None:
    """``path`` and ``--json``; None (after one line on stderr) when the path is not a file."""
    parser = argparse.ArgumentParser(prog=f"python -m {prog}", description=(doc or "").split("\n\n")[0])
    parser.add_argument("path", type=Path, help=path_help)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not args.path.is_file():
        print(f"error: {args.path}: no such file (see the docstring for where to get it)", file=sys.stderr)
        return None
    return args
