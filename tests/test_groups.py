"""Groups that no list names, by the shape of their names (components/groups.py), through the
whole pipeline: each rule's positive cases and the negatives that must not fire it."""

from __future__ import annotations

import pytest

from tests.conftest import mentions

SHAPE = ("shape",)

POSITIVE = [
    ("apposition-to-a-triad", "The Sun Ghost, a triad based in Macau, has grown.",
     [("Sun Ghost", "shape.group_apposition")]),
    ("apposition-closed-by-an-ing-participle", "The Sun Ghost, a drug gang operating around Connswater, grew.",
     [("Sun Ghost", "shape.group_apposition")]),
    ("apposition-closed-by-a-short-participle", "Meanwhile Lakurawa, a jihadist faction tied to the Islamic "
     "State Sahel Province, moves freely.", [("Lakurawa", "shape.group_apposition")]),
    ("apposition-closed-by-an-adjective", "Meanwhile Zindar, a militia loyal to the old junta, holds Kebbi.",
     [("Zindar", "shape.group_apposition")]),
    ("head", "Fighters of the Ta'ang National Liberation Army seized the town.",
     [("Ta'ang National Liberation Army", "shape.group_head")]),
    ("head-over-known-part", "The Myanmar National Democratic Alliance Army took Lashio.",
     [("Myanmar National Democratic Alliance Army", "shape.group_head")]),
    ("head-of-place", "The Popular Defence Forces of Chad retreated.",
     [("Popular Defence Forces of Chad", "shape.group_head")]),
    ("head-not-of-person", "The Sudan Shield Forces of Abu Aqla Kayka joined the army.",
     [("Sudan Shield Forces", "shape.group_head")]),
    ("head-not-of-person-particle", "The Sultan Suleiman Shah Division of Mohammed al-Jassem was sanctioned.",
     [("Sultan Suleiman Shah Division", "shape.group_head")]),
    ("arabic-article", "Fighters of the al-Quds Brigades clashed with Israel.",
     [("al-Quds Brigades", "shape.group_head")]),
    ("capitalised-prefix-in-name", "Jaish-e-Mohammed uses the People's Anti-Fascist Front as a cover.",
     [("People's Anti-Fascist Front", "shape.group_head")]),
    ("head-suffix", "The Sudan People's Liberation Movement-North holds Kauda.",
     [("Sudan People's Liberation Movement-North", "shape.group_head")]),
    ("head-first", "Fighters of the Coalition of Movements for Change crossed the river.",
     [("Coalition of Movements for Change", "shape.group_head_first")]),
    ("lead-word-la", "La Jauría is allied with the army.", [("La Jauría", "shape.group_lead_word")]),
    ("head-first-with-para", "The Alianza para el Progreso backed the bill.",
     [("Alianza para el Progreso", "shape.group_head_first")]),
    ("count-before-a-name-is-no-part-of-it", "The ambush killed 14 Liyu Police officers near Kebri Dahar.",
     [("Liyu Police", "shape.group_head")]),
    ("lead-word-after-an-opening-phrase", "In Guayaquil, Los Tiguerones attacked a prison.",
     [("Los Tiguerones", "shape.group_lead_word")]),
    ("head-first-in-a-region-no-list-holds", "The Coordination of Movements in Azawad rejected the deal.",
     [("Coordination of Movements in Azawad", "shape.group_head_first")]),
    ("scouts-head-after-a-hyphenated-region", "The Gilgit-Baltistan Scouts guarded the highway.",
     [("Gilgit-Baltistan Scouts", "shape.group_head")]),
    ("urdu-organisation-word-tanzeem", "Clerics of the Tanzeem Ahl-e-Sunnat marched.",
     [("Tanzeem Ahl-e-Sunnat", "shape.group_lead_word")]),
    ("ordinal-unit-named-like-a-place", "The 171st Military Region and the 201st Military Base were reinforced.",
     [("171st Military Region", "shape.group_head"), ("201st Military Base", "shape.group_head")]),
    ("spanish-head-first-before-and", "A surge of Prefectura Naval and Argentine Federal Police units arrived.",
     [("Prefectura Naval", "shape.group_head_first"), ("Argentine Federal Police", "shape.group_head")]),
    ("number-word-opens-a-name-before-an-org-noun", "Whyte led the One Don faction against the One Order gang.",
     [("One Don", "shape.group_org_noun"), ("One Order", "shape.group_org_noun")]),
    ("local-word-between-names-and-their-org-noun", "The feud between the Terene and Seakhi famo gangs grew.",
     [("Terene", "shape.group_org_noun"), ("Seakhi", "shape.group_org_noun")]),
    ("a-cell-calling-itself", "A breakaway cell calling itself Rebel Army took the market.",
     [("Rebel Army", "shape.group_naming")]),
    ("a-militia-that-calls-itself", "A Biyomaal militia that calls itself Gaashaan Hiiraan took the farms.",
     [("Gaashaan Hiiraan", "shape.group_naming")]),
    ("hindi-head-sanstha", "Members of the Sanatan Sanstha denied it.", [("Sanatan Sanstha", "shape.group_head")]),
    ("turkish-head-partisi", "Ties to the Hür Dava Partisi grew.", [("Hür Dava Partisi", "shape.group_head")]),
    ("italian-head-first-societa", "The Società Foggiana extorts farms.",
     [("Società Foggiana", "shape.group_head_first")]),
    ("head-first-directorate-of-a-security-word", "Officers of the General Directorate of Security raided a flat.",
     [("General Directorate of Security", "shape.group_security_agency")]),
    ("apposition-to-a-crew", "The Exiles Nation, a crew formed by deportees, is growing.",
     [("Exiles Nation", "shape.group_apposition")]),
    ("acronyms-sharing-an-actor-noun", "The raid was led with BOPE and CORE teams at the front.",
     [("BOPE", "shape.group_acronym_actor"), ("CORE", "shape.group_acronym_actor")]),
    ("acronym-a-state-owns", "Kenya's KDFX has become the decisive enabler of the operation.",
     [("KDFX", "shape.group_acronym_actor")]),
    ("name-before-a-plural-unit-noun", "Turkey trained the Gorgor commandos and two more Gorgor battalions.",
     [("Gorgor", "shape.group_org_noun"), ("Gorgor", "shape.group_org_noun")]),
    ("faction-head", "He fought in David Yau Yau's Cobra Faction for years.",
     [("Cobra Faction", "shape.group_head")]),
    ("spanish-union-opening-its-name", "Members of the Unión de Pueblos Serranos were attacked.",
     [("Unión de Pueblos Serranos", "shape.group_head_first")]),
    ("head-reference-after-an-opening-article", "The Sindh Rangers are stretched. A Rangers convoy was ambushed.",
     [("Sindh Rangers", "shape.group_head"), ("Rangers", "shape.group_head_reference")]),
    ("claimed-government", "Turkey signed a memorandum with the then Government of National Accord.",
     [("Government of National Accord", "shape.group_claimed_government")]),
    ("mafia-head", "The DZ Mafia controls the northern estates.", [("DZ Mafia", "shape.group_head")]),
    ("lashkar-head-after-its-words", "The Mamund Qaumi Lashkar patrols Nawagai.",
     [("Mamund Qaumi Lashkar", "shape.group_head")]),
    ("jirga-head", "The Bajaur Aman Jirga met the army.", [("Bajaur Aman Jirga", "shape.group_head")]),
    ("french-plural-article", "Les Tilleuls, a mid-sized crew, switched sides.",
     [("Les Tilleuls", "shape.group_lead_word")]),
    ("french-adjective-after-the-head", "Officers of the Gendarmerie nationale raided the estate.",
     [("Gendarmerie nationale", "shape.group_postposed_adjective")]),
    ("national-army-alone", "The militia has not targeted the National Army directly.",
     [("National Army", "shape.group_armed_service")]),
    ("security-secretariat", "Gunmen shot two agents of the State Public Security Secretariat in Juárez.",
     [("State Public Security Secretariat", "shape.group_security_agency")]),
    ("service-alone-after-the", "A convoy was intercepted by the Army on 28 February.",
     [("Army", "shape.group_armed_service")]),
    ("government-with-its-kind-and-state", "Egypt signed a pact with the Federal Government of Somalia.",
     [("Federal Government of Somalia", "shape.group_state_government")]),
    ("region-government-opening-its-force", "The Puntland Maritime Police Force patrols the coast.",
     [("Puntland Maritime Police Force", "shape.group_head")]),
    ("lead-word-name-before-and-is-its-own", "Los Tiguerones and Los Chone Killers are allied with Los Lobos.",
     [("Los Tiguerones", "shape.group_lead_word"), ("Los Chone Killers", "shape.group_head"),
      ("Los Lobos", "shape.group_lead_word")]),
    ("plural-killers-head", "Chone Killers inmates attacked the pavilion.", [("Chone Killers", "shape.group_head")]),
    ("unit-of-a-listed-group-is-the-units-name", "The Majeed Brigade of the Balochistan Liberation Army attacked.",
     [("Majeed Brigade", "shape.group_head")]),
    ("spanish-party-word-renovacion-before-and", "Renovación Popular and Fuerza Popular voted together.",
     [("Renovación Popular", "shape.group_head_first"), ("Fuerza Popular", "shape.group_head_first")]),
    ("sentence-initial-one-is-no-part-of-the-name", "One Patriotic Resistance Front commander spoke.",
     [("Patriotic Resistance Front", "shape.group_head")]),
    ("security-agency-noun-heading-a-place", "The Police Service of Northern Ireland made arrests.",
     [("Police Service of Northern Ireland", "shape.group_head")]),
    ("security-agency-with-its-own-noun", "The Kenya Police Service and the Swedish Police Authority met.",
     [("Kenya Police Service", "shape.group_head"), ("Swedish Police Authority", "shape.group_head")]),
    ("demonym-opens-an-agency-joined-by-and", "The Danish Security and Intelligence Service spoke.",
     [("Danish Security and Intelligence Service", "shape.group_security_agency")]),
    ("sect-word-opens-an-unknown-name", "Its lawmakers sit under the Sunni Ittehad Council label.",
     [("Sunni Ittehad Council", "shape.group_head")]),
    ("marines-head", "In September, Philippine Marines killed two sub-leaders.",
     [("Philippine Marines", "shape.group_head")]),
    ("intelligence-after-a-state-body-modifier", "The Inter-Services Intelligence traced the attackers.",
     [("Inter-Services Intelligence", "shape.group_security_agency")]),
    ("electoral-list-after-a-demonym", "The Serb List keeps up its boycott.", [("Serb List", "shape.group_head")]),
    ("electoral-list-after-a-political-modifier", "The Democratic List won two seats.",
     [("Democratic List", "shape.group_head")]),
    ("head-not-in-a-city", "Hamas fought the Popular Forces in Gaza City.",
     [("Popular Forces", "shape.group_head")]),
    ("head-first-not-in-a-city", "The police fought Clan Chuño in Arica.",
     [("Clan Chuño", "shape.group_head_first")]),
    ("head-in-a-country", "The Front for Change and Concord in Chad attacked.",
     [("Front for Change and Concord in Chad", "shape.group_head_first")]),
    ("head-first-after-a-titled-person-of", "Congressman Ruperto Alva of Fuerza Popular spoke.",
     [("Fuerza Popular", "shape.group_head")]),
    ("lead-word", "Analysts say Katiba Serma in the Gourma region has grown.",
     [("Katiba Serma", "shape.group_lead_word")]),
    ("province", "Islamic State Kivu Province claimed the raid.",
     [("Islamic State Kivu Province", "shape.group_province")]),
    ("org-noun", "Residents fled the Viv Ansanm coalition last year.",
     [("Viv Ansanm", "shape.group_org_noun")]),
    ("noun-name", "In the highlands the Banyamulenge militia Twirwaneho fought on.",
     [("Twirwaneho", "shape.group_noun_name")]),
    ("apposition", "Gran Grif, the gang of Luckson Elan, raided Pont-Sondé.",
     [("Gran Grif", "shape.group_apposition")]),
    ("apposed-after-an-armed-wing", "Its armed wing, Atika, fractured in 2007.", [("Atika", "shape.group_apposed")]),
    ("apposition-past-a-hyphenated-modifier", "Rusich, the far-right sabotage group led by Alexei Milchakov, fights on.",
     [("Rusich", "shape.group_apposition")]),
    ("apposition-closed-by-a-participle-with-agent", "Rusich, a sabotage group co-founded by Alexei Milchakov, fights on.",
     [("Rusich", "shape.group_apposition")]),
    ("naming", "A new faction calling itself Ansaroul Sahel emerged.",
     [("Ansaroul Sahel", "shape.group_naming")]),
    ("extends-over-for", "The National League for Democracy won the vote.",
     [("National League for Democracy", "shape.group_head")]),
    ("union-party", "The Hungarian Democratic Union joined the coalition.",
     [("Hungarian Democratic Union", "shape.group_head")]),
    ("list", "Gangs such as Gran Grif and Kraze Baryè control the roads.",
     [("Gran Grif", "shape.group_list"), ("Kraze Baryè", "shape.group_list")]),
    ("coordinated", "The pact joins 400 Mawozo, Kraze Baryè and the Grand Ravine gang.",
     [("400 Mawozo", "shape.group_coordinated"), ("Kraze Baryè", "shape.group_coordinated"),
      ("Grand Ravine", "shape.group_org_noun")]),
    ("name-half-before-and", "A delegation of the Peoples' Equality and Democracy Party carried messages.",
     [("Peoples' Equality and Democracy Party", "shape.group_head")]),
    ("plural-noun-after-two-names", "The Karialan and Bungos factions remain active.",
     [("Karialan", "shape.group_org_noun"), ("Bungos", "shape.group_org_noun")]),
    ("new-opens-a-name", "Fighters of the New People's Army surrendered.", [("New People's Army", "shape.group_head")]),
    ("org-noun-after-a-hyphenated-modifier", "Many were absorbed from Koglweogo self-defence groups.",
     [("Koglweogo", "shape.group_org_noun")]),
    ("warriors-head", "Fighters of the Bui Warriors burned the school.", [("Bui Warriors", "shape.group_head")]),
    ("head-first-over-and", "Fighters of the Front for Change and Concord rested.",
     [("Front for Change and Concord", "shape.group_head_first")]),
    ("generic-word-and-party", "The opposition National Party pledged a crackdown.",
     [("National Party", "shape.group_head")]),
    ("list-in-apposition-to-a-plural-noun", "The two factions of Barrio 18, the Sombreros and the Torcidos, "
     "lost ground.", [("Sombreros", "shape.group_list"), ("Torcidos", "shape.group_list")]),
    ("org-noun-after-a-quoted-translation", 'Karapet launched the Mer Dzevov ("Our Way") movement.',
     [("Mer Dzevov", "shape.group_org_noun")]),
    ("federation-after-a-political-modifier", "The Kurdish Revolutionary Federation backs the alliance.",
     [("Kurdish Revolutionary Federation", "shape.group_head")]),
    ("acronym-apposed-to-an-org-noun", "The presidential guard, the DGSSIE, remains loyal.",
     [("DGSSIE", "shape.group_apposed")]),
    ("corps-before-a-name", "Soldiers and the border security corps CESFRONT deployed.",
     [("CESFRONT", "shape.group_noun_name")]),
    ("generic-word-and-police", "The Federal Police took over the checkpoints.", [("Federal Police", "shape.group_head")]),
    ("portuguese-head-with-its-complement", "The Primeiro Comando da Capital runs the prisons.",
     [("Primeiro Comando da Capital", "shape.group_head")]),
    ("portuguese-head-first", "Fighters of the Comando Vermelho took the hill.",
     [("Comando Vermelho", "shape.group_head_first")]),
    ("head-of-a-common-noun", "The Central Bureau of Investigation arrested him.",
     [("Central Bureau of Investigation", "shape.group_head")]),
    ("party-with-its-qualifier", "The Communist Party of India (Maoist) is weaker, and the Maoists know it.",
     [("Communist Party of India (Maoist)", "shape.group_qualified"), ("Maoists", "shape.repeat")]),
    ("repeat", "The Viv Ansanm coalition grew. Viv Ansanm now holds the port.",
     [("Viv Ansanm", "shape.group_org_noun"), ("Viv Ansanm", "shape.repeat")]),
    ("place-word-before-the-head", "The District Reserve Guard killed him in the forest.",
     [("District Reserve Guard", "shape.group_head")]),
    ("watch-before-the-head", "Radda launched the Katsina Community Watch Corps in 2023.",
     [("Katsina Community Watch Corps", "shape.group_head")]),
    ("operation-after-a-word", "The police Special Operation Group is pressing the remaining units.",
     [("Special Operation Group", "shape.group_head")]),
    ("state-possessive-unit", "Azerbaijan's State Security Service seized him at the checkpoint.",
     [("State Security Service", "shape.group_state_unit")]),
    ("unknown-acronym-before-an-actor-noun", "DUP leader Gavin Robinson spoke. The DUP said so.",
     [("DUP", "shape.group_acronym_actor"), ("DUP", "shape.repeat")]),
    ("capitalised-word-before-a-known-acronym", "The New IRA claimed the attack and killed an officer.",
     [("New IRA", "shape.group_acronym_modified")]),
    ("institution-word-glued-to-a-prefix", "A group calling itself Saraya Awliya al-Dam claimed the attack.",
     [("Saraya Awliya al-Dam", "shape.group_lead_word")]),
    ("head-after-a-persons-of", "Branko Blanuša of the Serb Democratic Party spoke.",
     [("Serb Democratic Party", "shape.group_head")]),
    ("plural-possessive-inside-the-name", "The Krajina Veterans' Guard marched in Banja Luka.",
     [("Krajina Veterans' Guard", "shape.group_head")]),
    ("fleet-head", "Drones struck the Pacific Fleet again.", [("Pacific Fleet", "shape.group_head")]),
    ("security-agency", "Its reach gives the General Intelligence Service a window into Gaza.",
     [("General Intelligence Service", "shape.group_security_agency")]),
    ("union-opening-its-name", "The Union of Sinai Tribes deployed fighters.",
     [("Union of Sinai Tribes", "shape.group_head_first")]),
    ("head-reference-after-the-name", "The Freedom of Russia Legion fights on. Recruits join the Legion.",
     [("Freedom of Russia Legion", "shape.group_head"), ("Legion", "shape.group_head_reference")]),
    ("acronym-led-by-a-person-in-apposition", "CONAIE, led by Marlon Vargas, called a strike.",
     [("CONAIE", "shape.group_acronym_actor")]),
    ("acronym-whose-leader-in-apposition", "EZEMA, whose founding leader Berhanu Nega sits in the cabinet, will run.",
     [("EZEMA", "shape.group_acronym_actor")]),
    ("acronym-a-states-agency-in-apposition", "It is a front for the SZR, Kazakhstan's foreign intelligence "
     "service.", [("SZR", "shape.group_acronym_actor")]),
    ("acronym-a-party-in-apposition", "The BSW, the party Sahra Wagenknecht founded in 2024, rejects a ban.",
     [("BSW", "shape.group_acronym_actor")]),
    ("acronym-an-organisation-noun-names", "Teachers walked out, and the construction union SUNTRACS joined.",
     [("SUNTRACS", "shape.group_acronym_actor")]),
    ("acronym-a-possessive-union-in-apposition", "In Bocas del Toro, SITRAIBANA, the banana workers' union, struck.",
     [("SITRAIBANA", "shape.group_apposition")]),
    ("acronym-that-warns", "The VSD warned that Moscow is likely to target rail links.",
     [("VSD", "shape.group_acronym_actor")]),
    ("acronym-that-vows-past-adverbs", "The SITRAMAR has since repeatedly threatened a strike.",
     [("SITRAMAR", "shape.group_acronym_actor")]),
    ("agency-noun-after-a-guard", "The State Border Guard Service has traced several launch sites.",
     [("State Border Guard Service", "shape.group_head")]),
    ("board-after-a-guard", "The Police and Border Guard Board will get new powers.",
     [("Police and Border Guard Board", "shape.group_head")]),
    ("name-a-person-leads-in-an-apposition", "Eesti 200, led by Kristina Kallas, is likely to lose its seats; "
     "Eesti 200 entered parliament in 2023.", [("Eesti 200", "shape.group_led"), ("Eesti 200", "shape.repeat")]),
    ("name-two-people-co-lead-in-an-apposition", "Te Pati Maori, co-led by Rawiri Waititi and Debbie "
     "Ngarewa-Packer, is weakened.", [("Te Pati Maori", "shape.group_led")]),
    ("mob-heads-a-gang-name", "The patch ban has not broken the Mongrel Mob.", [("Mongrel Mob", "shape.group_head")]),
    ("english-word-before-party-alone", "Malta: the Labour Party under Robert Abela. Since 2013 Labour has governed.",
     [("Labour Party", "shape.group_head"), ("Labour", "shape.repeat")]),
    ("word-no-list-holds-that-pledges", "Workers struck. Chiquita has since pledged to rehire most of its staff, "
     "though Chiquita fired them.",
     [("Chiquita", "shape.group_acting_word"), ("Chiquita", "shape.repeat")]),
    ("association-that-threatens", "The Police Welfare Association has threatened a sick-out over overtime.",
     [("Police Welfare Association", "shape.group_acting_company")]),
    ("steelmaker-whose-name-ends-in-its-industry", "Tata Steel has said it will not make compulsory redundancies.",
     [("Tata Steel", "shape.group_acting_company")]),
    ("company-that-promises-past-a-relative-clause", "Hengyi Industries, which runs the refinery, has promised "
     "to cut losses.", [("Hengyi Industries", "shape.group_acting_company")]),
    ("word-opening-a-company-name-that-says-it-will", "The Hengyi Industries plant lost money. Hengyi said in "
     "October it would not commit capital.",
     [("Hengyi Industries", "shape.group_acting_company"), ("Hengyi", "shape.repeat")]),
    ("party-family-name-alone-in-a-brief-about-politics", "The election left the cabinet without a majority in "
     "parliament. The Progress Party gained, and the Conservatives lost seats.",
     [("Progress Party", "shape.group_head"), ("Conservatives", "shape.group_party_family")]),
    ("party-family-name-opening-a-sentence-of-a-party-named-in-full", "The Labour Party won the election and the "
     "vote in parliament. Labour formed a cabinet.",
     [("Labour Party", "shape.group_head"), ("Labour", "shape.group_party_family")]),
    ("party-family-name-another-rule-read-opening-a-sentence", "The Welsh Labour party won seats in the election to "
     "parliament. The deal commits Labour to back the cabinet. Labour ruled out a coalition.",
     [("Welsh Labour", "shape.group_org_noun"), ("Labour", "shape.group_head_reference"),
      ("Labour", "shape.group_party_family")]),
    ("party-family-name-after-a-sentence-opening-word", "The Labour Party won the election and the vote in "
     "parliament. Many Labour activists left.", [("Labour Party", "shape.group_head"),
                                                 ("Labour", "shape.group_party_family")]),
    ("short-name-before-the-head-that-commits-itself", "The zone is run by Kings Romans Group. After the raids, "
     "Kings Romans promised to expel the fraud businesses. Indonesia condemned Kings Romans.",
     [("Kings Romans Group", "shape.group_head"), ("Kings Romans", "shape.repeat"), ("Kings Romans", "shape.repeat")]),
    ("word-with-an-inner-capital-that-commits-needs-no-it", "Under the deals QatarEnergy committed to deliver "
     "cargoes for 27 years. QatarEnergy's expansion is likely.",
     [("QatarEnergy", "shape.group_acting_word"), ("QatarEnergy", "shape.repeat")]),
    ("word-that-commits-past-an-apposition", "Glencore, the commodity trader led by Gary Nagle, committed in 2022 "
     "not to trade with Russia, and it kept its word.", [("Glencore", "shape.group_acting_word")]),
    ("rights-body-before-human-rights-and-its-noun", "Ales Bialiatski founded the Viasna human rights centre. "
     "Viasna still counts the prisoners.", [("Viasna", "shape.group_org_noun"), ("Viasna", "shape.repeat")]),
    ("company-noun-before-a-word-of-no-english", "The state oil firm Petronas signed the deal.",
     [("Petronas", "shape.group_noun_name")]),
    ("word-that-agrees-past-a-relative-clause", "Output fell. Zorbax, which has operated the field since 1990, "
     "agreed to hand it to the state and said it would exit.", [("Zorbax", "shape.group_acting_word")]),
    ("rights-body-before-rights-and-its-noun", "Police closed the Memorial rights centre. Memorial appealed.",
     [("Memorial", "shape.group_org_noun"), ("Memorial", "shape.repeat")]),
    ("gang-named-soldiers", "The Banyan Posse is at war with the Rock Hall Soldiers.",
     [("Banyan Posse", "shape.group_head"), ("Rock Hall Soldiers", "shape.group_head")]),
    ("party-of-a-province", "The Republican Party of Alberta has threatened to run candidates.",
     [("Republican Party of Alberta", "shape.group_head")]),
    ("led-in-a-relative-clause", "Alfonso López Chau, who leads Ahora Nación, endorsed the pressure.",
     [("Ahora Nación", "shape.group_led")]),
    ("number-ending-a-name-before-its-noun", "The GenZ 212 movement has lost momentum. GenZ 212 took shape online.",
     [("GenZ 212", "shape.group_org_noun"), ("GenZ 212", "shape.repeat")]),
    ("lone-capital-ending-a-name", "The Coordinadora Generación Z, an umbrella of student collectives, refused talks.",
     [("Coordinadora Generación Z", "shape.group_head_first")]),
    ("word-after-a-spanish-article-as-a-head-reference", "A network, Los Gavilanes del Cono Norte, killed drivers. "
     "Police have broken the Gavilanes.",
     [("Los Gavilanes del Cono Norte", "shape.group_lead_word"), ("Gavilanes", "shape.group_head_reference")]),
    ("last-word-no-list-holds-as-a-head-reference", "The Coordination Framework met. Tehran keeps the Framework "
     "intact, and Framework leaders know it.",
     [("Coordination Framework", "shape.group_head_first"), ("Framework", "shape.group_head_reference"),
      ("Framework", "shape.group_head_reference")]),
    ("owned-foreign-word-described-after-it", "The KDP courts Mohammed al-Halbousi's Taqaddum, which allied with "
     "Sadr in 2022.", [("Taqaddum", "shape.group_owned")]),
    ("command-area-after-the-head", "Shells fell on Surin. The Second Army Region denied firing first.",
     [("Second Army Region", "shape.group_head")]),
    ("head-reference-glued-to-a-suffix", "Amman outlawed the Muslim Brotherhood. Brotherhood-linked cells went quiet.",
     [("Muslim Brotherhood", "shape.group_head"), ("Brotherhood", "shape.group_head_reference")]),
    ("head-reference-before-a-possessive", "Amman outlawed the Muslim Brotherhood. The IAF is the Brotherhood's wing.",
     [("Muslim Brotherhood", "shape.group_head"), ("Brotherhood", "shape.group_head_reference")]),
    ("head-reference-after-an-adjective",
     "Amman outlawed the Muslim Brotherhood. Police raided the banned Brotherhood, then shut Brotherhood offices.",
     [("Muslim Brotherhood", "shape.group_head"), ("Brotherhood", "shape.group_head_reference"),
      ("Brotherhood", "shape.group_head_reference")]),
    ("run-spelled-by-its-acronym", "The Union Solidarity and Development Party (USDP) won the vote.",
     [("Union Solidarity and Development Party", "shape.group_head_first")]),
    ("acronym-spells-only-the-second-name", "The UWSA and the Kachin Independence Army (KIA) traded fire.",
     [("Kachin Independence Army", "shape.group_head")]),
    ("and-split-where-the-first-name-stands-alone",
     "Georgian Dream asked the court to ban the Coalition for Change and Strong Georgia. The Coalition for Change "
     "boycotted the vote.",
     [("Coalition for Change", "shape.group_head_first"), ("Coalition for Change", "shape.group_head_first"),
      ("Strong Georgia", "shape.group_adjective_state")]),
    ("ordinary-word-before-a-state-learnt", "The court may ban Strong Georgia. Strong Georgia took part.",
     [("Strong Georgia", "shape.group_adjective_state"), ("Strong Georgia", "shape.repeat")]),
    ("cell-heads-a-name", "The Field Action Coordination Cell (CCAT) organised the riots.",
     [("Field Action Coordination Cell", "shape.group_head")]),
    ("initiative-before-a-head", "Azerbaijan works through the Baku Initiative Group.",
     [("Baku Initiative Group", "shape.group_head")]),
    ("two-word-parenthesised-qualifier", "Prachanda folded his CPN (Maoist Centre) into a new party. The Maoist Centre split.",
     [("CPN (Maoist Centre)", "shape.group_qualified"), ("Maoist Centre", "shape.repeat")]),
    ("gendarmerie-with-a-generic-modifier", "The National Gendarmerie detained three suspects.",
     [("National Gendarmerie", "shape.group_head")]),
    ("general-before-a-body-word", "The General Staff resents the promotions; General Security units left.",
     [("General Staff", "shape.general_body"), ("General Security", "shape.general_body")]),
    ("acronym-with-a-faction-suffix",
     "The Front for the Liberation of the Enclave of Cabinda (FLEC) is split. FLEC-FAC has accepted talks.",
     [("FLEC-FAC", "shape.faction_suffix")]),
    ("parenthesised-faction-qualifier", "The United Liberation Front of Asom (Independent) keeps camps in Sagaing.",
     [("United Liberation Front of Asom (Independent)", "shape.group_qualified")]),
    ("owned-by-a-person", "Iván Cepeda, the candidate of Gustavo Petro's Pacto Histórico, kept negotiating.",
     [("Pacto Histórico", "shape.group_owned")]),
    ("owned-opened-by-a-demonym", "Among them was Aleksandar Arsenijević's Serbian Democracy and two others.",
     [("Serbian Democracy", "shape.group_owned")]),
    ("owned-joined-by-of", "Zoe Konstantopoulou's Course of Freedom has absorbed the protest vote.",
     [("Course of Freedom", "shape.group_owned")]),
    ("owned-found-again", "Gustavo Petro's Pacto Histórico has won. Pacto Histórico now governs.",
     [("Pacto Histórico", "shape.group_owned"), ("Pacto Histórico", "shape.repeat")]),
    ("spanish-head-first", "Andrónico Rodríguez ran under the Alianza Popular banner.",
     [("Alianza Popular", "shape.group_head_first")]),
    ("spanish-head-first-with-de", "A harder core, the Guardia de Lauca, carries shotguns.",
     [("Guardia de Lauca", "shape.group_head_first")]),
    ("spanish-police-head-first", "The Policía Nacional del Paraguay patrols the river.",
     [("Policía Nacional del Paraguay", "shape.group_head_first")]),
    ("head-first-after-its-demonym", "The Brazilian Polícia Federal patrols the border.",
     [("Polícia Federal", "shape.group_head_first")]),
    ("vanguard-head", "The Kusaug Youth Vanguard is loyal to the chief.",
     [("Kusaug Youth Vanguard", "shape.group_head")]),
    ("short-form-of-a-group-name", "The Mavela Group holds Block C. Mavela gunmen struck.",
     [("Mavela Group", "shape.group_head"), ("Mavela", "shape.repeat")]),
    ("numbered-unit", "Israel's Unit 8200 intercepted the calls.", [("Unit 8200", "shape.group_numbered")]),
    ("posse-head", "The Lion Heart Posse of Dwayne Alleyne shot two soldiers.", [("Lion Heart Posse", "shape.group_head")]),
    ("column-head", "The Moei Valley Column broke with its parent in 2025.",
     [("Moei Valley Column", "shape.group_head")]),
    ("apposition-closed-by-a-participle",
     "Dan Na Ambassagou, the Dogon militia officially dissolved in 2019, still operates openly.",
     [("Dan Na Ambassagou", "shape.group_apposition"), ("Dogon", "shape.group_org_noun")]),
    ("numbered-unit-after-a-two-word-head", "Task Force 777 moved into the valley.",
     [("Task Force 777", "shape.group_numbered")]),
    ("numbered-unit-after-an-opening-phrase", "In Jakarta, Detachment 55 arrested three suspects.",
     [("Detachment 55", "shape.group_numbered")]),
    ("numbered-unit-before-its-people", "Brigade 313 fighters attacked the town.",
     [("Brigade 313", "shape.group_numbered")]),
    ("numbered-unit-after-a-three-word-head", "Combined Task Force 153 intercepted the dhow.",
     [("Combined Task Force 153", "shape.group_numbered")]),
    ("gang-named-after-a-person-of-the-brief",
     "The Sundrani gang grew. Ghulam Rasool Sundrani leads it, and Sundrani has since fled.",
     [("Sundrani gang", "shape.group_eponym")]),
    ("gang-named-after-the-person-of-after-it", "The smaller Lashari gang of Mehboob Lashari holds the crossings.",
     [("Lashari gang", "shape.group_eponym")]),
    ("gang-named-by-a-whole-name-then-a-surname", "He is a rival of the Lawrence Bishnoi gang. The Bishnoi gang grew.",
     [("Lawrence Bishnoi gang", "shape.group_eponym"), ("Bishnoi gang", "shape.group_eponym")]),
    ("gang-named-by-a-surname-before-the-whole-name", "The Bishnoi gang grew. He is a rival of the Lawrence Bishnoi gang.",
     [("Bishnoi gang", "shape.group_eponym"), ("Lawrence Bishnoi gang", "shape.group_eponym")]),
    ("faction-acronym-with-letters-glued-by-a-hyphen", "A patrol was ambushed by NSCN-K cadres near Pongchau.",
     [("NSCN-K", "shape.group_acronym_actor")]),
    ("sister-faction-of-a-hyphenated-acronym", "The NSCN-IM rejects the fence. NSCN-K cadres ambushed a patrol.",
     [("NSCN-IM", "shape.group_acronym_actor"), ("NSCN-K", "shape.group_acronym_actor")]),
    ("hyphenated-acronym-a-text-defines-is-the-definitions",
     "The Sudan People's Liberation Movement-North (SPLM-N) holds Kauda. SPLM-N fighters shelled Dilling.",
     [("Sudan People's Liberation Movement-North", "shape.group_head")]),
    ("hyphenated-acronym-whole-not-its-part", "KPLF-IO units raided the town.",
     [("KPLF-IO", "shape.group_acronym_actor")]),
    ("war-before-a-head", "Fighters of the Northeastern War Front attacked.",
     [("Northeastern War Front", "shape.group_head")]),
    ("spanish-colectivo-opens-a-name", "The Colectivo Tres Raíces brokers fuel purchases.",
     [("Colectivo Tres Raíces", "shape.group_lead_word")]),
    ("name-of-its-own-before-vigilantes", "Raids by the Yan Sa Kai vigilantes grew.",
     [("Yan Sa Kai", "shape.group_org_noun")]),
    ("rangers-head", "The Sindh Rangers hold the outer cordon.", [("Sindh Rangers", "shape.group_head")]),
    ("section-number-before-a-name", "1.4 The Qatrun Sakhr, a network run by a trader, handles fuel.",
     [("Qatrun Sakhr", "shape.group_apposition")]),
    ("org-noun-after-of-the-in-an-indefinite-phrase", "The FGAK is a splinter of the Kamuina Nsapu movement.",
     [("Kamuina Nsapu", "shape.group_org_noun")]),
    ("hyphen-glued-capital-opens-a-name", "Troops lost ground to the Pa-O National Army.",
     [("Pa-O National Army", "shape.group_head")]),
    ("month-abbreviation-as-a-name-word", "The Indravati Jan Sena is growing.",
     [("Indravati Jan Sena", "shape.group_head")]),
    ("spanish-organisation-word-opens-a-name", "The Cártel Jalisco Nueva Generación and the Agrupación Campesina "
     "Armada expanded.", [("Cártel Jalisco Nueva Generación", "shape.group_head_first"),
                          ("Agrupación Campesina Armada", "shape.group_head_first")]),
    ("party-named-like-a-town", "Governor Evelyn Salgado, of the ruling Morena party, spoke.",
     [("Morena", "shape.group_org_noun")]),
    ("one-word-area-after-in-the-is-no-part-of-the-name", "He was killed by the District Reserve Guard in the "
     "Abujhmarh.", [("District Reserve Guard", "shape.group_head")]),
    ("code-name-after-a-task-force", "The NSW Police Force relies on Strike Force Raptor, which raids clubhouses.",
     [("NSW Police Force", "shape.group_head"), ("Strike Force Raptor", "shape.group_head")]),
    ("taskforce-in-one-word-is-a-head", "Victoria Police stood up Echo Taskforce in May.",
     [("Victoria Police", "shape.group_head"), ("Echo Taskforce", "shape.group_head")]),
    ("unit-of-a-listed-service-after-its-acronym", "The FSB Border Service has committed to restoring the fence.",
     [("FSB Border Service", "shape.group_acronym_unit")]),
    ("place-after-a-hyphened-suffix", "Djibouti hosts Combined Joint Task Force-Horn of Africa, which trains units.",
     [("Combined Joint Task Force-Horn of Africa", "shape.group_head")]),
    ("english-in-after-a-spanish-name-places-it", "They buy from the Frente Unido del Norte in Colombia.",
     [("Frente Unido del Norte", "shape.group_head_first")]),
    ("place-name-with-an-institution-word-before-the-head", "The Day Forest Youth Brigade formed in March.",
     [("Day Forest Youth Brigade", "shape.group_head")]),
    ("rank-after-a-task-force-is-no-code-name", "The Task Force Commander said so.",
     [("Task Force", "shape.group_head")]),
    ("definition-by-a-copula", "The Noordzee Lijn is a broker network of Dutch-Moroccan origin.",
     [("Noordzee Lijn", "shape.group_apposition")]),
    ("agency-after-a-security-word", "The Israel Security Agency has warned of a rise in settler attacks.",
     [("Israel Security Agency", "shape.group_security_agency")]),
    ("collective-head", "Members of the Terrorgram Collective were arrested in Ohio.",
     [("Terrorgram Collective", "shape.group_head")]),
    ("vendor-naming", "The operation buys access from a broker crew we track as Pale Harbor.",
     [("Pale Harbor", "shape.group_naming")]),
    ("apposition-after-a-gloss-in-brackets", 'Raids are blamed on Lahav Yehuda ("Blade of Judah"), a newer militia '
     "that appeared in February.",
     [("Lahav Yehuda", "shape.group_apposition")]),
    ("capital-the-inside-a-sentence-is-the-names", "It is in contact with remnants of The Base, the group that "
     "Rinaldo Nazzaro founded.",
     [("The Base", "shape.group_apposition")]),
    ("a-towns-name-with-the-group", "The Yamada group, based in Ishikawa, remains under the same orders.",
     [("Yamada group", "shape.group_org_noun")]),
    ("japanese-no-joins-a-name", 'The PSIA watches a new splinter calling itself Kokuu no Michi ("Path of the Void").',
     [("Kokuu no Michi", "shape.group_naming")]),
    ("plural-possessive-before-association", "The Subway Sarin Victims' Association sued the group in May.",
     [("Subway Sarin Victims' Association", "shape.group_head")]),
    ("plural-of-agents-before-association", "He belongs to the Constitutional Sheriffs and Peace Officers "
     "Association.", [("Constitutional Sheriffs and Peace Officers Association", "shape.group_head")]),
    ("german-head-first", "Officers of the Polizei Sachsen clashed with the Landwehr Erzgebirge near Annaberg.",
     [("Polizei Sachsen", "shape.group_head_first"), ("Landwehr Erzgebirge", "shape.group_head_first")]),
    ("italian-joiner-in-a-name", "A splinter of the Stidda calling itself Stella di Gela has emerged.",
     [("Stella di Gela", "shape.group_naming")]),
    ("english-words-before-cells-that-also-stand-alone",
     "Black Axe, which emerged in 1977, is the best known. He said Black Axe cells had recruited insiders.",
     [("Black Axe", "shape.repeat"), ("Black Axe", "shape.group_org_noun")]),
    ("prefix-word-written-apart-opens-a-security-agency", "The National Counter Terrorism Agency (BNPT) runs "
     "the programme.", [("National Counter Terrorism Agency", "shape.group_security_agency")]),
    ("plural-possessive-of-a-state-owns-the-name", "In 2025 the Netherlands' General Intelligence and Security "
     "Service said so.", [("General Intelligence and Security Service", "shape.group_state_unit")]),
    ("office-whose-of-part-holds-a-security-word", "Germany's Federal Office for the Protection of the "
     "Constitution warned of sabotage.",
     [("Federal Office for the Protection of the Constitution", "shape.group_security_agency")]),
    ("sun-letter-particle-joins-an-arabic-name", "The UK proscribed Hizb ut-Tahrir in January 2024.",
     [("Hizb ut-Tahrir", "shape.group_lead_word")]),
    ("charity-heading-an-apposition", "Evrazia, a charity run by Shor associates, handled the logistics.",
     [("Evrazia", "shape.group_apposition")]),
    ("ordinary-word-after-a-state", "Iran International said it would keep broadcasting from London.",
     [("Iran International", "shape.group_state_word")]),
    ("foreign-words-before-a-head-written-alone", "The Zetal Ibn Varo Organization ran the port. A bomb "
     "blamed on Zetal Ibn Varo killed two officers.",
     [("Zetal Ibn Varo Organization", "shape.group_head"), ("Zetal Ibn Varo", "shape.repeat")]),
    ("unit-named-after-a-place-keeps-its-head", "The Sayyida Zaynab Brigade defended the shrine until 2018. "
     "Israel struck Sayyida Zaynab again in 2024.", [("Sayyida Zaynab Brigade", "shape.group_head")]),
    ("brigade-named-after-a-town-keeps-its-head", "The Tajoura Brigade clashed with the Nawasi Brigade. "
     "Residents of Tajoura fled east.", [("Tajoura Brigade", "shape.group_head"), ("Nawasi Brigade", "shape.group_head")]),
    ("arabic-lead-word-after-a-known-name", "Hamas and the Fatah Tanzim traded fire in Jenin.",
     [("Fatah Tanzim", "shape.group_lead_word")]),
    ("hyphenated-place-before-a-head-keeps-the-head", "The Gilgit-Baltistan Scouts patrol the passes. "
     "Gilgit-Baltistan is calm.", [("Gilgit-Baltistan Scouts", "shape.group_head")]),
    ("labour-union", "The Tunisian General Labour Union called a strike.",
     [("Tunisian General Labour Union", "shape.group_head")]),
    ("arabic-organisation-word-ending-a-name", "The KNB broke up Sabr Jamaat, a small cell, in October.",
     [("Sabr Jamaat", "shape.group_head")]),
    ("arabic-organisation-word-opening-a-name", "The Taliban shelter Jamaat Ansarullah, a faction active in "
     "Badakhshan.", [("Jamaat Ansarullah", "shape.group_lead_word")]),
    ("ruling-party-apposed", "The ruling party, Nur Otan, was renamed in 2022.",
     [("Nur Otan", "shape.group_apposed")]),
    ("acronym-of-the-name-in-its-own-language-extends-it", "The Coordinating Council of Faculty Plenums (KSFP) "
     "met on Monday.", [("Coordinating Council of Faculty Plenums", "shape.group_head")]),
    ("descriptor-the-acronym-spells-stays-in-the-name", "The Christian Association of Nigeria (CAN) welcomed it.",
     [("Christian Association of Nigeria", "shape.group_head")]),
    ("hausa-lead-word", "Jama'atu Nasril Islam (JNI), the umbrella Muslim body, objected.",
     [("Jama'atu Nasril Islam", "shape.group_lead_word")]),
    ("acronym-before-chair", "The KDPI is banned. KDPI chair Mustafa Hijri spoke.",
     [("KDPI", "shape.repeat"), ("KDPI", "shape.group_acronym_actor")]),
    ("english-words-before-a-head-not-written-alone", "The Kachin Independence Army is strong. Kachin "
     "Independence is its aim.", [("Kachin Independence Army", "shape.group_head")]),
    ("owned-acronym-before-a-past-verb", "Andrej Babis's ANO joined the group.", [("ANO", "shape.group_owned")]),
    ("owned-name-before-a-past-verb", "Marine Le Pen's National Rally joined within weeks.",
     [("National Rally", "shape.group_owned")]),
    ("sentence-opening-word-the-brief-writes-mid-sentence", "Students in Blockade, the loose network of "
     "plenums, refused talks. Police watch members of Students in Blockade.",
     [("Students in Blockade", "shape.group_apposition"), ("Students in Blockade", "shape.repeat")]),
    ("apposed-to-a-militia-with-a-place-word", "A smaller militia, the Menchum Valley Defenders (MVD), broke away.",
     [("Menchum Valley Defenders", "shape.group_apposed")]),
    ("foreign-word-before-a-leader", "Mamuka Khazaradze, the Lelo leader, has refused to leave.",
     [("Lelo", "shape.group_before_leader")]),
    ("political-current-head", "Sadr's movement has styled itself the National Shiite Current since 2024.",
     [("National Shiite Current", "shape.group_head")]),
    ("framework-after-a-head", "The Shia Coordination Framework will decide who leads the cabinet.",
     [("Shia Coordination Framework", "shape.group_head")]),
    ("first-cell-under-a-list-header", "List | Camp | Seats\nState of Law Coalition | Shia | 29\n"
     "Taqaddum | Sunni | 27\n\nHalbousi's Taqaddum holds the votes.",
     [("State of Law Coalition", "shape.group_table"), ("Taqaddum", "shape.group_table"),
      ("Taqaddum", "shape.repeat")]),
    ("committee-before-a-naming-cue", "A committee called New Course (NK) began collecting signatures. "
     "Radev backs New Course.", [("New Course", "shape.group_naming"), ("New Course", "shape.repeat")]),
    ("salvation-before-forum", "Any extension would be rejected by the opposition Somali Salvation Forum.",
     [("Somali Salvation Forum", "shape.group_head")]),
    ("article-after-a-name-opens-the-next-name", "Under the Pacific Policing Initiative the Australian "
     "Federal Police (AFP) have embedded advisers.", [("Australian Federal Police", "shape.group_head")]),
    ("party-noun-and-its-clause-before-a-name-with-a-state", "Herminie won, and the party he leads, United "
     "Seychelles, returned to power.", [("United Seychelles", "shape.group_apposed")]),
    ("party-members-by-the-plural-of-its-first-word", "Hall holds the seat of the Liberal Party. Nasralla "
     "wants the Liberals to lead the opposition.", [("Liberal Party", "shape.group_head"), ("Liberals", "shape.repeat")]),
]

