"""``briefs export stix``: outputs -> a STIX 2.1 bundle (OASIS ``stix2``) for OpenCTI, MISP and the like.

What becomes what (the README has the tables and the reasons):

- each brief: a ``report`` (name = title, ``published`` = the brief's date) whose ``object_refs``
  are its actors and claims, with the source file and its sha256 as an external reference;
- actors, one object per actor id across every brief exported (so JNIM is one object that
  each report refers to): groups a ``threat-actor``; states a ``location`` with their ISO 3166
  alpha-2 ``country`` (a state with no ISO code, such as Somaliland, a government ``identity``);
  people an ``identity`` (individual), or a ``threat-actor`` (``resource_level: individual``,
  which OpenCTI reads as Threat-Actor-Individual) where the text makes them one: a positive,
  stated or reported claim that they lead or belong to a group, or attack anyone;
- relationships: a ``relationship`` whose type comes from :data:`TYPED` where STIX has one
  for the relation between those two kinds of object, else ``related-to``; the project's
  relation is kept in ``x_briefs_relation``; the evidence sentence is the ``description``;
- assessments and pledges: ``note`` objects (``note_types`` assessment or external, and a label)
  on their actor and report; an assessment's ICD-203 band becomes ``confidence`` (and OpenCTI's
  ``likelihood``) by the DNI scale of the STIX 2.1 specification's confidence appendix.

Ids are UUIDv5 of the project's stable ids, and every timestamp is the brief's date (a brief
with no date: the Unix epoch, marked ``x_briefs_undated``), so the same outputs give the same
bytes and a platform recognises objects it has already imported.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import stix2
from stix2.confidence.scales import dni_to_value

from pipeline.review.outputs import BAND_TEXT, Output, OutputError, Record

# Every id of every export derives from this: changing it would make each platform see new objects.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:briefs:stix-export")
EPOCH = "1970-01-01"
SUMMARY_CHARS = 100

# ICD-203 bands and the DNI scale of STIX 2.1 (Appendix A, "Confidence Scales") are the same
# seven terms; the unbanded "unspecified" and "none" get no confidence.
DNI_TERMS = {
    "almost_no_chance": "Almost No Chance / Remote",
    "very_unlikely": "Very Unlikely / Highly Improbable",
    "unlikely": "Unlikely / Improbable",
    "even_chance": "Roughly Even Chance / Roughly Even Odds",
    "likely": "Likely / Probable",
    "very_likely": "Very Likely / Highly Probable",
    "almost_certain": "Almost Certain / Nearly Certain",
}

REF_SOURCES = {"iso3166": "iso-3166-1", "un": "un-security-council-consolidated-list",
               "ofac": "ofac-sdn-list", "cameo": "cameo"}


@dataclass(frozen=True)
class Typed:
    """A project relation that STIX names, between these kinds of object."""

    relation: str
    stix: str
    source: str  # STIX type of the claim's actor
    target: str  # ... and of its target
    reverse: bool = False  # the STIX relationship runs from the target to the actor


# The STIX 2.1 relationship types (section 4 of the specification) that say what a project
# relation says, for the object types it joins here. Everything else is related-to.
TYPED = (
    Typed("ATTACKS", "targets", "threat-actor", "location"),
    Typed("ATTACKS", "targets", "threat-actor", "identity"),
    # "Turkey hosts the group" -> the group is located at Turkey
    Typed("HOSTS", "located-at", "location", "threat-actor", reverse=True),
    Typed("HOSTS", "located-at", "location", "identity", reverse=True),
)
# A typed relationship asserts the relation; one denied, questioned, required or conditional
# ("X did not attack Y", "Y would be attacked if ...") stays related-to with its words.
ASSERTED = frozenset({"stated", "reported"})
# What makes a person a threat actor in the text: a positive, asserted claim of these.
THREAT_RELATIONS = {"ATTACKS": None, "LEADS": "GROUP", "AFFILIATED_WITH": "GROUP"}  # relation -> target label


def _id(stix_type: str, key: str) -> str:
    return f"{stix_type}--{uuid.uuid5(NAMESPACE, key)}"


def _timestamp(day: str) -> str:
    return f"{day}T00:00:00Z"


def _compact(values: dict[str, Any]) -> dict[str, Any]:
    """STIX forbids null properties and empty lists: absent is how it says 'none'."""
    return {k: v for k, v in values.items() if v is not None and v != [] and v != {}}


def _summary(text: str) -> str:
    text = " ".join(text.split()).lstrip("-*•–— ")  # a BLUF bullet's dash is no part of a title
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"


def _merge_list(kept: list[Any], values: Any) -> None:
    """Union of list values kept in first-seen order (entity ``roles``: their shape may grow)."""
    for value in values if isinstance(values, list) else [values]:
        if value not in kept:
            kept.append(value)


# --------------------------------------------------------------------------- actors


@dataclass
class Actor:
    """One actor id across every brief exported."""

    id: str
    label: str
    name: str
    aliases: set[str] = field(default_factory=set)
    refs: dict[str, set[str]] = field(default_factory=dict)
    dates: set[str] = field(default_factory=set)
    roles: list[Any] = field(default_factory=list)
    threat: bool = False

    @property
    def iso2(self) -> str | None:
        codes = sorted(c for c in self.refs.get("iso3166", ()) if len(c) == 2)
        return codes[0] if codes else None

    @property
    def stix_type(self) -> str:
        if self.label == "GROUP" or (self.label == "PERSON" and self.threat):
            return "threat-actor"
        if self.label == "STATE" and self.iso2:
            return "location"
        return "identity"

    @property
    def stix_id(self) -> str:
        return _id(self.stix_type, f"actor:{self.id}")


def _date(output: Output) -> str | None:
    day = output.document["date"]
    if day is None:
        return None
    try:
        return date.fromisoformat(day).isoformat()
    except ValueError as exc:
        raise OutputError(f"{output.label}:1: date {day!r} is not an ISO 8601 date") from exc


def _is_threat(claim: Record, labels: dict[str, str]) -> bool:
    if claim["type"] != "relationship" or claim["polarity"] != "positive" or claim["modality"] not in ASSERTED:
        return False
    if claim["relation"] not in THREAT_RELATIONS or claim["actor"] is None:
        return False
    wanted = THREAT_RELATIONS[claim["relation"]]
    return labels[claim["actor"]["id"]] == "PERSON" and wanted in (None, labels[claim["target"]["id"]])


def collect_actors(briefs: Iterable[tuple[Output, str | None]]) -> dict[str, Actor]:
    """Every actor of the (output, date) pairs, names, ids and dates merged over the briefs, by id."""
    actors: dict[str, Actor] = {}
    for output, day in briefs:
        for entity in output.entities.values():
            actor = actors.setdefault(entity["id"], Actor(entity["id"], entity["label"], entity["name"]))
            actor.aliases |= {entity["name"], *entity["aliases"]}
            for source, codes in (entity["refs"] or {}).items():
                actor.refs.setdefault(source, set()).update(codes)
            if day is not None:
                actor.dates.add(day)
            if entity.get("roles"):  # newer outputs only
                _merge_list(actor.roles, entity["roles"])
        labels = {eid: e["label"] for eid, e in output.entities.items()}
        for claim in output.claims.values():
            if _is_threat(claim, labels):
                actors[claim["actor"]["id"]].threat = True
    return actors


def _external_references(actor: Actor) -> list[dict[str, str]]:
    return [{"source_name": REF_SOURCES.get(source, source), "external_id": code}
            for source in sorted(actor.refs) for code in sorted(actor.refs[source])]


def actor_object(actor: Actor) -> Any:
    days = sorted(actor.dates) or [EPOCH]
    aliases = sorted(actor.aliases - {actor.name})
    common = _compact({
        "id": actor.stix_id, "name": actor.name,
        "created": _timestamp(days[0]), "modified": _timestamp(days[-1]),
        "external_references": _external_references(actor),
    })
    custom = _compact({"x_briefs_id": actor.id, "x_briefs_label": actor.label, "x_briefs_roles": actor.roles,
                       "x_briefs_undated": True if not actor.dates else None})
    kind = actor.stix_type
    if kind == "threat-actor":
        extra = _compact({"aliases": aliases, "resource_level": "individual" if actor.label == "PERSON" else None})
        return stix2.ThreatActor(**common, **extra, custom_properties=custom)
    # location and identity have no aliases property; OpenCTI reads them from x_opencti_aliases
    custom = _compact({**custom, "x_opencti_aliases": aliases})
    if kind == "location":
        return stix2.Location(**common, country=actor.iso2, custom_properties=custom)
    if actor.label == "STATE":  # no ISO 3166 code, so no location: the state as its government
        return stix2.Identity(**common, identity_class="organization", sectors=["government-national"],
                              custom_properties=custom)
    return stix2.Identity(**common, identity_class="individual", custom_properties=custom)


# --------------------------------------------------------------------------- claims


def _typed(claim: Record, source: str, target: str) -> Typed | None:
    if claim["polarity"] != "positive" or claim["modality"] not in ASSERTED:
        return None
    return next((t for t in TYPED if (t.relation, t.source, t.target) == (claim["relation"], source, target)), None)


def _claim_properties(claim: Record, output: Output, day: str, stix_type: str,
                      ) -> tuple[dict[str, Any], dict[str, Any]]:
    """(STIX properties, custom properties) that every claim's object carries."""
    evidence = claim["evidence"]
    # claim ids hash what a claim says, so two briefs with one sentence share one: scope by brief
    common = {"id": _id(stix_type, f"claim:{output.doc_id}:{claim['id']}"),
              "created": _timestamp(day), "modified": _timestamp(day)}
    custom = _compact({
        "x_briefs_claim_id": claim["id"],
        "x_briefs_claim_type": claim["type"],
        "x_briefs_rule": claim["rule"],
        "x_briefs_evidence": {"doc_id": output.doc_id, "start": evidence["start"], "end": evidence["end"]},
        "x_briefs_patterns_version": claim["patterns_version"],
        "x_briefs_polarity": claim["polarity"],
        "x_briefs_modality": claim["modality"],
        "x_briefs_cameo": claim["cameo"],
    })
    return common, custom


