"""Reader for PETRARCH2 actor dictionaries (Phoenix.*.actors.txt).

Format: one actor per block. A block starts with a head phrase in column 0,
'+' lines are synonyms of the head, and '[CODE]' or '[CODE yymmdd-yymmdd]'
(on the head line or indented below it) carry CAMEO codes with date ranges.
Words are joined by '_'; '#' starts a comment.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from .records import Alias, Record
from .text import key, split_acronym, squash

_CODE = re.compile(r"\[([^\]]*)\]")


@dataclass
class Code:
    code: str
    start: str | None = None  # ISO date
    end: str | None = None
    dated: bool = False


@dataclass
class Block:
    head: str
    synonyms: list[str] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)
    comment: str = ""
    line: int = 0


def parse_date(raw: str) -> str | None:
    """PETRARCH date -> ISO. 'yymmdd' (00-30 -> 20yy, else 19yy, as TABARI) or 'yyyymmdd'."""
    raw = raw.strip()
    if len(raw) == 6:
        yy = int(raw[:2])
        raw = ("20" if yy <= 30 else "19") + raw
    if len(raw) != 8 or not raw.isdigit():
        return None
    try:
        return dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:])).isoformat()
    except ValueError:
        return None


def parse_code(text: str) -> Code | None:
    m = re.fullmatch(r"\s*([A-Z]{3,})\s*(.*?)\s*", text)
    if not m:
        return None
    code, rest = m.group(1), m.group(2).replace(" ", "")
    if not rest:
        return Code(code)
    if rest.startswith(">"):
        return Code(code, parse_date(rest[1:]), None, True)
    if rest.startswith("<"):
        return Code(code, None, parse_date(rest[1:]), True)
    start, _, end = rest.partition("-")
    return Code(code, parse_date(start), parse_date(end) if end else None, True)


def phrase(raw: str) -> str:
    """'ISLAMIC_ARMY_OF_ADEN_(IAA)_' -> 'ISLAMIC ARMY OF ADEN (IAA)'."""
    raw = re.sub(r'"[^"]*"', " ", raw)  # quoted nicknames inside heads
    return squash(raw.replace("_", " "))


def parse(text: str) -> list[Block]:
    blocks: list[Block] = []
    cur: Block | None = None
    for n, raw in enumerate(text.splitlines(), 1):
        body, _, comment = raw.partition("#")
        if not body.strip():
            continue
        codes = [c for c in (parse_code(x) for x in _CODE.findall(body)) if c]
        body = _CODE.sub(" ", body)
        if raw[:1] in " \t" and not body.strip().startswith("+"):
            if cur:
                cur.codes += codes
            continue
        if body.lstrip().startswith("+"):
            if cur:
                # A few lines hold two synonyms glued with '+'.
                cur.synonyms += [phrase(p) for p in body.split("+") if phrase(p)]
                cur.codes += codes
            continue
        cur = Block(phrase(body), [], codes, comment.strip(), n)
        blocks.append(cur)
    return [b for b in blocks if b.head]


# ------------------------------------------------------------ classification

GROUP_WORDS = frozenset(
    """army armies front brigade brigades battalion battalions movement group groups
    organization organisation organizations party jihad liberation commando commandos
    cell cells faction forces force council league network mujahideen mujahidin
    mujahedin harakat harakut harkat jamaat jemaah jamaah jamaa jamiat company union
    committee resistance revolutionary guerrilla guerrillas fighters squad squads
    command federation association society foundation youth nuclei units unit
    alliance coalition militia militias taliban hamas hezbollah hizballah tanzim
    lashkar jaish sipah ansar fatah intifada revolution republican separatists
    underground legion guard guards corps martyrs mujahid""".split()
)
PERSON_CUES = ("leader", "member", "bomb maker", "alias of", "commander", "founder", "chief")
PERSON_TITLES = ("COMMANDER ", "EMIR ", "SHEIKH ", "EXTREMIST ")
# a kunya ('father of', 'mother of') opens a person's name: the file lists Abu Ayyub al-Masri
# and Abu Hussain among the groups they belonged to (a group's name says so with a group word)
KUNYA = frozenset({"abu", "abou", "umm", "um"})

ROLE_NAMES = {
    "GOV": "government",
    "ELI": "elite",
    "MIL": "military",
    "REB": "rebel",
    "OPP": "opposition",
    "LEG": "legislature",
    "JUD": "judiciary",
    "COP": "police",
    "SPY": "intelligence",
    "BUS": "business",
    "MED": "media",
    "EDU": "education",
    "HLH": "health",
    "AGR": "agriculture",
    "LAB": "labour",
    "REF": "refugees",
    "ENV": "environment",
    "HRI": "human rights",
    "DEV": "development",
    "MUS": "religious affairs",
    "CVL": "civilian",
    "CRM": "criminal",
    "PTY": "party",
    "UAF": "armed forces",
    "SEP": "separatist",
    "INS": "insurgent",
    "RAD": "radical",
    "MOD": "moderate",
    "UNR": "unrecognised",
    "OCC": "occupied",
    "IGO": "igo",
    "NGO": "ngo",
}


def role_of(code: Code) -> dict:
    """'AFGGOVAGR' dated -> {'role': 'government (agriculture)', 'of': 'AFG', ...}."""
    head, rest = code.code[:3], code.code[3:]
    parts = [
        ROLE_NAMES.get(rest[i : i + 3], rest[i : i + 3].lower()) for i in range(0, len(rest), 3)
    ]
    role = parts[0] if parts else "member"
    if len(parts) > 1:
        role += " (" + ", ".join(parts[1:]) + ")"
    return {"role": role, "of": head, "start": code.start, "end": code.end}


def _words(text: str) -> set[str]:
    return set(key(text).split())


def is_person_block(block: Block, person_keys: frozenset[str], given: frozenset[str]) -> bool:
    """Decide whether a militant-dictionary block is a person: the file mixes both,
    and people carry the code of their group. `person_keys` are name keys of people
    in the other lists, `given` the tokens that often start people's names there."""
    if _words(block.head) & GROUP_WORDS:
        return False
    first = key(block.head).split()[:1]
    if any(c.dated for c in block.codes) or block.head.startswith(PERSON_TITLES) or first and first[0] in KUNYA:
        return True
    if any(cue in block.comment.lower() for cue in PERSON_CUES):
        return True
    if any(key(x) in person_keys for x in [block.head, *block.synonyms]):
        return True
    return bool(first) and first[0] in given and len(key(block.head).split()) >= 2


