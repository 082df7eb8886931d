"""The CAMEO verb dictionary reader, the code mapping and the claim-cue policy, on small
inline dictionaries written in the file's format."""

from __future__ import annotations

import pytest

from pipeline.gazetteer.cameo import PatternSyntaxError, parse, parse_code, pattern_slots
from pipeline.gazetteer.cues import CueBuilder, Prose
from pipeline.gazetteer.jsonfile import Keyer
from pipeline.patterns import DEFAULT_PATTERNS_DIR, CameoMap, PatternError, load_json_file

SYNSETS = """
&WEAPON
+ROCKET
+MACHINE_GUN
+ARMED_FORCES
+TEAR_GAS_

&AUXVERB_
+WILL
+WOULD
"""
LEMMAS = {"forces": "force", "rockets": "rocket", "attacked": "attack", "attacks": "attack",
          "attacking": "attack", "vows": "vow", "vowed": "vow", "vowing": "vow"}


def dictionary(blocks: str):
    return parse(SYNSETS + "\n####### VERB PATTERNS #######\n\n" + blocks, LEMMAS)


@pytest.fixture(scope="module")
def cmap() -> CameoMap:
    return load_json_file(DEFAULT_PATTERNS_DIR / "lexicon" / "cameo_claims.json", CameoMap, DEFAULT_PATTERNS_DIR)


# ------------------------------------------------------------- reader


def test_cameo_synsets_expand_with_plurals_unless_stopped_or_plural():
    d = dictionary("")
    assert d.synsets["&WEAPON"] == ["rocket", "rockets", "machine gun", "machine guns", "armed forces", "tear gas"]
    assert d.synsets["&AUXVERB"] == ["will", "would"]  # a label ending '_' makes no plurals


def test_cameo_block_reads_synonyms_irregular_forms_and_own_codes():
    d = dictionary(
        "---  BRING   [070]  ---\n"
        "BRING {BRINGS BRINGING BROUGHT }  # jw 11/14/91\n"
        "DELIVER\n"
        "GRILL [110]\n"
        "+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]\n"
        "RE_+ARREST\n"
        "+KILLED_AND {}\n"
    )
    (block,) = d.blocks
    assert (block.name, block.code.code) == ("bring", "070")
    verbs = {v.lemma: v for v in block.verbs}
    assert verbs["bring"].forms == ["brings", "bringing", "brought"]
    assert verbs["deliver"].forms is None  # regular: forms come from the lemma table
    assert verbs["grill"].code.code == "110"
    assert (verbs["ask for"].word, verbs["ask for"].after, verbs["ask for"].forms) == ("ask", ["for"], ["asked", "asking", "asks"])
    assert (verbs["re arrest"].before, verbs["re arrest"].word) == (["re"], "arrest")
    assert verbs["killed and"].forms == []  # '{}': no other forms


SLOT_CASES = [
    ("plain-word", "AID", [["aid"]]),
    ("noun-phrase-consecutive", "{HUMANITARIAN AID}", [["humanitarian aid"]]),
    ("underscore-joins", "DEBT_RELIEF", [["debt relief"]]),
    ("prepositional-phrase", "(FOR {FINANCIAL AID})", [["for"], ["financial aid"]]),
    ("nested-parentheses", "(TO LIST) (OF {BANNED PARTIES})", [["to"], ["list"], ["of"], ["banned parties"]]),
    ("synset", "&WEAPON", [["armed forces", "machine gun", "machine guns", "rocket", "rockets", "tear gas"]]),
    ("synset-in-noun-phrase-own-slot", "{&WEAPON ATTACK}",
     [["rocket", "rockets", "machine gun", "machine guns", "armed forces", "tear gas"], ["attack"]]),
    ("slash-alternatives", "(BY/WITH SANCTIONS)", [["by", "with"], ["sanctions"]]),
    ("target-and-source-markers", "(WITH +) $", [["with"], ["+"], ["$"]]),
    ("skip-marker-dropped", "(FROM ^) (TO +)", [["from"], ["to"], ["+"]]),
]


@pytest.mark.parametrize("text,slots", [c[1:] for c in SLOT_CASES], ids=[c[0] for c in SLOT_CASES])
def test_cameo_pattern_slots(text, slots):
    got = pattern_slots(text.split(), dictionary("").synsets)
    assert [sorted(s) for s in got] == [sorted(s) for s in slots]


BAD_SLOTS = [
    ("unclosed-brace", "{HUMANITARIAN AID"),
    ("unopened-paren", "AID)"),
    ("undefined-synset", "&NOSUCH"),
    ("marker-in-noun-phrase", "{+ AID}"),
]


@pytest.mark.parametrize("text", [c[1] for c in BAD_SLOTS], ids=[c[0] for c in BAD_SLOTS])
def test_cameo_pattern_slots_refuse_unreadable_patterns(text):
    with pytest.raises(PatternSyntaxError):
        pattern_slots(text.split(), dictionary("").synsets)


