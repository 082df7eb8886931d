"""Loading and validating pattern files.

Every rule the pipeline uses is data under ``patterns/``. This module is the only
reader of those files: it validates each line with a pydantic model that forbids
unknown keys, and reports a bad line as ``file:line [id]: reason`` so the author
can jump straight to it.

Layout (relative to the patterns directory):

- ``entities/*.jsonl``   hand-written actor patterns (win on conflict)
- ``generated/*.jsonl``  actor patterns built from public lists (``briefs patterns build``)
- ``generated/lexicon/{names,places,agents}.json``  name, place and role-noun lexicons (built)
- ``generated/claims/cameo.jsonl``  claim cues from the CAMEO verb dictionary (built)
- ``false_friends.jsonl`` surfaces that must never be matched as actors
- ``lexicon/*.json``     word lists used by components (roles, references, ...); of these,
  ``spelling.json`` (spelling variants for ``pipeline.fold.fold_word``) and
  ``cameo_claims.json`` (CAMEO codes -> claims, read by the build) are validated here too
- ``claims/*.jsonl``     claim rules (pledges, assessments, relationships, attributions)
- ``frames/*.jsonl``     relationships read from the structure around two names
- ``omitted.json``       optional: rule families this folder leaves out on purpose, each with
                         why (``{"pledge": "this set finds actors and relationships only"}``);
                         a family with no rules and no such line is an error, so a deleted
                         ``claims/`` folder cannot go unnoticed
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from pipeline.fold import fold_word
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
    # words one of which the sentence must hold, or the name of such a list in
    # lexicon/contexts.json (the generated cyber names share one: "cyber")
    context: list[str] | str | None = None
    # with a list context: how many sentences of the brief holding one of its words make the
    # whole brief vouch for the name (0: only the name's own sentence); a named context has its own
    brief_sentences: int = Field(default=0, ge=0)
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

    @field_validator("context")
    @classmethod
    def _context_words(cls, value: list[str] | str | None) -> list[str] | str | None:
        if isinstance(value, list) and not value:
            raise ValueError("context is empty: it would keep the name out of every sentence")
        return value

    @model_validator(mode="after")
    def _brief_sentences_need_a_word_list(self) -> EntityPattern:
        if self.brief_sentences and not isinstance(self.context, list):
            raise ValueError("brief_sentences is given with a context word list only")
        return self

    def is_exact(self) -> bool:
        """Whether a string pattern is matched case-sensitively.

        'auto' keeps acronyms and very short names exact: 'TIP' or 'ISK' lower-cased
        are English words, while 'al-Qaeda'/'Al-Qaeda' must be one actor.
        """
        if self.case != "auto":
            return self.case == "exact"
        text = self.pattern if isinstance(self.pattern, str) else ""
        return len(text) <= 4 or not any(ch.islower() for ch in text)


class NamedContext(Strict):
    """A word list of ``lexicon/contexts.json`` that entity patterns name as their context."""

    words: list[str] = Field(min_length=1)
    brief_sentences: int = Field(default=0, ge=0)


class FalseFriend(Strict):
    text: str = Field(min_length=1)
    reason: str = Field(min_length=1)


class ClaimExample(Strict):
    text: str
    expect: dict[str, Any] = Field(default_factory=dict)
    # the actor the text's author speaks for (--first-person-actor), for rules only that reads
    first_person_actor: str | None = None


# where an actor or target is, relative to the cue: the nearest name on the left, the
# (coordinated) names on the right, the first of the sentence, inside the match, or the subject
# of the cue's clause (components/clauses.py: 'a coalition that includes X' -> the coalition)
# 'reporter': the subject of the reporting or pledging verb that the cue's clause continues ('X
# has said the AA is open to talks but will not surrender', '... and that the body will not')
# 'titled_state': the state a titled person inside the match holds office in, named elsewhere
# in the sentence ('President Ahmed al-Sharaa' beside 'Damascus'; claims.py ``_titled_state``)
Position = Literal["left", "right", "first", "inside", "subject", "speaker", "reporter", "titled_state", "none"]


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
    # the band is the one whose ICD-203 range holds the percentage the match states ('we put
    # this at roughly 60 percent': likely); ``band`` is kept when the match holds no number
    band_from_number: bool = False
    assessment_kind: Literal["forecast", "prescription", "judgement"] | None = None
    priority: int = 0
    actor: Position = "left"
    target: Position = "none"
    actor_labels: list[Label] | None = None
    target_labels: list[Label] | None = None
    polarity: Literal["positive", "negative"] | None = None
    # a verb cue's actor is its clause's subject; a noun cue's ('talks with', 'an attack on')
    # is read from the words around the noun phrase
    cue: Literal["verb", "noun"] = "verb"
    holder: Literal["author", "other"] = "author"
    # an explicit judgement verb ('we assess'): the strongest cue of its clause, as a hedge is
    # (one claim per clause, anchored on the verb), although it carries no band of its own
    explicit: bool = False
    # speech cues ('said the group would'): the reported clause must have an actor or a
    # personal pronoun as its subject, or it states no one's intention ('said talks would resume')
    content_subject: bool = False
    # the relation holds both ways ('rivalry between X and Y', 'X and Y clashed'): each side
    # is the actor once, as GOLD.md asks for a relation of two actors at once
    mutual: bool = False
    unless_next: list[str] = Field(default_factory=list)
    unless_prev: list[str] = Field(default_factory=list)
    examples: list[ClaimExample] = Field(min_length=1)
    negatives: list[str] = Field(default_factory=list)


# ---------------------------------------------------------------- lexicons
# Keys of the generated lexicons are words as a runtime reader sees them: each token folded
# with pipeline.fold.fold_word and the spelling table, several tokens joined by one space.
# Loading checks the cheap half of that (ASCII lower case, no unresolved variant spelling:
# see _check_keys); `briefs patterns check` refolds every key.


def _key_problems(lexicon: BaseModel, variants: Mapping[str, str]) -> Iterator[tuple[tuple, str]]:
    """Keys a reader could not find: not ASCII lower case, or a spelling the table folds away."""
    for name in type(lexicon).KEYED:
        for key in getattr(lexicon, name):
            if not key or not key.isascii() or key != key.lower() or key != key.strip():
                yield (name, key), f"{name}: key {key!r} is not a folded lower-case word"
            elif variants.get(key, key) != key:
                yield (name, key), f"{name}: key {key!r} is a spelling variant of {variants[key]!r}"


def _listed_once(
    field: str, groups: list[tuple[str, list[str]]], member: str, group: str
) -> Iterator[tuple[tuple, str]]:
    """A member (a spelling, a code) listed in two groups, located at the second."""
    seen: dict[str, str] = {}
    for n, (name, members) in enumerate(groups):
        for item in members:
            if item in seen:
                yield (field, n), f"{member} {item!r} is also in {group} {seen[item]!r}"
            seen[item] = name


class SpellingGroup(Strict):
    key: str = Field(min_length=1)
    spellings: list[str] = Field(min_length=2)
    why: str = Field(min_length=3)

    @model_validator(mode="after")
    def _folded(self) -> SpellingGroup:
        for word in self.spellings:
            if fold_word(word, {}) != word or " " in word:
                raise ValueError(f"spelling {word!r} is not one folded lower-case word")
        if self.key not in self.spellings:
            raise ValueError(f"key {self.key!r} is not among its spellings")
        return self


class SpellingTable(Strict):
    """``lexicon/spelling.json``: transliteration variants that fold to one key."""

    description: str
    variants: list[SpellingGroup]

    def problems(self, variants: Mapping[str, str]) -> Iterator[tuple[tuple, str]]:
        yield from _listed_once("variants", [(g.key, g.spellings) for g in self.variants], "spelling", "group")

    def table(self) -> dict[str, str]:
        """spelling -> key, the mapping ``fold_word`` takes."""
        return {word: group.key for group in self.variants for word in group.spellings}


CODE_RE = r"^[0-9]{2,4}$"


class CameoFamily(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    codes: list[str] = Field(min_length=1)
    claim: Literal["pledge", "relationship"] | None
    relation: Relation | None = None
    why: str = Field(min_length=5)

    @field_validator("codes")
    @classmethod
    def _codes(cls, codes: list[str]) -> list[str]:
        for code in codes:
            if not re.fullmatch(CODE_RE, code):
                raise ValueError(f"code {code!r} is not 2-4 digits")
        return codes

    @model_validator(mode="after")
    def _relation_iff_relationship(self) -> CameoFamily:
        if (self.claim == "relationship") != (self.relation is not None):
            raise ValueError("a relationship family needs a relation, and only it")
        return self


class LemmaRelation(Strict):
    """A verb whose CAMEO code's family gives the wrong relation: 'compete' is coded as
    disapproval (110), but competing with another is rivalry (OPPOSES)."""

    lemma: str = Field(pattern=r"^[a-z]+$")
    codes: list[str] = Field(min_length=1)  # the code prefixes it overrides, each 2-4 digits
    relation: Relation
    # words one of which must follow the verb for the relation to hold ('competes with X', not
    # 'competing for Iranian patronage': what is competed for is no rival)
    after: list[str] = Field(default_factory=list)
    why: str = Field(min_length=5)


class CameoMap(Strict):
    """``lexicon/cameo_claims.json``: CAMEO code families -> claim type and relation."""

    description: str
    prose_threshold: int = Field(ge=1)
    window: int = Field(ge=1, le=20)
    noun_min_log_prob: float = Field(le=0)
    light_verbs: list[str]
    families: list[CameoFamily] = Field(min_length=1)
    lemma_relations: list[LemmaRelation] = Field(default_factory=list)

    def override(self, code: str, lemma: str) -> LemmaRelation | None:
        """The ``lemma_relations`` entry for that lemma under that code, if any."""
        return next((o for o in self.lemma_relations
                     if o.lemma == lemma and any(code.startswith(c) for c in o.codes)), None)

    def relation(self, family: CameoFamily, code: str, lemma: str) -> Relation | None:
        """The relation a verb's cue gives: its family's, unless ``lemma_relations`` says
        otherwise for that lemma under that code."""
        override = self.override(code, lemma)
        return override.relation if override is not None else family.relation

    def problems(self, variants: Mapping[str, str]) -> Iterator[tuple[tuple, str]]:
        yield from _listed_once("families", [(f.id, f.codes) for f in self.families], "code", "family")
        prefixes = {code for family in self.families for code in family.codes}
        missing = [f"{n:02d}" for n in range(1, 21) if f"{n:02d}" not in prefixes]
        if missing:
            yield ("families",), f"CAMEO roots without a family: {', '.join(missing)}"

    def family(self, code: str) -> CameoFamily:
        """The family with the longest prefix of ``code``."""
        by_code = {c: f for f in self.families for c in f.codes}
        for end in range(len(code), 1, -1):
            if code[:end] in by_code:
                return by_code[code[:end]]
        raise KeyError(code)


NameClass = Literal["safe", "common_word", "place", "state", "calendar", "title", "particle", "short"]
_SOURCE = r"(?:un|ofac|petrarch|faker)"
# The big lexicons keep one string per entry: tens of thousands of small dicts and lists
# took five times as long to parse and validate at every pipeline build.
NameSources = Annotated[str, Field(pattern=rf"^{_SOURCE}(?: {_SOURCE})*$")]
_PLACE = r"(?:city|region) [A-Z]{3} [a-z0-9-]+:[A-Za-z0-9.-]+"
PlaceRecords = Annotated[str, Field(pattern=rf"^{_PLACE}(?: \| {_PLACE})*$")]


class NamesLexicon(Strict):
    """``generated/lexicon/names.json``: name words -> evidence class; ``given`` and
    ``family``: word -> the sources (space-separated) that list it in that role."""

    KEYED: ClassVar[tuple[str, ...]] = ("names",)

    description: str
    classes: dict[NameClass, str]
    sources: dict[Literal["un", "ofac", "petrarch", "faker"], str]
    names: dict[str, NameClass]
    given: dict[str, NameSources]
    family: dict[str, NameSources]
    gender: dict[str, Literal["f", "m"]]

    def problems(self, variants: Mapping[str, str]) -> Iterator[tuple[tuple, str]]:
        yield from _key_problems(self, variants)
        for role in ("given", "family", "gender"):
            for word in sorted(getattr(self, role).keys() - self.names.keys()):
                yield (role, word), f"{role}: {word!r} is not in names"


PlaceClass = Literal["safe", "common_word", "person_name"]


class Capital(Strict):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    name: str = Field(min_length=1)
    state: str = Field(pattern=r"^state:[a-z]{3}$")
    klass: PlaceClass = Field(alias="class")
    source: list[str] = Field(min_length=1)


class PlacesLexicon(Strict):
    """``generated/lexicon/places.json``: capitals acting for their state, and places:
    key -> 'kind COUNTRY source' records joined by ' | ' ('city AFG geonames:1138958')."""

    KEYED: ClassVar[tuple[str, ...]] = ("capitals", "places")

    description: str
    sources: dict[str, str]
    capitals: dict[str, Capital]
    places: dict[str, PlaceRecords]

    def problems(self, variants: Mapping[str, str]) -> Iterator[tuple[tuple, str]]:
        return _key_problems(self, variants)


class Agent(Strict):
    codes: list[str] = Field(min_length=1)  # as written: '~MIL' (a sector after the actor's code)
    sectors: list[str] = Field(min_length=1)
    number: Literal["singular", "plural", "both"]
    singular: str
    lines: list[int] = Field(min_length=1)


class AgentsLexicon(Strict):
    """``generated/lexicon/agents.json``: PETRARCH2's role nouns with their sector codes."""

    KEYED: ClassVar[tuple[str, ...]] = ("agents",)

    description: str
    source: str
    sectors: dict[str, str]
    agents: dict[str, Agent]

    def problems(self, variants: Mapping[str, str]) -> Iterator[tuple[tuple, str]]:
        yield from _key_problems(self, variants)
        for key, agent in self.agents.items():
            for sector in agent.sectors:
                if sector not in self.sectors:
                    yield ("agents", key), f"sector {sector!r} is not in sectors"


