"""The ``briefs`` command line: arguments, exit codes and printing; no extraction logic.

Exit status: 0 all good, 1 some brief (or check) failed or, for ``diff``, differences
found, 2 usage errors (typer's own).
"""

from __future__ import annotations

import errno
import json
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from pipeline.cli_help import PlainCommand, PlainGroup
from pipeline.read import MAX_CHARS
from pipeline.run.batch import TIMEOUT
from pipeline.run.cores import usable_cores

HELP_OPTIONS = {"help_option_names": ["-h", "--help"]}
app = typer.Typer(
    help="Extract actors and claims from intelligence briefs into JSONL.",
    epilog="\b\nStart with:     briefs extract corpus/ --out outputs/\nThen, for more: briefs COMMAND -h",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,  # briefs can be sensitive: never dump locals
    add_completion=False,
    context_settings=HELP_OPTIONS,
    rich_markup_mode=None,  # plain help: rich's panels printed <bool> after every flag, --help too
    cls=PlainGroup,
)
patterns_app = typer.Typer(help="Validate and build pattern files.", no_args_is_help=True,
                           context_settings=HELP_OPTIONS, rich_markup_mode=None, cls=PlainGroup)
app.add_typer(patterns_app, name="patterns")
cache_app = typer.Typer(help="The on-disk cache of the built pipeline.", no_args_is_help=True,
                        context_settings=HELP_OPTIONS, rich_markup_mode=None, cls=PlainGroup)
app.add_typer(cache_app, name="cache")

err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)

PatternsDir = Annotated[
    Path | None,
    typer.Option("--patterns", metavar="DIR", help="patterns directory (default: the project's patterns/)",
                 exists=True, file_okay=False),
]

CacheDir = Annotated[
    Path | None,
    typer.Option("--cache-dir", metavar="DIR", file_okay=False,
                 help="where the built pipeline is cached (default: $BRIEFS_CACHE_DIR, else ~/.cache/briefs)"),
]


def _version(value: bool) -> None:
    if value:
        from pipeline import __version__

        print(f"briefs {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", metavar="", callback=_version, is_eager=True,
                                          help="print the version and exit")] = False,
) -> None:
    """Extract actors and claims from intelligence briefs into JSONL."""


def _fail(message: str) -> None:
    if err.is_terminal:
        err.print(f"[red]error:[/red] {message}", markup=True)
    else:
        print(f"error: {message}", file=sys.stderr)


# \b keeps click from rewrapping the block
EXTRACT_EXAMPLES = """Examples:

\b
  briefs extract corpus/ --out outputs/        every .txt and .md brief under corpus/
  briefs extract 'in/**/*.md' -o out/ -j 4     a glob (quoted), on 4 worker processes
  briefs extract corpus/ -o outputs/ --force   redo briefs whose output is up to date
  briefs extract - < brief.txt > brief.jsonl   one brief from stdin to stdout"""


