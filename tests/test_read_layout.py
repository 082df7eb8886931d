"""The structure recogniser on the seed's layout and the four other house layouts."""

from __future__ import annotations

import pytest

from pipeline.read import read_bytes, read_text
from pipeline.read.layout import recognise
from tests.conftest import CORPUS
from tests.formats import layouts


def _parts(brief):
    t = brief.text
    seg = lambda s: s.text(t) if s else None  # noqa: E731
    return {"publisher": seg(brief.publisher), "date": brief.date, "date_span": seg(brief.date_span),
            "title": seg(brief.title), "bluf": [seg(s) for s in brief.bluf],
            "headings": [seg(s) for s in brief.headings], "paragraphs": [seg(s) for s in brief.paragraphs]}


def test_read_layout_key_judgments_markdown():
    brief = read_bytes(layouts.key_judgments_markdown(CORPUS / "001_sahel_jnim.txt").encode(), "kj.md")
    got = _parts(brief)
    assert (got["publisher"], got["date"], got["date_span"]) == (
        "SENTINEL ANALYTIC NOTE", "2023-03-03", "Date: Friday, 3 March 2023")
    assert got["title"] == "Sahel Watch: JNIM Pushes South as the Junta Leans on Wagner"
    assert len(got["bluf"]) == 4 and all(b.startswith("- ") for b in got["bluf"])
    assert got["headings"] == ["The Campaign", "Outlook"]
    assert "**" not in brief.text and "#" not in brief.text, "markup is not part of the text"


def test_read_layout_numbered_key_points_with_us_date():
    brief = read_bytes(layouts.key_points_text(CORPUS / "004_redsea_houthis.txt").encode(), "kp.txt")
    got = _parts(brief)
    assert (got["publisher"], got["date"]) == ("TIDEWATER ASSESSMENTS", "2024-01-18")
    assert got["title"].startswith("Red Sea: Strikes on the Houthis")
    assert [b[:3] for b in got["bluf"]] == ["1. ", "2. ", "3. "]
    assert len(got["paragraphs"]) == 5


def test_read_layout_quote_marks_used_as_key_point_bullets():
    text = ("Andes Review\nAnalysis | 4 December 2025\nPeru: an old insurgency\n\nWHAT YOU NEED TO KNOW\n"
            "> The party has perhaps 250 fighters.\n> The army is unlikely to defeat it.\n\n"
            "A party that taxes the trade\nThe party grew out of a column.\n")
    got = _parts(read_text(text, "q.txt"))
    assert got["bluf"] == ["> The party has perhaps 250 fighters.", "> The army is unlikely to defeat it."]
    assert got["paragraphs"] == ["The party grew out of a column."]


def test_read_layout_crs_summary_with_section_headings():
    brief = read_bytes(layouts.crs_summary_text(CORPUS / "008_colombia_eln.txt").encode(), "crs.txt")
    got = _parts(brief)
    assert (got["publisher"], got["date"], got["date_span"]) == (
        "Andean Desk Brief Policy Research Service", "2023-07-24", "Updated 2023-07-24")
    assert got["title"].startswith("Colombia: The ELN Ceasefire")
    assert len(got["bluf"]) == 1 and got["bluf"][0].startswith("The six-month bilateral ceasefire")
    assert got["headings"] == ["Background", "Issues for Policymakers"]
    assert "Insight" not in got["paragraphs"]


def test_read_layout_wire_dateline():
    brief = read_bytes(layouts.wire_text(CORPUS / "002_horn_shabaab.txt").encode(), "wire.txt")
    got = _parts(brief)
    assert (got["publisher"], got["date"], got["date_span"]) == (
        "MERIDIAN BRIEF WIRE", "2024-02-14", "MOGADISHU, 14 Feb 2024")
    assert got["title"].startswith("Somalia: Al-Shabaab Regains Ground")
    assert got["paragraphs"][0].startswith("MOGADISHU, 14 Feb 2024 \u2014 Harakat"), "the dateline stays in its paragraph"


