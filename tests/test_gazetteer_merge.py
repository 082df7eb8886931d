"""Merging one actor's records across the UN, OFAC and PETRARCH lists."""

from __future__ import annotations

from pipeline.gazetteer.merge import merge
from pipeline.gazetteer.records import Alias, Record


def rec(
    origin: str, ident: str, name: str, *aliases: str, label: str = "GROUP", years=()
) -> Record:
    r = Record(label, origin, ident, name, [Alias(name, f"{origin}:{ident}", "name")])
    r.aliases += [Alias(a, f"{origin}:{ident}", "good") for a in aliases]
    r.birth_years = set(years)
    return r


def strong(text: str, quality: str) -> str | None:
    # The build passes the policy here; for these tests every alias but acronyms is strong,
    # and all-English ones are weak.
    if text.isupper() and len(text) <= 5:
        return None
    plain = {"shining", "path", "people's", "liberation", "army", "islamic", "jihad", "the", "of"}
    return "weak" if all(w in plain for w in text.lower().split()) else "strong"


def names(groups):
    return sorted(sorted(r.ident for r in g) for g in groups)


def test_gazetteer_merge_joins_one_group_across_lists():
    records = [
        rec("un", "QDe.010", "ISLAMIC MOVEMENT OF UZBEKISTAN", "IMU"),
        rec("ofac", "6725", "ISLAMIC MOVEMENT OF UZBEKISTAN"),
        rec("cameo", "KKLREB:imu", "ISLAMIC MOVEMENT OF UZBEKISTAN", "IMU"),
        rec("ofac", "4702", "KURDISTAN WORKERS' PARTY", "PKK"),
    ]
    assert names(merge(records, strong)) == [["4702"], ["6725", "KKLREB:imu", "QDe.010"]]


def test_gazetteer_merge_joins_through_spelling_variants():
    records = [
        rec("un", "QDe.004", "AL-QAIDA"),
        rec("cameo", "IMG:aq", "AL_QAEDA"),
        rec("ofac", "6366", "AL QA'IDA"),
    ]
    assert len(merge(records, strong)) == 1


def test_gazetteer_merge_shared_generic_alias_does_not_join_two_entries_of_one_list():
    # OFAC lists 'Islamic Jihad' under Hizballah and names the PIJ by it too.
    records = [
        rec("ofac", "4697", "HIZBALLAH", "ISLAMIC JIHAD ORGANIZATION", "PARTY OF GOD"),
        rec("ofac", "4723", "PALESTINIAN ISLAMIC JIHAD", "ISLAMIC JIHAD ORGANIZATION"),
    ]
    assert names(merge(records, strong)) == [["4697"], ["4723"]]


def test_gazetteer_merge_third_list_joins_the_actor_whose_name_it_is():
    records = [
        rec("ofac", "4697", "HIZBALLAH", "ISLAMIC JIHAD ORGANIZATION"),
        rec("ofac", "4723", "PALESTINIAN ISLAMIC JIHAD", "ISLAMIC JIHAD ORGANIZATION"),
        rec("cameo", "PSE:pij", "PALESTINIAN ISLAMIC JIHAD", "ISLAMIC JIHAD ORGANIZATION"),
    ]
    assert names(merge(records, strong)) == [["4697"], ["4723", "PSE:pij"]]


def test_gazetteer_merge_plain_english_alias_does_not_chain_groups():
    # "People's Liberation Army" is an alias of groups in Peru, Turkey and Ireland.
    records = [
        rec("ofac", "4715", "SHINING PATH", "PEOPLE'S LIBERATION ARMY"),
        rec(
            "cameo",
            "TURREB:x",
            "TURKISH WORKERS AND PEASANTS LIBERATION ARMY",
            "PEOPLE'S LIBERATION ARMY",
        ),
        rec("cameo", "PERREB:sp", "SHINING PATH"),
    ]
    assert names(merge(records, strong)) == [["4715", "PERREB:sp"], ["TURREB:x"]]


def test_gazetteer_merge_too_common_key_is_ignored():
    records = [rec("cameo", f"X{i}:g", f"GROUP NUMBER {i}", "AL-HAYAT MOVEMENT") for i in range(4)]
    assert len(merge(records, strong)) == 4


def test_gazetteer_merge_people_need_overlapping_birth_years():
    same = [
        rec("un", "QDi.006", "Ayman al-Zawahiri", label="PERSON", years=[1951]),
        rec("ofac", "2676", "Ayman al-Zawahiri", label="PERSON", years=[1951, 1952]),
    ]
    assert len(merge(same, strong)) == 1
    namesakes = [
        rec("un", "QDi.100", "Mohammed Hassan Nuri", label="PERSON", years=[1950]),
        rec("ofac", "9000", "Mohammed Hassan Nuri", label="PERSON", years=[1985]),
    ]
    assert len(merge(namesakes, strong)) == 2


def test_gazetteer_merge_is_order_independent():
    records = [
        rec("un", "QDe.010", "ISLAMIC MOVEMENT OF UZBEKISTAN"),
        rec("ofac", "6725", "ISLAMIC MOVEMENT OF UZBEKISTAN"),
        rec("ofac", "4702", "KURDISTAN WORKERS' PARTY"),
    ]
    assert names(merge(records, strong)) == names(merge(list(reversed(records)), strong))