@app.command(cls=PlainCommand, epilog=EXTRACT_EXAMPLES)
def extract(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...",
                                               help="brief files, folders (recursive), globs, or - for stdin")],
    out_dir: Annotated[
        Path | None, typer.Option("--out", "-o", metavar="DIR",
                                  help="output folder for <stem>.jsonl files  [required unless PATH is -]")
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, metavar="N",
                                 help=f"worker processes  [default: the usable cores, {usable_cores()} here]")
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0, metavar="SECONDS",
                            help="time a brief may take before it is stopped (0: no limit)")
    ] = TIMEOUT,
    force: Annotated[bool, typer.Option("--force", metavar="", help="redo briefs whose output is up to date")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", metavar="", help="no progress bar or summary")] = False,
    max_chars: Annotated[int, typer.Option("--max-chars", min=1, metavar="N",
                                           help="refuse briefs longer than this")] = MAX_CHARS,
    patterns: PatternsDir = None,
    keep_text: Annotated[
        Path | None, typer.Option("--keep-text", metavar="DIR",
                                  help="also write the text every offset indexes as DIR/<stem>.txt")
    ] = None,
    first_person_actor: Annotated[
        str | None, typer.Option("--first-person-actor", metavar="NAME",
                                 help="the actor the briefs' author speaks for (a party's manifesto, a group's "
                                      "statement): its 'we' and 'our' name NAME and its commitments are NAME's "
                                      "pledges  [default: an analyst's 'we', which commits no one]")
    ] = None,
    dask: Annotated[
        str | None, typer.Option("--dask", metavar="ADDRESS",
                                 help="run on a Dask cluster: a scheduler address (tcp://host:8786), a scheduler "
                                      "file (.json), or local[:N] for N local workers")
    ] = None,
    cache_dir: CacheDir = None,
) -> None:
    """Extract briefs into OUT/<stem>.jsonl, skipping briefs whose output is up to date."""
    from pipeline.patterns import DEFAULT_PATTERNS_DIR, current_version
    from pipeline.run import batch
    from pipeline.run.scope import RunScope

    patterns_dir = str(patterns) if patterns else None
    if first_person_actor is not None and not first_person_actor.strip():
        raise typer.BadParameter("give the name of the actor the author speaks for", param_hint="--first-person-actor")
    cache = str(cache_dir) if cache_dir else None
    if paths == ["-"]:
        _load_or_exit(patterns_dir, cache)
        _extract_stdin(patterns_dir, cache, max_chars, timeout, first_person_actor)
        return
    if "-" in paths:
        raise typer.BadParameter("'-' (stdin) cannot be combined with other paths")
    if out_dir is None:
        raise typer.BadParameter("--out is required unless reading from stdin", param_hint="--out")
    if dask is not None:
        if jobs is not None:
            raise typer.BadParameter("--jobs is for runs on this machine; with --dask the cluster's workers "
                                     "run the briefs (local:N for N local workers)", param_hint="--jobs")
        from pipeline.run.cluster import ClusterError, require_dask

        try:
            require_dask()
        except ClusterError as exc:
            _fail(str(exc))
            raise typer.Exit(1) from exc
    cores = usable_cores()
    if jobs is None:
        jobs = cores
    elif jobs > cores:
        _warn(f"--jobs {jobs} is more than the {cores} usable cores: the workers take turns on them, "
              f"which is slower than --jobs {cores}")
    briefs, failures, skipped = batch.discover(paths)
    briefs, refused = batch.reserved_names(briefs)
    failures += refused
    for failure in failures:
        _fail(failure.reason or failure.source)
    if skipped and not quiet:
        err.print(f"note: {skipped}")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _fail(f"{out_dir}: cannot create output folder ({exc.strerror or exc})")
        raise typer.Exit(1) from exc
    attempted = [f.source for f in failures]
    counts = {"extracted": 0, "skipped": 0, "failed": len(failures)}
    interrupted = None
    try:
        with RunScope(out_dir) as scope, _stopped_by_sigterm():
            version = current_version(Path(patterns_dir) if patterns_dir else DEFAULT_PATTERNS_DIR)
            job = batch.Job(out_dir, force=True, patterns_dir=patterns_dir, max_chars=max_chars,
                            timeout=timeout or None, run_id=scope.id, patterns_version=version,
                            keep_text_dir=keep_text, first_person_actor=first_person_actor, cache_dir=cache)
            if dask is not None:
                # The cluster's workers check what is up to date: a client reading every brief
                # and output itself would be the bottleneck of a large run.
                from pipeline.run.cluster import run_dask

                outcomes = run_dask(briefs, replace(job, force=force), dask)
            else:
                # Up-to-date briefs are settled before the pipeline is built: building it costs
                # seconds, checking a brief costs a hash, so re-running an unchanged corpus stays cheap.
                if not force:
                    current = [b for b in briefs if batch.done(b, replace(job, force=False), version)]
                    attempted += [str(b) for b in current]
                    counts["skipped"], briefs = len(current), [b for b in briefs if b not in set(current)]
                if briefs:
                    _load_or_exit(patterns_dir, cache)
                from pipeline.run.local import run_local

                outcomes = run_local(briefs, job, jobs)
            _run_batch(outcomes, len(briefs), quiet, counts, failures, attempted)
    except (KeyboardInterrupt, _Terminated) as exc:
        interrupted = exc
    finally:
        _merge_errors(out_dir, attempted, failures)
    if interrupted is not None:
        _fail(f"stopped by {'SIGTERM' if isinstance(interrupted, _Terminated) else 'Ctrl-C'} after "
              f"{counts['extracted']} extracted, {counts['failed']} failed; outputs written so far are "
              f"whole, and the next run does the rest")
        raise typer.Exit(143 if isinstance(interrupted, _Terminated) else 130)
    if not quiet:
        _summary(counts, out_dir)
    if failures:
        raise typer.Exit(1)


