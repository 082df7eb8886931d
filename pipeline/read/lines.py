"""A brief's lines, and in hard-wrapped plain text the line breaks that only wrap a line.

E-mailed newsletters and plain-text bulletins break their paragraphs at about 75 characters. A
reader that took each line for a paragraph would cut sentences (and key-block items) at line
ends; the sentence splitter and the layout reader both read the wraps from here, so a brief's
sentences and its parts agree.
"""

from __future__ import annotations

import re

from pipeline.read.brief import Segment

# Characters a line is trimmed of at both ends: whitespace, and the BOM and zero-width
# characters, which are invisible (they stay in the text; the segments leave them out).
TRIM = " \t\f\v\u00a0\ufeff\u200b\u200c\u200d\u2060"
LINE_RE = re.compile(r"[^\r\n]+")  # lines end in LF, CRLF or a lone CR
# a rule drawn with characters ('-----', '=====', '* * *'): decoration, no line of the brief
RULE_LINE_RE = re.compile(r"^(?:[-=_*~\u2013\u2014\u2500\u2550]\s*){3,}$")


def lines_of(text: str) -> list[Segment]:
    """Non-blank lines as segments, without their line ending and surrounding spaces; a line
    that only draws a rule ('-----') is none."""
    out = []
    for match in LINE_RE.finditer(text):
        start, end = match.span()
        raw = text[start:end]
        lead = len(raw) - len(raw.lstrip(TRIM))
        trail = len(raw) - len(raw.rstrip(TRIM))
        if start + lead < end - trail and not RULE_LINE_RE.match(raw.strip(TRIM)):
            out.append(Segment(start + lead, end - trail))
    return out


# a hard-wrapped line: one line break after a line as long as a wrapped one that does not close
# a sentence, before a word in lower case (not a list marker: 'o ', 'a) ', 'iv. '), or, when it
# stops on a word that cannot end a sentence ('the', 'of', 'and') or a comma, before anything but
# a list item, an underline or a field ('Date:'); a title or a last line stops on a word of its
# own ('Syria presence', 'the next six months'), a table's cells are short
SOFT_WRAP = re.compile(r"[^.!?:;\s][ \t]*\r?\n[ \t]*(?=[a-z]|(?![-=*\u2022#>|]|\d+[.)]|[A-Z]{1,3}\d*[.)] "
                       r"|[A-Z][\w ]{0,20}:)\S)")
CLOSED = re.compile(r"""[.!?:;]["'\u2019\u201d)\]]*[ \t]*$""")
LIST_MARKER = re.compile(r"(?:o[ \t]|(?:[a-z]|[ivx]+)[.)][ \t])")  # not 'a battalion': a letter needs its '.' or ')'
OPEN_END = re.compile(r"(?:\b(?:a|an|the|of|to|in|on|at|by|for|from|with|into|and|or|but|nor|that|which|who|whose|"
                      r"as|than|its|their|his|her|is|are|was|were|has|have|had|will|would|not)|,)[ \t]*$")
WRAPPED_LINE = 60  # characters: headers and titles are shorter; a wrapped paragraph's lines are not
SHORT_WRAPPED_LINE = 40  # a line that stops on a comma or a function word before a lower-case one
# a text is hard-wrapped when at least this many long lines end within WRAP_SPREAD columns of
# each other, at no more than MAX_WRAP_WIDTH; a line within WRAP_SLACK of that width runs on
WRAPPED_LINES_NEEDED = 8
WRAP_SPREAD = 16
MAX_WRAP_WIDTH = 100
WRAP_SLACK = 12


