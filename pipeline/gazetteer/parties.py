"""Political parties from Party Facts (Döring and Regel), as entity patterns a brief about
the party's country can match.

Briefs name parties the sanctions and event lists never held ('Fidesz', 'RHDP', 'LIBRE',
'the Malawi Congress Party'), often by an acronym the brief never defines. Party Facts links
the party lists of political science into one core table of about 6,800 parties worldwide
(`import/elecglob/partyfacts-core-parties.csv` of github.com/hdigital/partyfactsdata, MIT).

Two steps, both deterministic:
- ``python -m pipeline.gazetteer --keep-parties-from RAW_CSV`` keeps the facts this project needs (country,
  id, short name, native and English names, years) of the parties active since 2000 and writes
  them to ``patterns/sources/parties.csv``; the raw file (with its descriptions) is read from
  wherever it was fetched to and never committed.
- the gazetteer build (``build.py``) turns those facts into ``generated/parties.jsonl`` with
  ``party_lines``, under this policy:
  - a party's name counts only in a brief about its country: every pattern carries the
    country's name and demonym words as its context, with ``brief_sentences`` (two sentences
    naming the country vouch for the name anywhere in the brief); English words and words of
    two countries' names are no country's ('central', 'south', 'african', 'sudan'), and a
    country left with none has no parties here;
  - exact case only ('LIBRE' the party, not 'libre');
  - a name the other lists or the hand-written patterns already hold is theirs ('Hezbollah',
    'Hamas'); a name two parties of one country share is no one's (parties of two countries
    sharing a name are told apart by their contexts);
  - a name of the words of party names only names a kind of party in many countries ('National
    Front', 'Democratic Party'): dropped (the name-shape rules read such names where a brief writes
    them); a single word must be no English word, place or person's name ('Fidesz', 'Amal'),
    unless it is the party's own name in its language and a word English rarely writes in
    either case ('Livre'; not 'Plaid', 'Reform', 'Unity', nor a translation: 'Fatherland');
    an acronym needs three letters;
  - a short name the list writes with a slash is also written with a hyphen ('CDS/PP',
    'CDS-PP').
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from .text import key, slug

FIELDS = ("country", "partyfacts_id", "name_short", "name", "name_english", "year_first", "year_last")
# the title of the party's English Wikipedia article: the name English writing uses ('Vente
# Venezuela', not the list's translation 'Come Venezuela'), kept as the actor's name
TITLE = "name_wikipedia"
ACTIVE_SINCE = 2000  # parties dissolved before are history, and their names others' now
BRIEF_SENTENCES = 2  # sentences naming the country that make a brief about it
# words every party list uses for a kind of party, not a party ('Party', 'Front', 'Union')
KIND_WORDS = frozenset({"party", "parti", "partido", "partei", "partij", "front", "union", "alliance", "movement",
                        "movimiento", "mouvement", "congress", "coalition", "rally", "league", "bloc", "list",
                        "national", "democratic", "people", "peoples", "popular", "socialist", "liberal",
                        "social", "new", "united", "republican", "progressive", "conservative", "green",
                        "greens", "labour", "labor", "workers", "communist", "christian", "democrats",
                        "independent", "independents", "citizens", "civic", "reform", "justice", "freedom",
                        "forces", "force", "for", "of", "the", "and", "de", "la", "el", "du", "des", "del"})
# words of a country's name that name a continent too ('South Africa', 'Saudi Arabia')
CONTINENTS = frozenset({"africa", "america", "americas", "asia", "europe", "oceania", "arabia"})
SEGMENT_SPLIT = re.compile(r"\s+[–—-]\s+|\s*/\s*|;\s*")
BRACKETED = re.compile(r"\[[^\[\]]*\]")
ACRONYM = re.compile(r"[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)*")


@dataclass(frozen=True)
class Party:
    country: str  # ISO 3166 alpha-3
    ident: str  # Party Facts id
    short: str
    name: str  # native (or romanised) name
    english: str
    title: str = ""  # its English Wikipedia article's title


def extract(raw: Path) -> list[dict[str, str]]:
    """The rows of Party Facts' core table worth keeping: real parties (not its technical
    rows: 'other', 'independent'), active since ACTIVE_SINCE, with the facts FIELDS only."""
    with raw.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    missing = [f for f in FIELDS if rows and f not in rows[0]]
    if missing:
        raise ValueError(f"{raw}: not Party Facts' core table (no column {', '.join(missing)})")
    kept = []
    for row in rows:
        last = (row["year_last"] or "").strip()
        if (row.get("technical") or "").strip() or len(row["country"]) != 3:
            continue
        if last and (not last.isdigit() or int(last) < ACTIVE_SINCE):
            continue
        fact = {f: " ".join((row[f] or "").split()) for f in FIELDS}
        fact[TITLE] = _wikipedia_title(row.get("wikipedia") or "")
        kept.append(fact)
    kept.sort(key=lambda r: (r["country"], int(r["partyfacts_id"])))
    return kept


def _wikipedia_title(url: str) -> str:
    """'https://en.wikipedia.org/wiki/Frente_Amplio_(Uruguay)' -> 'Frente Amplio' (English
    articles only; a disambiguating bracket dropped)."""
    match = re.fullmatch(r"https?://en\.wikipedia\.org/wiki/([^#?]+)", url.strip())
    if not match:
        return ""
    title = unquote(match.group(1)).replace("_", " ")
    return re.sub(r"\s*\([^()]*\)$", "", title).strip()


def write_facts(rows: list[dict[str, str]], out: Path) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=(*FIELDS, TITLE), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(buf.getvalue(), encoding="utf-8")


def read_parties(path: Path) -> list[Party]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [Party(r["country"], r["partyfacts_id"], r["name_short"], r["name"], r["name_english"],
                      r.get(TITLE) or "") for r in csv.DictReader(fh)]


def _surfaces(party: Party) -> list[str]:
    """A party's names as a brief may write them: its short name, native and English names,
    its Wikipedia title when made of those words, and each part of a name the list joins with
    a dash or a slash ('Fidesz – Magyar Polgári Szövetség' is also 'Fidesz')."""
    out: list[str] = []
    names = [party.short, party.name, party.english, _title_surface(party)]
    # a word the list brackets is one the name may go without: 'Déi Gréng [Alternativ]'
    names += [" ".join(BRACKETED.sub(" ", text).split()) for text in names if "[" in text]
    for text in names:
        hyphened = [text.replace("/", "-")] if "/" in text and " " not in text else []
        for part in [text, *hyphened, *SEGMENT_SPLIT.split(text)]:
            part = part.strip(" ,.")
            if part.startswith("The "):
                part = part[4:]  # 'The Left', 'The Way of Courage': a brief writes 'the' outside the name
            if part and part not in out and not any(ch in part for ch in "()[]"):
                out.append(part)
    return out


def _title_surface(party: Party) -> str:
    """The party's Wikipedia title as a name a brief may write, when it is made of the list's
    own words ('Likud' of 'HaLikud', 'Shas' of 'SHAS'); not an article about something else
    ('1960 Belgian Congo general election', a founder's name)."""
    own = " ".join((party.short, party.name, party.english)).lower()
    words = _words(party.title)
    if len(words) == 1:
        # one word: the short name, or glued inside a native word ('HaLikud'); not a word the
        # name has ('Kabataan' of 'Kabataan Partylist' is also inside longer names)
        word = words[0]
        glued = any(word in w and word != w for w in _words(party.name))
        return party.title if word == party.short.lower() or glued else ""
    return party.title if words and all(w in own for w in words) else ""


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^\w']+", text.lower()) if w]


def party_lines(parties: Iterable[Party], *, country_words: dict[str, tuple[str, ...]], taken: set[str],
                english: frozenset[str], is_place: Callable[[str], bool], is_name: Callable[[str], bool],
                ids_taken: set[str], rare: frozenset[str] = frozenset()) -> tuple[list[dict], Counter]:
    """The pattern lines of ``generated/parties.jsonl`` (see the module docstring) and a
    count of the names dropped, per reason. ``taken``: keys (text.key) of every surface the
    other lists and the hand-written patterns hold; ``is_place``/``is_name``: whether a key
    is a place's, or a word people are named by; ``rare``: the English words a party's own
    one-word name in its language may be."""
    dropped: Counter = Counter()
    # a country's context words must be its own: 'central' and 'african' vouch for no party of
    # the Central African Republic (nor 'african' for South Africa's), 'south' and 'sudan' none
    # of South Sudan's
    shared = Counter(w for ws in country_words.values() for w in set(ws))  # 'african', 'sudan', 'guinea'
    country_words = {c: tuple(w for w in ws if w not in english and shared[w] == 1 and w not in CONTINENTS)
                     for c, ws in country_words.items()}
    country_words = {c: ws for c, ws in country_words.items() if ws}
    # (country, key) -> the parties naming it, and those whose own name it is (not a part of
    # one: 'Fidesz' is Fidesz's, not the part of 'Fidesz – Hungarian Democratic Forum')
    claims: dict[tuple[str, str], set[str]] = defaultdict(set)
    own: dict[tuple[str, str], set[str]] = defaultdict(set)
    candidates: dict[tuple[str, str], list[str]] = {}
    by_party = {}
    for party in parties:
        if party.country not in country_words:
            dropped["country_unknown"] += 1
            continue
        ident = (party.country, party.ident)
        by_party[ident] = party
        candidates[ident] = []
        whole = {party.short, party.name, party.english}  # (a title is no party's own: two rows may share it)
        native = {party.short, *SEGMENT_SPLIT.split(party.short), party.name, *SEGMENT_SPLIT.split(party.name)}
        for text in _surfaces(party):
            reason = _unsafe(text, taken, english, is_place, is_name, set(country_words[party.country]),
                             rare if text.strip(" ,.") in native else frozenset())
            if reason:
                dropped[reason] += 1
                continue
            candidates[ident].append(text)
            claims[(party.country, key(text))].add(party.ident)
            if text in whole:
                own[(party.country, key(text))].add(party.ident)
    lines: list[dict] = []
    for ident in sorted(candidates):
        party = by_party[ident]
        surfaces = []
        for text in candidates[ident]:
            slot = (party.country, key(text))
            # a name two parties of one country share is no one's, unless it is one's own name
            # and only a part of the other's (parties of other countries are told apart by the
            # brief's country: their contexts)
            if len(claims[slot]) > 1 and own[slot] != {party.ident}:
                dropped["shared_by_parties"] += 1
            elif text not in surfaces:
                surfaces.append(text)
        if not surfaces:
            continue
        name = party.title or party.english.split(" / ")[0].strip() or party.name
        actor_id = f"group:{slug(name)}-{party.country.lower()}"
        while actor_id in ids_taken:
            actor_id += "-party"
        ids_taken.add(actor_id)
        context = list(country_words[party.country])
        for n, text in enumerate(sorted(surfaces, key=lambda s: (s != name, s))):
            # a name in its own language, no word of it English, is the party's however a
            # brief cases it ('déi gréng', as the party writes itself); an English one is not
            # ('the democratic party' is any)
            words = _words(text)
            case = "insensitive" if len(words) >= 2 and not any(w in english for w in words) else "exact"
            line = {"brief_sentences": BRIEF_SENTENCES, "case": case, "context": context, "id": actor_id,
                    "label": "GROUP", "pattern": text, "source": [f"partyfacts:{party.ident}"]}
            if n == 0:
                line.update(name=name, refs={"partyfacts": [party.ident]})
            lines.append(line)
    return lines, dropped


def _unsafe(text: str, taken: set[str], english: frozenset[str], is_place: Callable[[str], bool],
            is_name: Callable[[str], bool], country: set[str], rare: frozenset[str]) -> str | None:
    """Why a party's name may not be matched (None: it may). ``rare``: English words this
    one-word name may still be (its own name, capitalised: 'Livre')."""
    k = key(text)
    words = _words(text)
    if len(text) < 3 or not k or not any(ch.isalpha() for ch in text):
        return "too_short"
    if len(text) > 80:
        return "too_long"
    if k in taken:
        return "held_by_another_list"
    if ACRONYM.fullmatch(text) and sum(ch.isupper() for ch in text) >= 2 and (
            len(words) == 1 or all(part.isupper() for part in text.split("-"))):
        # 'RHDP', 'LIBRE', 'SaS'; 'N-VA' (a hyphen makes no two words of an acronym)
        return "english_word" if len(words) == 1 and words[0] in english else None
    if len(words) == 1:
        word = words[0]
        if (word in english or text.lower() in english) and not (text[:1].isupper() and word in rare):
            return "english_word"
        if is_place(k) or word in country:
            return "place_name"
        if is_name(k):
            return "person_name"
        return None  # 'Fidesz', 'Vazrazhdane'
    if all(w in KIND_WORDS for w in words):
        # 'National Front', 'Democratic Party': a kind of party, many countries'; an English
        # word of no kind makes a name, matched only in its country and in its case ('Homeland
        # Union', 'Law and Justice', 'New Hope')
        return "english_words_only"
    if is_place(k):
        return "place_name"
    return None


def keep_facts(raw: Path, out: Path) -> int:
    """``python -m pipeline.gazetteer --keep-parties-from RAW_CSV``: write the facts kept from
    Party Facts' core table to ``out``; the exit status."""
    if not raw.is_file():
        print(f"error: no such file: {raw}", file=sys.stderr)
        return 2
    try:
        rows = extract(raw)
    except (ValueError, KeyError) as exc:
        print(f"error: {raw}: {exc}", file=sys.stderr)
        return 1
    write_facts(rows, out)
    print(f"{len(rows)} parties -> {out}", file=sys.stderr)
    return 0
