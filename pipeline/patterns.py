"""Loading and validating pattern files.

Every rule the pipeline uses is data under ``patterns/``. This module is the only
reader of those files: it validates each line with a pydantic model that forbids
unknown keys, and reports a bad line as ``file:line [id]: reason`` so the author
can jump straight to it.

Layout (relative to the patterns directory):

- ``entities/*.jsonl``   hand-written actor patterns (win on conflict)
- ``generated/*.jsonl``  actor patterns built from public lists (``briefs patterns build``)
- ``false_friends.jsonl`` surfaces that must never be matched as actors
- ``lexicon/*.json``     word lists used by components (roles, references, ...)
- ``claims/*.jsonl``     claim rules (pledges, assessments, relationships, attributions)
- ``omitted.json``       optional: rule families this folder leaves out on purpose, each with
                         why (``{"pledge": "this set finds actors and relationships only"}``);
                         a family with no rules and no such line is an error, so a deleted
                         ``claims/`` folder cannot go unnoticed
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipeline.records import Band, Relation  # the contract's own vocabularies
from pipeline.regexes import UnsafeRegex, check_regex, pattern_regexes

LABELS = ("GROUP", "STATE", "PERSON")
Label = Literal["GROUP", "STATE", "PERSON"]
ID_RE = r"^[a-z][a-z0-9]*:[a-z0-9][a-z0-9._-]*$"
RULE_ID_RE = r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$"

DEFAULT_PATTERNS_DIR = Path(__file__).resolve().parent.parent / "patterns"
OMITTED_FILE = "omitted.json"


class PatternError(ValueError):
    """A pattern file that cannot be used; the message names file, line and id."""

    def __init__(self, path: Path | str, line: int | None, ident: str | None, reason: str):
        self.path, self.line, self.ident, self.reason = str(path), line, ident, reason
        where = f"{path}:{line}" if line else f"{path}"
        tag = f" [{ident}]" if ident else ""
        super().__init__(f"{where}{tag}: {reason}")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Role(Strict):
    role: str
    of: str
    start: str | None = None
    end: str | None = None


class EntityPattern(Strict):
    """One surface form of one actor, in spaCy entity-ruler form plus our extras."""

    id: str = Field(pattern=ID_RE)
    label: Label
    pattern: str | list[dict[str, Any]]
    name: str | None = None
    via: Literal["name", "demonym"] = "name"
    case: Literal["auto", "exact", "insensitive"] = "auto"
    context: list[str] | None = None
    source: list[str] | None = None
    refs: dict[str, list[str]] | None = None
    roles: list[Role] | None = None

    @field_validator("pattern")
    @classmethod
    def _non_empty(cls, value: str | list[dict[str, Any]]) -> str | list[dict[str, Any]]:
        if isinstance(value, str) and not value.strip():
            raise ValueError("pattern is empty")
        if isinstance(value, list) and not value:
            raise ValueError("token pattern is empty")
        return value

    def is_exact(self) -> bool:
        """Whether a string pattern is matched case-sensitively.

        'auto' keeps acronyms and very short names exact: 'TIP' or 'ISK' lower-cased
        are English words, while 'al-Qaeda'/'Al-Qaeda' must be one actor.
        """
        if self.case != "auto":
            return self.case == "exact"
        text = self.pattern if isinstance(self.pattern, str) else ""
        return len(text) <= 4 or not any(ch.islower() for ch in text)


class FalseFriend(Strict):
    text: str = Field(min_length=1)
    reason: str = Field(min_length=1)


class ClaimExample(Strict):
    text: str
    expect: dict[str, Any] = Field(default_factory=dict)


Position = Literal["left", "right", "first", "inside", "none"]


class ClaimRule(Strict):
    """A token-pattern rule that makes one kind of claim (README.md, "How it works").

    The matched tokens are the claim's cue. ``actor``/``target`` say where the actors
    are relative to the cue: the nearest mention on the left, the (coordinated)
    mentions on the right, the first mention of the sentence, or inside the match.
    """

    id: str = Field(pattern=RULE_ID_RE)
    type: ClaimFamily
    description: str = Field(min_length=5)
    pattern: list[dict[str, Any]] = Field(min_length=1)
    relation: Relation | None = None
    cameo: str | None = Field(default=None, pattern=r"^[0-9]{2}$")
    band: Band | None = None
    assessment_kind: Literal["forecast", "prescription", "judgement"] | None = None
    priority: int = 0
    actor: Position = "left"
    target: Position = "none"
    actor_labels: list[Label] | None = None
    target_labels: list[Label] | None = None
    polarity: Literal["positive", "negative"] | None = None
    holder: Literal["author", "other"] = "author"
    unless_next: list[str] = Field(default_factory=list)
    unless_prev: list[str] = Field(default_factory=list)
    examples: list[ClaimExample] = Field(min_length=1)
    negatives: list[str] = Field(default_factory=list)


ClaimFamily = Literal["pledge", "assessment", "relationship", "attribution"]
CLAIM_FAMILIES: tuple[str, ...] = get_args(ClaimFamily)


class Omitted(Strict):
    """``omitted.json``: the claim rule families a patterns folder leaves out on purpose."""

    pledge: str | None = Field(default=None, min_length=1, description="why there are no pledge rules")
    assessment: str | None = Field(default=None, min_length=1)
    relationship: str | None = Field(default=None, min_length=1)
    attribution: str | None = Field(default=None, min_length=1)


@dataclass(frozen=True)
class Located:
    """A validated item with where it came from, for error messages and provenance."""

    item: Any
    path: str
    line: int
    origin: str  # "hand" or "generated"


class PatternBundle:
    """Everything under patterns/, validated. A plain class on purpose: spaCy validates
    initialize() settings with pydantic, which would turn a dataclass into a dict."""

    def __init__(self, root: Path):
        self.root = root
        self.entities: list[Located] = []
        self.false_friends: frozenset[str] = frozenset()
        self.lexicon: dict[str, Any] = {}
        self.claims: list[Located] = []
        self.omitted: dict[str, str] = {}  # family -> why (omitted.json)
        self.version = ""

    @property
    def generated(self) -> list[Located]:
        return [p for p in self.entities if p.origin == "generated"]


def _read_jsonl(path: Path, shown: str | Path | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    shown = shown or path
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PatternError(shown, None, None, f"cannot read: {exc}") from exc
    # Lines end at "\n" only: str.splitlines() also breaks at U+0085, U+2028 and U+2029,
    # which a JSON string may hold as they are.
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise PatternError(shown, number, None, f"not valid JSON: {exc.msg}") from exc
        if not isinstance(obj, dict):
            raise PatternError(shown, number, None, "a pattern line must be a JSON object")
        yield number, obj


def _validate(model: type[BaseModel], obj: dict[str, Any], path: Path | str, line: int) -> Any:
    try:
        return model.model_validate(obj)
    except ValidationError as exc:
        ident = obj.get("id") if isinstance(obj.get("id"), str) else None
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"]) or "line"
        raise PatternError(path, line, ident, f"{loc}: {first['msg']}") from exc


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root.parent))
    except ValueError:
        return str(path)


def _check_regexes(item: EntityPattern | ClaimRule, path: str, line: int) -> None:
    """A token pattern's REGEX values compile and cannot backtrack catastrophically (regexes.py)."""
    if isinstance(item.pattern, list):
        for source in pattern_regexes(item.pattern):
            try:
                check_regex(source)
            except UnsafeRegex as exc:
                raise PatternError(path, line, item.id, str(exc)) from exc