NEGATIVE = [
    ("a-creeds-adjective-before-a-leader", "The Sadrist leader, Muqtada al-Sadr, spoke."),
    ("org-noun-of-an-opening-phrase-before-a-titled-name", "Inside the militia, Commander Hassan, a veteran, "
     "holds sway."),
    ("model-designation-before-an-actor-noun", "The first F-35B fighters and MQ-9 drones reached the base."),
    ("capitalised-force-noun-before-an-officers-name", "Bastar's Inspector General of Police, P. Sundarraj, "
     "says fewer cadres remain."),
    ("a-service-before-an-office-and-a-name", "It reached Kyiv through Army Secretary Dan Driscoll on Thursday."),
    ("intergovernmental-acronym-led-by-a-person", "NATO, led by Mark Rutte, met in The Hague."),
    ("apposition-adjective-without-its-preposition", "Meanwhile Zindar, a militia loyal and ruthless, holds Kebbi."),
    ("person-subject-of-a-relative-after-a-party-noun", "Vazrazhdane, the nationalist party Kostadin Kostadinov "
     "founded in 2014, held rallies."),
    ("led-state-before-its-possessive", "Machado, who leads Venezuela's opposition, spoke."),
    ("acronym-before-an-agencys-officer", "The XQZ, the agency's director said, had no part in it."),
    ("boundary-defined-by-an-acronym", "Troops clashed along the Line of Actual Control (LAC) in May."),
    ("heading-of-a-head-and-english-words", "Party Politics\n\nLocal leaders have demanded a ban on the youth wing."),
    ("number-of-a-date-before-a-noun", "The March 2025 movement of troops stalled."),
    ("owned-foreign-word-with-nothing-said-of-it", "Rubio's Zhongnanhai visit was short."),
    ("institution", "The Security Council and the Ministry of Defence met the Central Bank."),
    ("spanish-article-place-after-a-list", "The gangs fight for the corridors through Frontera Comalapa and La "
     "Trinitaria."),
    ("spanish-article-place-after-the", "The army moved a battalion to the La Mesilla crossing."),
    ("spanish-article-place-before-a-place-noun", "A push into La Trinitaria town is likely."),
    ("spanish-article-place-after-a-capitalised-preposition", "Above La Trinitaria, the militia patrols."),
    ("spanish-article-nickname", 'Its leader, Rosalba Mora, alias "La Madrina", spoke.'),
    ("spanish-article-alone-on-a-line", "9 Feb\nLa Trinitaria\nPatrol ambushed"),
    ("seat-of-government", "The companies have asked La Moneda for military protection."),
    ("spanish-article-newspaper", "According to La Nación, the army attacked the convoy."),
    ("apposition-head-before-a-preposition", '"We stay," said Hazem Qassem, a spokesman for the movement.'),
    ("union-body", "The African Union and the European Union sent envoys."),
    # ('the Armed Forces' alone is the brief's own service: shape.group_armed_service)
    ("generic-alone", "Security Forces and Special Forces withdrew."),
    ("headline", "Sahel Watch: Junta Tightens Grip as Northern Front Stalls"),
    ("compound-prefix", "Anti-Taliban rebels gathered."),
    ("state-with-org-noun", "The Congo rebels crossed the river."),
    ("general-before-a-name", "General Staff Sergeant Ali Hassan spoke."),
    ("count-before-a-known-name", "About 200 Taliban fighters crossed the border."),
    ("office-title-before-of", "Asim Munir, named Chief of Defence Forces in December, spoke."),
    ("direction-before-a-state", "Troops left Northern Iraq in May and moved to The Sudan."),
    ("person-apposition", "Jeeyand Baloch, the group's spokesman, spoke."),
    ("calendar", "In March Army units moved."),
    ("month-abbreviation-after-a-day-or-before-its-period", "On 5 Jan Army units moved. Since Jan. Army units moved."),
    ("month-abbreviation-after-a-date-preposition", "In Jan Army units moved. By Oct Police units had left."),
    ("ordinary-first-word", "Special forces of the army landed at the airport."),
    ("apposition-of-one-item", "The militias, the army said, withdrew."),
    ("apposed-place", "Hamas met the mediators in Doha, the Qatari capital, on Monday."),
    ("sentence-first-word-before-a-known-name", "Warmer Taliban ties with Dushanbe may help."),
    ("acronym-in-parentheses-before-an-org-noun", "The Return, Reclamation, Rehabilitation (3R) movement fought on."),
    ("federation-of-a-sport", "The Russian Football Federation fined the club."),
    ("intelligence-without-a-state-body-modifier", "Artificial Intelligence tools spread. Business Intelligence dashboards followed."),
    ("sect-word-before-a-group-noun", "Shia militias attacked the base."),
    ("listed-group-placed-in-a-state", "The TTP is sheltered by the Taliban in Afghanistan."),
    ("office-of-an-intelligence-body", "The Director of National Intelligence testified."),
    ("authority-of-a-state-that-is-no-police", "Egypt's Suez Canal Authority raised its fees."),
    ("region-without-an-ordinal", "The Kurdistan Region voted and the Northern Region abstained."),
    ("english-word-between-a-demonym-and-its-org-noun", "The Kurdish militant group attacked the base."),
    ("list-without-a-political-modifier", "The Consolidated List names him, as does the Entity List."),
    ("owner-in-a-list-is-no-item", "They sympathise with movements, among them Minni Minnawi's faction."),
    ("local-government-council", "A committee of the Bandarban Hill District Council met the rebels."),
    ("operation-first", "Operation Sindoor Task Force planners met."),
    ("state-possessive-court", "Kenya's Supreme Court ruled on the deployment."),
    ("intergovernmental-acronym-before-an-actor-noun", "UN officials and NATO commanders met the EU envoy."),
    ("two-actors-acronyms-joined-by-a-hyphen", "BJP-RSS cadres attacked the rally. KDF-AU officers met."),
    ("demonym-before-a-known-acronym", "The Pakistani TTP attacked the border post."),
    ("indefinite-kind-of-group", "A new armed Mapuche group has claimed three arson attacks."),
    ("bulleted-ordinary-first-word", "• Largest party after the 2024 vote"),
    ("owned-policy-before-a-noun", "Gustavo Petro's Total Peace policy has stalled."),
    ("owned-one-ordinary-word", "Vladimir Putin's Kremlin has said nothing."),
    ("owned-in-a-title-case-headline", "Chad: Mahamat Déby's Northern Rebels and the Sudan Spillover"),
    ("a-year-is-no-unit-number", "The Army 2030 plan was shelved."),
    ("place-before-a-reporting-group", "Soldiers were killed near Boulkessi, the movement reported on Sunday."),
    ("count-with-a-thousands-separator", "Some 9,000 Islamic State fighters are held there."),
    ("english-word-opening-a-sentence-before-an-acronym", 'They vowed to strike "the crusaders". Joint UPDF and '
     "FARDC operations destroyed the camps."),
    ("ngo-acronym-before-an-org-noun", "The roads stay unreliable for NGO movements until June."),
    ("government-of-a-state", "The Government of Somalia agreed to the plan."),
    ("sentence-adverb-before-a-list-of-groups",
     "Al-Shabaab fought Hezbollah. Oddly, Al-Shabaab and Hezbollah, which fought, keep a working relationship."),
    ("copula-with-a-noun-of-no-body", "Tanger Med is a port. Kenya is a party to the talks."),
    ("agency-of-no-security-word", "The European Space Agency launched a probe."),
    ("headline-of-two-long-words-among-seven", "Sharing stays the brake.\n\nA New Name in an Old Network\n\nOn 9 "
     "September police raided a house."),
    ("any-before-a-towns-name-with-group", "The junta vowed to punish any Yamada group found cooperating."),
    ("a-peoples-adjective-before-units", "Chechen men were arrested; he ruled out a withdrawal of Chechen units."),
    ("front-heads-outside-a-crime-brief", "The Sizwe Bonke Economic Forum (SBEF) met the Cape Taxi Association."),
    ("directorate-of-no-security-word", "The Directorate of Roads and Bridges built a road."),
    ("three-hyphenated-names-outside-a-crime-brief", "The Smith-Jones-Brown report was published."),
    ("office-of-no-security-word", "Britain's Home Office banned the group after the Office of Foreign Assets "
     "Control listed it."),
    ("english-words-before-cells-never-alone", "Central Asian militants crossed; Central Asian capitals worried."),
    ("english-words-alone-only-as-a-predicate", "Most recruits were Central Asian, and Central Asian militants crossed."),
    ("place-word-after-a-state", "The forest belt reaches Borgu in Niger State and the port of Panama City."),
    ("word-after-a-state-in-a-heading", "The Bangladesh Angle\n\nCross-border camps have been quiet since May."),
    ("lettered-point-marker-is-no-initial", "BOTTOM LINE UP FRONT\nA. Pirate groups operating from Eyl have "
     "completed seven hijackings.\nB. Ransoms rose."),
    ("bulleted-adjective-before-an-organisation-noun", "Key points:\n- Transnational syndicates moving drugs "
     "through Fiji will grow."),
    ("capitalised-organisation-noun-in-a-heading", "THE FRONT LINE\n\nArtillery fire dropped sharply."),
    ("trades-union-congress-is-no-union-name", "Britain's Trades Union Congress backed the strike."),
    ("subject-of-a-relative-clause-after-an-organisation-noun", "Gerindra, the party Prabowo chairs, anchors the "
     "coalition."),
    ("name-apposed-to-a-persons-role", "Through its spokesman, Sebby Sambom, the group vowed more attacks."),
    ("head-before-a-documents-word", "The Strategic Alliance Agreement with Iraq binds both sides."),
    ("acting-word-a-place-elsewhere", "The authorities in Sukhumi have promised to review it. Sukhumi has "
     "refused."),
    ("acting-word-after-the", "Dushanbe cannot afford it, and the Kremlin has promised to tighten the rules."),
    ("acting-word-a-surname-after-initials", "Vice President JD Vance has repeatedly accused Berlin. Vance "
     "warned again."),
    ("acting-word-a-listed-surname", "At the summit, Kiir refused to sign."),
    ("acting-word-a-person-by-the-pronoun-after-it", "Milei's reforms stalled. Milei vowed to cut his budget."),
    ("acting-word-never-called-it", "Zelensky warned that the front would not hold."),
    ("party-family-name-outside-politics", "Wages rose, and the Greens said little."),
    ("party-family-word-opening-a-sentence-only", "The election left the cabinet without a majority in parliament. "
     "Labour shortages persist after the vote."),
    ("party-family-word-of-a-ministry", "The election left the cabinet without a majority in parliament. The "
     "Ministry of Labour set the vote."),
    ("court-that-refuses", "The Supreme Court refused to hear the appeal."),
    ("company-noun-before-a-persons-name", "The miner John Smith died in the collapse."),
    ("surname-with-a-prefix-that-vows", "McAllister vowed to cut taxes across the region."),
    ("party-family-word-opening-a-portfolio", "The election left parliament split. The Labour and Employment "
     "Ministry said little about the vote."),
    ("company-that-only-reports", "Hengyi Industries reported losses in 2025, and it will report again."),
    ("bank-that-pledges", "The Central Bank pledged to hold rates."),
    ("common-acronym-before-an-organisation-noun", "Norbert promised to extend the island's CCTV network."),
    ("state-a-person-leads-in-an-apposition", "In 2024, led by Ahmed Ali, the rebels attacked."),
]