CODE_CASES = [
    ("forward", "190", ("190", "forward")),
    ("four-digits", "0233", ("0233", "forward")),
    ("mutual", "050:050", ("050", "mutual")),
    ("pair-keeps-forward", "042:043", ("042", "forward")),
    ("reverse-only", ":173", ("173", "reverse")),
    ("null", "---", (None, "forward")),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CODE_CASES], ids=[c[0] for c in CODE_CASES])
def test_cameo_codes(text, expected):
    code = parse_code(text)
    assert (code.code, code.direction) == expected


def test_cameo_patterns_keep_line_comment_verb_and_skip_unreadable():
    d = dictionary(
        "---  RUSH   [---]  ---\n"
        "RUSH\n"
        "- * AID                 [070]  # RUSH\n"
        "- SPY_*_DEAL            [---]  # PLAN\n"
        "- * &NOSUCH             [190]  # RUSH\n"
        "- * (TO {BANNED PARTIES}) $   [1722]\n"
        "~ a (a b ATTACK) SAY = a b 015\n"
    )
    patterns = d.blocks[0].patterns
    assert [(p.line, p.code.code, p.source_verb, p.after) for p in patterns] == [
        (16, "070", "rush", [["aid"]]),
        (19, "1722", None, [["to"], ["banned parties"], ["$"]]),
    ]
    assert d.skipped == {"malformed_pattern": [17], "undefined_synset": [18], "transformation": [20]}


# ------------------------------------------------------------- mapping

MAPPING_CASES = [
    ("attack-root", "190", ("relationship", "ATTACKS")),
    ("mass-violence", "2041", ("relationship", "ATTACKS")),
    ("assault", "1823", ("relationship", "ATTACKS")),
    ("aid", "0731", ("relationship", "SUPPORTS")),
    ("asylum-hosts", "075", ("relationship", "HOSTS")),
    ("negotiate", "046", ("relationship", "NEGOTIATES_WITH")),
    ("visit-dropped", "042", (None, None)),
    ("recognition", "054", ("relationship", "RECOGNIZES")),
    ("praise-dropped", "051", (None, None)),
    ("cooperation", "061", ("relationship", "COOPERATES_WITH")),
    ("criticise", "111", ("relationship", "CONDEMNS")),
    ("accuse", "1125", ("relationship", "CONDEMNS")),
    ("rally-opposition", "113", ("relationship", "OPPOSES")),
    ("reject", "128", ("relationship", "OPPOSES")),
    ("threaten", "138", ("relationship", "PRESSURES")),
    ("sanctions", "163", ("relationship", "PRESSURES")),
    ("break-relations", "161", ("relationship", "OPPOSES")),
    ("arrest", "173", ("relationship", "PRESSURES")),
    ("pledge", "0311", ("pledge", None)),
    ("statement-dropped", "010", (None, None)),
    ("yield-dropped", "0871", (None, None)),
]


@pytest.mark.parametrize("code,expected", [c[1:] for c in MAPPING_CASES], ids=[c[0] for c in MAPPING_CASES])
def test_cameo_mapping_longest_prefix_wins(cmap, code, expected):
    family = cmap.family(code)
    assert (family.claim, family.relation) == expected


def test_cameo_mapping_covers_every_root(cmap):
    assert {cmap.family(f"{n:02d}0").id for n in range(1, 21)}  # raises KeyError on a gap
    assert len({c for f in cmap.families for c in f.codes}) == sum(len(f.codes) for f in cmap.families)


BAD_MAPS = [
    ("missing-root", lambda m: m["families"].pop(0), "CAMEO roots without a family: 01"),
    ("code-twice", lambda m: m["families"][1]["codes"].append("01"), "code '01' is also in family 'statements'"),
    ("relation-without-relationship", lambda m: m["families"][0].update(relation="ATTACKS"),
     "a relationship family needs a relation"),
    ("unknown-relation", lambda m: m["families"][3].update(relation="TALKS_TO"), "Input should be"),
]


@pytest.mark.parametrize("edit,message", [c[1:] for c in BAD_MAPS], ids=[c[0] for c in BAD_MAPS])
def test_cameo_mapping_errors_name_file_line_and_family(tmp_path, edit, message):
    import json

    data = json.loads((DEFAULT_PATTERNS_DIR / "lexicon" / "cameo_claims.json").read_text(encoding="utf-8"))
    edit(data)
    root = tmp_path / "patterns"
    (root / "lexicon").mkdir(parents=True)
    path = root / "lexicon" / "cameo_claims.json"
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    with pytest.raises(PatternError) as info:
        load_json_file(path, CameoMap, root)
    assert str(info.value).startswith("patterns/lexicon/cameo_claims.json:")
    assert message in str(info.value)


# ------------------------------------------------------------- cues and their policy

