"""The structure recogniser: which lines of a brief's text are its publisher, date, title,
key-points block, section headings and paragraphs.

It knows these house layouts (each with or without Markdown-style ``#``):

- the seed's: publisher, date, title, then "Bottom Line Up Front" (or "BLUF:") and bullets;
- "Key Judgments" with bullets, title before or after a ``Date:`` line;
- "Key Points" with numbered points and a US-style date;
- a CRS-style note: "Summary" with one or more paragraphs, then section headings;
- a wire story: publisher, headline, then a dateline opening the first paragraph
  ("NAIROBI, 3 March 2025 — ...").

Formats that know more than the text says (a Markdown ``#`` title, an HTML ``<li>``, a Word
"Heading 2") pass it as hints keyed by line start. The recogniser only points into the text:
it never changes it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from pipeline.read.brief import Brief, Segment
from pipeline.read.dates import match_date, parse_date
from pipeline.read.lines import logical_lines

# Block headings whose lines (bullets, or paragraphs for a summary) form the brief's key block
# (marked up or framed: '**Key Points**', '## Summary', '=== KEY JUDGMENTS ===').
BLOCK_RE = re.compile(
    r"^[#*_=>\s]*(?P<name>bottom line up front|bluf|(?:key|main|principal) (?:judge?ments|points|takeaways|findings"
    r"|assessments|messages)|executive summary|assessment summary|summary of assessment|summary|what you need to know"
    r"|in brief|bottom line|at a glance|tl;?dr|highlights)"
    r"(?:\s*\([^)]{1,40}\))?[*_\s]*(?::[*_\s]*(?P<rest>.*?))?[*_=\s]*$",  # "Key Judgments (high confidence)"
    re.IGNORECASE,
)
PARAGRAPH_BLOCKS = frozenset({"summary", "executive summary", "in brief", "bottom line", "assessment summary",
                              "summary of assessment"})
# a bullet (also a quote mark used as one, '> '), a number with an optional short label ('1.', '2)', 'KJ1.'),
# or a letter item ('a)')
BULLET_RE = re.compile(r"^\s*(?:[-*>\u2022\u2013\u2014\u25aa\u25cf\u25e6]|(?:[A-Z]{1,3})?\d{1,2}[.)]|[a-h]\))\s+")
# "Date: 7 November 2025", "Updated 2025-03-14", "**Published:** ...": a label, then the date.
DATE_LABEL_RE = re.compile(r"^[#*_\s]*(?:(?:date|dated|published|updated|issued|as of)\b[*_\s]*:?[*_\s]*)?",
                           re.IGNORECASE)
# A header line of parts: "Situation Report No. 41 | 22 January 2026", "Published 3 February 2026 ·
# Lagoon Street Analytics", "Northbridge Risk · 4 December 2025".
PARTS_RE = re.compile(r"\s+[|\u00b7\u2022\u2013\u2014]\s+")
# Memo header labels: "FROM: Horn of Africa Desk", "TO: Clients", "SUBJECT: Oromia before the vote"
# (a military message's "ORIGINATOR:" and "TITLE:" too).
MEMO_RE = re.compile(r"^[*_\s]*(?P<label>from|originator|to|cc|attn|subject|subj|re|title)[*_\s]*:"
                     r"[*_\s]*(?P<value>\S.*?)[*_\s]*$", re.IGNORECASE)
# a header table's row ('Publisher | Tanganyika Risk Advisory', 'Field | Value'; a row's cells
# are joined by " | ": pipeline.read.blocks.row_line): a labelled header line, as a memo's is
TABLE_FIELD_RE = re.compile(r"^(?P<label>field|from|publisher|source|authors?|author\(s\)|date|published|topic|"
                            r"subject|title|region|reference|ref|classification|distribution) \| "
                            r"(?P<value>\S.*?)\s*$", re.IGNORECASE)
BYLINE_RE = re.compile(r"^[*_\s]*by\s", re.IGNORECASE)
READERS_RE = re.compile(r"^[*_\s]*prepared\s+for[*_\s]*:", re.IGNORECASE)
# a title's shape: a place or subject, a colon, then words ('Eastern Syria: Tribal Realignment')
TITLE_LIKE_RE = re.compile(r"^[^:]{2,40}:\s+\S+(?:\s+\S+){2,}")
# a header line that says who issued the brief: 'Prepared by the Upper Tigris Analytic Unit'
ISSUED_BY_RE = re.compile(r"^[*_\s]*(?:issued|published|prepared|compiled|produced|released)\s+by\s+", re.IGNORECASE)
# labelled ('Prepared by: Tana Ridge Risk Advisory'): the issuer when it names an organisation,
# else an analyst's byline ('Prepared by: Carmela Ong, Senior Analyst'), read as any other line
LABELLED_ISSUER_RE = re.compile(r"^[*_\s]*(?:issued|published|prepared|compiled|produced|released)\s+by[*_\s]*:\s*",
                                re.IGNORECASE)
ORGANISATION_WORD_RE = re.compile(
    r"\b(?:Advisory|Analytics|Analysis|Unit|Institute|Centre|Center|Group|Desk|Staff|Consult\w*|Intelligence|"
    r"Research|Monitor|Observatory|Foundation|Associates|Partners|Risk|Strategic|Insights?|Programme|Program|"
    r"Services?|Office|Bureau|Agency|Ltd|LLC|Inc|Team|Division|Directorate|Department|Watch|Network|Forum|"
    r"Council|Project|Initiative|Labs?)\b")
LEAD_IN_RE = re.compile(r":[*_\s]*$")
PUBLISHER_LABEL_RE = re.compile(r"[*_\s]*(?:publisher|published by|source)[*_\s]*:?[*_\s]*", re.IGNORECASE)
# A wire dateline: a place in capitals, a comma, the date, then a dash: "NAIROBI, 3 March 2025 —".
DATELINE_RE = re.compile(r"^[A-Z][A-Z.'\u2019 -]{1,40}(?:,\s*[A-Z][A-Za-z.'\u2019 -]{1,30})?,\s+")
DATELINE_END_RE = re.compile(r"\s*(?:[-\u2013\u2014]{1,2}|:)\s")
HEADER_LIMIT = 6  # a brief's header is its first few lines
BLOCK_LIMIT = 12  # the key block starts within the first lines
# a numbered section heading ('1. Background', 'II. Outlook'): a number, then a short title
NUMBERED_HEADING_RE = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})[.)]\s+(?P<title>\S.{0,58})$")
WORD_START_RE = re.compile(r"(?<![\w/-])\w")
# the words that label a date or a publisher inside a header line ('Issued by X on <date>')
EDGE_LABEL_RE = re.compile(r"[\s*_,;:|\u00b7\u2013\u2014-]*(?:(?:issued|published|prepared|posted|updated|written|"
                           r"released|compiled)\b\s*(?:by\b)?|by\b|on\b|dated\b|date\b)?[\s*_,;:|\u00b7\u2013\u2014-]*",
                           re.IGNORECASE)
TAIL_LABEL_RE = re.compile(r"[\s*_,;:|\u00b7\u2013\u2014-]*(?:\b(?:on|dated|of|by|issued|published|updated))?"
                           r"[\s*_,;:|\u00b7\u2013\u2014-]*$", re.IGNORECASE)


def looks_like_header(line: str) -> bool:
    """A header line is short and not a sentence: body paragraphs end in a full stop."""
    return len(line) <= 200 and not line.rstrip("*_ ").endswith((".", ";"))


def looks_like_heading(line: str) -> bool:
    """A section heading in plain text: short, no final punctuation, no bullet (a number of a
    few words is a numbered heading: '1. Background')."""
    numbered = NUMBERED_HEADING_RE.match(line)
    return (len(line) <= 80 and not line.rstrip("*_ ").endswith((".", ";", ":", ",", "?", "!"))
            and (not BULLET_RE.match(line) or numbered is not None and len(numbered.group("title").split()) <= 6)
            and any(ch.isalpha() for ch in line))


def date_of_line(line: str) -> str | None:
    """The ISO date when the line is a date, perhaps labelled ("Date: 7 November 2025")."""
    label = DATE_LABEL_RE.match(line)
    rest = line[label.end() if label else 0 :].strip("*_ ")
    return parse_date(rest)


def dated_part(line: str) -> tuple[str, tuple[int, int], list[tuple[int, int]]] | None:
    """(ISO date, the date part's span, the other parts' spans) when a line of parts holds a
    date in one part ("Northbridge Latin America Risk · 4 December 2025")."""
    cuts = list(PARTS_RE.finditer(line))
    if not cuts:
        return None
    bounds = [0] + [c.end() for c in cuts]
    ends = [c.start() for c in cuts] + [len(line)]
    parts = [(a, b) for a, b in zip(bounds, ends, strict=True)]
    for k, (a, b) in enumerate(parts):
        iso = date_of_line(line[a:b])
        if iso:
            return iso, (a, b), [p for j, p in enumerate(parts) if j != k and line[p[0]:p[1]].strip("*_ ")]
    return None


def embedded_date(line: str) -> tuple[str, tuple[int, int], tuple[int, int] | None] | None:
    """(ISO date, the date's span, the publisher's span or None) when a short header line holds
    a date inside words: 'Issued by Lurio Strategic Advisory on 3 February 2026', 'Published 11
    June 2026 by Steppe Frontier Review', '*Dar es Salaam desk, 16 February 2026*'. The words
    around the date, less their labels ('issued by', 'on'), name the publisher."""
    if len(line) > 120:
        return None
    for start in (m.start() for m in WORD_START_RE.finditer(line)):
        found = match_date(line, start)
        if found is None:
            continue
        iso, end = found
        spans = [_words(line, 0, start), _words(line, end, len(line))]
        named = [span for span in spans if span is not None]
        return iso, (start, end), (named[0] if named else None)
    return None


def _words(line: str, start: int, end: int) -> tuple[int, int] | None:
    """[start, end) without label words and punctuation at its edges, or None when nothing is left."""
    while True:
        lead = EDGE_LABEL_RE.match(line, start, end)
        if lead is None or lead.end() == start:
            break
        start = lead.end()
    while end > start:
        tail = TAIL_LABEL_RE.search(line, start, end)
        if tail is None or tail.start() == end:
            break
        end = tail.start()
    return (start, end) if end > start and any(ch.isalpha() for ch in line[start:end]) else None


def dateline(line: str) -> tuple[str, int] | None:
    """(ISO date, end of the dateline) when the line opens with a wire dateline."""
    place = DATELINE_RE.match(line)
    if place is None:
        return None
    found = match_date(line, place.end())
    if found is None or not DATELINE_END_RE.match(line, found[1]):
        return None
    return found


def recognise(source: str, text: str, sha256: str, *, hints: Mapping[int, str] | None = None,
              reader: str = "text") -> Brief:
    """The Brief for a text; ``hints`` maps a line's start to "title", "heading", "item" or "para"."""
    hints = hints or {}
    brief = Brief(source=source, text=text, sha256=sha256, reader=reader)
    lines = logical_lines(text)  # a hard-wrapped paragraph or list item is one line
    if not lines:
        return brief
    words = [seg.text(text) for seg in lines]
    kinds = [hints.get(seg.start, "line") for seg in lines]
    if kinds[0] == "heading" and "title" not in kinds[:HEADER_LIMIT]:
        kinds[0] = "title"  # '## Kurram Between Two Fires' opening a Markdown brief with no '#' line

    def is_item(i: int) -> bool:
        return kinds[i] == "item" or bool(BULLET_RE.match(words[i]))

    block_at = next((i for i in range(min(BLOCK_LIMIT, len(lines)))
                     if kinds[i] != "item" and BLOCK_RE.match(words[i])), None)
    head: list[int] = []
    for i in range(min(HEADER_LIMIT, len(lines))):
        if i == block_at or is_item(i) or kinds[i] == "heading" or not looks_like_header(words[i]):
            break
        head.append(i)
    date_at = next((i for i in head if date_of_line(words[i]) or dated_part(words[i])), None)
    if date_at is None:  # 'Issued by Lurio Strategic Advisory on 3 February 2026'
        date_at = next((i for i in head if embedded_date(words[i])), None)
    body_from = len(head)
    wire = None
    if date_at is None and body_from < len(lines) and body_from != block_at:
        wire = dateline(words[body_from])
    if date_at is None and wire is None and block_at is None:
        brief.paragraphs = lines  # no brief header: plain paragraphs
        return brief

    brief.structured = True
    taken: set[int] = set(head)
    candidates = [i for i in head if i != date_at]
    beside_date: Segment | None = None  # the part of the date line that is not the date
    issued_by: Segment | None = None  # a publisher a header line names with 'issued by', 'prepared by'
    before_date: Segment | None = None  # the parts of the date line before the date
    for i in candidates:
        label = ISSUED_BY_RE.match(words[i]) or _labelled_issuer(words[i])
        if label is not None and issued_by is None:
            issued_by = _trimmed(text, lines[i].start + label.end(), lines[i].end)
            candidates = [k for k in candidates if k != i]
    # 'Prepared for: Middle East programme directors' names the readers, no part of the brief
    readers = [i for i in candidates if READERS_RE.match(words[i])]
    # 'Assessment in brief:' opens what follows (a block no heading list knows): no title
    lead_ins = {i for i in candidates if LEAD_IN_RE.search(words[i])}
    candidates = [i for i in candidates if i not in readers and i not in lead_ins]
    taken -= lead_ins
    if date_at is not None and date_of_line(words[date_at]):
        brief.date_span = lines[date_at]
        brief.date = date_of_line(words[date_at])
    elif date_at is not None and dated_part(words[date_at]) is None:
        embedded = embedded_date(words[date_at])
        assert embedded is not None
        brief.date, (a, b), named_span = embedded
        at = lines[date_at].start
        brief.date_span = Segment(at + a, at + b)
        if named_span is not None:
            beside_date = _trimmed(text, at + named_span[0], at + named_span[1])
            if named_span[1] <= a:
                before_date = beside_date
            if ISSUED_BY_RE.match(words[date_at]):
                issued_by = beside_date  # 'Issued by Lurio Strategic Advisory on 3 February 2026'
    elif date_at is not None:
        found = dated_part(words[date_at])
        assert found is not None
        brief.date, (a, b), others = found
        at = lines[date_at].start
        brief.date_span = Segment(at + a, at + b)
        named = [p for p in others if not BYLINE_RE.match(words[date_at][p[0]:p[1]])]
        if named:  # the first part that is no byline ('By X | Larchmont Gulf Analysis | <date>')
            label = PUBLISHER_LABEL_RE.match(words[date_at], named[0][0], named[0][1])
            beside_date = _trimmed(text, at + (label.end() if label else named[0][0]), at + named[0][1])
            before = [p for p in named if p[1] <= a]
            if before:  # 'SECURITY NOTE -- GEDO -- <date>': all its parts before the date
                before_date = _trimmed(text, at + before[0][0], at + before[-1][1])
    elif wire is not None:
        brief.date, end = wire
        brief.date_span = Segment(lines[body_from].start, lines[body_from].start + end)
    memo = {i: MEMO_RE.match(words[i]) or TABLE_FIELD_RE.match(words[i]) for i in candidates}
    memo = {i: m for i, m in memo.items() if m is not None}
    if memo:
        # a memo's header names its parts: FROM is the publisher, SUBJECT (or RE) the title
        value = {m.group("label").lower(): (i, m) for i, m in sorted(memo.items(), reverse=True)}
        labelled = [value[k] for k in ("from", "originator", "publisher", "source") if k in value]
        titled = [value[k] for k in ("subject", "subj", "re", "title") if k in value]
        rest = [i for i in candidates if i not in memo]
        publisher, title = _publisher_and_title(rest, date_at, kinds)
        brief.publisher = _value(lines, *labelled[0]) if labelled else (
            lines[publisher] if publisher is not None else None)
        brief.title = _value(lines, *titled[0]) if titled else (lines[title] if title is not None else None)
    else:
        publisher, title = _publisher_and_title(candidates, date_at, kinds)
        if beside_date is not None and title is None and publisher is not None and publisher < (date_at or 0):
            # 'Title' then 'Meridian Pacific Analysis | Asia-Pacific Desk | <date>': the date's
            # line names the publisher, so the line before it is the title
            publisher, title = None, publisher
        if issued_by is not None and title is None:
            publisher, title = None, publisher  # the publisher is named: the other header line is the title
        elif readers and title is None and publisher is not None and TITLE_LIKE_RE.search(words[publisher]):
            # 'Eastern Syria: Tribal Realignment ...' then 'Prepared for: ...' and 'Date: ...': a
            # line that reads as a title ('Place: what happens') is the title, not the publisher
            publisher, title = None, publisher
        brief.publisher = issued_by or (lines[publisher] if publisher is not None else beside_date)
        brief.title = lines[title] if title is not None else None
        if brief.title is None and issued_by is not None:
            brief.title = before_date  # the publisher is named: the date line's other words are the title

    if block_at is not None:
        taken.add(block_at)
        match = BLOCK_RE.match(words[block_at])
        assert match is not None
        rest = match.group("rest")
        if rest:  # "BLUF: the whole bottom line on one line"
            seg = lines[block_at]
            offset = words[block_at].index(rest, match.start("rest"))
            brief.bluf.append(Segment(seg.start + offset, seg.start + offset + len(rest)))
        index = block_at + 1
        if match.group("name").lower() in PARAGRAPH_BLOCKS:
            index = _summary(lines, words, kinds, index, brief)
        else:
            while index < len(lines) and is_item(index):
                brief.bluf.append(lines[index])
                index += 1
        taken.update(range(block_at, index))
    for i in range(len(lines)):
        if i in taken:
            continue
        if kinds[i] in ("heading", "title") or (
            kinds[i] == "line" and looks_like_heading(words[i]) and i + 1 < len(lines)
            and not looks_like_heading(words[i + 1]) and not is_item(i + 1)
        ):
            brief.headings.append(lines[i])
        else:
            brief.paragraphs.append(lines[i])
    return brief


