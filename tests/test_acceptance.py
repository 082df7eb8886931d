"""The issues' figures, measured the way `briefs evaluate` measures them."""

from __future__ import annotations

import pytest

from pipeline.review.evaluate import evaluate
from tests.conftest import CORPUS, SEED_DIR, needs_shared


def _fresh_report(folder, out, nlp):
    """Score a fresh extraction (not the committed outputs, which --force-regen may be rewriting)."""
    from pipeline import extract_brief
    from pipeline.read import SUFFIXES, read
    from pipeline.run.writer import dumps

    for brief in (p for p in sorted(folder.iterdir()) if p.suffix in SUFFIXES):
        (out / f"{brief.stem}.jsonl").write_text(dumps(extract_brief(read(brief), nlp)), encoding="utf-8")
    return evaluate(folder, out).as_dict()


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory, nlp):
    return _fresh_report(SEED_DIR, tmp_path_factory.mktemp("seed"), nlp)


@needs_shared
def test_acceptance_seed_entities(seed_report):
    strict = seed_report["entities"]["strict"]
    assert strict["all"]["f1"] >= 0.95
    for label in ("GROUP", "STATE", "PERSON"):
        assert strict[label]["f1"] >= 0.90, label


@needs_shared
def test_acceptance_seed_claims(seed_report):
    claims = seed_report["claims"]
    assert claims["pledge"]["f1"] >= 0.80
    assert claims["assessment"]["f1"] >= 0.75
    assert claims["relationship"]["f1"] >= 0.75
    assert claims["relationship_labelled"]["f1"] >= 0.70
    assert seed_report["likelihood_band_accuracy"] >= 0.90