def load_entity_file(path: Path, origin: str, root: Path) -> list[Located]:
    shown = _rel(path, root)
    out = []
    for line, obj in _read_jsonl(path, shown):
        if obj.get("label") is not None and obj.get("label") not in LABELS:
            raise PatternError(shown, line, obj.get("id"), f"unknown label {obj.get('label')!r}")
        item = _validate(EntityPattern, obj, shown, line)
        _check_regexes(item, shown, line)
        out.append(Located(item, shown, line, origin))
    return out


def load_claim_file(path: Path, root: Path) -> list[Located]:
    shown = _rel(path, root)
    out = []
    for line, obj in _read_jsonl(path, shown):
        item = _validate(ClaimRule, obj, shown, line)
        _check_regexes(item, shown, line)
        out.append(Located(item, shown, line, "hand"))
    return out


def _check_families(bundle: PatternBundle) -> None:
    """Every claim rule family has rules, unless omitted.json says it is left out, and why."""
    root = bundle.root
    path = root / OMITTED_FILE
    shown = _rel(path, root)
    if path.exists():
        try:
            declared = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise PatternError(shown, None, None, f"not valid JSON: {exc}") from exc
        if not isinstance(declared, dict):
            raise PatternError(shown, None, None, "must be a JSON object of family: why")
        omitted = _validate(Omitted, declared, shown, 1)
        bundle.omitted = {k: v for k, v in omitted.model_dump().items() if v is not None}
    present = {loc.item.type for loc in bundle.claims}
    missing = [family for family in CLAIM_FAMILIES if family not in present and family not in bundle.omitted]
    if missing:
        example = json.dumps({missing[0]: "why this set has none"})
        raise PatternError(_rel(root / "claims", root), None, None,
                           f"no {', '.join(missing)} rules (a claims/*.jsonl file missing?); to leave a family out "
                           f"on purpose, say so in {shown}, e.g. {example}")
    contradicted = sorted(set(bundle.omitted) & present)
    if contradicted:
        raise PatternError(shown, None, contradicted[0], "declared omitted, but claims/ has rules of this family")


