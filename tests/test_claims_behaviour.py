"""Behaviour tables (CheckList style): one relation or pledge said in active, passive, relative,
nominal, negated and pronoun-subject form, with the readings that must not come out.

Each row is a sentence and what the claim must be: (actor, target, polarity, modality), or None
when no claim of that kind may be read. The forms are the same event worded differently, so a
rule that only knows one word order fails a row here, not in a brief."""

from __future__ import annotations

import pytest

from tests.conftest import claims, entities


def _names(records):
    """Each actor by every name it goes by (the canonical name may be 'Ansar Allah')."""
    return {e["id"]: frozenset({e["name"], *e["aliases"]}) for e in entities(records)}


def _relations(records, relation):
    names = _names(records)
    return {(actor, target, c["polarity"], c["modality"])
            for c in claims(records, "relationship") if c["relation"] == relation
            for actor in names[c["actor"]["id"]] for target in names[c["target"]["id"]]}


SUPPORTS = [
    ("list-of-things-supplied", "Iran is quietly supplying rifles, ammunition and drones to Hamas.",
     ("Iran", "Hamas", "positive", "stated")),
    ("compound-in-apposition", "The Houthis, an Iran-backed movement, attacked ships.",
     ("Iran", "Houthis", "positive", "stated")),
    ("active", "Iran armed the Houthis in 2015.", ("Iran", "Houthis", "positive", "stated")),
    ("passive", "The Houthis were armed by Iran.", ("Iran", "Houthis", "positive", "stated")),
    ("passive-with-time", "The Houthis have been armed for years by Iran.", ("Iran", "Houthis", "positive", "stated")),
    ("subject-relative", "Qatar, which has funded Hamas since 2012, hosts its leaders.",
     ("Qatar", "Hamas", "positive", "stated")),
    ("object-relative", "Hezbollah, which Iran has armed since 1982, fired rockets.",
     ("Iran", "Hezbollah", "positive", "stated")),
    ("object-relative-coordinated-subject", "Hezbollah, which the United States and Israel have trained, is capable.",
     ("Israel", "Hezbollah", "positive", "stated")),
    ("object-relative-that-with-coordinated-verbs", "The Nation's Shield Forces, a Salafi-leaning formation that "
     "Saudi Arabia funds and trains, retook Seiyun.", ("Saudi Arabia", "Nation's Shield Forces", "positive", "stated")),
    ("object-relative-that", "The Houthis hold Sanaa. The militia that Iran funds is strong.",
     ("Iran", "Houthis", "positive", "stated")),
    ("nominal-possessive", "Iran's backing of the Houthis has grown.", ("Iran", "Houthis", "positive", "stated")),
    ("nominal-demonym", "Qatari funding for Hamas continued.", ("Qatar", "Hamas", "positive", "stated")),
    ("negated", "Iran has not armed the Houthis.", ("Iran", "Houthis", "negative", "stated")),
    ("pronoun-subject", "Iran is the main power in the Gulf. It has armed the Houthis for years.",
     ("Iran", "Houthis", "positive", "stated")),
    ("forecast", "Iran will probably arm the Houthis.", ("Iran", "Houthis", "positive", "forecast")),
    ("reported", "Iran reportedly armed the Houthis.", ("Iran", "Houthis", "positive", "reported")),
    ("conditional", "If the truce fails, Iran will arm the Houthis.", ("Iran", "Houthis", "positive", "conditional")),
    ("doubted-accusation", "Saudi Arabia accused Iran of arming the Houthis, a charge Tehran denies.",
     ("Iran", "Houthis", "positive", "questioned")),
    ("quantifier-before-the-object", "Eritrea supplies some Fano bands with weapons.",
     ("Eritrea", "Fano", "positive", "stated")),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in SUPPORTS], ids=[r[0] for r in SUPPORTS])
def test_claims_behaviour_supports(extract, text, expected):
    assert expected in _relations(extract(text), "SUPPORTS")


ATTACKS = [
    ("passive-with-a-time-before-by", "Yahya Sinwar was detained in March by Israel.",
     ("Israel", "Yahya Sinwar", "positive", "stated")),
    ("operations-of-a-named-force", "Philippine Army operations killed most of the Abu Sayyaf leadership.",
     ("Philippine Army", "Abu Sayyaf", "positive", "stated")),
    ("exchanged-strikes-coordinated-subject", "Iran and Pakistan exchanged missile strikes in January 2024.",
     ("Iran", "Pakistan", "positive", "stated")),
    ("opened-fire-on-a-units-patrol", "Hamas gunmen opened fire on a Fatah patrol.", ("Hamas", "Fatah", "positive", "stated")),
    ("active", "Hamas attacked Israel in October.", ("Hamas", "Israel", "positive", "stated")),
    ("denied-gerund", "Hamas denied attacking Israel in October.", ("Hamas", "Israel", "negative", "stated")),
    ("passive", "Israel was attacked by Hamas in October.", ("Hamas", "Israel", "positive", "stated")),
    ("negated-passive", "Israel was not attacked by Hezbollah.", ("Hezbollah", "Israel", "negative", "stated")),
    ("nominal", "Hamas's assault on Israel failed.", ("Hamas", "Israel", "positive", "stated")),
    ("asset-named-with-an-article", "Hezbollah gunmen ambushed an Israeli army patrol near the border.",
     ("Hezbollah", "Israel", "positive", "stated")),
    ("asset-after-a-count", "Hamas gunmen shot dead four Fatah members at a checkpoint.",
     ("Hamas", "Fatah", "positive", "stated")),
    ("coordinated-passive-after-an-adverbial-phrase",
     "Hamas has since ambushed two Fatah supply boats and was in turn shelled by Israel.",
     ("Israel", "Hamas", "positive", "stated")),
    ("demonym-actor", "Kenyan troops attacked al-Shabaab near the border.",
     ("Kenya", "Harakat al-Shabaab al-Mujahideen", "positive", "stated")),
    ("coordinated-demonym-actors-first", "Somali and Kenyan troops attacked al-Shabaab near the border.",
     ("Somalia", "Harakat al-Shabaab al-Mujahideen", "positive", "stated")),
    ("coordinated-demonym-actors-second", "Somali and Kenyan troops attacked al-Shabaab near the border.",
     ("Kenya", "Harakat al-Shabaab al-Mujahideen", "positive", "stated")),
    ("forecast-governed", "There is a roughly even chance that the Houthis will attack Saudi Arabia.",
     ("Houthis", "Saudi Arabia", "positive", "forecast")),
    ("forecast-nominal", "A Hamas assault on Israel could come within months.", ("Hamas", "Israel", "positive", "forecast")),
    ("nominal-stated-before-a-relative", "Hamas's assault on Israel, which may be repeated, failed.",
     ("Hamas", "Israel", "positive", "stated")),
    ("nominal-stated-verb-then-a-future", "Hamas's assault on Israel has failed and will be studied.",
     ("Hamas", "Israel", "positive", "stated")),
    ("nominal-object-of-a-verb", "Egypt brokered a Hamas assault on Israel that may come.",
     ("Hamas", "Israel", "positive", "stated")),
    ("inflection-the-lemma-table-lacks", "Hamas has torched Fatah offices in Gaza.",
     ("Hamas", "Fatah", "positive", "stated")),
    ("passive-subject-is-an-actor's-unit-after-a-time-phrase",
     "On 9 February a Fatah column was ambushed by Hamas fighters near Jenin.", ("Hamas", "Fatah", "positive", "stated")),
    ("subject-of-an-aspectual-verb-before-the-cue",
     "Further east, Egypt has pushed Fatah out of its bases, and Hamas keeps striking Israel.",
     ("Hamas", "Israel", "positive", "stated")),
    ("passive-subject-past-a-place-no-list-knows",
     "A Fatah post near Qabatiya was overrun by Hamas at dawn.", ("Hamas", "Fatah", "positive", "stated")),
    ("clashed-with-is-an-attack", "Hamas clashed with Fatah near Jenin.", ("Hamas", "Fatah", "positive", "stated")),
    ("gunmen-loyal-to-a-name-stand-for-it", "Hamas clashed twice this year with gunmen loyal to Fatah.",
     ("Hamas", "Fatah", "positive", "stated")),
    ("fighters-loyal-to-the-name", "Hamas attacked fighters loyal to the Fatah movement.",
     ("Hamas", "Fatah", "positive", "stated")),
]


PRESSURES = [
    ("pressure-kept-up-on", "Vladimir Putin has kept up rhetorical pressure on Ukraine.",
     ("Vladimir Putin", "Ukraine", "positive", "stated")),
    ("verb", "Pakistan pressed the Taliban to act against the TTP.", ("Pakistan", "Taliban", "positive", "stated")),
    ("person-behind-a-portfolio-in-title-case", "Pakistan has pressed Home Affairs Minister Mohsin Naqvi to resign.",
     ("Pakistan", "Mohsin Naqvi", "positive", "stated")),
    ("second-of-coordinated-subjects-of-a-progressive", "Egypt and Qatar are pressing Hamas to accept a freeze.",
     ("Qatar", "Hamas", "positive", "stated")),
    ("pressure-from", "The Taliban have ignored mounting pressure from Pakistan.",
     ("Pakistan", "Taliban", "positive", "stated")),
    ("refused-pressure-is-still-pressure", "The Taliban rejected appeals from Pakistan.",
     ("Pakistan", "Taliban", "positive", "stated")),
    ("passive", "The Taliban have also been pressed by Pakistan to act.", ("Pakistan", "Taliban", "positive", "stated")),
    ("placed-under-sanctions", "The United States placed the Taliban under sanctions.",
     ("United States", "Taliban", "positive", "stated")),
    ("restrictions-on", "Pakistan imposed trade restrictions on the Taliban.", ("Pakistan", "Taliban", "positive", "stated")),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in PRESSURES], ids=[r[0] for r in PRESSURES])
def test_claims_behaviour_pressures(extract, text, expected):
    assert expected in _relations(extract(text), "PRESSURES")


@pytest.mark.parametrize("text,expected", [r[1:] for r in ATTACKS], ids=[r[0] for r in ATTACKS])
def test_claims_behaviour_attacks(extract, text, expected):
    assert expected in _relations(extract(text), "ATTACKS")