def _run_batch(outcomes: Iterator, total: int, quiet: bool, counts: dict[str, int], failures: list,
               attempted: list[str]) -> None:
    from pipeline.run.cluster import ClusterError
    from pipeline.run.local import WorkerStartError

    progress = None
    if not quiet and err.is_terminal and total:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        progress = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                            TimeRemainingColumn(), console=err, transient=True)
        progress.start()
        task = progress.add_task("extract", total=total)
    try:
        for outcome in outcomes:
            counts[outcome.status] += 1
            attempted.append(outcome.source)
            if outcome.status == "failed":
                failures.append(outcome)
                _fail(outcome.reason or outcome.source)
            if progress is not None:
                progress.advance(task)
    except (WorkerStartError, ClusterError) as exc:
        _fail(str(exc))
        raise typer.Exit(1) from exc
    finally:
        if progress is not None:
            progress.stop()


def _summary(counts: dict[str, int], out_dir: Path) -> None:
    if counts["skipped"] and not counts["extracted"] and not counts["failed"]:
        n = counts["skipped"]
        which = "the brief" if n == 1 else f"all {n:,} briefs"
        err.print(f"nothing to extract: {out_dir} is up to date for {which} (outputs made from the same "
                  f"input by this pipeline and these patterns); --force extracts again")
        return
    err.print(f"{counts['extracted']} extracted, {counts['skipped']} up to date, "
              f"{counts['failed']} failed -> {out_dir}")


def _merge_errors(out_dir: Path, attempted: list[str], failures: list) -> None:
    from pipeline.run.errors import ErrorLogError, merge_errors

    try:
        merge_errors(out_dir, attempted, failures)
    except ErrorLogError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{out_dir}: cannot write the error log ({exc.strerror or exc})")


class _Terminated(Exception):
    """SIGTERM, turned into an exception so that the run stops its workers and keeps its log."""


@contextmanager
def _stopped_by_sigterm() -> Iterator[None]:
    def handler(signum: int, frame: object) -> None:
        raise _Terminated()

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _warn(message: str) -> None:
    if err.is_terminal:
        err.print(f"[yellow]warning:[/yellow] {message}", markup=True)
    else:
        print(f"warning: {message}", file=sys.stderr)


def _load_or_exit(patterns_dir: str | None, cache_dir: str | None) -> None:
    """Load (or build) the pipeline once, or say which pattern file (line, id) is wrong and exit 1."""
    from pipeline.patterns import PatternError
    from pipeline.run.local import load_frozen

    try:
        load_frozen(patterns_dir, cache_dir)
    except PatternError as exc:
        _fail(str(exc))
        raise typer.Exit(1) from exc
    except Exception as exc:  # a pattern set that validates but cannot be built
        _fail(f"{patterns_dir or 'patterns/'}: cannot build the pipeline: {type(exc).__name__}: {exc}")
        raise typer.Exit(1) from exc


def _extract_stdin(patterns_dir: str | None, cache_dir: str | None, max_chars: int, timeout: float,
                   first_person_actor: str | None = None) -> None:
    """One brief from stdin to stdout, through the same worker and time limit as a batch: the
    bytes go to a private folder as ``stdin.txt`` (the brief's source name) and its output is printed."""
    import tempfile

    from pipeline.run.batch import Job
    from pipeline.run.local import run_local

    with tempfile.TemporaryDirectory(prefix="briefs-stdin-") as folder:
        brief = Path(folder) / "stdin.txt"
        brief.write_bytes(sys.stdin.buffer.read())
        job = Job(Path(folder) / "out", force=True, patterns_dir=patterns_dir, max_chars=max_chars,
                  timeout=timeout or None, first_person_actor=first_person_actor, cache_dir=cache_dir)
        (outcome,) = run_local([brief], job, jobs=1)
        if outcome.status == "failed":
            _fail((outcome.reason or "").replace(str(brief), brief.name))
            raise typer.Exit(1)
        text = (Path(folder) / "out" / "stdin.jsonl").read_text(encoding="utf-8")
    _write_stdout(text)


