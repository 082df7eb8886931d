"""agents.json: PETRARCH2's role nouns (Phoenix.agents.txt, MIT) with their sector codes.

File format: `PHRASE {PLURALS} [CODE] # comment`. Words are joined by '_' (or a blank);
'{}' means "no plural" (police), '{X}' gives the plural, none means the regular one. A code
'~MIL' adds a sector after the actor's code (a military person of that actor), 'NGO~' puts
one before it (an organisation of that kind); a code may chain sectors ('~GOVMIL').
'!PERSON! = MAN, MEN, ...' defines a substitution: every listed word replaces the marker,
without plurals.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from .cameo import plural
from .jsonfile import Keyer
from .petrarch import ROLE_NAMES

# CAMEO sector codes the agents file uses that the actor reader has no name for.
SECTOR_NAMES = {
    **ROLE_NAMES,
    # Here MUS is a religion code like CHR and JEW, and UAF the CAMEO manual's "unaligned
    # armed forces" (militants, gunmen); ROLE_NAMES names them for people's dated roles.
    "MUS": "Muslim",
    "UAF": "unaligned armed forces",
    "REL": "religious",
    "CHR": "Christian",
    "CTH": "Catholic",
    "MAR": "Maronite",
    "PRO": "Protestant",
    "JEW": "Jewish",
    "HIN": "Hindu",
    "BUD": "Buddhist",
    "IMG": "international militarized group",
    "PPL": "people",
}


def _words(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split())


def parse_agents(text: str) -> tuple[list[dict], dict[str, list[int]]]:
    """Entries {phrase, plurals (None = regular), code, line}, and skipped line numbers by reason."""
    subs: dict[str, list[str]] = {}
    entries: list[dict] = []
    skipped: dict[str, list[int]] = defaultdict(list)
    for number, raw in enumerate(text.splitlines(), 1):
        body = raw.split("#", 1)[0].strip()
        if not body or body.startswith("<!"):
            continue
        if m := re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", body):
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        code = re.search(r"\[([^\]]*)\]\s*$", body)
        if not code:
            skipped["no_code"].append(number)
            continue
        body = body[: code.start()]
        plurals = None
        if m := re.search(r"\{([^}]*)\}", body):
            plurals = m.group(1).split()
            body = body[: m.start()] + body[m.end() :]
        marker = re.search(r"![A-Z]+!", body)
        if marker and marker.group(0) not in subs:
            skipped["undefined_substitution"].append(number)
            continue
        fills = subs[marker.group(0)] if marker else [None]
        for fill in fills:
            phrase = body.replace(marker.group(0), fill) if marker else body
            entries.append(
                {"phrase": _words(phrase), "plurals": [] if marker else plurals, "code": code.group(1).strip(),
                 "line": number}
            )
    return entries, dict(skipped)


def sectors(code: str) -> list[str]:
    bare = code.replace("~", "")
    return [bare[i : i + 3] for i in range(0, len(bare), 3)]


def build_agents(path: Path, keyer: Keyer, lemmas: dict[str, str]) -> tuple[dict, dict]:
    """agents.json and its report. ``lemmas``: the lemma lookup table, which tells a word that
    is already plural ('gunmen' -> 'gunman') from one that is not."""
    entries, skipped = parse_agents(path.read_text(encoding="utf-8", errors="replace"))
    agents: dict[str, dict] = {}

    def add(text: str, number: str, entry: dict, singular: str) -> None:
        k = keyer.key(text)
        if not k:
            return
        slot = agents.setdefault(k, {"codes": [], "sectors": [], "number": number, "singular": singular,
                                     "lines": []})
        if slot["number"] != number:
            slot["number"] = "both"
        if entry["code"] not in slot["codes"]:
            slot["codes"].append(entry["code"])
        slot["sectors"] = sorted(set(slot["sectors"]) | set(sectors(entry["code"])))
        slot["lines"] = sorted(set(slot["lines"]) | {entry["line"]})

    for entry in entries:
        phrase = entry["phrase"]
        words = phrase.split(" ")
        last = words[-1].lower()
        already_plural = lemmas.get(last, last) != last and not last.endswith("ing")
        singular = keyer.key(" ".join(words[:-1] + [lemmas[last]])) if already_plural else keyer.key(phrase)
        add(phrase, "plural" if already_plural else "singular", entry, singular)
        if entry["plurals"] is None and not already_plural:
            add(" ".join(words[:-1] + [plural(words[-1])]), "plural", entry, singular)
        for form in entry["plurals"] or []:
            add(_words(form), "plural", entry, singular)
    used = sorted({s for a in agents.values() for s in a["sectors"]})
    doc = {
        "description": "PETRARCH2's agent (role) nouns: key -> sector codes. Keys: the phrase's tokens "
        "folded with pipeline.fold.fold_word and patterns/lexicon/spelling.json, joined by a space; "
        "singular and plural forms each have a key ('number'; 'singular' is the singular's key). "
        "'codes' as written: '~MIL' adds a sector after the actor's code, 'NGO~' before it; 'lines': "
        "where the file has it. Built by `briefs patterns build`; do not edit.",
        "source": "petrarch2/Phoenix.agents.txt (MIT)",
        "sectors": {s: SECTOR_NAMES.get(s, s.lower()) for s in used},
        "agents": agents,
    }
    report = {
        "entries_read": len(entries),
        "keys": len(agents),
        "by_sector": {s: sum(1 for a in agents.values() if s in a["sectors"]) for s in used},
        "skipped": {reason: len(lines) for reason, lines in sorted(skipped.items())},
    }
    return doc, report