def relationship_object(claim: Record, output: Output, day: str, actors: dict[str, Actor]) -> Any:
    source, target = actors[claim["actor"]["id"]], actors[claim["target"]["id"]]
    typed = _typed(claim, source.stix_type, target.stix_type)
    reverse = typed is not None and typed.reverse
    if reverse:
        source, target = target, source
    common, custom = _claim_properties(claim, output, day, "relationship")
    custom.update(_compact({"x_briefs_relation": claim["relation"], "x_briefs_reversed": True if reverse else None}))
    return stix2.Relationship(**common, relationship_type=typed.stix if typed else "related-to",
                              source_ref=source.stix_id, target_ref=target.stix_id,
                              description=claim["evidence"]["text"], custom_properties=custom)


def note_object(claim: Record, output: Output, day: str, actors: dict[str, Actor], report_id: str) -> Any:
    """An assessment or a pledge (or a relationship without an actor, which no SRO can hold).

    ``note_types`` and ``likelihood`` are OpenCTI's own note properties, which it reads
    without an x_ prefix; the rest of what a claim says is in x_briefs_ properties.
    """
    common, custom = _claim_properties(claim, output, day, "note")
    refs = [actors[claim[role]["id"]].stix_id for role in ("actor", "target") if claim[role] is not None]
    ctype = claim["type"]
    standard: dict[str, Any] = {}
    if ctype == "assessment":
        band = claim["likelihood"]["band"]
        custom["note_types"] = ["assessment"]
        if band in DNI_TERMS:
            standard["confidence"] = custom["likelihood"] = dni_to_value(DNI_TERMS[band])
        holder = claim["attribution"]["holder"] if claim["attribution"] else None
        if holder == "author" and output.document["publisher"]:
            standard["authors"] = [output.document["publisher"]]
        heading = f"Assessment, {BAND_TEXT[band]}"
        custom.update(_compact({
            "x_briefs_likelihood": _compact({"band": band, "probability": claim["likelihood"]["probability"]}),
            "x_briefs_assessment_kind": claim["assessment_kind"],
            "x_briefs_attribution": holder,
            "x_briefs_confidence": claim.get("confidence"),  # ICD-203 analytic confidence, newer outputs only
        }))
    elif ctype == "pledge":
        custom["note_types"] = ["external"]  # what an actor said, as the brief reports it
        heading = f"Pledge by {actors[claim['actor']['id']].name}" if claim["actor"] else "Pledge"
        custom.update(_compact({"x_briefs_content": (claim["content"] or {}).get("text")}))
    else:
        custom["note_types"] = ["analysis"]
        heading = f"Relationship {claim['relation']} with no actor"
        custom["x_briefs_relation"] = claim["relation"]
    return stix2.Note(**common, **standard, abstract=f"{heading}: {_summary(claim['evidence']['text'])}",
                      content=claim["evidence"]["text"], object_refs=[*refs, report_id], labels=[ctype],
                      custom_properties=custom)