@app.command()
def text(
    path: Annotated[Path, typer.Argument(help="a brief (.txt, .md, .html, .pdf, .docx, ...)")],
) -> None:
    """Print the text a brief is read as: the text every offset of its output indexes."""
    from pipeline.read import BriefError, read

    try:
        brief = read(path, max_chars=2**62)
    except BriefError as exc:
        _fail(str(exc))
        raise typer.Exit(1) from exc
    sys.stdout.write(brief.text)


@app.command()
def schema() -> None:
    """Print the JSON Schema of an output line."""
    from pipeline.records import json_schema

    _write_stdout(json.dumps(json_schema(), indent=2, sort_keys=True) + "\n")


def _write_stdout(text: str) -> None:
    """Write and flush; a full disk is one line and exit 1, a closed pipe (| head) a quiet exit 1."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except OSError as exc:
        # Python flushes stdout once more at exit: send that to /dev/null, or it fails again
        # with a second message of its own.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        if exc.errno != errno.EPIPE:
            _fail(f"cannot write to standard output ({exc.strerror or exc})")
        raise typer.Exit(1) from exc


@app.command()
def evaluate(
    briefs_dir: Annotated[Path, typer.Argument(exists=True, file_okay=False, help="briefs with <stem>.gold.json")],
    out_dir: Annotated[Path, typer.Argument(exists=True, file_okay=False, help="extractions of those briefs")],
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable scores")] = False,
    show_errors: Annotated[bool, typer.Option("--errors", help="list every miss and false alarm")] = False,
) -> None:
    """Score extractions against gold (precision/recall/F1 per label and claim type)."""
    from pipeline.review.evaluate import evaluate as run_evaluation

    try:
        report = run_evaluation(briefs_dir, out_dir).as_dict()
    except (OSError, ValueError) as exc:  # GoldError and OutputError name the file
        _fail(str(exc))
        raise typer.Exit(1) from exc
    if not show_errors:
        report.pop("errors")
    if as_json:
        print(json.dumps(report, indent=2, sort_keys=True))
        return
    from pipeline.review.report import print_evaluation

    print_evaluation(out, report)


@patterns_app.command("check")
def patterns_check(patterns: PatternsDir = None) -> None:
    """Validate every pattern file (ids, labels, token patterns, regexes, rule families)."""
    from pipeline.patterns import PatternError
    from pipeline.validate import check_all

    try:
        summary = check_all(patterns)
    except PatternError as exc:
        _fail(str(exc))
        raise typer.Exit(1) from exc
    for line in summary:
        out.print(line)


@patterns_app.command("build")
def patterns_build(
    sources: Annotated[Path, typer.Option("--sources", exists=True, file_okay=False,
                                          help="the public lists (../shared/gazetteers)")],
    patterns: PatternsDir = None,
) -> None:
    """Generate patterns/generated/ from the UN, OFAC and PETRARCH2 lists, the MISP galaxy clusters
    and the parties kept from Party Facts (patterns/sources/parties.csv) (deterministic): actor
    patterns, the name, place and role-noun lexicons and the CAMEO claim cues."""
    from pipeline.gazetteer.build import build
    from pipeline.patterns import DEFAULT_PATTERNS_DIR, PatternError

    root = patterns or DEFAULT_PATTERNS_DIR
    try:
        report = build(sources, root / "generated", hand_dir=root / "entities",
                       false_friends=root / "false_friends.jsonl", lexicon_dir=root / "lexicon",
                       prose_dir=DEFAULT_PATTERNS_DIR.parent / "tests" / "data" / "prose",
                       party_facts=root / "sources" / "parties.csv")
    except (PatternError, FileNotFoundError) as exc:  # a bad hand-written input, a missing list
        _fail(str(exc))
        raise typer.Exit(1) from exc
    print(json.dumps(report, indent=2, sort_keys=True))


@cache_app.command("show")
def cache_show(cache_dir: CacheDir = None) -> None:
    """Print the cache folder and its entries: what each was built from, its size, when last used."""
    import time

    from pipeline.run import cache

    root = cache.cache_dir(cache_dir)
    found = cache.entries(root)
    print(f"{root}: {len(found)} {'entry' if len(found) == 1 else 'entries'}")
    for entry in found:
        info = cache.describe(entry)
        key = info["key"] or {}
        used = time.strftime("%Y-%m-%d %H:%M", time.localtime(info["used"]))
        print(f"  {info['entry']}  {info['bytes'] / 1e6:.1f} MB  last used {used}  briefs {key.get('briefs', '?')}, "
              f"patterns {key.get('patterns', '?')} ({key.get('patterns_dir', '?')}), spaCy {key.get('spacy', '?')}, "
              f"{key.get('python', '?')}")


@cache_app.command("clear")
def cache_clear(cache_dir: CacheDir = None) -> None:
    """Remove every entry: the next run builds the pipeline again (a few seconds) and saves it."""
    from pipeline.run import cache

    root = cache.cache_dir(cache_dir)
    removed = cache.clear(root)
    print(f"removed {len(removed)} {'entry' if len(removed) == 1 else 'entries'} from {root}")


@app.command()
def explain(
    output: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="an OUT/<stem>.jsonl file")],
    claim_id: Annotated[str, typer.Argument(help="a claim id (c-...)")],
) -> None:
    """Show a claim's sentence with its cue and actors marked, and the rule that fired."""
    from pipeline.review.outputs import OutputError
    from pipeline.review.report import explain_claim

    try:
        explain_claim(out, output, claim_id)
    except OutputError as exc:
        _fail(str(exc))
        raise typer.Exit(1) from exc
    except KeyError as exc:
        _fail(f"{output}: no claim {claim_id}")
        raise typer.Exit(1) from exc