class CueEntry(Strict):
    """One line of ``generated/claims/cameo.jsonl``: a verb (with any words its CAMEO pattern
    requires) that signals a pledge or a relationship."""

    id: str = Field(pattern=RULE_ID_RE)
    type: Literal["pledge", "relationship"]
    relation: Relation | None = None
    cameo: str = Field(pattern=r"^[0-9]{2}$")
    code: str = Field(pattern=CODE_RE)
    direction: Literal["forward", "reverse", "mutual"]
    lemma: str = Field(min_length=1)
    forms: list[str] = Field(min_length=1)
    before: list[list[str]] = Field(default_factory=list)
    after: list[list[str]] = Field(default_factory=list)
    block: str
    verb: str
    source: list[str] = Field(min_length=1)
    safety: Literal["ok", "needs_context"]
    reasons: list[str] = Field(default_factory=list)
    prose: int = Field(ge=0)
    # the relation is a lemma_relations entry's, reviewed for this verb: it may stand alone
    # even where its relation's bare verbs may not ('compete': rivalry)
    reviewed: bool = False

    @model_validator(mode="after")
    def _consistent(self) -> CueEntry:
        if (self.type == "relationship") != (self.relation is not None):
            raise ValueError("a relationship cue needs a relation, and only it")
        if self.code[:2] != self.cameo:
            raise ValueError(f"cameo {self.cameo} is not the root of code {self.code}")
        if (self.safety == "ok") != (not self.reasons):
            raise ValueError("reasons are given exactly when safety is needs_context")
        return self


