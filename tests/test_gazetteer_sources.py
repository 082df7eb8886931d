"""Readers of the UN, OFAC and PETRARCH lists, on tiny hand-made fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.gazetteer import petrarch
from pipeline.gazetteer.sources import read_ofac, read_un
from pipeline.gazetteer.text import display, invert_name, key, slug, split_acronym

UN_XML = """<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2018-10-29">
 <INDIVIDUALS>
  <INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>AYMAN </FIRST_NAME><SECOND_NAME>MUHAMMED</SECOND_NAME>
   <THIRD_NAME>RABI</THIRD_NAME><FOURTH_NAME>AL-ZAWAHIRI</FOURTH_NAME>
   <REFERENCE_NUMBER>QDi.006 </REFERENCE_NUMBER>
   <NATIONALITY><VALUE>Egypt</VALUE></NATIONALITY>
   <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY>
    <ALIAS_NAME>Ayman al-Zawahari</ALIAS_NAME></INDIVIDUAL_ALIAS>
   <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Abu Mohammed</ALIAS_NAME></INDIVIDUAL_ALIAS>
   <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1951-06-19</DATE></INDIVIDUAL_DATE_OF_BIRTH>
  </INDIVIDUAL>
 </INDIVIDUALS>
 <ENTITIES>
  <ENTITY><DATAID>2</DATAID><FIRST_NAME>ISLAMIC MOVEMENT OF UZBEKISTAN (IMU)</FIRST_NAME>
   <REFERENCE_NUMBER>QDe.010</REFERENCE_NUMBER>
   <ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY>
    <ALIAS_NAME>Islamic Party of Turkestan</ALIAS_NAME></ENTITY_ALIAS>
   <ENTITY_ALIAS><QUALITY/><ALIAS_NAME/></ENTITY_ALIAS>
   <ENTITY_ADDRESS><COUNTRY>Uzbekistan</COUNTRY></ENTITY_ADDRESS>
  </ENTITY>
 </ENTITIES>
</CONSOLIDATED_LIST>
"""

# 12 columns, no header, latin-1; the programs column lost its outer brackets.
SDN_CSV = (
    '6725,"ISLAMIC MOVEMENT OF UZBEKISTAN",-0- ,"SDGT] [FTO",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,'
    "\"a.k.a. 'IMU'.\"\n"
    '2676,"AL-ZAWAHIRI, Ayman",individual,SDGT,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,'
    "\"DOB 19 Jun 1951; POB Giza, Egypt; a.k.a. 'AL-MUIZZ, Abu'.\"\n"
    "306,BANCO NACIONAL DE CUBA,-0- ,CUBA,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n"
    '999,"MV STAR",vessel,SDGT,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n'
    '777,"C\xd4TE FRONT",-0- ,"IRAN] [SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n'
)
ALT_CSV = (
    '2676,1,aka,"AL-ZAWAHRI, Aiman",-0- \n'
    '6725,2,aka,"ISLAMIC PARTY OF TURKESTAN",-0- \n'
    '306,3,aka,"NATIONAL BANK OF CUBA",-0- \n'
)

PETRARCH_TEXT = """# a comment line
TALIBAN_ [AFGREB] #  kkl 21 Mar 13
+TALEBAN_

ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB]
+ADEN_ISLAMIC_ARMY_+_ISLAMIC_ADEN_ARMY_

