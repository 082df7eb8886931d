"""People no list names (components/person_names.py and the people pass): each rule's positive
cases, and the capitalised words that must not become people."""

from __future__ import annotations

import pytest

from tests.conftest import mentions

POSITIVE = [
    ("given-name", "Talks stalled after Luckson Elan raided the town.", [("Luckson Elan", "shape.person_given_name")]),
    ("regnal-number-inside-the-name", "Prince Heinrich XIII Reuss stands trial. Reuss denies it.",
     [("Heinrich XIII Reuss", "shape.person_given_name"), ("Reuss", "surname.repeat")]),
    ("sentence-adverb-before-an-apposition", "However, a small successor cell, calling itself Saraya Ahrar, "
     "has grown. Rami Saleh leads it.", [("Rami Saleh", "shape.person_given_name")]),
    ("title-before-two-words", "Sheriff Dale Whitacre of Cutler County openly backs the network.",
     [("Dale Whitacre", "alias.title")]),
    ("title-that-is-a-given-name-before-one-word", "Delta State Governor Sheriff Oborevwori has sided with the group.",
     [("Sheriff Oborevwori", "alias.role")]),
    ("guide-as-a-title", "The London front is headed by acting General Guide Salah Abdel Haq.",
     [("Salah Abdel Haq", "alias.role")]),
    ("plural-word-that-is-a-surname-after-a-given-name", "Richard Chambers, who has led the police since "
     "2024, has committed the force.", [("Richard Chambers", "shape.person_given_name")]),
    ("given-name-hyphen", "The bloc of Gabriel Jean-Pierre grew.", [("Gabriel Jean-Pierre", "shape.person_given_name")]),
    ("given-name-particle", "Fighters loyal to Abdelaziz al-Hilu advanced.",
     [("Abdelaziz al-Hilu", "shape.person_given_name")]),
    ("kunya", "The brigade of Abu Aqla Kayka defected.", [("Abu Aqla Kayka", "shape.person_given_name")]),
    ("given-name-spanish-particles", "Abelardo de la Espriella promises an offensive.",
     [("Abelardo de la Espriella", "shape.person_given_name")]),
    ("title-father", "Its leader, Father Augustin Diamacoune Senghor, died in 2007.",
     [("Augustin Diamacoune Senghor", "alias.role")]),
    ("title-with-elect", "President-elect José Antonio Kast has vowed to act.",
     [("José Antonio Kast", "alias.role")]),
    ("title-qari", "Fighters loyal to Qari Shamsher Gul advanced.", [("Shamsher Gul", "alias.title")]),
    ("quoted-nickname-without-comma", 'The army chief, General Nimcaan Yusuf Osman "Gaaxnuug", sent troops.',
     [("Nimcaan Yusuf Osman", "alias.role"), ("Gaaxnuug", "alias.nickname")]),
    ("surname-a-shape-took-for-a-group", "Nnamdi Kanu was convicted. The Kanu loyalists blame Ekpa's men.",
     [("Nnamdi Kanu", "shape.person_given_name"), ("Kanu", "surname.repeat")]),
    ("initials-before-a-word-also-common", "K.P. Sharma Oli's party retains a base. Oli resigned.",
     [("K.P. Sharma Oli", "shape.person_initials"), ("Oli", "surname.repeat")]),
    ("regnal-number-ending-the-name", "Kwame Mensah II vowed to fight.",
     [("Kwame Mensah II", "shape.person_given_name")]),
    ("initials-opening-two-words", "The quarrel with J. Fonati Koffa has gone quiet. Koffa denies it.",
     [("J. Fonati Koffa", "shape.person_initials"), ("Koffa", "surname.repeat")]),
    ("given-name-title-before-an-initial", "Their chief of staff, Major General Prince C. Johnson III, spoke.",
     [("Prince C. Johnson III", "shape.person_title")]),
    ("title", "Envoys met Senior General Than Htay in Naypyidaw.", [("Than Htay", "alias.role")]),
    ("title-shape", "Envoys met Archbishop Than Htay in Naypyidaw.", [("Than Htay", "shape.person_title")]),
    ("title-one-word", "Sanctions on General Zemene followed.", [("Zemene", "shape.person_title")]),
    ("title-of-state", "Secretary of State Zerdo Pell spoke to reporters.", [("Zerdo Pell", "shape.person_title")]),
    ("speech-verb", "Rubio said the talks would stay open.", [("Rubio", "shape.person_context")]),
    ("speech-verb-unknown-one-word", "Kanyuka said the rebels would stay.", []),
    ("who", "Police detained Mahrang Zurbi, who leads the committee.", [("Mahrang Zurbi", "shape.person_context")]),
    ("apposition-role", "Jeeyand Zurbi, the group's spokesman, spoke.", [("Jeeyand Zurbi", "shape.person_context")]),
    ("role-before", "Its chairman, Peng Daxun, stayed silent.", [("Peng Daxun", "alias.role")]),
    ("name-title-after-a-role-in-apposition", "Its president, Archbishop Daniel Okoh, spoke.",
     [("Daniel Okoh", "alias.role")]),
    ("family-name-first-before-a-hyphenated-given-name", "Defence Minister Ahn Gyu-back met Yeo In-hyung. Yeo "
     "has refused to testify.", [("Ahn Gyu-back", "alias.role"), ("Yeo In-hyung", "shape.person_given_name"),
                                  ("Yeo", "surname.repeat")]),
    ("kin-noun-before", "His eldest daughter, Dariga Zhumabay, gave up her seat.",
     [("Dariga Zhumabay", "alias.role")]),
    ("role-of-a-body-before", "The National Security Committee (KNB) is feared. His successor at the KNB, "
     "Ermek Sagimbay, ran the guard service.", [("Ermek Sagimbay", "alias.role")]),
    ("administration", "Aid was cut by the Tromp Administration last year.", [("Tromp", "shape.person_administration")]),
    ("nickname", 'Forces of Jimmy Dagalo, known as "Bobodi," advanced. Bobodi later denied it.',
     [("Jimmy Dagalo", "shape.person_given_name"), ("Bobodi", "alias.nickname"), ("Bobodi", "alias.nickname")]),
    ("surname-after-particle", "Abdel Karim al-Burhami flew to Cairo. Burhami then returned.",
     [("Abdel Karim al-Burhami", "shape.person_given_name"), ("Burhami", "surname.repeat")]),
    ("coordinated", "The squad named Marco Pell, Gabriel Dorn, Saimir Malko and Nevil Dede.",
     [("Marco Pell", "shape.person_given_name"), ("Gabriel Dorn", "shape.person_given_name"),
      ("Nevil Dede", "shape.person_coordinated"), ("Saimir Malko", "shape.person_coordinated")]),
    ("age", "Mussolini, 33, resigned from parliament.", [("Mussolini", "shape.person_context")]),
    ("title-inside-run", "East Timorese Roman Catholic Bishop Carlos Belo left Dili.",
     [("Carlos Belo", "shape.person_given_name")]),
    ("shared-surname-means-the-first-named",
     "Khalifa Haftar named his son Saddam Haftar as deputy. Haftar has ruled the east since 2014.",
     [("Khalifa Haftar", "pattern.gazetteer"), ("Saddam Haftar", "alias.role"), ("Haftar", "surname.first_holder")]),
    ("listed-persons-own-word-over-an-unlisted-relatives-surname",
     "President Azali Assoumani spoke. His son, Nour El Fath Azali, runs the government. Azali insists on it.",
     [("Azali Assoumani", "pattern.gazetteer"), ("Nour El Fath Azali", "alias.role"), ("Azali", "surname.first_holder")]),
    ("shared-surname-of-a-people-stays-unresolved",
     "Allah Nazar Baloch leads the BLF. Police detained Mahrang Baloch, who leads the committee. "
     "Baloch activists were jailed. Baloch has vowed revenge.",
     [("Allah Nazar Baloch", "shape.person_given_name"), ("Mahrang Baloch", "shape.person_context")]),
    ("role-of-after-comma", "Legesse Tulu, head of the Government Communication Service, told reporters.",
     [("Legesse Tulu", "shape.person_context")]),
    ("office-title-words-before-name", "Deputy Defence Minister Yunus-Bek Yevkurov visited.",
     [("Yunus-Bek Yevkurov", "alias.role")]),
    ("given-name-alone-after-full-name",
     "Its strongest wing, under Bakura Doro, operates from islands. Bakura has vowed to fight, and the Bakura "
     "faction's raids continue.",
     [("Bakura Doro", "shape.person_context"), ("Bakura", "surname.given_name"), ("Bakura", "surname.given_name")]),
    ("hyphenated-surname", "Alix Didier Dorval-Aimé took office. Dorval-Aimé promised elections.",
     [("Alix Didier Dorval-Aimé", "shape.person_given_name"), ("Dorval-Aimé", "surname.repeat")]),
    ("listed-after-plural-role",
     "Initiative lies with field commanders such as Egianus Zurbo in Nduga, Undius Zurbo in Intan Jaya and "
     "Lekagak Telenggo in Puncak.",
     [("Egianus Zurbo", "shape.person_context"), ("Undius Zurbo", "shape.person_context"),
      ("Lekagak Telenggo", "shape.person_context")]),
    ("role-co-chair", "Party co-chair Tuncer Bakırhan said the party would not serve.",
     [("Tuncer Bakırhan", "alias.role")]),
    ("name-stops-before-a-capital", "Its leader Bafel Talabani Ankara has long accused of harbouring rebels.",
     [("Bafel Talabani", "alias.role")]),
    ("place-surname-closed-by-the-apposition-comma", "A party spokeswoman, Nilda Sacramento Lima, said it "
     "would wait.", [("Nilda Sacramento Lima", "alias.role")]),
    ("weekday-surname-after-a-given-name", "The government of Prime Minister Godwin Friday will hold. Friday "
     "has vowed to hire officers. On Friday the talks resumed.",
     [("Godwin Friday", "shape.person_title"), ("Friday", "surname.repeat")]),
    ("weekday-after-a-listed-name-is-a-date", "Prime Minister Abiy Ahmed Monday pledged to hold talks.",
     [("Abiy Ahmed", "pattern.gazetteer")]),
    ("portfolio-after-minister-of-ends-at-a-given-name", "Minister of National Security Wayne Munroe said so.",
     [("Wayne Munroe", "shape.person_given_name")]),
    ("title-as-a-role-before-an-apposition", "The Crown Prince, Al-Muhtadee Billah, takes on more state business.",
     [("Al-Muhtadee Billah", "alias.title")]),
    ("surname-in-the-headline-before-the-full-name",
     "Machal's Detention Pushes the Deal to the Brink\n\nPresident Salva Kiir detained Riek Machal in March.",
     [("Machal", "surname.repeat"), ("Riek Machal", "shape.person_given_name"), ("Salva Kiir", "pattern.gazetteer")]),
    ("generational-suffix", "General Romeo Brawnel Jr. said the rebels were weak. Brawnel added more.",
     [("Romeo Brawnel Jr.", "alias.role"), ("Brawnel", "surname.repeat")]),
    ("initials", "The group, led by P.S. Haokop, signed the pact.", [("P.S. Haokop", "shape.person_initials")]),
    ("iberian-first-surname-alone", "Police arrested Nery Cáceres Brítez in March. Cáceres supplies the gang.",
     [("Nery Cáceres Brítez", "shape.person_given_name"), ("Cáceres", "surname.repeat")]),
    ("iberian-first-surname-after-an-unlisted-given-name",
     "The cell is led by Abundio Loera Quiñones. Loera addressed residents directly.",
     [("Abundio Loera Quiñones", "alias.led_by"), ("Loera", "surname.repeat")]),
    ("iberian-first-surname-after-two-given-names",
     "The ACSN is led by Jesús María Aguirre Gallego. Aguirre broke with the splinter.",
     [("Jesús María Aguirre Gallego", "alias.led_by"), ("Aguirre", "surname.repeat")]),
    ("last-name-wins-over-a-middle-name",
     "Nery Cáceres Brítez spoke first. Then Luis Cáceres replied. Cáceres was angry.",
     [("Nery Cáceres Brítez", "shape.person_given_name"), ("Luis Cáceres", "shape.person_given_name"),
      ("Cáceres", "surname.repeat")]),
    ("led-by-its-head-role", "The party, led by its ameer Shafiqur Rahman, won seats.",
     [("Shafiqur Rahman", "alias.led_by")]),
    ("state-word-as-surname-after-a-given-name", "The chairman and his wife, Wilma Austria, died in 2022.",
     [("Wilma Austria", "shape.person_given_name")]),
    ("religious-title-after-a-role", "Sunni cleric Molavi Abdolhamid Zahedi criticised the raids.",
     [("Abdolhamid Zahedi", "alias.role")]),
    ("state-word-after-a-title-is-a-given-name", "Defence Minister Israel Katz ordered the army to stay.",
     [("Israel Katz", "alias.title")]),
    ("second-name-after-alias", "Three days later Takkalapa Vasudera Rao, alias Rupesh, left.",
     [("Takkalapa Vasudera Rao", "shape.person_context"), ("Rupesh", "alias.nickname")]),
    ("role-owned-by-a-name", "Washington wants a deal. Massad Boulis, Trump's senior adviser, flew in.",
     [("Massad Boulis", "shape.person_context")]),
    ("member-in-apposition", "Misir Besrah, a Central Committee member, hides.", [("Misir Besrah", "shape.person_context")]),
    ("english-word-particle-only-when-glued", "The cadres surrendered before Chief Minister Devendra Fadnavis at "
     "Gadchiroli.", [("Devendra Fadnavis", "alias.role")]),
    ("regnal-number", "Talks began after King Abdallah IV spoke.", [("Abdallah IV", "shape.person_title")]),
    ("plural-role-in-apposition", "Their foreign ministers, Arafat Mirzo and Jeyhun Bayram, initialled a treaty.",
     [("Arafat Mirzo", "shape.person_context"), ("Jeyhun Bayram", "shape.person_context")]),
    ("owner-of-a-government", "Politics did the rest. Paetongtarn Shinawat's coalition government fell.",
     [("Paetongtarn Shinawat", "shape.person_context")]),
    ("apposition-with-a-hyphenated-modifier", "Samvel Karapet, a Russian-Armenian billionaire, launched a movement.",
     [("Samvel Karapet", "shape.person_context")]),
    ("quoted-second-name-in-commas", 'The militia that Luis Braga, "Zinho", led has allied with the faction.',
     [("Luis Braga", "shape.person_given_name"), ("Zinho", "alias.nickname")]),
    ("quoted-second-name-in-parentheses", 'Former commander Andrei Troshko ("Sedoi") recruits for it.',
     [("Andrei Troshko", "alias.role"), ("Sedoi", "alias.nickname")]),
    ("known-as-two-names", "Mallojula Rao, a member known in the movement as Sonu or Bhupathi, wrote a letter.",
     [("Mallojula Rao", "shape.person_context"), ("Sonu", "alias.nickname"), ("Bhupathi", "alias.nickname")]),
    ("police-rank-is-a-title", "Chief Constable Jon Boutcherr vowed to stay. Detective Inspector John Caldwel was shot.",
     [("Jon Boutcherr", "alias.role"), ("John Caldwel", "alias.title")]),
    ("honorific-of-another-language", "The chairman, Pu Zing Cung, spoke. A circle around Ustadz Bahrul Ilmi "
     "rejects it.", [("Zing Cung", "alias.role"), ("Bahrul Ilmi", "alias.title")]),
    ("naval-and-karen-titles", "Commodore Terrence Boodram spoke. Padoh Saw Kwe Htoo Win has said so.",
     [("Terrence Boodram", "alias.title"), ("Saw Kwe Htoo Win", "alias.title")]),
    ("senior-before-a-rank-is-the-title", "Senior General Than Myint Oo has offered an amnesty.",
     [("Than Myint Oo", "alias.role")]),
    ("sardar-and-monsignor-are-titles", "Sardar Imdad Ali Chachar withdrew. Monsignor Eliecer Sanabria Rojas spoke.",
     [("Imdad Ali Chachar", "alias.title"), ("Eliecer Sanabria Rojas", "alias.title")]),
    ("kachalla-is-a-title", "Kachalla Audu Karfe has refused to deal with them.", [("Audu Karfe", "alias.title")]),
    ("role-glossed-in-brackets-before-the-name", "Its ato kilonser (prime minister), Hutoli Yepthomi, told a rally.",
     [("Hutoli Yepthomi", "alias.role")]),
    ("call-sign-of-an-unnamed-person", 'A Legion spokesman using the call sign "Caesar" has vowed to fight on.',
     [("Caesar", "alias.call_sign")]),
    ("rank-abbreviations-the-tokenizer-splits", "The army's spokesman, Maj. Gen. Lul Ruai Koang, said it would respond.",
     [("Lul Ruai Koang", "alias.title")]),
    ("rear-admiral-is-a-title", "The navy is led by Rear Admiral Jaime Orozco Vidal.",
     [("Jaime Orozco Vidal", "alias.led_by")]),
    ("mallam-is-a-title", "Its commander, Mallam Idris Yahaya, runs a network.", [("Idris Yahaya", "alias.role")]),
    ("name-before-a-bracketed-quoted-nickname", 'The crew broke away when Klodian Marku ("Pelikani") began selling.',
     [("Klodian Marku", "shape.bracketed_nickname_name"), ("Pelikani", "alias.nickname")]),
    ("translated-name-in-brackets-is-no-nickname", 'The Gölge Çocukları ("Shadow Kids") recruit boys.', []),
    ("goes-by-right-after-the-name", 'Its leader Kevin Alexis Bautista goes by "Perro Loco" in the barrio.',
     [("Kevin Alexis Bautista", "alias.role"), ("Perro Loco", "alias.nickname")]),
    ("two-surnames-joined-by-e", "Prime Minister Ulisses Correia e Silva spoke. Correia e Silva leads the party.",
     [("Ulisses Correia e Silva", "pattern.gazetteer"), ("Correia e Silva", "surname.repeat")]),
    ("two-surnames-joined-by-a-particle", "Senator Cristina Fernández de Kirchner spoke. Fernández de Kirchner "
     "leads the party.", [("Cristina Fernández de Kirchner", "pattern.gazetteer"),
                          ("Fernández de Kirchner", "surname.repeat")]),
    ("malay-office-before-a-name", "Johor Menteri Besar Onn Hafiz Ghazi said the state would act.",
     [("Onn Hafiz Ghazi", "alias.title")]),
    ("name-after-the-late", "The party, founded by the late Akilisi Pohiva, holds seats.",
     [("Akilisi Pohiva", "shape.person_context")]),
    ("glottal-stop-inside-a-surname", "Former Prime Minister Fiamē Naomi Mata'afa keeps her authority.",
     [("Fiamē Naomi Mata'afa", "alias.role")]),
    ("surname-with-an-apostrophe", "General Horta N'Tam took power. N'Tam has promised an election.",
     [("Horta N'Tam", "alias.role"), ("N'Tam", "surname.repeat")]),
    ("apposition-after-a-role-of-a-named-body", "In May 2025 the general secretary of the Communist Party of "
     "India (Maoist), Nambala Keshava Rao, was killed.", [("Nambala Keshava Rao", "shape.person_context")]),
    ("member-role-word-in-apposition", "Ashadli Hassen, a senior Prosperity Party figure, ruled out talks.",
     [("Ashadli Hassen", "shape.person_context")]),
    ("alias-with-no-name-before-it-and-its-later-use", 'The front is run by a former finance chief known by the '
     'alias "Chamizo". Chamizo has promised to buy every harvest.',
     [("Chamizo", "alias.call_sign"), ("Chamizo", "alias.call_sign")]),
    ("two-unknown-words-whose-second-is-written-alone", "He worked for associates of Ridouan Taghi before Taghi "
     "was sentenced.", [("Ridouan Taghi", "shape.person_echo"), ("Taghi", "surname.repeat")]),
    ("given-name-also-a-towns-before-a-surname-written-alone-twice", "Polls put Nigel Farage's party ahead. "
     "Later, Farage has promised to go. Starmer accused Farage of lying.",
     [("Nigel Farage", "shape.person_echo"), ("Farage", "surname.repeat"), ("Farage", "surname.repeat")]),
    ("dutch-particles-van-den", "The FDF, chaired by Mark van den Oever, has threatened to bring tractors back.",
     [("Mark van den Oever", "alias.led_by")]),
    ("welsh-particle-ap", "Plaid's leader, Rhun ap Iorwerth, has ruled out a deal.",
     [("Rhun ap Iorwerth", "alias.role")]),
    ("author-line-with-a-job-and-no-cue", "ISSUE BRIEF No. 12\n\nMeghna Sethi, Senior Fellow, Internal Security "
     "Programme\n\nKey Takeaways\n- The talks stalled.", [("Meghna Sethi", "shape.person_context")]),
    ("named-as-before-a-comma", "Police identified the gunman as Ali Hassan Musa, a former soldier.",
     [("Ali Hassan Musa", "alias.named_as")]),
    ("trade-noun-heading-an-apposition", "Police charged Arash Kazemi, a Manchester car dealer, with surveillance.",
     [("Arash Kazemi", "shape.person_context")]),
    ("role-after-a-trade-noun-vouches-for-one-word", "Balen, the rapper-turned-mayor whose posts spread, spoke.",
     [("Balen", "shape.person_context")]),
    ("object-of-a-verb-done-to-people", "In 2024 Canada expelled Vikash Yadav over the plot.",
     [("Vikash Yadav", "shape.person_context")]),
    ("role-owned-by-a-name-of-two-words", "The faction broke with Abimael Guzmán, Shining Path's founder, in 1992.",
     [("Abimael Guzmán", "shape.person_context")]),
    ("filipino-particle-inside-a-name", "Senator Ronald dela Rosa, who headed the police, said so.",
     [("Ronald dela Rosa", "alias.role")]),
    ("given-name-before-an-industry-word", "David Steel said the party would vote.",
     [("David Steel", "shape.person_given_name")]),
    ("surname-that-is-no-longer-an-industry-word", "Dore Gold, Israel's former envoy to the UN, spoke.",
     [("Dore Gold", "shape.person_context")]),
    ("former-role-with-no-article", "Gabrijela Žalac, former regional development minister, was charged.",
     [("Gabrijela Žalac", "shape.person_context")]),
    ("whip-in-apposition", '"We are not leaving," Krešimir Matić, the DP whip in the Sabor, told reporters.',
     [("Krešimir Matić", "shape.person_context")]),
    ("role-with-a-modifier-of-a-body", "Tilvin Silva, general secretary of the JVP, backed the budget.",
     [("Tilvin Silva", "shape.person_context")]),
    ("relative-named-before-the-family-member-the-brief-introduces", "The CID charged Yoshitha Rajapaksa in "
     "March. Mahinda Rajapaksa, his father, denied it.",
     [("Yoshitha Rajapaksa", "shape.person_given_surname"), ("Mahinda Rajapaksa", "shape.person_given_name")]),
    ("whom-after-the-name", "Officials met Bark Savaya, whom Trump appointed envoy, in Baghdad.",
     [("Bark Savaya", "shape.person_context")]),
    ("common-word-given-name-opening-a-vouched-sentence", "Mark Savaya, who arrived in May, met the envoys.",
     [("Mark Savaya", "shape.person_context")]),
    ("institution-word-surname-after-given-names", "Ana Paola Hall, who holds the third seat, signed.",
     [("Ana Paola Hall", "shape.person_given_name")]),
    ("given-name-that-is-a-body-word", "Its coordinator, Sena Akue-Goeh, was questioned.",
     [("Sena Akue-Goeh", "shape.person_given_name")]),
    ("byline-list-of-authors", "Bulgaria Heads for Another Snap Election\nAuthors: Desislava Marinova, Kamen Yotov"
     "\n\nThe cabinet fell.", [("Desislava Marinova", "shape.person_context"), ("Kamen Yotov", "shape.person_context")]),
    ("byline-given-name-also-a-place", "Rival Militias Outpace the Police\nBy Ngozi Terkula Adamu, Gurara Centre"
     "\n\nThe raids went on.", [("Ngozi Terkula Adamu", "shape.person_context")]),
    ("byline-publisher-after-the-author-is-no-person", "Tillaberi's Two Jihads\nBy Mariama Okonjo, Kestrel Sahel "
     "Observatory\n\nThe raids went on.", [("Mariama Okonjo", "shape.person_given_name")]),
    ("byline-title-after-the-author-is-no-person", "Sinaloa's Civil War Has No Exit\nBy Daniela Ortiz Whitfield, "
     "Senior Correspondent\n\nThe war went on.", [("Daniela Ortiz Whitfield", "shape.person_given_name")]),
    ("judges-title-before-a-name", "Ramaphosa appointed retired Constitutional Court justice Mbuyiseli "
     "Madlanga to head it.", [("Mbuyiseli Madlanga", "alias.role")]),
    ("trade-noun-before-one-word", "Protests followed the arrest of the rapper Aamron in May.",
     [("Aamron", "shape.person_context")]),
    ("surname-before-the-full-name-owning-a-cabinet", "The fall of the Zhelyazkov cabinet was sudden. "
     "Rosen Zhelyazkov, a GERB deputy, resigned.",
     [("Zhelyazkov", "surname.repeat"), ("Rosen Zhelyazkov", "pattern.gazetteer")]),
    ("initials-in-brackets-after-a-whole-name", "Trump pardoned Juan Orlando Hernández (JOH) in December. "
     "JOH returned.", [("Juan Orlando Hernández", "shape.person_given_name"), ("JOH", "alias.nickname"),
                       ("JOH", "alias.nickname")]),
]