NO_RELATION = [
    ("whose-role-called-another", "Hamas, whose leader called Benjamin Netanyahu a liar, fired rockets.", "LEADS"),
    ("a-name-before-linked-only-qualifies-the-noun", "The Houthis struck Israel-linked vessels in the Red Sea.",
     "ATTACKS"),
    ("asked-about-after-whether", "Gavin Robinson would not say whether he will meet Hamas.", "NEGOTIATES_WITH"),
    ("a-rebel-army-after-a-states-possessive-is-not-its-unit",
     "Caracas has ignored requests to act in Bolivar, where Colombia's National Liberation Army (ELN) operates.",
     "AFFILIATED_WITH"),
    ("leading-an-attack-on-another-is-no-leadership-of-it", "Yahya Sinwar commanded the attack on Israel.", "LEADS"),
    ("group-taking-over-a-town", "Hamas took over the town in 2024.", "LEADS"),
    ("pressure-with-no-verb-applying-it", "Hezbollah is weak, and Western pressure on Lebanon is unlikely to change "
     "that.", "PRESSURES"),
    ("exchanged-prisoners-is-no-attack", "Iran and Pakistan exchanged prisoners in May.", "ATTACKS"),
    ("negotiated-something-with-a-third-side", "The Karialan and Bungos factions have negotiated their surrender "
     "with the army.", "NEGOTIATES_WITH"),
    ("agentless-passive", "Israel was attacked in October.", "ATTACKS"),
    ("verb-particle-back-is-no-backing", "The Nasr Brigade struck back at Hamas checkpoints.", "SUPPORTS"),
    ("protests-as-a-noun-name-no-protester", "The vote went ahead despite protests to Australia from Indian "
     "diplomats.", "CONDEMNS"),
    ("a-shared-border-is-no-cooperation", "Niger shares a long border with Nigeria.", "COOPERATES_WITH"),
    ("exchanged-fire-is-no-cooperation", "Israel exchanged artillery fire with Hezbollah across the border.",
     "COOPERATES_WITH"),
    ("envoy-for-a-state-is-sent-to-it", "Hans Grundberg, the UN special envoy for Yemen, met the Houthis.",
     "AFFILIATED_WITH"),
    ("fight-for-is-no-opposition", "Hezbollah vowed to fight for Iran.", "OPPOSES"),
    ("bare-commander-after-a-demonym", "The strike killed Ivan Petrov, Russian commander, near Kupiansk.", "LEADS"),
    ("complementizer-that-after-coordinated-objects",
     "Saddam Haftar has promised Chad and Niger that the LNA will close the border to convoys.", "PRESSURES"),
    ("complementizer-that-after-a-person", "Lula promised Peña that Brazil would pay for the scanners.",
     "COOPERATES_WITH"),
    ("complementizer-that", "Saudi officials assured Hamas that the kingdom will not join the coalition.",
     "AFFILIATED_WITH"),
    ("in-support-of", "Kenya deployed troops in support of the mission.", "SUPPORTS"),
    ("coordinated-verb-to-is-no-supply", "Iran sent a delegation and appealed to Saudi Arabia.", "SUPPORTS"),
    ("accused-who-no-name-names", "Iranian officials accused the Kurdish parties of sheltering Mossad teams.", "HOSTS"),
    ("support-for-an-idea", "Support for the ceasefire in Iran is fading.", "SUPPORTS"),
    ("cue-inside-a-name", "The line was shut after fighting between the Sudanese Armed Forces (SAF) and the Rapid "
     "Support Forces (RSF) damaged it.", "SUPPORTS"),
    ("participle-after-an-article", "The United States shot down an armed Turkish drone.", "SUPPORTS"),
    ("demand-of-no-actor", "The rebels demanded that talks resume.", "PRESSURES"),
    ("feud-is-no-attack", "The feud between Somalia and Kenya has deepened.", "ATTACKS"),
    ("group-the-noun-includes-no-one", "Rusich, the group led by Alexei Milchakov, fights in Ukraine.",
     "AFFILIATED_WITH"),
    ("description-with-a-clause-names-no-target",
     "Hezbollah condemned a strike that killed a senior commander, Fuad Shukr.", "CONDEMNS"),
    ("description-with-a-phrase-names-no-target", "Iran supports a militia close to a cleric, Ali al-Sistani.",
     "SUPPORTS"),
    ("description-before-a-speaker-names-no-target",
     "JNIM attacked a convoy near a hospital, Amadou Diallo said.", "ATTACKS"),
    ("gerund-after-the-cue-is-no-participle", "Russia supports disarming Hezbollah.", "SUPPORTS"),
    ("gerund-after-a-preposition-is-no-participle", "Russia voiced support for disarming Hezbollah.", "SUPPORTS"),
    ("a-camp-is-no-actor's-unit", "Israel struck a Palestinian camp near Sidon.", "ATTACKS"),
    ("comma-the-after-an-opening-phrase-naming-a-person",
     "In a blow to Mahmoud Abbas, the candidate whom Hamas endorsed won the vote.", "SUPPORTS"),
    ("comma-the-after-an-opening-phrase-is-no-apposition",
     "In a blow to Fatah, the candidate whom Hamas endorsed won the vote.", "SUPPORTS"),
    ("comma-the-in-a-list-is-no-apposition",
     "Israel has struck Hezbollah, the militias that Iran funds in Iraq, and the Houthis.", "SUPPORTS"),
    ("gerund-object-is-not-a-second-target",
     "Killings blamed on Fatah have risen, and Hamas has retaliated by besieging Fatah-aligned villages.", "ATTACKS"),
    ("a-cell-beside-the-subject-is-not-its-own", "The Okba Ibn Nafaa Brigade retains fighters, alongside a "
     "smaller cell of Jund al-Khilafa.", "AFFILIATED_WITH"),
    ("apposition-after-a-name-no-rule-reads-names-no-actor", "Mexican officials say the routes through Sonora "
     "are held by Los Salazar, a Chapitos ally.", "ALLY_OF"),
]


@pytest.mark.parametrize("text,relation", [r[1:] for r in NO_RELATION], ids=[r[0] for r in NO_RELATION])
def test_claims_behaviour_no_relation(extract, text, relation):
    assert _relations(extract(text), relation) == set()


def _pledges(records):
    names = _names(records)
    return {(actor, c["polarity"], c["modality"]) for c in claims(records, "pledge") if c["actor"]
            for actor in names[c["actor"]["id"]]}