# --------------------------------------------------------------------------- briefs and bundles


@dataclass
class BriefObjects:
    doc_id: str
    report: Any
    actors: list[Any]  # shared with every other brief that names them
    claims: list[Any]

    @property
    def objects(self) -> list[Any]:
        return [self.report, *self.actors, *self.claims]


@dataclass
class StixExport:
    briefs: list[BriefObjects]
    actors: list[Any]  # every actor object once, by project id
    empty: list[str]  # briefs with no actor and no claim: a report must refer to something
    errors: list[str]  # briefs left out, one line each

    def bundle(self) -> stix2.Bundle:
        objects = [*self.actors, *(o for brief in self.briefs for o in (brief.report, *brief.claims))]
        return _bundle(objects, [brief.report.id for brief in self.briefs])

    def brief_bundles(self) -> Iterator[tuple[str, stix2.Bundle]]:
        for brief in self.briefs:
            yield brief.doc_id, _bundle(brief.objects, [brief.report.id])


def _bundle(objects: list[Any], report_ids: list[str]) -> stix2.Bundle:
    return stix2.Bundle(objects, id=_id("bundle", "bundle:" + " ".join(report_ids)), allow_custom=True)


def report_object(output: Output, day: str | None, refs: list[str]) -> Any:
    document = output.document
    return stix2.Report(
        id=report_id(output),
        name=document["title"] or document["source"],
        published=_timestamp(day or EPOCH), created=_timestamp(day or EPOCH), modified=_timestamp(day or EPOCH),
        report_types=["threat-report"],
        object_refs=refs,
        external_references=[{"source_name": "briefs", "description": f"the brief {document['source']}",
                              "external_id": document["source"], "hashes": {"SHA-256": document["sha256"]}}],
        custom_properties=_compact({
            "x_briefs_doc_id": output.doc_id,
            "x_briefs_publisher": document["publisher"],
            "x_briefs_pipeline_version": document["pipeline_version"],
            "x_briefs_patterns_version": document["patterns_version"],
            "x_briefs_undated": True if day is None else None,
        }))