@app.command()
def diff(
    old: Annotated[Path | None, typer.Argument(help="old output folder or file")] = None,
    new: Annotated[Path | None, typer.Argument(help="new output folder or file")] = None,
    git: Annotated[str | None, typer.Option("--git", help="compare outputs/ at REV with the working tree")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable diff")] = False,
    offsets: Annotated[bool, typer.Option("--offsets", help="list the records that only moved")] = False,
) -> None:
    """Semantic diff of extractions keyed by stable ids; exit 1 when they differ."""
    from pipeline.review.diff import diff_git, diff_paths, print_diff

    if git is None and (old is None or new is None):
        raise typer.BadParameter("give OLD and NEW, or --git REV")
    try:
        result = diff_git(git, old or Path("outputs")) if git is not None else diff_paths(old, new)
    except (ValueError, OSError) as exc:
        # 1 means "they differ", as for diff(1); trouble reading them is 2, as diff(1) does
        _fail(str(exc))
        raise typer.Exit(2) from exc
    if as_json:
        print(json.dumps(result, indent=2, sort_keys=True))
    else:
        print_diff(out, result, offsets=offsets)
    if result["changed"]:
        raise typer.Exit(1)


@app.command()
def review(
    path: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="a brief, or its OUT/<stem>.jsonl")],
    html: Annotated[str, typer.Option("--html", metavar="FILE_OR_DIR",
                                      help="where to write the page (a file, or a folder for <stem>.html)")],
    brief: Annotated[
        Path | None, typer.Option("--brief", help="the brief, when PATH is an output in another folder")
    ] = None,
) -> None:
    """Write a self-contained HTML page of a brief with its extractions highlighted."""
    from pipeline.review.page import render_review
    from pipeline.run.writer import write_atomic

    try:
        page = render_review(path, brief=brief)
    except (OSError, ValueError) as exc:
        _fail(str(exc))
        raise typer.Exit(1) from exc
    target = Path(html)
    if html.endswith(("/", os.sep)) or target.is_dir():  # Path() would drop the slash that says "folder"
        target = target / f"{path.stem}.html"
    try:
        write_atomic(target, page)
    except OSError as exc:
        _fail(f"{target}: cannot write ({exc.strerror or exc})")
        raise typer.Exit(1) from exc
    err.print(f"wrote {target}")


# --------------------------------------------------------------------------- export

export_app = typer.Typer(help="Export outputs for other tools: STIX 2.1 bundles and flat tables.",
                         no_args_is_help=True, context_settings=HELP_OPTIONS, rich_markup_mode=None,
                         cls=PlainGroup)