PLEDGES = [
    ("refusal-after-an-adverbial-phrase", "Pakistan has so far refused to let foreign troops in.",
     ("Pakistan", "positive", "stated")),
    ("verb", "Hamas vowed to free the hostages.", ("Hamas", "positive", "stated")),
    ("future-with-an-unquoted-attribution-after-it", "Hamas will not disarm, its spokesman said on Monday.",
     ("Hamas", "negative", "stated")),
    ("negated-content", "Hamas vowed not to disarm.", ("Hamas", "negative", "stated")),
    ("negated-cue", "Hamas did not promise to free the hostages.", ("Hamas", "negative", "stated")),
    ("pronoun-subject", "Hamas met the mediators in Doha. It has promised to free the hostages.",
     ("Hamas", "positive", "stated")),
    ("speech-would", "Hamas said the group would free the hostages.", ("Hamas", "positive", "stated")),
    ("she-would-after-a-group-in-the-speakers-apposition", "Muchaki Sukki, a former PLGA commander who "
     "surrendered in January, now works with the police and told reporters that she would bring out every sister.",
     ("Muchaki Sukki", "positive", "stated")),
    ("speech-would-with-a-passive-content-is-the-speakers", "Donald Trump has threatened that Hamas will be "
     "disarmed.", ("Donald Trump", "positive", "stated")),
    ("an-actors-people-said-they-would", "The M23 took Goma. The fighters said they would not withdraw.",
     ("M23", "negative", "stated")),
    ("group-member-noun-subject", 'Škaljari loyalists threatened to "settle accounts" with the police.',
     ("Škaljari", "positive", "stated")),
    ("speech-would-with-a-seat-no-list-holds", "Zahid Nawaz Marwat, the adviser, said Peshawar would pay for a "
     "second round.", ("Zahid Nawaz Marwat", "positive", "stated")),
    ("coordinated-verb-of-a-person-of-a-party", "Congressman Ruperto Alva of Alianza para el Progreso met "
     "the ministry and promised to table a bill.", ("Ruperto Alva", "positive", "stated")),
    ("speech-would-past-a-date-named-may", "Hamas said on 3 May that it would free the hostages.",
     ("Hamas", "positive", "stated")),
    ("quoted-first-person", "\u201cWe will never disarm,\u201d a Hamas spokesman said.", ("Hamas", "negative", "stated")),
    ("quoted-first-person-of-a-named-speaker", "\u201cWe will never disarm,\u201d Hamas spokesman Hazem Qassem said.",
     ("Hazem Qassem", "negative", "stated")),
    ("quotation-a-colon-introduces-is-the-speaker-before-it",
     "Hazem Qassem told reporters: \u201cWe will never disarm.\u201d Yahya Sinwar stayed silent.",
     ("Hazem Qassem", "negative", "stated")),
    ("quoted-first-person-a-later-phrase-names-no-speaker",
     "\u201cWe will never disarm,\u201d Hamas said, rejecting a proposal from US envoy Steve Witkoff.",
     ("Hamas", "negative", "stated")),
    ("quoted-first-person-the-object-before-a-colon-is-no-speaker",
     "Hamas replied to US envoy Steve Witkoff: \u201cWe will never disarm.\u201d", ("Hamas", "negative", "stated")),
    ("quoted-first-person-of-an-inverted-attribution", "\u201cWe will never disarm,\u201d said Hamas spokesman Hazem Qassem.",
     ("Hazem Qassem", "negative", "stated")),
    ("coordinated-verb-after-a-person-of-a-place",
     "Governor Umaru Kilgori of Sokoto has banned the Ansaru group twice and pledged to absorb its members.",
     ("Umaru Kilgori", "positive", "stated")),
    ("quoted-first-person-owned-side", "Yahya Sinwar told the mediators: \u201cMy fighters will free the hostages.\u201d",
     ("Yahya Sinwar", "positive", "stated")),
    ("intensifier-after-the-subject", "Yahya Sinwar himself pledged to free the hostages.",
     ("Yahya Sinwar", "positive", "stated")),
    ("speaker-commits-the-side-he-names", "Yahya Sinwar met the mediators. Yahya Sinwar said Hamas would free the "
     "hostages.", ("Hamas", "positive", "stated")),
    ("quotation-attributed-by-the-next-sentence", "Yahya Sinwar met the mediators.\n\u201cWe will never disarm.\u201d\n"
     "Sinwar made the statement in a video.", ("Yahya Sinwar", "negative", "stated")),
    ("noun", "Hamas's offer to free the hostages was rejected.", ("Hamas", "positive", "stated")),
    ("refusal", "Hamas refused to disarm.", ("Hamas", "positive", "stated")),
    ("threat", "The Houthis threatened to close the strait.", ("Houthis", "positive", "stated")),
    ("conditional", "Hamas offered to free the hostages if Israel withdrew.", ("Hamas", "positive", "conditional")),
    ("reported", "Hamas reportedly promised to free the hostages.", ("Hamas", "positive", "reported")),
    ("block-quote-after-colon", "After the raid, government spokesman Hazem Qassem set out the line:\n"
     "\u201cWe will not negotiate with those who bomb our homes.\u201d", ("Hazem Qassem", "negative", "stated")),
    ("floated-quantifier", "Iran's leader, Ali Khamenei, and Hezbollah's leader, Naim Qassem, have both pledged to "
     "fight.", ("Ali Khamenei", "positive", "stated")),
    ("floated-quantifier-second", "Iran's leader, Ali Khamenei, and Hezbollah's leader, Naim Qassem, have both "
     "pledged to fight.", ("Naim Qassem", "positive", "stated")),
    ("linking-verb", "Hamas met the mediators. The movement remained committed to the truce.",
     ("Hamas", "positive", "stated")),
    ("capital-subject", "Doha has promised to expel the Hamas leaders.", ("Qatar", "positive", "stated")),
    ("subject-before-an-apposition-and-a-coordinated-verb",
     "Samvel Karapetyan, a Russian-Armenian billionaire detained in June, has launched the Mer Dzevov movement and "
     "vowed to contest the election.", ("Samvel Karapetyan", "positive", "stated")),
    ("name-before-its-org-noun", "Hamas has pledged a truce, and the LIBRE party has promised to keep the emergency.",
     ("LIBRE", "positive", "stated")),
    ("subject-before-a-role-apposition-holding-and",
     "Hamas met the mediators. Khalil al-Hayya, the movement's negotiator and deputy of the Hamas political bureau, "
     "said the group would free the hostages.", ("Khalil al-Hayya", "positive", "stated")),
    ("coordinated-subject-past-a-title",
     "President Joseph Aoun and Prime Minister Nawaf Salam took office this year promising a state monopoly on arms.",
     ("Joseph Aoun", "positive", "stated")),
    ("speaker-rules-out-with-there-be-no",
     "Defence Minister Sjafrie Sjamsoeddin told lawmakers there would be no dialogue with armed men.",
     ("Sjafrie Sjamsoeddin", "negative", "stated")),
    ("agreement-that-commits-each", "Hezbollah and Amal agreed in May that weapons would come under state control.",
     ("Amal", "positive", "stated")),
    ("threatened-that-a-state-will", "Donald Trump has threatened that Washington will disarm Hamas.",
     ("United States", "positive", "stated")),
    ("rejected-in-an-object-relative", "Egypt tabled terms that Hamas rejected.", ("Hamas", "positive", "stated")),
    ("time-phrase-between-subject-and-verb", "Emomali Rahmon for years refused to deal with the Taliban.",
     ("Emomali Rahmon", "positive", "stated")),
    ("relative-after-a-list-commits-each",
     "Egypt, Qatar and Turkey, which signed the Sharm el-Sheikh declaration, remain neutral.",
     ("Turkey", "positive", "stated")),
    ("object-of-a-past-verb-is-no-later-subject",
     "Riyadh, which fears the war, has received Isaias Afwerki twice this year and offered to convene the two "
     "governments in Jeddah.", ("Saudi Arabia", "positive", "stated")),
    ("warning-of-a-passive-harm-is-a-threat",
     "The FLNC warned that developers who build on the coast would be treated as occupiers.", ("FLNC", "positive", "stated")),
    ("preposition-object-is-no-later-subject",
     "Beijing keeps its relationship with Papua New Guinea warm and has offered Port Moresby loans for roads.",
     ("China", "positive", "stated")),
    ("indefinite-apposition-is-no-later-subject",
     "Its leader, Yasin Ahmed Dardar, a former Eritrean navy captain, has sworn to open the road to the sea and has "
     "said the movement will not harm port workers.", ("Yasin Ahmed Dardar", "negative", "stated")),
    ("noun-after-its-determiner-is-no-verb",
     "The National Liberation Front of Corsica (FLNC) issued a text. In the same text the front accused Paris of "
     "betraying the Beauvau agreement and vowed that it would not disarm.", ("FLNC", "negative", "reported")),
    ("subject-of-a-reported-clause-can-act-later", "Egypt said Hamas had accepted the plan and had vowed to free the hostages.",
     ("Hamas", "positive", "stated")),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in PLEDGES], ids=[r[0] for r in PLEDGES])
def test_claims_behaviour_pledges(extract, text, expected):
    assert expected in _pledges(extract(text))


NO_PLEDGE = [
    ("forecast", "Hamas is unlikely to agree to disarm."),
    ("speech-would-with-a-company-name", "Kenya said Safaricom would pay the levy."),
    ("speech-would-with-a-day", "Officials told Hamas that Thursday would be decisive."),
    ("speaker-is-a-description-of-no-actor", "Los Condores attacked the mine. The company said it would suspend work."),
    ("hedged", "Hamas may offer to free the hostages."),
    ("future-an-analyst-is-said-to-expect", "Hamas will not disarm before 2027, analysts said."),
    ("future-an-adversary-is-said-to-expect", "Hamas will disarm, Benjamin Netanyahu said."),
    ("future-others-officials-are-said-to-expect", "Russia will not stop the war, Ukrainian officials said."),
    ("future-before-a-last-comma", "Hamas will not disarm,"),
    ("future-before-a-clause-that-says-something-else", "Hamas will not disarm, whatever the new council declares."),
    ("author-we", "We will revisit this judgment in May."),
    ("quoted-first-person-owns-no-side", "\u201cMy neighbours will leave,\u201d Yahya Sinwar said."),
    ("said-about-events", "Qatar said the talks would resume in May."),
    ("allegiance", "Boko Haram pledged allegiance to the Islamic State."),
    ("declined-to-comment", "Hamas declined to comment."),
    ("offering-is-conduct", "Tajikistan was reportedly offering the two leaders sanctuary."),
    ("warning-of-a-passive-forecast", "Qatar warned that the talks would be delayed."),
]


@pytest.mark.parametrize("text", [r[1] for r in NO_PLEDGE], ids=[r[0] for r in NO_PLEDGE])
def test_claims_behaviour_no_pledge(extract, text):
    assert claims(extract(text), "pledge") == []