NEGATIVE = [
    ("headline", "Haiti: Gangs Tighten Grip as Transition Stalls"),
    ("role-of-no-actor-before-a-firm", "Head of Political Risk, Kilele Advisory\n\nThe police cracked down."),
    ("given-name-before-an-ordinary-word-in-a-headline",
     "Road, Rail and Rivalry: Afar-Issa Violence on Ethiopia's Lifeline to the Sea\n\nThe road stays shut."),
    ("ordinary-first-word", "Later reports said little."),
    ("era-after-the-late", "The town grew in the late Ottoman Empire."),
    ("place-with-a-word-of-a-malay-office", "Floods hit Aceh Besar Regency."),
    ("letter-of-a-reference-list", "REF: A. Harmattan SITREP 131, Fezzan border dynamics, 12 FEB 2026"),
    ("letter-of-a-dashed-list", "- C. Transnational consolidation (very unlikely, 10%): the gangs merge."),
    ("place-word-before-a-word-written-alone-once", "Fighting spread from Bahia Markha to the coast. Markha "
     "fell in May."),
    ("author-line-job-in-lower-case", "Kerro Dambe, senior fellow at the time, left.\n\nThe talks stalled."),
    ("speech-verb-before-without-quote", "Officials told Naypyidaw nothing."),
    ("common-word-name", "Grant money was cut."),
    ("institution", "The Ministry said nothing."),
    ("calendar", "On Monday March talks resumed."),
    ("group-words", "The Sudan Shield Forces said it would fight."),
    ("company", "Action Performance Cos Inc said it would buy the firm."),
    ("company-one-word", "Newmont said it would match the offer."),
    ("object-of-told", "Officials told Reuters the talks had failed."),
    ("place-after-in", "The army pushed into Intan Jaya in May."),
    ("initials-of-an-institution", "The U.N. Mission left the town."),
    ("state-owns-a-government", "Thailand's government fell in August."),
    ("common-words-opening-a-sentence-before-who", "Will Grant, who arrived in May, met the envoys."),
    ("office-title-alone", "The talks stalled, said Maharashtra Chief Minister."),
    ("name-between-the-and-a-group-noun", "Raids by the Yan Sa Kai vigilantes grew."),
    ("plural-group-head", "After the raid the Six Federations blocked the highway, the Six Federations said."),
    ("place-named-after-a-titled-man", "Crowds filled Sardar Patel Stadium and blocked King Fahd Road."),
    ("alias-of-no-person", 'The network trades under the alias "Golden Crescent". Golden Crescent ships opium.'),
    ("role-of-places-before-a-list", "The governor of Borno, Yobe and Adamawa states met in Abuja."),
    ("role-of-a-body-across-a-verb", "The leader of the Arakan Army said, Rakhine Voice reported, that talks failed."),
    ("place-whose-second-word-is-written-alone", "Convoys leave Nuevo Laredo daily. Laredo is calm."),
    ("ordinary-words-whose-second-is-written-alone", "The Silent Hand cell grew. Hand signals spread."),
    ("clause-in-brackets-before-a-place", "Under the deal (approved by the interior minister), Port Sudan will host it."),
    ("body-head-ends-no-name", "A businessman chairs the Nam Ngao Special Economic Zone in Bokeo province."),
    ("object-of-a-verb-done-to-people-before-a-noun", "Police arrested Tren Kapak members in May."),
    ("one-word-before-a-trade-noun", "Payments went through Promsvyazbank, a state-owned lender, in May."),
    ("company-before-a-noun-of-no-trade", "Payments went through Meridian Trading, a cover for the IRGC, in May."),
    ("company-after-a-verb-done-to-companies-too", "Authorities questioned Meridian Shipping over the payments."),
    ("place-noun-ending-like-a-trade", "Traffic on the Pando Sabah, a trade corridor, fell."),
    ("named-as-words-before-a-plural-noun", "Washington sanctioned eight men it described as Black Axe financiers."),
    ("institution-word-after-a-given-name-with-no-person-cue", "The gang shot at George Street members in May."),
    ("byline-cue-before-a-date", "By January, Rival Forces had left the town."),
    ("company-named-for-its-industry-said-to-speak", "Unrest could return if Tata Steel confirms job losses."),
]


