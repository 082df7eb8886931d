"""Reader for PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.verbs.txt, MIT).

The file has two parts. Synonym sets first:

    &WEAPON            a set; a label ending in '_' means "no plurals for its members"
    +MACHINE_GUN       a member phrase ('_' joins words; a trailing '_' means "no plural")

then verb blocks:

    ---  ACCELERATE   [---]  ---       a block: its name and default code ('---': no event)
    HURRY {HURRIES HURRYING HURRIED }  a verb of the block with all its other forms
    ASK     [020]                      a verb with a code of its own
    +ASK_FOR {+ASKED_FOR ...} [020]    a phrasal verb: '+' marks the word that inflects
    - * AID            [070]  # RUSH   a pattern: words before '*' precede the verb, words
                                       after follow it; the comment names the verb it was
                                       written for

Inside a pattern, '(FOR X)' is a prepositional phrase, '{HUMANITARIAN AID}' a noun phrase
whose words are consecutive, '&SET' any member of a set, 'A/B' either word, '+' and '$'
where the target and the source stand, '%' an actor that is both, '^' "skip a phrase".
A code '[abc:xyz]' gives the event from source to target and back; '[:xyz]' only the event
from the target to the source.

This module only parses; what the entries mean for claims is decided in cues.py.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

NULL_CODE = "---"
MARKERS = {"+": "+", "$": "$", "%": "%"}  # target, source, both


class PatternSyntaxError(ValueError):
    """A pattern line this reader cannot read; the caller counts it as dropped."""


@dataclass(frozen=True)
class Code:
    code: str | None  # None for the null code '---'
    direction: str = "forward"  # forward | reverse (target acts on source) | mutual


@dataclass
class Verb:
    lemma: str  # lower case, words joined by a space for phrasal verbs ('ask for')
    word: str  # the inflecting word ('ask')
    forms: list[str] | None  # its other forms as listed ({...}, maybe empty); None: not listed
    before: list[str]  # particles before the inflecting word
    after: list[str]  # particles after it ('for')
    code: Code | None  # own code; None = the block's
    line: int
    text: str


@dataclass
class Pattern:
    before: list[list[str]]  # slots before the verb, each a list of alternative phrases
    after: list[list[str]]
    code: Code
    source_verb: str | None  # from the comment
    line: int
    text: str


@dataclass
class Block:
    name: str
    code: Code
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


@dataclass
class Dictionary:
    synsets: dict[str, list[str]]  # '&WEAPON' -> member phrases, plurals included
    blocks: list[Block]
    skipped: dict[str, list[int]]  # reason -> line numbers (malformed patterns, ...)


# ---------------------------------------------------------------- pieces


def parse_code(text: str) -> Code:
    """'190' -> forward 190; '050:050' -> mutual; ':173' -> reverse 173; '---' -> null."""
    text = text.strip()
    if text in ("", NULL_CODE):
        return Code(None)
    first, colon, second = text.partition(":")
    if not re.fullmatch(r"\d{2,4}", first or second) or (second and not re.fullmatch(r"\d{2,4}", second)):
        raise PatternSyntaxError(f"bad code [{text}]")
    if not first:
        return Code(second, "reverse")
    if colon and second == first:
        return Code(first, "mutual")
    return Code(first)


def plural(word: str) -> str:
    """PETRARCH's regular noun plural (on upper- or lower-case words)."""
    low = word.lower()
    if low.endswith("y") and low[-2:-1] not in tuple("aeiou"):
        return word[:-1] + ("IES" if word.isupper() else "ies")
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return word + ("ES" if word.isupper() else "es")
    return word + ("S" if word.isupper() else "s")


def _phrase(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split()).lower()


def _split_comment(raw: str) -> tuple[str, str]:
    body, _, comment = raw.partition("#")
    return body, comment.strip()


# ---------------------------------------------------------------- synsets


