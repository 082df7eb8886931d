"""`python -m pipeline.gazetteer --sources ../shared/gazetteers` rebuilds patterns/generated/."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .build import build

REPO = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.gazetteer", description=__doc__)
    parser.add_argument("--sources", type=Path, default=REPO.parent / "shared" / "gazetteers")
    parser.add_argument("--out", type=Path, default=REPO / "patterns" / "generated")
    parser.add_argument("--hand", type=Path, default=REPO / "patterns" / "entities")
    parser.add_argument(
        "--false-friends", type=Path, default=REPO / "patterns" / "false_friends.jsonl"
    )
    parser.add_argument("--lexicon", type=Path, default=REPO / "patterns" / "lexicon")
    parser.add_argument("--prose", type=Path, default=REPO / "tests" / "data" / "prose")
    parser.add_argument("--party-facts", type=Path, default=REPO / "patterns" / "sources" / "parties.csv")
    parser.add_argument("--keep-parties-from", type=Path, metavar="RAW_CSV",
                        help="first keep the facts of Party Facts' core party table (fetched to a temporary "
                             "folder) in patterns/sources/parties.csv (see pipeline/gazetteer/parties.py)")
    args = parser.parse_args(argv)
    if args.keep_parties_from is not None:
        from .parties import keep_facts

        status = keep_facts(args.keep_parties_from, args.party_facts)
        if status:
            return status
    if not args.sources.is_dir():
        print(f"error: sources folder not found: {args.sources}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    report = build(args.sources, args.out, hand_dir=args.hand, false_friends=args.false_friends,
                   lexicon_dir=args.lexicon, prose_dir=args.prose, party_facts=args.party_facts)
    print(json.dumps(report, indent=2, sort_keys=True))
    print(f"built in {time.perf_counter() - started:.1f}s -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