class FrameRule(Strict):
    """A relationship read from the structure around two names, not from a verb (components/frames.py):
    'the Sudan Shield Forces of Abu Aqla Kayka' (of_person), 'Imran Khan's PTI' (person_possessive),
    'the BLA's Majeed Brigade' (unit_possessive), 'Under Noor Wali Mehsud, the group ...'
    (under_leader), 'Egypt is the SAF's closest partner' (relational_noun: one of ``nouns``
    relates the name it is said of to its possessor or its 'of' object; ``direction`` reverse
    swaps them: 'X is Y's client' is Y SUPPORTS X)."""

    id: str = Field(pattern=RULE_ID_RE)
    type: Literal["relationship"]
    description: str = Field(min_length=5)
    frame: Literal["of_person", "person_possessive", "unit_possessive", "under_leader", "relational_noun"]
    relation: Relation
    cameo: str | None = Field(default=None, pattern=r"^[0-9]{2}$")
    direction: Literal["forward", "reverse"] = "forward"
    nouns: list[str] = Field(default_factory=list)
    # relational nouns: a name right before the noun owns it ('a UPF constituent', 'the Taliban
    # spokesman'); false where the name may only describe ('the Hezbollah commander')
    name_owns: bool = False
    actor_labels: list[Label] | None = None
    target_labels: list[Label] | None = None
    examples: list[ClaimExample] = Field(min_length=1)
    negatives: list[str] = Field(default_factory=list)
    # what the claim code reads of any rule
    actor: Position = "none"
    target: Position = "none"
    polarity: Literal["positive", "negative"] | None = None
    cue: Literal["verb", "noun"] = "noun"


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
        self.contexts: dict[str, NamedContext] = {}  # lexicon/contexts.json, validated
        self.claims: list[Located] = []
        self.frames: list[Located] = []  # frames/*.jsonl, FrameRule items
        self.omitted: dict[str, str] = {}  # family -> why (omitted.json)
        self.version = ""
        self.spelling: dict[str, str] = {}  # lexicon/spelling.json: the table fold_word takes
        self.cameo_map: CameoMap | None = None  # lexicon/cameo_claims.json (read by the build)
        # Built by `briefs patterns build`; None when patterns/generated/ does not have them
        # (a hand-written-only patterns folder), so a component that needs one says so.
        self.names: NamesLexicon | None = None
        self.places: PlacesLexicon | None = None
        self.agents: AgentsLexicon | None = None
        self.casing: CasingLexicon | None = None
        self.cues: list[Located] = []  # generated/claims/cameo.jsonl, CueEntry items

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