def wrap_width(text: str) -> int | None:
    """The width a hard-wrapped text is wrapped at, or None: most of its long lines end within
    a few characters of the same column (a text written a paragraph per line has long lines
    of every length)."""
    lengths = sorted(n for n in (len(m.group().rstrip()) for m in LINE_RE.finditer(text)) if n >= 40)
    if len(lengths) < WRAPPED_LINES_NEEDED:
        return None
    low, high = lengths[len(lengths) // 4], lengths[(len(lengths) * 9) // 10]
    return high if high <= MAX_WRAP_WIDTH and high - low <= WRAP_SPREAD else None


def soft_wraps(text: str) -> set[int]:
    """Where the line breaks that only wrap a line start (see SOFT_WRAP and the module docstring)."""
    out = set()
    width: int | None | bool = False  # measured once, at the first line that needs it
    for m in SOFT_WRAP.finditer(text):
        brk = text.index("\n", m.start()) if "\r" not in m.group() else text.index("\r", m.start())
        line = text[text.rfind("\n", 0, m.start()) + 1 : brk]
        if CLOSED.search(line):
            continue  # '... a political settlement."'
        nxt = m.end()
        open_end = OPEN_END.search(line) is not None
        if text[nxt].islower() and not LIST_MARKER.match(text, nxt):
            wrapped = len(line) >= (SHORT_WRAPPED_LINE if open_end else WRAPPED_LINE)
        else:
            wrapped = open_end and len(line) >= WRAPPED_LINE
            if not wrapped and open_end and len(line) >= SHORT_WRAPPED_LINE and _inside_paragraph(text, m.start()):
                # in a text wrapped at a fixed width, a line cut short before a long name still
                # runs on when it stops on 'the' or 'with' ('who heads the\nConseil National ...'),
                # if the line before it is a wrapped line of the same paragraph (not a heading)
                if width is False:
                    width = wrap_width(text)
                wrapped = width is not None
        if not wrapped and len(line) >= WRAPPED_LINE:
            # in a text wrapped at a fixed width, a line that reaches it runs on ('accuses\nLos
            # Pulpos', 'on 28\nJanuary'), whatever word it stops on
            if width is False:
                width = wrap_width(text)
            wrapped = width is not None and len(line.rstrip()) >= width - WRAP_SLACK
        if wrapped:
            out.add(brk)
    return out


def _inside_paragraph(text: str, at: int) -> bool:
    """Whether the line holding ``at`` follows a line of WRAPPED_LINE characters or more (a
    paragraph's line, not a blank one or a short heading)."""
    start = text.rfind("\n", 0, at) + 1
    if start == 0:
        return False
    before = text.rfind("\n", 0, start - 1) + 1
    return len(text[before : start - 1].rstrip()) >= WRAPPED_LINE


def unwrapped(text: str) -> tuple[str, list[int]]:
    """The text with each line break that only wraps a line made a space, and where all the
    soft wraps are (``soft_wraps``, sorted: the sentence splitter reads them from here too).

    The tokenizer makes a line break a token of its own, which a rule's word sequence ('the
    PAIGC leader', 'agreed to share') does not cross; a space keeps the words together. One
    character for one keeps every offset; ``rewrapped`` gives the text back for the records.
    A CRLF wrap is left as it is: its two characters cannot become one space, and two spaces
    are a token of their own as well (so is the space a wrap after a trailing space leaves)."""
    wraps = sorted(soft_wraps(text))
    lf = [i for i in wraps if text[i] == "\n"]
    if not lf:
        return text, wraps
    chars = list(text)
    for i in lf:
        chars[i] = " "
    return "".join(chars), wraps


def rewrapped(text: str, wraps: list[int]) -> str:
    """``unwrapped``'s text with its line breaks back where ``wraps`` says they were (a CRLF
    wrap was never changed: its CR is still there)."""
    spaced = [i for i in wraps if text[i] == " "]
    if not spaced:
        return text
    chars = list(text)
    for i in spaced:
        chars[i] = "\n"
    return "".join(chars)


def one_line(name: str) -> str:
    """A name as one line: 'Quintino Na\\nBitchita' wrapped in a brief is 'Quintino Na Bitchita'."""
    return WRAP_RE.sub(" ", name) if "\n" in name else name


WRAP_RE = re.compile(r"[ \t]*\r?\n[ \t]*")


def logical_lines(text: str) -> list[Segment]:
    """The text's non-blank lines, a hard-wrapped paragraph's lines as one segment (which
    then holds the line breaks)."""
    soft = soft_wraps(text)
    out: list[Segment] = []
    start: int | None = None
    for seg in lines_of(text):
        first = seg.start if start is None else start
        brk = text.find("\n", seg.end)
        if brk in soft or brk - 1 in soft and text[brk - 1] == "\r":
            start = first
            continue
        out.append(Segment(first, seg.end))
        start = None
    return out