@pytest.mark.parametrize(("text", "expected"), [p[1:] for p in POSITIVE], ids=[p[0] for p in POSITIVE])
def test_groups_name_shapes_found(extract, text, expected):
    records = extract(text)
    found = sorted((m["text"], m["rule"]) for e in records if e["kind"] == "entity" and e["label"] == "GROUP"
                   for m in e["mentions"] if m["via"] in SHAPE)
    assert found == sorted(expected)


@pytest.mark.parametrize("text", [n[1] for n in NEGATIVE], ids=[n[0] for n in NEGATIVE])
def test_groups_not_names(extract, text):
    assert [m for m in mentions(extract(text), via=SHAPE) if m[1] == "GROUP"] == []


def test_groups_known_group_and_its_unit_are_two_actors(extract):
    found = mentions(extract("The Hezbollah Radwan Force crossed the line."), via=("pattern", "shape"))
    assert [(text, label) for text, label, _, _ in found] == [("Hezbollah", "GROUP"), ("Radwan Force", "GROUP")]


def test_groups_name_learnt_in_the_text_is_found_in_a_title_case_headline(extract):
    text = ("Northern Mali: The Azawad Liberation Front Holds Its Ground\n\n"
            "The Azawad Liberation Front (FLA) has survived a year of drone strikes.")
    groups = [e for e in extract(text) if e["kind"] == "entity" and e["label"] == "GROUP"]
    assert [(m["text"], m["start"]) for e in groups for m in e["mentions"] if m["via"] == "shape"] == [
        ("Azawad Liberation Front", 19), ("Azawad Liberation Front", 65)]


