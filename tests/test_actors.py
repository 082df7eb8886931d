"""The actor layer: mentions mirrored into doc.ents for the claim rules' ENT_TYPE and ENT_KB_ID."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from pipeline.components.actors import Mention, ensure_extensions, set_ents

TEXT = "Hezbollah and Hamas met Iran in Beirut while both groups waited"


@pytest.fixture()
def doc():
    ensure_extensions()
    return spacy.blank("en")(TEXT)


def test_actors_set_ents_matches_spacy_set_ents(doc):
    doc._.mentions = [Mention(0, 1, ("group:hezbollah",), "pattern", "GROUP"),
                      Mention(2, 3, ("group:hamas",), "pattern", "GROUP"),
                      Mention(4, 5, ("state:irn",), "pattern", "STATE"),
                      Mention(8, 10, ("group:hezbollah", "group:hamas"), "coref", "GROUP")]
    set_ents(doc)
    got = [(e.start, e.end, e.label_, e.kb_id_) for e in doc.ents]
    iob = [t.ent_iob_ for t in doc]
    other = spacy.blank("en")(TEXT)
    other.set_ents([Span(other, m.start, m.end, label=m.label, kb_id=m.actor_id)
                    for m in doc._.mentions if len(m.actor_ids) == 1], default="outside")
    assert got == [(e.start, e.end, e.label_, e.kb_id_) for e in other.ents]
    assert iob == [t.ent_iob_ for t in other]
    assert got == [(0, 1, "GROUP", "group:hezbollah"), (2, 3, "GROUP", "group:hamas"), (4, 5, "STATE", "state:irn")]


def test_actors_set_ents_rejects_overlapping_mentions(doc):
    doc._.mentions = [Mention(0, 2, ("group:hezbollah",), "pattern", "GROUP"),
                      Mention(1, 3, ("group:hamas",), "pattern", "GROUP")]
    with pytest.raises(ValueError, match="overlapping"):
        set_ents(doc)