# Ratchets: the figures reached when this was written, less a small margin. The tests above
# hold the issues' targets; these catch a regression that stays above them (a rule change
# that costs the corpus a tenth of its band accuracy would pass the targets but not this).
# Measured on the 63 corpus briefs (059-063 joined after their blind scoring): entities 0.980
# (GROUP 0.972, STATE 0.994, PERSON 0.986); pledge 0.846, assessment 0.890, relationship 0.596
# (labelled 0.560); band accuracy 0.971 (claims whose cue lies in a gold snippet match it first).
# On 83 briefs (074-083 joined after their blind scoring; their claims are harder than the
# older briefs', so the claim floors came down with them): entities 0.980 (GROUP 0.973, STATE
# 0.997, PERSON 0.983); pledge 0.855, assessment 0.888, relationship 0.616 (labelled 0.584);
# band accuracy 0.969. On 88 briefs (084-088 joined after their blind scoring; their assessments,
# many of them unhedged judgements with no cue word, are missed more often): entities 0.980
# (GROUP 0.972, STATE 0.996, PERSON 0.984); pledge 0.860, assessment 0.883, relationship 0.627
# (labelled 0.597); band accuracy 0.969. On 93 briefs (089-093 joined after their blind scoring:
# groups with no organisation word, 'Core in Fronte', 'Me'ekamui', and Assamese names no given-name
# list holds are missed): entities 0.980 (GROUP 0.974, STATE 0.998, PERSON 0.981); pledge 0.861,
# assessment 0.887, relationship 0.628 (labelled 0.600); band accuracy 0.970. On 98 briefs (094-098
# joined after their blind scoring: Nepali, New Caledonian and Georgian parties named with no
# organisation word, 'Nepali Congress', 'PALIKA', 'Calédonie Ensemble', nicknames such as
# 'Prachanda' and 'Balen', and relationships stated in shapes no rule reads): entities 0.978
# (GROUP 0.971, STATE 0.997, PERSON 0.980); pledge 0.856, assessment 0.887, relationship 0.621
# (labelled 0.591); band accuracy 0.965. On 103 briefs (099-103 joined after their blind scoring:
# a hunters' association and a militia named only by its town, 'Ras Kamboni' read as a person,
# 'Lula' and a party's acronym no text defines): entities 0.978 (GROUP 0.970, STATE 0.997, PERSON
# 0.981); pledge 0.862, assessment 0.885, relationship 0.625 (labelled 0.594); band accuracy 0.970.
# On 108 briefs (104-108 joined after their blind scoring: Korean names written family name first
# and used by that name alone ('Kim', 'Pak'), a Niger Delta commander known by a nickname
# ('Tompolo', given name 'Government'), cult gangs named like demonyms ('Icelanders'), and
# relationships in shapes no rule reads): entities 0.978 (GROUP 0.971, STATE 0.998, PERSON 0.979);
# pledge 0.861, assessment 0.889, relationship 0.620 (labelled 0.590); band accuracy 0.967. The
# PERSON and relationship floors came down with those briefs. On 113 briefs (109-113 joined after
# their blind scoring; their relationships are stated in shapes few rules read, 0.49 on the five
# after the fixes that followed): entities 0.979 (GROUP 0.971, STATE 0.998, PERSON 0.979); pledge
# 0.861, assessment 0.890, relationship 0.615 (labelled 0.584); band accuracy 0.966. On 118 briefs
# (114-118 joined after their blind scoring: Spanish-named bodies, a syllabic acronym with an
# accent ('UMOPAR'), 'Jamaat' for Jamaat-e-Islami, offices named after the body, 'the KRG prime
# minister'): entities 0.978 (GROUP 0.971, STATE 0.997, PERSON 0.977); pledge 0.865, assessment
# 0.889, relationship 0.615 (labelled 0.584); band accuracy 0.966. On 123 briefs (119-123 joined
# after their blind scoring: Spanish and Portuguese state agencies, groups named with no
# organisation word ('Block Nine', 'Ubumbano'), a ruler named by his title ('the Nayiri'),
# pledges of a speaker for his side; and their writers marked "we assess that ..." with no hedge
# as an unhedged judgement (band none) where the older corpus gold and the rule say 'unspecified',
# a reading GOLD.md leaves open): entities 0.976 (GROUP 0.968, STATE 0.997, PERSON 0.976);
# pledge 0.855, assessment 0.893, relationship 0.614 (labelled 0.584); band accuracy 0.960. The
# entity, pledge and band floors came down with those briefs. On 128 briefs (124-128 joined after
# their blind scoring: names in sentence case with their acronyms, 'Conseil militaire de salut du
# Tchad (CMST)', numbered units, 'Densus 88', honorifics of other languages, 'Pu', 'Ustadz';
# and GOLD.md's 'none for unhedged judgements' now holds for a bare 'we assess/judge', in the
# rule and in the 48 older gold claims that had it 'unspecified'): entities 0.976 (GROUP 0.968,
# STATE 0.997, PERSON 0.976); pledge 0.852, assessment 0.897, relationship 0.616 (labelled
# 0.585); band accuracy 0.970. The band floor went up with that reading. On 133 briefs (129-133
# joined after their blind scoring: a Portuguese name whose acronym takes the syllables of its
# words ('ANAMOLA'), 'Posse' and 'Column' as heads, an apposition closed by a participle,
# 'Zion Yard Federation', whose head word names sports bodies as often, stays missed): entities
# 0.976 (GROUP 0.969, STATE 0.997, PERSON 0.977); pledge 0.851, assessment 0.898, relationship
# 0.619 (labelled 0.587); band accuracy 0.970. On 138 briefs (134-138 joined after their blind
# scoring: gangs named after a person of the brief, 'the Sundrani gang'; a surname several people
# share means the one a list knows; 'War' before a head; a section's number opens no name; quoted
# "We will" given to the speaker the sentence names; attacks on a group's patrol or post; leaders
# in apposition with a possessive, 'X, the ADF's leader'): entities 0.977 (GROUP 0.970, STATE
# 0.997, PERSON 0.977); pledge 0.861, assessment 0.900, relationship 0.623 (labelled 0.592); band
# accuracy 0.969. On 143 briefs (139-143 joined after their blind scoring: hyphenated faction
# acronyms, 'NSCN-K', a role glossed in brackets before a name, 'Basij' and 'Quds Base' with no
# organisation word): entities 0.975 (GROUP 0.967, STATE 0.997, PERSON 0.976); pledge 0.857,
# assessment 0.901, relationship 0.620 (labelled 0.588); band accuracy 0.968. On 148 briefs
# (144-148 joined after their blind scoring; their gold's ministries, companies and
# intergovernmental bodies moved to neutral as the corpus gold has them): entities 0.974 (GROUP
# 0.967, STATE 0.997, PERSON 0.975); pledge 0.858, assessment 0.902, relationship 0.618 (labelled
# 0.585); band accuracy 0.968. On 153 briefs (149-153 joined after their blind scoring: a
# key-block section beside the article, hard-wrapped lines, coordinated and object-relative
# subjects, Spanish group names, titled surnames): entities 0.975 (GROUP 0.968, STATE 0.997,
# PERSON 0.974); pledge 0.855, assessment 0.902, relationship 0.618 (labelled 0.586); band 0.969;
# then, with vows of force, negotiating something with another, place phrases before 'to' and
# hard-wrapped key blocks: entities 0.975 (GROUP 0.968, STATE 0.997, PERSON 0.975); pledge 0.858,
# assessment 0.902, relationship 0.622 (labelled 0.590). On 158 briefs (154-158 joined after their
# blind scoring): entities 0.975 (GROUP 0.969, STATE 0.996, PERSON 0.974); pledge 0.859,
# assessment 0.903, relationship 0.624 (labelled 0.589); band 0.969. On 163 briefs (159-163 joined
# after their blind scoring: soft line wraps read as spaces, split rank abbreviations, surnames
# with an apostrophe, participles before a target): entities 0.975 (GROUP 0.969, STATE 0.996,
# PERSON 0.975); pledge 0.861, assessment 0.904, relationship 0.625 (labelled 0.592); band 0.970.
# On 168 briefs (164-168 joined after their blind scoring: a hyphen-glued capital opening a group's
# name, an organisation noun after 'of the', 'Rear' and 'Mallam' as titles, an object description
# that is not its clause's subject): entities 0.975 (GROUP 0.968, STATE 0.996, PERSON 0.975);
# pledge 0.860, assessment 0.905, relationship 0.626 (labelled 0.592); band 0.970. On 173 briefs
# (169-173 joined after their blind scoring: a header naming only its readers keeps its title, one
# actor for the Uganda People's Defence Force, a short wrapped line ending on 'the' runs on): entities 0.975 (GROUP 0.969, STATE 0.996, PERSON
# 0.974); pledge 0.860, assessment 0.907, relationship 0.629 (labelled 0.593); band 0.971. On 178
# briefs (174-178 joined after their blind scoring: a month's abbreviation as a name word, a shaped
# name's last words as its short name, a role of a named body before an apposed name, an alias
# with no name before it, 'Prepared by:' naming the publisher, the federal government as a
# federal state, object relatives with 'pay', 'answers to' a person, a demonym before a named
# group, well-known acronyms as data): entities 0.975 (GROUP 0.969, STATE 0.996, PERSON 0.975);
# pledge 0.862, assessment 0.908, relationship 0.629 (labelled 0.594); band 0.972. On 183
# briefs (179-183 joined after their blind scoring: Spanish organisation words opening a name,
# a name without its Spanish article, a party named like a town, 'ruled out talks' as denied
# talks, more passive attack verbs, a partner verb a few words before 'with' a capital, a pledge
# noun in apposition as the pledge just made, a member's role word in apposition, a first name
# not taken from a longer name): entities 0.976 (GROUP 0.970, STATE 0.996, PERSON 0.976);
# pledge 0.865, assessment 0.909, relationship 0.632 (labelled 0.596); band 0.972. On 188
# briefs (184-188 joined after their blind scoring: a Portuguese article opening a name, a
# sentence's opening preposition left out of a defined name, a capital as the object of a supply
# verb): entities 0.976 (GROUP 0.970, STATE 0.997, PERSON 0.976); pledge 0.864, assessment
# 0.909, relationship 0.632 (labelled 0.597); band 0.972. On 193 briefs (189-193 joined after
# their blind scoring: 'Marines' and a modified 'Intelligence' as heads, an electoral 'List' after
# a demonym, a brief's own acronym over a listed one, a Spanish family name in the English
# plural; pressure applied on another, fire exchanged or opened, X-backed and X-affiliated in
# apposition, 'affiliated with' past an adverb, 'whose coordinator is X', operations as a force's
# agents, 'so far' inside a verb group, a capital before a quoted verb group, a relative clause
# holding a list): entities 0.976 (GROUP 0.969, STATE 0.997, PERSON 0.976); pledge 0.866,
# assessment 0.910, relationship 0.635 (labelled 0.599); band 0.973. On 198 briefs (194-198 joined
# after their blind scoring: a police service's or authority's own noun, a demonym opening an
# agency joined by 'and', a sect word opening an unknown name, one word in brackets as a group's
# name, a family name written first, 'Pir' as a title; a list of things supplied, talks in a
# place with another, a person taking over a group, a time before a passive's 'by', a preposition
# that keeps 'commanded the attack on X' from leading X; the brief's main state counted with the
# places it names): entities 0.975 (GROUP 0.968, STATE 0.997, PERSON 0.977); pledge 0.868,
# assessment 0.911, relationship 0.634 (labelled 0.599); band 0.973. On 203 briefs (199-203 joined
# after their blind scoring: 'One' opening a name, a local word before an organisation noun, a
# naming cue after 'cell', an acronym definition vouched by an apposed organisation noun, an
# unknown given name before a vouched surname, 'commissioner' as a role; 'lobby' as pressure, two
# named sides discussing): entities 0.975 (GROUP 0.968, STATE 0.997, PERSON 0.977); pledge 0.869,
# assessment 0.913, relationship 0.633 (labelled 0.599); band 0.974. On 208 briefs (204-208 joined
# after their blind scoring: a unit named after an ordinal with a place's word, 'the 201st Military
# Base'; 'Prefectura' as a Spanish head; a head-first name's opening word alone as its short
# name): entities 0.976 (GROUP 0.969, STATE 0.997, PERSON 0.977); pledge 0.870, assessment 0.914,
# relationship 0.634 (labelled 0.599); band 0.974. On 213 briefs (209-213 joined after their blind
# scoring: 'Scouts' as a head, 'Tanzeem' as a lead word, a listed group placed 'in' a state is no
# longer name, whose relative clause is the group's): entities 0.976 (GROUP 0.969, STATE 0.997,
# PERSON 0.977); pledge 0.870, assessment 0.914, relationship 0.634 (labelled 0.600); band 0.975.
# On 218 briefs (214-218 joined after their blind scoring: 'Renovación' as a Spanish party word;
# the Tribal Mobilisation Forces, Fretilin and the CNRT as hand data): entities 0.976 (GROUP
# 0.969, STATE 0.997, PERSON 0.977); pledge 0.871, assessment 0.914, relationship 0.635
# (labelled 0.601); band 0.975. On 223 briefs (219-223 joined after their blind scoring:
# 'Killers' as a head, a unit 'of' a listed group named apart from it, a lead word opening its own
# name before 'and'; Kompania Bello as hand data): entities 0.976 (GROUP 0.969, STATE 0.997,
# PERSON 0.977); pledge 0.872, assessment 0.915, relationship 0.635 (labelled 0.601); band 0.976.
# On 228 briefs (224-228 joined after their blind scoring: ground retaken 'from' or driven 'out
# of', funding 'for', an X-led force in apposition, a second leader's role, object pronouns not
# bound by their clause's subjects, relatives on an object, 'both gangs' never the police):
# entities 0.976 (GROUP 0.969, STATE 0.997, PERSON 0.977); pledge 0.873, assessment 0.916,
# relationship 0.639 (labelled 0.605); band 0.976. On 233 briefs (229-233 joined after their
# blind scoring: a title in capitals holding the brief's names, 'warned X against', sharing or
# coordinating something 'with', buying 'from', 'protested to', 'routed', an office held in
# apposition, a pledge 'by' its makers, a capital as the source of backing or listed with a group,
# a group 'under' its leader as the subject, places listed before a new clause):
# entities 0.976 (GROUP 0.969, STATE 0.998, PERSON 0.978); pledge 0.876, assessment 0.916,
# relationship 0.642 (labelled 0.609); band 0.976. On 238 briefs (234-238 joined after their
# blind scoring: YAML front matter read as the header, section headings state no claims, a leader's
# role with its own adjectives, a quoted nickname inside a name, Cape Flats gangs as hand data,
# 'Kommando' as a head; ECOWAS, the AES and Pemex kept neutral as in the corpus before):
# entities 0.976 (GROUP 0.969, STATE 0.998, PERSON 0.978); pledge 0.875, assessment 0.915,
# relationship 0.640 (labelled 0.607); band 0.976. On 243 briefs (239-243 joined after their
# blind scoring: a name a group 'calls itself' and its first word alone, acronyms before 'teams'
# and a state's own acronym, a name before 'commandos' or 'battalions', 'the Army' or 'the Armed
# Forces' alone, 'the Federal Government of X', a middle surname after an unlisted given name, a
# passive's subject past a place and its agent description, 'keeps striking'; Somalia's federal
# member states, US combatant commands and agencies as hand data; commissions, ministries and
# courts kept neutral as in the corpus before): entities 0.977 (GROUP 0.970, STATE 0.998, PERSON
# 0.979); pledge 0.875, assessment 0.914, relationship 0.644 (labelled 0.610); band 0.976. On 248
# briefs (244-248 joined after their blind scoring: 'Mafia', 'Jirga', 'Lashkar' as heads, 'Les'
# opening a name, 'the Gendarmerie nationale', 'the National Army', an Arabic article glued to a
# name, a plural-headed name without its head ('Sudan Shield'), two named groups joined by a
# hyphen, an Iberian surname after two given names, 'the single largest obstacle'; Yoda, OFAST,
# GIGN, DGSN and 'Gaitanistas' as hand data; ministries, courts and prosecutors' offices neutral,
# titles outside names): entities 0.978 (GROUP 0.971, STATE 0.998, PERSON 0.979); pledge 0.875,
# assessment 0.914, relationship 0.644 (labelled 0.610); band 0.975. On 253 briefs (249-253
# joined after their blind scoring: 'the Government of National Accord' and its kin, 'NGO' no
# group, 'the government of President X' bound to X's own state or to none, never to the brief's
# main state by default; the Badr Organization, Mai-Mai Yakutumba, Apa na Pale and the FNL as hand
# data): entities 0.978 (GROUP 0.971, STATE 0.997, PERSON 0.980); pledge 0.874, assessment
# 0.913, relationship 0.645 (labelled 0.612); band 0.974. On 258 briefs (254-258 joined after
# their blind scoring: table rows read as lines of cells, a claim in a cell evidenced by its row;
# a name in its own language with its acronym in brackets; 'which calls itself X'; 'Inspector
# General of Police X'; a lead-word name stopping at a dash; a nickname after a late surname; a
# relative after a singular apposition; 'the gang' opening a sentence; partnership and joint
# action 'with' or 'by'; 'CAR' and the 3R as data): entities 0.978 (GROUP 0.972, STATE 0.998,
# PERSON 0.980); pledge 0.875, assessment 0.912, relationship 0.650 (labelled 0.617); band 0.973.
# On 263 briefs (259-263 joined after their blind scoring: a crime family 'the X family/clan/crew'
# in a brief about organised crime, and its name alone; a rank inside a quoted nickname; nicknames
# in brackets after a name; 'a trader named X'; 'that' before a past form opening a relative
# clause, past a counted head; Italian mafias and police forces as hand data): entities 0.978
# (GROUP 0.971, STATE 0.998, PERSON 0.980); pledge 0.874, assessment 0.912, relationship 0.649
# (labelled 0.615); band 0.972. On 268 briefs (264-268 joined after their blind scoring: a
# person's cartel, organisation or syndicate named by his surname; quoted nicknames opening with an
# article ('"the Monk"', '"al-Ashqar"') or after 'goes by'; a pledge cue after 'once X' is a
# condition; 'claims the mantle of', 'under the protection of', 'disowned', 'reinforce'; the
# Crips, Bloods and Los Zetas as data): entities 0.977 (GROUP 0.970, STATE 0.998, PERSON 0.980);
# pledge 0.874, assessment 0.913, relationship 0.649 (labelled 0.616); band 0.971. On 273 briefs
# (269-273 joined after their blind scoring: 'led on the West Rand by X'; a name a quoted nickname
# vouches for; 'known as the X' after a body's noun; 'Katibah' and 'Geng' opening names; the
# Berber 'n' inside one; 'Gendarmerie Nationale'; 'Warrant Officer'; crime words 'kush',
# 'syndicate', 'banditry'; the Hawks and Densus 88 as data): entities 0.977 (GROUP 0.970, STATE
# 0.997, PERSON 0.980); pledge 0.874, assessment 0.913, relationship 0.646 (labelled 0.613); band
# 0.970. On 278 briefs (274-278 joined after their blind scoring: a given name before a quoted
# nickname opens one name ('Héctor "El Chino" Rosado Vélez') and the nickname is found again;
# 'MC' and 'Syndicate' as heads; 'oath-' in a compound is no pledge; Hells Angels and the two
# Barrio 18 factions as data): entities 0.976 (GROUP 0.969, STATE 0.997, PERSON 0.980); pledge
# 0.873, assessment 0.914, relationship 0.645 (labelled 0.612); band 0.969. On 283 briefs
# (279-283 joined after their blind scoring: 'clashed with' is ATTACKS, as 80 of the 85 gold
# clashes say; 'gunmen loyal to X' stands for X; 'its commander in <place>, X'; a relationship
# asked about after 'whether' is not stated; 'Israel-linked vessels' are not Israel; a cue in a
# second role apposition ('X, Y's president and a close ally of Z') is X's; a lettered point's
# marker is no initial; a rebel army's name after a state's possessive is placed, not the state's
# unit; 'opposed by' is a passive; 'triad' and 'syndicate' as organisation nouns; the 14K and
# other triads as data): entities 0.976 (GROUP 0.968, STATE 0.997, PERSON 0.980); pledge 0.872,
# assessment 0.914, relationship 0.645 (labelled 0.613); band 0.969. On 288 briefs (284-288
# joined after their blind scoring: Japanese organisation endings glued to a name ('Kobe
# Yamaguchi-gumi', 'Sumiyoshi-kai'); Turkish plural gang names in a crime brief ('Daltonlar');
# a crime family in the plural ('the Rizzutos'); plural heads of gang names ('Red Devils',
# 'Maafannu Sharks'); 'chapter' as an organisation noun, past a listed name in an apposition;
# 'the Gendarmerie' alone; fighting is ATTACKS and opposing, resisting, confronting OPPOSES;
# 'the principal supplier of X'; 'X and Y pool their ...'; 'a member of parliament for <party>';
# 'steered by', 'man ... jointly with'; officers and personnel 'of X' stand for X; the SPVM
# and the Rock Machine as data): entities 0.975 (GROUP 0.967, STATE 0.997, PERSON 0.980);
# pledge 0.874, assessment 0.914, relationship 0.645 (labelled 0.614); band 0.968. On 293 briefs
# (289-293 joined after their blind scoring: a hyphenated name before a crime family's noun is
# whole ('the Al-Zein family'); 'faction' after a person's surname names his faction):
# entities 0.974 (GROUP 0.966, STATE 0.997, PERSON 0.978); pledge 0.873, assessment 0.914,
# relationship 0.644 (labelled 0.613); band 0.967. The German clans brief (289) holds GROUP
# names no shape finds yet (German agency names, 'Polizei NRW', 'LKA Berlin', 'Shabab
# al-Ruhr'), so the entity floors below were lowered by 0.002-0.003 when it joined.
# On 298 briefs (294-298 joined after their blind scoring: a quoted nickname in brackets after
# two capitalised words makes them a name ('Klodian Marku ("Pelikani")'), 'goes by' right after a
# name; Swahili joiners ('Kikosi cha Rovuma'), 'self-styled' names a body, 'Força'/'Facción' as
# heads, 'Council of <people> <title-holders>', a party word with a party apposition ('the Beja
# Congress, the region's oldest party'); 'should' opening a condition is no prescription; a year
# between a possessor and its noun ('Castro's 2024 threat', "Washington's 2025 designation");
# designation as a noun; 'agreed with X' and 'discussed ... with X' as talks; 'an army
# checkpoint' is the army's, and 'the army' the latest force named an army; handing over
# control or a prison is no support; Renamo, Osbat al-Ansar and Força Local as data):
# entities 0.974 (GROUP 0.967, STATE 0.996, PERSON 0.979); pledge 0.873, assessment 0.914,
# relationship 0.647 (labelled 0.616); band 0.966. On 303 briefs (299-303 joined after their
# blind scoring: two unknown capitalised words whose second the brief writes alone are a person
# ('Ridouan Taghi' ... 'Taghi'); a listed service's acronym before a unit ('FSB Border
# Service'); a code name after 'Strike Force'/'Task Force'; a place after a hyphened suffix
# ('Task Force-Horn of Africa'); an English 'in' after a Spanish name places it; 'X is a
# <body noun>' defines a group; a two-word name's plural last word alone ('the Sovereigns');
# motorcycle clubs as data that a club word must vouch for; a stated percentage banded by
# ICD-203; 'remains unclear' an open question; an object pronoun is not the subject before its
# verb; Europol, Interpol and FRUD as data): entities 0.976 (GROUP 0.968, STATE 0.997,
# PERSON 0.981); pledge 0.875, assessment 0.915, relationship 0.650 (labelled 0.618); band 0.966.
# On 308 briefs (304-308 joined after their blind scoring: cyber crews and ransomware brands from
# the MISP galaxy clusters, named only where a sentence or the brief is about intrusions; 'The'
# inside a sentence is a name's own ('remnants of The Base'); 'Collective' heads a name; a
# vendor's 'a crew we track as X'; an apposition past a gloss in brackets and the whole bracket
# as the group's other name ('the Amu Front (Jabha-ye Amu)'); names listed before a plural family
# noun ('the Contini, Licciardi and Mallardo clans'); a security agency's own noun ('Israel
# Security Agency'); bans in a state, lists as terrorist, travel bans and asset freezes as
# pressure; a group's successor affiliated with it; a semicolon closes the clause an actor is
# sought in): entities 0.975 (GROUP 0.967, STATE 0.997, PERSON 0.981); pledge 0.877, assessment
# 0.914, relationship 0.649 (labelled 0.618); band 0.966. On 313 briefs (309-313 joined after
# their blind scoring: a title-case line of two long words among five or more is a headline; a
# body's head ends no person's name; a named unit 'of' a named body is affiliated with it):
# entities 0.975 (GROUP 0.966, STATE 0.996, PERSON 0.980); pledge 0.876, assessment 0.915,
# relationship 0.648 (labelled 0.616); band 0.965, the new briefs' 0.92 bringing the band floor
# down to 0.96. On 318 briefs (314-318 joined after their blind scoring: a people's adjective, one
# the brief writes before 'men', 'dissidents', 'parliament'..., names no group before 'units';
# 'the Yamada group' named after a town; Japanese 'no' inside a name; a plural's possessive
# before 'Association'; taxi associations and business forums in a brief about organised crime;
# a fronted 'A splinter of X, Y'; no given name before an ordinary word in a headline):
# entities 0.974 (GROUP 0.965, STATE 0.995, PERSON 0.980); pledge 0.876, assessment 0.915,
# relationship 0.647 (labelled 0.616); band 0.965. On 323 briefs (319-323 joined after their
# blind scoring: German and Italian organisation words and joiners; a regnal number inside a
# name; 'Sheriff' and 'Guide' as titles, 'Sheriff' a given name before one word; sentence
# adverbs open no name; a capital or an address's place is no person; a plural of agents before
# 'Association'; 'led ... by' over a longer phrase): entities 0.974 (GROUP 0.965, STATE 0.995,
# PERSON 0.980); pledge 0.876, assessment 0.915, relationship 0.647 (labelled 0.615); band 0.965.
# On 328 briefs (324-328 joined after their blind scoring: names in a table's first column under
# an actor header; 'a crew/splinter/cell ...' appositions; Turkish, Italian, Irish and Indic
# organisation words; three hyphen-joined family names in a crime brief; raids on an actor's
# property; 'the crew', 'the cell', 'both forces' as references; reported futures and quotations
# that the verb after 'and' does not share): entities 0.974 (GROUP 0.965, STATE 0.995, PERSON
# 0.980); pledge 0.880, assessment 0.915, relationship 0.649 (labelled 0.617); band 0.965.
# On 333 briefs (329-333 joined after their blind scoring: English words before a member noun
# that the brief also writes alone; a state's name before an ordinary capitalised word; party
# appositions; two-word roles; 'in turn' before a verb): entities 0.974 (GROUP 0.965, STATE
# 0.995, PERSON 0.980); pledge 0.880, assessment 0.915, relationship 0.648 (labelled 0.616);
# band 0.965. On 338 briefs (334-338 joined after their blind scoring: 'ut-', 'ud-', 'ur-',
# 'us-' join an Arabic name's words; 'Sheikh Hasina' listed; a propaganda outlet as an
# affiliate; and the session's mechanisms before them): entities 0.974 (GROUP 0.965, STATE
# 0.995, PERSON 0.981); pledge 0.881, assessment 0.916, relationship 0.649 (labelled 0.616);
# band 0.965. On 358 briefs (354-358 joined after their blind scoring: the last word of a group's
# name that no list holds is its head ('the Framework'); 'whom' after a name; a given name that
# is a common word opening a sentence the rest of which vouches for the person; a resolved 'his'
# owning a named group; 'X and his Y'; a person's group named by one foreign word described
# after it; asking, warning, regarding as a rival, recognition and trade as relations):
# entities 0.974 (GROUP 0.965, STATE 0.994, PERSON 0.981); pledge 0.878, assessment 0.917,
# relationship 0.651 (labelled 0.617); band 0.967. On 363 briefs (359-363 joined after their
# blind scoring: 'who leads X' names a group; a number before a group noun ends a name, 'the
# GenZ 212 movement'; a lone capital ends one, 'Generación Z'; the word after a Spanish article
# as a head reference, 'the Gavilanes'; a role owned by a two-word name vouches for a person;
# 'they' after two people coordinated; 'as the leader of', a state's titled person, inflicting a
# defeat on, welcoming another's troops, ratifying a treaty with, governing alongside, holding
# (no) talks together as relations): entities 0.974 (GROUP 0.965, STATE 0.994, PERSON 0.981);
# pledge 0.878, assessment 0.917, relationship 0.652 (labelled 0.618); band 0.966. On 368
# briefs (364-368 joined after their blind scoring: political parties from Party Facts, each
# named only in a brief about its country; a list's party acronym in brackets after the name the
# brief gives it; context words folded as the lists' keys are): entities 0.975 (GROUP 0.966,
# STATE 0.994, PERSON 0.981); pledge 0.878, assessment 0.917, relationship 0.651 (labelled 0.617);
# band 0.966. On 373 briefs (369-373 joined after their blind scoring: a name after a party noun
# is no group's when a past verb and a preposition follow it, 'the party Kostadinov founded in
# 2014'; 'dela', 'delos' inside names; the name right after an owned relational noun, 'and its
# ally Amal'): entities 0.974 (GROUP 0.965, STATE 0.994, PERSON 0.981); pledge 0.876, assessment
# 0.917, relationship 0.649 (labelled 0.615); band 0.967. On 378 briefs (374-378 joined after
# their blind scoring: an acronym someone leads in an apposition after it, 'CONAIE, led by X';
# striking targets in a state, finding a partner in another, lending another money): entities
# 0.974 (GROUP 0.965, STATE 0.994, PERSON 0.982); pledge 0.876, assessment 0.918, relationship
# 0.650 (labelled 0.615); band 0.967. On 383 briefs (379-383 joined after their blind scoring:
# a given name before the surname of a person the brief names later; a role with a modifier
# after a name; 'armed and paid by', 'enjoys the backing of' read with the backer as the actor):
# entities 0.974 (GROUP 0.965, STATE 0.995, PERSON 0.982); pledge 0.877, assessment 0.918,
# relationship 0.650 (labelled 0.614); band 0.967. On 388 briefs (384-388 joined after their
# blind scoring: a party's English Wikipedia title as a name when made of the list's words,
# 'Likud', 'Shas'; a body's office before a name, 'Senate President David Mark', and 'Chief
# Justice' before a hyphenated given name; a surname before the full name when a word that
# cannot go on a name follows it; short participles and adjectives closing a group's
# apposition, 'a jihadist faction tied to ISSP'; 'the Guards' in a brief naming the IRGC):
# entities 0.975 (GROUP 0.965, STATE 0.995, PERSON 0.983); pledge 0.877, assessment 0.918,
# relationship 0.650 (labelled 0.614); band 0.967. On 393 briefs (389-393 joined after their
# blind scoring: family names English writes first, 'Xi' alone for Xi Jinping; a person's
# possessive owning an acronym or a name before a past verb, "Andrej Babis's ANO joined"; a
# sentence's first word kept in a name the brief writes mid-sentence too, 'Students in
# Blockade'; a name apposed to an organisation noun despite a place word, 'A smaller militia, the
# Menchum Valley Defenders (MVD),'; 'the president' no longer a vice president; state offices
# placed or with an article in appositions, 'Xue Jian, China's consul general in Osaka', 'Tom
# Barrack, the US ambassador to Turkey'; 'compete with' as rivalry; La Paz as Bolivia's seat;
# China's People's Liberation Army by hand, not PETRARCH2's 'PLA' of the INLA): entities 0.975
# (GROUP 0.965, STATE 0.995, PERSON 0.983); pledge 0.877, assessment 0.918, relationship 0.651
# (labelled 0.615); band 0.967. On 398 briefs (394-398 joined after their blind scoring: an office
# after a service word ends a group's name, 'Army Secretary Dan Driscoll'; 'Secretary of War X';
# a given name alone before the full name where nothing could go on it, 'After Raila:'):
# entities 0.975 (GROUP 0.965, STATE 0.994, PERSON 0.984); pledge 0.877, assessment 0.918,
# relationship 0.650 (labelled 0.613); band 0.967. On 403 briefs (399-403 joined after their
# blind scoring: a listed alias before a surname glued to its particle is a longer name,
# 'Mohamed Hassan al-Taishi'; a word no dictionary holds between 'the' and a leader's title,
# 'the Lelo leader'; a former head in an apposition, 'a former UNM chairman', 'the former
# Proud Boys chairman'; 'one of the founding components of JNIM'): entities 0.975 (GROUP 0.964,
# STATE 0.994, PERSON 0.984); pledge 0.876, assessment 0.918, relationship 0.649 (labelled
# 0.613); band 0.967. On 408 briefs (404-408 joined after their blind scoring: a byline's list
# of authors ('Authors: X, Y'); an institution's word as a surname after a trusted given name
# where the sentence vouches for a person ('Ana Paola Hall, who ...'), and a given name that is
# also a body's word opening one ('Sena Akue-Goeh'); a whole name's initials in brackets are the
# person's ('Juan Orlando Hernández (JOH)'); 'the Liberals' of the Liberal Party; a sect's
# descriptor before a name the brief also writes without it ('Shia Coordination Framework');
# 'Current' as a head and 'Framework' after one; a table's 'List' column; an acronym after a list
# of names defines the last; a head before an institution's word names no group ('Strategic
# Alliance Agreement'); a group's possessive before a person's name; a titled head of state with
# his state named in the sentence): entities 0.975 (GROUP 0.964, STATE 0.994, PERSON 0.984);
# pledge 0.877, assessment 0.918, relationship 0.649 (labelled 0.612); band 0.967. The Niger
# brief (406) holds companies that act in its story ('Orano', 'CNPC', 'Rosatom'), which no rule
# reads as groups, so the GROUP floor was lowered by 0.002 when it joined. On 413 briefs (409-413
# joined after their blind scoring: Malaysian, Colombian and South African party names and short
# forms as hand data where they are words ('PAS', 'Amanah', 'MK'); 'Salvation', 'Unity', 'Reform'
# and 'Opposition' before a group's head; a judge's title before a name; 'the Hamas nominee' as an
# office; 'a 2025 breakaway from the IFP'; a past form after 'the' and a noun that names no one is
# the clause's verb, not a noun phrase's, 'when the opposition refused'): entities 0.975 (GROUP
# 0.964, STATE 0.994, PERSON 0.985); pledge 0.877, assessment 0.918, relationship 0.649 (labelled
# 0.612); band 0.967. On 418 briefs (414-418 joined after their blind scoring: 'the Motorists' after
# the Motorists for Themselves; an acronym no list knows that vows, threatens or accuses is a
# group ('the CGT has threatened'), and so is one before 'wing' or 'component'; a person's own
# party keeps the acronym of its language ('Tomio Okamura's Freedom and Direct Democracy (SPD)');
# an apposition after a comma describes only the name right before it; relationship rules for a
# state's office before a name ('US Treasury Secretary Scott Bessent'), two things supplied
# ('supplied surveillance and logistics to'), intelligence of a kind shared, loans extended,
# closing ranks behind someone, a compound ally or splinter in apposition ('a long-standing
# Bolsonaro ally', 'a JAS splinter'), a leader after a described group ('a party whose chairman,
# X'), a state's force after 'whose', an office held with 'a' ('a former APR budget minister'),
# penalising and decertifying; 'the Motorists' nominee'; a passive 'was refused' is no refusal):
# entities 0.975 (GROUP 0.964, STATE 0.994, PERSON 0.984); pledge 0.877, assessment 0.919,
# relationship 0.651 (labelled 0.614); band 0.967. On 423 briefs (419-423 joined after their
# blind scoring: a Turkic patronymic ends a name ('Makhabat Tazhibek kyzy'); a word no list holds
# before a state's name, which an apposition calls a party, names the party ('Mekenim Kyrgyzstan,
# the party ...'); a defined name with an institution's word is a group when an apposition calls
# it a lobby or a firm that someone runs ('the Cyprus Crossings Initiative (CCI), a bicommunal
# business lobby co-chaired by'); Malabo as a seat of government; relationship rules for a key
# actors list ('Name - UDP leader', '- Gambian foreign minister', '- President of Senegal'), exile
# in a state, an agreement signed with another, and 'endorsed by', 'favoured by'): entities 0.975
# (GROUP 0.964, STATE 0.994, PERSON 0.984); pledge 0.877, assessment 0.919, relationship 0.651
# (labelled 0.614); band 0.967. On 428 briefs (424-428 joined after their blind scoring: a state's
# name that is also a given name opens a person's name where the brief vouches for a person or
# writes the next word alone ('Jordan Bardella', 'Israel Katz'); a name after 'the party of' is
# its leader's ('the nationalist-left party of Dimitar Apasiev'), and a hyphenated modifier may
# stand before that party noun): entities 0.975 (GROUP 0.963, STATE 0.994, PERSON 0.985); pledge
# 0.877, assessment 0.918, relationship 0.651 (labelled 0.613); band 0.967. On 433 briefs (429-433
# joined after their blind scoring: a who's-who line opens with a name of two words or more
# before a colon and a role ('Musallam al-Barrak: former MP'); 'platform' heads an apposition
# that makes a defined name a group's; key-actors lists with a colon as well as a dash, and their
# 'spokesman of GROUP' and 'Foreign Minister of STATE' forms; a <footer> inside an HTML
# <blockquote> is the quotation's attribution): entities 0.974 (GROUP 0.963, STATE 0.994, PERSON
# 0.984); pledge 0.877, assessment 0.919, relationship 0.651 (labelled 0.613); band 0.967. On 438
# briefs (434-438 joined after their blind scoring: a given name that is also a town's opens a
# name whose surname the brief writes alone twice or more ('Nigel Farage' ... 'Farage'); the
# ordinary word of a party named with its state's name is its short name once the brief writes it
# alone inside a sentence ('Reform' after Reform UK); an acronym an apposition calls an
# organisation ('the SVR, Russia's foreign intelligence service'); 'Party of <place>'; a learnt
# name replaces a shape that read part of it ('Your Party'), and splits one that 'and' joined to
# it ('The Greens and Your Party'); the Welsh particle 'ap'; an author line with a title-case job
# ('Meghna Sethi, Senior Fellow, ...'); a boundary defined by an acronym ('the Line of Actual
# Control (LAC)') and a heading of a head and English words ('Party Politics') are no groups;
# 'its Foreign Office' is not London's; relationship rules for 'a senior KDA leader', a state's
# agency in apposition, 'whose co-chairs are X and Y', 'the party X founded', an organisation
# 'launched by' a person, and a group's role word after an institution's ('AfD Bundestag deputy
# X')): entities 0.975 (GROUP 0.963, STATE 0.994, PERSON 0.984); pledge 0.877, assessment 0.918,
# relationship 0.651 (labelled 0.613); band 0.967. On 443 briefs (439-443 joined after their
# blind scoring: demonyms no stem rule makes ('Portuguese', 'Peruvian', 'Togolese') let a brief's
# country vouch for its party list; a party's own one-word name that English writes only in
# dictionaries ('Livre') and a slashed short name written with a hyphen ('CDS-PP') are in that
# list; a state's name ending a person's full name is that person alone after 'who' or beside
# another person ('Montenegro, who also chairs the PSD'); an acronym's group spelled out in an
# apposition is one actor ('The AIVD, the General Intelligence and Security Service,'); 'the
# League and Forza Italia' splits when the brief names the other party alone; 'den' is a name
# particle; a state's office with its portfolio in title case ('Australia's Minister for Pacific
# Island Affairs')): entities 0.975 (GROUP 0.963, STATE 0.994, PERSON 0.984); pledge 0.878,
# assessment 0.918, relationship 0.651 (labelled 0.612); band 0.967. On 448 briefs (444-448
# joined after their blind scoring: an umlaut written as a digraph inside an acronym folds away
# ('FPOe', 'OeVP'); a hyphen inside a party's acronym makes no two English words ('N-VA');
# titles 'Chancellor', 'Taoiseach', 'Tanaiste'; a list of names with no 'and' is one of short
# names only, not appositions ('In Northern Ireland, First Minister Michelle O'Neill, ...'); a
# security word ends an agency's name the brief defines ('State Security (VSSE)'), though not an
# intelligence discipline's ('Artificial Intelligence (AI)', false friends now read by the
# definitions too); coalition rules: 'a coalition of A, B and C' (each pair once), 'the A and B
# coalition', 'heads a coalition with', 'in coalition with'; a symmetric relation a mutual rule
# reads is said once per pair): entities 0.974 (GROUP 0.963, STATE 0.994, PERSON 0.984); pledge
# 0.878, assessment 0.919, relationship 0.652 (labelled 0.613); band 0.967. On 453 briefs (449-453
# joined after their blind scoring: an English name before a listed group alone in brackets is
# its name ('the Left (Levica)'); the words after 'of' in a name its head opens are its short
# name where written alone ('the Greens and Farmers'), unless they are a state's; a state's name
# and a word in a title-case headline, and a head with an English plural ('Party Seats'), are no
# groups; Russia's GRU and SVR listed by hand): entities 0.975 (GROUP 0.964, STATE 0.994, PERSON
# 0.984); pledge 0.878, assessment 0.919, relationship 0.652 (labelled 0.613); band 0.967. On 458
# briefs (454-458 joined after their blind scoring: initials opening a name ('J. Fonati Koffa'),
# not a list's letter ('REF: A. Harmattan'); a given name that is also a title, after a title and
# before an initial ('Major General Prince C. Johnson III'); an
# organisation noun before an acronym no list holds ('the construction union SUNTRACS') and
# 'union', 'company', 'association' heading an apposition; one word no word, place or surname
# list holds that vows, threatens, refuses or warns is an organisation ('Chiquita has since
# pledged'); Party Facts' English names kept unless made of party words only ('Homeland Union');
# 'Guard' a security word ('State Border Guard Service'); a crime family's other nouns name it
# ('the Hasanaj network'); an owner in a person's apposition is no subject of the verb after
# it; members' nouns ('NPP lawmakers') stand for their group; 'former' before a leader's title):
# entities 0.975 (GROUP 0.964, STATE 0.994, PERSON 0.984); pledge 0.880, assessment 0.919,
# relationship 0.653 (labelled 0.614); band 0.967. On 463 briefs (459-463 joined after their
# blind scoring, their gold brought to the corpus's conventions first: a name a person leads in
# an apposition after it ('Eesti 200, led by Kristina Kallas,'); the English word before 'Party'
# alone where the brief never writes it in lower case ('Labour'); an English name before a listed
# acronym whose letters are not its own ('the Greens (MDG)'); 'Board' an agency's noun ('Police and
# Border Guard Board')): entities 0.975 (GROUP 0.964, STATE 0.994, PERSON 0.985); pledge 0.880,
# assessment 0.919, relationship 0.654 (labelled 0.615); band 0.968. Relational nouns then took
# people as owners ('Kalonzo Musyoka, now William Ruto's fiercest critic', 'Javier Milei is among
# Donald Trump's closest allies'), creditors, lenders, donors and guarantors as supporters, and
# critics and challengers as rivals; envoys, deputies, aides and advisers of a person are
# affiliated with that person ('Kirill Dmitriev, Vladimir Putin's investment envoy'):
# relationship 0.656 (labelled 0.617). On 468 briefs (464-468 joined after their blind scoring:
# a unit a shape found right after a state's initials is the state's ('the US Coast Guard', 'US
# Space Force')): entities 0.975 (GROUP 0.964, STATE 0.994, PERSON 0.985); pledge 0.880,
# assessment 0.919, relationship 0.657 (labelled 0.618); band 0.967. After the review's mends (a
# one-word organisation must be called 'it' later in its sentence, an acronym an organisation
# noun names needs four letters, 'supporters', 'activists' and 'candidates' no longer stand for
# a group, 'former' only in a leader's apposition, a list's label read from its whole line):
# entities 0.975 (GROUP 0.963, STATE 0.994, PERSON 0.985); pledge 0.879, assessment 0.919,
# relationship 0.657 (labelled 0.617); band 0.967. On 473 briefs (469-473 joined after their
# blind scoring): entities 0.974 (GROUP 0.963, STATE 0.993, PERSON 0.984); pledge 0.879,
# assessment 0.918, relationship 0.656 (labelled 0.617); band 0.968. Then: a glottal apostrophe
# inside a word ('Mata'afa', 'Fa'atuatua'); short particles no list holds between the capitals an
# acronym spells ('Fa'atuatua i le Atua Samoa ua Tasi (FAST)'); an owner the acronym spells ('His
# Majesty's Armed Forces (HMAF)'); 'the' after a name word opens the next name; a party noun and
# its clause before a name ('the party he leads, United Seychelles,'); 'Corruption' a security
# word; 'the late' before a person's name; Party Facts' own-language names in any case ('déi
# gréng') and without their bracketed words; a portfolio in a title between a cue and a person;
# 'remains leader of' after a first predicate; 'ruled out any coalition with'; 'kept close ties
# with'; an unquoted attribution after a future clause ('..., its executive said') makes it the
# subject's pledge; a first person's negated passive in quotes ('"We will not be held hostage"'):
# entities 0.975 (GROUP 0.964, STATE 0.994, PERSON 0.985); pledge 0.880, assessment 0.919,
# relationship 0.657 (labelled 0.619); band 0.968. On 478 briefs (474-478 joined after their
# blind scoring): entities 0.975 (GROUP 0.964, STATE 0.994, PERSON 0.984); pledge 0.878,
# assessment 0.919, relationship 0.657 (labelled 0.618); band 0.968. Then a listed person's own
# word that the brief otherwise has only as unlisted relatives' surname means the listed person
# ('Azali' alone is Azali Assoumani, not his son; 'Prabowo' the president, not the police chief
# Listyo Sigit Prabowo); a state's initials take a numbered unit ('the US Fifth Fleet'); a
# model's designation is no acronym of an actor ('F-35B fighters'); the Malay office 'Menteri
# Besar' is a title: entities 0.975 (GROUP 0.964, STATE 0.994, PERSON 0.985); pledge 0.879,
# assessment 0.919, relationship 0.657 (labelled 0.618); band 0.968. On 483 briefs (479-483
# joined after their blind scoring): entities 0.975 (GROUP 0.963, STATE 0.994, PERSON 0.984);
# pledge 0.879, assessment 0.919, relationship 0.657 (labelled 0.618); band 0.968. Then two
# surnames joined by 'e', 'y' or 'i' are written together later ('Correia e Silva'); an
# institution's name its acronym defines is a group's when the acronym or the name commits
# itself or charges another somewhere in the brief ('The GFOW condemned the ISS', 'The DGDC said
# it would begin supplying the grid'): entities 0.975 (GROUP 0.964, STATE 0.994, PERSON 0.985);
# pledge 0.880, assessment 0.919, relationship 0.657 (labelled 0.619); band 0.968. After the
# review's mends (an unquoted attribution's speaker must speak for the subject: its officer, a
# pronoun, 'the group', 'officials'; only commitments, not charges, make an institution a group;
# no clause break inside 'ruled out ... coalition with'; no aspiration in 'ties kept'; 'Corruption'
# a security word only after its prefix; 'Besar' no title alone; an opening phrase's noun makes
# no apposition; a capital after an inner apostrophe keeps spaCy's title case): the same figures.
# On 488 briefs (484-488 joined after their blind scoring): entities 0.975 (GROUP 0.963, STATE
# 0.994, PERSON 0.985); pledge 0.879, assessment 0.919, relationship 0.657 (labelled 0.619); band
# 0.968. Then a company or an association that commits itself is a group ('the Police Welfare
# Association has threatened', 'Hengyi said in October it would not commit'), past a relative
# clause ('BSP, which is owned ..., has promised') and a state's name opening it; a party
# family's name alone in a brief about politics ('Labour won', 'the Conservatives'); a company
# noun before a name ('the state oil firm Petronas'); a crime family in a sentence about crime;
# a surname that is also a place's, closed by the apposition's comma; 'The Crown Prince, X,'; a
# portfolio after 'Minister of' ends where a given name opens; a gerund's object is no subject of
# a coordinated verb; 'ruled out backing X'; 'signed by A and B'; 'switched recognition from A to
# B'; 'a senior figure in X'; 'committed Australia to'; a negated passive a speaker promises
# ('said the men will not be returned'); 'has not said whether' no pledge: entities 0.976 (GROUP
# 0.965, STATE 0.994, PERSON 0.985); pledge 0.884, assessment 0.919, relationship 0.659
# (labelled 0.620); band 0.968. On 493 briefs (489-493 joined after their blind scoring):
# entities 0.975 (GROUP 0.964, STATE 0.993, PERSON 0.984); pledge 0.882, assessment 0.919,
# relationship 0.658 (labelled 0.620); band 0.968. Then a weekday or a month after a given name
# is the person's surname ('Prime Minister Godwin Friday', 'Friday has vowed'; not 'on Friday');
# 'St Vincent', 'St. Lucia', 'St Kitts and Nevis'; no person's given name after 'St' ('St
# John's'); a group's words before its head that commit themselves are its short name ('Kings
# Romans promised' after Kings Romans Group); a capital's possessive after a preposition acts
# ('one of Caracas's closest allies') and 'recognition to Beijing'; 'pressed by', 'placed X under
# sanctions', 'the NDP government of Prime Minister X', 'switched its recognition to', a
# portfolio in lower case; 'the guarantee' after a determiner is no vow: entities 0.976 (GROUP
# 0.965, STATE 0.994, PERSON 0.985); pledge 0.886, assessment 0.919, relationship 0.659
# (labelled 0.621); band 0.968. On 498 briefs (494-498 joined after their blind scoring):
# entities 0.975 (GROUP 0.964, STATE 0.994, PERSON 0.985); pledge 0.885, assessment 0.919,
# relationship 0.660 (labelled 0.621); band 0.968. Then a word with an inner capital that
# commits itself is an organisation's without an 'it' after it ('QatarEnergy committed'); an
# apposition between an acting name and its verb is passed over as a relative clause is
# ('Glencore, the commodity trader ..., committed'); 'March 23 Movement' is the M23's English
# name; 'led by' after a name that only qualifies what is led ('Hamas negotiators, led by')
# takes no name further back; 'restrictions on', 'working ties with', 'executive secretary':
# entities 0.976 (GROUP 0.964, STATE 0.994, PERSON 0.985); pledge 0.885, assessment 0.919,
# relationship 0.660 (labelled 0.622); band 0.968. On 503 briefs (499-503 joined after their
# blind scoring): entities 0.975 (GROUP 0.964, STATE 0.993, PERSON 0.985); pledge 0.885,
# assessment 0.919, relationship 0.660 (labelled 0.622); band 0.969. Then a state's acronym in
# brackets after its possessive ('the Federated States of Micronesia's (FSM) budget'); a union's
# name its acronym defines is a group's whatever its head ('Scottish Trades Union Congress
# (STUC)', 'Kiribati Trade Union Congress (KTUC)'); a rights body's name before 'human rights'
# and its noun ('the Viasna human rights centre'); 'ruled out any formal deal with'; a group's
# 'volunteer' or 'staffer' before a name: entities 0.976 (GROUP 0.964, STATE 0.994, PERSON
# 0.985); pledge 0.885, assessment 0.919, relationship 0.660 (labelled 0.622); band 0.969. After
# the review's mends (a weekday surname only after a given name found alone; 'sworn' before a
# noun no vow, 'sworn in' no pledge; the commitment passives a list of acts granted or refused;
# 'signed by A and B' only after an agreement's noun; a union's name needs a union's head; an
# inner capital after three letters and no surname prefix; 'committed abuses to' no pledge): the
# same figures but pledge 0.886. On 508 briefs (504-508 joined after their blind scoring):
# entities 0.975 (GROUP 0.963, STATE 0.994, PERSON 0.985); pledge 0.886, assessment 0.919,
# relationship 0.660 (labelled 0.621); band 0.969. Then one of a group's own words in brackets
# after it is its short name ('Plaid Cymru (Plaid)'); a name ending in an industry's word is a
# company's, not a person's ('Tata Steel'); an acronym apposed to a prosecutor or an agency is
# a group's ('USKOK, the anti-corruption prosecutor'); a union's name keeps the acronym of its
# own language ('General Confederation of Greek Workers (GSEE)'); a word glued by a slash is the
# name's ('People's Progressive Party/Civic', 'PPP/C'), two names so glued one pair's
# ('AFC/M23'); 'Fernández de Kirchner' is Cristina Fernández de Kirchner; an inner-capital
# brand before a verb acts ('ExxonMobil operates the block'); a person's possessive opens a name
# joined by 'of' ('Zoe Konstantopoulou's Course of Freedom'); a party family's word another rule
# read alone is that party's at a sentence's start too; 'the group of former president X',
# 'co-chair of', 'secretary general', 'X, the group whose leader is Y', a part's leader a member
# of the whole ('its deputy campaign director'), 'a long-serving OeVP politician', 'X and his
# father were sanctioned', cases and reprisals 'against', a tariff 'on', a threat on a condition
# ('threatened to close the crossing unless the KIA lifts its siege'): entities 0.977 (GROUP
# 0.966, STATE 0.994, PERSON 0.986); pledge 0.887, assessment 0.919, relationship 0.663
# (labelled 0.623); band 0.969. On 513 briefs (509-513 joined after their blind scoring):
# entities 0.976 (GROUP 0.965, STATE 0.994, PERSON 0.985); pledge 0.886, assessment 0.919,
# relationship 0.663 (labelled 0.624); band 0.969. Then a name with its own first word alone in
# brackets is a body's ('Junts per Catalunya (Junts)'; Catalan and Italian joiners); the
# initials of a name's first words with the rest in brackets are its short name ('New Zealand
# First (NZ First)'); 'Mob' heads a gang's name; 'co-led by' after a name; a word the brief
# writes before 'polls', 'budget', 'voters' is an adjective ('Catalan'); the Cook Islands and
# Niue are states; an aside opened by a participle ('led since 2025 by X,') is passed over; 'who'
# after a role a body qualifies is the apposed person's ('X, the former PSOE organisation
# secretary who negotiated'); 'with the support of', aid or funding paused or cut, 'nominated':
# entities 0.976 (GROUP 0.966, STATE 0.994, PERSON 0.985); pledge 0.886, assessment 0.919,
# relationship 0.664 (labelled 0.625); band 0.969.
CORPUS_FLOORS = {"all": 0.972, "GROUP": 0.962, "STATE": 0.99, "PERSON": 0.974}
CLAIM_FLOORS = {"pledge": 0.86, "assessment": 0.89, "relationship": 0.63, "relationship_labelled": 0.60}
BAND_FLOOR = 0.96