def _check_entities(entities: list[Located]) -> None:
    """Reject duplicates and contradictions that spaCy's rulers would silently accept."""
    seen: dict[tuple[str, str, str, str], Located] = {}
    labels: dict[tuple[str, str], tuple[str, Located]] = {}
    names: dict[tuple[str, str], Located] = {}
    for loc in entities:
        p: EntityPattern = loc.item
        key = (loc.origin, p.id, json.dumps(p.pattern, sort_keys=True), p.via)
        if key in seen:
            first = seen[key]
            raise PatternError(
                loc.path, loc.line, p.id,
                f"duplicate pattern {p.pattern!r} (first at {first.path}:{first.line})",
            )
        seen[key] = loc
        known = labels.setdefault((loc.origin, p.id), (p.label, loc))
        if known[0] != p.label:
            raise PatternError(
                loc.path, loc.line, p.id,
                f"label {p.label} contradicts {known[0]} at {known[1].path}:{known[1].line}",
            )
        if p.name is not None:
            if (loc.origin, p.id) in names:
                first = names[(loc.origin, p.id)]
                raise PatternError(
                    loc.path, loc.line, p.id,
                    f"duplicate actor id: name given twice (first at {first.path}:{first.line})",
                )
            names[(loc.origin, p.id)] = loc


def _check_claims(claims: list[Located]) -> None:
    seen: dict[str, Located] = {}
    for loc in claims:
        rule: ClaimRule = loc.item
        if rule.id in seen:
            first = seen[rule.id]
            raise PatternError(
                loc.path, loc.line, rule.id,
                f"duplicate rule id (first at {first.path}:{first.line})",
            )
        seen[rule.id] = loc


def _files(root: Path, sub: str, suffix: str) -> list[Path]:
    folder = root / sub
    return sorted(folder.glob(f"*{suffix}")) if folder.is_dir() else []


def _pattern_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in {".json", ".jsonl"})


def version_of(root: Path) -> str:
    """Content hash of every pattern file: changes exactly when a rule or name changes."""
    digest = hashlib.sha256()
    for path in _pattern_files(root):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:12]


_VERSIONS: dict[tuple, str] = {}


def current_version(root: Path) -> str:
    """``version_of``, re-hashed only when a file's size or mtime changed ("missing" for no
    folder): loading asks for it several times, and hashing reads every pattern file."""
    if not root.is_dir():
        return "missing"
    stamp = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in _pattern_files(root))
    if stamp not in _VERSIONS:
        if len(_VERSIONS) > 16:
            _VERSIONS.clear()
        _VERSIONS[stamp] = version_of(root)
    return _VERSIONS[stamp]


def load_bundle(root: Path | str | None = None, version: str | None = None) -> PatternBundle:
    """Load and validate every pattern file under ``root``; raise PatternError on the first bad line."""
    root = Path(root) if root is not None else DEFAULT_PATTERNS_DIR
    if not root.is_dir():
        raise PatternError(root, None, None, "patterns directory not found")
    entity_files = _files(root, "entities", ".jsonl")
    if not entity_files:
        raise PatternError(root / "entities", None, None, "no entity pattern files (*.jsonl)")
    bundle = PatternBundle(root=root)
    for path in entity_files:
        bundle.entities += load_entity_file(path, "hand", root)
    for path in _files(root, "generated", ".jsonl"):
        bundle.entities += load_entity_file(path, "generated", root)
    _check_entities(bundle.entities)
    friends_path = root / "false_friends.jsonl"
    if friends_path.exists():
        shown = Path(_rel(friends_path, root))
        bundle.false_friends = frozenset(
            _validate(FalseFriend, obj, shown, line).text.casefold()
            for line, obj in _read_jsonl(friends_path, shown)
        )
    for path in [*_files(root, "lexicon", ".json"), *_files(root, "generated/lexicon", ".json")]:
        try:
            bundle.lexicon[path.stem] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise PatternError(_rel(path, root), None, None, f"not valid JSON: {exc}") from exc
    for path in _files(root, "claims", ".jsonl"):
        bundle.claims += load_claim_file(path, root)
    _check_claims(bundle.claims)
    _check_families(bundle)
    bundle.version = version or version_of(root)
    return bundle


@lru_cache(maxsize=4)
def cached_bundle(root: str, version: str) -> PatternBundle:
    """One parse per patterns version per process; the version key makes edits visible."""
    return load_bundle(root, version)


def lexicon_words(bundle: PatternBundle, name: str, key: str) -> list[str]:
    """A word list from ``lexicon/<name>.json``; a missing list is an error, not an empty list."""
    try:
        words = bundle.lexicon[name][key]
    except KeyError as exc:
        raise PatternError(bundle.root / "lexicon" / f"{name}.json", None, key, "missing list") from exc
    if not isinstance(words, list):
        raise PatternError(bundle.root / "lexicon" / f"{name}.json", None, key, "must be a list")
    return words


def slug(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    if ascii_slug and len(ascii_slug) * 2 >= len(re.sub(r"\W", "", text)):
        return ascii_slug
    # A name in another script folds to nothing: keep distinct names distinct
    return f"{ascii_slug or 'x'}-{hashlib.sha256(text.encode()).hexdigest()[:8]}"