def _people(records):
    return sorted((m["text"], m["rule"]) for e in records if e["kind"] == "entity" and e["label"] == "PERSON"
                  for m in e["mentions"] if m["via"] != "coref")


@pytest.mark.parametrize(("text", "expected"), [p[1:] for p in POSITIVE], ids=[p[0] for p in POSITIVE])
def test_person_names_found(extract, text, expected):
    assert _people(extract(text)) == sorted(expected)


@pytest.mark.parametrize("text", [n[1] for n in NEGATIVE], ids=[n[0] for n in NEGATIVE])
def test_person_names_not_people(extract, text):
    assert _people(extract(text)) == []


def test_person_names_first_name_alone_not_taken_from_a_longer_name(extract):
    """'Addis Ababa' ends with the first word of 'Ababa Sharo' but is the capital; 'If Isaias' is his."""
    records = extract("A faction under Ababa Sharo, a former GPDM commander, declared the accord void. Addis Ababa "
                      "accuses the Sudanese Armed Forces of arming them. Isaias Afwerki rules Eritrea. Meanwhile "
                      "Isaias has vowed to fight on.")
    people = [m["text"] for e in records if e["kind"] == "entity" and e["label"] == "PERSON" for m in e["mentions"]]
    assert "Ababa" not in people and people.count("Isaias") == 1