def test_groups_short_form_of_a_named_group_is_that_group(extract):
    records = extract("The Maute Group seized Marawi. Later the Maute network recruited again.")
    maute = [e for e in records if e["kind"] == "entity" and e["label"] == "GROUP"]
    assert [(e["id"], [m["text"] for m in e["mentions"]]) for e in maute] == [
        ("group:maute-group", ["Maute Group", "Maute"])]


def test_groups_last_words_of_a_shaped_name_are_that_group(extract):
    records = extract("The Indravati Jan Sena is growing. Later the Jan Sena attacked a DRG patrol.")
    groups = [(e["id"], [m["text"] for m in e["mentions"]]) for e in records
              if e["kind"] == "entity" and e["label"] == "GROUP" and e["name"] != "DRG"]
    assert groups == [("group:indravati-jan-sena", ["Indravati Jan Sena", "Jan Sena"])]


@pytest.mark.parametrize("text", [
    "The Jan Sena split. Its hardliners formed the Indravati Jan Sena, which attacked.",
    # ('The National Army' after the Somali National Army is that army: shape.group_armed_service)
    "The Arakan National Party won seats. The National Party regrouped in Sittwe.",
    "The Civilian Joint Task Force patrols Maiduguri. The Joint Task Force raided Bama.",
    "The Patriotic Malian Army attacked Gao. The Malian Army retreated.",
], ids=["written-alone-before-the-longer-name", "generic-first-word", "only-ordinary-words-left",
        "a-demonym-and-an-ordinary-word-left"])