REWRITES = [
    ("key-judgments-md", layouts.key_judgments_markdown, "001_sahel_jnim", "md"),
    ("key-points", layouts.key_points_text, "004_redsea_houthis", "txt"),
    ("crs-summary", layouts.crs_summary_text, "008_colombia_eln", "txt"),
    ("wire", layouts.wire_text, "002_horn_shabaab", "txt"),
]


def _what(records):
    """Actors, and claims by what they say; a cue's curly apostrophe counts as straight (the
    Key Points rewrite curls every apostrophe, and the cue is the text as written)."""
    entities = {(r["id"], r["label"]) for r in records if r["kind"] == "entity"}
    claims = sorted(((r["type"], r["rule"], (r["actor"] or {}).get("id"), (r["target"] or {}).get("id"),
                      r["relation"], r["cue"]["text"].replace("\u2019", "'")) for r in records if r["kind"] == "claim"),
                    key=str)
    return entities, claims


@pytest.mark.parametrize("make,stem,ext", [r[1:] for r in REWRITES], ids=[r[0] for r in REWRITES])
def test_read_layout_rewritten_brief_keeps_actors_and_claims(make, stem, ext, nlp):
    """Only the layout changed, so the actors and claims must not."""
    import pipeline

    original = pipeline.extract_brief(read_bytes((CORPUS / f"{stem}.txt").read_bytes(), f"{stem}.txt"), nlp)
    rewritten = pipeline.extract_brief(read_bytes(make(CORPUS / f"{stem}.txt").encode(), f"{stem}.{ext}"), nlp)
    dicts = [r.model_dump(mode="json") for r in rewritten]
    assert _what(dicts) == _what([r.model_dump(mode="json") for r in original])


def test_read_layout_seed_layout():
    text = "FIELD NOTE\nMarch 3, 2023\nA Title\nBottom Line Up Front\n- One.\n- Two\nBody.\n"
    got = _parts(read_text(text))
    assert (got["publisher"], got["date"], got["title"], got["bluf"], got["paragraphs"]) == (
        "FIELD NOTE", "2023-03-03", "A Title", ["- One.", "- Two"], ["Body."])


@pytest.mark.parametrize("line,iso", [
    ("Date: 7 November 2025", "2025-11-07"), ("**Published:** 2025-11-07", "2025-11-07"),
    ("Updated November 7, 2025", "2025-11-07"), ("As of 7 Nov 2025", "2025-11-07"),
], ids=["date-label", "bold-published", "updated", "as-of"])
def test_read_layout_labelled_date_lines(line, iso):
    brief = read_text(f"NOTE\n{line}\nTitle\nBody sentence here.\n")
    assert brief.date == iso and brief.title.text(brief.text) == "Title"


@pytest.mark.parametrize("opening,iso", [
    ("NAIROBI, 3 March 2025 \u2014 Rebels", "2025-03-03"), ("GOMA, 12 August 2025 -- Rebels", "2025-08-12"),
    ("WASHINGTON, March 3, 2025 \u2013 Officials", "2025-03-03"), ("PORT SUDAN, Sudan, 3 Mar 2025: Rebels", "2025-03-03"),
], ids=["em-dash", "double-hyphen", "us-date-en-dash", "place-country-colon"])
def test_read_layout_wire_datelines(opening, iso):
    brief = read_text(f"AGENCY\nHeadline here\n{opening} advanced on the town.\n")
    assert brief.date == iso and brief.structured


def test_read_layout_a_capitalised_sentence_is_no_dateline():
    brief = read_text("AGENCY\nHeadline\nNATO, 3 March 2025 was the day the talks failed.\n")
    assert brief.date is None and not brief.structured


def test_read_layout_summary_without_headings_takes_one_paragraph():
    brief = read_text("NOTE\n2025-01-02\nTitle\nSummary\nFirst paragraph.\nSecond paragraph.\nThird.\n")
    assert [s.text(brief.text) for s in brief.bluf] == ["First paragraph."]
    assert len(brief.paragraphs) == 2