@pytest.fixture(scope="module")
def corpus_report(tmp_path_factory, nlp):
    return _fresh_report(CORPUS, tmp_path_factory.mktemp("corpus"), nlp)


def test_acceptance_corpus_does_not_regress(corpus_report):
    report = corpus_report
    strict = report["entities"]["strict"]
    for label, floor in CORPUS_FLOORS.items():
        assert strict[label]["f1"] >= floor, label
    for ctype, floor in CLAIM_FLOORS.items():
        assert report["claims"][ctype]["f1"] >= floor, ctype
    assert report["likelihood_band_accuracy"] >= BAND_FLOOR


@pytest.mark.xfail(strict=True, reason="issue 10's corpus target is not met since blind set 17 (094-098) joined the "
                   "corpus: entities 0.976 on 513 briefs (0.980 on 93); strict, so the marker must go once it is met")
def test_acceptance_corpus_entities_meet_the_actors_issue(corpus_report):
    """Issue 10: corpus entity strict F1 >= 0.98."""
    assert corpus_report["entities"]["strict"]["all"]["f1"] >= 0.98


@needs_shared
def test_acceptance_seed_does_not_regress(seed_report):
    """The seed brief was the development reference: every figure is 1.0 and stays so."""
    assert seed_report["entities"]["strict"]["all"]["f1"] == 1.0
    for ctype in ("pledge", "assessment", "relationship", "relationship_labelled"):
        assert seed_report["claims"][ctype]["f1"] == 1.0, ctype
    assert seed_report["likelihood_band_accuracy"] == 1.0