# Who acts, where the sentence puts the actor away from the cue. Each row: the relation, the
# claim that must come out, and the (actor, target) a nearer name would wrongly give.
ACTOR_POSITIONS = [
    ("which-after-a-persons-name-is-the-body-of-that-person", "The Haqqani network of Interior Minister "
     "Sirajuddin Haqqani, which retains close ties to the TTP, is strong.",
     "COOPERATES_WITH", ("Haqqani network", "Tehrik-i-Taliban Pakistan"),
     ("Sirajuddin Jallaloudine Haqqani", "Tehrik-i-Taliban Pakistan")),
    ("participle-before-the-target", "Hamas fought alongside neighbouring Fatah units.",
     "ALLY_OF", ("Hamas", "Fatah"), None),
    ("hyphenated-title-after-a-role", "The Republic of Fiji Military Forces (RFMF) is loyal; its commander, "
     "Major-General Ro Jone Kalouniwai, spoke.", "LEADS", ("Ro Jone Kalouniwai", "Republic of Fiji Military Forces"),
     None),
    ("two-participles-before-the-agent", "The National Guard, trained and equipped by Italy, has killed five "
     "militants.", "SUPPORTS", ("Italy", "National Guard"), ("National Guard", "Italy")),
    ("apposition-on-a-group-placed-in-a-state-describes-the-group", "The UAE backs the Rapid Support Forces "
     "(RSF) in Sudan, a group that Egypt opposes.", "OPPOSES", ("Egypt", "Rapid Support Forces"), ("Egypt", "Sudan")),
    ("apposition-naming-a-country-describes-the-state", "Al-Shabaab in Somalia, a country that Kenya invaded in "
     "2011, remains potent.", "ATTACKS", ("Kenya", "Somalia"), ("Kenya", "Harakat al-Shabaab al-Mujahideen")),
    ("quantifier-after-and-opens-another-clause", "Iran sends drones to Russia, and some Hamas officials live in "
     "Tehran.", "SUPPORTS", ("Iran", "Russia"), ("Iran", "Hamas")),
    # the object is the people; the name qualifying them is the one sheltered
    ("participle-before-the-people-a-name-qualifies", "Hamas has sheltered wounded Hezbollah fighters.",
     "HOSTS", ("Hamas", "Hezbollah"), None),
    ("count-and-participle-before-the-people", "Hamas now shelters several hundred displaced Hezbollah fighters.",
     "HOSTS", ("Hamas", "Hezbollah"), None),
    ("participle-in-ing-is-no-description-of-people",
     "Colombia accused officers of Venezuela's National Guard (GNB) of escorting Tren de Aragua convoys.",
     "AFFILIATED_WITH", None, ("National Guard", "Tren de Aragua")),
    ("quoted-words-ending-before-a-role-are-no-nickname",
     '"We answer only to Yahya Sinwar," the commander of the Qassam Brigades said.',
     "LEADS", None, ("Yahya Sinwar", "Qassam Brigades")),
    ("pronoun-after-and-opens-its-own-clause",
     "The Northern Front formed in May. It is under the command of Lieutenant-Colonel Quintino Na Bitchita and it "
     "accuses Hamas of starving its units.", "CONDEMNS", ("Northern Front", "Hamas"), ("Quintino Na Bitchita", "Hamas")),
    ("relative-after-a-definite-apposition",
     "Fernando Dias da Costa, the candidate whom the African National Congress endorsed, insists he won.",
     "SUPPORTS", ("African National Congress", "Fernando Dias da Costa"), None),
    ("apposition-owner-is-not-the-subject",
     "Hamas won seats. The Qassam Brigades, Hamas's armed wing, has fought running battles with Fatah.",
     "ATTACKS", ("Qassam Brigades", "Fatah"), ("Hamas", "Fatah")),
    ("passive-subject-after-role-noun",
     "Ahmed Diriye took over after his predecessor Ahmed Abdi Godane was killed by a U.S. airstrike in 2014.",
     "ATTACKS", ("United States", "Ahmed Abdi Godane"), ("United States", "Ahmed Diriye")),
    ("long-indefinite-apposition",
     "The Joint Forces, a coalition of armed movements that includes the Sudan Liberation Army and the Justice "
     "and Equality Movement of Gibril Ibrahim, have fought alongside the Sudanese Armed Forces.",
     "ALLY_OF", ("Joint Forces", "Sudanese Armed Forces"), ("Gibril Ibrahim", "Sudanese Armed Forces")),
    ("relative-pronoun-coordinated-verb",
     "Turkey, which keeps military advisers in western Libya and has ties to Abdul Hamid Dbeibah, brokered a truce.",
     "COOPERATES_WITH", ("Turkey", "Abdul Hamid Dbeibah"), ("Libya", "Abdul Hamid Dbeibah")),
    ("relative-pronoun-coordinated-actors",
     "Turkey and the United Arab Emirates, which both fund and train Somali units, will need to coordinate.",
     "SUPPORTS", ("Turkey", "Somalia"), None),
    ("possessor-of-target",
     "The Balochistan Liberation Army coordinates with Allah Nazar Baloch's Balochistan Liberation Front.",
     "COOPERATES_WITH", ("Balochistan Liberation Army", "Balochistan Liberation Front"),
     ("Balochistan Liberation Army", "Allah Nazar Baloch")),
    ("hyphen-compound-is-no-target",
     "The compound was held by the 444th Combat Brigade, a Hezbollah-aligned unit commanded by Mahmoud Hamza.",
     "LEADS", ("Mahmoud Hamza", "444th Combat Brigade"), ("Mahmoud Hamza", "Hezbollah")),
    ("progressive-not-shared-by-and-verb",
     "Borno Governor Babagana Zulum said that the Islamic State was regaining ground and urged Nigeria to act.",
     "PRESSURES", ("Babagana Zulum", "Nigeria"), ("Islamic State", "Nigeria")),
    ("possessive-of-the-one-helped",
     "The United States backs the Syrian Democratic Forces in its campaign against the Islamic State.",
     "OPPOSES", ("Syrian Democratic Forces", "Islamic State"), ("United States", "Islamic State")),
    ("finite-passive-target-is-the-subject",
     "The Islamic State Sahel Province, which answers to the Islamic State, is reportedly commanded by Abu al-Bara "
     "al-Sahrawi.", "LEADS", ("Abu al-Bara al-Sahrawi", "Islamic State Sahel Province"),
     ("Abu al-Bara al-Sahrawi", "Islamic State")),
    ("who-after-apposition-is-the-person",
     "The surge followed the death of Bonomade Machude Omar, a veteran leader of the Islamic State who was killed "
     "by Mozambican forces.", "ATTACKS", ("Mozambique", "Bonomade Machude Omar"), ("Mozambique", "Islamic State")),
    ("demonym-before-office-title", "Pakistani Prime Minister Shehbaz Sharif spoke.", "LEADS",
     ("Shehbaz Sharif", "Pakistan"), None),
    ("name-right-after-an-owned-relational-noun", "Iran and its ally Bashar al-Assad lost ground in 2024.",
     "ALLY_OF", ("Bashar al-Assad", "Iran"), None),
    ("resolved-his-owns-a-named-group",
     "Alain-Claude Bilie-By-Nze was the last prime minister. His Ensemble pour le Gabon (EPG) won two seats.",
     "LEADS", ("Alain-Claude Bilie-By-Nze", "Ensemble pour le Gabon"), None),
    ("government-of-person", "Burkina Faso: The Junta Digs In\nThe junta of Captain Ibrahim Traoré expanded the militia.",
     "LEADS", ("Ibrahim Traoré", "Burkina Faso"), None),
    ("future-not-shared-by-a-perfect",
     "Prime Minister Anwar Ibrahim has pledged that Malaysia will keep hosting the talks and has pressed Thailand to "
     "return.", "PRESSURES", ("Anwar Ibrahim", "Thailand"), ("Malaysia", "Thailand")),
    ("apposition-inside-a-relative-clause",
     "Getachew Reda, who has since founded a new party, the Democratic Solidarity of Tigray, accuses Debretsion "
     "Gebremichael of seeking an alliance with Eritrea.", "CONDEMNS", ("Getachew Reda", "Debretsion Gebremichael"),
     ("Democratic Solidarity of Tigray", "Debretsion Gebremichael")),
    ("participle-adjunct-shares-subject",
     "Field Marshal Khalifa Haftar met his sons. In the east, Haftar has elevated his sons, while cultivating Russia.",
     "COOPERATES_WITH", ("Khalifa Haftar", "Russia"), None),
    ("comma-participle-shares-subject",
     "Israel has struck Lebanon almost daily since the ceasefire, killing scores of Hezbollah fighters.",
     "ATTACKS", ("Israel", "Hezbollah"), ("Lebanon", "Hezbollah")),
    ("count-of-members-is-the-group", "JNIM fighters killed dozens of Wagner Group mercenaries in July.",
     "ATTACKS", ("JNIM", "Wagner Group"), None),
    ("place-held-by-the-group-is-the-group", "JNIM fighters overran the camp of a Rapid Intervention Battalion.",
     "ATTACKS", ("JNIM", "Rapid Intervention Battalion"), None),
    ("reduced-passive-agent-acts",
     "Vice President Benjamin Bol Mel, a businessman sanctioned by the United States in 2017, is the heir.",
     "PRESSURES", ("United States", "Benjamin Bol Mel"), ("Benjamin Bol Mel", "United States")),
    ("reduced-passive-of-no-name",
     "Libya is split between Abdul Hamid Dbeibah and eastern authorities dominated by Khalifa Haftar.",
     "ATTACKS", None, ("Khalifa Haftar", "Abdul Hamid Dbeibah")),
    ("linking-verb-passive", "The United National Liberation Front (UNLF) remains banned by India.",
     "PRESSURES", ("India", "United National Liberation Front"), ("United National Liberation Front", "India")),
    ("capital-after-pressure-on", "Washington's pressure on Beirut grew in August.",
     "PRESSURES", ("United States", "Lebanon"), None),
    ("owner-of-a-group-is-not-the-target",
     "The Jenin Brigade works with Hamas's Izz ad-Din al-Qassam Brigades.",
     "COOPERATES_WITH", ("Jenin Brigade", "Izz ad-Din al-Qassam Brigades"), ("Jenin Brigade", "Hamas")),
    ("title-between-group-and-leader",
     "The Justice and Equality Movement (JEM) of Finance Minister Gibril Ibrahim joined the coalition.",
     "LEADS", ("Gibril Ibrahim", "Justice and Equality Movement"), None),
    ("embedded-name-in-an-object-is-not-led-nor-the-subject",
     "In February, Peru's National Police dismantled a Tren de Aragua cell led by Yorbis Salcedo Marcano.",
     "LEADS", None, ("Yorbis Salcedo Marcano", "National Police")),
    ("indefinite-apposition-with-modifiers-before-a-name",
     "Los Chapitos have been at war with La Mayiza, the rival Sinaloa Cartel faction, since 2024.",
     "AFFILIATED_WITH", ("La Mayiza", "Sinaloa Cartel"), None),
    ("description-noun-of-an-actor-relates-nothing",
     "The Comando Vermelho buys coca in Bolivia. In Bolivia, where the faction buys cocaine base, officials act.",
     "AFFILIATED_WITH", None, ("Bolivia", "Comando Vermelho")),
    ("pronoun-after-an-opening-phrase-is-the-subjects",
     "In Kyrgyzstan, the State Committee for National Security (GKNB) said that it had dismantled an ISKP cell.",
     "ATTACKS", ("State Committee for National Security", "Islamic State Khorasan"),
     ("Kyrgyzstan", "Islamic State Khorasan")),
    ("former-before-an-owner-name-ends-the-tie",
     "Hezbollah is strong. Ali Hassan, a former Hezbollah secretary-general, spoke in Beirut.",
     "LEADS", None, ("Ali Hassan", "Hezbollah")),
    ("coordinated-verb-after-a-definite-apposition",
     "The Presidential Leadership Council (PLC) met. Rashad al-Alimi, the PLC chairman, then stripped Aidarous "
     "al-Zubaidi, the STC's leader, of his council seat and accused him of high treason.",
     "CONDEMNS", ("Rashad al-Alimi", "Aidarous al-Zubaidi"), ("Presidential Leadership Council", "Aidarous al-Zubaidi")),
    ("a-clause-before-a-comma-is-no-opening-phrase",
     "The ELN is at war. In Arauca it has fought the Estado Mayor Central (EMC), a FARC dissident faction led by "
     "Iván Mordisco, since 2022. In Chocó it attacked the Clan del Golfo.",
     "ATTACKS", ("National Liberation Army", "Clan del Golfo"), ("FARC", "Clan del Golfo")),
    ("place-and-time-phrases-before-a-catenative-to",
     "Nigeria agreed in Abuja on 12 February to share intelligence with Cameroon.",
     "COOPERATES_WITH", ("Nigeria", "Cameroon"), None),
    ("possessive-organ-is-the-relative-antecedent",
     "Chad's army, which struck ISWAP camps on the lake islands in January, is stretched thin.",
     "ATTACKS", ("Chad", "Islamic State West Africa Province"), None),
    ("spokesman-for", "Hazem Qassem, a spokesman for Hamas, spoke.",
     "AFFILIATED_WITH", ("Hazem Qassem", "Hamas"), None),
    ("office-of-a-body-after-a-dated-opening",
     "In May 2025 the chairman of the Arakan National Council, Tun Myat, was killed.",
     "LEADS", ("Tun Myat", "Arakan National Council"), None),
    ("object-relative-inside-an-apposition",
     "The Ras Kamboni Brigade, a militia that Somalia quietly pays, holds the town.",
     "SUPPORTS", ("Somalia", "Ras Kamboni Brigade"), None),
    ("demonym-qualifying-a-named-group-is-no-actor",
     "Hezbollah smuggles fuel. The group was ambushed by Syrian General Security near Tal Kalakh.",
     "ATTACKS", ("General Security", "Hezbollah"), ("Syria", "Hezbollah")),
    ("time-phrase-between-clash-and-with", "Hamas fighters clashed in December with Fatah gunmen.",
     "ATTACKS", ("Hamas", "Fatah"), None),
    ("spokesman-for-a-possessed-unit", "Andriy Yusov, spokesman for Ukraine's Defence Intelligence (HUR), spoke.",
     "AFFILIATED_WITH", ("Andriy Yusov", "Defence Intelligence"), ("Andriy Yusov", "Ukraine")),
    ("two-word-rank-in-leader-apposition",
     "The Arakan Army (AA) holds Rakhine. The group's commander-in-chief, Major General Twan Mrat Naing, spoke.",
     "LEADS", ("Twan Mrat Naing", "Arakan Army"), None),
    ("acronym-before-apposed-affiliate",
     "The Party of Free Life of Kurdistan (PJAK), the PKK's Iranian offshoot, rejects the deal.",
     "AFFILIATED_WITH", ("Party of Free Life of Kurdistan", "PKK"), ("Party of Free Life of Kurdistan", "Iran")),
    ("plural-description-holds-both-parties",
     "Marco Rubio met officials of Mexico and the United States. The two governments agreed to create a security group.",
     "NEGOTIATES_WITH", ("Mexico", "United States"), None),
    ("name-owns-a-word-of-belonging",
     "The United People's Front (UPF) signed. The Zomi Revolutionary Army (ZRA), a UPF constituent, fields fighters.",
     "AFFILIATED_WITH", ("Zomi Revolutionary Army", "United People's Front"), None),
    ("past-form-after-a-name-is-a-verb",
     "The Arakan Army (AA) and the Chin National Front (CNF) formed a pact. In 2023 the AA and the CNF fought "
     "each other near Paletwa.", "ATTACKS", ("Arakan Army", "Chin National Front"), None),
    ("each-other-goes-both-ways", "Hamas and Fatah fought each other for years.",
     "ATTACKS", ("Fatah", "Hamas"), None),
    ("plural-description-fights-each-other",
     "The Chapitos have struck a deal with the CJNG, since the two organisations fought each other for a decade.",
     "ATTACKS", ("CJNG", "Chapitos"), None),
    ("partitive-plural-names-new-actors",
     "The Mara Salvatrucha (MS-13) and the two factions of Barrio 18, the Sureños and the Revolucionarios, "
     "run the prisons.", "AFFILIATED_WITH", None, ("Sureños", "Mara Salvatrucha")),
    ("whose-members-act-for-the-antecedent",
     "Israel backed Hamas, whose fighters fought beside the Tatmadaw.",
     "ALLY_OF", ("Hamas", "Tatmadaw"), ("Israel", "Tatmadaw")),
    ("light-verb-before-plural-deals", "Myanmar struck local deals with Hamas and Fatah.",
     "NEGOTIATES_WITH", ("Myanmar", "Fatah"), None),
    ("aside-between-subject-and-coordinated-verbs",
     "Hamas is weak. In 2024 Myanmar's junta, short of troops, conscripted Hamas men and struck local deals with "
     "Fatah.", "NEGOTIATES_WITH", ("Myanmar", "Fatah"), ("Hamas", "Fatah")),
    ("whose-after-an-apposition-is-the-named-actor",
     "Katibat Imam al-Bukhari (KIB), an Uzbek formation whose main force fought beside Hayat Tahrir al-Sham (HTS), "
     "keeps a branch.", "ALLY_OF", ("Katibat Imam al-Bukhari", "Hay'at Tahrir al-Sham"), ("Uzbekistan", "Hay'at Tahrir al-Sham")),
    ("possessive-opening-a-sentence-is-no-subject",
     "The Popular Forces lost its founder, Yasser Abu Shabab, in December. His deputy, Ghassan al-Duhaini, now "
     "leads the group and has vowed to keep fighting Hamas.", "ATTACKS", ("Ghassan al-Duhaini", "Hamas"),
     ("Yasser Abu Shabab", "Hamas")),
    ("pronoun-goes-back-past-an-opening-phrase",
     "The Islamic State Sahel Province (ISSP) is strong. Once a junior branch of Islamic State West Africa Province "
     "(ISWAP), ISSP became a full province in 2022. Its emir, Abu al-Bara al-Sahrawi, collects zakat.",
     "LEADS", ("Abu al-Bara al-Sahrawi", "Islamic State Sahel Province"),
     ("Abu al-Bara al-Sahrawi", "Islamic State West Africa Province")),
    ("possessive-pronoun-object-with-a-named-role",
     "Officers from US Africa Command (AFRICOM) have toured Berbera. AFRICOM keeps striking its leader, "
     "Abdulqadir Mumin.", "ATTACKS", ("US Africa Command", "Abdulqadir Mumin"), None),
    ("capital-with-adverb-before-its-verb", "Doha still hosts Hamas's political bureau.",
     "HOSTS", ("Qatar", "Hamas"), None),
    ("parties-named-past-organ-words-before-a-joint-act",
     "Kenyan troops and the Somali army conducted a joint operation near Mandera.",
     "COOPERATES_WITH", ("Kenya", "Somalia"), None),
    ("parties-of-a-joint-act-named-inside-it", "Joint Nigerian and Cameroonian patrols cleared the islands.",
     "COOPERATES_WITH", ("Nigeria", "Cameroon"), None),
    ("one-actor-alone-has-no-joint-partner", "Kenyan troops conducted a joint operation near Mandera.",
     "COOPERATES_WITH", None, ("Kenya", "Kenya")),
    ("noun-cue-object-of-a-light-verb-after-its-article",
     "Tajikistan has moved from open hostility to a working relationship with the Taliban.",
     "COOPERATES_WITH", ("Tajikistan", "Taliban"), None),
    ("leaning-on-another-is-relying-on-it", "Mozambique leans on Rwanda, whose troops secure Palma.",
     "SUPPORTS", ("Rwanda", "Mozambique"), None),
    ("leaning-on-another-to-act-is-pressing-it", "Pakistan will lean on the Taliban to restrain the TTP.",
     "SUPPORTS", None, ("Taliban", "Pakistan")),
    ("member-named-after-his-group-is-the-object", "Israel killed the Hamas official Hassan Farhat in Sidon.",
     "ATTACKS", ("Israel", "Hassan Farhat"), ("Israel", "Hamas")),
    ("names-after-between-are-no-subject",
     "The understanding between Qatar and the Houthis still protects Hamas in Doha.",
     "SUPPORTS", None, ("Houthis", "Hamas")),
    ("fronted-participle-qualifies-the-subject",
     "Led by Seka Musa Baluku, the Allied Democratic Forces swore allegiance to the Islamic State.",
     "LEADS", ("Seka Musa Baluku", "Allied Democratic Forces"), ("Seka Musa Baluku", "Islamic State")),
    ("fronted-participle-past-an-apposition",
     "Founded in 1991 by Abdurajak Janjalani, a former preacher, the Abu Sayyaf Group kidnapped tourists.",
     "LEADS", ("Abdurajak Janjalani", "Abu Sayyaf Group"), None),
    ("second-participle-agent-is-not-in-the-first-list",
     "Backed by Iran and led by Abdul-Malik al-Houthi, the Houthis attacked shipping.",
     "SUPPORTS", ("Iran", "Houthis"), ("Abdul-Malik al-Houthi", "Houthis")),
    ("second-participle-has-its-own-agent",
     "Backed by Iran and led by Abdul-Malik al-Houthi, the Houthis attacked shipping.",
     "LEADS", ("Abdul-Malik al-Houthi", "Houthis"), ("Iran", "Houthis")),
    ("repeated-preposition-coordinates-objects",
     "Fano clashed with the Ethiopian army and with the Oromo Liberation Army.",
     "ATTACKS", ("Fano", "Oromo Liberation Army"), None),
    ("state-media-speak-for-the-state", "Eritrean state media accuse the UAE of meddling in the war.",
     "CONDEMNS", ("Eritrea", "United Arab Emirates"), None),
    ("possessive-backer-supports", "Cairo has become Asmara's most dependable backer.",
     "SUPPORTS", ("Egypt", "Eritrea"), None),
    ("state-after-in-is-a-place-not-an-actor",
     "Money passes to the Islamic State Central Africa Province (ISCAP) in Congo and to the group's branch in "
     "Mozambique.", "AFFILIATED_WITH", None, ("Democratic Republic of the Congo", "Islamic State Central Africa Province")),
    ("definite-apposition-names-what-the-subject-is",
     "The Front for the Liberation of the Enclave of Cabinda (FLEC) is split. FLEC-FAC, the main armed wing of the "
     "FLEC, has rejected talks with Luanda.",
     "AFFILIATED_WITH", ("FLEC-FAC", "FLEC"), None),
    ("leader-after-an-indefinite-description-called",
     "Katiba Comoé is led by a Fulani preacher called Hamadoun Sidibé.",
     "LEADS", ("Hamadoun Sidibé", "Katiba Comoé"), None),
    ("leader-after-a-description-with-an-adjective-in-ing",
     "Katiba Macina is led by a leading Fulani cleric called Hamadoun Koufa.",
     "LEADS", ("Hamadoun Koufa", "Katiba Macina"), None),
    ("leader-after-a-coordinated-description-and-comma",
     "The Comité de Vigilance de Doropo (CVD), led by a Lobi farmer and former municipal councillor, Yacouba Hien, "
     "patrols the border.", "LEADS", ("Yacouba Hien", "CVD"), None),
    ("leader-apposition-described-before-the-name",
     "Villagers formed the Kaladan Hills Defence Force (KHDF); its leader, a former schoolteacher named Pu Hmung "
     "Lian Thang, pledged to protect them.", "LEADS", ("Hmung Lian Thang", "Kaladan Hills Defence Force"), None),
    ("capitals-after-both-are-the-objects",
     "Washington has pressed both Baghdad and the Kurdistan Democratic Party to settle.",
     "PRESSURES", ("United States", "Iraq"), None),
    ("exchanging-information-is-cooperation",
     "Singapore is also exchanging information with Detachment 88 on financing.",
     "COOPERATES_WITH", ("Singapore", "Detachment 88"), None),
    ("linking-verb-before-a-stative-cue", "La Mayiza remains loyal to the Sinaloa Cartel.",
     "AFFILIATED_WITH", ("La Mayiza", "Sinaloa Cartel"), None),
    ("participle-between-determiner-and-name",
     "La Mayiza, which remains loyal to the jailed Ismael Zambada García, holds the town.",
     "AFFILIATED_WITH", ("La Mayiza", "Ismael Zambada García"), None),
    ("object-relative-with-an-object-complement",
     "Los Lobos, the gang that Washington designated a foreign terrorist organisation, is growing.",
     "PRESSURES", ("United States", "Los Lobos"), None),
    ("subject-group-under-its-leader", "The Kurdistan Democratic Party (KDP) under Masoud Barzani accuses the "
     "Patriotic Union of Kurdistan (PUK) of having ceded the city.",
     "CONDEMNS", ("Kurdistan Democratic Party", "Patriotic Union of Kurdistan"),
     ("Masoud Barzani", "Patriotic Union of Kurdistan")),
    ("capital-coordinated-with-a-group", "In September, Baghdad and the Kurdistan Regional Government (KRG) agreed "
     "to reopen joint centres.", "NEGOTIATES_WITH", ("Iraq", "Kurdistan Regional Government"), None),
    ("capital-as-the-source-of-backing", "The Iraqi Turkmen Front draws political and financial backing from Ankara.",
     "SUPPORTS", ("Turkey", "Iraqi Turkmen Front"), None),
    ("movement-of-an-actor-as-object", "The Iraqi Turkmen Front opposes the expansion of the Popular Mobilization "
     "Forces.", "OPPOSES", ("Iraqi Turkmen Front", "Popular Mobilization Forces"), None),
    ("rivalry-noun-between-two", "Competition between the Badr Organization and Kata'ib Hezbollah is rising.",
     "OPPOSES", ("Badr Organization", "Kata'ib Hezbollah"), None),
    ("trading-fire-goes-both-ways", "Tehran and Islamabad exchanged missile strikes in January.",
     "ATTACKS", ("Pakistan", "Iran"), None),
    ("leader-role-with-its-own-adjectives", "The Congolese army (FARDC) clashed with the Mbankana Self-Defence "
     "Committee, a vigilante group led by customary chief Bernard Ngobila, in May.",
     "LEADS", ("Bernard Ngobila", "Mbankana Self-Defence Committee"), None),
    ("posts-of-an-actor-name-it", "Hamas has attacked posts of Fatah in Gaza.", "ATTACKS", ("Hamas", "Fatah"), None),
    ("protest-with-an-adverb", "Mauritania protested repeatedly to Mali in 2024.", "CONDEMNS", ("Mauritania", "Mali"),
     None),
    ("cue-in-a-second-role-apposition-is-the-heads",
     'Ahmed Abdi Karie "Qoorqoor," Galmudug\'s president and a close ally of President Hassan Sheikh Mohamud, '
     "has vowed to act.", "ALLY_OF", ("Ahmed Abdi Karie", "Hassan Sheikh Mohamud"),
     ("Galmudug", "Hassan Sheikh Mohamud")),
    ("members-noun-after-an-acronym-stands-for-the-group", "The New Patriotic Party (NPP) lost power. NPP "
     "lawmakers have accused the National Democratic Congress (NDC) of shielding the financiers.", "CONDEMNS",
     ("NPP", "National Democratic Congress"), None),
    ("dated-title-in-a-leaders-apposition", "The Freedom Party has lost ground; its leader, former President "
     "Ilir Meta, is in detention.", "LEADS", ("Ilir Meta", "Freedom Party"), None),
    ("opposed-by-is-a-passive", "The CJNG is opposed by Los Chapitos.", "CONDEMNS",
     ("Los Chapitos", "Jalisco New Generation Cartel"), ("Jalisco New Generation Cartel", "Los Chapitos")),
]