def test_person_names_shared_surname_means_the_one_a_list_knows(extract):
    """Saddam Haftar is named first, but 'Haftar' alone is his father, whom a list knows."""
    text = ("Saddam Haftar has promised Chad help. Field Marshal Khalifa Haftar, now 82, has handed over. "
            "Partners see Haftar as the only partner.")
    assert [(t, name) for t, label, name, via in mentions(extract(text)) if t == "Haftar"] == [("Haftar", "Khalifa Haftar")]


def test_person_names_shared_surname_is_not_a_relative_brought_in_by_kinship(extract):
    """A list knows Muammar Gaddafi, but the brief brings him in as Hannibal's father."""
    text = ("Hannibal Gaddafi was freed in Lebanon. His father, Muammar Gaddafi, was killed in 2011. "
            "Gaddafi now lives in Beirut.")
    assert [name for t, label, name, via in mentions(extract(text)) if t == "Gaddafi"] == ["Hannibal Gaddafi"]


def test_person_names_titled_surname_is_the_person_named_in_full(extract):
    """'President Kast' after 'José Antonio Kast' is him, not a second person called Kast."""
    text = "The president-elect, José Antonio Kast, spoke. President Kast met the army. Kast's plan is bold."
    assert {name for t, label, name, via in mentions(extract(text)) if label == "PERSON"} == {"José Antonio Kast"}