def json_line(text: str, loc: tuple) -> int | None:
    """The line on which the value at ``loc`` (a pydantic error location: keys and list
    indexes) starts in a JSON document; the deepest reachable part when the rest is not."""
    decoder = json.JSONDecoder()

    def skip(i: int) -> int:
        while i < len(text) and text[i] in " \t\r\n":
            i += 1
        return i

    def members(i: int):  # (key or index, start of value) of the object or array at i
        opener, i = text[i], skip(i + 1)
        index = 0
        while i < len(text) and text[i] not in "]}":
            name: str | int = index
            if opener == "{":
                name, i = json.decoder.scanstring(text, i + 1)
                i = skip(skip(i) + 1)
            yield name, i
            i = skip(decoder.raw_decode(text, i)[1])
            i = skip(i + 1) if i < len(text) and text[i] == "," else i
            index += 1

    try:
        at = skip(0)
        for step in loc:
            if at >= len(text) or text[at] not in "[{":
                break
            found = next((start for name, start in members(at) if name == step), None)
            if found is None:
                break
            at = found
    except (ValueError, IndexError):
        return None
    return text.count("\n", 0, at) + 1


def _ident_at(obj: Any, loc: tuple) -> str | None:
    """The entry an error is in: the innermost object's 'id', else its key in a mapping."""
    ident = None
    for depth, step in enumerate(loc):
        if isinstance(obj, dict) and step in obj:
            if depth > 0 and isinstance(step, str):
                ident = step
            obj = obj[step]
        elif isinstance(obj, list) and isinstance(step, int) and step < len(obj):
            obj = obj[step]
        else:
            break
        if isinstance(obj, dict) and isinstance(obj.get("id"), str):
            ident = obj["id"]
    return ident


