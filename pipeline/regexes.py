"""Regular expressions in token patterns: compiled at load, refused when they can backtrack
catastrophically.

spaCy's Matcher runs a ``{"REGEX": ...}`` predicate with Python's ``re`` on every token, and
``re`` backtracks: ``(a+)+$`` takes minutes on a token of 40 a's, during which nothing else
runs and no signal is looked at. Two ways out: run the regexes on a linear-time engine (RE2),
or refuse the shapes that backtrack exponentially. We refuse, because the regexes are run by
spaCy's Matcher, not by us: RE2 would mean replacing spaCy's predicate, and RE2 also drops
look-arounds and back-references that rule authors use. The shapes refused:

- **nested quantifiers**: a repeat of variable count inside another repeat, ``(a+)+``,
  ``(\\w+\\s?)*``, ``((ab)+c)+``;
- **ambiguous alternatives inside a repeat**: alternatives of different lengths (``(a|aa)+``,
  which is ``(aa?)+``) or that can match the same characters (``(a|a)+``, ``(ab|\\wb)+``).
  ``(\\d|\\w)*`` is fine: ``re`` turns it into one character class.

Both can be written safely, and the message says how: without the inner repeat, or with a
possessive quantifier (``a++``) or an atomic group (``(?>a+)``), which never backtrack into
what they matched (Python 3.11). This is a conservative check of the usual exponential
shapes, not a proof; what it misses (polynomial cases such as ``\\d+\\d+x``) is bounded by the
per-brief time limit of ``briefs extract``.
"""

from __future__ import annotations

import re
import re._constants as C  # the parser's own names: re._parser is what re.compile reads
import re._parser as sre
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT)
# Characters tried when asking whether two single-character matchers overlap: ASCII, Latin-1,
# and enough of the rest (Greek, Cyrillic, Arabic, CJK, spaces) for the categories to differ.
_SAMPLE = [chr(c) for c in (*range(0x250), *range(0x370, 0x530), *range(0x600, 0x700), 0x2000, 0x3000, 0x4E00)]


class UnsafeRegex(ValueError):
    """A regex that does not compile or can backtrack catastrophically; the message says why."""


def pattern_regexes(value: Any) -> Iterator[Any]:
    """Every ``{"REGEX": value}`` in a token pattern, at any depth (``{"_": {"ext": {...}}}``)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "REGEX":
                yield item
            else:
                yield from pattern_regexes(item)
    elif isinstance(value, list):
        for item in value:
            yield from pattern_regexes(item)


def check_regex(source: Any) -> None:
    """Raise UnsafeRegex when ``source`` is not a regex, does not compile, or can blow up."""
    if not isinstance(source, str):
        raise UnsafeRegex(f"REGEX must be a string, not {type(source).__name__}")
    try:
        re.compile(source)
    except re.error as exc:
        raise UnsafeRegex(f"invalid regular expression {source!r}: {exc}") from exc
    problem = _problem(sre.parse(source), inside_repeat=False)
    if problem:
        raise UnsafeRegex(f"regular expression {source!r} can backtrack catastrophically: {problem}")


def _problem(nodes: Any, *, inside_repeat: bool) -> str | None:
    for op, av in nodes:
        found = None
        if op in _REPEATS:
            low, high, body = av
            if inside_repeat and low != high:
                return ("a repeat of variable count inside another repeat; write it without the inner repeat, "
                        "or make that possessive ('a++') or atomic ('(?>a+)')")
            found = _problem(body, inside_repeat=inside_repeat or high > 1)
        elif op == C.POSSESSIVE_REPEAT:
            found = _problem(av[2], inside_repeat=False)  # never backtracked into
        elif op == C.ATOMIC_GROUP:
            found = _problem(av, inside_repeat=False)
        elif op == C.SUBPATTERN:
            found = _problem(av[3], inside_repeat=inside_repeat)
        elif op == C.BRANCH:
            alternatives = [sre.SubPattern(sre.State(), list(alt)) for alt in av[1]]
            if inside_repeat:
                found = _ambiguous(alternatives)
            found = found or next((p for alt in alternatives if (p := _problem(alt, inside_repeat=inside_repeat))),
                                  None)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            found = _problem(av[1], inside_repeat=inside_repeat)
        elif op == C.GROUPREF_EXISTS:
            found = next((p for alt in av[1:] if alt and (p := _problem(alt, inside_repeat=inside_repeat))), None)
        if found:
            return found
    return None


def _ambiguous(alternatives: list[Any]) -> str | None:
    """Alternatives inside a repeat. ``re`` factors common prefixes out first, so ``(a|aa)+``
    arrives as ``a(|a)``: alternatives of different lengths make the repeated part variable,
    as ``(aa?)+`` is; alternatives of one length that can match the same characters
    (``(a|a)``, ``(ab|\\wb)``) give the repeat two ways through every step."""
    widths = {alt.getwidth() for alt in alternatives}
    if len(widths) > 1:
        return ("alternatives of different lengths inside a repeat; write them so that one repeat step "
                "cannot match what two steps match, or make the group atomic ('(?>a|aa)')")
    for i, first in enumerate(alternatives):
        for second in alternatives[i + 1:]:
            if _same_characters(list(first), list(second)):
                return ("alternatives inside a repeat that can match the same characters; make them exclusive, "
                        "or make the group atomic ('(?>ab|\\wb)')")
    return None


def _same_characters(first: list[Any], second: list[Any]) -> bool:
    """Whether two runs of one-character matchers can match one string (empty runs can)."""
    if len(first) != len(second):
        return False
    for a, b in zip(first, second, strict=True):
        match_a, match_b = _char_matcher(a), _char_matcher(b)
        if match_a is None or match_b is None or not _overlap(match_a, match_b):
            return False
    return True


def _char_matcher(node: Any) -> Callable[[str], bool] | None:
    """A predicate for a node that matches exactly one character, or None."""
    op, av = node
    if op == C.LITERAL:
        return lambda ch: ord(ch) == av
    if op == C.NOT_LITERAL:
        return lambda ch: ord(ch) != av
    if op == C.ANY:
        return lambda ch: ch != "\n"
    if op == C.IN:
        return _class_matcher(av)
    return None


def _class_matcher(items: Any) -> Callable[[str], bool]:
    negate = any(op == C.NEGATE for op, _ in items)
    tests: list[Callable[[str], bool]] = []
    for op, av in items:
        if op == C.LITERAL:
            tests.append(lambda ch, code=av: ord(ch) == code)
        elif op == C.RANGE:
            tests.append(lambda ch, low=av[0], high=av[1]: low <= ord(ch) <= high)
        elif op == C.CATEGORY:
            tests.append(_CATEGORIES.get(av, lambda ch: True))
    return lambda ch: any(test(ch) for test in tests) != negate


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or unicodedata.category(ch) == "Mn"


_CATEGORIES: dict[Any, Callable[[str], bool]] = {
    C.CATEGORY_DIGIT: str.isdecimal,
    C.CATEGORY_NOT_DIGIT: lambda ch: not ch.isdecimal(),
    C.CATEGORY_SPACE: str.isspace,
    C.CATEGORY_NOT_SPACE: lambda ch: not ch.isspace(),
    C.CATEGORY_WORD: _is_word,
    C.CATEGORY_NOT_WORD: lambda ch: not _is_word(ch),
}


def _overlap(first: Callable[[str], bool], second: Callable[[str], bool]) -> bool:
    return any(first(ch) and second(ch) for ch in _SAMPLE)