app.add_typer(export_app, name="export")

OutputsPath = Annotated[Path, typer.Argument(exists=True, metavar="OUT_DIR",
                                             help="an output folder (OUT/*.jsonl) or one output file")]


class TableFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"


def _read_outputs_or_exit(path: Path) -> tuple[list, int]:
    """The outputs that read well, and how many did not (each said on stderr)."""
    from pipeline.review.outputs import OutputError, read_outputs

    outputs, failed = [], 0
    try:
        for item in read_outputs(path):
            if isinstance(item, OutputError):
                _fail(str(item))
                failed += 1
            else:
                outputs.append(item)
    except OutputError as exc:
        _fail(str(exc))
        raise typer.Exit(1) from exc
    if not outputs:
        raise typer.Exit(1)
    return outputs, failed


def _write_or_exit(path: Path, data: str | bytes) -> None:
    from pipeline.run.writer import write_atomic

    try:
        write_atomic(path, data)
    except OSError as exc:
        _fail(f"{path}: cannot write ({exc.strerror or exc})")
        raise typer.Exit(1) from exc


@export_app.command("stix")
def export_stix(
    path: OutputsPath,
    out_file: Annotated[Path | None, typer.Option("--out", "-o", dir_okay=False,
                                                  help="write one bundle here (default: standard output)")] = None,
    per_brief: Annotated[Path | None, typer.Option("--per-brief", file_okay=False,
                                                   help="write one bundle per brief, DIR/<stem>.json")] = None,
) -> None:
    """A STIX 2.1 bundle of the outputs (reports, actors, relationships, notes) for OpenCTI or MISP."""
    if out_file is not None and per_brief is not None:
        raise typer.BadParameter("give --out or --per-brief, not both", param_hint="--per-brief")
    try:
        from pipeline.export import stix
    except ImportError as exc:
        _fail(f"briefs export stix needs the stix2 library ({exc.name} is missing): pip install 'briefs[stix]'")
        raise typer.Exit(1) from exc
    outputs, failed = _read_outputs_or_exit(path)
    export = stix.build(outputs)
    for problem in export.errors:
        _fail(problem)
    for doc_id in export.empty:
        err.print(f"{doc_id}: no actors and no claims, so no report (a STIX report must refer to something)")
    if per_brief is not None:
        for doc_id, bundle in export.brief_bundles():
            _write_or_exit(per_brief / f"{doc_id}.json", stix.serialize(bundle))
        target = str(per_brief)
    elif out_file is not None:
        _write_or_exit(out_file, stix.serialize(export.bundle()))
        target = str(out_file)
    else:
        sys.stdout.write(stix.serialize(export.bundle()))
        target = "standard output"
    err.print(f"{len(export.briefs)} reports, {len(export.actors)} actors, "
              f"{sum(len(b.claims) for b in export.briefs)} claims -> {target}")
    if failed or export.errors:
        raise typer.Exit(1)


@export_app.command("table")
def export_table(
    path: OutputsPath,
    to: Annotated[Path, typer.Option("--to", file_okay=False, help="folder for entities, mentions and claims")],
    fmt: Annotated[TableFormat, typer.Option("--format", help="csv, or parquet (needs pyarrow)")] = TableFormat.csv,
) -> None:
    """Entities, mentions and claims of the outputs as three tables (CSV or Parquet)."""
    from pipeline.export import table

    if fmt is TableFormat.parquet:
        try:
            import pyarrow  # noqa: F401  (checked before any work is done)
        except ImportError as exc:
            _fail("--format parquet needs pyarrow: pip install 'briefs[parquet]'")
            raise typer.Exit(1) from exc
    outputs, failed = _read_outputs_or_exit(path)
    tables = table.tables(outputs)
    for each in tables:
        data = table.to_parquet(each) if fmt is TableFormat.parquet else table.to_csv(each)
        _write_or_exit(to / f"{each.name}.{fmt.value}", data)
    err.print(", ".join(f"{len(each.rows)} {each.name}" for each in tables)
              + f" from {len(outputs)} briefs -> {to}")
    if failed:
        raise typer.Exit(1)


if __name__ == "__main__":  # pragma: no cover
    app()