def _read_synset_member(raw: str, label: str, synsets: dict[str, list[str]], singular_of: Mapping[str, str]) -> None:
    """Add a member and, as PETRARCH does, its regular plural; not for a word that is already
    plural ('forces': ``singular_of`` is the lemma table) or has digits ('F-16')."""
    member = raw.strip()[1:].strip()
    if not member:
        return
    phrase = _phrase(member)
    members = synsets.setdefault(label.rstrip("_"), [])
    members.append(phrase)
    words = phrase.split(" ")
    last = words[-1]
    if (
        not label.endswith("_")
        and not member.endswith("_")
        and singular_of.get(last, last) == last
        and not any(ch.isdigit() for ch in last)
    ):
        members.append(" ".join(words[:-1] + [plural(last)]))


# ---------------------------------------------------------------- verbs


def _verb_word(token: str) -> tuple[list[str], str, list[str]]:
    """'+ASK_FOR' -> ([], 'ask', ['for']); 'RE_+ARREST' -> (['re'], 'arrest', []);
    'CLEAR_UP' (no '+') -> ([], 'clear', ['up'])."""
    parts = token.split("_")
    marked = [i for i, p in enumerate(parts) if p.startswith("+")]
    at = marked[0] if marked else 0
    words = [p.lstrip("+").lower() for p in parts]
    return [w for w in words[:at] if w], words[at], [w for w in words[at + 1 :] if w]


def parse_verb(raw: str, line: int) -> Verb | None:
    body, _ = _split_comment(raw)
    code = None
    if m := re.search(r"\[([^\]]*)\]\s*$", body):
        code = parse_code(m.group(1))
        body = body[: m.start()]
    forms_text = None
    if m := re.search(r"\{([^}]*)\}", body):
        forms_text = m.group(1)
        body = body[: m.start()] + body[m.end() :]
    tokens = body.split()
    if not tokens:
        return None
    before, word, after = _verb_word(tokens[0])
    forms = None if forms_text is None else [_verb_word(t)[1] for t in forms_text.split()]
    lemma = " ".join([*before, word, *after])
    return Verb(lemma, word, forms, before, after, code, line, raw.rstrip("\n"))


# ---------------------------------------------------------------- patterns


def _alternatives(token: str, synsets: dict[str, list[str]]) -> list[str]:
    """One pattern token -> the phrases it stands for."""
    out: list[str] = []
    for alt in token.split("/"):
        if alt.startswith("&"):
            label = alt.rstrip("_")
            if label not in synsets:
                raise PatternSyntaxError(f"undefined synset {alt}")
            out += synsets[label]
        elif alt:
            out.append(_phrase(alt))
    return out


def _join(left: list[str], right: list[str]) -> list[str]:
    return [f"{a} {b}" for a in left for b in right] if left else right


def pattern_slots(tokens: list[str], synsets: dict[str, list[str]]) -> list[list[str]]:
    """Pattern tokens -> slots: each slot is the list of phrases any one of which must be
    there, in order. Inside '{...}' a run of plain words is one phrase of consecutive words;
    a synset there is a slot of its own (joining it to the words around it would multiply
    the alternatives: '{&MILITARY &AIRCRAFT}' is 5,000 phrases). '(' and ')' only group."""
    slots: list[list[str]] = []
    run: list[str] | None = None  # alternatives of the plain words read so far inside '{...}'
    in_noun = False
    depth = 0
    for raw in tokens:
        token = raw
        while token.startswith("("):
            depth += 1
            token = token[1:]
        opens = token.startswith("{")
        token = token.lstrip("{")
        closes_paren = len(token) - len(token.rstrip(")"))
        token = token.rstrip(")")
        closes = token.endswith("}")
        token = token.rstrip("}")
        if any(ch in token for ch in "*{}()"):
            raise PatternSyntaxError(f"unreadable token {raw!r}")
        if opens:
            if in_noun:
                raise PatternSyntaxError("nested '{'")
            in_noun, run = True, None
        if token in MARKERS:
            if in_noun:
                raise PatternSyntaxError(f"marker {token!r} inside a noun phrase")
            slots.append([MARKERS[token]])
        elif token and token != "^":
            alts = _alternatives(token, synsets)
            if not in_noun:
                slots.append(alts)
            elif token.startswith("&"):
                if run:
                    slots.append(run)
                slots.append(alts)
                run = None
            else:
                run = _join(run or [], alts)
        if closes:
            if not in_noun:
                raise PatternSyntaxError("'}' without '{'")
            if run:
                slots.append(run)
            in_noun, run = False, None
        depth -= closes_paren
        if depth < 0:
            raise PatternSyntaxError("')' without '('")
    if in_noun or depth:
        raise PatternSyntaxError("unclosed '{' or '('")
    return slots


