"""Dates as briefs write them -> ISO 8601.

Accepted: ISO ("2025-11-14", also "2025/11/14"), day-month ("14 November 2025", "14 Nov 2025", "14th Nov. 2025"),
month-day ("November 14, 2025", "Nov. 14 2025"), each with an optional weekday in front
("Friday, 14 November 2025", "Fri 14 Nov 2025"). Numeric forms such as 03/04/2025 are not
accepted: day-first and month-first briefs write them alike, and a wrong date is worse than none.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = (r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            r"|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?,?\s+)?")
FORMS = tuple(
    re.compile(_WEEKDAY + form + r"(?![\w-])", re.IGNORECASE)
    for form in (
        r"(?P<year>\d{4})([-/])(?P<mon>\d{2})\2(?P<day>\d{2})",  # '2026-04-18', '2026/04/18' (year first: one reading)
        _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR,
        _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR,
    )
)


def match_date(text: str, pos: int = 0) -> tuple[str, int] | None:
    """(ISO date, end offset) of a date starting exactly at ``pos``, or None."""
    for form in FORMS:
        match = form.match(text, pos)
        if match is None:
            continue
        groups = match.groupdict()
        month = int(groups["mon"]) if groups.get("mon") else MONTHS[groups["month"].lower()]
        try:
            day = date(int(groups["year"]), month, int(groups["day"]))
        except ValueError:  # 31 February: not a date
            continue
        return day.isoformat(), match.end()
    return None


def parse_date(text: str) -> str | None:
    """The ISO date when the whole string is one date (a final full stop allowed), else None."""
    cleaned = text.strip()
    cleaned = cleaned[:-1].rstrip() if cleaned.endswith(".") else cleaned
    found = match_date(cleaned)
    return found[0] if found and found[1] == len(cleaned) else None
