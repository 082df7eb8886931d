from __future__ import annotations

from pipeline.read import read_bytes


def _read(md: str):
    return read_bytes(md.encode(), "x.md")


def test_read_markdown_markup_is_not_text():
    brief = _read("**CORRIDOR NOTE**\n\n# Lake Chad: [ISWAP](http://x) Adapts\n\n*14 November 2025*\n\n"
                  "Body with `code` and **Boko Haram**.\n")
    assert brief.text == "CORRIDOR NOTE\nLake Chad: ISWAP Adapts\n14 November 2025\nBody with code and Boko Haram.\n"
    assert brief.publisher.text(brief.text) == "CORRIDOR NOTE" and brief.date == "2025-11-14"
    assert brief.title.text(brief.text) == "Lake Chad: ISWAP Adapts"


def test_read_markdown_wrapped_paragraph_is_one_line():
    assert _read("# T\n\nA paragraph wrapped\nover two lines.\n").text == "T\nA paragraph wrapped over two lines.\n"


def test_read_markdown_header_written_like_a_text_file_keeps_its_lines():
    brief = _read("WATCH NOTE\n2023-11-20\nThe Title\n\n## Bottom Line Up Front\n\n- One.\n- Two.\n\nBody.\n")
    assert brief.text == "WATCH NOTE\n2023-11-20\nThe Title\nBottom Line Up Front\n- One.\n- Two.\nBody.\n"
    assert (brief.date, brief.title.text(brief.text), len(brief.bluf)) == ("2023-11-20", "The Title", 2)


def test_read_markdown_ordered_list_keeps_its_numbers():
    brief = _read("# T\n\n## Key Points\n\n3. Three.\n4. Four.\n\nBody.\n")
    assert [s.text(brief.text) for s in brief.bluf] == ["3. Three.", "4. Four."]


def test_read_markdown_images_and_raw_html_are_left_out():
    assert _read("# T\n\n![map](m.png)\n\n<div>raw</div>\n\nBody.\n").text == "T\nBody.\n"


def test_read_markdown_front_matter_gives_the_header_not_a_paragraph():
    brief = _read('---\ntitle: "Kayes Under Blockade"\npublisher: "Sahel Desk"\ndate: 2026-03-16\n'
                  "tags: [fuel, JNIM]\nregion: Western Mali\n---\n\n## Key Points\n\n- One.\n\nBody text.\n")
    assert brief.text == "Sahel Desk\n2026-03-16\nKayes Under Blockade\nKey Points\n- One.\nBody text.\n"
    assert (brief.publisher.text(brief.text), brief.date, brief.title.text(brief.text)) == (
        "Sahel Desk", "2026-03-16", "Kayes Under Blockade")


def test_read_markdown_prose_between_two_rules_is_no_front_matter():
    brief = _read("---\nThe town fell: the army left.\n---\n\nBody text.\n")
    assert "The town fell" in brief.text


def test_read_markdown_table_row_is_one_line_of_its_cells():
    brief = _read("# T\n\n| Indicator | Assessment |\n|---|---|\n| Truce holds | Unlikely |\n| Talks | |\n")
    assert brief.text == "T\nIndicator | Assessment\nTruce holds | Unlikely\nTalks\n"