def load_json_file(path: Path, model: type[BaseModel], root: Path, variants: Mapping[str, str] | None = None) -> Any:
    """A whole-file JSON lexicon validated by ``model`` and by its ``problems(variants)``
    (checks across entries); errors name file, line and entry."""
    shown = _rel(path, root)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PatternError(shown, None, None, f"cannot read: {exc}") from exc
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PatternError(shown, exc.lineno, None, f"not valid JSON: {exc.msg}") from exc
    try:
        item = model.model_validate(obj)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "file"
        raise PatternError(
            shown, json_line(text, first["loc"]), _ident_at(obj, first["loc"]), f"{where}: {first['msg']}"
        ) from exc
    for loc, reason in item.problems(variants or {}):
        raise PatternError(shown, json_line(text, loc), _ident_at(obj, loc), reason)
    return item


class CasingLexicon(Strict):
    """``generated/lexicon/casing.json``: English words (lower case) -> 1 when usually written in
    lower case, 0 when the capitalised form is about as frequent (pipeline/gazetteer/casing.py)."""

    KEYED: ClassVar[tuple[str, ...]] = ()

    description: str
    source: str
    min_log_prob: float
    lower_margin: float
    words: dict[str, Literal[0, 1]]

    def problems(self, variants: Mapping[str, str]) -> Iterator[tuple[tuple, str]]:
        for word in self.words:
            if not word.isalpha() or not word.islower():
                yield ("words", word), f"words: {word!r} is not one lower-case word"


GENERATED_LEXICONS = {"names": NamesLexicon, "places": PlacesLexicon, "agents": AgentsLexicon,
                      "casing": CasingLexicon}


def load_cue_file(path: Path, root: Path) -> list[Located]:
    shown = _rel(path, root)
    cues = [
        Located(_validate(CueEntry, obj, shown, line), shown, line, "generated")
        for line, obj in _read_jsonl(path, shown)
    ]
    _check_claims(cues)  # ids unique, as for hand-written rules
    return cues


