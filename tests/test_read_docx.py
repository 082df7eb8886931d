from __future__ import annotations

import io

import docx

from pipeline.read import read_bytes


def _bytes(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_read_docx_styles_give_structure_and_headers_are_left_out():
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "RUNNING HEADER"
    document.add_paragraph("WATCH NOTE")
    document.add_paragraph("Thursday, January 18, 2024")
    document.add_heading("The Title", level=1)
    document.add_heading("Key Points", level=2)
    document.add_paragraph("First point.", style="List Number")
    document.add_paragraph("Second point.", style="List Number")
    document.add_heading("Background", level=2)
    document.add_paragraph("Body paragraph.")
    brief = read_bytes(_bytes(document), "x.docx")
    assert brief.text == ("WATCH NOTE\nThursday, January 18, 2024\nThe Title\nKey Points\n1. First point.\n"
                          "2. Second point.\nBackground\nBody paragraph.\n")
    assert (brief.date, brief.title.text(brief.text)) == ("2024-01-18", "The Title")
    assert [s.text(brief.text) for s in brief.headings] == ["Background"]
    assert len(brief.bluf) == 2


def test_read_docx_line_breaks_start_lines():
    document = docx.Document()
    document.add_paragraph("Line one.").add_run().add_break()
    document.paragraphs[0].add_run("Line two.")
    assert read_bytes(_bytes(document), "x.docx").text == "Line one.\nLine two.\n"


def test_read_docx_table_row_is_one_line_of_its_cells():
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Truce holds"
    table.cell(0, 1).text = "Unlikely"
    table.cell(1, 0).text = "Hamas"
    assert read_bytes(_bytes(document), "x.docx").text == "Truce holds | Unlikely\nHamas\n"