def test_person_names_family_name_first_is_the_surname_alone(extract):
    """'Bao Youxiang' is written family name first, so 'Bao' alone is him; not 'El' of a nickname."""
    text = "Bao Youxiang leads the UWSA. Bao, now in his late seventies, may step aside."
    assert [(t, name) for t, label, name, via in mentions(extract(text)) if t == "Bao"] == [("Bao", "Bao Youxiang")]


def test_person_names_religious_title_is_outside_the_name(extract):
    assert [t for t, label, _, _ in mentions(extract("Pir Zaheerul Hassan Shah spoke in Lahore.")) if label == "PERSON"] \
        == ["Zaheerul Hassan Shah"]


def test_person_names_unknown_given_name_before_a_vouched_surname(extract):
    """'Kemar' is in no lexicon; 'Whyte, who led the gang' vouches for the surname, so the
    earlier 'Kemar Whyte' is the person's full name."""
    text = "The killing of Kemar Whyte on October 9 has shattered the gang. Whyte, who led the gang, was shot."
    people = [(e["name"], [m["text"] for m in e["mentions"]]) for e in extract(text)
              if e["kind"] == "entity" and e["label"] == "PERSON"]
    assert people == [("Kemar Whyte", ["Kemar Whyte", "Whyte"])]


def test_person_names_role_in_apposition_vouches_for_an_unknown_name(extract):
    text = "The LMPS arrested 23 suspects, but its commissioner, Borotho Matsoso, conceded that officers are afraid."
    assert [t for t, label, _, _ in mentions(extract(text)) if label == "PERSON"] == ["Borotho Matsoso"]