def test_groups_last_words_not_taken_for_the_shaped_name(extract, text):
    groups = [e for e in extract(text) if e["kind"] == "entity" and e["label"] == "GROUP"]
    longest = max(groups, key=lambda e: len(e["name"]))  # the shaped name is found ...
    assert {m["text"] for m in longest["mentions"] if m["via"] != "coref"} == {longest["name"]}  # ... alone


def test_groups_plural_last_word_of_a_shaped_name_is_that_group(extract):
    records = extract("The Black Sovereigns, a breakaway chapter, fight on. The Finks arm the Sovereigns.")
    groups = [(e["id"], [m["text"] for m in e["mentions"] if m["via"] != "coref"]) for e in records
              if e["kind"] == "entity" and e["label"] == "GROUP" and e["id"] == "group:black-sovereigns"]
    assert groups == [("group:black-sovereigns", ["Black Sovereigns", "Sovereigns"])]


@pytest.mark.parametrize(("text", "found"), [
    ("The Rebels' Perth chapter patched over to the Finks.", {"Rebels", "Finks"}),
    ("Rebels attacked the town. The Finks ambushed an army convoy.", set()),
], ids=["with-a-bikie-word-in-the-sentence", "insurgents-and-no-club-word"])
def test_groups_motorcycle_club_names_need_a_club_word(extract, text, found):
    clubs = {m["text"] for e in extract(text) if e["kind"] == "entity" and e["id"] in {"group:rebels-mc", "group:finks-mc"}
             for m in e["mentions"] if m["via"] == "pattern"}
    assert clubs == found


def test_groups_acronym_definition_skips_an_opening_preposition_and_article(extract):
    records = extract("Inside the People's Rally for Progress (RPP), a technocratic camp competes with others.")
    assert [e["name"] for e in records if e["kind"] == "entity" and e["label"] == "GROUP"] == [
        "People's Rally for Progress"]


def test_groups_name_in_parentheses_after_a_name_is_its_translation_not_a_qualifier(extract):
    records = extract("Sheinbaum sent more National Guard (Guardia Nacional) troops. Later the Guardia Nacional "
                      "pressured the assemblies.")
    groups = [(e["name"], sorted({m["text"] for m in e["mentions"]})) for e in records
              if e["kind"] == "entity" and e["label"] == "GROUP"]
    assert groups == [("National Guard", ["Guardia Nacional", "National Guard"])]


@pytest.mark.parametrize("text", [
    "The Resistencia Ancestral Mapuche (RAM) burned trucks. Police arrested an armed Mapuche group, and talks with "
    "Mapuche organisations stalled.",
    "The Chinland Defence Force-Mindat holds the hills. The army shelled Mindat, and the Mindat road closed.",
    "The Islamic State lost ground. The State Department named the group again, and the State wavered.",
], ids=["word-that-qualifies-a-kind", "word-glued-by-a-hyphen", "generic-word"])
def test_groups_last_word_of_a_name_not_its_head_reference(extract, text):
    rules = [m["rule"] for e in extract(text) if e["kind"] == "entity" for m in e["mentions"]]
    assert "shape.group_head_reference" not in rules


def test_groups_acronym_led_by_someone_is_the_listed_group_it_spells(extract):
    records = extract("The United Liberation Front of Assam split in 2011. The pro-talks ULFA, led by Arabinda "
                      "Rajkhowa, signed a settlement.")
    groups = {e["name"]: {m["text"] for m in e["mentions"]} for e in records
              if e["kind"] == "entity" and e["label"] == "GROUP"}
    assert len(groups) == 1 and "ULFA" in next(iter(groups.values()))


@pytest.mark.parametrize("text", [
    "He was convicted by the Supreme Federal Tribunal (STF) last year. Convicted by the Supreme Federal "
    "Tribunal (STF), he appealed.",
    "The Central Bank of Oman (CBO) kept rates. The CBO publishes data.",
    "The Constitutional Court (CC) rejected the opposition's appeal.",
    "Transparency International's Corruption Perceptions Index (CPI) ranks it low.",
], ids=["english-words-between-capitals-are-no-foreign-particles", "institution-that-commits-to-nothing",
        "institution-that-rejects-an-appeal", "corruption-without-its-prefix-is-no-security-word"])
def test_groups_acronym_definition_makes_no_group_of_an_institution(extract, text):
    assert [m["text"] for e in extract(text) if e["kind"] == "entity" for m in e["mentions"]
            if m["rule"] == "alias.acronym_group"] == []


def test_groups_acronym_after_a_possessive_leaves_the_possessive_out(extract):
    records = extract("The collapse of the Sahel Liberation Council's (SLC) December offensive helped it.")
    assert {m["text"] for e in records if e["kind"] == "entity" for m in e["mentions"]} == {
        "Sahel Liberation Council", "SLC", "it"}


def test_groups_acronym_definition_leaves_out_a_possessive_pronoun(extract):
    records = extract("Bilie-By-Nze was prime minister. His Ensemble pour le Gabon (EPG) won a seat.")
    groups = [(e["name"], sorted({m["text"] for m in e["mentions"]})) for e in records
              if e["kind"] == "entity" and e["label"] == "GROUP"]
    assert groups == [("Ensemble pour le Gabon", ["EPG", "Ensemble pour le Gabon"])]


def test_groups_name_without_its_portuguese_article_is_that_group(extract):
    records = extract("Os Crias has refused a truce. The Crias control Tabatinga.")
    groups = [(e["name"], [m["text"] for m in e["mentions"]]) for e in records
              if e["kind"] == "entity" and e["label"] == "GROUP"]
    assert groups == [("Os Crias", ["Os Crias", "Crias"])]


def test_groups_acronym_definition_skips_the_sentences_opening_preposition(extract):
    records = extract("At an Intergovernmental Authority on Development (IGAD) meeting in Nairobi, Kiir refused.")
    assert [e["name"] for e in records if e["kind"] == "entity" and e["label"] == "GROUP"] == [
        "Intergovernmental Authority on Development"]


def test_groups_name_without_its_spanish_article_is_that_group(extract):
    records = extract("Los Ardillos attacked Chilapa. Later the Ardillos withdrew.")
    groups = [(e["name"], [m["text"] for m in e["mentions"]]) for e in records
              if e["kind"] == "entity" and e["label"] == "GROUP"]
    assert groups == [("Los Ardillos", ["Los Ardillos", "Ardillos"])]


def test_groups_spanish_family_name_in_the_english_plural_is_that_group(extract):
    records = extract("Los Salazar, a family network, runs the routes. The Salazars refused to send fighters.")
    groups = [(e["name"], [m["text"] for m in e["mentions"]]) for e in records
              if e["kind"] == "entity" and e["label"] == "GROUP"]
    assert groups == [("Los Salazar", ["Los Salazar", "Salazars"])]


def test_groups_acronym_defined_by_the_brief_wins_over_a_listed_one(extract):
    records = extract("The Inter-Services Intelligence (ISI) later claimed to have traced the attackers. The ISI arms the rebels.")
    groups = [(e["name"], e["refs"], [m["text"] for m in e["mentions"]]) for e in records
              if e["kind"] == "entity" and e["label"] == "GROUP"]
    assert groups == [("Inter-Services Intelligence", None, ["Inter-Services Intelligence", "ISI", "ISI"])]


def test_groups_first_word_two_glued_names_share_is_neither(extract):
    records = extract("Jamaat-ul-Mujahideen Bangladesh and Jamaat-e-Islami are banned. Jamaat denies it.")
    lone = [m for e in records if e["kind"] == "entity" for m in e["mentions"] if m["text"] == "Jamaat"]
    assert lone == []


def test_groups_acronym_of_a_portuguese_security_agency_defines_it(extract):
    """'Agência Brasileira de Inteligência (ABIN)': an intelligence agency acts, whatever its head."""
    records = extract("The Agência Brasileira de Inteligência (ABIN) watches the border. ABIN said little.")
    groups = [(e["name"], [m["text"] for m in e["mentions"]]) for e in records
              if e["kind"] == "entity" and e["label"] == "GROUP"]
    assert groups == [("Agência Brasileira de Inteligência", ["Agência Brasileira de Inteligência", "ABIN", "ABIN"])]


def test_groups_first_word_of_a_particle_glued_name_is_that_group(extract):
    """'Jamaat' after Jamaat-e-Islami: a name glued by '-e-' is also written by its first word."""
    records = extract("Jamaat-e-Islami won seats. The BNP fears Jamaat in the districts.")
    groups = {e["id"]: [m["text"] for m in e["mentions"] if m["via"] != "coref"] for e in records
              if e["kind"] == "entity" and e["label"] == "GROUP"}
    assert groups["group:jamaat-e-islami"] == ["Jamaat-e-Islami", "Jamaat"]


def test_groups_acronym_spelled_by_a_named_group(extract):
    records = extract("The Balochistan Liberation Army struck a train. The BLA later claimed it.")
    bla = [e for e in records if e["kind"] == "entity" and e["id"] == "group:balochistan-liberation-army"]
    assert [(m["text"], m["rule"]) for m in bla[0]["mentions"] if m["via"] != "coref"] == [
        ("Balochistan Liberation Army", "pattern.gazetteer"), ("BLA", "acronym.initials")]


def test_groups_acronym_of_the_name_words_openings_defines_a_group(extract):
    records = extract("CODECO fighters raided a camp. The Cooperative for the Development of Congo (CODECO) "
                      "is less a movement than a label. CODECO raids continue.")
    groups = [e for e in records if e["kind"] == "entity" and e["label"] == "GROUP"]
    assert [(e["id"], sorted({m["text"] for m in e["mentions"]})) for e in groups] == [
        ("group:cooperative-for-the-development-of-congo", ["CODECO", "Cooperative for the Development of Congo"])]


def test_groups_acronym_definition_judged_by_the_name_head(extract):
    """'Revolution' names an event, but here it is inside the name; the head is 'Convention'."""
    records = extract("Lubanga launched the Convention for the Popular Revolution (CRP) from exile. "
                      "The Bank of Japan (BOJ) raised rates.")
    assert sorted(e["name"] for e in records if e["kind"] == "entity" and e["label"] == "GROUP") == [
        "Convention for the Popular Revolution"]


def test_groups_acronym_with_the_head_word_is_the_named_group(extract):
    records = extract("The Peoples' Equality and Democracy Party (DEM Party) carried messages. DEM votes count.")
    groups = [e for e in records if e["kind"] == "entity" and e["label"] == "GROUP"]
    assert [(e["name"], sorted({m["text"] for m in e["mentions"]})) for e in groups] == [
        ("Peoples' Equality and Democracy Party", ["DEM", "DEM Party", "Peoples' Equality and Democracy Party"])]


def test_groups_acronym_definition_over_on(extract):
    records = extract("Bodies led by the Coordinating Committee on Manipur Integrity (COCOMI) called strikes.")
    assert [e["name"] for e in records if e["kind"] == "entity" and e["label"] == "GROUP"] == [
        "Coordinating Committee on Manipur Integrity"]


def test_groups_short_name_in_parentheses_is_no_qualifier(extract):
    """'(Polri)' is the force's short name, not a qualifier making another group ('(Maoist)')."""
    names = [m["text"] for e in extract("The Indonesian Police (Polri) denied it.") if e["kind"] == "entity"
             for m in e["mentions"]]
    assert "Indonesian Police (Polri)" not in names and "Indonesian Police" in names


@pytest.mark.parametrize(("text", "name"), [
    ("Leaders of the Oromo Federalist Congress (OFC) met.", "Oromo Federalist Congress"),
    ("The Patriots for Peace in the Central African Republic (PPCAR) attacked.",
     "Patriots for Peace in the Central African Republic"),
    ("The Conseil militaire de salut du Tchad (CMST) split from it.", "Conseil militaire de salut du Tchad"),
    ("A splinter of the Front pour l'alternance et la concorde au Tchad (FACT) formed.",
     "Front pour l'alternance et la concorde au Tchad"),
    ("Arms that the Armée nationale tchadienne (ANT) needed arrived.", "Armée nationale tchadienne"),
    ("He served in the Direction générale des services de sécurité des institutions de l'État (DGSSIE).",
     "Direction générale des services de sécurité des institutions de l'État"),
    ("The Badan Nasional Penanggulangan Terorisme (BNPT) runs the programme.",
     "Badan Nasional Penanggulangan Terorisme"),
    ("Police nationale (PN) officers arrested him.", "Police nationale"),
    ("He now leads the Aliança Nacional para um Moçambique Livre e Autónomo (ANAMOLA) after his break.",
     "Aliança Nacional para um Moçambique Livre e Autónomo"),
    ("It sits inside the Plataforma Cívica pela Verdade Eleitoral (PCVE), a looser coalition.",
     "Plataforma Cívica pela Verdade Eleitoral"),
    ("In Kwara South, the Oodua People's Congress (OPC) has refused to disarm.", "Oodua People's Congress"),
    ("Moldova's National Anticorruption Centre (CNA) raided the offices.", "National Anticorruption Centre"),
    ("A split in the ruling Fa'atuatua i le Atua Samoa ua Tasi (FAST) party is possible.",
     "Fa'atuatua i le Atua Samoa ua Tasi"),
    ("Police train detectives.\n\nHis Majesty's Armed Forces (HMAF) have a supporting role.",
     "His Majesty's Armed Forces"),
    ("Inquiries by the Anti-Corruption Commission of Seychelles (ACCS) widened.",
     "Anti-Corruption Commission of Seychelles"),
    ("The General Federation of Oman Workers (GFOW) met. The GFOW refused to endorse the wage rules.",
     "General Federation of Oman Workers"),
    ("The Dominica Geothermal Development Company (DGDC) is building a plant. The DGDC said it would "
     "begin supplying the grid.", "Dominica Geothermal Development Company"),
    ("Brunei Shell Petroleum (BSP), which is owned by the government and Shell, has promised to hold output.",
     "Brunei Shell Petroleum"),
    ("The Scottish Trades Union Congress (STUC) met.", "Scottish Trades Union Congress"),
    ("The General Confederation of Greek Workers (GSEE) backed them.", "General Confederation of Greek Workers"),
    ("The Independent National Electoral Commission (INEC), led since 2025 by Joash Amupitan, has committed to "
     "uploading results.", "Independent National Electoral Commission"),
    ("The Geothermal Development Company (GDC) drills. GDC said in May that it would drill more.",
     "Geothermal Development Company"),
], ids=["the-run-the-acronym-spells-inside-a-longer-one", "state-at-the-end-of-the-name",
        "sentence-case-name", "sentence-case-name-with-elided-articles", "sentence-case-head-and-adjectives",
        "sentence-case-security-body", "security-agency-in-its-own-language",
        "police-head-and-one-adjective", "portuguese-joiners-in-a-title-case-name",
        "portuguese-pela-in-a-title-case-name", "peoples-possessive-makes-congress-a-party",
        "anticorruption-is-a-security-word", "particles-no-list-holds-between-the-capitals",
        "owner-the-acronym-spells-is-inside-the-name", "corruption-after-a-hyphen-is-a-security-word",
        "institution-word-of-a-body-that-commits", "company-that-says-it-will",
        "company-that-commits-past-a-relative-clause", "union-whatever-its-head-word",
        "union-with-the-acronym-of-its-own-language-and-a-demonym-inside",
        "institution-that-commits-past-a-participles-aside",
        "company-that-says-past-a-time-phrase-that-it-will"])
