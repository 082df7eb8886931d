"""Readers for the UN consolidated list and the OFAC SDN list.

Each reader turns one raw file into `Record`s, keeping every alias with its
provenance and quality; nothing is filtered for safety here (policy.py does that).
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import countrynames

from .records import Alias, Record
from .text import invert_name, is_latin, split_acronym, squash

OFAC_TERROR_PROGRAMS = frozenset({"SDGT", "FTO"})


def _iso3(country: str | None) -> str | None:
    code = countrynames.to_code_3(country) if country else None
    return code if code and len(code) == 3 else None


def _years(text: str) -> set[int]:
    return {int(y) for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", text)}


# ---------------------------------------------------------------- UN


def _un_alias_quality(raw: str | None) -> str:
    # Entities mark aliases 'a.k.a.'/'f.k.a.', individuals 'Good'/'Low'.
    return "low" if (raw or "").strip().lower() == "low" else "good"


def _latin_in_parentheses(text: str) -> list[str]:
    """'أبو بكر البغدادي (Abu Bakr al-Baghdadi; Abu Bakr)' -> the Latin spellings."""
    inner = re.findall(r"\(([^()]*)\)", text)
    return [squash(p) for part in inner for p in part.split(";") if squash(p) and is_latin(p)]


def _un_common(elem: ET.Element, rec: Record, alias_tag: str) -> None:
    for alias in elem.iter(alias_tag):
        text = squash(alias.findtext("ALIAS_NAME") or "")
        if text:
            quality = _un_alias_quality(alias.findtext("QUALITY"))
            rec.aliases.append(Alias(text, f"un:{rec.ident}", quality))
            if not is_latin(text):  # an original-script alias may carry its transliterations
                rec.aliases += [
                    Alias(t, f"un:{rec.ident}", quality) for t in _latin_in_parentheses(text)
                ]
    original = squash(elem.findtext("NAME_ORIGINAL_SCRIPT") or "")
    if original:
        rec.aliases.append(Alias(original, f"un:{rec.ident}", "good"))


def read_un(path: Path) -> list[Record]:
    """UN SC consolidated list XML -> GROUP records (entities) and PERSON records."""
    root = ET.parse(path).getroot()
    records: list[Record] = []
    for ent in root.iter("ENTITY"):
        ref = squash(ent.findtext("REFERENCE_NUMBER") or "")
        name, extra = split_acronym(squash(ent.findtext("FIRST_NAME") or ""))
        rec = Record("GROUP", "un", ref, name)
        rec.add_ref("un", ref)
        rec.aliases.append(Alias(name, f"un:{ref}", "name"))
        rec.aliases.extend(Alias(x, f"un:{ref}", "good") for x in extra)
        _un_common(ent, rec, "ENTITY_ALIAS")
        for addr in ent.iter("ENTITY_ADDRESS"):
            if code := _iso3(addr.findtext("COUNTRY")):
                rec.countries.add(code)
        records.append(rec)
    for ind in root.iter("INDIVIDUAL"):
        ref = squash(ind.findtext("REFERENCE_NUMBER") or "")
        parts = [
            ind.findtext(t) or ""
            for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
        ]
        name = squash(" ".join(parts))
        rec = Record("PERSON", "un", ref, name)
        rec.add_ref("un", ref)
        rec.aliases.append(Alias(name, f"un:{ref}", "name"))
        _un_common(ind, rec, "INDIVIDUAL_ALIAS")
        for dob in ind.iter("INDIVIDUAL_DATE_OF_BIRTH"):
            rec.birth_years |= _years(" ".join(dob.itertext()))
        for nat in ind.iter("NATIONALITY"):
            for value in nat.iter("VALUE"):
                if code := _iso3(value.text):
                    rec.countries.add(code)
        records.append(rec)
    return records


# ---------------------------------------------------------------- OFAC


def _programs(cell: str) -> set[str]:
    # The csv strips the outer brackets: 'IRAN] [SDGT] [IRGC' -> {IRAN, SDGT, IRGC}.
    return {p.strip(" []") for p in cell.split("] [")}


def _ofac_text(name: str, person: bool) -> str:
    return invert_name(name) if person else squash(name)


def _cell(value: str) -> str:
    value = value.strip()
    return "" if value == "-0-" else value


def read_ofac(sdn: Path, alt: Path) -> list[Record]:
    """OFAC SDN (latin-1, no header) -> records for [SDGT]/[FTO] entities and individuals.

    Names of individuals are 'LAST, First'; they are turned to 'First LAST' here
    so every later step sees natural order. Quoted a.k.a.s in the remarks column
    are OFAC's weak aliases and get quality 'low'.
    """
    records: dict[str, Record] = {}
    with open(sdn, encoding="latin-1", newline="") as fh:
        for row in csv.reader(fh):
            if len(row) < 12 or not (_programs(row[3]) & OFAC_TERROR_PROGRAMS):
                continue
            kind = _cell(row[2])
            if kind not in ("", "individual"):
                continue  # vessels and aircraft are not actors
            person = kind == "individual"
            ent, remarks = row[0].strip(), _cell(row[11])
            name = _ofac_text(row[1], person)
            name, extra = (name, []) if person else split_acronym(name)
            rec = Record("PERSON" if person else "GROUP", "ofac", ent, name)
            rec.add_ref("ofac", ent)
            src = f"ofac:{ent}"
            rec.aliases.append(Alias(name, src, "name"))
            rec.aliases.extend(Alias(x, src, "good") for x in extra)
            for part in remarks.split(";"):
                # Greedy up to the segment's last quote: names hold apostrophes.
                if weak := re.match(r"\s*a\.k\.a\. '(.+)'\.?\s*$", part):
                    rec.aliases.append(Alias(_ofac_text(weak.group(1), person), src, "low"))
            for dob in re.findall(r"DOB ([^;]+)", remarks):
                rec.birth_years |= _years(dob)
            for nat in re.findall(r"(?:nationality|citizen) ([^;]+)", remarks):
                if code := _iso3(nat):
                    rec.countries.add(code)
            records[ent] = rec
    with open(alt, encoding="latin-1", newline="") as fh:
        for row in csv.reader(fh):
            if len(row) < 4 or row[0].strip() not in records:
                continue
            rec = records[row[0].strip()]
            text = _ofac_text(row[3], rec.label == "PERSON")
            text, extra = (text, []) if rec.label == "PERSON" else split_acronym(text)
            for t in [text, *extra]:
                rec.aliases.append(Alias(t, f"ofac:{rec.ident}", "good"))
    return list(records.values())


# ---------------------------------------------------------------- name parts (names lexicon)


def un_name_fields(path: Path) -> list[tuple[list[str], set[str]]]:
    """UN individuals as their four name fields (FIRST_NAME ... FOURTH_NAME, empty ones
    dropped) with their nationalities (ISO alpha-3), for splitting given from family names."""
    root = ET.parse(path).getroot()
    out = []
    for ind in root.iter("INDIVIDUAL"):
        fields = [squash(ind.findtext(t) or "") for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
        nations = {code for nat in ind.iter("NATIONALITY") for v in nat.iter("VALUE") if (code := _iso3(v.text))}
        if any(fields):
            out.append(([f for f in fields if f], nations))
    return out


def ofac_person_names(sdn: Path, alt: Path) -> list[tuple[str, str]]:
    """(family, given) of every OFAC individual, all programmes, from the primary name and
    the 'LAST, First' aliases; a name without the comma cannot be split and is left out."""
    people: set[str] = set()
    out = []
    with open(sdn, encoding="latin-1", newline="") as fh:
        for row in csv.reader(fh):
            if len(row) >= 3 and _cell(row[2]) == "individual":
                people.add(row[0].strip())
                out.append(row[1])
    with open(alt, encoding="latin-1", newline="") as fh:
        out += [row[3] for row in csv.reader(fh) if len(row) >= 4 and row[0].strip() in people]
    pairs = []
    for name in out:
        if name.count(",") == 1:
            family, given = (squash(p) for p in name.split(","))
            if family and given:
                pairs.append((family, given))
    return pairs
