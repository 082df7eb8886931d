"""Names listed in a table's first column under an actor header (components/tables.py)."""

from __future__ import annotations

import pytest

GANGS = ("The gang landscape\nGroup | Estimated members | Trend\nKiller Beez (all chapters) | 2,100 | Stable\n"
         "Black Power | 1,400 | Stable\nKalaja crew | 60 | Rising\n"
         "Black Power has responded with restraint, and Kalaja gunmen shot a courier.")


def groups(records):
    return {(m["text"], m["rule"]) for e in records if e["kind"] == "entity" and e["label"] == "GROUP"
            for m in e["mentions"]}


def test_tables_first_cell_under_a_group_header_is_a_group(extract):
    found = groups(extract(GANGS))
    assert ("Black Power", "shape.group_table") in found
    assert ("Killer Beez", "shape.group_table") in found  # the cell's bracketed note is no part of it


def test_tables_name_from_a_table_is_the_same_group_in_the_prose(extract):
    assert ("Black Power", "shape.repeat") in groups(extract(GANGS))


def test_tables_cell_ending_in_an_org_noun_gives_the_name_alone_in_the_prose(extract):
    text = "Network | Base\nKalaja crew | Durrës\nThe port was run by Kalaja until May."
    crew = [e for e in extract(text) if e["kind"] == "entity" and e["label"] == "GROUP"]
    assert [[(m["text"], m["rule"]) for m in e["mentions"]] for e in crew] == [
        [("Kalaja crew", "shape.group_table"), ("Kalaja", "shape.repeat")]]


def test_tables_acronym_cell_under_an_actor_header_is_a_group(extract):
    text = "Key actors\nActor | Role | Trend\nGKNB | Lead agency | Weak\nSGB (Uzbekistan) | Partner | Stable\n"
    assert {"GKNB", "SGB"} <= {t for t, _ in groups(extract(text))}


@pytest.mark.parametrize("text", [
    "Actor | Role\nNurlan Asanaliev | Heir to the network\n",
    "Actor | Role\nAFC/M23 | Rebel coalition\n",
    "Actor | Role\nAA and ULA | Rebels\n",
    "Faction | Commander\nSadio's faction | Salif Sadio\n",
    "Month | Incidents\nJanuary Totals | 14\n",
    "Actor | Role\nthe local police | patrols\n",
    "Gang | Members\nOthers | 800\nTotal | 3,500\n",
    "Actor | Role\nPresident William Ruto | Host\n",
], ids=["person-under-actor", "two-actors-slashed", "two-actors-joined", "described-by-another",
        "not-an-actor-header", "lower-case-cell", "summary-row", "titled-person"])
def test_tables_cells_that_name_no_group(extract, text):
    assert not any(rule == "shape.group_table" for _, rule in groups(extract(text)))


def test_tables_a_row_with_a_blank_cell_does_not_end_the_table(extract):
    text = "Gang | Members | Trend\nBlack Power | | Stable\nKalaja crew | 60 | Rising\n"
    assert ("Kalaja crew", "shape.group_table") in groups(extract(text))


def test_tables_a_state_before_an_org_noun_stays_the_state_in_the_prose(extract):
    text = "Network | Base\nKosovo crew | Pristina\nKosovo has asked Albania for help.\n"
    states = [m["text"] for e in extract(text) if e["kind"] == "entity" and e["label"] == "STATE"
              for m in e["mentions"]]
    assert states.count("Kosovo") == 1
