"""pipeline.gazetteer.parties: the facts kept from Party Facts' core table, made-up rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.gazetteer.__main__ import main
from pipeline.gazetteer.parties import Party, extract, party_lines, read_parties

HEADER = ("country,partyfacts_id,technical,name_short,name,name_english,name_other,year_first,year_last,share,"
          "share_year,new,wikipedia,description,comment,created,modified\n")


def _raw(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "core.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def test_gazetteer_parties_keep_active_real_parties_and_facts_only(tmp_path):
    raw = _raw(tmp_path, (
        'AFG,2,,OLD,Jabha-e Kuhna,Old Front,,1950,1975,,,,,"a sentence we do not keep",,,\n'
        "AFG,1,,NDFA,Jabha-e Nawin,National Democratic Front,,2004,,,,,"
        "https://en.wikipedia.org/wiki/Jabha-e_Nawin_(Afghanistan),desc,,,\n"
        "AFG,3,7,etc,other,other,,1800,,,,,,,,,\n"))
    rows = extract(raw)
    assert [r["partyfacts_id"] for r in rows] == ["1"]  # dissolved before 2000, technical row: out
    assert "description" not in rows[0] and rows[0]["name_wikipedia"] == "Jabha-e Nawin"


def test_gazetteer_parties_command_writes_what_the_build_reads(tmp_path):
    raw = _raw(tmp_path, "PAK,5,,TST,Tehreek-e-Test,Test Movement,,2001,,,,,,,,,\n")
    out = tmp_path / "parties.csv"
    assert main(["--sources", str(tmp_path / "none"), "--keep-parties-from", str(raw), "--party-facts", str(out)]) == 2
    parties = read_parties(out)  # kept before the build, which then stops on the missing lists
    assert [(p.country, p.short, p.name) for p in parties] == [("PAK", "TST", "Tehreek-e-Test")]


def test_gazetteer_parties_other_tables_are_refused_by_name(tmp_path, capsys):
    raw = tmp_path / "other.csv"
    raw.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["--keep-parties-from", str(raw), "--party-facts", str(tmp_path / "p.csv")]) == 1
    assert str(raw) in capsys.readouterr().err


@pytest.mark.parametrize(("party", "kept"), [
    (Party("ISR", "1036", "L", "HaLikud", "Likud-National Liberal Movement", "Likud"), True),
    (Party("ISR", "455", "SHAS", "Shomrei Torah Sephardim", "Sephardi Torah Guardians", "Shas"), True),
    (Party("PHL", "7025", "KP", "Kabataan Partylist", "Kabataan Partylist", "Kabataan"), False),
    (Party("ISR", "3190", "Tnufa", "Tnufa", "Momentum", "Pnina Rosenblum"), False),
], ids=["glued-in-the-native-name", "the-short-name", "a-word-of-the-name", "another-subject"])
def test_gazetteer_parties_wikipedia_title_is_a_surface_when_made_of_the_lists_words(party, kept):
    lines, _ = party_lines([party], country_words={"ISR": ("israel",), "PHL": ("philippines",)}, taken=set(),
                           english=frozenset(), is_place=lambda k: False, is_name=lambda k: False, ids_taken=set())
    assert (party.title in {line["pattern"] for line in lines}) == kept


@pytest.mark.parametrize(("party", "surface", "kept"), [
    (Party("PRT", "3225", "L", "Livre – Liberdade, Esquerda", "Livre", "LIVRE"), "Livre", True),
    (Party("KGZ", "1", "AZh", "Ata-Zhurt", "Fatherland", ""), "Fatherland", False),
    (Party("GBR", "1002", "Plaid", "Plaid Cymru", "Plaid Cymru", "Plaid Cymru"), "Plaid", False),
], ids=["own-name-a-rare-english-word", "translation-a-rare-english-word", "own-name-a-common-word"])
def test_gazetteer_parties_one_word_english_name_kept_only_when_its_own_and_rare(party, surface, kept):
    """'Livre' names the party in a brief about Portugal; 'Fatherland' is the list's translation
    of 'Ata-Zhurt', and 'plaid' a word briefs use."""
    english = frozenset({"livre", "fatherland", "plaid"})
    lines, _ = party_lines([party], country_words={"PRT": ("portugal",), "KGZ": ("kyrgyzstan",), "GBR": ("britain",)},
                           taken=set(), english=english, is_place=lambda k: False, is_name=lambda k: False,
                           ids_taken=set(), rare=frozenset({"livre", "fatherland"}))
    assert (surface in {line["pattern"] for line in lines}) == kept


def test_gazetteer_parties_short_name_with_a_slash_is_also_written_with_a_hyphen():
    party = Party("PRT", "1308", "CDS/PP", "Centro Democrático e Social / Partido Popular", "People's Party", "")
    lines, _ = party_lines([party], country_words={"PRT": ("portugal",)}, taken=set(), english=frozenset(),
                           is_place=lambda k: False, is_name=lambda k: False, ids_taken=set())
    assert {"CDS/PP", "CDS-PP"} <= {line["pattern"] for line in lines}


@pytest.mark.parametrize(("party", "surface", "kept"), [
    (Party("BEL", "36", "N-VA", "Nieuw-Vlaamse Alliantie", "New Flemish Alliance", ""), "N-VA", True),
    (Party("BEL", "36", "NV", "Nieuw-Vlaamse Alliantie", "New-Liberal", ""), "New-Liberal", False),
], ids=["hyphened-capitals-an-acronym", "hyphened-english-words-no-acronym"])
def test_gazetteer_parties_hyphen_inside_an_acronym_makes_no_two_words(party, surface, kept):
    """'N-VA' is one acronym, not the words 'n' and 'va' (which English lists hold); 'New-Liberal'
    is two words of party names, a kind of party."""
    lines, _ = party_lines([party], country_words={"BEL": ("belgium",)}, taken=set(),
                           english=frozenset({"n", "va", "nv", "new", "liberal", "flemish", "alliance"}),
                           is_place=lambda k: False, is_name=lambda k: False, ids_taken=set())
    assert (surface in {line["pattern"] for line in lines}) == kept


@pytest.mark.parametrize(("english_name", "kept"), [
    ("Homeland Union", True),
    ("Law and Justice", True),
    ("Democratic Party", False),
    ("National Front", False),
], ids=["a-word-of-no-kind-names-it", "two-words-of-no-kind", "kind-words-only", "kind-words-only-front"])
def test_gazetteer_parties_english_name_kept_unless_only_words_of_party_names(english_name, kept):
    """'Democratic Party' and 'National Front' name a kind of party in many countries; 'Homeland
    Union' and 'Law and Justice' are one party's names, matched in its country's briefs and in
    their case only."""
    party = Party("LTU", "193", "TS-LKD", "Tėvynės Sąjunga", english_name, "")
    lines, _ = party_lines([party], country_words={"LTU": ("lithuania",)}, taken=set(),
                           english=frozenset({"homeland", "union", "law", "and", "justice", "democratic", "party",
                                              "national", "front"}),
                           is_place=lambda k: False, is_name=lambda k: False, ids_taken=set())
    assert (english_name in {line["pattern"] for line in lines}) == kept


def test_gazetteer_parties_bracketed_word_is_one_the_name_goes_without():
    party = Party("LUX", "1138", "Greng/GAP", "Déi Gréng [Alternativ] – Les Verts – Die Grünen", "The Greens", "")
    lines, _ = party_lines([party], country_words={"LUX": ("luxembourg",)}, taken=set(),
                           english=frozenset({"the", "greens", "les"}), is_place=lambda k: False,
                           is_name=lambda k: False, ids_taken=set())
    patterns = {line["pattern"] for line in lines}
    assert "Déi Gréng" in patterns and not any("[" in p for p in patterns)


@pytest.mark.parametrize(("name", "case"), [
    ("Déi Gréng", "insensitive"), ("Law and Justice", "exact"), ("Fidesz", "exact"),
], ids=["own-language-words-any-case", "english-words-exact", "one-word-exact"])
def test_gazetteer_parties_name_in_its_own_language_matches_in_any_case(name, case):
    """'déi gréng' is how the party writes itself; 'law and justice' in lower case is prose."""
    party = Party("LUX", "1138", "", name, "", "")
    lines, _ = party_lines([party], country_words={"LUX": ("luxembourg",)}, taken=set(),
                           english=frozenset({"law", "and", "justice"}), is_place=lambda k: False,
                           is_name=lambda k: False, ids_taken=set())
    assert {line["pattern"]: line["case"] for line in lines}[name] == case
