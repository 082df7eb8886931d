"""STATE actors: the 193 UN member states (plus the two observer states and Taiwan).

Names come from pycountry (ISO 3166), long forms and demonyms from countrynames and
PETRARCH, and a short curated table for the English forms neither has ("U.S.",
"Britain", "Dutch"). Both list sources also hold cities and regions under a
country ("Kabul", "Texas"), so a candidate is only taken when it is recognisably
a form of the country's own name: a long form ("Federal Republic of Germany") or
a demonym built on the name's stem ("Afghan", "North Korean").
"""

from __future__ import annotations

import pycountry
from countrynames.data import DATA as COUNTRYNAMES

from .lexicon import lemma_forms
from .petrarch import Block
from .text import display, is_latin, key, squash

# ISO 3166 alpha-3 of the 193 UN member states.
UN_MEMBERS = tuple(
    """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH
BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP
CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU
GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ
KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS
MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN
PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC
SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO
TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split()
)
# Observer states and Taiwan: named in briefs as states, but not UN members.
NON_MEMBERS = ("PSE", "VAT", "TWN")

# Canonical English short names where pycountry's is a list form ("Korea, Republic of").
SHORT = {
    "BOL": "Bolivia",
    "BRN": "Brunei",
    "CIV": "Côte d'Ivoire",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "CZE": "Czechia",
    "FSM": "Micronesia",
    "GBR": "United Kingdom",
    "IRN": "Iran",
    "KOR": "South Korea",
    "LAO": "Laos",
    "MDA": "Moldova",
    "PRK": "North Korea",
    "PSE": "Palestine",
    "RUS": "Russia",
    "SYR": "Syria",
    "TUR": "Turkey",
    "TWN": "Taiwan",
    "TZA": "Tanzania",
    "USA": "United States",
    "VAT": "Holy See",
    "VEN": "Venezuela",
    "VNM": "Vietnam",
    "BHS": "Bahamas",
    "GMB": "Gambia",
    "NLD": "Netherlands",
}

# English forms neither package gives reliably; demonyms that are not stem+suffix.
CURATED_NAMES = {
    "USA": ["United States of America", "U.S.", "U.S.A.", "USA", "US", "America"],
    "GBR": [
        "UK",
        "U.K.",
        "Britain",
        "Great Britain",
        "United Kingdom of Great Britain and Northern Ireland",
    ],
    "CHN": ["People's Republic of China", "PRC"],
    "RUS": ["Russian Federation"],
    "PRK": ["DPRK", "Democratic People's Republic of Korea"],
    "KOR": ["Republic of Korea", "ROK"],
    "CIV": ["Cote d'Ivoire", "Ivory Coast"],
    "COD": ["DR Congo", "DRC", "Congo-Kinshasa"],
    "CAF": ["CAR"],
    "COG": ["Congo-Brazzaville"],
    "CZE": ["Czech Republic"],
    "SWZ": ["Swaziland"],
    "MKD": ["Macedonia"],
    "TUR": ["Türkiye", "Turkiye", "Republic of Turkey"],
    "TLS": ["East Timor"],
    "CPV": ["Cape Verde"],
    "NLD": ["The Netherlands", "Holland"],
    "MMR": ["Burma"],
    "VNM": ["Viet Nam"],
    "ARE": ["UAE", "U.A.E."],
    "BIH": ["Bosnia"],
    "SAU": ["Kingdom of Saudi Arabia"],
    "VAT": ["Vatican", "Vatican City"],
    "PSE": ["State of Palestine"],
    "KGZ": ["Kyrgyz Republic"],
    "BHS": ["The Bahamas"],
    "GMB": ["The Gambia"],
    "SYR": ["Syrian Arab Republic"],
    "LAO": ["Lao People's Democratic Republic"],
}
CURATED_DEMONYMS = {
    "USA": ["American", "Americans"],
    "GBR": ["British", "Briton", "Britons"],
    "NLD": ["Dutch"],
    "PRT": ["Portuguese"],
    "TGO": ["Togolese"],
    "COM": ["Comorian", "Comorians"],
    "LUX": ["Luxembourgish", "Luxembourger", "Luxembourgers"],
    "SYC": ["Seychellois"],
    "PER": ["Peruvian", "Peruvians"],
    "PAN": ["Panamanian", "Panamanians"],
    "MDV": ["Maldivian", "Maldivians"],
    "MKD": ["Macedonian", "Macedonians"],
    "SVN": ["Slovenian", "Slovenians", "Slovene", "Slovenes"],
    "BWA": ["Motswana", "Batswana"],
    "CHE": ["Swiss"],
    "FRA": ["French", "Frenchman", "Frenchmen"],
    "DNK": ["Danish", "Danes"],
    "FIN": ["Finnish", "Finns"],
    "POL": ["Polish"],
    "ESP": ["Spanish", "Spaniard", "Spaniards"],
    "GRC": ["Greek", "Greeks"],
    "IRL": ["Irish"],
    "ISL": ["Icelandic", "Icelander", "Icelanders"],
    "PHL": ["Filipino", "Filipinos", "Philippine"],
    "NZL": ["New Zealander", "New Zealanders"],
    "MDG": ["Malagasy"],
    "MLT": ["Maltese"],
    "MCO": ["Monegasque"],
    "SAU": ["Saudi", "Saudis"],
    "ARE": ["Emirati", "Emiratis"],
    "BIH": ["Bosnian", "Bosnians"],
    "CIV": ["Ivorian", "Ivorians"],
    "CZE": ["Czech", "Czechs"],
    "SVK": ["Slovak", "Slovaks"],
    "TUR": ["Turkish", "Turks"],
    "AZE": ["Azerbaijani", "Azeri"],
    "KGZ": ["Kyrgyz"],
    "TJK": ["Tajik"],
    "UZB": ["Uzbek"],
    "TKM": ["Turkmen"],
    "KAZ": ["Kazakh", "Kazakhstani"],
    "LAO": ["Laotian"],
    "MMR": ["Burmese"],
    "BGD": ["Bangladeshi"],
    "NPL": ["Nepali", "Nepalese"],
    "SWZ": ["Swazi"],
    "THA": ["Thai"],
    "TLS": ["Timorese"],
    "CPV": ["Cape Verdean"],
    "YEM": ["Yemeni", "Yemenis"],
    "BHR": ["Bahraini"],
    "ISR": ["Israeli", "Israelis"],
    "PSE": ["Palestinian", "Palestinians"],
    "TWN": ["Taiwanese"],
    "PRK": ["North Korean", "North Koreans"],
    "KOR": ["South Korean", "South Koreans"],
    "AFG": ["Afghan", "Afghans"],
    "PAK": ["Pakistani", "Pakistanis"],
    "NOR": ["Norwegian", "Norwegians"],
    "SWE": ["Swede", "Swedes", "Swedish"],
    "SOM": ["Somali", "Somalis"],
    "ARG": ["Argentine"],
    "CUB": ["Cuban", "Cubans"],
    "CRI": ["Costa Rican", "Costa Ricans"],
    "WSM": ["Samoan", "Samoans"],
    "BFA": ["Burkinabe"],
    "DOM": ["Dominican", "Dominicans"],
    "MNE": ["Montenegrin", "Montenegrins"],
    "HRV": ["Croat", "Croats"],
    "SRB": ["Serb", "Serbs"],
    "TTO": ["Trinidadian", "Trinidadians"],
    "OMN": ["Omani", "Omanis"],
    "QAT": ["Qatari", "Qataris"],
}
# Forms the sources attach to the wrong state or to two states.
EXCLUDE = {
    "COG": {"Congo"},
    "DMA": {"Dominican", "Dominicans"},
    "MRT": {"Mauritian", "Mauritians"},
    "TWN": {"Province of China Taiwan"},
    "USA": {"States of America"},
}

# Words a long form adds to a short name ("Islamic Republic of ...").
FORM_WORDS = frozenset(
    """the of and republic kingdom state states islamic federal democratic people's peoples
    united socialist arab plurinational bolivarian federative commonwealth principality grand
    duchy sultanate union independent cooperative co-operative hashemite oriental argentine
    great el la al popular""".split()
)
# Suffixes after a cut stem ('Afgh|an'); 'i' and 'en' only after the whole stem
# ('Pakistan|i', 'Niger|ien'), or 'Albani', 'Syrien' (other languages) would pass.
CUT_SUFFIXES = ("an", "ian", "ean", "ese", "ish", "ic", "ch", "er", "ot", "iot", "ite")
WHOLE_SUFFIXES = CUT_SUFFIXES + ("i", "ien", "en")

# Demonym-shaped names that are not this country (lists put them under it).
NOT_DEMONYMS = frozenset({"anglo", "english", "scottish", "welsh", "basque", "catalan", "kurdish"})


def _stems(short: str) -> list[str]:
    return [t for t in key(short).split() if t not in FORM_WORDS]


def _plural(word: str) -> str | None:
    if word.endswith("man"):
        return None  # 'Frenchman' -> 'Frenchmen' is listed by hand
    return word + "s" if word.endswith(("an", "i", "ot", "ite")) else None


def is_long_form(candidate: str, short: str) -> bool:
    """'Federal Republic of Germany' is a long form of 'Germany'; 'Berlin' is not."""
    cand, stem = key(candidate).split(), key(short).split()
    if not stem or len(cand) <= len(stem) or cand[-1] in ("of", "the"):
        return False  # 'Belarus Republic of' is a list's inverted form, not a name
    for i in range(len(cand) - len(stem) + 1):
        if cand[i : i + len(stem)] == stem:
            rest = cand[:i] + cand[i + len(stem) :]
            return all(w in FORM_WORDS for w in rest)
    return False


def is_demonym(candidate: str, short: str) -> bool:
    """'Afghan' for 'Afghanistan', 'North Korean' for 'North Korea', 'Salvadoran' for
    'El Salvador': the name's last stem word, cut, plus a demonym suffix."""
    cand, stems = key(candidate).split(), _stems(short)
    if not stems or len(cand) != len(stems) or cand[:-1] != stems[:-1]:
        return False
    word, stem = cand[-1], stems[-1]
    if word in NOT_DEMONYMS or word == stem or len(word) < 4:
        return False
    if word.endswith("s") and is_demonym(candidate[:-1], short):
        return True  # plural of an accepted demonym
    # The word minus its suffix must be the stem cut short ('Afgh|an', 'Mexic|an')
    # or the whole stem ('Pakistan|i'); misspellings ('Afghanastan') are neither.
    for suffix in WHOLE_SUFFIXES:
        base = word[: -len(suffix)]
        if not word.endswith(suffix) or len(base) < (3 if base == stem else 4):
            continue
        if base == stem or (suffix in CUT_SUFFIXES and stem.startswith(base)):
            return True
    return False


def _usable(text: str) -> bool:
    # The packages hold lower-case codes, commas ('London, United Kingdom') and scripts.
    return (
        bool(text)
        and is_latin(text)
        and text[:1].isupper()
        and not any(c.isdigit() or c in ",()/&;" for c in text)
    )


def _pretty(text: str) -> str:
    return display(text.replace(" (", " ").replace(")", ""))


def state_names(iso3: str) -> tuple[str, str]:
    country = pycountry.countries.get(alpha_3=iso3)
    name = SHORT.get(iso3) or getattr(country, "common_name", None) or country.name
    return name, country.alpha_2


def blocks_by_state(petrarch_blocks: list[Block]) -> dict[str, list[Block]]:
    """ISO alpha-3 -> the state's PETRARCH country blocks. A country's block is coded with
    its bare code, or (for states that were Soviet or Yugoslav republics) has the country's
    name as its head."""
    by_name = {key(state_names(c)[0]): c for c in UN_MEMBERS + NON_MEMBERS}
    by_code: dict[str, list[Block]] = {}
    for block in petrarch_blocks:
        codes = {c.code for c in block.codes}
        if len(codes) == 1 and len(next(iter(codes))) == 3:
            by_code.setdefault(next(iter(codes)), []).append(block)
        elif key(block.head) in by_name:
            by_code.setdefault(by_name[key(block.head)], []).append(block)
    return by_code


def build_states(petrarch_blocks: list[Block]) -> list[dict]:
    """One dict per state: iso3, alpha2, name, member, and names and demonyms as
    {surface: sources}."""
    by_code = blocks_by_state(petrarch_blocks)
    states = []
    for iso3 in sorted(UN_MEMBERS + NON_MEMBERS):
        country = pycountry.countries.get(alpha_3=iso3)
        name, alpha2 = state_names(iso3)
        names: dict[str, set[str]] = {}
        demonyms: dict[str, set[str]] = {}

        def add(bucket: dict, text: str, src: str) -> None:
            bucket.setdefault(squash(text), set()).add(src)

        add(names, name, f"iso3166:{iso3}")
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value and value not in EXCLUDE.get(iso3, ()) and "(" not in value:
                if ", " in value:  # 'Korea, Republic of' -> 'Republic of Korea'
                    head, _, tail = value.partition(", ")
                    value = f"{tail} {head}".removeprefix("The ").removeprefix("the ")
                value = value.removeprefix("the ")  # 'the State of Palestine': the article is no part of the name
                if value not in EXCLUDE.get(iso3, ()):
                    add(names, value, f"iso3166:{iso3}")
        for text in CURATED_NAMES.get(iso3, []):
            add(names, text, "curated")
        for text in CURATED_DEMONYMS.get(iso3, []):
            add(demonyms, text, "curated")
        shorts = [name] + [n for n in CURATED_NAMES.get(iso3, []) if " " not in n and len(n) > 4]
        candidates = [(t, f"countrynames:{alpha2}") for t in COUNTRYNAMES.get(alpha2, [])]
        for block in by_code.get(iso3, []):
            candidates += [(t, f"cameo:{iso3}") for t in [block.head, *block.synonyms]]
        for raw, src in candidates:
            text = _pretty(squash(raw))
            if not _usable(text) or text in EXCLUDE.get(iso3, ()):
                continue
            if any(key(text) == key(n) for n in names):
                add(names, next(n for n in names if key(n) == key(text)), src)
            elif is_long_form(text, name):
                add(names, text, src)
            elif any(is_demonym(text, s) for s in shorts):
                # countrynames mixes in other languages' names; PETRARCH is English.
                if src.startswith("cameo:") or text in lemma_forms():
                    add(demonyms, text, src)
        # Long forms are written with and without the article: 'Democratic Republic of the
        # Congo' and 'Democratic Republic of Congo', 'Republic of the Gambia' and 'Republic of Gambia'.
        for text in list(names):
            head, sep, tail = text.partition(" of the ")
            if sep and " of " not in tail:  # not 'Republic of Union of Myanmar'
                bare = f"{head} of {tail}"
                if key(bare) not in map(key, names):
                    add(names, bare, "derived")
        # Plurals the lists rarely spell out: 'Pakistani' -> 'Pakistanis'.
        for dem in list(demonyms):
            plural = _plural(dem)
            if plural and key(plural) not in map(key, demonyms):
                add(demonyms, plural, "derived")
        states.append(
            {
                "iso3": iso3,
                "alpha2": alpha2,
                "name": name,
                "member": iso3 in UN_MEMBERS,
                "names": names,
                "demonyms": demonyms,
            }
        )
    _settle_shared_demonyms(states)
    return states


def _prefix_len(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _closeness(dem_key: str, st: dict) -> tuple[float, str]:
    stem = "".join(_stems(st["name"])) or key(st["name"])
    return (_prefix_len(dem_key, stem) / len(stem), st["iso3"])


def _settle_shared_demonyms(states: list[dict]) -> None:
    """A demonym found under two states ('Mauritian') stays with the closer stem."""
    owners: dict[str, list[dict]] = {}
    for st in states:
        for dem in st["demonyms"]:
            owners.setdefault(key(dem), []).append(st)
    for dem_key, sts in owners.items():
        if len(sts) < 2:
            continue
        best = max(sts, key=lambda st, k=dem_key: _closeness(k, st))
        for st in sts:
            if st is not best:
                for dem in [d for d in st["demonyms"] if key(d) == dem_key]:
                    del st["demonyms"][dem]