BLOCKS = (
    "---  ATTACK   [190]  ---\n"
    "ATTACK\n"
    "ASSASSINATE [186]\n"
    "MAKE\n"
    "HOLD\n"
    "- * (WITH &WEAPON)            [194]  # ATTACK\n"
    "- * {AIR STRIKE}              [195]  # ATTACK\n"
    "\n"
    "---  STATE   [010]  ---\n"
    "SAY {SAYS SAID SAYING}\n"
    "BE {IS WAS ARE WERE BEEN}\n"
    "- * (IN FAVOR)                [050]  # SAY\n"
    "\n"
    "---  VOW   [---]  ---\n"
    "VOW\n"
    "- * (TO &WEAPON)              [030]\n"
)
PROSE = ["The team makes a fine attack down the left, and the striker attacked again.",
         "Prices fell, the board said."]


@pytest.fixture(scope="module")
def cues(cmap):
    builder = CueBuilder(cmap, Keyer({}), LEMMAS, Prose(PROSE, Keyer({}), cmap.window),
                         frozenset({"attack", "strike", "vow"}))
    d = dictionary(BLOCKS)
    builder.read(d)
    lines = builder.lines()
    return {line["id"]: line for line in lines}, builder.report(d, lines)


def test_cameo_cues_map_verbs_and_patterns(cues):
    lines, _ = cues
    assert sorted(lines) == [
        "cameo.030.vow.to_weapon", "cameo.050.say.in_favor", "cameo.186.assassinate", "cameo.190.attack",
        "cameo.190.hold", "cameo.190.make", "cameo.194.attack.with_weapon", "cameo.195.attack.air_strike",
    ]
    weapon = lines["cameo.194.attack.with_weapon"]
    assert (weapon["type"], weapon["relation"], weapon["cameo"], weapon["code"]) == ("relationship", "ATTACKS", "19", "194")
    assert weapon["after"] == [["with"], sorted(["rocket", "rockets", "machine gun", "machine guns", "armed forces", "tear gas"])]
    assert weapon["forms"] == ["attack", "attacked", "attacking", "attacks"]
    assert weapon["source"] == ["petrarch2/CAMEO.2.0.verbs.txt:19"] and weapon["verb"] == "ATTACK"
    vow = lines["cameo.030.vow.to_weapon"]
    assert (vow["type"], "relation" in vow) == ("pledge", False)


POLICY_CASES = [
    ("noun-and-seen-in-prose", "cameo.190.attack", "needs_context", ["seen_in_prose", "noun_reading"]),
    ("light-verb", "cameo.190.hold", "needs_context", ["light_verb"]),
    ("light-verb-seen-in-prose", "cameo.190.make", "needs_context", ["seen_in_prose", "light_verb"]),
    ("rare-verb-ok", "cameo.186.assassinate", "ok", []),
    ("required-words-not-in-prose", "cameo.194.attack.with_weapon", "ok", []),
    ("phrase-pattern-ok", "cameo.195.attack.air_strike", "ok", []),
]


@pytest.mark.parametrize("ident,safety,reasons", [c[1:] for c in POLICY_CASES], ids=[c[0] for c in POLICY_CASES])
def test_cameo_cue_policy(cues, ident, safety, reasons):
    line = cues[0][ident]
    assert (line["safety"], line.get("reasons", [])) == (safety, reasons)


def test_cameo_cue_policy_counts(cues):
    lines, report = cues
    assert lines["cameo.190.attack"]["prose"] == 2  # 'attack', 'attacked'
    assert report["by_safety"] == {"needs_context": 3, "ok": 5}
    # 'say' and 'be' are statements (010, no claim), the VOW block's verb has the null code;
    # the pattern '(IN FAVOR) [050]' maps to COOPERATES_WITH.
    assert report["dropped"] == {"no_claim": 2, "null_code": 1}
    assert report["dropped_no_claim_by_family"] == {"statements": 2}
    assert report["by_type"] == {"ATTACKS": 6, "COOPERATES_WITH": 1, "pledge": 1}


def test_cameo_mapping_lemma_relation_overrides_its_family(cmap):
    family = cmap.family("110")
    assert (family.relation, cmap.relation(family, "110", "compete"), cmap.relation(family, "110", "decry")) \
        == ("CONDEMNS", "OPPOSES", "CONDEMNS")


def test_cameo_cues_take_the_lemma_relation(cmap):
    builder = CueBuilder(cmap, Keyer({}), LEMMAS, Prose(PROSE, Keyer({}), cmap.window), frozenset())
    builder.read(dictionary("---  DISAPPROVE   [110]  ---\nDECRY\nCOMPETE\n"))
    relations = {line["lemma"]: (line["relation"], line.get("reviewed", False), line.get("after", []))
                 for line in builder.lines()}
    assert relations == {"decry": ("CONDEMNS", False, []), "compete": ("OPPOSES", True, [["against", "with"]])}