def test_read_layout_format_title_hint_wins_over_position():
    text = "PUBLISHER\nThe Title\nDate: 2025-01-02\nBody sentence.\n"
    hints = {text.index("The Title"): "title"}
    brief = recognise("x.md", text, "0", hints=hints)
    assert brief.title.text(text) == "The Title" and brief.publisher.text(text) == "PUBLISHER"


def test_read_layout_plain_prose_is_not_structured():
    brief = read_text("The group attacked the base. It then withdrew.\nA second paragraph.\n")
    assert not brief.structured and brief.headings == [] and len(brief.paragraphs) == 2


def test_read_layout_lone_cr_keeps_the_structure():
    """Issue 14 item 12: classic Mac line endings were read as one line."""
    lf = "FIELD NOTE\nMarch 3, 2023\nA Title\nBottom Line Up Front\n- One.\n- Two\nBody.\n"
    cr = lf.replace("\n", "\r")
    assert _parts(read_text(cr)) == _parts(read_text(lf))


def test_read_layout_invisible_characters_stay_in_the_text_but_not_in_segments():
    text = "\ufeff\u200bNOTE\n2023-01-05\nTitle\nBody.\n"
    brief = read_text(text)
    assert brief.text == text
    assert brief.publisher.text(text) == "NOTE"


NUMBERED_SECTIONS = ("ORCHARD RISK\nCountry Note — 4 May 2025\nChad: Rebels Regroup\n\nSummary\n"
                     "The junta holds the capital. The rebels are divided.\n\n1. Background\n"
                     "Déby took power in 2021.\n\n2. Outlook\nThe north stays quiet.\n")


def test_read_layout_numbered_section_heading_ends_the_summary():
    got = _parts(read_text(NUMBERED_SECTIONS, "n.txt"))
    assert got["bluf"] == ["The junta holds the capital. The rebels are divided."]
    assert got["headings"] == ["1. Background", "2. Outlook"]


def test_read_layout_rule_line_is_no_line_of_the_brief():
    text = "ORCHARD RISK\nDate: 4 May 2025\nTitle: Chad\n--------------------\nKEY JUDGMENTS\n- The junta holds.\n"
    got = _parts(read_text(text, "r.txt"))
    assert "-" * 20 not in [*got["headings"], *got["paragraphs"], *got["bluf"]]
    assert got["bluf"] == ["- The junta holds."]


def test_read_layout_labelled_numbers_are_key_points():
    text = ("ORCHARD RISK\nDate: 4 May 2025\nChad: Rebels Regroup\n\nKEY JUDGMENTS\n"
            "KJ1. The junta holds the capital.\nKJ2. The rebels are divided.\n\nBACKGROUND\nDéby took power.\n")
    got = _parts(read_text(text, "k.txt"))
    assert got["bluf"] == ["KJ1. The junta holds the capital.", "KJ2. The rebels are divided."]


def test_read_layout_memo_header_labels_name_publisher_and_title():
    got = _parts(read_text("FROM: Horn Desk, Kestrel Risk\nTO: Clients\nDATE: 14 March 2026\n"
                           "SUBJECT: Oromia before the vote\n\nKEY TAKEAWAYS\na) The OLA will fight on.\n"
                           "b) Talks will stall.\n\nBody text.\n", "memo.txt"))
    assert (got["publisher"], got["title"], got["date"]) == ("Horn Desk, Kestrel Risk", "Oromia before the vote",
                                                            "2026-03-14")
    assert got["bluf"] == ["a) The OLA will fight on.", "b) Talks will stall."]


def test_read_layout_a_header_that_names_only_its_readers_keeps_its_title():
    got = _parts(read_text("Eastern Syria: Tribes and the Integration Deal\nPrepared for: Programme directors\n"
                           "Date: 12 February 2026\n\nSummary\nThe SDF will probably honour the deal.\n", "n.txt"))
    assert (got["publisher"], got["title"], got["date"]) == (None, "Eastern Syria: Tribes and the Integration Deal",
                                                            "2026-02-12")