def test_groups_acronym_in_parentheses_defines_an_unlisted_group(extract, text, name):
    found = [(m["text"], m["rule"]) for e in extract(text) if e["kind"] == "entity" and e["label"] == "GROUP"
             for m in e["mentions"] if m["rule"] == "alias.acronym_group"]
    assert found == [(name, "alias.acronym_group")]


@pytest.mark.parametrize("text", [
    "Its rival is the Chin Brotherhood. The Brotherhood and the army fight the junta.",
    "Its rival is the Chin Brotherhood. Brotherhood commanders have promised to hand over every town.",
], ids=["after-the-opening-the-before-and", "opening-the-sentence-before-its-people"])
def test_groups_head_word_alone_is_the_one_group_named_with_it(extract, text):
    found = [(m[0], m[2]) for m in mentions(extract(text)) if m[3] == "shape" and m[0] == "Brotherhood"]
    assert found == [("Brotherhood", "Chin Brotherhood")]


def test_groups_head_word_opening_a_two_word_name_with_and_is_that_name(extract):
    records = extract("Its rival is the Chin Brotherhood. The Brotherhood and Justice Party met.")
    assert ("Brotherhood and Justice Party", "GROUP") in [(m[0], m[1]) for m in mentions(records)]


def test_groups_head_word_of_two_named_groups_refers_to_neither(extract):
    records = extract("The Kachin Independence Army and the Arakan Army met. The Army left.")
    assert [m for m in mentions(records) if m[0] == "Army" and m[3] == "shape"] == []


def test_groups_acronym_spelling_the_whole_run_takes_a_demonym_or_person_inside(extract):
    """'Georgian Dream (GD)', 'Génération Mamadi Doumbouya (GMD)': an acronym spelling every
    capitalised word makes the run one name; its later full uses are found too."""
    text = ("Georgia votes. Georgian Dream (GD) will keep control. Since October, Georgian Dream has governed. "
            "The junta formed Génération Mamadi Doumbouya (GMD) in May.")
    groups = sorted(m["text"] for e in extract(text) if e["kind"] == "entity" and e["label"] == "GROUP"
                    for m in e["mentions"])
    assert groups == ["GD", "GMD", "Georgian Dream", "Georgian Dream", "Génération Mamadi Doumbouya"]


@pytest.mark.parametrize("text", [
    "The Banque centrale des États de l'Afrique de l'Ouest (BCEAO) raised rates.",
    "The Communauté économique des États de l'Afrique de l'Ouest (CEDEAO) met in Abuja.",
    "The Bank of Japan (BOJ) held rates.",
    "Security forces (SF) raided the camp.",
    "The Council of elders (COE) met on Monday.",
    "The Union africaine (UA) suspended the junta.",
], ids=["sentence-case-bank", "sentence-case-community-of-states", "institution-acronym",
        "english-phrase-before-an-acronym", "english-phrase-with-of", "head-and-one-adjective"])
def test_groups_acronym_in_parentheses_of_an_institution_defines_no_group(extract, text):
    assert [m for m in mentions(extract(text)) if m[1] == "GROUP"] == []


def test_groups_numbered_unit_named_in_its_own_language_in_parentheses_is_that_unit(extract):
    records = extract("Detachment 88 (Densus 88) retains the upper hand, and Densus 88 arrested him.")
    [unit] = [e for e in records if e["kind"] == "entity" and e["label"] == "GROUP"]
    assert [m["text"] for m in unit["mentions"]] == ["Detachment 88", "Densus 88", "Densus 88"]


@pytest.mark.parametrize("text", [
    "Israel struck Quds Force 12 times in Syria last year.",
    "Incidents by actor: Kachin Independence Army 45, Arakan Army 30.",
    "Casualties: Army 12, police 4.",
    "Unit 3 of the reactor was shut down.",
    "The M23 (December 2023) seized Sake. Fighting resumed in December 2023 near Goma.",
], ids=["count-after-a-listed-name", "counts-after-found-names", "count-after-a-colon", "part-of-a-thing",
        "date-in-brackets-after-a-group"])
def test_groups_number_after_a_name_is_no_unit(extract, text):
    assert [m for m in mentions(extract(text)) if " " in m[0] and any(ch.isdigit() for ch in m[0])] == []


def test_groups_state_force_word_opening_a_sentence_is_no_head_reference(extract):
    records = extract("The Arakan Army seized Paletwa. Army officials in Naypyidaw denied the loss.")
    assert [m for m in mentions(records) if m[0] == "Army"] == []


def test_groups_network_named_like_a_group_of_the_brief_is_that_group(extract):
    """'Maute' names the Maute Group here, so the noun after it is no part of a name."""
    records = extract("The Maute Group grew. Abdullah Maute led it. Its remnant rebuilt the Maute network.")
    texts = [m[0] for m in mentions(records) if m[1] == "GROUP"]
    assert "Maute network" not in texts and "Maute" in texts


def test_groups_bare_surname_of_an_eponymous_gang_is_its_leader(extract):
    records = extract("The Sundrani gang grew. Ghulam Rasool Sundrani leads it, and Sundrani has since fled.")
    people = [m[0] for m in mentions(records) if m[1] == "PERSON"]
    assert people == ["Ghulam Rasool Sundrani", "Sundrani"]


def test_groups_whole_name_an_eponymous_gang_is_named_by_stays_a_person(extract):
    records = extract("Lawrence Bishnoi runs a gang from prison. The Lawrence Bishnoi gang grew.")
    assert ("Lawrence Bishnoi", "PERSON") in [m[:2] for m in mentions(records)]


def test_groups_network_of_what_it_is_made_of_is_no_eponymous_group(extract):
    records = extract("Joseph Kabila left office. The Kabila network of businessmen still controls the mines.")
    assert [m for m in mentions(records) if m[1] == "GROUP"] == []


def test_groups_one_word_in_brackets_after_a_group_is_its_name(extract):
    records = extract("The Swedish Security Service (Säpo) stated that Iran buys violence. Säpo said more.")
    groups = [(e["name"], [m["text"] for m in e["mentions"]]) for e in records
              if e["kind"] == "entity" and e["label"] == "GROUP"]
    assert groups == [("Swedish Security Service", ["Swedish Security Service", "Säpo", "Säpo"])]


def test_groups_one_of_its_own_words_in_brackets_is_its_short_name(extract):
    records = extract("The party Plaid Cymru (Plaid) finished first. Labour ruled out a coalition with Plaid.")
    groups = {e["name"]: [m["text"] for m in e["mentions"]] for e in records
              if e["kind"] == "entity" and e["label"] == "GROUP"}
    assert groups["Plaid Cymru"] == ["Plaid Cymru", "Plaid", "Plaid"]


@pytest.mark.parametrize("text", [
    "The Arakan Army (Rakhine) attacked.",
    "The Communist Party of India (Maoist) attacked.",
    "The Arakan Army (Army) attacked.",
    "The Sinaloa Cartel (Sinaloa) grew.",
], ids=["a-place", "a-qualifier", "its-head", "its-own-word-that-is-a-place"])
def test_groups_word_in_brackets_that_is_no_name(extract, text):
    assert not any(m["rule"] == "alias.bracket_name" for e in extract(text) if e["kind"] == "entity"
                   for m in e["mentions"])


def test_groups_acronym_definition_vouched_by_an_apposed_org_noun(extract):
    """'Revolution' names events too, so the definition alone does not make a group; the
    apposition 'Matekane's ruling party' does."""
    records = extract("The DC has accused the Revolution for Prosperity (RFP), Matekane's ruling party, of "
                      "tolerating gangs. The RFP denied it.")
    groups = [(e["name"], sorted(e["aliases"])) for e in records if e["kind"] == "entity" and e["label"] == "GROUP"]
    assert ("Revolution for Prosperity", ["RFP"]) in groups


def test_groups_opening_head_alone_is_the_head_first_name(extract):
    records = extract("A surge of Gendarmería Nacional units arrived in May. Yet the Gendarmería has moved two units.")
    groups = [(e["name"], [m["text"] for m in e["mentions"]]) for e in records
              if e["kind"] == "entity" and e["label"] == "GROUP"]
    assert groups == [("Gendarmería Nacional", ["Gendarmería Nacional", "Gendarmería"])]


def test_groups_name_written_in_a_capitalised_title_is_found_there(extract):
    """A title in capitals holds the names the brief writes in mixed case below it."""
    text = ("HARMATTAN RISK ADVISORY\n19 November 2026\n\n"
            "KWARA FLASHPOINT: THE MAHMUDA GROUP, LAKURAWA AND THE DRIFT SOUTH\n\n"
            "The Mahmuda group holds the park. Lakurawa fighters have crossed from Sokoto, and the Lakurawa "
            "group is growing.\n")
    found = {(m["text"], m["rule"]) for e in extract(text) if e["kind"] == "entity" for m in e["mentions"]}
    assert ("MAHMUDA GROUP", "shape.capitals") in found
    assert ("LAKURAWA", "shape.capitals") in found


def test_groups_capitalised_common_word_is_no_name(extract):
    """'General' read as a body's name is no reason to read every heading's 'GENERAL' as one."""
    text = ("GENERAL OUTLOOK\n\nThe army's General Staff met the Azawad Liberation Front (FLA) in May.\n")
    assert not [m for e in extract(text) if e["kind"] == "entity" for m in e["mentions"]
                if m["rule"] == "shape.capitals" and m["text"] == "GENERAL"]


def test_groups_afrikaans_kommando_heads_a_name_and_stands_for_it_alone(extract):
    found = {(m["text"], e["name"]) for e in extract("The Lentegeur Kommando broke away in 2025. The Kommando now taxes "
                                                     "shops.") if e["kind"] == "entity" for m in e["mentions"]}
    assert found >= {("Lentegeur Kommando", "Lentegeur Kommando"), ("Kommando", "Lentegeur Kommando")}


@pytest.mark.parametrize(("text", "gang"), [
    ("The Americans, a street gang, dominate Mitchells Plain.", True),
    ("Americans voted in November.", False),
], ids=["gang-in-its-sentence", "demonym-elsewhere"])
def test_groups_cape_flats_americans_only_among_gangs(extract, text, gang):
    groups = {e["name"] for e in extract(text) if e["kind"] == "entity" and e["label"] == "GROUP"}
    assert ("Americans" in groups) is gang


def test_groups_name_given_before_a_place_is_written_without_the_place(extract):
    records = extract("A Biyomaal militia that calls itself Gaashaan Shabelle formed last year. "
                      "Gaashaan has fought alongside Danab.")
    named = [(e["id"], [m["text"] for m in e["mentions"]]) for e in records
             if e["kind"] == "entity" and e["id"] == "group:gaashaan-shabelle"]
    assert named == [("group:gaashaan-shabelle", ["Gaashaan Shabelle", "Gaashaan"])]


def test_groups_service_alone_is_the_one_named_service_of_the_brief(extract):
    records = extract("The Ecuadorian Armed Forces took the prisons. The Armed Forces refused to hand back the keys.")
    forces = [(e["id"], [m["text"] for m in e["mentions"]]) for e in records
              if e["kind"] == "entity" and e["label"] == "GROUP"]
    assert forces == [("group:ecuadorian-armed-forces", ["Ecuadorian Armed Forces", "Armed Forces"])]


def test_groups_service_alone_without_a_named_service_is_its_own(extract):
    records = extract("The Army refused to give troops powers of arrest.")
    ids = sorted(e["id"] for e in records if e["kind"] == "entity" and e["label"] == "GROUP")
    assert ids == ["group:army"]


def test_groups_arabic_article_glued_to_a_name_is_the_names(extract):
    records = extract("The Sudan Shield Forces and the al-Baraa bin Malik Brigade are locked in a dispute.")
    names = sorted(m["text"] for e in records if e["kind"] == "entity" and e["label"] == "GROUP" for m in e["mentions"])
    assert names == ["Sudan Shield Forces", "al-Baraa bin Malik Brigade"]


def test_groups_plural_headed_name_without_its_head_is_that_group(extract):
    records = extract("The Sudan Shield Forces hold Tamboul. Sudan Shield positions were hit by drones.")
    groups = [(e["id"], [m["text"] for m in e["mentions"]]) for e in records
              if e["kind"] == "entity" and e["label"] in {"GROUP", "STATE"}]
    assert groups == [("group:sudan-shield-forces", ["Sudan Shield Forces", "Sudan Shield"])]


def test_groups_hyphen_between_two_named_groups_is_two_parties(extract):
    records = extract("The CJNG and Los Chapitos met. The CJNG-Chapitos arrangement is probably tactical.")
    names = sorted(m["text"] for e in records if e["kind"] == "entity" for m in e["mentions"])
    assert "CJNG-Chapitos" not in names and names.count("CJNG") == 2


def test_groups_body_that_calls_itself_a_name_needs_no_noun_before(extract):
    records = extract("Herders have armed themselves. The best organised of these, which calls itself Kisal Tawaa, "
                      "patrols the Ngaoui road.")
    assert ("Kisal Tawaa", "GROUP", "Kisal Tawaa", "shape") in mentions(records)


def test_groups_office_with_general_before_of_is_no_group(extract):
    records = extract("Inspector General of Police Priyantha Weerasinghe has promised to keep the units deployed.")
    found = {(text, label) for text, label, _, _ in mentions(records)}
    assert ("Priyantha Weerasinghe", "PERSON") in found
    assert not any(label == "GROUP" and "Inspector" in text for text, label in found)


def test_groups_english_word_opening_a_headline_after_a_colon_is_no_group(extract):
    records = extract("SOUTH ASIA DESK\n1 March 2026\nSri Lanka: Offshore gang bosses test the crackdown\n\nBody.\n")
    assert [text for text, label, _, _ in mentions(records) if label == "GROUP"] == []


def test_groups_lead_word_name_stops_at_a_dash(extract):
    records = extract("Los Trinos has grown. Outlook\nLos Trinos–Ferreira feud spreads to new barrios | Likely\n")
    groups = [(text, name) for text, label, name, _ in mentions(records) if label == "GROUP"]
    assert groups == [("Los Trinos", "Los Trinos"), ("Los Trinos", "Los Trinos")]


CRIME = "Cocaine trafficking, extortion and drug smuggling feed the cartel and its gangs; the traffickers launder it. "