def parse_pattern(raw: str, line: int, synsets: dict[str, list[str]]) -> Pattern:
    body, comment = _split_comment(raw.rstrip("\n")[1:])
    m = re.search(r"\[([^\]]*)\]\s*$", body)
    if not m:
        raise PatternSyntaxError("no [code]")
    code = parse_code(m.group(1))
    tokens = body[: m.start()].split()
    if tokens.count("*") != 1:
        raise PatternSyntaxError("the verb '*' must stand alone, once")
    at = tokens.index("*")
    source_verb = None
    if comment and re.fullmatch(r"[A-Z][A-Z_-]*", comment.split()[0]):
        source_verb = comment.split()[0].lower().replace("_", " ")
    return Pattern(
        pattern_slots(tokens[:at], synsets),
        pattern_slots(tokens[at + 1 :], synsets),
        code,
        source_verb,
        line,
        raw.rstrip("\n"),
    )


# ---------------------------------------------------------------- file


def _lines(text: str):
    """(number, raw line) for lines that are not blank or comments."""
    for number, raw in enumerate(text.splitlines(), 1):
        stripped = raw.strip()
        if stripped and not stripped.startswith(("#", "<!")):
            yield number, raw


def read_synsets(text: str, singular_of: Mapping[str, str]) -> dict[str, list[str]]:
    """Every '&SET' with its '+' members. A set may be used before the line defining it,
    so the sets are read in a pass of their own."""
    synsets: dict[str, list[str]] = {}
    label: str | None = None
    for _, raw in _lines(text):
        if raw.startswith("&"):
            label = _split_comment(raw)[0].strip()
        elif raw.startswith("+") and label is not None:
            _read_synset_member(_split_comment(raw)[0], label, synsets, singular_of)
        else:
            label = None  # a block header or a verb line ends the set ('+ASK_FOR' is a verb)
    return synsets


def parse(text: str, singular_of: Mapping[str, str]) -> Dictionary:
    """The whole dictionary; ``singular_of`` (form -> lemma) keeps plurals of plurals out."""
    synsets = read_synsets(text, singular_of)
    blocks: list[Block] = []
    skipped: dict[str, list[int]] = {}
    block: Block | None = None
    in_synset = False
    for number, raw in _lines(text):
        if raw.startswith("&"):
            in_synset, block = True, None
        elif raw.startswith("+") and in_synset:
            continue
        elif raw.startswith("---"):
            in_synset = False
            m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", raw)
            block = Block(m.group(1).replace("_", " ").lower(), parse_code(m.group(2)), number) if m else None
            if block is None:
                skipped.setdefault("malformed_block", []).append(number)
            else:
                blocks.append(block)
        elif raw.startswith("~"):
            skipped.setdefault("transformation", []).append(number)
        elif block is None:
            skipped.setdefault("outside_block", []).append(number)
        elif raw.startswith("-"):
            try:
                block.patterns.append(parse_pattern(raw, number, synsets))
            except PatternSyntaxError as exc:
                reason = "undefined_synset" if "synset" in str(exc) else "malformed_pattern"
                skipped.setdefault(reason, []).append(number)
        elif verb := parse_verb(raw, number):
            block.verbs.append(verb)
    return Dictionary(synsets, blocks, skipped)
