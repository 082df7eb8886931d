"""Corpus briefs rewritten in the four other house layouts the recogniser knows.

Only the header and the key block change; the body keeps the corpus brief's sentences, so the
rewritten brief must give the same actors and claims as the original.
"""

from __future__ import annotations

from pathlib import Path

from tests.formats import parts_of


def key_judgments_markdown(path: Path) -> str:
    """A Markdown note: bold publisher, '#' title, a labelled date with a weekday, '## Key
    Judgments' bullets, body paragraphs under '##' section headings."""
    p = parts_of(path)
    half = len(p.paragraphs) // 2
    return "\n\n".join([
        f"**{p.publisher.upper()}**", f"# {p.title}", "**Date:** Friday, 3 March 2023", "## Key Judgments",
        "\n".join(f"- {b}" for b in p.bullets), "## The Campaign", *p.paragraphs[:half],
        "## Outlook", *p.paragraphs[half:],
    ]) + "\n"


def key_points_text(path: Path) -> str:
    """Numbered KEY POINTS, a US-style date with a weekday, curly apostrophes throughout."""
    p = parts_of(path)
    points = [f"{n}. {b}" for n, b in enumerate(p.bullets, 1)]
    text = "\n".join([p.publisher.upper(), p.title, "Thursday, January 18, 2024", "KEY POINTS", *points,
                      *p.paragraphs]) + "\n"
    return text.replace("'", "\u2019")


def crs_summary_text(path: Path) -> str:
    """A CRS-style note: publisher, series line, title, an ISO 'Updated' date, a Summary
    paragraph, then paragraphs under section headings."""
    p = parts_of(path)
    half = len(p.paragraphs) // 2
    return "\n".join([f"{p.publisher} Policy Research Service", "Insight", p.title, "Updated 2023-07-24",
                      "Summary", " ".join(p.bullets), "Background", *p.paragraphs[:half],
                      "Issues for Policymakers", *p.paragraphs[half:]]) + "\n"


def wire_text(path: Path) -> str:
    """A wire story: agency line, headline, a blank line, then the dateline opening the first
    paragraph; the key points become the story's opening paragraphs."""
    p = parts_of(path)
    body = [*p.bullets, *p.paragraphs]
    body[0] = f"MOGADISHU, 14 Feb 2024 \u2014 {body[0]}"
    return "\n".join([p.publisher.upper() + " WIRE", p.title, "", *body]) + "\n"