def _load_lexicons(bundle: PatternBundle) -> None:
    root = bundle.root
    spelling = root / "lexicon" / "spelling.json"
    cameo_map = root / "lexicon" / "cameo_claims.json"
    for path in (spelling, cameo_map):
        if not path.exists():
            raise PatternError(_rel(path, root), None, None, "missing (a hand-written lexicon every build needs)")
    bundle.spelling = load_json_file(spelling, SpellingTable, root).table()
    bundle.cameo_map = load_json_file(cameo_map, CameoMap, root)
    for name, model in GENERATED_LEXICONS.items():
        path = root / "generated" / "lexicon" / f"{name}.json"
        if path.exists():
            setattr(bundle, name, load_json_file(path, model, root, bundle.spelling))
    cues = root / "generated" / "claims" / "cameo.jsonl"
    if cues.exists():
        bundle.cues = load_cue_file(cues, root)


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
    """Load and validate every pattern file under ``root``; raise PatternError on the first bad line.

    Loading makes about a million small objects that all live on; the garbage collector's
    full passes over them found nothing and took half the load time (1.7 s -> 0.8 s for the
    bundle with the lexicons), so it is paused."""
    from pipeline import collector_paused

    with collector_paused():
        return _load_bundle(root, version)


def _load_bundle(root: Path | str | None, version: str | None) -> PatternBundle:
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
    for path in _files(root, "lexicon", ".json"):
        try:
            bundle.lexicon[path.stem] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise PatternError(_rel(path, root), None, None, f"not valid JSON: {exc}") from exc
    for path in _files(root, "claims", ".jsonl"):
        bundle.claims += load_claim_file(path, root)
    for path in _files(root, "frames", ".jsonl"):
        shown = _rel(path, root)
        bundle.frames += [Located(_validate(FrameRule, obj, shown, line), shown, line, "hand")
                          for line, obj in _read_jsonl(path, shown)]
    _check_claims(bundle.claims + bundle.frames)
    _check_families(bundle)
    _load_lexicons(bundle)
    _check_word_lists(bundle)
    _check_named_contexts(bundle)
    bundle.version = version or version_of(root)
    return bundle


def _check_word_lists(bundle: PatternBundle) -> None:
    """Every word list a claim rule names by reference exists."""
    if "people" not in bundle.lexicon:
        return  # a bundle without the people lexicon fails where the lexicon is needed
    lists = pattern_word_lists(bundle)
    for located in bundle.claims:
        try:
            with_word_lists(located.item.pattern, lists)
        except ValueError as exc:
            raise PatternError(located.path, located.line, located.item.id, str(exc)) from exc


def _check_named_contexts(bundle: PatternBundle) -> None:
    """Every context an entity pattern names is a word list of lexicon/contexts.json."""
    shown = _rel(bundle.root / "lexicon" / "contexts.json", bundle.root)
    for name, spec in bundle.lexicon.get("contexts", {}).items():
        if name != "description":
            try:
                bundle.contexts[name] = NamedContext.model_validate(spec)
            except ValidationError as exc:
                first = exc.errors()[0]
                loc = ".".join(str(p) for p in first["loc"]) or "context"
                raise PatternError(shown, None, name, f"{loc}: {first['msg']}") from exc
    for located in bundle.entities:
        name = located.item.context
        if isinstance(name, str) and name not in bundle.contexts:
            raise PatternError(located.path, located.line, located.item.id,
                               f"context {name!r} is not named in lexicon/contexts.json")


def context_words(bundle: PatternBundle, pattern: EntityPattern) -> tuple[frozenset[str] | None, int]:
    """The lower-case words one of which a pattern's sentence must hold (None: no condition),
    and how many sentences holding one make the whole brief vouch (0: never)."""
    if pattern.context is None:
        return None, 0
    if isinstance(pattern.context, str):
        spec = bundle.contexts[pattern.context]
        return frozenset(w.lower() for w in spec.words), spec.brief_sentences
    return frozenset(w.lower() for w in pattern.context), pattern.brief_sentences


@lru_cache(maxsize=4)
def cached_bundle(root: str, version: str) -> PatternBundle:
    """One parse per patterns version per process; the version key makes edits visible."""
    return load_bundle(root, version)