# ------------------------------------------------------------ readers


def _aliases(texts: list[str], src: str, first_quality: str) -> list[Alias]:
    out: list[Alias] = []
    for i, text in enumerate(texts):
        name, extra = split_acronym(text)
        out.append(Alias(name, src, first_quality if i == 0 else "good"))
        out.extend(Alias(x, src, "good") for x in extra)
    return out


def _code_src(block: Block) -> str:
    codes = sorted({c.code for c in block.codes})
    return f"cameo:{codes[0]}" if codes else "cameo:NONE"


def read_groups(
    path: Path, person_keys: frozenset[str] = frozenset(), given: frozenset[str] = frozenset()
) -> list[Record]:
    """Phoenix.MilNonState -> GROUP records, and PERSON records for the people it lists."""
    text = path.read_text(encoding="utf-8", errors="replace")
    records: list[Record] = []
    for block in parse(text):
        person = is_person_block(block, person_keys, given)
        src = _code_src(block)
        label = "PERSON" if person else "GROUP"
        name = split_acronym(block.head)[0]
        rec = Record(label, "cameo", f"{src[6:]}:{key(name)}", name)
        rec.aliases = _aliases([block.head, *block.synonyms], src, "name")
        for code in block.codes:
            rec.add_ref("cameo", code.code)
            if person and code.dated:
                rec.roles.append(role_of(code))
        records.append(rec)
    return records


def _is_people_code(code: Code) -> bool:
    return len(code.code) > 3


def read_country_people(path: Path) -> list[Record]:
    """Phoenix.Countries -> PERSON records: blocks whose codes carry dated roles."""
    records: list[Record] = []
    text = path.read_text(encoding="utf-8", errors="replace")
    for block in parse(text):
        if not any(c.dated for c in block.codes) or not all(
            _is_people_code(c) for c in block.codes
        ):
            continue
        if _words(block.head) & (GROUP_WORDS | INSTITUTION_WORDS):
            continue
        src = _code_src(block)
        rec = Record("PERSON", "cameo", f"{src[6:]}:{key(block.head)}", block.head)
        rec.aliases = _aliases([block.head, *block.synonyms], src, "name")
        for code in block.codes:
            rec.add_ref("cameo", code.code)
            if code.dated:
                rec.roles.append(role_of(code))
        rec.countries.add(block.codes[0].code[:3])
        records.append(rec)
    return records


INSTITUTION_WORDS = frozenset(
    """ministry ministries government council kammer volkskammer parliament assembly
    administration cabinet office department agency court bank state national
    federation empire regime junta region province city district committee bureau
    republic kingdom commission senate house""".split()
)


def read_country_blocks(path: Path) -> list[Block]:
    """All blocks of Phoenix.Countries, for the state builder to pick country blocks from."""
    return parse(path.read_text(encoding="utf-8", errors="replace"))