@pytest.mark.parametrize("text,relation,expected,wrong", [r[1:] for r in ACTOR_POSITIONS],
                         ids=[r[0] for r in ACTOR_POSITIONS])
def test_claims_behaviour_actor_positions(extract, text, relation, expected, wrong):
    pairs = {(a, t) for a, t, _, _ in _relations(extract(text), relation)}
    assert expected is None or expected in pairs
    assert wrong not in pairs


def test_claims_behaviour_he_would_be_done_to_stays_the_speakers_pledge(extract):
    """'told mediators that he would be released': what is done to him, not his commitment."""
    records = extract("Abu Bakr Shekau was captured in March. The Taliban told mediators that he would be released "
                      "soon.")
    names = _names(records)
    assert [names[c["actor"]["id"]] for c in claims(records, "pledge")] == [names["group:taliban"]]


def test_claims_behaviour_ruled_out_talks_are_denied_talks(extract):
    text = "President Kais Saied has ruled out talks with the Okba Ibn Nafi Battalion."
    assert ("Kais Saied", "Okba Ibn Nafi Battalion", "negative", "stated") in _relations(extract(text), "NEGOTIATES_WITH")


def test_claims_behaviour_pledge_noun_in_apposition_restates_the_pledge_just_made(extract):
    """', a commitment Nigerian officers say ...': no second pledge for whoever is named near the noun."""
    records = extract("Niger has offered to share intelligence with Chad, an offer Nigeria has welcomed.")
    names = _names(records)
    assert [names[c["actor"]["id"]] for c in claims(records, "pledge")] == [names["state:ner"]]