HAMID_KARZAI_  # CountryInfo.txt
+KARZAI_
+PRESIDENT_KARZAI_
\t[AFGELI 750101-000101]
\t[AFGGOV >011222]
\t[AFGELI]
OSAMA_BIN_LADEN_
+USAMA_BIN_LADEN
\t[IMGMUSALQ]
ABU_HUSSAIN__ [IMGSASMUS]
ABU_NIDAL_ORGANIZATION_ [IMGMUSANO]
"""


@pytest.fixture
def un_path(tmp_path: Path) -> Path:
    path = tmp_path / "consolidated.xml"
    path.write_text(UN_XML, encoding="utf-8")
    return path


@pytest.fixture
def ofac_paths(tmp_path: Path) -> tuple[Path, Path]:
    sdn, alt = tmp_path / "sdn.csv", tmp_path / "alt.csv"
    sdn.write_bytes(SDN_CSV.encode("latin-1"))
    alt.write_bytes(ALT_CSV.encode("latin-1"))
    return sdn, alt


def test_gazetteer_un_reader_reads_entities_and_individuals(un_path):
    records = {r.ident: r for r in read_un(un_path)}
    assert set(records) == {"QDi.006", "QDe.010"}
    imu = records["QDe.010"]
    assert imu.label == "GROUP" and imu.name == "ISLAMIC MOVEMENT OF UZBEKISTAN"
    assert [(a.text, a.quality) for a in imu.aliases] == [
        ("ISLAMIC MOVEMENT OF UZBEKISTAN", "name"),
        ("IMU", "good"),
        ("Islamic Party of Turkestan", "good"),
    ]
    assert imu.refs == {"un": {"QDe.010"}} and imu.countries == {"UZB"}
    person = records["QDi.006"]
    assert person.label == "PERSON" and person.name == "AYMAN MUHAMMED RABI AL-ZAWAHIRI"
    assert ("Abu Mohammed", "low") in [(a.text, a.quality) for a in person.aliases]
    assert person.birth_years == {1951} and person.countries == {"EGY"}


def test_gazetteer_ofac_reader_keeps_terror_programmes_only(ofac_paths):
    records = {r.ident: r for r in read_ofac(*ofac_paths)}
    # Cuba programme and the vessel are left out; IRAN + SDGT is in.
    assert set(records) == {"6725", "2676", "777"}
    assert records["777"].name == "CÔTE FRONT"  # latin-1 decoded


def test_gazetteer_ofac_reader_inverts_names_and_marks_weak_aliases(ofac_paths):
    records = {r.ident: r for r in read_ofac(*ofac_paths)}
    person = records["2676"]
    assert person.label == "PERSON" and person.name == "Ayman AL-ZAWAHIRI"
    aliases = {(a.text, a.quality) for a in person.aliases}
    assert ("Aiman AL-ZAWAHRI", "good") in aliases  # alt.csv
    assert ("Abu AL-MUIZZ", "low") in aliases  # quoted a.k.a. in remarks
    assert person.birth_years == {1951} and person.refs == {"ofac": {"2676"}}
    group = records["6725"]
    assert ("IMU", "low") in {(a.text, a.quality) for a in group.aliases}
    assert ("ISLAMIC PARTY OF TURKESTAN", "good") in {(a.text, a.quality) for a in group.aliases}


def test_gazetteer_petrarch_parser_reads_blocks_codes_and_dates():
    blocks = {b.head: b for b in petrarch.parse(PETRARCH_TEXT)}
    assert blocks["TALIBAN"].synonyms == ["TALEBAN"]
    assert [c.code for c in blocks["TALIBAN"].codes] == ["AFGREB"]
    # Two synonyms glued with '+' on one line are split.
    assert blocks["ADEN ABYAN ISLAMIC ARMY (AAIA)"].synonyms == [
        "ADEN ISLAMIC ARMY",
        "ISLAMIC ADEN ARMY",
    ]
    karzai = blocks["HAMID KARZAI"]
    assert [(c.code, c.start, c.end, c.dated) for c in karzai.codes] == [
        ("AFGELI", "1975-01-01", "2000-01-01", True),
        ("AFGGOV", "2001-12-22", None, True),
        ("AFGELI", None, None, False),
    ]


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("750101", "1975-01-01"),
        ("011222", "2001-12-22"),
        ("300101", "2030-01-01"),
        ("19270101", "1927-01-01"),
        ("20120219", "2012-02-19"),
        ("9008223", None),
        ("100231", None),
    ],
    ids=["yy-19xx", "yy-20xx", "pivot-30", "yyyymmdd", "yyyymmdd-20xx", "seven-digits", "bad-day"],
)
def test_gazetteer_petrarch_dates(raw, iso):
    assert petrarch.parse_date(raw) == iso


def test_gazetteer_petrarch_roles_name_state_and_office():
    code = petrarch.parse_code("AFGGOVAGR 030101-041231")
    assert petrarch.role_of(code) == {
        "role": "government (agriculture)",
        "of": "AFG",
        "start": "2003-01-01",
        "end": "2004-12-31",
    }


def test_gazetteer_petrarch_militant_file_separates_people(tmp_path):
    path = tmp_path / "mil.txt"
    path.write_text(PETRARCH_TEXT, encoding="utf-8")
    records = {r.name: r for r in petrarch.read_groups(path, frozenset({"usama bin laden"}))}
    assert records["TALIBAN"].label == "GROUP"
    assert records["ADEN ABYAN ISLAMIC ARMY"].label == "GROUP"
    assert "AAIA" in [a.text for a in records["ADEN ABYAN ISLAMIC ARMY"].aliases]
    assert records["HAMID KARZAI"].label == "PERSON"  # dated roles
    assert records["OSAMA BIN LADEN"].label == "PERSON"  # a synonym is a known person
    assert records["ABU HUSSAIN"].label == "PERSON"  # a kunya opens a person's name
    assert records["ABU NIDAL ORGANIZATION"].label == "GROUP"  # unless a group word says otherwise


def test_gazetteer_country_people_keep_dated_roles(tmp_path):
    path = tmp_path / "countries.txt"
    path.write_text(PETRARCH_TEXT, encoding="utf-8")
    people = petrarch.read_country_people(path)
    assert [p.name for p in people] == ["HAMID KARZAI"]
    assert people[0].roles == [
        {"role": "elite", "of": "AFG", "start": "1975-01-01", "end": "2000-01-01"},
        {"role": "government", "of": "AFG", "start": "2001-12-22", "end": None},
    ]
    assert people[0].refs == {"cameo": {"AFGELI", "AFGGOV"}}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("AL-ZAWAHIRI, Ayman", "Ayman AL-ZAWAHIRI"),
        ("KHAN, Bahawal", "Bahawal KHAN"),
        ("SONG, Jing", "Jing SONG"),
        ("Abu ABBAS", "Abu ABBAS"),
        ("A, B, C", "A, B, C"),
    ],
    ids=["arabic-surname", "plain", "east-asian", "no-comma", "two-commas-untouched"],
)
def test_gazetteer_name_order_last_first_to_first_last(raw, expected):
    assert invert_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ISLAMIC MOVEMENT OF UZBEKISTAN", "Islamic Movement of Uzbekistan"),
        ("HARAKAT AL-SHABAAB AL-MUJAHIDIN", "Harakat al-Shabaab al-Mujahidin"),
        ("JUND AL-KHILAFAH IN ALGERIA", "Jund al-Khilafah in Algeria"),
        ("FARC-EP", "FARC-EP"),
        ("IRGC GROUND FORCES", "IRGC Ground Forces"),
        ("Abdullah Azzam Brigades", "Abdullah Azzam Brigades"),
    ],
    ids=[
        "of-lower",
        "arabic-article",
        "in-lower",
        "hyphen-acronym",
        "acronym-kept",
        "mixed-case-kept",
    ],
)
def test_gazetteer_display_case(raw, expected):
    assert display(raw, frozenset({"FARC", "IRGC"})) == expected


def test_gazetteer_keys_and_slugs():
    assert key("AL-QA'IDA") == key("Al Qaeda") == key("El Qaida") == "al qaida"
    assert key("The Base") == "base"
    assert slug("Islamic Movement of Uzbekistan") == "islamic-movement-of-uzbekistan"
    assert slug("Côte d'Ivoire") == "cote-divoire"
    assert split_acronym("ABDALLAH AZZAM BRIGADES (AAB)") == ("ABDALLAH AZZAM BRIGADES", ["AAB"])