@pytest.mark.parametrize(("header", "publisher", "title"), [
    ("Lagoon Street Analytics\nTo: All clients\nDate: 3 March 2026", "Lagoon Street Analytics", None),
    ("Lagoon Street Analytics | 3 March 2026\nPrepared for: Client services", "Lagoon Street Analytics", None),
    ("Prepared by the Upper Tigris Analytic Unit\nIraq: The Militias Regroup\nPrepared for: Clients\n"
     "Date: 3 March 2026", "the Upper Tigris Analytic Unit", "Iraq: The Militias Regroup"),
    ("Lagoon Street Analytics | Maritime Practice\n3 March 2026\nIraq: The Militias Regroup\n"
     "Prepared by: Carmela Ong, Senior Analyst", "Lagoon Street Analytics | Maritime Practice",
     "Iraq: The Militias Regroup"),
], ids=["recipients-keep-the-publisher", "readers-beside-a-dated-publisher", "readers-with-an-issuer",
        "labelled-byline-below-the-publisher"])
def test_read_layout_readers_or_recipients_leave_publisher_and_title_alone(header, publisher, title):
    got = _parts(read_text(header + "\n\nSummary\nThe junta holds the capital.\n", "h.txt"))
    assert (got["publisher"], got["title"]) == (publisher, title)


def test_read_layout_labelled_issuer_leaves_the_date_lines_words_as_title():
    got = _parts(read_text("SECURITY NOTE -- GEDO -- 11 FEBRUARY 2026\nPrepared by: Tana Ridge Risk Advisory\n\n"
                           "Assessment in brief:\n(1) Fighting will very likely resume.\n(2) Talks are unlikely.\n\n"
                           "Body text follows here.\n", "g.txt"))
    assert (got["publisher"], got["title"], got["date"]) == ("Tana Ridge Risk Advisory", "SECURITY NOTE -- GEDO",
                                                            "2026-02-11")


@pytest.mark.parametrize(("line", "publisher", "date_span"), [
    ("Northbridge Latin America Risk · 4 December 2025", "Northbridge Latin America Risk", "4 December 2025"),
    ("*Published 3 February 2026 · Lagoon Street Analytics*", "Lagoon Street Analytics",
     "Published 3 February 2026"),
], ids=["publisher-then-date", "labelled-date-then-publisher"])
def test_read_layout_a_line_of_parts_gives_the_date_and_the_publisher(line, publisher, date_span):
    got = _parts(read_bytes(f"# The Title\n{line}\n\nKey Points\n- One.\n- Two.\n\nBody text.\n".encode(), "p.md"))
    assert (got["publisher"], got["date_span"], got["title"]) == (publisher, date_span, "The Title")


@pytest.mark.parametrize("heading", ["In Brief", "Executive Summary", "BOTTOM LINE"])
def test_read_layout_more_key_block_headings(heading):
    got = _parts(read_text(f"ACME RISK\n2 March 2026\nThe Title\n\n{heading}\nThe group will fight on.\n\n"
                           "Background\nBody text.\n", "k.txt"))
    assert got["bluf"] == ["The group will fight on."]


def test_read_layout_block_heading_framed_by_equals_signs_opens_the_key_block():
    text = ("[Harbour Weekly] Issue 9 — 2 March 2026\nPorts under pressure\n\n=== KEY JUDGMENTS ===\n"
            "— The navy will likely stay in port.\n— Talks are unlikely before May.\n\n=== ANALYSIS ===\n"
            "The navy has not sailed since January.\n")
    got = _parts(read_text(text, "weekly.txt"))
    assert got["bluf"] == ["— The navy will likely stay in port.", "— Talks are unlikely before May."]
    assert got["headings"] == ["=== ANALYSIS ==="]