def test_claims_behaviour_apposition_tie_is_not_denied_by_the_main_verb(extract):
    """'have not caught X, the ADF's leader': the negation is about the catching, not the leading."""
    text = "The army has fought the ADF for years but has not caught Musa Baluku, the ADF's leader."
    assert ("Musa Baluku", "ADF", "positive", "stated") in _relations(extract(text), "LEADS")


def test_claims_behaviour_tie_between_two_sides_can_be_denied(extract):
    """Unlike a person's tie in apposition, 'no joint Nigerian and Chadian patrols' denies it."""
    text = "There have been no joint Nigerian and Chadian patrols since 2023."
    assert ("Nigeria", "Chad", "negative", "stated") in _relations(extract(text), "COOPERATES_WITH")


def test_claims_behaviour_coordinated_forecast_stays_the_authors(extract):
    """'and will keep its distance' after the author's forecast is no one's reported pledge."""
    records = extract("Saudi Arabia is unlikely to abandon its talks with Iran and will keep its distance from Israel.")
    assert claims(records, "pledge") == []
    assert [c["rule"] for c in claims(records, "assessment")], "the forecast is still the author's"


def test_claims_behaviour_coordinated_intention_across_a_quotation(extract):
    records = extract('Jaish al-Adl spokesman Abu Hafs al-Baluchi said the front would fight "until the last '
                      'occupier leaves" and would not target Sunni civilians.')
    pledges = [(c["actor"]["text"], c["polarity"]) for c in claims(records, "pledge")]
    assert ("Abu Hafs al-Baluchi", "negative") in pledges


def test_claims_behaviour_name_modifying_a_noun_is_no_later_subject(extract):
    """'rejects any STC role ... and has threatened': the threat is the alliance's, not the STC's."""
    text = "The Hadramawt Tribal Alliance rejects any STC role in the province and has threatened to shut down oil output."
    actors = {actor for actor, _, _ in _pledges(extract(text))}
    assert "Hadramawt Tribal Alliance" in actors
    assert not actors & {"STC", "Southern Transitional Council"}


def test_claims_behaviour_breach_in_a_joined_clause_is_no_violation(extract):
    """'accused Paris of betraying the deal and vowed': the betrayal is the accusation's, not
    a broken vow; 'broke its promise to' in the cue's own clause still is."""
    kept = claims(extract("The FLNC accused Paris of betraying the deal and vowed to fight on."), "pledge")
    broken = claims(extract("Hamas broke its promise to free the hostages."), "pledge")
    assert [c["modality"] for c in kept] and "violated" not in [c["modality"] for c in kept]
    assert [c["modality"] for c in broken] == ["violated"]


def test_claims_behaviour_affiliation_in_apposition_compound(extract):
    assert ("Harakat al-Shabaab al-Mujahideen", "al-Qaeda", "positive", "stated") in _relations(
        extract("Al-Shabaab, an al-Qaeda-affiliated group, attacked Kenya."), "AFFILIATED_WITH")


def test_claims_behaviour_affiliated_with_past_an_adverb(extract):
    assert ("Hamas", "Hezbollah", "positive", "stated") in _relations(
        extract("Hamas is formally affiliated with Hezbollah."), "AFFILIATED_WITH")


def test_claims_behaviour_whose_role_names_the_leader(extract):
    assert ("Naim Qassem", "Hezbollah", "positive", "stated") in _relations(
        extract("Hezbollah, whose political coordinator is Naim Qassem, fired rockets."), "LEADS")


@pytest.mark.parametrize(("text", "relation", "pair"), [
    ("Hamas, the group whose best-known leader is Yahya Sinwar, held Gaza.", "LEADS", ("Yahya Sinwar", "Hamas")),
    ("The SJB met the United National Party (UNP) of former president Ranil Wickremesinghe.", "LEADS",
     ("Ranil Wickremesinghe", "United National Party")),
    ("Dana Tailfeathers, co-chair of Hamas, spoke.", "LEADS", ("Dana Tailfeathers", "Hamas")),
    ("Francisco Smith, Hamas's secretary general, spoke.", "LEADS", ("Francisco Smith", "Hamas")),
    ("Ali Khan, Hamas's Gaza commander, spoke.", "AFFILIATED_WITH", ("Ali Khan", "Hamas")),
    ("Hamas is split, and its deputy campaign director, Ali Khan, resigned.", "AFFILIATED_WITH", ("Ali Khan", "Hamas")),
    ("Ali Khan, Hamas's director of communications, spoke.", "AFFILIATED_WITH", ("Ali Khan", "Hamas")),
    ("Abdullahi Ganduje, Hamas's National Chairman, spoke.", "LEADS", ("Abdullahi Ganduje", "Hamas")),
    ("Paul Biya, Cameroon's head of state, spoke.", "LEADS", ("Paul Biya", "Cameroon")),
], ids=["whose-after-an-apposition", "of-a-person-with-a-lower-case-title", "co-chair-of", "secretary-general-unhyphened",
        "leader-of-a-part-is-a-member-of-the-whole", "deputy-before-a-part", "part-named-after-of",
        "rank-adjective-in-capitals-leads-the-whole", "head-of-state-leads-it"])
