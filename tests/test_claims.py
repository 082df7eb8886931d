"""Every claim rule's own examples and negatives, plus family-level negative cases."""

from __future__ import annotations

import pytest

from pipeline.patterns import load_bundle
from tests.conftest import claims, entities

BUNDLE = load_bundle()
RULES = [loc.item for loc in BUNDLE.claims + BUNDLE.frames]
EXAMPLES = [(rule, ex) for rule in RULES for ex in rule.examples]
NEGATIVES = [(rule, text) for rule in RULES for text in rule.negatives]
CLAIM_TYPE = {"attribution": "assessment"}


def _names(records):
    return {e["id"]: {e["name"], *e["aliases"]} for e in entities(records)}


def _matches(claim, expect, names):
    for key, value in expect.items():
        if key in ("actor", "target"):
            ref = claim.get(key)
            known = {n.casefold() for n in names.get(ref["id"], set()) | {ref["text"]}} if ref else set()
            if value.casefold() not in known:
                return False
        elif key == "band":
            if (claim.get("likelihood") or {}).get("band") != value:
                return False
        elif key == "holder":
            if (claim.get("attribution") or {}).get("holder") != value:
                return False
        elif claim.get(key) != value:
            return False
    return True


@pytest.mark.parametrize("rule,example", EXAMPLES, ids=[f"{r.id}:{i}" for i, (r, _) in enumerate(EXAMPLES)])
def test_claims_rule_examples_hold(extract, rule, example):
    records = extract(example.text, first_person_actor=example.first_person_actor)
    names = _names(records)
    if rule.type == "attribution":
        # the attribution must come from this rule's cue, not from an assessment's own holder
        found = [c for c in claims(records, "assessment") if _matches(c, example.expect, names)
                 and c["attribution"]["cue"] is not None]
    else:
        found = [c for c in claims(records, rule.type) if c["rule"] == rule.id and _matches(c, example.expect, names)]
    assert found, f"{rule.id} gave {[(c['rule'], c.get('actor'), c.get('target')) for c in claims(records)]}"


@pytest.mark.parametrize("rule,text", NEGATIVES, ids=[f"{r.id}:{i}" for i, (r, _) in enumerate(NEGATIVES)])
def test_claims_rule_negatives_do_not_fire(extract, rule, text):
    assert [c for c in claims(extract(text)) if c["rule"] == rule.id] == []


FAMILY_NEGATIVES = [
    ("allegiance-is-not-a-pledge", "Boko Haram pledged allegiance to the Islamic State.", "pledge"),
    ("history-is-no-claim", "The group's history is long.", None),
    ("hosted-event-no-relation", "Qatar hosted a football tournament.", "relationship"),
    ("reported-would-not-forecast", "Kenya said it would keep troops in Somalia.", "assessment"),
    ("month-may-no-hedge", "The offensive began in May.", "assessment"),
    ("past-fact-no-assessment", "The Houthis seized the ship in November.", "assessment"),
]


@pytest.mark.parametrize("text,ctype", [f[1:] for f in FAMILY_NEGATIVES], ids=[f[0] for f in FAMILY_NEGATIVES])
def test_claims_family_negatives(extract, text, ctype):
    assert claims(extract(text), ctype) == []


def test_claims_allegiance_is_affiliation(extract):
    rel = claims(extract("Boko Haram pledged allegiance to the Islamic State."), "relationship")
    assert [(c["relation"], c["polarity"]) for c in rel] == [("AFFILIATED_WITH", "positive")]


def test_claims_coordination_gives_one_claim_per_target(extract):
    text = "Sudan hosted or cooperated with Hamas, Hezbollah, and al-Qaeda in the 1990s."
    rel = claims(extract(text), "relationship")
    assert sorted(c["target"]["text"] for c in rel) == ["Hamas", "Hezbollah", "al-Qaeda"]
    assert {c["actor"]["id"] for c in rel} == {"state:sdn"}


