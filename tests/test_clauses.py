"""components/clauses.py: the subject of a claim cue's clause, read from word order."""

from __future__ import annotations

import pytest

from tests.conftest import claims

SUBJECTS = [
    ("plain", "Hezbollah vowed to avenge the strike.", "Hezbollah"),
    ("verb-group", "Hezbollah has reportedly not yet vowed to avenge the strike.", "Hezbollah"),
    ("catenative", "Rwanda failed to promise anything to Kinshasa.", "Rwanda"),
    ("time-phrase", "Saudi Arabia and the Houthis agreed in December to commit to a roadmap.", "Houthis"),
    ("parenthetical", "The Houthis, for their part, vowed to keep attacking ships.", "Houthis"),
    ("acronym", "The Islamic Revolutionary Guard Corps (IRGC) has promised more drones.",
     "Islamic Revolutionary Guard Corps"),
    ("relative", "Qatar, which has pledged to host talks, stayed silent.", "Qatar"),
    ("apposition-is-the-name", "Ethiopia's prime minister, Abiy Ahmed, promised access to the sea.", "Abiy Ahmed"),
    ("interruption", "Murad Ebrahim, who chairs the MILF, has assured his commanders of the deal.", "Murad Ebrahim"),
    ("coordinated-verb", "Mohamud vowed to eliminate the group and promised residents security.", "Mohamud"),
    ("past-after-a-reported-future", "Amina Diallo, who chairs the council, has vowed that Senegal will not "
     "soften the law, and in August promised to extend the curfew.", "Amina Diallo"),
    ("past-after-a-quotation", "Amina Diallo, who chairs the council, told reporters that Senegal \"will not "
     "hand back a single seat until it is clean\" and committed to sending inspectors.", "Amina Diallo"),
    ("pronoun-of-a-reported-future-is-the-speaker", "The Men of Dignity said it would help the army but "
     "rejected any commander appointed from Damascus.", "Men of Dignity"),
    ("coordinated-by-yet", 'Albin Kurti called Serbian List "a tool of Belgrade" yet vowed to work with its mayors.',
     "Albin Kurti"),
    ("time-phrase-before-the-verb", "The Islamic Revolutionary Guard Corps (IRGC) in July promised more drones.",
     "Islamic Revolutionary Guard Corps"),
    ("first-of-two-persons-of-parties", "Michelle O'Neill of Sinn Féin and deputy First Minister Emma Little-Pengelly "
     "of the DUP jointly vowed to defend the institutions.", "Michelle O'Neill"),
    ("second-of-two-persons-of-parties", "Michelle O'Neill of Sinn Féin and deputy First Minister Emma Little-Pengelly "
     "of the DUP jointly vowed to defend the institutions.", "Emma Little-Pengelly"),
    ("person-of-an-unknown-party", "Rafael López Aliaga of Popular Renewal has promised to finish off the MPCP.",
     "Rafael López Aliaga"),
    ("possessive-organ", "Mozambique's government has committed to retaking the districts.", "Mozambique"),
    ("noun-possessive", "JNIM's reported pledge to open talks should be treated with caution.", "JNIM"),
    ("coordinated-past-an-organ-word", "The Ugandan army and the FARDC have vowed to crush the ADF.", "Ugandan"),
    ("coordinated-past-a-possessed-apposition",
     "JNIM, al-Qaeda's affiliate in the Sahel, stormed Djibo and vowed to take Dori.", "JNIM"),
    ("name-coordinated-with-a-description", "Hamas and the police have vowed to crush the protests.", "Hamas"),
    ("relative-after-an-indefinite-apposition",
     "Hassan Ali Khaire, a former prime minister who has vowed to run again, spoke.", "Hassan Ali Khaire"),
    ("adverbial-phrase-in-the-verb-group", "China has in turn promised to buy the crop.", "China"),
    ("possessive-adverbial-phrase-without-commas", "Hamas has for its part vowed to keep fighting.", "Hamas"),
    ("channels-speak-for-their-group", "Jamaah Ansharut Daulah (JAD) is a rival. JAD channels, for their part, have vowed to punish BHN.", "JAD"),
    ("relative-that-before-a-past-form", "The Kifuafua Brigade, a faction that vowed to hold Walikale, grew.",
     "Kifuafua Brigade"),
    ("relative-after-a-counted-head", "Los Herederos del Atrato, a faction of perhaps 80 to 120 fighters that vowed "
     "to hold the coast, grew.", "Los Herederos del Atrato"),
    ("object-complement-is-no-subject",
     "Kenya has kept the Kenya Defence Forces mobilised and has pledged to stay in Somalia.", "Kenya"),
    ("gerunds-object-is-no-subject-of-a-coordinated-verb",
     "Hamas accused him of sharing Islamic State propaganda and said it would retaliate.", "Hamas"),
]