def test_claims_behaviour_role_nouns_name_leaders_and_members(extract, text, relation, pair):
    assert (*pair, "positive", "stated") in _relations(extract(text), relation)


def test_claims_behaviour_part_leader_of_a_person_says_nothing(extract):
    records = extract("Min Aung Hlaing spoke, and his regional commander, Major General Aung Myo Thant, agreed.")
    assert not _relations(records, "AFFILIATED_WITH") and not _relations(records, "LEADS")


@pytest.mark.parametrize("text", [
    'Adolfo Macías Villamar, alias "Fito", the leader of Los Choneros, vanished.',
    'Adolfo Macías Villamar, known as "Fito," head of Los Choneros, vanished.',
], ids=["alias-then-comma", "comma-inside-the-quotes"])
def test_claims_behaviour_quoted_nickname_between_a_name_and_its_role(extract, text):
    """The nickname is the person's own name: the role apposed after it is said of him."""
    assert ("Adolfo Macías Villamar", "Los Choneros", "positive", "stated") in _relations(extract(text), "LEADS")


def test_claims_behaviour_two_named_sides_negotiating(extract):
    assert ("Claudia Sheinbaum", "Donald Trump", "positive", "stated") in _relations(
        extract("Claudia Sheinbaum and Donald Trump are negotiating a security agreement."), "NEGOTIATES_WITH")


def test_claims_behaviour_capital_before_a_quoted_verb_group_acts(extract):
    records = extract('The Chinese embassy said Beijing "will not accept another attack on our citizens."')
    assert [m["text"] for e in entities(records) if e["name"] == "China" for m in e["mentions"]] == ["Chinese", "Beijing"]


def test_claims_behaviour_subject_before_a_relative_clause_holding_a_list(extract):
    records = extract("The United States, which designated the Sinaloa Cartel, the CJNG and the Juárez Cartel as "
                      "terrorist organisations in 2025, has attacked Mexico.")
    assert {(a, t) for a, t, _, _ in _relations(records, "ATTACKS")} == {("United States", "Mexico")}


def test_claims_behaviour_person_taking_over_a_group_leads_it(extract):
    assert ("Yahya Sinwar", "Hamas", "positive", "stated") in _relations(
        extract("Yahya Sinwar took over Hamas in 2024."), "LEADS")


def test_claims_behaviour_talks_in_a_place_with_another(extract):
    assert ("Hamas", "Israel", "positive", "stated") in _relations(
        extract("Hamas held talks in Cairo with Israel."), "NEGOTIATES_WITH")


def test_claims_behaviour_supplier_of_one_clause_is_not_the_next_clauses(extract):
    found = {(a, t) for a, t, _, _ in _relations(extract("Iran supplies drones and Russia sells arms to Hamas."), "SUPPORTS")}
    assert ("Iran", "Hamas") not in found and ("Russia", "Hamas") in found


def test_claims_behaviour_relative_after_a_placed_group_is_the_groups(extract):
    records = extract("The TTP is sheltered by the Taliban in Afghanistan, who have refused to expel its leadership.")
    assert _pledges(records) == {("Taliban", "positive", "stated")}


def test_claims_behaviour_compound_adjective_is_no_cameo_verb(extract):
    """'the Hezbollah-dominated Amal Movement': a hyphenated participle modifies a name, no one dominates."""
    records = extract("The Hezbollah-dominated Amal Movement has clashed with the Lebanese Armed Forces.")
    assert [c["rule"] for c in claims(records, "relationship") if c["rule"].startswith("cameo.")] == []


def test_claims_behaviour_a_reviewed_cameo_verb_stands_alone_with_its_own_relation(extract):
    """'compete' is coded as disapproval (110); lemma_relations makes it rivalry, which may
    stand without the words a bare verb of other relations needs."""
    records = extract("Hamas competes with Fatah for recruits.")
    assert [(c["relation"], c["rule"]) for c in claims(records, "relationship")] == [("OPPOSES", "cameo.110.compete")]


def test_claims_behaviour_what_is_competed_for_is_no_rival(extract):
    records = extract("Iraqi factions remain useful to militias competing for Iranian patronage.")
    assert claims(records, "relationship") == []


def test_claims_behaviour_going_to_is_a_future_not_a_visit(extract):
    records = extract("China is almost certainly going to attack Taiwan.")
    assert _relations(records, "NEGOTIATES_WITH") == set()
    assert ("China", "Taiwan", "positive", "forecast") in _relations(records, "ATTACKS")


def test_claims_behaviour_degree_word_inside_a_verb_group(extract):
    """'is very likely to attack' is as much a verb group as 'is likely to attack'."""
    assert ("China", "Taiwan", "positive", "forecast") in _relations(
        extract("China is very likely to attack Taiwan."), "ATTACKS")


def test_claims_behaviour_attack_on_a_plural_asset_of_a_group(extract):
    assert ("Islamic State", "Syrian Arab Army", "positive", "stated") in _relations(
        extract("Islamic State cells have attacked checkpoints of the Syrian Arab Army near Sarmada."), "ATTACKS")


def test_claims_behaviour_subject_past_an_apposition_after_the_heads_noun(extract):
    """'The X faction, the BIFF's largest wing, has opened talks': the faction talks, not the
    owner inside its apposition."""
    records = extract("The Karialan faction, the BIFF's largest wing, has opened talks with the Armed Forces of "
                      "the Philippines. The Bangsamoro Islamic Freedom Fighters (BIFF) are split.")
    assert {a for a, _, _, _ in _relations(records, "NEGOTIATES_WITH")} == {"Karialan"}


def test_claims_behaviour_possessive_apposition_names_no_member(extract):
    """'the Bungos faction, the BIFF's largest wing': BIFF owns the wing; it is not the faction's name."""
    records = extract("The Bungos faction, the BIFF's largest wing, has opened talks. The Bangsamoro Islamic Freedom "
                      "Fighters (BIFF) are split.")
    found = {(a, t) for a, t, _, _ in _relations(records, "AFFILIATED_WITH")}
    assert ("Bangsamoro Islamic Freedom Fighters", "Bungos") not in found


def test_claims_behaviour_member_of_a_modified_party(extract):
    assert ("Bola Tinubu", "All Progressives Congress", "positive", "stated") in _relations(
        extract("Bola Tinubu, a member of the ruling All Progressives Congress, spoke."), "AFFILIATED_WITH")


def test_claims_behaviour_accused_description_does_not_hand_the_gerund_to_the_accuser(extract):
    """'Pakistan accused the guards of sheltering the TTP': the guards shelter it, not Pakistan."""
    records = extract("Pakistan has accused the guards of sheltering Tehrik-i-Taliban Pakistan fighters.")
    assert _relations(records, "HOSTS") == set()


def test_claims_behaviour_unlikely_relation_is_foreseen_not_to_happen(extract):
    """'is unlikely to sanction' foresees the same as 'will probably not sanction'."""
    assert ("China", "North Korea", "negative", "forecast") in _relations(
        extract("China is very unlikely to sanction North Korea."), "PRESSURES")


def test_claims_behaviour_name_after_an_unowned_title_noun_is_not_its_holder(extract):
    found = _relations(extract("First Minister Michelle O'Neill of Sinn Féin and deputy First Minister Emma "
                               "Little-Pengelly of the DUP jointly condemned the attack."), "AFFILIATED_WITH")
    assert not any(a == "Emma Little-Pengelly" and t == "Sinn Féin" for a, t, *_ in found)


def test_claims_behaviour_they_after_two_people_coordinated_is_both(extract):
    """'Both X and Y say they will': the pledge is each person's, not the group named before."""
    found = _pledges(extract("Southern Command has offered training. Both Keiko Fujimori and Rafael López Aliaga "
                             "say they will honour the contracts."))
    assert {a for a, _, _ in found} >= {"Keiko Fujimori", "Rafael López Aliaga"}


def test_claims_behaviour_pledge_by_a_pair_is_each_ones(extract):
    """'a pledge by the PUK and Badr': the pledgers follow 'by', not the person named before."""
    found = _pledges(extract("Bafel Talabani met Hadi al-Amiri, and the talks produced a pledge by Hamas and Fatah "
                             "to avoid armed confrontation."))
    assert {a for a, _, _ in found} >= {"Hamas", "Fatah"}
    assert not {a for a, _, _ in found} & {"Hadi al-Amiri", "Bafel Talabani"}


def test_claims_behaviour_places_listed_before_a_new_clause_are_no_pledgers(extract):
    """'... centres in Kirkuk, Makhmour and Khanaqin, and Peshmerga commanders pledged': the
    towns are places, not groups listed with the Peshmerga."""
    records = extract("The KRG agreed to open centres in Kirkuk, Makhmour and Khanaqin, and Peshmerga commanders "
                      "pledged to deploy two brigades.")
    assert {a for a, _, _ in _pledges(records)} & {"Kirkuk", "Makhmour", "Khanaqin", "Makhmour and Khanaqin"} == set()


def test_claims_behaviour_section_heading_states_no_judgement(extract):
    """'What Senegal can do' names a section; the sentences under it carry the claims."""
    records = extract("SAHEL DESK\n1 March 2026\nKayes Under Blockade\n\nKey Points\n- JNIM will probably hold the "
                      "road.\n\nWhat Senegal can do\n\nSenegal can reopen the corridor. Mali will probably accept.\n")
    assert not [c for c in claims(records) if c["evidence"]["text"].startswith("What Senegal")]
    assert [c for c in claims(records, "assessment") if c["evidence"]["text"].startswith("Mali will probably")]


def test_claims_behaviour_key_block_heading_states_no_judgement(extract):
    """'What you need to know' opens the key block; its 'need to' prescribes nothing."""
    records = extract("CLIENT ALERT\n1 March 2026\nKyrgyz Crime\n\nWhat you need to know\n- The gang will "
                      "probably grow.\n\nBackground\n\nThe gang grew.\n")
    assert not [c for c in claims(records) if c["evidence"]["text"].startswith("What you")]


def test_claims_behaviour_relative_after_a_described_group_is_the_groups(extract):
    """'The White Army, the Nuer youth force that has fought alongside X': a singular head in an
    apposition describes the group before it, past a capitalised modifier no list knows."""
    assert ("White Army", "SPLA-IO", "positive", "stated") in _relations(
        extract("The White Army, the loosely organised Nuer youth force that has fought alongside the SPLA-IO, "
                "has sent men across the river."), "ALLY_OF")