def test_claims_passive_agent_restored(extract):
    rel = claims(extract("Three Kenyan officers were killed by al-Shabaab near Lamu."), "relationship")
    assert [(c["relation"], c["actor"]["text"]) for c in rel] == [("ATTACKS", "al-Shabaab")]


def test_claims_refusal_is_negative_relation(extract):
    rel = claims(extract("Uzbekistan refused to recognize the Taliban."), "relationship")
    assert [(c["relation"], c["polarity"]) for c in rel] == [("RECOGNIZES", "negative")]


def test_claims_pronoun_actor_is_resolved(extract):
    pledge = claims(extract("Pakistan is wary of the TTP, and it vowed to close the border."), "pledge")
    assert [(c["actor"]["text"], c["actor"]["id"]) for c in pledge] == [("it", "state:pak")]


def test_claims_likelihood_has_icd203_probability(extract):
    [a] = claims(extract("Hamas will very likely reject the proposal."), "assessment")
    assert a["likelihood"]["band"] == "very_likely"
    assert a["likelihood"]["probability"] == [0.8, 0.95]
    assert a["likelihood"]["cue"]["text"] == "very likely"


def test_claims_unhedged_judgement_has_no_band_cue(extract):
    [a] = claims(extract("This means the Houthis can still strike shipping."), "assessment")
    assert a["likelihood"] == {"band": "none", "cue": None, "probability": None}
    assert a["assessment_kind"] == "judgement" and a["attribution"]["holder"] == "author"


@pytest.mark.parametrize(
    "text,band,cue",
    [("We assess that the militia will keep its heavy weapons.", "none", None),
     ("We assess with moderate confidence that the truce will hold.", "none", None),
     ("We judge the offer to be genuine.", "none", None),
     ("We assess that the militia could split before June.", "unspecified", "could"),
     ("We judge that the militia will probably split.", "likely", "probably"),
     ("We expect further attacks in the north.", "unspecified", "We expect"),
     ("We assess that the group, which may have 500 fighters, will hold the town.", "none", None),
     ("We assess that attacks will continue even if talks could resume.", "none", None),
     ("We assess that if the rains fail, JNIM could attack Kayes.", "unspecified", "could"),
     ("We assess, with moderate confidence, that JNIM could attack Kayes.", "unspecified", "could")],
    ids=["assess-alone", "confidence-is-no-band", "judge-alone", "hedge-in-clause", "band-word", "expect-hedges",
         "hedge-in-a-relative-clause", "hedge-in-a-condition", "hedge-after-a-closed-condition",
         "hedge-after-a-parenthesis"],
)
def test_claims_judgement_verb_takes_the_band_of_its_clause(extract, text, band, cue):
    """'we assess/judge' says a judgement is the author's, not how likely it is (GOLD.md: none
    for an unhedged judgement); a hedge or band word in its clause gives the likelihood."""
    [a] = claims(extract(text), "assessment")
    assert a["likelihood"]["band"] == band
    assert (a["likelihood"]["cue"] or {}).get("text") == cue


@pytest.mark.parametrize(
    "text,modality",
    [("Iran reportedly promised to stop the shipments.", "reported"),
     ("To get aid, the Taliban has to promise to expel the fighters.", "required"),
     ("Hamas broke its promise to free the hostages.", "violated"),
     ("Any Houthi pledge to stop the attacks should be met with skepticism.", "questioned"),
     ("Eritrea promised to withdraw if talks resume.", "conditional"),
     ("Somalia promised to hold elections.", "stated")],
    ids=["reported", "required", "violated", "questioned", "conditional", "stated"],
)
def test_claims_pledge_modality(extract, text, modality):
    assert [c["modality"] for c in claims(extract(text), "pledge")] == [modality]


def test_claims_every_claim_points_to_its_rule(extract):
    rule_ids = {r.id for r in RULES}
    records = extract("Iran has armed the Houthis, and the group will likely attack again.")
    assert claims(records) and all(c["rule"] in rule_ids for c in claims(records))
    for c in claims(records):
        assert c["evidence"]["start"] <= c["cue"]["start"] < c["cue"]["end"] <= c["evidence"]["end"]


