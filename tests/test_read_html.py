from __future__ import annotations

import pytest

from pipeline.read import BriefError, read_bytes


def _text(html: str, charset: str = "utf-8") -> str:
    return read_bytes(html.encode(charset), "x.html").text


def test_read_html_drops_scripts_styles_navigation_and_footers():
    page = ("<html><head><title>Site</title><style>p {}</style></head><body>"
            "<header><a href='/'>Home</a> <a href='/x'>Briefs</a></header><nav>Menu</nav>"
            "<main><p>Iran has armed Hamas.</p><script>var x = 'Hezbollah';</script></main>"
            "<aside>Related: Hezbollah</aside><footer>Copyright</footer></body></html>")
    assert _text(page) == "Iran has armed Hamas.\n"


def test_read_html_keeps_a_quotations_footer_as_its_attribution():
    page = ("<html><body><main><p>Protests spread.</p><blockquote><p>\"Our patience is not unlimited.\"</p>"
            "<footer>General Ahmadreza Radan, on state television</footer></blockquote>"
            "<footer>Posted in Iran</footer></main></body></html>")
    assert _text(page) == ("Protests spread.\n\"Our patience is not unlimited.\"\n"
                           "General Ahmadreza Radan, on state television\n")


def test_read_html_keeps_an_article_header_with_its_title():
    page = ("<body><article><header><p>WATCH NOTE</p><time>2023-11-20</time><h1>The Title</h1></header>"
            "<p>Body.</p></article></body>")
    brief = read_bytes(page.encode(), "x.html")
    assert brief.text == "WATCH NOTE\n2023-11-20\nThe Title\nBody.\n"
    assert brief.title.text(brief.text) == "The Title" and brief.date == "2023-11-20"


def test_read_html_blocks_lists_and_line_breaks_become_lines():
    page = ("<body><p>NOTE<br>14 Nov 2025</p><h2>Key Points</h2><ol start='3'><li>Three</li><li><p>Four</p>"
            "<p>More of four.</p></li></ol><ul><li>Bullet <b>bold</b>\n  wrapped</li></ul></body>")
    assert _text(page) == "NOTE\n14 Nov 2025\nKey Points\n3. Three\n4. Four\nMore of four.\n- Bullet bold wrapped\n"


def test_read_html_entities_decoded_and_no_break_spaces_kept():
    assert _text("<p>Al&#8209;Shabaab&nbsp;fighters &amp; Hamas&rsquo;s</p>") == \
        "Al\u2011Shabaab\u00a0fighters & Hamas\u2019s\n"


def test_read_html_declared_charset_is_used():
    page = "<html><head><meta charset='windows-1252'></head><body><p>Caf\u00e9 \u2019quote\u2019</p></body></html>"
    assert _text(page, "cp1252") == "Caf\u00e9 \u2019quote\u2019\n"


@pytest.mark.parametrize("data,message", [
    (b"<html><body><script>x()</script></body></html>", "x.html: HTML with no body text"),
    (b"<p>caf\xe9</p>", "x.html: not valid utf-8 (byte 0xe9 at offset 6)"),
    (b"<meta charset='klingon'><p>x</p>", "x.html: HTML declares an unknown charset 'klingon'"),
], ids=["no-body-text", "undeclared-latin-1", "unknown-charset"])
def test_read_html_bad_pages_are_named(data, message):
    with pytest.raises(BriefError) as info:
        read_bytes(data, "x.html")
    assert str(info.value).startswith(message)


def test_read_html_keeps_a_key_block_section_before_the_article():
    page = ("<body><header><h1>The Title</h1></header>"
            "<section><h2>Summary</h2><ul><li>Chad will scale back its role.</li></ul></section>"
            "<section><h2>Related</h2><p>More from us</p></section>"
            "<article><p>Body.</p></article><footer>Copyright</footer></body>")
    brief = read_bytes(page.encode(), "x.html")
    assert brief.text == "The Title\nSummary\n- Chad will scale back its role.\nBody.\n"


def test_read_html_keeps_a_title_header_and_a_key_block_aside_beside_the_article():
    page = ("<body><header><p>Kora Institute</p><time>22 January 2026</time><h1>The Title</h1></header>"
            "<aside><h2>In Brief</h2><ul><li>Sadio will reject the terms.</li></ul></aside>"
            "<aside><h3>Related</h3><p>More from us</p></aside>"
            "<article><p>Body.</p></article><footer>Copyright</footer></body>")
    brief = read_bytes(page.encode(), "x.html")
    assert brief.text == "Kora Institute\n22 January 2026\nThe Title\nIn Brief\n- Sadio will reject the terms.\nBody.\n"
    assert brief.title.text(brief.text) == "The Title" and brief.date == "2026-01-22"


def test_read_html_keeps_a_titled_box_inside_the_article():
    page = ("<body><article><h1>The Title</h1><p>Body.</p>"
            "<aside><h3>What to watch</h3><ul><li>A truce between the two factions.</li></ul></aside>"
            "<aside><p>Pull quote.</p></aside><aside><h3>About the author</h3><p>Jane Doe writes.</p></aside>"
            "<aside><h3>Share this</h3><p>Twitter Facebook Email</p></aside></article>"
            "<aside><h3>Related</h3><p>More from us</p></aside></body>")
    brief = read_bytes(page.encode(), "x.html")
    assert brief.text == "The Title\nBody.\nWhat to watch\n- A truce between the two factions.\n"


def test_read_html_titled_box_beside_a_body_with_no_article_is_a_sidebar():
    page = ("<body><h1>The Title</h1><p>Body.</p>"
            "<aside><h3>Most read</h3><p>Hezbollah will rebuild its arsenal, analysts say.</p></aside></body>")
    assert read_bytes(page.encode(), "x.html").text == "The Title\nBody.\n"


def test_read_html_table_row_is_one_line_of_its_cells():
    page = ("<body><article><p>Outlook</p><table><tr><th>Indicator</th><th>Assessment</th></tr>"
            "<tr><td>Truce <b>holds</b></td><td> Unlikely </td></tr></table></article></body>")
    assert _text(page) == "Outlook\nIndicator | Assessment\nTruce holds | Unlikely\n"