def person_titles(bundle: PatternBundle) -> frozenset[str]:
    """Every title the people lexicon holds (office titles, titles, name titles): the one list
    the claim rules, the clause reader and the frames read titles from."""
    people = bundle.lexicon["people"]
    return frozenset(title for key in ("office_titles", "titles", "name_titles") for title in people[key])


def pattern_word_lists(bundle: PatternBundle) -> dict[str, list[str]]:
    """The word lists a claim rule may name by reference ('"IN": "$person_titles"'): the
    title words, the head roles, the adverbs, the quantifiers, the office and affiliate nouns, so
    'The group's commander-in-chief, Major General X' reads like 'its leader, X' and every rule
    sees the same lists."""
    claims = bundle.lexicon["claims"]
    state_offices = set(claims["office_nouns"]) - set(claims["party_office_nouns"])
    # (a hyphen too: the tokenizer splits 'Major-General' into 'Major', '-', 'General')
    return {"$person_titles": sorted({w for title in person_titles(bundle) for w in title.split()} | {"-"}),
            "$head_roles": sorted(head_roles(bundle)),
            # the adverbs a verb group may hold ('clashed repeatedly with'): the clause reader's
            "$adverbs": sorted(bundle.lexicon["clauses"]["adverbs"]),
            # the words of a time phrase ('clashed in December with', 'on 3 March')
            "$time_words": sorted(bundle.lexicon["clauses"]["time_words"]),
            # an article or a count before an object ('ambushed a convoy', 'killed three militants')
            "$quantifiers": sorted({"a", "an", *bundle.lexicon["clauses"]["counts"]}),
            # offices held without heading ('the GNU's interior minister', 'China's envoy')
            "$office_nouns": sorted(bundle.lexicon["claims"]["office_nouns"]),
            # a state's offices, and their plurals ('defence ministers X of Thailand and Y of Cambodia')
            "$state_office_nouns": sorted(state_offices),
            "$state_office_words": sorted({w + s for w in state_offices for s in ("", "s")}),
            # what one group is of another ('a JeM offshoot', 'a CDN franchise')
            "$affiliate_nouns": sorted(claims["affiliate_nouns"]),
            # what a group is called in an apposition ('the party X founded', 'the outfit launched
            # by X'): the name shapes' organisation and apposition nouns
            "$organisation_nouns": sorted(set(bundle.lexicon["groups"]["org_nouns"])
                                          | set(bundle.lexicon["groups"]["apposition_nouns"]))}


def head_roles(bundle: PatternBundle) -> frozenset[str]:
    """The role nouns that make a person the head of what names them ('Belarusian leader X',
    'Garda Commissioner X'): the leader rules' one list."""
    return frozenset(bundle.lexicon["people"]["head_roles"])


def with_word_lists(pattern: list[dict[str, Any]], lists: dict[str, list[str]]) -> list[dict[str, Any]]:
    """The pattern with every '"IN": "$name"' replaced by the named word list; an unknown name
    is an error (ValueError, which the callers report with the rule's file, line and id)."""
    out = []
    for spec in pattern:
        spec = dict(spec)
        for key, value in spec.items():
            if isinstance(value, dict) and isinstance(value.get("IN"), str):
                name = value["IN"]
                if name not in lists:
                    raise ValueError(f"unknown word list {name!r} (known: {', '.join(sorted(lists))})")
                spec[key] = {**value, "IN": lists[name]}
        out.append(spec)
    return out


def claim_lemmas(bundle: PatternBundle) -> frozenset[str]:
    """Every lemma the hand-written claim rules name: the verbs and nouns of the claim
    vocabulary (their LOWER words are often objects and particles: 'residents', 'with')."""
    words: set[str] = set()
    for located in bundle.claims:
        for spec in located.item.pattern:
            for key in ("LEMMA",):
                value = spec.get(key)
                if isinstance(value, str):
                    words.add(value.lower())
                elif isinstance(value, dict):
                    words.update(w.lower() for w in value.get("IN", []))
    return frozenset(words)


def required(bundle: PatternBundle, name: str) -> Any:
    """A generated lexicon the pipeline cannot run without; missing, it names the file and the
    command that builds it."""
    lexicon = getattr(bundle, name)
    if lexicon is None:
        raise PatternError(bundle.root / "generated" / "lexicon" / f"{name}.json", None, None,
                           "missing: build it with `briefs patterns build --sources ../shared/gazetteers`")
    return lexicon


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