@pytest.mark.parametrize(
    "text,polarity,modality",
    [("Hamas did not promise to free the hostages.", "negative", "stated"),
     ("Hamas refused to pledge a ceasefire.", "positive", "stated"),
     ("Hamas vowed not to disarm.", "negative", "stated"),
     ("Hamas did not break its promise to free them.", "positive", "stated"),
     ("Hamas broke its promise to free them.", "positive", "violated")],
    # a refusal is itself a commitment, worded positively (GOLD.md: "refuse to recognize")
    ids=["not-promise", "refused-to-pledge", "vowed-not-to", "not-broken", "broken"],
)
def test_claims_pledge_negation(extract, text, polarity, modality):
    assert [(c["polarity"], c["modality"]) for c in claims(extract(text), "pledge")] == [(polarity, modality)]


def test_claims_overlapping_cues_make_one_pledge(extract):
    assert len(claims(extract("Hamas vowed to commit to a truce."), "pledge")) == 1


def test_claims_offsets_index_the_callers_text(extract):
    text = "\ufeffNOTE\r\n2024-02-01\r\nA title\r\nBottom Line Up Front\r\n- Hamas will likely reject the offer.\r\n" \
        "Iran has armed Hamas, and it vowed not to stop.\r\n"
    decoded = text  # extract_text takes the string as given: a leading U+FEFF stays
    found = claims(extract(text))
    assert {c["type"] for c in found} == {"assessment", "relationship", "pledge"}
    for claim in found:
        for key in ("cue", "evidence", "content", "actor", "target"):
            span = claim.get(key)
            if span:
                assert decoded[span["start"]:span["end"]] == span["text"], key


def test_claims_windowed_matching_equals_a_whole_document_matcher(nlp):
    """Rules run only around their anchor words, and only where their other words are; on
    the corpus, our prose and the rules' own examples that finds every match one Matcher
    over the whole document finds (within sentences)."""
    from spacy.matcher import Matcher

    from tests.conftest import CORPUS, ROOT

    component = nlp.get_pipe("briefs_claims")
    whole = Matcher(nlp.vocab)
    for rule_id, pattern in component.patterns.items():
        whole.add(rule_id, [pattern], greedy="LONGEST")
    paths = sorted(CORPUS.glob("*.txt")) + sorted((ROOT / "tests" / "data" / "prose").glob("*.txt"))
    texts = {path.name: path.read_text(encoding="utf-8") for path in paths}
    texts["rule examples"] = "\n\n".join([ex.text for _, ex in EXAMPLES] + [text for _, text in NEGATIVES])
    for name, text in texts.items():
        doc = nlp(text)
        expected = {(nlp.vocab.strings[k], s, e) for k, s, e in whole(doc) if doc[s].sent == doc[e - 1].sent}
        assert expected, name
        assert set(component._match(doc)) == expected, name


def test_claims_one_token_rules_match_as_their_matcher(nlp):
    """A one-token rule with a LOWER regular expression is decided on the token table: the
    same tokens as the rule's own Matcher finds over the whole text."""
    import pipeline
    from pipeline.read import read_text

    component = nlp.get_pipe("briefs_claims")
    assert "pledge.gerund" in component.one_token
    text = ("- setting up a workers' bank.\n- Building schools and building roads.\n"
            "They set up and support it, supporting the plan; the setting sun.\n")
    doc = nlp(pipeline.brief_doc(nlp, read_text(text)))
    found = {(rule, start, end) for rule, start, end in component._match(doc) if rule in component.one_token}
    expected = {(rule, start, end) for rule in component.one_token
                for _, start, end in component.matchers[rule](doc)}
    assert found == expected
    assert {doc[start].text for _, start, _ in found} >= {"setting", "Building", "building", "supporting"}