@pytest.mark.parametrize(("text", "name"), [
    ("Seakhi was reinforced by gunmen from a Zimbabwean gang known as the Mashurugwi.", "Mashurugwi"),
    ('A younger faction calling itself Tighri n Tmurt ("the call of the land") split from the MAK.',
     "Tighri n Tmurt"),
    ("Katibah Lore, a JAD cell in Palu, is run by Hendra Lamasi.", "Katibah Lore"),
    ("The boat crew Geng Togean ferried them.", "Geng Togean"),
    ("The Gendarmerie Nationale sent two squadrons to Ihosy.", "Gendarmerie Nationale"),
], ids=["named-after-known-as-the", "berber-particle-inside-a-name", "katibah-lead-word", "malay-geng-lead-word",
        "capitalised-postposed-adjective"])
def test_groups_name_after_a_naming_cue_or_lead_word(extract, text, name):
    assert name in [m[0] for m in mentions(extract(text)) if m[1] == "GROUP"]


@pytest.mark.parametrize(("text", "name"), [
    ("The Stray Dogs MC has become the logistics arm of the clan.", "Stray Dogs MC"),
    ("Its money comes largely from the Ruma Syndicate.", "Ruma Syndicate"),
], ids=["motorcycle-club", "syndicate-head"])
def test_groups_name_headed_by_a_club_or_syndicate(extract, text, name):
    assert name in [m[0] for m in mentions(extract(text)) if m[1] == "GROUP"]


def test_groups_capitalised_adjective_inside_a_longer_name_is_no_name_of_its_own(extract):
    records = extract("He led the youth league of the ruling Conseil National pour la Défense de la Démocratie.")
    assert "Conseil National" not in [m[0] for m in mentions(records)]