def test_claims_behaviour_list_after_a_plural_description_is_no_relative_subject(extract):
    """'struck Hezbollah, the militias that Iran funds, and ...': a plural head lists, it describes no one."""
    assert ("Hezbollah", "Houthis", "positive", "stated") not in _relations(
        extract("Israel struck Hezbollah, the militias that have fought alongside the Houthis, and Hamas."), "ALLY_OF")


def test_claims_behaviour_leader_list_stops_at_a_possessor(extract):
    """'the 3R movement led by Sembé Bobbo and Ali Darassa's UPC': Darassa leads his own group."""
    found = _relations(extract("The Return, Reclamation, Rehabilitation (3R) movement led by General Sembé Bobbo "
                               "and Ali Darassa's Union for Peace in the Central African Republic (UPC) hold the west."),
                       "LEADS")
    assert ("Sembé Bobbo", "3R", "positive", "stated") in found
    assert not any(a == "Ali Darassa" and t == "3R" for a, t, _, _ in found)


def test_claims_behaviour_judgement_in_a_table_cell_has_its_row_for_evidence(nlp):
    """'Truce holds | Unlikely': the likelihood cell of a Markdown table judges the row's first cell."""
    import pipeline
    from pipeline.read import read_bytes

    brief = read_bytes(b"DESK\n1 March 2026\nTitle\n\n## Outlook\n\n| Indicator | Assessment |\n|---|---|\n"
                       b"| Hamas and Israel renew the truce | Unlikely |\n", "t.md")
    records = [r.model_dump(mode="json") for r in pipeline.extract_brief(brief, nlp)]
    found = [(c["evidence"]["text"], c["likelihood"]["band"]) for c in claims(records, "assessment")]
    assert found == [("Hamas and Israel renew the truce | Unlikely", "unlikely")]


def test_claims_behaviour_year_before_a_noun_cue_keeps_its_possessor(extract):
    """"Castro's 2024 threat to ...": a year between the possessive and the noun is a modifier."""
    found = _pledges(extract("Former President Xiomara Castro ruled. Castro's 2024 threat to tear up the "
                             "extradition treaty has been shelved."))
    assert "Xiomara Castro" in {actor for actor, *_ in found}


def test_claims_behaviour_capital_owns_a_dated_designation(extract):
    """"Washington's 2025 designation of MS-13": the capital acts for its state past the year."""
    targets = {t for _, t, _, _ in _relations(extract("Washington's 2025 designation of MS-13 and Barrio 18 widened "
                                                      "US prosecutors' options."), "PRESSURES")}
    assert {"MS-13", "Barrio 18"} <= targets


def test_claims_behaviour_an_army_post_is_the_armys(extract):
    """'opened fire on an army checkpoint' attacks the brief's army; 'an army of volunteers' is no one."""
    records = extract("The Lebanese Armed Forces (LAF) deployed. Hamas later opened fire on an army checkpoint.")
    assert "Lebanese Armed Forces" in {t for _, t, _, _ in _relations(records, "ATTACKS")}
    assert _relations(extract("The LAF deployed. Hamas raised an army of volunteers and attacked."), "ATTACKS") == set()


def test_claims_behaviour_stated_percentage_is_the_clauses_band(extract):
    """'the least likely outcome, at around 15 percent': one judgement, banded by its figure
    (ICD-203: 5-20 percent is very unlikely), not also 'likely' from the ranking word."""
    records = extract("We see this as the least likely outcome, at around 15 percent.")
    bands = [r["likelihood"]["band"] for r in records if r["kind"] == "claim" and r["type"] == "assessment"]
    assert bands == ["very_unlikely"]


def test_claims_behaviour_remains_unclear_is_an_open_question(extract):
    records = extract("Whether that support is sanctioned by the command in Juba remains unclear.")
    assert [(r["rule"], r["likelihood"]["band"]) for r in records
            if r["kind"] == "claim" and r["type"] == "assessment"] == [("assessment.unclear", "unspecified")]


def test_claims_behaviour_led_by_in_an_apposition_after_a_names_own_noun(extract):
    """'the Cedar Line network, a syndicate run by X': the network named before the apposition is
    led, not the subject of the sentence."""
    records = extract("In Sydney, the Comanchero club's position rests on its relationship with the Cedar Line "
                      "network, a syndicate run by Fadi Lahoudine.")
    assert {(a, t) for a, t, _, _ in _relations(records, "LEADS")} == {("Fadi Lahoudine", "Cedar Line")}


def test_claims_behaviour_asset_freezes_are_no_negation(extract):
    [claim] = [c for c in extract("The UK imposed asset freezes and travel bans on Itamar Ben-Gvir in June.")
               if c["kind"] == "claim" and c["type"] == "relationship"]
    assert (claim["relation"], claim["polarity"]) == ("PRESSURES", "positive")


def test_claims_behaviour_agent_noun_right_before_a_leaders_name_is_a_role(extract):
    """'led by businessman X': PETRARCH2's agent noun right before the name describes the leader."""
    assert ("Ibrahim al-Organi", "Union of Sinai Tribes", "positive", "stated") in _relations(
        extract("The Union of Sinai Tribes, led by businessman Ibrahim al-Organi, backs the army."), "LEADS")


def test_claims_behaviour_agent_noun_before_a_pronoun_is_no_role(extract):
    """'detained dozens of people it accuses': 'people' before a pronoun describes no actor."""
    records = extract("Hamas's internal security service set up checkpoints in Deir al-Balah and detained dozens "
                      "of people it accuses of spying.")
    assert not [c for c in claims(records, "relationship") if c["target"]["text"] == "it"]


def test_claims_behaviour_generated_cue_after_a_named_agent_noun_is_a_verb(extract):
    """'Hamas fighters shot members of Fatah': a CAMEO verb that is often a noun is a verb right
    after a noun of agents that a name qualifies."""
    assert ("Hamas", "Fatah", "positive", "stated") in _relations(
        extract("Hamas fighters shot members of Fatah."), "ATTACKS")


def test_claims_behaviour_relation_the_author_finds_no_sign_of_is_negative(extract):
    """'There is no sign that X and Y cooperate': the author denies the tie."""
    records = extract("There is no sign that Hamas and Fatah cooperate directly.")
    assert ("Hamas", "Fatah", "negative", "stated") in _relations(records, "COOPERATES_WITH")


def test_claims_behaviour_denial_of_evidence_stops_at_the_next_clause(extract):
    """'no evidence that Egypt has armed Fano, and Cairo has ruled out military action': the
    second clause is the author's plain statement."""
    records = extract("We have seen no evidence that Egypt has armed Fano, and Egypt has ruled out military action.")
    assert ("Egypt", "Fano", "negative", "stated") in _relations(records, "SUPPORTS")
    assert [c["polarity"] for c in claims(records, "pledge")] == ["positive"]  # as 'ruled out' alone gives


def test_claims_behaviour_denial_of_evidence_stops_at_a_relative_clause(extract):
    """'no sign that the talks, which Qatar funds, ...': the relative clause is the author's own
    statement, not what there is no sign of."""
    records = extract("There is no sign that the talks, which Qatar funds for Hamas, will stall.")
    assert ("Qatar", "Hamas", "positive", "stated") in _relations(records, "SUPPORTS")


def test_claims_behaviour_fighting_an_actor_is_no_mutual_clash(extract):
    """'Kenya and Uganda fought al-Shabaab': the actor after the verb is its object, not a
    third party to a clash between the two."""
    records = extract("Kenya and Uganda fought al-Shabaab in Gedo.")
    assert not _relations(records, "ATTACKS") & {("Kenya", "Uganda", "positive", "stated"),
                                                 ("Uganda", "Kenya", "positive", "stated")}


def test_claims_behaviour_fighting_side_by_side_is_no_clash(extract):
    records = extract("Ethiopia and Eritrea, which fought side by side against the TPLF, have since fallen out.")
    assert not _relations(records, "ATTACKS") & {("Ethiopia", "Eritrea", "positive", "stated")}


def test_claims_behaviour_in_turn_before_a_verb_is_no_phrasal_verb(extract):
    """'turn back' is no backing, but 'in turn' before 'arms' is an adverbial: the verb stands."""
    assert ("North Korea", "Russia", "positive", "stated") in _relations(
        extract("North Korea in turn arms Russia with shells."), "SUPPORTS")
    assert not _relations(extract("Hamas turned back the Israeli forces."), "SUPPORTS")
    # ('for the ruling party': the article is no adverbial's noun, and 'the ruling' no verb)
    assert not _relations(extract("Sackie campaigned for the ruling Unity Party in 2023."), "LEADS")


def test_claims_behaviour_party_of_a_person_after_a_hyphenated_modifier(extract):
    """'Levica, the nationalist-left party of X': the hyphen joins one modifier's parts."""
    records = extract("Levica, the nationalist-left party of Dimitar Apasiev, sides with Mickoski.")
    assert ("Dimitar Apasiev", "Levica", "positive", "stated") in _relations(records, "LEADS")


def test_claims_behaviour_members_of_a_coalition_are_allies_once_per_pair(extract):
    """'a coalition of A, B and C': each pair once (an ally of B is B's ally), not both ways."""
    records = extract("Haniyeh's coalition of Hamas, Islamic Jihad and the PFLP will survive.")
    pairs = [frozenset({c["actor"]["id"], c["target"]["id"]}) for c in claims(records, "relationship")
             if c["relation"] == "ALLY_OF"]
    assert len(pairs) == len(set(pairs)) == 3


def test_claims_behaviour_negated_passive_quoted_after_a_promise_is_that_promise(extract):
    """'promised that the elections "will not be delayed"': one pledge, the promise; the passive
    inside the quotation is what was promised, no second pledge for whoever a quote-reader finds."""
    records = extract('Salva Kiir has promised that the elections "will not be delayed."')
    names = _names(records)
    assert [(names[c["actor"]["id"]], c["rule"]) for c in claims(records, "pledge")] == [(frozenset({"Salva Kiir"}), "pledge.verb")]


def test_claims_behaviour_led_by_after_a_name_that_only_qualifies_the_led_takes_no_name_further_back(extract):
    records = extract("Israeli aircraft struck a compound where Hamas negotiators, led by Khalil al-Hayya, had gathered.")
    assert [(c["actor"]["text"], c["target"]["text"]) for c in claims(records, "relationship")
            if c["relation"] == "LEADS"] == []