def test_person_names_titled_word_after_in_is_a_town(extract):
    """'a rally in Sultan Kudarat', 'in General Santos': towns named for a title holder."""
    found = [t for t, label, _, _ in mentions(extract("Murad Ebrahim spoke at a rally in Sultan Kudarat in September."))
             if label == "PERSON"]
    assert found == ["Murad Ebrahim"]


def test_person_names_titled_owner_after_a_locative_stays_a_person(extract):
    found = [t for t, label, _, _ in mentions(extract("The army massed troops near President Kiir's compound."))
             if label == "PERSON"]
    assert found == ["Kiir"]


def test_person_names_quoted_nickname_with_the_comma_inside_the_quotes(extract):
    """'Ismael Zambada García, "El Mayo," is': American punctuation puts the comma in the quotes."""
    records = extract('La Mayiza is loyal to Ismael Zambada García, "El Mayo," who is jailed. El Mayo still rules it.')
    found = {(m["text"], e["name"]) for e in records if e["kind"] == "entity" for m in e["mentions"]}
    assert ("El Mayo", "Ismael Zambada García") in found


def test_person_names_quoted_nickname_between_given_name_and_surname(extract):
    """'Deon "Tjokkie" Abrahams' is one name; 'Abrahams' alone is that person."""
    records = extract('The faction is run by Deon "Tjokkie" Abrahams. Abrahams was released in 2024.')
    people = {(m["text"], e["name"]) for e in records if e["kind"] == "entity" and e["label"] == "PERSON"
              for m in e["mentions"]}
    assert people == {('Deon "Tjokkie" Abrahams', 'Deon "Tjokkie" Abrahams'), ("Abrahams", 'Deon "Tjokkie" Abrahams')}


