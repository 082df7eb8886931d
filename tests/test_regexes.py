"""REGEX values in token patterns: refused when invalid or when they can backtrack catastrophically."""

from __future__ import annotations

import re
import time

import pytest

from pipeline.regexes import UnsafeRegex, check_regex, pattern_regexes

REFUSED = [
    ("nested-plus", r"(a+)+$", "a repeat of variable count inside another repeat"),
    ("nested-star", r"(a*)*", "a repeat of variable count inside another repeat"),
    ("word-space-list", r"(\w+\s?)+$", "a repeat of variable count inside another repeat"),
    ("optional-inside", r"(a?)+", "a repeat of variable count inside another repeat"),
    ("deeper-nesting", r"((ab)+c?)+", "a repeat of variable count inside another repeat"),
    ("inside-lookahead", r"(?=(a+)+)", "a repeat of variable count inside another repeat"),
    ("same-alternatives", r"(a|a)+$", "alternatives inside a repeat that can match the same characters"),
    ("overlapping-alternatives", r"(ab|\wb)+$", "alternatives inside a repeat that can match the same characters"),
    ("prefix-alternatives", r"(a|aa)+$", "alternatives of different lengths inside a repeat"),
    ("unclosed", "(unclosed", "invalid regular expression '(unclosed': missing ), unterminated subpattern"),
    ("bad-escape", r"\p{L}+", "invalid regular expression"),
]

ACCEPTED = [
    ("bounded-class", r"^[A-Z]{2,5}$"),
    ("fixed-group", r"(?:ab)+"),
    ("possessive", r"(?:\w++,)+"),
    ("atomic", r"(?>a+)+"),
    ("exclusive-alternatives", r"(?:cat|car)+"),
    ("merged-into-a-class", r"(\d|\w)*x"),
    ("prefix-word", r"^al-[A-Z]\w+$"),
    ("fixed-count-inside", r"(?:a{3})+"),
    ("number", r"\d+\.\d+"),
    ("case-insensitive", r"(?i)^(?:isis|isil)$"),
    ("optional-title", r"^(?:Mr|Dr)\.?$"),
]


@pytest.mark.parametrize("source,reason", [c[1:] for c in REFUSED], ids=[c[0] for c in REFUSED])
def test_regexes_refused(source, reason):
    with pytest.raises(UnsafeRegex) as info:
        check_regex(source)
    assert reason in str(info.value)


@pytest.mark.parametrize("source", [c[1] for c in ACCEPTED], ids=[c[0] for c in ACCEPTED])
def test_regexes_accepted(source):
    check_regex(source)


@pytest.mark.parametrize("source", [r"(a+)+$", r"(a|a)+$", r"(ab|\wb)+$"], ids=["nested", "same", "overlapping"])
def test_regexes_refused_shapes_really_blow_up(source):
    # What the check refuses grows exponentially: 4 more characters cost 4x or more.
    def cost(n: int) -> float:
        text = ("ab" if "b" in source else "a") * n + "!"
        started = time.perf_counter()
        re.search(source, text)
        return time.perf_counter() - started

    assert cost(20) > 4 * cost(16) > 0


def test_regexes_found_at_any_depth():
    pattern = [{"TEXT": {"REGEX": "a"}}, {"_": {"ext": {"REGEX": "b"}}}, {"LOWER": {"IN": ["c"]}}]
    assert list(pattern_regexes(pattern)) == ["a", "b"]