# Issue 14: no wrong actor on a gold pledge or relationship. A hundred and four remain on 113 briefs:
# 109-113 brought six and one was mended (a chair named after 'Reverend'): a clan militia's quoted
# 'We will not put down our guns' given to the militia where the gold keeps the clan; 'its
# commander, Major General X' read as the Mobile Squad's; a US promise the gold gives the Mexican
# president it was made to; 'struck a tactical alliance with the Chapitos' given to the United States
# named before; 'assured him that Pretoria would' given to the man assured. A hundred remained on
# 108 briefs: 104-108
# brought seven, and none of them was mended (one older one was: a pronoun no longer reaches back
# past a heading, 076's 'Its commanders'; and two others a rule caught were: 'Hardline' read
# as a name's first word, 'Davao City' read as a councillor's name): a president's pledge the gold
# gives a governor; an emir's threat given to his group; a militia commander's pledge given to
# the militias' umbrella; a 'Federal Police patrol' ambush given to the army named before it;
# 'threatened to' after a coordinated verb given to the state named in its object ('used by US
# forces and threatened'); 'the transitional government of General Assimi Goita' read as the
# state named before; 'its partners in the Alliance of Sahel States' read as the state named
# before. Ninety-four remained on 103 briefs:
# 099-103 brought nine and five were mended with four older ones' kin ('met Uzbekistan's Shavkat
# Mirziyoyev' names the person; a 'she' no longer goes to a man named last, which mended two in
# 071; a gang named 'Sindicato de X' is found whole). Left: a French command whose name no shape
# reads, so its general's pledge stays his; an association of hunters (an institution word) whose
# leader is read as leading the state; 'units loyal to Jubaland's governor' given to the state; a
# province's alliance given to its leader named in the sentence before; a commander's attack the
# gold gives his forces. Ninety remained on 98 briefs: 094-098
# brought seven (a party leader's promise the gold gives his party, 'Karki's government' read as
# her state where the gold keeps her, 'Mullah Mohammad Yaqoob' linked to a listed namesake, a
# speaker's 'they would' given to the other state, a field marshal's condemnation given to the
# group he condemns, and a faction's affiliation and leader given to its parent). Eighty-three
# remained on 93 briefs: 089-093
# brought four once a verb's object, a preposition's object, a name inside an indefinite
# apposition and a noun read as a verb ('in the same text the front accused') stopped being taken
# for a later verb's subject (those mended four older ones too): a leader's vow given to his
# state when his name is in no list ('Bhaskar Chetia'), a party named 'Core in Fronte' read as
# 'Fronte' (three). Eighty-five remained on 88 briefs: 084-088
# brought five (two on bodies we do not find, the General Staff and the National Gendarmerie, whose
# words go to a neighbour; a vow reported inside another leader's sentence; a militia's vow given
# to its leader named just before; an accusation given to the party named in the speaker's
# apposition), and one of the older ones was mended. Eighty-one remained on 83 briefs (079-083
# brought eleven: a speaker's 'he promised that the union would' given to his president, 'it
# will contest' given to the last state named, a task force's short name, a party named with a
# parenthesised faction ('Akali Dal (Waris Punjab De)') read as the bare party, a gang named by
# its founder's surname, an honorific kept in one name and not another). Seventy remained on
# 78 briefs (074-078
# brought five once a group named by its kind, 'a new armed Mapuche group', and an object read as
# the subject of a coordinated pledge were mended: a defence minister's refusal given to the army,
# a task force's 'Its commanders' given to its state, an ex-member's accusation given to his old
# party, a leader given the group he once belonged to, 'both units' read as a place; and the
# Counter Terrorism Department, found since, took a participle's agent in 070). Sixty-four
# remained on 73 briefs (069-073
# brought eight: pronouns for a group's units and its officers, a speaker's 'she', a capital's
# threat given to its minister, a militia named by its community). Fifty-six were left on 68 (064-068
# brought three, two of them mended since: a pronoun after a fronted phrase, a possessive opening a
# sentence; the third is a minister's vow given to his leader; the leaders data mended two more:
# a leader's 'government' and 'assurances' are his state's). 059-063
# brought seven: a spokesman's or leader's words given to the body he speaks for and the reverse,
# a host state for its ruler; 054-058 had brought ten, 049-053 nine, 044-048 ten, and the rules
# added for set 7's misses four: 'an army
# already deployed ... against' read as the sentence's subject, a 'that' relative after a
# coalition's member list, 'Syed X' where the gold keeps the title). See the README's known
# limitations: 'both sides', 'the faction' for an unnamed branch, 'the senior general' with no
# title in the text, a '<person> Administration' acting for its state, a speaker's 'it will' for
# another actor, 'its' for a region the gold leaves neutral, a relative clause's antecedent. The
# count only falls, but for what new corpus briefs bring: 114-118 brought five (a pronoun
# after an expletive 'It took ... for Putin to', a leader for his party, a unit for its parent);
# 119-123 brought 21 (pledges a speaker makes for the body he leads or speaks for, where the
# writers split between the two, and pronouns whose antecedent is a title no rule reads); 124-128
# brought eleven (a quoted 'We will' given to the group where the gold has its speaker, 'his
# government' given to the man, 'the signatories' and 'the state' for a body no rule names);
# 129-133 brought nineteen (a party's deeds given to the leader it is named with, a spokesman's
# 'its' read as the state, a unit's commander given to the state's president), while the fixes
# that came with them mended three older ones; 134-138 brought seventeen (quoted "We will" given
# to the group where the gold has its speaker, a speaker's 'would' for a government given to the
# body named in the clause), and the fixes that came with them (a named speaker owns quoted "We
# will"; ', for his part,' is no subject) brought the whole corpus down to 156; 139-143 brought
# twenty-two (pronouns read as the last state named, 'Bujumbura' no list holds as Burundi's, a
# speaker's clause given to the body it names), three of them mended by the fixes that followed;
# 144-148 brought three. A hundred and eighty-six remain on 153 briefs: 149-153 brought eleven and
# three were mended (a threat that another 'will be disarmed' is the threatener's; 'The company
# said it would' is no earlier actor's; 'a Tren de Aragua cell led by X' is not the subject's);
# left are the honorifics 'Malik' and 'Hafiz' kept in four names, 'Israel Katz' read as the state
# and 'Katz', a wing's ambush of a band given to the state the band serves, 'Its leader, X' after
# the United States was named, and a party's congressman. A hundred and eighty-seven after the
# fixes that followed: two misses became wrong actors when their rules began to read them ('ELN
# cadres sold rifles to the Anacoco gang', whose gold names the 'Sindicato de Anacoco' the brief
# named before; 'Lebanon's General Directorate of General Security' read as 'General Security'),
# and one was mended ('Its commander, Brigadier General X' after Venezuela was named). A hundred
# and ninety-two on 158 briefs: 154-158 brought five ('accusing the Liyu Police' after a wing's
# announcement given to the state; 'Its leader, X' after a passive whose agent the sentence goes
# on to describe; an accusation by the Houthis read as the STC's; a governor's promise and a
# jirga's threat given to the army named before). A hundred and ninety-five on 163 briefs: the
# 158 before keep their 192, and 159-163 brought three ('state media warned that the army would'
# given to the junta's leader; a spokesman's promise given to the party named before him; 'the
# two groups met' read as the two named earlier in the paragraph). Two hundred on 168 briefs: the
# 163 before keep their 195, and 164-168 brought five (Shekau for the JAS remnants he once led; a
# spokesman 'for the army's 1 Division' tied to the division; 'its fighters' after a group no list
# or shape knows, Lakurawa, given to the group named before it; a refusal given to China, the
# mediator named last; a threat given to Eritrea, the object of the sentence before). Two hundred
# and five on 173 briefs: the 168 before keep their 200, and 169-173 brought five (Algeria for
# Niger in 'Niger and Burkina Faso, Mali's allies'; a spokeswoman's vow given to the gang named
# before; a colonel's offer and a refusal given to the leader or army named before the speaker;
# 'its chief, X' after a council named inside a clause about the SDF). Two hundred and eight on
# 178 briefs: the 173 before keep their 205, and 174-178 brought three ('the faction led by X'
# given to a faction named in the sentence before; 'is allied with' after a clause about the
# TPLF given to the party, not the man named last; an accusation's object given to the armed
# wing instead of a group named only by a relative clause). Two hundred and fourteen on 183
# briefs: the 178 before keep their 208, and 179-183 brought six (a refusal and an accusation
# after an apposition that names a party; a relative clause's subject taken from the modifier
# 'Amhara militias'; 'both movements' read as the group named before; a president's commitment
# given to her state named inside it). Two hundred and thirteen after the review of that
# change: a capital after 'the negotiating table with' is no longer read as a state, which took
# away 135's talks given to the EMC. Two hundred and twenty-one on 188 briefs: the 183 before
# keep their 213, and 184-188 brought eight ('Salva Kiir's government' given to Sudan, whose
# CAMEO code his PETRARCH entry carries; an IGO named in an opening phrase taken for the refuser;
# a speaker's movement for the speaker; a place in a quotation's attribution; 'they' for the
# state named before the Taliban; a gang for the police in 'seized from the gang'; two
# accusations by a party given to the state). Two hundred and twenty-three on 193 briefs: the
# 188 before keep their 221, and 189-193 brought two (a president's denunciation given to the
# militia named in his previous clause's object; an attack the gold gives to a group's brigade
# given to the group). Two hundred and twenty-five on 198 briefs: the 193 before keep their 223,
# and 194-198 brought two (a coordination the gold gives the state, read as its army's; 'its
# leader' after a sentence naming the United States). Two hundred and thirty-one on 203 briefs:
# the 198 before keep their 225, and 199-203 brought six (a faction's new leader given to the
# breakaway named before; an envoy's pressure on 'both the Houthis and the PLC' given to the first
# only; an accusation against a governor's administration given to the state; a designation of
# two cartels given to the first; a ceasefire 'between the two gangs' given to the navy and the
# gangs' parent; a front 'loyal to the EMC' read as FARC). Two hundred and thirty-five on 208
# briefs: the 203 before keep their 231, and 204-208 brought four (a Druze faction's agreement
# given to the Druze; Israel's support given to the United States named in the sentence; a clash
# the gold gives the SSA-South given to the RCSS, its political wing; supplies to the RSF 'funded
# by the UAE' given to the SAF named before). Two hundred and forty-one on 213 briefs: the 208
# before keep their 235, and 209-213 brought six (a minister's vow for the state given to the
# battalion named before; an opposition leader's vow given to the president; a president named in
# the object read as detained; an adviser's threat given to his state; a minister's quoted vow
# given to the president; a founder's promise given to the prime minister). Two hundred and
# forty-four on 218 briefs: the 213 before keep their 241, and 214-218 brought three (a minister's
# 'the PNP would not' given to the police; a militia folded into the army read as the president's
# affiliation; recognition of a faction's leadership given to the party). Two hundred and
# forty-eight on 223 briefs: the 218 before keep their 244, and 219-223 brought four (an attack on
# a gang given to its rival named in the clause before; 'the party's rival' read as the party;
# 'aligned with the movement' given to the place; 'aligned himself with Abiy's government' given
# to the state). Two hundred and fifty on 228 briefs: the 223 before keep their 248 (pronoun
# resolution moved some from one claim to another), and 224-228 brought two (a network's
# dismantling given to the Islamic State its name is linked to; a government's refusal given to
# the state rather than its prime minister). Two hundred and fifty-three on 233 briefs: the 228
# before keep their 250 (two fixed: a joint pledge 'by' two states, a party 'under' its leader;
# two new: a rout given to the leader named in the apposition before, a purchase from a cartel
# read with the place after it), and 229-233 brought three (a splinter's supplies given to its
# parent named in the apposition; a clearance operation given to the service named in the clause
# before; 'both factions' read as the PMF). Two hundred and sixty on 238 briefs: the 233 before
# keep their 253 but two (a leader 'of' a coalition in apposition given to the rebels named before
# it, 'whose kidnapping of X' given to the sentence's subject: both had been misses), and 234-238
# brought five (a chief's refusal given to his people; a cabinet's pledge given to its
# coordinator; an office 'of the state' read as the state; 'its Commission president' bound to
# the group named before a neutral body; a breakaway's alignment given to its parent). Two
# hundred and sixty-two on 243 briefs: the 238 before keep 259 (two fixed by 'keeps pressing' and
# Jubaland named as a group; one new: 'share intelligence with Guatemala City' given to the
# guard, where the gold has the ministry that promised it), and 239-243 brought three (a pledge
# given to the faction named before its maker; a militia's commander read as the clan's; a state
# president read as the region's). Two hundred and seventy on 248 briefs: the 243 before keep
# their 262, and 244-248 brought eight (a party's agreement given to the state hosting the talks;
# 'It is openly hostile' given to the corps that supplies the militia; a jirga's 'said it would'
# given to the group it spoke of; a party's support given to the group named before; 'the army
# chief has ruled out' given to the force named before, twice; 'said his unit would' given to a
# committee's leader named before the unit's officer; a minister's pledge given to his state).
# Two hundred and seventy-eight on 253 briefs: the 248 before keep 268 (three mended by binding
# 'the government of X' to X's state; one new: an attack on a 'Badr-held checkpoint' given to the
# police named before, now that 'Badr' alone is found), and 249-253 brought ten (a militia's
# pledge given to the militia where the gold has its commander; 'Tehran's financing' given to
# the state named before; a speaker's pledge given for the party; two given to the M23 where
# the gold keeps 'AFC/M23' whole; a commander's refusal given to his community; an apposition's
# leader read as the police's; 'Taghi's people' read as Taghi; a quoted pledge and a shelled
# position given to the town named before). Two hundred and eighty-three on 258 briefs: the 253
# before keep 279 (one new: 'a cleric who has commanded the group's Kenyan fighters' now read as
# a LEADS, whose evidence covers the gold's 'reports to the movement's emir'), and 254-258
# brought four (an envoy's meeting with two parties given to the first only; an envoy's promise
# given to the party named before him; a deal 'signed with Bangui' given to its broker Chad;
# joint checkpoints with a police commission given to the police, whose name is found without
# its last word). Two hundred and ninety-one on 263 briefs: the 258 before keep 284 (one new: 'a
# coalition that included the MNDAA' now read, its first member's tie right and the second's
# given to the first), and 259-263 brought seven (a condemnation given to the president who
# spoke before the pastor; an armed wing tied to the state; a fight over a town given to the
# organisation, not its army; a pilot agreed by 'the two sides' given to the host; a commander
# given the parent group, not his front; a director given the state named before his service;
# an operation given to the brigade's commander). Two hundred and ninety-three after the rules
# 'exchanged fire with', 'thrown in its lot with' and 'sworn enemies': 'the Marina crew' (a place's
# name before 'crew', so no crime family) leaves its lot-throwing to the family named before it, and
# the fire exchanged by 'the Giants' 4th Coastal Brigade' is given to the unit, not the Giants.
# Three hundred on 268 briefs: the 263 before keep 294 (one new: 'reinforced by fighters of the
# SPLM-N al-Hilu' given to the movement where the gold names al-Hilu), and 264-268 brought six (a
# threat given to the older force whose mantle the new one claims; a forum's refusal given to the
# bloc named before it; a vow to contest extradition given to the state asking for it; a lawyer's
# client read as the lawyer; a commander read as his town's; a pledge by a man no shape finds,
# 'Delroy Flowers', given to his gang). Three hundred and five on 273 briefs: the 268 before keep
# 298 (two mended: Delroy Flowers now found through his nickname; the Boka Wolves' leader), and
# 269-273 brought seven (a cell's threat given to the Islamic State it pledged to; an allegiance
# given to the commander, not his group; a refusal by 'both men' given to a family named between;
# a president's veto threat where the gold has the opposition party no shape finds ('Congress for
# Democratic Change'); 'the Duala network' found without its noun, twice; a party's condemnation
# given to its leader). Three hundred and fifteen on 278 briefs: the 273 before keep 306 (one new:
# the Kissy Road Syndicate, now found, supplies 'the Duala network', which the pipeline names
# 'Duala'), and 274-278 brought nine (a faction leader's refusal, twice, given to the faction
# named before him; a gang's promise and its fight given to the gang named nearest; a faction's
# patron read as its leader's; a threat given to the army named before the council; talks 'with
# it' given to the state named before the Arakan Army; a cell's threat and its denunciation given
# to the prime minister and the older group it claims as heir). Three hundred and twenty on 283
# briefs: the 278 before keep 316 (one new: 'Burundi's contingent ... has clashed with M23 units',
# now ATTACKS as the gold has it, is given to the FARDC named between), and 279-283 brought four
# (a gang's statement given to Italy, named before it; 'Its leader' and 'it is commanded by' read
# as the group named nearest, the gold's group having no shape found; a state president's police
# read as the president). Three hundred and twenty-three on 288 briefs: the 283 before keep 319
# (one mended: 'Their commander' is now the Tanga Hill Lions', found by its plural head; two
# fights keep their wrong side under their new label), and 284-288 brought four (a
# joint pledge by 'both' given to the party named after it; a police chief's cooperation read as
# his own, not his force's; 'the gang led by Rawa Majid' given to the gang named before; a
# pressure after a relative clause given to the relative's object). Three hundred and
# thirty-one on 293 briefs: the 288 before keep 323, and 289-293 brought eight (leaders of a
# Chechen and a Syrian crew given to 'Chechen', the crews' names not found; a Chechen crew's
# fight given to its leader; a drug agency's cooperation, a threat by the Iranian state and a
# Komala faction's offer given to the names nearest; a smuggling crew's leader given to the
# border guards named before; a Frontier Corps refusal where the gold has its commander).
# Three hundred and thirty-four on 298 briefs: the 293 before keep 331 (in 130, Renamo, now a
# listed party, mends 'condemned Mondlane's shutdowns' and takes two claims of 'Podemos', a
# name no shape finds, the wrong side before as after), and 294-298 brought three (an oath
# sworn by a detachment's commander given to Tanzania; 'it' after 'The Mecula contingent', a
# description of no actor, given to Renamo named in between; 'Army Intelligence in the South'
# read whole). Three hundred and thirty-two on 303 briefs: the 298 before keep 331 (three
# mended: 105's promise to disarm the cults goes to the governor 'him' names, not the president
# who named him; 145's supplier is 'Clan del Golfo', no longer 'Clan del Golfo in Colombia';
# 213's 'his 2024 promise' goes to Ivanishvili, now found), and 299-303 brought one (a
# pledge by 'it' after "Washington's attention", the owner of the subject, given to al-Shabaab
# named in between). Three hundred and thirty-three on 308 briefs: the 303 before keep 332 (277's
# threat by 'the latest' communiqué no longer goes to Mitsotakis across a semicolon; 057's task
# force 'which joins the PSNI with the National Crime Agency', now found, is read as the one that
# cooperates, where the gold has the PSNI), and 304-308 brought one ('Calabrian' suppliers, a
# demonym, for the 'Ndrangheta). Three hundred and forty-two on 313 briefs: the 308 before keep
# 333, and 309-313 brought nine (among them 'Public Security Wang Xiaohong', a title read into the
# name; 'is commanded by Li Guoquan' given to the MNDAA named before the new guard; 'the emirate
# condemned Israel' given to Hamas, as no description of a state is resolved to Qatar). Three
# hundred and fifty on 318 briefs: the 313 before keep 342, and 314-318 brought eight (the
# vow of a splinter given to the parent named after it; a councillor's promise to his party;
# a Russian court's ban read as Russia's; 'the two groups' read as the last two named; 'it
# threatened' given to a gang named between it and the collective it stands for; the
# Departmental Council's agreement to its chair and its chair's tie to its short name; the
# ChRI's volunteers read as Russia's). Three hundred and fifty-seven on 323 briefs: the 318
# before keep 350, and 319-323 brought seven (a minister's promise given to the United States
# named in the sentence before; a leader's condemnation and 'both condemned' given to their
# parties; 'the group's remnants' read as the tribal union named before; 'the government' read
# as the state where the gold has the ruling party; a kidnap plot given to the man named
# before 'the cell behind'; a sheriff's backing given to the association in his apposition).
# Three hundred and fifty-four on 328 briefs: the 323 before keep 345 (a verb after 'and' that
# follows a reported future or a quotation is the reporting clause's subject's: 'has vowed that
# the Government will not ..., and in August promised'), and 324-328 bring nine (a party's
# pledge given to its co-leader through 'his party'; Kurdish Hizbullah, which no rule finds, has
# its claims given to Turkey and the PKK; 'the X group' against a gold without 'group'; a
# minister's pressure given to Italy; a threat given to the group named in the clause before).
# Three hundred and fifty-five after the raid and leader rules that followed: two claims missed
# before are now found with the wrong side (a raid by a splinter given to its parent named in
# the same noun phrase; a charity's chair, whose charity no rule names, leading the state named
# before it), and Sanatan Sanstha, now found, takes back its threat (the 323 keep 347, the five
# new bring eight). Three hundred and fifty-seven once 'the crew', 'the cell', 'the splinter',
# 'the chapter', 'both forces' and 'both clans' were read as references: about forty claims
# missed before are found (leaders, allies, pledges of the crew or cell named before), and a
# few of them have the wrong side ('pressed both forces' given to a court the gold leaves out).
# Three hundred and sixty-five on 333 briefs: the 328 before keep 358 (the IFP's condemnation of
# 'both hostel factions', once given to the Mavela Group, now goes to Block Nine, found since;
# the gold has both), and 329-333 bring seven (a short name the gold writes with its noun,
# 'Foxtrot' for 'the Foxtrot network', 'Victory' for 'the Victory bloc'; an alliance of a
# confraternity named two clauses before; 'its commander' owned by the state named in between;
# 'the government's backer' read as Russia's, named before, where the gold has Moldova).
# Three hundred and sixty-six once 'a pact with' reads as an alliance: eight claims missed
# before are found, one with the wrong side ('troops in South Kivu under a bilateral pact with
# Kinshasa', where the place, read as an actor, stands before the pact and Burundi is named
# before it).
# Three hundred and sixty-eight on 338 briefs: the 333 before keep 365, and 334-338 bring three
# (an attack 'by Hamas' given to Hizb ut-Tahrir named before it; 'its spokesman there' owned by
# the state named in the clause before; 'chaired by X' given to the region in the federation's
# name, 'the Low Countries').
# Three hundred and sixty-eight on 343 briefs: the 338 before keep 367 (a possessive joined by
# 'and' to the name before it is that name's: 'sanctioned Foxtrot and its leader'), and 339-343
# bring one ('accused its alleged leader', whose owner is the cell just named, not the accuser).
# Three hundred and seventy-nine on 348 briefs: the 343 before keep 367, and 344-348 bring
# twelve (a pledge or relation given to the state or party named in the clause rather than the
# apposed person or the company the rules do not read: 'Vulin, a former BIA director and ...,
# promised', 'N1 has vowed', 'its leader' after 'the SNS's junior partner, the SPS').
# Three hundred and eighty-six on 353 briefs: the 348 before keep 379, and 349-353 bring seven
# (a pledge of 'both sides' or a promise owned by a state named in the clause: "Seoul's promise
# to invest" given to the United States; 'who commands US Forces Korea' given to the state the
# force's name begins with).
# Three hundred and ninety-seven on 358 briefs: the 353 before keep 389, three of them claims
# missed before that are now found with the wrong side ('Dushanbe regards it as the most direct
# threat', 'it' read as the Taliban where the gold has Ansarullah; 'its recognition of
# SSC-Khatumo' read as Israel's, named in the clause before, where the gold has Somalia's; 'His
# Victory bloc' leading 'Victory' where the gold writes 'Victory bloc'), and 354-358 bring eight
# (pledges of the Karakalpak Civic Assembly, which no rule names as a group, given to Kazakhstan;
# a brotherhood's threat and allegiance given to its leader named before; a warning by an oil
# union given to the company the rules do not read).
# Four hundred and three on 363 briefs: the 358 before keep 400, three of them claims missed
# before and now found with the wrong side ('his party governs alongside Inuit Ataqatigiit,
# Siumut and Atassut', 'his party' read as its leader where the gold has Demokraatit), and
# 359-363 bring three (a splinter's pledge given to the movement it broke from, named in the
# clause, its own name having a number the acronym rules do not read, 'C27S'; 'led by Iyad Ag
# Ghaly' given to al-Qaeda named in the apposition before JNIM's; 'a Shining Path splinter
# commanded by X' given to Shining Path).
# Four hundred and six on 368 briefs: the 363 before keep 402 (a minister's 'the parties' now read
# as the two parties the party list names, where the gold has one of them), and 364-368 bring
# four (a far-right party's leader, 'Its leader, Laszlo Toroczkai', given to the party named in
# the clause before; a party's refusal given to the state; 'Founded by the late vice president
# Saulos Chilima' given to the party named before; 'it recognised the People's Republic of China'
# read as Taiwan's).
# Four hundred and eighteen on 373 briefs: the 368 before keep 407 ('Barrio 18 and its rival
# MS-13', missed before, now read with MS-13 as the one opposing), and 369-373 bring eleven
# (pledges of groups the rules do not name, coca growers' federations, PDP-Laban, Akbayan,
# given to a person or body named in the clause; 'they', 'he' and 'the party' read as the wrong
# one of two named before; 'the Philippines will not rejoin the court' kept for the state where
# the gold has the president who said it; 'the faction loyal to Luis Arce' read as a party).
# Four hundred and twenty-two on 378 briefs: the 373 before keep 418, and 374-378 bring four
# ('who led the party from its birth' given to the party named last; a rebel leader's 'FACT will
# not disarm' given to the mediator; drones 'supplied ... to the ENDF' given to Ethiopia, named
# in the clause, where the gold has the UAE; 'a port deal with Somaliland' given to the leader
# named in the clause before).
# Four hundred and twenty-eight on 383 briefs: the 378 before keep 423 ('reportedly resupplied by
# officers of the South Sudan People's Defence Forces', missed before, now read with the wrong
# one of two militias named before as the one resupplied), and 379-383 bring five (a threat by a
# security officer given to the network it targets; a president's promise given to his party; an
# apposed 'its commander, Peng Daxun' owned by the state named between; 'Premadasa denounced the
# arrest' given to the man arrested; 'refused to negotiate with the movement directly' read as the
# movement's talks with a party named before).
# Four hundred and thirty-two on 388 briefs: the 383 before keep 428 (a cabinet secretary's
# refusal no longer given to 'Cabinet Secretary Minoru Kihara'; 'also denouncing the Guards',
# missed before, now given to the state named in the clause where the gold has the cleric), and
# 384-388 bring four ('displacing its elected chair, X' owned by the other party named in the
# sentence; 'the IRGC ground forces commander' read as leading the ground forces where the gold
# has him in the IRGC; 'followed its Alam El-Roum deal with a fresh pledge' given to the deal's
# name read as a group; 'while refusing to sign' given to Ethiopia where the gold has its prime
# minister).
# Four hundred and thirty-nine on 393 briefs: the 388 before keep 430 (three in 090 mended, as
# 'Core in Fronte' is now found whole; 'where it competes with JAS', missed before, now read with
# the 'it' of the wrong group), and 389-393 bring nine (a party leader's refusal given to the
# other party named before, whose name the list spells with an accent; 'La Paz has refused' read
# as the president Paz; 'competes with ISWAP' given to the man named in the participle before;
# 'Paris ... has since urged Yaoundé' given to the president named in between; a deputy
# secretary-general given to the other party; 'vowed that China would' given to the state named
# in the clause before; 'endorsed the alliance' read as support of a party; 'branded Lai a
# separatist' given to Taiwan, whose office spoke, where the gold has China; two parties'
# pledge given to the leader of one).
# Four hundred and forty-five on 398 briefs: the 393 before keep 438 (a minister's 'Baptiste has
# said the government "will not be dictated to"' now his, as the gold has it, once 'Minister of
# Homeland Security' is read as his title), and 394-398 bring seven ('Mogadishu has asked it'
# read with the AU mission as 'it'; a party enforcer's promise given to his party; 'a trafficking
# network run by Maduro' read as the United States' (two); a movement's threat given to Russia;
# 'accused him' read as another man named last; a finance minister's promise given to the
# president named before).
# Four hundred and fifty-one on 403 briefs: the 398 before keep 445, and 399-403 bring six (the
# army chief's refusal given to the council he heads, named in his apposition; 'its partner in
# Tasis' owned by the leader named before, not his movement; a division's overrun given to the
# commander named in the apposition before; 'the army will hunt' given to the prime minister
# named first where the gold has the army chief; two parties' 'signalled that they would' given
# to a third party and to the state in a party's name).
# Four hundred and fifty-four on 408 briefs: the 403 before keep 449 (two mended: 'joint
# checkpoints with the Gambella Regional Police Commission' no longer read as the police, and
# 'has offered to dissolve its armed wing' now given to the Zrebar Current, found by its head),
# and 404-408 bring five ('it will not put the parliamentary system up for discussion' given to
# the state; 'will back US pressure on Maduro' read as Maduro's support; 'the two movements fight
# each other' read with al-Qaeda, named last, where the gold has ISSP (two); 'have held talks'
# given to France, named in the clause before, where the gold has Niger).
# Four hundred and fifty-seven on 413 briefs: the 408 before keep 452 (two are now missed rather
# than given to the wrong actor: 'the attackers trained at bases of the Serbian Armed Forces' and
# 'the emirate condemned Israel', since a past form after 'the' and a noun that names no one is
# read as that noun's verb), and 409-413 bring five (a refusal given to a person named before
# where the gold has the candidate; the Clan del Golfo's pledge given to its leader, named first;
# 'headed by Delcy Rodríguez' and 'its chairman, Chief Minister Hajiji Noor' leading the state or
# region named beside them, not Venezuela's government or the Sabah coalition; the MK's provincial
# leaders' threat given to the Democratic Alliance, named before).
# Four hundred and sixty-five on 418 briefs: the 413 before keep 458 (one more: 'Captain Ibrahim
# Traore, the head of Burkina Faso's junta, whose government shares border intelligence with the
# FAT' gives the sharing to Traore, where the gold has Burkina Faso), and 414-418 bring seven
# ('Wadagni is backed by both parties' read with the two groups named before, not the two
# parties; 'under Vit Rakusan' leading SPOLU, named first, not the Mayors and Independents; a
# pledge given to the state where the gold has its president ('would not abandon Ukraine', Petr
# Pavel) or the province's governor ('Buenos Aires will challenge it', Axel Kicillof); a promise
# given to Flávio Bolsonaro where the gold has the governor Cláudio Castro; 'Diba' for Finance
# Minister Cheikh Diba, found without his given name).
# Four hundred and seventy on 423 briefs: the 418 before keep 463 (two mended: a Karakalpak
# movement's pledges, given to Kazakhstan before, now go to the Karakalpak Civic Assembly, defined
# as a group), and 419-423 bring seven (border talks given to Kyrgyzstan where the gold has its
# security chief; 'Its director, X' leading the security service named before, not the outlet;
# 'openly favoured by Ankara' given to the party named in the clause, not its candidate; Greece's
# cooperation where the gold has its prime minister; 'broke with Kast's party to launch the PNL'
# given to Kast; a candidate's refusal and charge given to the party named before, not him).
# Four hundred and seventy-six on 428 briefs: the 423 before keep 469 (one mended: 'Israel Katz
# has vowed', given before to 'Katz' alone as another person), and 424-428 bring seven (an
# alliance with 'the Democrats of Aleksa Becic', read whole as the party's name; a group's threat
# given to the party named before; 'the UNE bloc loyal to Sandra Torres' read as loyalty, where
# the gold has her leading it; DP World's refusal given to the UAE named before, the company
# not being found; Kulmiye's charge given to its chairman; Horizons' vow given to its founder;
# 'is now run by Gabriel Attal' given to the Socialist Party named before, not Renaissance).
# Four hundred and eighty-six on 433 briefs: the 428 before keep 476, and 429-433 bring ten (the
# Vietnamese names written family name first: a vow given to Nguyen Phu Trong and a company's
# talks to Russia where the gold has To Lam and Rosatom, neither found; China's vow given to
# Vietnam; 'Simoes Pereira, the party's president' leading the junta named before; pledges and
# support given to the state or to a person where the gold has the party or the lobby they speak
# for (ERC, PNV, the PEE, Reza Pahlavi's council, KPC); Iraq's charge where the gold has the IRGC).
# Four hundred and ninety-two on 438 briefs: the 433 before keep 485 (two mended: a cooperation
# given to the minister, now to the DGSI the brief names, and a government's pledge given to
# Sudan, now to South Sudan; one added: 'the party he founded' read with a 'he' resolved to the
# wrong man), and 434-438 bring seven (pledges given to the state or the body where the gold has
# the person speaking for it, or the reverse; 'led in practice by Manzo's widow' read as Manzo,
# whose widow is not found by name there; 'a pact with the Conservatives' given to Your Party,
# named after Reform; Starmer's charge given to Nathan Gill, named before him).
# Four hundred and ninety-six on 443 briefs: the 438 before keep 492 ('under Vit Rakusan' now
# gives the leading to KDU-CSL, found by its hyphened short name, where it went to SPOLU; the
# gold has the Mayors and Independents), and 439-443 bring four ('its leader Mariana Leitao'
# given to the Socialist Party named before, not the Liberal Initiative; a vow given to the
# opposition coalition where the gold has its leader; charges and pressure given to Solomon
# Islands where the gold has its prime minister or a provincial premier).
# Five hundred on 448 briefs: the 443 before keep 496, and 444-448 bring four (the PS's refusal
# given to its leader, Belgium's support for Ukraine to its foreign minister, drones supplied by
# Turkey given to Germany as recipient, named before, and a truce given to the Marset network
# where the gold has Los Quintana).
# Five hundred and two on 453 briefs: the 448 before keep 500, and 449-453 bring two (the junior
# partners' promise given to the SDS, named before, where the gold has the Social Democrats;
# 'the coalition that joins UNITA with ...' read with the coalition as the member). Five hundred
# and one after the review's mends: a learnt name refused inside a longer name no longer takes
# the mention it would have replaced, so 'Sudan Shield' in 246 keeps its own actor and the
# pledge of 'his unit' goes to it, not to the man).
# Four hundred and ninety-eight on 458 briefs: the 453 before keep 492 (nine mended: a vow and
# a charge given to Boakai and a pledge to the KMT's chairman where the gold has the party or
# the body that acts, now found; a border service's leader found with its whole name; a
# company's pledge given to the body or the state named before, now to the company found by its
# own name, Perenco's, DP World's; 'under Vit Rakusan' now gives the Mayors and Independents,
# found by their English name), and 454-458 bring six (the pledges of two companies no rule finds,
# CK Hutchison and ArcelorMittal Liberia, given to the state; 'Mulino has said Panama will not'
# given to Panama where the gold has Mulino; asylum granted by Bolivia read with the asylum
# seeker as host; the border service's sharing given to its director, named before it; 'its
# leader, former President Ilir Meta' given to the DP, whose possessive opens the sentence,
# where the gold has the Freedom Party).
# Five hundred and two on 463 briefs: the 458 before keep 498, and 459-463 bring four (Solberg's
# talks where the gold has her party; 'Paramount Chief' kept in a name no list holds; talks with
# 'Libyan Prime Minister' X given to Libya; and 'Isamaa and the Reform Party have both committed',
# where both pledges are found but the scorer's greedy matching gives the Reform Party's to the
# gold claim of Isamaa, whose forms list 'the party').
# Five hundred and three after the relational nouns took people as owners: 'Yuri Ushakov, the
# Russian president's foreign policy aide' is now read, and 'the Russian president' there is
# resolved to Donald Trump, named before, not to Putin (a reference fault the new tie shows).
# Five hundred and fourteen on 468 briefs: the 463 before keep 503, and 464-468 bring eleven
# (ties and pledges of bodies no rule finds, a union federation, Fisheries Iceland,
# Landsvirkjun, the Financial Crimes Commission, the Kiribati Trade Union Congress, China Harbour
# Engineering, given to the state named before or in the sentence; a pledge of South Africa's
# given to Botswana; Masisi's charge against 'Boko's administration' given against Botswana; a
# minister's title kept in his name ('National Security Wayne Munroe'); a minister's words on
# what 'the Bahamas would pay' given to the state; the Viv Ansanm's attacks on the Haitian police
# given to the US, named before).
# Five hundred and sixteen on 473 briefs: 469-473 brought five (a pledge of 'the Democrats' given
# to the party where the gold has its leader; a tie of déi gréng's given to Russia; an arrest by
# the police given to its director, named between; talks with 'US Secretary of State Marco Rubio'
# given to the state; La'auli's leading of FAST given to the HRPP before FAST was found), and the
# landing mended three (that last one; CPR-Authentique's cooperation, now found as a name; a
# refusal of Nippon Ishin no Kai's, now found by its own-language name, given before to Osaka).
# Five hundred and twenty-nine on 478 briefs: 474-478 brought thirteen (pledges of the
# president's son, of a company (DGPC), of China's foreign minister and of Modi given to the
# state or to a man named before; 'He' after a sentence naming the president's uncle given to the
# uncle; 'Azali' read as the son's surname; a Menteri Besar's title kept in his name; a ban's
# object 'it' resolved to the US; a training team's support given to India and Bhutan); four
# mended on landing (the uncle, twice, now the president 'Obiang' alone names; Azali's own
# words; the Menteri Besar's pledge): five hundred and twenty-five.
# Five hundred and thirty-four on 483 briefs: 479-483 brought nine (two pledges of a geothermal
# company and one of a foundation given to the state or a body named before; 'US envoy Steve
# Witkoff and Iranian Foreign Minister Abbas Araghchi' read as the second pair only; 'Mohammed
# bin Salman runs the government' given to Oman, the brief's state; Gazprom's chief executive
# given to China; Turkmen.news's charge given to the Netherlands; 'the prime minister of Antigua
# and Barbuda' resolved to Skerrit; a radar hosted where the gold has the US); the company's two
# pledges mended on landing: five hundred and thirty-two.
# Five hundred and thirty-nine on 488 briefs: 484-488 brought seven (the pledges of two companies,
# Brunei Shell Petroleum and Hengyi, given to the state and to Hengyi's Chinese parent; the
# security service's given to Islamic State, named in the object of its first verb; RONPhos's
# given to Nauru; a government's refusal given to the state where the gold has its president;
# a pledge of Nauru's, said by its capital Yaren, given to Australia; a minister's pledge in a
# quote given to him where the gold has the state), and the landing mended four of them and five
# older ones (a minister's title kept in his name, twice; two pledges given to a man named in an
# object or an apposition before the verb; 'DGPC said in August that it would not' given to
# India) while adding four ('committed Baghdad to' given to a
# man named in the subject's apposition; the Democrats' pledge said by their leader, read as
# theirs; a pledge given to a company's partner where the company ExxonMobil is written after
# 'from' elsewhere and so read as a place; 'a group locked in a feud with' read as the sentence
# subject's): five hundred and thirty-four.
# Five hundred and forty-six on 493 briefs: 489-493 brought twelve (pledges of Saint Vincent's
# prime minister, whose surname is a weekday, given to his party, his police commissioner and
# Venezuela; a minister's quoted pledge and Antigua's, said by its capital St John's, given to an
# activist named John; Tuvalu's opposition leader's vow given to the state; a refusal of the
# Laotian government given to its prime minister; 'recognise the government' given to China;
# the ULP's alliance given to the state named at the start of a union's name; an arrest by a
# force given to another). The landing mended five (four of those and a noun 'promise' read as
# Seoul's vow, where the gold has the US) and adds one ('he vowed that the state would' given to
# the minister named two sentences before, where a noun 'promise' had taken the gold claim):
# five hundred and forty-two.
# Five hundred and fifty on 498 briefs: 494-498 brought eight (a 'led by' after 'Hamas
# negotiators' given to Israel, named before; Glencore's pledge given to its chief executive,
# named in its apposition; the GSoA's threat given to the Greens, its backer; the Swiss union
# federation's pledge given to the SVP, named before; a refusal of Switzerland's, 'it', given to
# Russia; Saint George's University's 'it would expand' given to the US; 'committed Rwanda to'
# given to the US; the Greens' backing of the GSoA given to RUAG). The landing mended two of them and an
# older one (the Bahrain National Guard's support read with the state as its object), and adds
# one ('maintains working contacts with it' given to Bangladesh's adviser where the gold has
# the state): five hundred and forty-eight.
# Five hundred and fifty-six on 503 briefs: 499-503 brought eight (the pledges of Saudi Arabia's
# energy minister and of its investment fund, 'it', given to the US, named before; the kingdom's
# backing of Yemen's government and a Russian partnership given to the US; Micronesia's
# recognition of China read as Taiwan's ties; a union leader's lead given to the UK; Viasna's
# pledge given to the KGB; a drug agency's cooperation with the DEA given to the US). The landing
# mended Viasna's and an older one (the Kiribati union congress's backing of the BKM, given to
# the state whose name opens the union's): five hundred and fifty-four.
# Five hundred and sixty on 508 briefs: 504-508 brought six (the CGT's strike threat given to one
# of its three leaders, named in the subject's apposition; Reform UK's Senedd group, 'the party's',
# read as the Greens' unit; Croatia's pressure on Sarajevo given to HDZ BiH; the US and UK
# training of the Guyana Defence Force given to its chief of staff, twice; Tata Steel's pledge
# given to the UK). The landing mended Tata Steel's and three older ones (an ECOWAS commission
# president read as JNIM's leader; 'Kinshasa's backing of the Wazalendo' given to the M23; an
# attack on the AFC/M23, now one pair, given to the AFC) and adds two (the Beja Congress's
# conditional threat given to Eritrea, named in the clause before; 'opened new cases against
# them' given to the coalition rather than its two leaders): five hundred and fifty-eight.
# Five hundred and sixty-eight on 513 briefs: 509-513 brought ten (a union's strike threat given
# to Labour; Te Pati Maori read as a person; the Cook Islands' prime minister read as China's
# leader; Puigdemont's refusal to meet Illa given to Sánchez; the PSOE official's talks given to
# the PSOE; a Sadrist quote given to Sadr; 'Ammar al-Hakim said his Hikma Movement' given to
# Amiri; Muttaqi's pledge given to the listed 'Khan Motaqi'; the PPP's coalition given to its
# leader; INEC's pledge given to its chairman). The landing mended five of them (and three older
# ones: 'who sheltered Sadio', 'who had endorsed Tchiroma' and 'was killed by French forces'
# given to the body or state qualifying the person's role) and adds five (the Cook Islands' prime
# minister read as New Zealand's; Sumar's pressure given to the PSOE; a US-funded package read as
# support for Barbados; 'relied on the Arakan Army for ammunition' read as support for a Chin
# force; the Comancheros' tie read with the Mongrel Mob, now a name, where the gold has its
# Notorious chapter): five hundred and sixty-seven.
WRONG_ACTORS_AT_MOST = 567


def test_acceptance_corpus_wrong_actors_stay_at_or_under_the_recorded_count(corpus_report):
    wrong = [e for e in corpus_report["errors"] if e["kind"].endswith("_wrong_actor")]
    assert len(wrong) <= WRONG_ACTORS_AT_MOST, [(e["brief"], e["snippet"], e["who"]) for e in wrong]