CRIME_FAMILIES = [
    ("crime-family-in-a-crime-brief", CRIME + "The Pesce family has vowed revenge.", {"Pesce family"}),
    ("crime-clan-and-its-bare-name", CRIME + "The Piromalli clan runs the port. Piromalli men load ships.",
     {"Piromalli clan", "Piromalli"}),
    ("crew-after-a-hyphenated-place", CRIME + "The Durrës-based Hasanaj crew buys in bulk.", {"Hasanaj crew"}),
    ("a-crime-familys-other-noun", CRIME + "The Hasanaj clan feuds. Police vowed to dismantle the Hasanaj network.",
     {"Hasanaj clan", "Hasanaj network"}),
    ("family-outside-a-crime-brief", "The Assad family ruled Syria for five decades.", set()),
    ("clan-in-a-crime-sentence", "Police detained four men suspected of moving cocaine for the Skaljari clan.",
     {"Skaljari clan"}),
    ("clan-where-clans-are-communities", CRIME + "Tribal elders said the Jaafar clan was split.", set()),
    ("a-clan-is-a-kind-not-a-name", CRIME + "Los Trinos, a Casavalle clan, grew.", {"Los Trinos"}),
    ("common-word-before-family", CRIME + "Smaller family networks aligned with one side.", set()),
    ("business-forum-fronting-a-racket", CRIME + "The Sizwe Bonke Economic Forum (SBEF) extorts contractors.",
     {"Sizwe Bonke Economic Forum", "SBEF"}),
    ("taxi-association-in-a-crime-brief", CRIME + "Gunmen of the Cape Amalgamated Taxi Association shot two drivers.",
     {"Cape Amalgamated Taxi Association"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CRIME_FAMILIES], ids=[c[0] for c in CRIME_FAMILIES])
def test_groups_crime_family_named_by_its_name_in_a_crime_brief(extract, text, expected):
    groups = {m["text"] for e in extract(text) if e["kind"] == "entity" and e["label"] == "GROUP"
              for m in e["mentions"] if m["via"] != "coref"}
    assert groups & ({"Pesce family", "Piromalli clan", "Piromalli", "Hasanaj crew", "Hasanaj clan", "Hasanaj network",
                      "Assad family", "Skaljari clan",
                      "Jaafar clan", "Casavalle clan", "Los Trinos", "Smaller family", "Sizwe Bonke Economic Forum",
                      "SBEF", "Cape Amalgamated Taxi Association"}) == expected


def test_groups_crime_family_in_the_plural_is_that_family(extract):
    records = extract(CRIME + "The Rizzuto family runs the port. The Rizzutos deny it.")
    names = {m["text"]: e["name"] for e in records if e["kind"] == "entity" and e["label"] == "GROUP"
             for m in e["mentions"]}
    assert names.get("Rizzutos") == "Rizzuto family"


@pytest.mark.parametrize(("text", "names"), [
    ("The Kobe Yamaguchi-gumi and the Sumiyoshi-kai met the Shimada-ikka in Osaka.",
     {"Kobe Yamaguchi-gumi", "Sumiyoshi-kai", "Shimada-ikka"}),
    (CRIME + "The feud between the Daltonlar and the Casperlar goes on; the Genç Daltonlar recruit boys.",
     {"Daltonlar", "Casperlar", "Genç Daltonlar"}),
    ("The Daltonlar are a family of collectors in this ordinary history of the town.", set()),
    ("Several satellite clubs, chief among them the Red Devils, sell for the chapter.", {"Red Devils"}),
    ("The Nomads, the elite Hells Angels chapter that Maurice Boucher founded, remain strong.",
     {"Nomads", "Hells Angels"}),
    ("For decades the Gendarmerie and the police fought the PKK.", {"Gendarmerie", "PKK"}),
    ("A splinter calling itself Kikosi cha Rovuma answers to the insurgents.", {"Kikosi cha Rovuma"}),
    ("Residents fear the self-styled Ghost Riders, who appeared in June.", {"Ghost Riders"}),
    ('The group appointed a wali of its self-styled "Hamrin sector" last year.', set()),
    ("The High Council of Beja Nazirs has moved to open recruitment.", {"High Council of Beja Nazirs"}),
    ("The Beja Congress, the region's oldest party, has denounced the council.", {"Beja Congress"}),
    ("The Beja Congress met on Sunday.", set()),
    ("Hakimi, the drone operator, was killed.", set()),
    ("Mr Kamau, a one-man lobby, spoke again.", set()),
], ids=["japanese-organisation-endings", "turkish-plural-gang-names-in-a-crime-brief",
        "turkish-plural-outside-a-crime-brief", "plural-animal-or-devil-head", "chapter-in-apposition-past-a-listed-name",
        "bare-gendarmerie-after-the", "swahili-joiner-inside-a-name", "self-styled-names-a-body",
        "quoted-name-longer-than-its-capitals", "council-of-a-peoples-title-holders",
        "party-word-with-a-party-apposition", "party-word-alone-is-an-institution",
        "operator-is-a-persons-noun-too", "titled-person-in-apposition"])
def test_groups_names_by_ending_plural_head_or_apposition(extract, text, names):
    # names only: a description that stands for one ('the chapter') is the references' business
    assert {m[0] for m in mentions(extract(text)) if m[1] == "GROUP" and m[3] != "coref"} == names


def test_groups_names_listed_before_a_plural_family_noun_are_each_a_family(extract):
    records = extract(CRIME + "The alliance rests on the Contini, Licciardi and Mallardo clans. An accountant "
                      "close to the Licciardi manages its cocaine money.")
    groups = {e["name"]: [m["text"] for m in e["mentions"] if m["via"] != "coref"] for e in records
              if e["kind"] == "entity" and e["label"] == "GROUP"}
    assert groups == {"Contini": ["Contini"], "Licciardi": ["Licciardi", "Licciardi"], "Mallardo": ["Mallardo"]}


@pytest.mark.parametrize("text", [
    "The Italian and Albanian clans share the cocaine trade.",
    "The Secondigliano and Ponticelli clans share the cocaine trade.",
    "Two clans, the Contini and the Licciardi, share the trade.",
], ids=["demonyms", "places", "no-plural-noun-after-the-list"])
def test_groups_listed_family_names_need_names_before_the_noun(extract, text):
    listed = [m for e in extract(CRIME + text) if e["kind"] == "entity" for m in e["mentions"]
              if m["rule"] == "shape.group_listed_family"]
    assert listed == []


def test_groups_listed_family_names_may_open_with_a_particle(extract):
    records = extract(CRIME + "The alliance rests on the Di Lauro, Licciardi and Mallardo clans.")
    listed = {m["text"] for e in records if e["kind"] == "entity" for m in e["mentions"]
              if m["rule"] == "shape.group_listed_family"}
    assert listed == {"Di Lauro", "Licciardi", "Mallardo"}


def test_groups_capitalised_particle_opens_a_family_name(extract):
    records = extract(CRIME + "The Di Lauro clan has clashed with the Amato-Pagano clan over drug dealing.")
    names = {e["name"] for e in records if e["kind"] == "entity" and e["label"] == "GROUP"}
    assert "Di Lauro clan" in names


def test_groups_whole_bracket_after_a_group_is_its_other_name(extract):
    records = extract("The newest actor is the Amu Front (Jabha-ye Amu), which surfaced in Takhar.")
    groups = [(e["name"], sorted(m["text"] for m in e["mentions"] if m["via"] != "coref")) for e in records
              if e["kind"] == "entity" and e["label"] == "GROUP"]
    assert groups == [("Amu Front", ["Amu Front", "Jabha-ye Amu"])]


@pytest.mark.parametrize(("text", "name"), [
    ("It keeps in contact with remnants of The Base, a militia.", "The Base"),
    ("The Base, a militia, keeps in contact.", "Base"),
    ("Key Judgments o The Nightwatch Brigade, a militia, will grow.", "Nightwatch Brigade"),
], ids=["inside-a-sentence", "opening-a-sentence", "after-a-bullet-letter"])
def test_groups_capital_the_is_part_of_a_name_only_inside_a_sentence(extract, text, name):
    assert [e["name"] for e in extract(text) if e["kind"] == "entity" and e["label"] == "GROUP"] == [name]


def test_groups_acronym_of_two_words_after_a_comma_in_parentheses_is_the_group(extract):
    records = extract("The Free Cause Party (Hür Dava Partisi, HÜDA PAR) won seats. HÜDA PAR backs the AKP.")
    party = [e for e in records if e["kind"] == "entity" and e["name"] == "Free Cause Party"]
    assert [m["text"] for m in party[0]["mentions"]] == [
        "Free Cause Party", "Hür Dava Partisi", "HÜDA PAR", "HÜDA PAR"]


CRIME = "The racket runs extortion, drug trafficking, cocaine smuggling, gangs and mafia money laundering. "


def test_groups_three_hyphenated_families_in_a_crime_brief_are_one_group(extract):
    records = extract(CRIME + "The Moretti-Pellegrino-Lanza, long led by Rocco Moretti, extorts farms.")
    groups = [(m["text"], m["rule"]) for e in records if e["kind"] == "entity" and e["label"] == "GROUP"
              for m in e["mentions"]]
    assert groups == [("Moretti-Pellegrino-Lanza", "shape.group_family_chain")]


@pytest.mark.parametrize("text", [
    CRIME + "Cocaine moves along the Colombia-Venezuela-Caribbean route every week.",
    CRIME + "Couriers ride the Foggia-Bari-Lecce line at night.",
], ids=["a-chain-holding-a-state", "a-chain-before-a-way-noun"])
def test_groups_hyphenated_places_are_no_family_chain(extract, text):
    assert [m["rule"] for e in extract(text) if e["kind"] == "entity"
            for m in e["mentions"] if m["rule"] == "shape.group_family_chain"] == []


def test_groups_particle_and_name_end_a_family_chain(extract):
    records = extract(CRIME + "The Lombardi-Ricucci-La Torre runs Manfredonia.")
    assert [e["name"] for e in records if e["kind"] == "entity" and e["label"] == "GROUP"] == [
        "Lombardi-Ricucci-La Torre"]


def test_groups_italian_batteria_after_a_surname_is_a_crime_family(extract):
    records = extract(CRIME + "Nicola Scarlatella broke away. The Scarlatella batteria arms the youths.")
    assert [(e["label"], e["name"]) for e in records if e["kind"] == "entity"] == [
        ("PERSON", "Nicola Scarlatella"), ("GROUP", "Scarlatella batteria")]


def test_groups_first_word_of_a_listed_two_word_name_is_that_group(extract):
    """'Haqqani' after the listed Haqqani Network: a list's name headed by a network, front or
    party word is written by its first word alone, as a shaped one is."""
    found = [(m[0], m[2]) for m in mentions(extract("The Haqqani Network grew. Since then Haqqani has raided the post."))]
    assert ("Haqqani", "Haqqani Network") in found


def test_groups_english_words_ending_a_longer_name_are_no_group_of_their_own(extract):
    """'Vanguard gunmen' in a brief naming the Red Light Vanguard: the words stand alone elsewhere,
    but they end a longer name, so they are its short name, not a group named by its members."""
    records = extract("The Red Light Vanguard broke away in 2024. In 2025 Vanguard gunmen attacked a stash house. "
                      "Vanguard, which grew, denies it.")
    assert "Vanguard" not in [e["name"] for e in records if e["kind"] == "entity"]


def test_groups_capital_the_after_a_comma_is_the_names_own(extract):
    records = extract("LeT keeps operating through its front brand, The Resistance Front (TRF), we assess.")
    assert "The Resistance Front" in {m["text"] for e in records if e["kind"] == "entity" for m in e["mentions"]}


def test_groups_name_with_a_sects_descriptor_and_without_it_are_one_group(extract):
    """'the Shia Coordination Framework' then 'the Coordination Framework': one group, and its head
    alone ('Framework leaders') is its short name."""
    records = extract("The Shia Coordination Framework will decide. Within days the Coordination Framework "
                      "declared itself the largest bloc, and Framework leaders met.")
    names = {e["name"]: [m["text"] for m in e["mentions"] if m["via"] != "coref"]
             for e in records if e["kind"] == "entity" and e["label"] == "GROUP"}
    assert names == {"Shia Coordination Framework": ["Shia Coordination Framework", "Coordination Framework",
                                                     "Framework"]}


def test_groups_acronym_after_a_list_of_names_defines_the_last(extract):
    """'GERB, BSP-United Left and There Is Such a People (ITN)': the acronym spells none of the
    list whole; it is the last name's."""
    records = extract("The cabinet of GERB, BSP-United Left and There Is Such a People (ITN) fell. ITN left.")
    itn = [e for e in records if e["kind"] == "entity" and "ITN" in [m["text"] for m in e["mentions"]]]
    assert [e["name"] for e in itn] == ["There Is Such a People"]


@pytest.mark.parametrize(("text", "name"), [
    ("The Africa Marine Commando (AMC) struck a tanker.", "Africa Marine Commando"),
    ("The Sri Lanka Podujana Peramuna (SLPP) lost the vote.", "Sri Lanka Podujana Peramuna"),
], ids=["continent-first", "state-inside"])
def test_groups_acronym_of_a_name_opening_with_a_given_name_stays_a_group(extract, text, name):
    groups = [e["name"] for e in extract(text) if e["kind"] == "entity" and e["label"] == "GROUP"]
    assert groups == [name]


@pytest.mark.parametrize(("text", "found"), [
    ("Jacob Zuma's uMkhonto weSizwe (MK) won in KwaZulu-Natal. Zuma says MK will grow.", ["MK", "MK"]),
    ("The MK line runs north of the port. MK trucks carried the ore.", []),
], ids=["named-party", "no-party-named"])
def test_groups_short_name_listed_with_context_needs_it(extract, text, found):
    """'MK' is uMkhonto weSizwe's short name only in a brief that names the party or Zuma."""
    assert [m[0] for m in mentions(extract(text)) if m[0] == "MK"] == found


def test_groups_plural_first_word_of_a_name_before_a_preposition_is_that_group(extract):
    """'the Motorists' after the Motorists for Themselves: the plural that opens the name."""
    records = extract("He chose the Motorists for Themselves, a party whose chairman, Petr Macinka, spoke. "
                      "The Motorists are the less predictable partner.")
    assert [m[0] for m in mentions(records) if m[1] == "GROUP"] == ["Motorists for Themselves", "Motorists"]


@pytest.mark.parametrize(("text", "found"), [
    ("The CGT has threatened a general strike if the Senate passes the bill.", ["CGT"]),
    ("CONAIE vowed to block the roads.", ["CONAIE"]),
    ("Vicente Sotto III has promised that the chamber would act.", []),
    ("The IMF has promised a new programme.", []),
], ids=["has-threatened", "vowed", "a-name's-number", "intergovernmental-body"])
def test_groups_acronym_that_commits_itself_is_a_group(extract, text, found):
    assert [m[0] for m in mentions(extract(text)) if m[1] == "GROUP"] == found


def test_groups_persons_own_party_keeps_the_acronym_of_its_language(extract):
    """'Tomio Okamura's Freedom and Direct Democracy (SPD)': the acronym spells the Czech name."""
    records = extract("He chose Tomio Okamura's Freedom and Direct Democracy (SPD) as a partner. The SPD agreed.")
    assert {m[0] for m in mentions(records) if m[2] == "Freedom and Direct Democracy"} == \
        {"Freedom and Direct Democracy", "SPD"}


@pytest.mark.parametrize(("text", "found"), [
    ("Deputies from Mekenim Kyrgyzstan, the party most closely identified with the president, sit in the chamber.",
     ["Mekenim Kyrgyzstan"]),
    ("He flew from Osh Kyrgyzstan, the city of his birth, to Moscow.", []),
], ids=["apposition-calls-it-a-party", "apposition-calls-it-a-city"])
def test_groups_foreign_word_before_a_state_named_a_party_is_the_party(extract, text, found):
    assert [m[0] for m in mentions(extract(text)) if m[1] == "GROUP" and m[3] != "coref"] == found


def test_groups_institution_word_name_defined_and_described_as_a_lobby_is_a_group(extract):
    """'Initiative' names programmes too; an apposition calling the defined name a lobby that
    someone co-chairs says it is a body that acts."""
    records = extract("The Cyprus Crossings Initiative (CCI), a bicommunal business lobby co-chaired by Eleni "
                      "Hadjipetrou, has pressed both leaders.")
    assert {m[0] for m in mentions(records) if m[1] == "GROUP"} == {"Cyprus Crossings Initiative", "CCI"}


def test_groups_defined_name_described_as_a_platform_that_acts_is_a_group(extract):
    records = extract("He co-founded the Constitutional Kuwait Initiative (CKI), a small exile platform that has "
                      "denounced the revocations.")
    assert {m[0] for m in mentions(records) if m[1] == "GROUP"} == {"Constitutional Kuwait Initiative", "CKI"}


@pytest.mark.parametrize(("text", "found"), [
    ("Polls put Reform UK ahead. It is unclear whether Plaid Cymru rather than Reform finishes first. "
     "Reform, for its part, has vowed to scrap the limit.", ["Reform UK", "Reform", "Reform"]),
    ("Polls put Reform UK ahead. Reform of the pension system is overdue.", ["Reform UK"]),
], ids=["written-alone-inside-a-sentence", "only-opening-a-sentence"])
def test_groups_ordinary_word_of_a_party_named_with_its_state_is_its_short_name(extract, text, found):
    """'Reform' after Reform UK: only once the brief writes the word alone, capitalised, where no
    sentence start explains the capital."""
    assert sorted(m[0] for m in mentions(extract(text)) if m[1] == "GROUP" and m[3] != "coref") == sorted(found)


def test_groups_learnt_name_replaces_a_shape_that_read_part_of_it(extract):
    """'Your Party' from a table of parties; its sentence's apposition had read only 'Party'."""
    records = extract("Party | Share\nReform UK | 29\nYour Party | 3\n\n"
                      "Your Party, the outfit launched by Jeremy Corbyn, is competing for votes.")
    groups = [m[0] for m in mentions(records) if m[1] == "GROUP" and m[3] != "coref"]
    assert "Party" not in groups and groups.count("Your Party") == 2


@pytest.mark.parametrize(("text", "found"), [
    ("Party | Share\nGreen Party | 15\nYour Party | 3\n\nThe Greens and Your Party have held informal talks.",
     ["Green Party", "Greens", "Your Party", "Your Party"]),
    ("Gang | Area\nOne Order | Spanish Town\n\nThe police must hold the town as Army and One Order consolidate.",
     ["One Order", "One Order"]),
], ids=["other-half-a-name-of-its-own", "other-half-an-organisation-word"])
def test_groups_shape_joined_by_and_to_a_name_given_alone_is_two_groups(extract, text, found):
    assert sorted(m[0] for m in mentions(extract(text)) if m[1] == "GROUP" and m[3] != "coref") == sorted(found)


@pytest.mark.parametrize(("text", "found"), [
    ("The Sombrero Movement grew.\n\nFrom a Murder to a Movement\n\nThe Movement has vowed to run.",
     ["Sombrero Movement", "Movement"]),
    ("The Sindh Rangers patrol Karachi. A Rangers convoy was ambushed.", ["Sindh Rangers", "Rangers"]),
], ids=["indefinite-article-names-no-one", "indefinite-article-before-a-noun-the-name-qualifies"])
def test_groups_head_reference_after_an_indefinite_article(extract, text, found):
    assert sorted(m[0] for m in mentions(extract(text)) if m[1] == "GROUP" and m[3] != "coref") == sorted(found)


@pytest.mark.parametrize(("text", "actors"), [
    ("The AIVD, the General Intelligence and Security Service, has warned that Russia maps cables.", 1),
    ("The Rohingya Solidarity Organisation (RSO) and ARSA clashed. Leaders of ARSA, the RSO, the Arakan "
     "Rohingya Army (ARA) and smaller factions met.", 3),
], ids=["apposition-spells-the-acronym-out", "a-list-of-groups"])
def test_groups_name_in_apposition_after_an_acronym_is_the_same_group(extract, text, actors):
    groups = {e["id"] for e in extract(text) if e["kind"] == "entity" and e["label"] == "GROUP"}
    assert len(groups) == actors


@pytest.mark.parametrize(("text", "group"), [
    ("He was arrested by USKOK, the anti-corruption prosecutor, in May.", True),
    ("Trains stopped. HTSA, the state rail operator, has committed to new safety systems.", True),
    ("He was arrested by Kovač, the chief prosecutor, in May.", False),
    ("Frontex, the border agency, warned.", False),
], ids=["acronym-apposed-to-a-prosecutor", "acronym-apposed-to-an-operator", "surname-apposed-to-a-prosecutor",
        "word-apposed-to-an-agency"])
def test_groups_apposition_a_person_could_have_names_a_group_only_after_an_acronym(extract, text, group):
    assert any(m[1] == "GROUP" for m in mentions(extract(text))) is group


def test_groups_short_name_after_the_coordinated_with_a_listed_party_is_a_group(extract):
    """'the League and Forza Italia': the brief names Forza Italia alone too, so 'the League' is a
    party of its own, found again later."""
    records = extract("Italian politics is tense. Italy votes. Forza Italia backs the reform. The coalition of "
                      "Brothers of Italy, the League and Forza Italia will survive. Salvini, whose League casts "
                      "every ruling as an attack, spoke.")
    assert [m[0] for m in mentions(records) if m[2] == "League"] == ["League", "League"]


def test_groups_english_word_before_party_not_alone_where_the_brief_uses_the_word(extract):
    """'labour costs': the brief uses the word, so 'Labour' alone is no party."""
    records = extract("The Labour Party won. Voters backed Labour again, citing labour costs.")
    assert "Labour" not in [m[0] for m in mentions(records) if m[1] == "GROUP"]


def test_groups_english_name_before_a_listed_acronym_in_brackets_is_its_name(extract):
    """'the Greens (MDG)': the list knows MDG, whose letters are not the name's; 'Greens' is its name."""
    records = extract("Norway votes. Norwegian talks need the Greens (MDG). The Greens have vowed to block it.")
    assert sorted(m[0] for m in mentions(records) if m[2] == "Green Party" and m[3] != "coref") == [
        "Greens", "Greens", "MDG"]


def test_groups_english_name_before_a_listed_group_in_brackets_is_its_name(extract):
    """'the Left (Levica)': the list knows Levica; 'the Left' is the same party, found again."""
    records = extract("Slovenia votes. Slovenian politics: the Left (Levica) must clear the threshold. The Left has "
                      "vowed to stay out.")
    assert sorted(m[0] for m in mentions(records) if m[2] == "The Left" and m[3] != "coref") == [
        "Left", "Left", "Levica"]


@pytest.mark.parametrize(("text", "short"), [
    ("The Union of Greens and Farmers (ZZS) will position itself. The Greens and Farmers still back New Unity.",
     ["Greens and Farmers"]),
    ("Haiti and the Dominican Republic met. The Army of the Dominican Republic (ERD) moved two battalions.", []),
], ids=["words-after-of-written-alone", "a-states-name-after-of"])
def test_groups_words_after_a_head_first_names_of_are_its_short_name(extract, text, short):
    """(and a state's name after 'of' stays the state's where written alone)"""
    found = mentions(extract(text))
    assert [m[0] for m in found if m[1] == "GROUP" and m[3] != "coref" and " of " not in m[0]
            and m[0] not in {"ZZS", "ERD"}] == short
    assert all(m[1] == "STATE" for m in found if m[0] == "Dominican Republic")


@pytest.mark.parametrize("text", [
    "Slovenia Votes: A Fragmented Field and a Kingmaker in Waiting\n\nThe election is near.",
    "Seat projection\n\nParty Seats (range)\nSDS 30-36\n\nThe election is near.",
], ids=["state-and-word-in-a-title-case-headline", "table-header-of-a-head-and-a-plural"])
def test_groups_headings_that_look_like_names_are_no_groups(extract, text):
    assert [m[0] for m in mentions(extract(text)) if m[1] == "GROUP" and m[3] == "shape"] == []


def test_groups_party_familys_names_are_one_party(extract):
    records = extract("The election left parliament split. The Tories lost seats and the Conservatives blamed the vote.")
    parties = {m["text"]: e["id"] for e in records if e["kind"] == "entity" for m in e["mentions"]
               if m["text"] in {"Tories", "Conservatives"}}
    assert len(parties) == 2 and len(set(parties.values())) == 1


@pytest.mark.parametrize(("text", "names"), [
    ("The People's Progressive Party/Civic (PPP/C) won. The PPP/C has promised to spend more.",
     {"People's Progressive Party/Civic": ["People's Progressive Party/Civic", "PPP/C", "PPP/C"]}),
    ("The Alliance Fleuve Congo (AFC) and the M23 merged. The AFC/M23 seized Uvira.",
     {"Alliance Fleuve Congo": ["Alliance Fleuve Congo", "AFC"], "M23": ["M23"], "AFC/M23": ["AFC/M23"]}),
    ("The Hamas/government line held.", {"Hamas": ["Hamas"]}),
    ("Uganda let the M23/Goma authorities act.", {"M23": ["M23"]}),
], ids=["capital-word-after-a-slash", "two-names-glued-are-one-pair", "lower-case-word-after-a-slash",
        "place-after-a-slash"])
def test_groups_slash_glues_a_capitalised_word_to_the_name_before_it(extract, text, names):
    groups = {e["name"]: [m["text"] for m in e["mentions"]] for e in extract(text)
              if e["kind"] == "entity" and e["label"] == "GROUP"}
    assert groups == names


@pytest.mark.parametrize(("text", "found"), [
    ("Output rose. ExxonMobil operates the Stabroek block. Its partner sued ExxonMobil.",
     [("ExxonMobil", "shape.group_acting_brand"), ("ExxonMobil", "shape.repeat")]),
    ("A claim in which ExxonMobil sought to block the deal failed.", [("ExxonMobil", "shape.group_acting_brand")]),
    ("PetroChina shares fell in May.", []),
    ("Ron DeSantis has said more.", []),
    ("PetroCaribe was a scheme. GranMorgu remains on schedule.", []),
    ("PlugX has been used by the intruders.", []),
    ("PlugX infected 300 machines.", []),
], ids=["verb-with-an-object", "past-form", "noun-after-the-brand", "surname-prefix", "copulas-of-projects",
        "passive-of-a-tool", "past-form-before-a-count"])
def test_groups_word_with_an_inner_capital_before_a_verb_acts(extract, text, found):
    records = extract(text)
    assert [(m["text"], m["rule"]) for e in records if e["kind"] == "entity" and e["label"] == "GROUP"
            for m in e["mentions"] if m["via"] != "coref"] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Junts per Catalunya (Junts) is unlikely to restore its support. Junts voted no.",
     [("Junts per Catalunya", "shape.group_short_named"), ("Junts", "alias.bracket_name"),
      ("Junts", "alias.bracket_name")]),
    ("The Junts per Catalunya (Junts) deputies voted no.",
     [("Junts per Catalunya", "shape.group_short_named"), ("Junts", "alias.bracket_name")]),
    ("Maria Corina Machado (Maria) spoke.", []),
], ids=["catalan-name-and-its-first-word", "after-the-article", "given-name-in-brackets"])
def test_groups_name_with_its_own_first_word_in_brackets_is_a_body(extract, text, found):
    records = extract(text)
    assert [(m["text"], m["rule"]) for e in records if e["kind"] == "entity" and e["label"] == "GROUP"
            for m in e["mentions"] if m["via"] != "coref"] == found


def test_groups_initials_of_the_first_words_in_brackets_name_the_group(extract):
    records = extract("National needs New Zealand First (NZ First) to govern. NZ First polls at seven per cent.")
    groups = {e["name"]: [m["text"] for m in e["mentions"] if m["via"] != "coref"] for e in records
              if e["kind"] == "entity" and e["label"] == "GROUP"}
    assert groups["New Zealand First"] == ["New Zealand First", "NZ First", "NZ First"]


def test_groups_initials_in_a_bracketed_short_name_are_no_acronym_of_their_own(extract):
    records = extract("National needs New Zealand First (NZ First) to govern. NZ troops stay home.")
    assert not any(m["text"] == "NZ" for e in records if e["kind"] == "entity" and e["name"] == "New Zealand First"
                   for m in e["mentions"])


def test_groups_party_family_word_after_an_adjective_opening_a_sentence_is_no_party(extract):
    records = extract("The election to parliament is near and the Labour Party leads the vote for the cabinet. "
                      "New Labour won in 1997.")
    assert [m[0] for m in mentions(records) if m[1] == "GROUP"] == ["Labour Party"]
