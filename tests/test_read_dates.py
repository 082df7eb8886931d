from __future__ import annotations

import pytest

from pipeline.read.dates import match_date, parse_date

FORMS = [
    ("2025-11-14", "2025-11-14"),
    ("2025/11/14", "2025-11-14"),
    ("14 November 2025", "2025-11-14"),
    ("November 14, 2025", "2025-11-14"),
    ("14 Nov 2025", "2025-11-14"),
    ("Nov. 14, 2025", "2025-11-14"),
    ("14th November, 2025", "2025-11-14"),
    ("March 3rd, 2023", "2023-03-03"),
    ("Friday, 14 November 2025", "2025-11-14"),
    ("Fri 14 Nov 2025", "2025-11-14"),
    ("Friday, November 14, 2025", "2025-11-14"),
    ("SEPT 9 2023", "2023-09-09"),
    ("14 November 2025.", "2025-11-14"),
]


@pytest.mark.parametrize("raw,iso", FORMS, ids=[f[0] for f in FORMS])
def test_read_dates_forms_normalise_to_iso(raw, iso):
    assert parse_date(raw) == iso


NOT_DATES = [
    ("31 February 2025", "no such day"),
    ("2025-13-01", "no such month"),
    ("2025/11-14", "mixed separators"),
    ("03/04/2025", "numeric: day-first and month-first read alike"),
    ("14 November", "no year"),
    ("14 November 2025 and more", "more than a date"),
    ("Not a date", "words"),
    ("2025-11-14T10:00", "a timestamp, not a date"),
]


@pytest.mark.parametrize("raw,why", NOT_DATES, ids=[n[1] for n in NOT_DATES])
def test_read_dates_non_dates_give_none(raw, why):
    assert parse_date(raw) is None


def test_read_dates_match_at_a_position_gives_the_end():
    line = "NAIROBI, 3 March 2025 \u2014 Fighters"
    assert match_date(line, 9) == ("2025-03-03", 21)
    assert match_date(line, 0) is None