WRONG_ACTOR = [
    ("object-of-a-preposition-after-a-titled-apposition",
     "Niger's defence minister, General Amadou Sidikou, ruled out joint patrols with the Nigerian Army but agreed "
     "to share intelligence.", "Nigerian Army"),
    ("possessive-in-a-parenthetical-is-no-subject-of-a-coordinated-verb",
     "Sani Karfe leads a gang. Karfe, for his part, has refused to deal with the Lakurawa jihadists and "
     "threatened to kill any Lakurawa preacher.", "his"),
    ("owner-in-a-persons-apposition-is-no-subject-of-a-coordinated-verb",
     "Mulino, Panama's president since July 2024, refused to open talks with the unions and vowed he would not "
     "repeal the law.", "Panama"),
    ("object-before-and-is-no-subject",
     "The Houthis agreed to stop attacking American vessels and Washington agreed to halt its air campaign.",
     "American"),
    ("gerunds-object-before-and",
     "Hamas accused him of sharing Islamic State propaganda and said it would retaliate.", "Islamic State"),
    ("past-form-after-a-noun-that-names-no-one-is-its-verb",
     "Kathmandu protested to both New Delhi and Beijing after the two agreed in August to reopen border trade.",
     "Kathmandu"),
]

NO_ACTOR = [
    ("condition-opened-by-once", "Al-Ashqar will disarm once Damascus guarantees an amnesty for his men."),
    ("non-actor-noun-phrase", "China's mediation has promised little so far."),
    ("author", "We will continue to promise nothing."),
]


def _pledge_actors(records):
    return [(c["actor"] or {}).get("text") for c in claims(records, "pledge")]


@pytest.mark.parametrize(("text", "actor"), [c[1:] for c in SUBJECTS], ids=[c[0] for c in SUBJECTS])
def test_clauses_subject_of_the_cue(extract, text, actor):
    assert actor in _pledge_actors(extract(text))


@pytest.mark.parametrize(("text", "wrong"), [c[1:] for c in WRONG_ACTOR], ids=[c[0] for c in WRONG_ACTOR])
def test_clauses_not_the_subject(extract, text, wrong):
    assert wrong not in _pledge_actors(extract(text))


@pytest.mark.parametrize("text", [c[1] for c in NO_ACTOR], ids=[c[0] for c in NO_ACTOR])
def test_clauses_no_actor_subject_no_pledge(extract, text):
    assert _pledge_actors(extract(text)) == []


def test_clauses_phrasal_verb_takes_a_gerund_as_a_catenative_verb(extract):
    records = extract("Fatah has ruled out backing Hamas.")
    supports = [(c["actor"]["text"], c["target"]["text"], c["polarity"]) for c in claims(records, "relationship")
                if c["relation"] == "SUPPORTS"]
    assert supports == [("Fatah", "Hamas", "negative")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ali Khan and his brother were arrested by the Guyana Police Force in 2024.",
     [("Guyana Police Force", "Ali Khan")]),
    ("Ali Khan and his father were sanctioned by the United States in 2024.", [("United States", "Ali Khan")]),
    ("Ali Khan and two aides were arrested by the Guyana Police Force in 2024.",
     [("Guyana Police Force", "Ali Khan")]),
    ("Israel killed Ali Khan and his brother was arrested by the Guyana Police Force.", [("Israel", "Ali Khan")]),
], ids=["kin-noun-after-the-name", "father-after-the-name", "aides-after-the-name", "name-an-earlier-verb-took"])
def test_clauses_name_coordinated_with_a_companion_is_the_subject(extract, text, expected):
    records = extract(text)
    assert [(c["actor"]["text"], c["target"]["text"]) for c in claims(records, "relationship")] == expected


def test_clauses_who_after_a_role_a_body_qualifies_is_the_apposed_person(extract):
    records = extract("Ali Khan, the former Hamas organisation secretary who negotiated the deal with Israel, resigned.")
    assert [(c["actor"]["text"], c["target"]["text"]) for c in claims(records, "relationship")
            if c["relation"] == "NEGOTIATES_WITH"] == [("Ali Khan", "Israel")]
