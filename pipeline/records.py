"""The output contract: the only definition of what a line of ``OUT/<stem>.jsonl`` holds.

``briefs schema`` prints the JSON Schema generated from these models. A file is one
``document`` record, then ``entity`` records by first mention, then ``claim``
records by evidence start. Offsets are character offsets into the brief's text as read
(the decoded file, or the text a converted format was read as: ``briefs text FILE``).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1"

Via = Literal["pattern", "alias", "acronym", "surname", "shape", "demonym", "coref", "metonym"]
NAME_VIAS = frozenset({"pattern", "alias", "acronym", "surname", "shape"})  # the text names the actor
ACTOR_VIAS = NAME_VIAS | {"coref", "metonym"}  # ... or stands for it: what a claim can take as an actor
EntityLabel = Literal["GROUP", "STATE", "PERSON"]
ClaimType = Literal["pledge", "assessment", "relationship"]
Relation = Literal[
    "ALLY_OF", "COOPERATES_WITH", "HOSTS", "SUPPORTS", "PRESSURES", "CONDEMNS", "OPPOSES",
    "ATTACKS", "LEADS", "AFFILIATED_WITH", "NEGOTIATES_WITH", "RECOGNIZES",
]
# relations that hold both ways: A ally of B is B ally of A, and one record says it
SYMMETRIC_RELATIONS = frozenset({"ALLY_OF", "COOPERATES_WITH", "NEGOTIATES_WITH"})
Band = Literal[
    "almost_no_chance", "very_unlikely", "unlikely", "even_chance", "likely", "very_likely",
    "almost_certain", "unspecified", "none",
]
# ICD 203 analytic confidence: how sound the sources and reasoning are, apart from likelihood
ConfidenceLevel = Literal["low", "moderate", "high"]
Modality = Literal["stated", "reported", "required", "conditional", "questioned", "violated", "asserted", "forecast"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(Record):
    start: int = Field(ge=0, description="character offset of the first character")
    end: int = Field(ge=0, description="character offset one past the last character")
    text: str


class Segment(Record):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Structure(Record):
    """Where the parts of the brief are; null/empty when the brief has no such part."""

    publisher: Segment | None = None
    date: Segment | None = None
    title: Segment | None = None
    bluf: list[Segment] = Field(default_factory=list, description="the key block: Bottom Line Up Front, Key "
                                "Judgments or Key Points bullets, or a Summary's paragraphs")
    headings: list[Segment] = Field(default_factory=list, description="section headings in the body")
    paragraphs: list[Segment] = Field(default_factory=list)


class DocumentRecord(Record):
    kind: Literal["document"] = "document"
    doc_id: str = Field(description="the brief's file stem")
    source: str = Field(description="the brief's file name")
    sha256: str = Field(description="sha256 of the input bytes")
    # optional in the model only so that outputs made before they existed still read (briefs diff --git)
    text_sha256: str | None = Field(default=None, description="sha256 (UTF-8) of the text every offset indexes: "
                                    "the decoded file, or for a converted format the text the reader produced "
                                    "(briefs text FILE); always written")
    reader: str | None = Field(default=None, description="the reader that produced the text: text, markdown, "
                               "html, pdf or docx, with the library and its version for converted formats; "
                               "always written")
    publisher: str | None
    date: str | None = Field(description="ISO 8601 date of the brief, when it has one")
    title: str | None
    structured: bool = Field(description="false when the brief was read as plain paragraphs")
    structure: Structure
    n_chars: int
    n_sentences: int
    n_entities: int = Field(description="how many entity records follow this one")
    n_claims: int = Field(description="how many claim records follow the entities")
    first_person_actor: str | None = Field(
        default=None, description="the actor the user named as the brief's author (--first-person-actor): its "
                                  "'we' and 'our' are that actor's mentions and its commitments pledges; "
                                  "null: the author is an analyst, whose 'we' commits no one")
    pipeline_version: str
    patterns_version: str
    schema_version: str = SCHEMA_VERSION


class Mention(Span):
    via: Via = Field(description="how the mention names the actor: a name from the patterns, a name the brief "
                                 "teaches (alias, acronym), a surname, a name recognised by its shape, a demonym, "
                                 "a reference (coref) or a capital standing for its state (metonym)")
    rule: str | None = Field(default=None, pattern=r"^[a-z]+\.[a-z0-9_]+$",
                             description="the id of the rule that found the mention; its first part is the via "
                                         "(absent in outputs made before rules were recorded)")


class Role(Record):
    title: str = Field(description="the title or office as the brief writes it ('Prime Minister', 'Senior General')")
    of: str | None = Field(description="the state it is held for, when the brief says ('Ethiopian Prime Minister')")
    source: Literal["text"] = Field(description="where the role comes from: the brief itself")


class EntityRecord(Record):
    kind: Literal["entity"] = "entity"
    doc_id: str
    id: str = Field(description="stable actor id: pattern id, or label:slug for actors found in the text")
    label: EntityLabel
    name: str
    aliases: list[str] = Field(description="other names of the actor in this brief, sorted")
    mentions: list[Mention]
    refs: dict[str, list[str]] | None = Field(default=None, description="external ids (iso3166, un, ofac, cameo)")
    roles: list[Role] | None = Field(default=None, description="people: the titles the brief gives them; "
                                                                "'the president' resolves to their holder")


class ActorRef(Record):
    id: str
    text: str = Field(description="the words in the evidence that name the actor (may be a pronoun)")
    start: int
    end: int


class Likelihood(Record):
    band: Band
    cue: Span | None
    probability: tuple[float, float] | None = Field(description="ICD-203 range of the band")


class Attribution(Record):
    holder: Literal["author", "other"]
    cue: Span | None = None


class ClaimRecord(Record):
    kind: Literal["claim"] = "claim"
    doc_id: str
    id: str = Field(description="stable id from the claim's content, not its offsets")
    type: ClaimType
    actor: ActorRef | None
    target: ActorRef | None
    relation: Relation | None
    cameo: str | None = Field(description="CAMEO root event code of the claim's event where one applies "
                                          "(03 'express intent to cooperate' for pledges)")
    polarity: Literal["positive", "negative"]
    modality: Modality
    likelihood: Likelihood | None
    assessment_kind: Literal["forecast", "prescription", "judgement"] | None = Field(
        description="assessments only (named so to keep 'kind' for the record kind)"
    )
    attribution: Attribution | None
    content: Span | None = Field(description="pledges: the committed action")
    commitment: Literal["action", "aim"] | None = Field(
        default=None, description="pledges: what the pledge commits to, by its verb: an action whose doing can be "
                                  "checked (set up, enact, withdraw, a figure or a date) or an aim (ensure, promote, "
                                  "continue); null when the verb is in neither list")
    confidence: ConfidenceLevel | None = Field(
        default=None, description="assessments: the analytic confidence the brief states for it (ICD 203 keeps "
                                  "it apart from likelihood), in its own sentence or once for its block of key "
                                  "judgments; null when none is stated")
    confidence_cue: Span | None = Field(default=None, description="the words that state the confidence")
    cue: Span
    evidence: Span
    rule: str
    patterns_version: str

    @model_validator(mode="after")
    def _fields_fit_the_type(self) -> ClaimRecord:
        """Each claim type fills its own fields, so a consumer can rely on them."""
        problems = []
        if self.type == "relationship" and (self.relation is None or self.target is None):
            problems.append("a relationship needs a relation and a target")
        if self.type != "relationship" and self.relation is not None:
            problems.append("only relationships have a relation")
        is_assessment = self.type == "assessment"
        if is_assessment != (self.likelihood is not None) or is_assessment != (self.assessment_kind is not None):
            problems.append("likelihood and assessment_kind belong to assessments, and only to them")
        if (self.modality == "asserted") != is_assessment and not (is_assessment and self.modality == "reported"):
            problems.append(f"modality {self.modality!r} does not fit a {self.type}")
        if self.content is not None and self.type != "pledge":
            problems.append("only pledges have content")
        if self.commitment is not None and self.type != "pledge":
            problems.append("only pledges have a commitment")
        if (self.confidence is not None or self.confidence_cue is not None) and not is_assessment:
            problems.append("only assessments have a confidence")
        if (self.confidence is None) != (self.confidence_cue is None):
            problems.append("a confidence comes with the words that state it")
        if self.likelihood is not None:
            banded = self.likelihood.band not in ("none", "unspecified")
            if (self.likelihood.probability is not None) != banded:
                problems.append("probability is given exactly for ICD-203 bands")
            if (self.likelihood.cue is None) != (self.likelihood.band == "none"):
                problems.append("a likelihood cue is given unless the band is none")
        for span in (self.cue, self.evidence, self.content, self.actor, self.target):
            if span is not None and span.end < span.start:
                problems.append("a span ends before it starts")
        if problems:
            raise ValueError("; ".join(problems))
        return self


AnyRecord = Annotated[DocumentRecord | EntityRecord | ClaimRecord, Field(discriminator="kind")]


def json_schema() -> dict:
    from pydantic import TypeAdapter

    schema = TypeAdapter(AnyRecord).json_schema()
    schema["title"] = "briefs output line"
    schema["description"] = (
        "One JSON object per line of OUT/<stem>.jsonl: a document record, entity records by "
        "first mention, claim records by evidence start."
    )
    return schema