@pytest.mark.parametrize(("text", "name"), [
    ("Azamat Beishenaly uulu spoke on Monday.", "Azamat Beishenaly uulu"),
    ("Its director, Makhabat Tazhibek kyzy, has warned journalists.", "Makhabat Tazhibek kyzy"),
], ids=["name-shape", "after-a-role"])
def test_person_names_turkic_patronymic_ends_the_name(extract, text, name):
    assert [m[0] for m in mentions(extract(text)) if m[1] == "PERSON"] == [name]


@pytest.mark.parametrize(("text", "found"), [
    ("Jordan Bardella has promised to cut taxes. Bardella leads the party.", ["Jordan Bardella", "Bardella"]),
    ("Israel Katz said the army would stay.", ["Israel Katz"]),
    ("Tourists visit the Jordan Valley. Jordan Valley farms are dry.", []),
    ("Kenya Kwanza won the vote.", []),
], ids=["surname-written-alone-elsewhere", "speech-verb-vouches", "place-word-after", "no-evidence"])
def test_person_names_state_name_as_a_given_name(extract, text, found):
    """'Jordan Bardella': a state's name that is also a given name opens a person's name when
    the brief vouches for one."""
    assert [m[0] for m in mentions(extract(text)) if m[1] == "PERSON" and m[3] != "coref"] == found