def _labelled_issuer(line: str) -> re.Match[str] | None:
    """The label of 'Prepared by: <organisation>' (not of an analyst's byline, 'Carmela Ong,
    Senior Analyst, Maritime Desk': the words before the first comma name no organisation)."""
    label = LABELLED_ISSUER_RE.match(line)
    if label is None:
        return None
    return label if ORGANISATION_WORD_RE.search(line[label.end():].split(",")[0]) else None


def _value(lines: list[Segment], i: int, match: re.Match[str]) -> Segment:
    """The value of a labelled header line ('SUBJECT: <value>')."""
    return Segment(lines[i].start + match.start("value"), lines[i].start + match.end("value"))


def _trimmed(text: str, start: int, end: int) -> Segment:
    """[start, end) without surrounding spaces and emphasis marks."""
    while start < end and text[start] in " *_\t":
        start += 1
    while end > start and text[end - 1] in " *_\t":
        end -= 1
    return Segment(start, end)


def _publisher_and_title(candidates: list[int], date_at: int | None, kinds: list[str]) -> tuple[int | None, int | None]:
    """Which header lines are the publisher and the title.

    A line the format marks as the title (Markdown ``#``, HTML ``<h1>``, Word "Title") is the
    title. Otherwise: the line right after the date is the title and the first line before it
    the publisher (the seed's layout); with nothing after the date, or no date, the first line
    is the publisher and the last the title; a single line before the date is the publisher.
    """
    marked = [i for i in candidates if kinds[i] == "title"]
    if marked:
        others = [i for i in candidates if i != marked[0]]
        return (others[0] if others else None), marked[0]
    if date_at is not None:
        after = [i for i in candidates if i > date_at]
        before = [i for i in candidates if i < date_at]
        if after:
            return (before[0] if before else None), after[0]
        if len(before) >= 2:
            return before[0], before[-1]
        return (before[0] if before else None), None
    if len(candidates) >= 2:
        return candidates[0], candidates[-1]
    return None, (candidates[0] if candidates else None)


def _summary(lines: list[Segment], words: list[str], kinds: list[str], index: int, brief: Brief) -> int:
    """A "Summary" block: its paragraphs up to the first section heading (one paragraph when
    no heading follows, so a summary never swallows the brief)."""
    end = index
    while end < len(lines) and kinds[end] not in ("heading", "title") and not (
        kinds[end] == "line" and looks_like_heading(words[end])
    ):
        end += 1
    if end == len(lines):
        end = min(index + 1, len(lines))
    brief.bluf.extend(lines[index:end])
    return end
