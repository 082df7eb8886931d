"""The actor layer: mentions in a span group, actors as plain data, both mirrored for rules."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.tokens import Doc, DocBin, Span

from pipeline.components.actors import (
    MENTIONS,
    Actor,
    Mention,
    ensure_extensions,
    read_mentions,
    set_ents,
    write_actors,
    write_mentions,
)
from pipeline.components.tokens import token_table

TEXT = "Hezbollah and Hamas met Iran in Beirut while both groups waited"
MENTION_LIST = [Mention(0, 1, ("group:hezbollah",), "pattern", "GROUP"),
                Mention(2, 3, ("group:hamas",), "pattern", "GROUP"),
                Mention(4, 5, ("state:irn",), "pattern", "STATE"),
                Mention(8, 10, ("group:hezbollah", "group:hamas"), "coref", "GROUP")]


@pytest.fixture()
def doc():
    ensure_extensions()
    return spacy.blank("en")(TEXT)


def test_actors_set_ents_matches_spacy_set_ents(doc):
    set_ents(doc, MENTION_LIST)
    got = [(e.start, e.end, e.label_, e.kb_id_) for e in doc.ents]
    iob = [t.ent_iob_ for t in doc]
    other = spacy.blank("en")(TEXT)
    other.set_ents([Span(other, m.start, m.end, label=m.label, kb_id=m.actor_id)
                    for m in MENTION_LIST if len(m.actor_ids) == 1], default="outside")
    assert got == [(e.start, e.end, e.label_, e.kb_id_) for e in other.ents]
    assert iob == [t.ent_iob_ for t in other]
    assert got == [(0, 1, "GROUP", "group:hezbollah"), (2, 3, "GROUP", "group:hamas"), (4, 5, "STATE", "state:irn")]


def test_actors_set_ents_rejects_overlapping_mentions(doc):
    with pytest.raises(ValueError, match="overlapping"):
        set_ents(doc, [Mention(0, 2, ("group:hezbollah",), "pattern", "GROUP"),
                       Mention(1, 3, ("group:hamas",), "pattern", "GROUP")])


def test_actors_mentions_live_in_a_span_group(doc):
    write_mentions(doc, list(MENTION_LIST))
    spans = [(s.start, s.end, s.label_, s.kb_id_, s.id_) for s in doc.spans[MENTIONS]]
    assert spans == [(0, 1, "GROUP", "group:hezbollah", "pattern"), (2, 3, "GROUP", "group:hamas", "pattern"),
                     (4, 5, "STATE", "state:irn", "pattern"), (8, 10, "GROUP", "group:hezbollah", "coref"),
                     (8, 10, "GROUP", "group:hamas", "coref")]


def test_actors_read_mentions_joins_the_actors_of_one_mention(doc):
    write_mentions(doc, list(MENTION_LIST))
    assert read_mentions(doc) == MENTION_LIST


def test_actors_state_survives_docbin(doc):
    write_mentions(doc, list(MENTION_LIST))
    write_actors(doc, {"group:hamas": Actor("group:hamas", "GROUP", "Hamas", {"un": ["QDe.1"]}, {"HMS"})})
    bin_ = DocBin(store_user_data=True)
    bin_.add(doc)
    restored = next(DocBin().from_bytes(bin_.to_bytes()).get_docs(doc.vocab))
    assert read_mentions(restored) == MENTION_LIST
    # msgpack gives lists back as tuples: the same JSON either way
    assert json.dumps(restored._.actors) == json.dumps(doc._.actors) == json.dumps(
        {"group:hamas": {"label": "GROUP", "name": "Hamas", "aliases": ["HMS"], "refs": {"un": ["QDe.1"]},
                         "roles": []}})


def test_actors_read_mentions_of_an_unprocessed_doc_is_empty(doc):
    assert read_mentions(Doc(doc.vocab, words=["x"])) == []


def test_actors_read_mentions_from_the_table_equals_the_span_group(doc):
    table = token_table(doc)
    write_mentions(doc, list(MENTION_LIST), table)
    assert read_mentions(doc, table) == read_mentions(doc) == MENTION_LIST


def test_actors_read_mentions_from_the_table_are_copies(doc):
    table = token_table(doc)
    write_mentions(doc, list(MENTION_LIST), table)
    read_mentions(doc, table)[3].actor_ids += ("state:irn",)
    assert read_mentions(doc, table) == MENTION_LIST


@pytest.mark.parametrize("change", ["append", "replace"], ids=["appended-span", "new-group"])
def test_actors_read_mentions_sees_a_span_group_changed_after_writing(doc, change):
    table = token_table(doc)
    write_mentions(doc, list(MENTION_LIST), table)
    extra = Span(doc, 6, 7, label="STATE", kb_id="state:lbn", span_id="pattern")
    if change == "append":
        doc.spans[MENTIONS].append(extra)
    else:
        doc.spans[MENTIONS] = [extra]
    added = Mention(6, 7, ("state:lbn",), "pattern", "STATE")
    assert read_mentions(doc, table) == ([*MENTION_LIST, added] if change == "append" else [added])