def test_person_names_name_after_party_of_is_its_leaders(extract):
    records = extract("Levica, the nationalist-left party of Dimitar Apasiev, sides with Mickoski.")
    assert "Dimitar Apasiev" in [m[0] for m in mentions(records) if m[1] == "PERSON"]


@pytest.mark.parametrize(("text", "found"), [
    ("WHO'S WHO\nMusallam al-Barrak: former MP, founding figure of the movement", ["Musallam al-Barrak"]),
    ("Paletwa: an ally's occupation\nThe town fell in 2024.", []),
], ids=["name-and-role", "one-word-heading"])
def test_person_names_whos_who_line_opens_with_a_name(extract, text, found):
    """'Musallam al-Barrak: former MP, ...': a name opening a line before a colon and a role."""
    assert [m[0] for m in mentions(extract(text)) if m[1] == "PERSON"] == found


@pytest.mark.parametrize(("text", "person", "state"), [
    ("Prime Minister Luis Montenegro's government will survive. Montenegro, who also chairs the PSD, spoke.",
     2, 0),
    ("Madhav Kumar Nepal met Oli. The pass, which Nepal claims as its own, is shut.", 1, 1),
], ids=["who-after-the-state-word", "a-state-speaks-too"])
def test_person_names_state_word_ending_a_full_name_is_the_person_where_a_person_is_meant(extract, text, person,
                                                                                        state):
    """'Montenegro, who also chairs the PSD' is the prime minister named in full before; 'which
    Nepal claims' is the state, though a man is named Madhav Kumar Nepal."""
    records = extract(text)
    people = [m for e in records if e["kind"] == "entity" and e["label"] == "PERSON" for m in e["mentions"]
              if m["via"] != "coref"]
    states = [m for e in records if e["kind"] == "entity" and e["label"] == "STATE" for m in e["mentions"]
              if m["via"] != "coref"]
    assert (len(people), len(states)) == (person, state)


def test_person_names_saints_name_is_no_persons_given_name(extract):
    records = extract("Activist John Mussington condemned the clearances. St John's has committed to tighter checks.")
    assert ("John", "surname.given_name") not in _people(records)