@pytest.mark.parametrize(("header", "publisher", "date", "title"), [
    ("WEEKLY NOTE\nIssued by Lurio Advisory on 3 February 2026\nCabo Delgado: the insurgency spreads",
     "Lurio Advisory", "2026-02-03", "Cabo Delgado: the insurgency spreads"),
    ("IRAQI KURDISTAN: A STALLED CABINET\nPrepared by the Tigris Unit\n2026/04/18",
     "the Tigris Unit", "2026-04-18", "IRAQI KURDISTAN: A STALLED CABINET"),
    ("Behind the Line: Partisans in Ukraine\nPublished 11 June 2026 by Steppe Review",
     "Steppe Review", "2026-06-11", "Behind the Line: Partisans in Ukraine"),
    ("ORIGINATOR: Eastern Flank Unit\nTITLE: MOLDOVA - TIRASPOL SQUEEZED", "Eastern Flank Unit", None,
     "MOLDOVA - TIRASPOL SQUEEZED"),
], ids=["issued-by-on-date", "prepared-by-line-and-slash-date", "date-inside-a-published-line", "originator-and-title-labels"])
def test_read_layout_header_lines_in_words(header, publisher, date, title):
    got = _parts(read_text(f"{header}\n\nMain judgements\n* The group will fight on.\n\nBody text.\n", "h.txt"))
    assert (got["publisher"], got["date"], got["title"]) == (publisher, date, title)
    assert got["bluf"] == ["* The group will fight on."]


@pytest.mark.parametrize("heading", ["Main judgements", "Key Assessments", "At a glance", "TL;DR", "ASSESSMENT SUMMARY"])
def test_read_layout_key_block_heading_variants(heading):
    got = _parts(read_text(f"ACME RISK\n2 March 2026\nThe Title\n\n{heading}\n- The group will fight on.\n\n"
                           "Background\nBody text.\n", "k.txt"))
    assert got["bluf"] == ["- The group will fight on."]


def test_read_layout_first_markdown_heading_is_the_title_when_no_line_is_marked_one():
    got = _parts(read_bytes("## Kurram Between Two Fires\n\n_Margalla Observatory · 22 March 2026_\n\n"
                            "### At a glance\n\n1) The truce holds.\n\n### Background\n\nBody text.\n".encode(), "k.md"))
    assert (got["title"], got["publisher"], got["date"]) == ("Kurram Between Two Fires", "Margalla Observatory",
                                                            "2026-03-22")


def test_read_layout_date_inside_a_long_body_line_is_no_header_date():
    text = ("The group attacked the base on 3 February 2026 and then withdrew towards the river, "
            "which it has held since the rains began, according to local officials.\nA second paragraph.\n")
    brief = read_text(text)
    assert brief.date is None and not brief.structured


def test_read_layout_hard_wrapped_key_block_items_are_one_line_each():
    text = ("ANDEAN RISK BULLETIN | Lima | 6 February 2026\nPATAZ: GOLD AND GANGS\n\nKey judgments:\n"
            "1) Attacks on miners and company installations will very likely increase before\n"
            "the 12 April general election, as the army thins its garrison.\n"
            "2) Los Condores is probably now the strongest armed group in the district.\n\nWho is fighting:\n"
            "Los Condores, a faction led by Wilber Sanchez Ruiz, broke away from La Jauria\n"
            "last year and has since fought its former patrons for the tunnels.\n")
    got = _parts(read_text(text, "w.txt"))
    assert got["bluf"] == ["1) Attacks on miners and company installations will very likely increase before\n"
                           "the 12 April general election, as the army thins its garrison.",
                           "2) Los Condores is probably now the strongest armed group in the district."]
    assert got["paragraphs"][-1].startswith("Los Condores, a faction") and got["paragraphs"][-1].endswith("tunnels.")


def test_read_layout_header_table_rows_are_labelled_fields():
    brief = read_bytes(b"# Lake Chad: ISWAP Adapts\n\n| Field | Value |\n|---|---|\n| Publisher | Corridor Analytics |\n"
                       b"| Date | 12 May 2026 |\n| Author | Jane Roe |\n\n## Key Points\n\n- One.\n\nBody.\n", "x.md")
    assert (brief.publisher.text(brief.text), brief.title.text(brief.text), brief.date) == (
        "Corridor Analytics", "Lake Chad: ISWAP Adapts", "2026-05-12")