def report_id(output: Output) -> str:
    # the sha256 too: a brief edited and extracted again is a new report, not a silent rewrite
    return _id("report", f"report:{output.doc_id}:{output.document['sha256']}")


def build(outputs: list[Output]) -> StixExport:
    """The STIX objects of the outputs: each brief's report and claims, every actor once."""
    dated, errors = [], []
    for output in outputs:
        try:
            dated.append((output, _date(output)))
        except OutputError as exc:
            errors.append(str(exc))
    actors = collect_actors(dated)
    actor_objects = {aid: actor_object(actor) for aid, actor in sorted(actors.items())}
    briefs, empty = [], []
    for output, day in dated:
        rid = report_id(output)
        claims = []
        for claim in output.claims.values():
            if claim["type"] == "relationship" and claim["actor"] is not None:
                claims.append(relationship_object(claim, output, day or EPOCH, actors))
            else:
                claims.append(note_object(claim, output, day or EPOCH, actors, rid))
        mine = sorted((actor_objects[eid] for eid in output.entities), key=lambda o: o.x_briefs_id)
        if not mine and not claims:
            empty.append(output.doc_id)
            continue
        report = report_object(output, day, [o.id for o in (*mine, *claims)])
        briefs.append(BriefObjects(output.doc_id, report, mine, claims))
    return StixExport(briefs, list(actor_objects.values()), empty, errors)


def serialize(bundle: stix2.Bundle) -> str:
    """Sorted keys and UTF-8 text, like the outputs: the same bundle gives the same bytes."""
    return bundle.serialize(sort_keys=True, indent=2, ensure_ascii=False) + "\n"
