"""pipeline.read.lines: the line breaks of a hard-wrapped text that only wrap a line."""

from __future__ import annotations

import pipeline
from pipeline.read.lines import rewrapped, unwrapped

FILLER = "The miners pay a levy on every sack of ore to the gang that holds the shaft."
# wrapped at about 75 columns: the second sentence runs over a line end after 'the'
WRAPPED = "\n".join([FILLER] * 8) + (
    "\nSince March the Northern Officers' Front has operated under the command of\n"
    "Lieutenant-Colonel Quintino Na Bitchita, a former garrison chief in Bafata.\n")


def test_read_lines_unwrapped_makes_only_soft_wraps_spaces():
    text, wraps = unwrapped(WRAPPED)
    assert len(text) == len(WRAPPED) and len(wraps) == 1
    assert text[wraps[0]] == " " and WRAPPED[wraps[0]] == "\n"
    assert "command of Lieutenant-Colonel" in text
    assert text.count("\n") == WRAPPED.count("\n") - 1  # the breaks after full stops stay


def test_read_lines_rewrapped_gives_the_text_back():
    text, wraps = unwrapped(WRAPPED)
    assert rewrapped(text, wraps) == WRAPPED
    assert unwrapped("One line.\nAnother line.\n") == ("One line.\nAnother line.\n", [])


def test_read_lines_a_name_wrapped_over_two_lines_is_named_on_one(nlp):
    text = "\n".join([FILLER] * 8) + ("\nSince March the Northern Officers' Front has operated under the command of "
                                     "Quintino Na\nBitchita, a former garrison chief. Quintino Na Bitchita denies it.\n")
    people = [r for r in pipeline.extract_text(text, nlp=nlp) if r["kind"] == "entity" and r["label"] == "PERSON"]
    assert [(p["name"], p["aliases"]) for p in people] == [("Quintino Na Bitchita", [])]
    assert people[0]["mentions"][0]["text"] == "Quintino Na\nBitchita"  # the mention quotes the text


def test_read_lines_a_rule_reads_across_a_wrap_and_quotes_the_text_as_given(nlp):
    records = pipeline.extract_text(WRAPPED, nlp=nlp)
    leads = [r for r in records if r["kind"] == "claim" and r.get("relation") in {"LEADS", "AFFILIATED_WITH"}]
    assert [(r["actor"]["text"], r["target"]["text"]) for r in leads] == \
        [("Quintino Na Bitchita", "Northern Officers' Front")]
    evidence = leads[0]["evidence"]
    assert "command of\nLieutenant-Colonel" in evidence["text"]
    assert WRAPPED[evidence["start"]:evidence["end"]] == evidence["text"]


def test_read_lines_a_short_line_ending_on_a_function_word_runs_on_in_a_wrapped_text():
    """A writer who keeps a long name on one line leaves the line before it short; in a text
    wrapped at a fixed width it still runs on when it stops on 'the' or 'with'."""
    short = "The ATJ refused the dialogue that Tiani, who heads the\nConseil National pour la Sauvegarde."
    assert unwrapped("\n".join([FILLER] * 8) + "\n" + short + "\n")[1] != []
    assert unwrapped(short + "\n")[1] == []  # no wrap width: a line of its own
    heading = "Why it matters: what the junta is really fighting for\nOil revenue from the pipeline is key.\n"
    assert unwrapped("\n".join([FILLER] * 8) + "\n\n" + heading)[1] == []  # a heading after a blank line


def test_read_lines_a_crlf_wrap_is_listed_but_left_as_it_is():
    crlf = WRAPPED.replace("\n", "\r\n")
    text, wraps = unwrapped(crlf)
    assert text == crlf and [crlf[i] for i in wraps] == ["\r"]  # the sentence splitter still reads it
    assert rewrapped(text, wraps) == crlf
