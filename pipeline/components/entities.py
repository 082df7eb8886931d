"""briefs_entities: GROUP, STATE and PERSON mentions resolved to canonical actors.

The passes, each in its own module, in order:
1. the gazetteer (``surfaces.py``): every surface of patterns/entities and patterns/generated,
   looked up as folded words, with the group name shapes of ``groups.py`` competing for the
   same tokens (longest first, then hand-written over generated over name shape);
2. definitions in the text (``definitions.py``): acronyms, former names, 'known as';
3. people introduced by a role, a title or a verb of leading (``people.py``);
4. surnames: a person named in full is found again by surname (``people.py``).

Every mention keeps the id of the rule that made it (``Mention.rule``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from itertools import compress
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from pipeline.components.actors import Actor, Mention, covered_tokens, ensure_extensions, write_actors, write_mentions
from pipeline.components.alliances import family_chains
from pipeline.components.definitions import Definitions, merge
from pipeline.components.groups import (
    ARTICLES,
    CALENDAR,
    PASSIVE_LED,
    PLACE_NOUNS,
    POSSESSIVES,
    SINGULAR_IN_S,
    SPANISH_ARTICLES,
    GroupShapes,
    acting_cues,
    lo_of,
)
from pipeline.components.metonyms import Capitals
from pipeline.components.names import Found, Learnt, boundary_ok, merged_refs, resolved, shaped_group
from pipeline.components.people import People
from pipeline.components.persist import SavedState
from pipeline.components.person_names import PersonNames
from pipeline.components.surfaces import Entry, GazetteerIndex
from pipeline.components.tables import cell_is_name, table_name_cells
from pipeline.components.tokens import QUOTES, TablesOf, TokenTable
from pipeline.patterns import (
    EntityPattern,
    PatternBundle,
    claim_lemmas,
    context_words,
    head_roles,
    lexicon_words,
    required,
    slug,
)
from pipeline.read.dates import MONTHS
from pipeline.read.lines import one_line

# a party's or faction's qualifier in parentheses is an adjective ('Maoist', 'Democratic',
# 'Provisional', 'Revolutionary', 'Independent'); a name there ('Polri', 'Koops Habema') is a short form
QUALIFIER_ENDINGS = ("ist", "ic", "al", "ary", "ive", "ite", "ent")

ORIGIN_RANK = {"hand": 0, "generated": 1, "party": 2, "shape": 3}
# a state's initials that open its commands' and forces' names ('US Central Command', 'UK Royal Navy')
STATE_INITIALS = frozenset({"US", "UK"})
# words before a name's last word that make it a complement, not a head ('Republic of Ichkeria')
COMPLEMENT_WORDS = frozenset({"of", "a", "an", "the", "for", "and", "in", "on", "to"})
# the pattern file of the parties kept from Party Facts (pipeline/gazetteer/parties.py)
PARTY_FILE = "parties.jsonl"
PARTY_ORIGIN = "party"
DASHES = frozenset({"-", "\u2013", "\u2014"})
# the pronouns that, later in its sentence, say an acting name is a body's or a person's
IT_WORDS = frozenset({"it", "its", "itself"})
PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "himself", "herself"})
# prepositions before a word that make it a place's name somewhere in the brief ('in Maguing')
ACTING_PLACE_WORDS = frozenset({"in", "at", "near", "from", "around", "outside", "across", "into", "to"})
# endings of adjectives and of peoples' names, which act for no organisation ('Albanians vowed')
ACTING_NOT_NAMES = ("ian", "ese", "ish", "ists", "ans", "ers", "ous", "ive", "ical")
# surname prefixes after which a capital opens the rest of a person's name ('McAllister', 'MacArthur')
SURNAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz", "O'")


def _compound_brand(word: str) -> bool:
    """'QatarEnergy', 'ExxonMobil': a capital after three letters or more joins two words into a
    company's or a brand's name, which no person's is (not 'DeSantis', 'MacArthur')."""
    return any(ch.isupper() for ch in word[3:]) and not word.startswith(SURNAME_PREFIXES)


def _in_a_longer_name(t: TokenTable, word: str, *, acronyms: bool) -> bool:
    """Whether the brief writes ``word`` somewhere inside a longer capitalised name, a capital
    word (or, with ``acronyms``, an acronym) right before or after it ('Fonati Koffa', 'JD Vance',
    'ExxonMobil Guyana'): a surname's or a name's part, not a name of its own."""
    n = len(t.text)
    return any(j + 1 < n and t.cap[j + 1] and t.alpha[j + 1]
               or j > lo_of(t, j) and (t.cap[j - 1] or acronyms and t.acro[j - 1]) and t.alpha[j - 1]
               for j in t.where("text", {word}))


# words before a weekday or a month that make it a date ('on Friday', 'last March', 'by June')
DATE_WORDS = frozenset({"on", "last", "next", "this", "every", "each", "by", "until", "till", "since", "from",
                        "early", "late", "mid", "in", "that", "following", "previous", "before", "after",
                        "through", "of", "good", "black", "and", "or", "for", "between", "to", "said", "says",
                        "announced"})
# verbs whose object, in a relative clause, is what someone leads ('who leads Vente Venezuela')
LED_VERBS = frozenset({"leads", "led", "heads", "headed", "chairs", "chaired", "founded", "co-founded"})
# parts of a group a capitalised name may qualify ('a new Mob chapter'): its own, not a kind's
PART_NOUNS = frozenset({"chapter", "chapters", "faction", "factions"})
VIA_RANK = {"name": 0, "demonym": 1, "capital": 2}


@Language.factory(
    "briefs_entities",
    assigns=["doc.ents", "doc._.actors", "doc.spans"],
    default_config={"min_name_words": 2, "max_name_words": 5},
)
def make_entities(nlp: Language, name: str, *, min_name_words: int, max_name_words: int) -> EntityResolver:
    return EntityResolver(nlp, name, min_name_words=min_name_words, max_name_words=max_name_words)


class EntityResolver(SavedState):
    def __init__(self, nlp: Language, name: str, *, min_name_words: int, max_name_words: int):
        ensure_extensions()
        self.nlp = nlp
        self.name = name
        self.min_name_words = min_name_words
        self.max_name_words = max_name_words
        self.tables = TablesOf(nlp)
        self.ready = False

    # ------------------------------------------------------------------ initialise
    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None, patterns: Any) -> None:
        """``patterns`` is the PatternBundle from the ``briefs.patterns.v1`` loader."""
        nlp = nlp or self.nlp
        self.actors: dict[str, Actor] = {}
        self.entries: dict[int, list[Entry]] = defaultdict(list)
        self.index = GazetteerIndex(patterns.spelling)
        self.tokens = Matcher(nlp.vocab, validate=True)

        def words(name: str, key: str, lower: bool = True) -> set[str]:
            return {w.lower() if lower else w for w in lexicon_words(patterns, name, key)}

        self.learnt = learnt = Learnt(nlp)
        self.sentence_adverbs = frozenset(lexicon_words(patterns, "people", "sentence_adverbs"))
        # (not "'s": 'ExxonMobil's operations' owns, it does not act)
        # (nor a copula: 'GranMorgu remains on schedule', 'PetroCaribe was a scheme' are a project's)
        self.copulas = frozenset(words("clauses", "be") | words("clauses", "linking_verbs"))
        self.brand_verbs = frozenset(w for w in words("clauses", "auxiliaries") | words("people", "verbs_in_s")
                                     if w.isalpha()) - self.copulas
        self.irregular_pasts = frozenset(words("clauses", "irregular_participles"))  # 'sought', 'held'
        # (a determiner after a word in -s or -ed makes it a brand's verb: 'operates the block')
        self.determiners = frozenset(words("clauses", "determiners"))
        places = required(patterns, "places")
        place_keys = frozenset(places.places) | frozenset(places.capitals)
        self.people = People(places=frozenset(places.capitals), roles=words("people", "roles"),
                             plural_roles=words("people", "plural_roles"), head_roles=head_roles(patterns),
                             titles=words("people", "titles", lower=False),
                             led_by=words("people", "led_by"), named_as=words("people", "named_as"),
                             named_nouns=words("people", "named_nouns"),
                             particles=words("people", "particles"),
                             # an organisation's head word is no person's ('General Intelligence Service')
                             not_names=words("people", "not_names") | words("groups", "heads")
                             | words("groups", "state_unit_heads"),
                             glued_particles=words("people", "glued_particles"),
                             given_name_titles=words("people", "given_name_titles", lower=False),
                             name_titles=words("people", "name_titles", lower=False),
                             facility_words=frozenset(words("groups", "institution_words", lower=False)),
                             min_words=self.min_name_words, max_words=self.max_name_words,
                             known=self.actors, learnt=learnt, verbs_in_s=words("people", "verbs_in_s"),
                             kin_nouns=words("people", "kin_nouns"),
                             office_titles=words("people", "office_titles", lower=False),
                             office_heads=words("people", "office_heads", lower=False),
                             early_surname_followers=words("people", "early_surname_followers"),
                             patronymic_words=words("people", "patronymic_words"))
        casing = required(patterns, "casing").words
        self.groups = GroupShapes(patterns.lexicon["groups"], casing, place_keys, patterns.spelling,
                                  frozenset(patterns.lexicon["people"]["roles"]),
                                  office_heads=frozenset(patterns.lexicon["people"]["office_heads"]))
        self.table_headers = dict(patterns.lexicon["groups"]["table_name_headers"])
        self.table_tails = frozenset(patterns.lexicon["groups"]["table_name_tails"])
        self.table_summaries = frozenset(w.casefold() for w in patterns.lexicon["groups"]["table_summary_rows"])
        self.person_names = PersonNames(names=required(patterns, "names"), casing=casing,
                                        lexicon=patterns.lexicon["people"], particles=self.people.particles,
                                        roles=self.people.roles, groups=self.groups, variants=self.index.variants,
                                        places=place_keys, capitals=frozenset(places.capitals))
        self.definitions = Definitions(former=words("definitions", "former_name_cues"),
                                       joiners=words("definitions", "name_joiners"),
                                       particles=self.people.particles, learnt=learnt,
                                       name_at=self.people.name_at, institution_at=self.groups.institution_at,
                                       security_agency=self.groups.security_agency,
                                       igo_acronyms=self.groups.igo_acronyms,
                                       possessive_joins=self.groups.possessive_joins,
                                       sentence_case_joiners=words("definitions", "sentence_case_joiners"),
                                       place_heads=frozenset(words("definitions", "place_heads", lower=False)),
                                       false_friends=frozenset(patterns.false_friends),
                                       org_heads=self.groups.heads | self.groups.head_first,
                                       agency_heads=self.groups.state_unit_heads,
                                       english=self.groups.english, is_place=self.groups.is_place,
                                       descriptors=self.groups.descriptors,
                                       is_name_word=self.person_names.is_name_word,
                                       safe_given=self.person_names.safe_given,
                                       org_nouns=frozenset(self.groups.org_nouns) | self.groups.apposition_heads,
                                       listed_name=self._listed_name, party=self._party,
                                       committing_verbs=self.groups.committing_verbs)
        verbs = frozenset({c.item.lemma for c in patterns.cues} | {f for c in patterns.cues for f in c.item.forms}
                          | claim_lemmas(patterns) | self.person_names.speech)
        self.time_words = frozenset(patterns.lexicon["clauses"]["time_words"])  # ('in March Marcos said')
        self.capitals = Capitals(verbs=verbs, lexicon=patterns.lexicon["metonyms"],
                                 units=frozenset(patterns.lexicon["claims"]["state_unit_words"]))
        name_titles = frozenset(lexicon_words(patterns, "people", "name_titles"))
        office_titles = frozenset(lexicon_words(patterns, "people", "office_titles"))
        hand_surfaces = self._register_actors(patterns)
        self.false_friends = patterns.false_friends  # neither a list's name nor a shape's
        surfaces: dict[str, list[Entry]] = defaultdict(list)
        token_patterns: list[tuple[list[dict[str, Any]], Entry]] = []
        place_words: set[str] = set()
        for located in patterns.entities:
            p: EntityPattern = located.item
            actor_id = self.fold.get(p.id, p.id)
            if isinstance(p.pattern, str):
                text = p.pattern
                if text.casefold() in self.false_friends:
                    continue
                if p.label == "PERSON" and located.origin == "generated" and (
                        text.split(" ", 1)[0] in name_titles or not office_titles.isdisjoint(text.split(" ")[:-1])):
                    continue  # 'Chancellor Helmut Kohl', 'Israeli Prime Minister Benjamin Netanyahu': the
                    # lists' titled forms; the name is listed bare too
                owner = hand_surfaces.get((text.casefold(), p.via))
                if located.origin == "generated" and owner is not None and owner != actor_id:
                    continue  # hand-written patterns win a contested surface
                # (a party list's names are told apart: a longer name may go on after them)
                origin = PARTY_ORIGIN if located.path.endswith(PARTY_FILE) else located.origin
                entry = Entry(actor_id, p.label, p.via, p.is_exact(), origin, *context_words(patterns, p))
                if entry not in surfaces[text]:
                    surfaces[text].append(entry)
                if p.label == "STATE":
                    place_words.update(text.lower().split())
            else:
                token_patterns.append((p.pattern, Entry(actor_id, p.label, p.via, True, located.origin, None)))
        self.place_words = frozenset(place_words)
        # (actor id, name folded) of every listed name: whether a brief's long name before a
        # listed acronym is that actor's ('Definitions')
        self.listed_names = frozenset({(e.actor_id, text.casefold()) for text, entries in surfaces.items()
                                       for e in entries}
                                      | {(p.item.id, p.item.name.casefold()) for p in patterns.entities
                                         if p.item.name})
        self.parties = frozenset(e.actor_id for entries in surfaces.values() for e in entries
                                 if e.origin == PARTY_ORIGIN)
        for text, entry in Capitals.entries(places.capitals, patterns.lexicon["metonyms"]["seats"]):
            surfaces[text].append(entry)
        # a surface is cut into words by the pipeline's own tokenizer, as a brief will be
        for entries, doc in zip(surfaces.values(), nlp.tokenizer.pipe(list(surfaces)), strict=True):
            words_ = [token.text for token in doc]
            for entry in entries:
                self.index.add(words_, entry)
        for key_entries in self.index.entry_lists():
            key_entries.sort(key=lambda e: (ORIGIN_RANK[e.origin], VIA_RANK[e.via], e.actor_id))
        for n, (pattern, entry) in enumerate(token_patterns):
            match_key = f"t|{n}"
            self.tokens.add(match_key, [pattern])
            self.entries[nlp.vocab.strings[match_key]] = [entry]
        self.ready = True

    def _register_actors(self, patterns: PatternBundle) -> dict[tuple[str, str], str]:
        """Build the actor table; fold generated actors named like a hand-written surface."""
        hand_surfaces: dict[tuple[str, str], str] = {}
        # Canonical name: a hand-written "name" beats its first pattern, which beats the lists.
        names: dict[str, tuple[tuple[int, int, int], str]] = {}
        self.fold: dict[str, str] = {}
        for order, located in enumerate(patterns.entities):
            p: EntityPattern = located.item
            if located.origin == "hand" and isinstance(p.pattern, str):
                hand_surfaces.setdefault((p.pattern.casefold(), p.via), p.id)
            if p.name is None and (p.via != "name" or not isinstance(p.pattern, str)):
                continue
            rank = (ORIGIN_RANK[located.origin], 0 if p.name else 1, order)
            if p.id not in names or rank < names[p.id][0]:
                names[p.id] = (rank, p.name or p.pattern)
        for located in patterns.entities:
            p = located.item
            if located.origin == "generated" and p.name is not None:
                owner = hand_surfaces.get((p.name.casefold(), "name"))
                if owner is not None and owner != p.id:
                    self.fold[p.id] = owner
        for located in patterns.entities:
            p = located.item
            actor_id = self.fold.get(p.id, p.id)
            actor = self.actors.get(actor_id)
            if actor is None:
                name = names[actor_id][1] if actor_id in names else actor_id
                actor = self.actors[actor_id] = Actor(actor_id, p.label, name)
            if p.refs:
                actor.refs = merged_refs(actor.refs, p.refs)
        return hand_surfaces

    # ------------------------------------------------------------------ run
    def __call__(self, doc: Doc) -> Doc:
        if not self.ready:
            raise RuntimeError(f"{self.name}: not initialised with patterns (call nlp.initialize)")
        actors: dict[str, Actor] = {}
        t = self.tables().table(doc)
        capitals: list[tuple[int, int, str]] = []
        state_words: set[int] = set()
        mentions = self._gazetteer(doc, t, actors, capitals, state_words)
        # One Found per brief: its actors and mentions are the same objects throughout
        # (the passes below add to and relabel them); the Doc gets them at the end.
        found = Found(actors, mentions, capitals=capitals)
        shaped = {t.string(m.start, m.end): (m.actor_id, "shape.repeat") for m in mentions if m.via == "shape"}
        shaped.update(self._tail_names(t, mentions, state_words))
        # 'Kalaja crew' in a table of networks: 'Kalaja' alone is the crew in the prose; 'Kosovo
        # crew' leaves 'Kosovo' the state's
        shaped.update({t.string(m.start, m.end - 1): (m.actor_id, "shape.repeat") for m in mentions
                       if m.rule == "shape.group_table" and t.is_lower[m.end - 1]
                       and not all(t.lower[k] in self.place_words for k in range(m.start, m.end - 1))
                       and not self.groups.is_place(t, m.start, m.end - 1)})
        if shaped:  # a name known by its shape in one sentence is the same group everywhere
            self.learnt.apply(t, found, shaped, inside_names=False, headline=self.groups.headline)
            self._split_at_known_names(t, found, shaped)
        self.definitions(t, found)
        self._qualified(t, found)
        self.people(t, found)
        self._person_names(t, found, single=False)
        self.people.whole_names(t, found, self.person_names.usually_lower)
        self.people.echoed_names(t, found, ordinary=self.groups.english, headline=self.groups.headline,
                                 place=lambda t, k: self.groups.is_place(t, k, k + 1)
                                 or self.groups.institution_at(t, k),
                                 name_word=self.person_names.is_name_word)
        self.people.affixes(t, found)
        self._name_before_bracketed_nickname(t, found)
        self.people.nicknames(t, found)
        self._eponymous_groups(t, found)
        self._listed_families(t, found)
        self.people.surnames(t, found, headline=self.groups.headline, given=self.person_names.is_given,
                             family_first=self.person_names.family_first)
        self._given_before_surname(t, found)
        self.people.nicknames(t, found)  # again: 'Hettiarachchi, known as ...' after a surname found now
        self.people.given_names(t, found, self.person_names.usually_lower)
        # one word vouched for by its sentence ('Kanyuka said') only where it is no surname
        self._person_names(t, found, single=True)
        self._acting_companies(t, found)
        self._acting_short_names(t, found)
        self._acting_words(t, found)
        self._acting_brands(t, found)
        self._given_before_vouched_name(t, found)
        self._given_before_quoted_nickname(t, found)
        self.people.quoted_middles(t, found)
        self._calendar_surnames(t, found)
        self._state_as_surname(t, found)
        self._state_as_given_name(t, found)
        self._state_word_as_surname(t, found)
        self._adjective_states(t, found)
        self._states_before_a_word(t, found)
        self._name_after_particle(t, found)
        self._owned_groups(t, found)
        self._led_groups(t, found)
        self._descriptor_variants(t, found)
        self._spelled_out_apposition(t, found)
        self._head_references(t, found)
        self._first_word_names(t, found)
        self._last_word_names(t, found)
        self._head_first_tails(t, found)
        self._party_families(t, found)  # (after the short names of the parties the brief names)
        self._state_code_prefix(t, found)
        self._state_code_forces(t, found)
        self._faction_suffixes(t, found)
        self._slash_suffixes(t, found)
        self._general_bodies(t, found)
        self._services_owned(t, found)
        self._glued_articles(t, found)
        self._capital_the(t, found)
        self._metonyms(t, found)
        self._titles(t, found)
        self._capitalised_lines(t, found)
        write_mentions(doc, mentions, t)
        write_actors(doc, actors)
        return doc

    def _split_at_known_names(self, t: TokenTable, found: Found, shaped: dict[str, tuple[str, str]]) -> None:
        """'The Greens and Your Party have held talks': a group's shape that 'and' joins to a
        name the brief gives alone elsewhere (a table's row) is two groups, the other words
        capitalised inside the sentence a name coordinated with it ('Freedom and Direct
        Democracy' stays one: neither half stands alone). A list's name counts too ('the League
        and Forza Italia')."""
        shaped = dict(shaped)
        for m in found.mentions:
            if m.label == "GROUP" and m.via == "pattern" and len(m.actor_ids) == 1:
                shaped.setdefault(t.string(m.start, m.end), (m.actor_id, m.rule))
        uses = Counter(a for x in found.mentions for a in x.actor_ids)
        for m in list(found.mentions):
            if m.label != "GROUP" or m.via != "shape" or len(m.actor_ids) != 1 or m.end - m.start < 3:
                continue
            for k in range(m.start + 1, m.end - 1):
                if t.lower[k] != "and":
                    continue
                left, right = (m.start, k), (k + 1, m.end)
                known = [(span, shaped.get(t.string(*span))) for span in (left, right)]
                known = [(span, hit) for span, hit in known if hit is not None and hit[0] != m.actor_id]
                if len(known) != 1 or uses[m.actor_id] != 1:
                    continue  # (a name used elsewhere whole is one)
                (span, (actor_id, rule)), other = known[0], right if known[0][0] == left else left
                if not all(t.cap[j] and t.alpha[j] for j in range(*other)) or actor_id not in found.actors:
                    continue
                found.mentions.remove(m)
                del found.actors[m.actor_id]
                found.mentions.append(Mention(span[0], span[1], (actor_id,), rule, "GROUP"))
                # ('Army and One Order': an organisation word alone names no one, but 'the League and
                # Forza Italia' is a party's short name, no state's force)
                bare = all(t.text[j] in self.groups.heads or t.text[j] in self.groups.generic for j in range(*other))
                if not bare or other[1] - other[0] == 1 and other[0] > 0 and t.lower[other[0] - 1] == "the" \
                        and t.text[other[0]] not in self.groups.state_unit_heads:
                    new = shaped_group(t, found, other[0], other[1], "shape.group_coordinated")
                    self.learnt.apply(t, found, {t.string(*other): (new, "shape.repeat")}, inside_names=False,
                                      headline=self.groups.headline)
                break

    def _tail_names(self, t: TokenTable, mentions: list[Mention],
                    state_words: set[int]) -> dict[str, tuple[str, str]]:
        """'the Jan Sena' after the Indravati Jan Sena, 'the Patiño Front' after the Carlos Patiño
        Front, 'the Ardillos' after Los Ardillos: the last words of a name its shape found, from a
        name word on (or past a Spanish article that opens it), are its short name.
        Only where they keep a word of a name of their own, one neither usually written in lower
        case nor a state's name or demonym ('Joint Task Force' after the Civilian Joint Task Force
        and 'Malian Army' after the Patriotic Malian Army are other bodies); not where they are
        a listed name, end two such names, or were written alone before the full name (then they
        name a group of their own, which the longer name may have split from)."""
        listed = {t.string(m.start, m.end) for m in mentions if m.via != "shape"}
        first_alone = {}
        for m in mentions:
            if m.via == "shape":
                first_alone.setdefault(t.string(m.start, m.end), m.start)
        tails: dict[str, tuple[str, str]] = {}
        clashes: set[str] = set()

        def add(tail: str, m: Mention) -> None:
            if tail in listed or first_alone.get(tail, m.start + 1) < m.start:
                return
            if tail in tails and tails[tail][0] != m.actor_id:
                clashes.add(tail)
            tails.setdefault(tail, (m.actor_id, "shape.repeat"))

        for m in mentions:
            if m.rule == "shape.group_lead_word" and t.lower[m.start] in SPANISH_ARTICLES and m.end - m.start >= 2 \
                    and all(t.alpha[j] and t.title[j] for j in range(m.start + 1, m.end)) \
                    and t.lower[m.start + 1] not in self.groups.english \
                    and not self.groups.is_place(t, m.start + 1, m.end):
                add(t.string(m.start + 1, m.end), m)  # 'the Ardillos': the name without its article
                if m.end - m.start == 2 and t.lower[m.start] in {"los", "las"} and t.lower[m.start + 1][-1] not in "sz":
                    add(t.text[m.start + 1] + "s", m)  # 'the Salazars': a family's name in the English plural
                continue
            if m.rule != "shape.group_head" or m.end - m.start < 3 or t.text[m.end - 1] not in self.groups.heads \
                    or any(not t.alpha[j] or t.lower[j] == "the" for j in range(m.start, m.end) if t.text[j] != "'"):
                continue  # (only a name of words: not 'KJ4 The Phaendin Defence Volunteers')
            for k in range(m.start + 1, m.end - 1):
                if not (t.ws[k - 1] and t.alpha[k] and t.title[k]) or t.text[k] in self.groups.generic \
                        or not all(t.ws[j] and t.alpha[j + 1] for j in range(k, m.end - 1)) \
                        or not any(t.lower[j] not in self.groups.usually_lower and j not in state_words
                                   for j in range(k, m.end)):
                    continue
                add(t.string(k, m.end), m)
            # 'Sudan Shield' after the Sudan Shield Forces: a name of three words or more headed by
            # a plural organisation word is written without it ('Sudan Shield positions')
            head = t.text[m.end - 1]
            if head.endswith("s") and t.lower[m.end - 1] not in SINGULAR_IN_S \
                    and all(t.ws[j] and t.alpha[j] and t.title[j] for j in range(m.start, m.end - 1)) \
                    and any(t.text[j] not in self.groups.generic and j not in state_words
                            for j in range(m.start, m.end - 1)):
                add(t.string(m.start, m.end - 1), m)
        return {tail: value for tail, value in tails.items() if tail not in clashes}

    def _qualified(self, t: TokenTable, found: Found) -> None:
        """'Communist Party of India (Maoist)', 'CPI (Maoist)', 'UPDF (Democratic)': a group's
        name or an acronym with a capitalised qualifier in parentheses names another group (a
        party or a faction), not the first one; its other uses are found too. An acronym alone
        in the parentheses defines the name instead (definitions)."""
        text, n = t.text, len(t.text)
        named_at = {m.start: m for m in found.mentions if m.via != "coref"}
        group_before = {m.end: m for m in named_at.values() if m.label == "GROUP"}
        added: dict[str, tuple[str, str]] = {}
        for k in t.where("text", {"("}):
            # one capitalised adjective in the parentheses, or two words opened by one ('CPN
            # (Maoist Centre)', 'CPN (Unified Socialist)'): 'Front (FLA)' is an acronym, 'Police
            # (Polri)' a short name, '(2019)' no name
            close = k + 2 if k + 2 < n and text[k + 2] == ")" else k + 3 if k + 3 < n and text[k + 3] == ")" else None
            inner = range(k + 1, close) if close is not None else range(0)
            if k == 0 or close is None or not all(t.cap[j] and t.alpha[j] and not t.acro[j] for j in inner) \
                    or not any(t.lower[j].endswith(QUALIFIER_ENDINGS) for j in inner) or (k + 1) in named_at:
                continue  # ('National Guard (Guardia Nacional)': a name in the parentheses is another name)
            named = group_before.get(k)
            if named is None and t.acro[k - 1] and (k - 1) not in named_at:
                start = k - 1  # 'CPI (Maoist)': an acronym no list knows, qualified like a party
            elif named is not None:
                start = named.start
                found.mentions.remove(named)
            else:
                continue
            actor_id = shaped_group(t, found, start, close + 1, "shape.group_qualified")
            added[t.string(start, close + 1)] = (actor_id, "shape.repeat")
            if close == k + 3:
                added.setdefault(t.string(k + 1, close), (actor_id, "shape.repeat"))  # 'the Maoist Centre'
            elif t.lower[k + 1].endswith("ist"):
                # 'CPI (Maoist)': its ideology's word names its members ('Maoist cadres', 'the Maoists')
                for word in (text[k + 1], text[k + 1] + "s"):
                    added.setdefault(word, (actor_id, "shape.repeat"))
        if added:
            self.learnt.apply(t, found, added)

    def _state_as_surname(self, t: TokenTable, found: Found) -> None:
        """'his wife, Wilma Austria': a trusted given name found alone, then a state's one-word
        name right after it, is one person whose surname is that word."""
        at = {m.start: m for m in found.mentions}
        for m in [x for x in found.mentions if x.label == "PERSON" and x.end - x.start == 1 and x.via == "shape"]:
            state = at.get(m.end)
            if state is None or state.label != "STATE" or state.end - state.start != 1 or state.via != "pattern" \
                    or not t.ws[m.start] or not self.person_names.safe_given(t.text[m.start]):
                continue
            if state.end < len(t.text) and t.text[state.end] in {"'s", "\u2019s", "-"}:
                continue  # 'Wilma Austria's' is still the name; 'Austria-based' is not
            self._as_one_person(t, found, (m, state), m.start, state.end, "shape.person_given_name", learn=False)

    def _state_as_given_name(self, t: TokenTable, found: Found) -> None:
        """'Jordan Bardella has promised', 'Israel Katz said': a state's one-word name that is
        also a given name, before a capitalised word no English, place or organisation list
        holds, is a person's given name where the sentence vouches for a person or the brief
        writes that word alone elsewhere (his surname); not 'Jordan Valley', 'Kenya Kwanza'."""
        covered = covered_tokens(found.mentions)
        n = len(t.text)
        at = {x.start: x for x in found.mentions if x.label == "PERSON" and x.end - x.start == 1 and x.via == "shape"}
        for m in [x for x in found.mentions if x.label == "STATE" and x.via == "pattern" and x.end - x.start == 1]:
            k = m.end
            surname = at.get(k)  # ('Israel Katz said': 'Katz' read alone already)
            if k >= n or k in covered and surname is None or not t.ws[m.start] or not (t.title[k] and t.alpha[k]) \
                    or not self.person_names.is_given(t.text[m.start]) \
                    or t.lower[k] in self.person_names.usually_lower or t.lower[k] in self.groups.english \
                    or t.text[k] in self.groups.body_words or self.groups.is_place(t, k, k + 1) \
                    or k + 1 < n and t.cap[k + 1] and t.alpha[k + 1] \
                    or self.groups.headline(t, t.sent_of[k]):
                continue
            lo, hi = t.sent_starts[t.sent_of[k]], t.sent_ends[t.sent_of[k]]
            if len(t.where("text", {t.text[k]})) < 2 and self.person_names.vouched(t, m.start, k + 1, lo, hi) is None:
                continue
            actor_id = self._as_one_person(t, found, (m,) if surname is None else (m, surname), m.start, k + 1,
                                           "shape.person_given_name")
            self.learnt.apply(t, found, {t.text[k]: (actor_id, "surname.repeat")})
            covered.add(k)

    def _state_word_as_surname(self, t: TokenTable, found: Found) -> None:
        """'Montenegro, who also chairs the PSD', 'neither Montenegro nor Carneiro' after Prime
        Minister Luis Montenegro: a state's one-word name that ends the name of the one person
        the brief names in full with it is that person alone where the sentence says a person
        is meant (a relative 'who', a role; a person coordinated with it; not a speech verb,
        which states have too)."""
        owners: dict[str, set[str]] = defaultdict(set)
        for m in found.mentions:
            if m.label == "PERSON" and m.end - m.start >= 2 and m.via in {"pattern", "shape", "alias"}:
                owners[t.text[m.end - 1]].add(m.actor_id)
        if not owners:
            return
        people = {m.start: m for m in found.mentions if m.label == "PERSON"}
        people_ends = {m.end: m for m in found.mentions if m.label == "PERSON"}
        n = len(t.text)
        replaced: dict[int, Mention] = {}
        for m in found.mentions:
            if m.label != "STATE" or m.via != "pattern" or m.end - m.start != 1 \
                    or len(owners.get(t.text[m.start], ())) != 1 or m.start > 0 and t.cap[m.start - 1]:
                continue  # (after a capitalised word it ends a name of its own: 'Madhav Kumar Nepal')
            lo, hi = t.sent_starts[t.sent_of[m.start]], t.sent_ends[t.sent_of[m.start]]
            coordinated = m.end + 1 < n and t.lower[m.end] in {"and", "nor", "or"} and m.end + 1 in people \
                or m.start >= 2 and t.lower[m.start - 1] in {"and", "nor", "or"} and m.start - 1 in people_ends
            # ('which Nepal claims': a state speaks too; it takes 'which' where a person takes 'who'
            # (bodies take 'who' too in British English, but here the word ends a person's name))
            who = m.end < n and t.lower[m.end] == "who" or m.end + 1 < n and t.text[m.end] == "," \
                and t.lower[m.end + 1] == "who"
            if coordinated or who or self.person_names.vouched(t, m.start, m.end, lo, hi) == "strong":
                owner = next(iter(owners[t.text[m.start]]))
                replaced[id(m)] = Mention(m.start, m.end, (owner,), "surname.repeat", "PERSON")
        if replaced:
            found.mentions[:] = [replaced.get(id(m), m) for m in found.mentions]
            kept = {a for m in found.mentions for a in m.actor_ids}
            for actor_id in [a for a, actor in found.actors.items() if actor.label == "STATE" and a not in kept]:
                del found.actors[actor_id]

    def _adjective_states(self, t: TokenTable, found: Found) -> None:
        """'Strong Georgia', 'United Russia', 'Fair Russia': an ordinary capitalised word right
        before a state's name inside a sentence (not a direction or a period: 'Northern Iraq',
        'Soviet Russia') makes the two a party's name, found wherever else the brief writes it."""
        sent_id, sent_starts, _ = t.bounds
        covered = covered_tokens(found.mentions)
        learnt: dict[str, tuple[str, str]] = {}
        for m in [x for x in found.mentions if x.label == "STATE" and x.via == "pattern"]:
            k = m.start - 1
            if k < 0 or k <= sent_starts[sent_id[k]]:
                continue  # a sentence's first word is capitalised anyway
            word = t.text[k]
            if self._party_apposed(t, k, m.end, covered):
                # 'Mekenim Kyrgyzstan, the party most closely identified with the president': a
                # word no English dictionary holds before a state's name, which an apposition
                # calls a party, names the party
                found.mentions[:] = [x for x in found.mentions if x is not m]
                actor_id = shaped_group(t, found, k, m.end, "shape.group_adjective_state")
                learnt[t.string(k, m.end)] = (actor_id, "shape.repeat")
                continue
            if k in covered or not (t.cap[k] and t.alpha[k]) or t.lower[k] not in self.person_names.usually_lower \
                    or t.lower[k] in STOP_WORDS or t.lower[k] in MONTHS \
                    or word in self.groups.state_qualifiers or t.cap[k - 1] or not t.ws[k] \
                    or m.end < len(t.text) and t.cap[m.end] or self.groups.headline(t, sent_id[k]):
                continue
            found.mentions[:] = [x for x in found.mentions if x is not m]
            actor_id = shaped_group(t, found, k, m.end, "shape.group_adjective_state")
            learnt[t.string(k, m.end)] = (actor_id, "shape.repeat")
        if learnt:
            self.learnt.apply(t, found, learnt)
        self._adjective_alone(t, found)

    def _adjective_alone(self, t: TokenTable, found: Found) -> None:
        """'Reform' after Reform UK: the ordinary word before a state's name or initials that
        opens a party's two-word name is its short name when the brief also writes it alone and
        capitalised inside a sentence ('rather than Reform finishes first'), where no other
        word would be ('United' of United Russia never is)."""
        sent_id, sent_starts, _ = t.bounds
        states = {t.string(m.start, m.end) for m in found.mentions if m.label == "STATE" and m.via == "pattern"}
        covered = covered_tokens(found.mentions)
        words: list[tuple[str, str]] = []
        for m in found.mentions:
            if m.label != "GROUP" or m.via == "coref" or m.end - m.start != 2 or len(m.actor_ids) != 1 \
                    or not (t.text[m.end - 1] in states or t.text[m.end - 1] in STATE_INITIALS) \
                    or t.lower[m.start] not in self.person_names.usually_lower or not t.title[m.start]:
                continue
            word = t.text[m.start]
            if any(k not in covered and k > sent_starts[sent_id[k]] and not t.cap[k - 1]
                   and not (k + 1 < len(t.text) and t.cap[k + 1]) and not self.groups.headline(t, sent_id[k])
                   for k in t.where("text", [word])):
                words.append((word, m.actor_id))
        self._one_word_names(t, found, words)

    def _party_apposed(self, t: TokenTable, k: int, end: int, covered: set[int]) -> bool:
        """Whether the capitalised word at ``k``, before a state's name ending at ``end``, is
        one no English word list, place list or name list holds, and the pair is followed by an
        apposition that calls it a party, movement or coalition (', the party ...')."""
        n = len(t.text)
        if k in covered or not (t.title[k] and t.alpha[k]) or t.lower[k] in self.person_names.usually_lower \
                or t.lower[k] in self.groups.english or self.groups.is_place(t, k, k + 1) \
                or self.person_names.is_name_word(t.text[k]) or t.text[k] in self.groups.state_qualifiers \
                or k >= 1 and t.cap[k - 1] or end + 2 >= n or t.text[end] != "," \
                or t.lower[end + 1] not in {"the", "a", "an"}:
            return False
        return any(t.lower[j] in self.groups.party_nouns for j in range(end + 2, min(n, end + 5)))

    def _states_before_a_word(self, t: TokenTable, found: Found) -> None:
        """'Iran International', 'Russia Today': a state's name followed inside a sentence by an
        ordinary word capitalised (one English writes in lower case, no month, no function word,
        and no capitalised word after it) is the first half of a name (a broadcaster, a paper, a
        company), which the brief names so wherever else it writes it; not the state."""
        sent_id, _, _ = t.bounds
        covered = covered_tokens(found.mentions)
        n = len(t.text)
        learnt: dict[str, tuple[str, str]] = {}
        for m in [x for x in found.mentions if x.label == "STATE" and x.via == "pattern"]:
            k = m.end
            if k >= n or k in covered or not (t.title[k] and t.alpha[k]) or not t.ws[m.end - 1] \
                    or t.lower[k] not in self.person_names.usually_lower or t.lower[k] in STOP_WORDS \
                    or t.lower[k] in MONTHS or k + 1 < n and t.cap[k + 1] \
                    or t.lower[k] in self.groups.org_nouns or t.lower[k] in self.people.not_names \
                    or t.text[k] in self.groups.institutions or t.text[k] in self.groups.modifier_institutions \
                    or self.groups.is_place(t, m.start, k + 1) or not self._prose(t, sent_id[k]) \
                    or self.groups.headline(t, sent_id[k]):
                continue  # ('Niger State', 'Panama City', 'the UK Camp', a heading 'US Pressure', a
                # title-case one 'Slovenia Votes: A Fragmented Field and a Kingmaker in Waiting')
            found.mentions[:] = [x for x in found.mentions if x is not m]
            actor_id = shaped_group(t, found, m.start, k + 1, "shape.group_state_word")
            learnt[t.string(m.start, k + 1)] = (actor_id, "shape.repeat")
        if learnt:
            self.learnt.apply(t, found, learnt)

    @staticmethod
    def _prose(t: TokenTable, sentence: int) -> bool:
        """Whether a sentence is prose, not a heading: three lower-case words at least."""
        lo, hi = t.sent_starts[sentence], t.sent_ends[sentence]
        return sum(1 for k in range(lo, hi) if t.is_lower[k] and t.alpha[k]) >= 3

    def _as_one_person(self, t: TokenTable, found: Found, drop: tuple[Mention, ...], start: int, end: int,
                       rule: str, *, learn: bool = True) -> str:
        """Tokens [start, end) are one person's name where ``drop`` read them otherwise; with
        ``learn``, the name is that person wherever else the brief writes it. Returns the id."""
        found.mentions[:] = [x for x in found.mentions if not any(x is d for d in drop)]
        actor_id = self.people.add(t, found, start, end, rule)
        if learn:
            self.learnt.apply(t, found, {t.string(start, end): (actor_id, "shape.repeat")})
        return actor_id

    def _given_before_quoted_nickname(self, t: TokenTable, found: Found) -> None:
        """'Héctor "El Chino" Rosado Vélez', 'Wilfredo "Don Willy" Quiñones': a given name right
        before a quoted nickname that a capitalised surname follows opens a person's name
        (``People.quoted_middles`` then reads the name whole)."""
        text, n = t.text, len(t.text)
        covered = covered_tokens(found.mentions)
        for q in t.where("text", QUOTES):
            g = q - 1
            if g < 0 or g in covered or not (t.title[g] and t.alpha[g] and t.ws[g]) \
                    or not self.person_names.is_given(text[g]):
                continue
            close = _quoted_title_words(t, q)
            if close is None or close + 1 >= n or not (t.title[close + 1] and t.alpha[close + 1]):
                continue
            self.people.add(t, found, g, q, "shape.quoted_nickname_name")
            covered.add(g)

    def _name_before_bracketed_nickname(self, t: TokenTable, found: Found) -> None:
        """'Klodian Marku ("Pelikani")': two or three capitalised words that no list knows, right
        before a quoted nickname in brackets, are a person's name (a body's short name in brackets
        is an acronym, not a quoted word). Not words of ordinary English or an organisation's
        head ('the Port Authority ("the Authority")')."""
        text, n = t.text, len(t.text)
        covered = covered_tokens(found.mentions)
        for q in t.where("text", QUOTES):
            opening = q - 1
            if opening < 2 or text[opening] != "(":
                continue
            close = _quoted_title_words(t, q)
            if close is None or close + 1 >= n or text[close + 1] != ")" \
                    or all(t.lower[k] in self.groups.english for k in range(q + 1, close)):
                continue  # ('Gölge Çocukları ("Shadow Kids")': a name translated, not a nickname)
            start = opening
            while start - 1 >= 0 and opening - start < 3 and t.title[start - 1] and t.alpha[start - 1] \
                    and start - 1 not in covered and t.lower[start - 1] not in self.groups.english \
                    and text[start - 1] not in self.groups.heads:
                start -= 1
            if opening - start < 2 or start - 1 >= 0 and t.title[start - 1] and t.alpha[start - 1] \
                    and start - 1 not in covered:
                continue  # one word, or a longer capitalised run than a name: not read here
            self.people.add(t, found, start, opening, "shape.bracketed_nickname_name")
            covered.update(range(start, opening))

    def _listed_families(self, t: TokenTable, found: Found) -> None:
        """'the Contini, Licciardi and Mallardo clans': in a brief about organised crime, the
        names listed after 'the' before a plural family noun are each a family's, written alone
        elsewhere too ('close to the Licciardi'). Two names at least, none a place, a known
        name, an English word or a word usually written in lower case ('the Italian and
        Albanian clans', 'the Hutch and Kinahan families': a nickname may be an English word, and
        then the list is not read), but for a capitalised particle opening one ('Di Lauro')."""
        nouns = [k for k in t.where("lower", self.groups.family_plurals) if t.is_lower[k]]
        if not nouns or not self.groups.crime_brief(t):
            return
        covered = covered_tokens(found.mentions)
        learnt: dict[str, tuple[str, str]] = {}
        for k in nouns:
            items, j, lo = self._listed_before(t, k)
            if len(items) < 2 or j < lo or t.lower[j] != "the" or any(
                    self.groups.is_place(t, s, e) or covered.intersection(range(s, e))
                    or any((t.lower[x] in self.groups.usually_lower or t.lower[x] in self.groups.english)
                           and not (x + 1 < e and t.lower[x] in self.people.particles)
                           for x in range(s, e) if t.alpha[x]) for s, e in items):
                continue
            for s, e in reversed(items):
                actor_id = shaped_group(t, found, s, e, "shape.group_listed_family")
                learnt.setdefault(t.string(s, e), (actor_id, "shape.repeat"))
        if learnt:
            self.learnt.apply(t, found, learnt)

    @staticmethod
    def _listed_before(t: TokenTable, k: int) -> tuple[list[tuple[int, int]], int, int]:
        """The capitalised names listed right before token k ('Contini, Licciardi and Mallardo'),
        last first, with the index of the token before the list and the sentence's start."""
        lo, items, j = lo_of(t, k), [], k - 1
        while True:
            e = j + 1
            while j >= lo and e - j <= 3 and (t.cap[j] and t.alpha[j] and t.lower[j] not in STOP_WORDS or (
                    t.text[j] == "-" and j - 1 >= lo and not t.ws[j - 1] and not t.ws[j] and j + 1 < e)):
                j -= 1  # ('Amato-Pagano': a hyphened name is one item)
            if j + 1 == e or t.text[j + 1] == "-":
                return [], j, lo
            items.append((j + 1, e))
            if j >= lo and t.lower[j] in ("and", "or"):
                j -= 1
                if j >= lo and t.text[j] == ",":
                    j -= 1  # a comma before 'and'
            elif j >= lo and t.text[j] == ",":
                j -= 1
            else:
                return items, j, lo

    def _eponymous_groups(self, t: TokenTable, found: Found) -> None:
        """'the Sundrani gang' (of Ghulam Rasool Sundrani), 'the Lawrence Bishnoi gang': a gang
        or network named after a person of the brief is a group named by both words; the name
        alone stays the person's (so a shape that made 'Sundrani' a group gives its other
        mentions back to the surname pass, and its pronouns to the gang). A name a list knows
        as a group keeps its noun outside ('the Maute network' is the Maute group's)."""
        text, n = t.text, len(t.text)
        nouns = [k for k in t.where("lower", self.groups.eponym_nouns) if t.is_lower[k]]
        # in a brief about organised crime, 'the Pesce family' is a crime family whether or not
        # a Pesce of the brief is named
        families = frozenset(k for k in t.where("lower", self.groups.family_nouns)
                             if t.is_lower[k] and self.groups.crime_sentence(t, k))
        nouns = sorted({*nouns, *families})
        if not nouns:
            return
        surnames: set[str] = set()
        for m in found.mentions:
            if m.label == "PERSON" and m.via != "coref" and m.end - m.start >= 2:
                surnames.update(self.people.surname_forms(t, m))
                surnames.add(t.string(m.start, m.end))
        at = {k: m for m in found.mentions if m.via != "coref" for k in range(m.start, m.end)}
        # first every candidate, so 'the Bishnoi gang' is read the same before or after 'the
        # Lawrence Bishnoi gang' names the person
        candidates: list[tuple[int, int, tuple[int, int] | None, bool]] = []
        for k in nouns:
            start, lo = k, lo_of(t, k)
            while start - 1 >= lo and k - start < 4 and t.cap[start - 1] and t.alpha[start - 1] \
                    and t.lower[start - 1] not in STOP_WORDS:
                start -= 1
            if start < k and start - 2 >= lo and text[start - 1] == "-" and not t.ws[start - 2] \
                    and not t.ws[start - 1] and t.cap[start - 2] and t.alpha[start - 2]:
                start -= 2  # 'the Al-Zein family', 'the Abou-Khalil clan': a hyphenated name is whole
            if start == k or k + 1 < n and t.cap[k + 1] and t.alpha[k + 1]:
                continue  # no name, or 'the gang Network Nine' (a name after the noun)
            if k in families and (sum(text[j] != "-" for j in range(start, k)) > 2 or self.groups.is_place(t, start, k)
                                  or start > 0 and t.lower[start - 1] in ("a", "an")
                                  or any(t.lower[j] in self.groups.usually_lower and not (
                                      t.cap[j] and t.lower[j] in self.people.particles and j + 1 < k)
                                      for j in range(start, k))):
                continue  # a place's ('the Gioia Tauro crew'), a kind ('a Casavalle clan', 'Smaller family networks');
                # a capitalised particle opening a surname is the name's ('the Di Lauro clan')
            if k + 2 < n and t.lower[k + 1] == "of" and t.is_lower[k + 2]:
                continue  # 'the Kabila network of businessmen': what it is made of, not a name
            whole = k - start >= 2 and self.person_names.safe_given(text[start])
            owner = self._owner_after(t, k, text[k - 1])
            if whole or owner is not None:
                surnames.add(text[k - 1])
            candidates.append((start, k, owner, whole))
        spans: list[tuple[int, int]] = []
        # ('the Hasanaj clan' ... 'the Hasanaj network': a crime family's other nouns name it too)
        family_names = {t.string(start, k) for start, k, _, _ in candidates if k in families}
        for start, k, owner, whole in candidates:
            name = t.string(start, k)
            if name not in surnames and not whole and owner is None and k not in families \
                    and name not in family_names:
                continue
            if any(j in at and at[j].label != "PERSON" and at[j].via != "shape" for j in range(start, k)) \
                    or any(a.label == "GROUP" and a.name.startswith(name + " ") for a in found.actors.values()):
                continue  # a group or a state a list or a definition names ('the Maute Group')
            if owner is not None and not any(j in at and not (at[j].label == "GROUP" and at[j].via == "shape")
                                                for j in range(*owner)):
                self.people.add(t, found, owner[0], owner[1], "shape.eponym_owner")
            spans.append((start, k + 1))
        if not spans:
            return
        names = {t.string(a, b - 1) for a, b in spans}
        # 'the Bishnoi gang' is the 'Lawrence Bishnoi gang' of the same brief
        wholes = {name.split()[-1]: name for name in names if len(name.split()) > 1}
        old = {m.actor_id for m in found.mentions for a, b in spans
               if m.label == "GROUP" and m.via == "shape" and a <= m.start < b}
        gangs: dict[str, str] = {}
        for a, b in spans:  # (the first span names the group: 'the Hasanaj clan', then its network)
            name = t.string(a, b - 1)
            if name not in wholes and name not in gangs:
                gangs[name] = shaped_group(t, found, a, b, None)
        gangs.update({name: gangs[whole] for name, whole in wholes.items() if name in names})
        kept: list[Mention] = []
        freed: list[Mention] = []
        for m in found.mentions:
            if any(m.start < b and a < m.end for a, b in spans):
                continue  # the gang's own mention replaces what stood there
            if m.actor_id in old:
                owner = found.actors[m.actor_id].name
                if m.via == "coref" and owner in gangs:
                    kept.append(Mention(m.start, m.end, (gangs[owner],), m.rule, "GROUP"))
                elif t.string(m.start, m.end) not in names:
                    kept.append(m)  # a definition's or an alias's, which names the group
                elif m.end - m.start >= 2:
                    freed.append(m)  # 'Lawrence Bishnoi runs a gang': the whole name is the man's
                continue  # the bare surname again: the person's, for the surname pass to take
            kept.append(m)
        kept += [Mention(a, b, (gangs[t.string(a, b - 1)],), "shape.group_eponym", "GROUP") for a, b in spans]
        found.mentions[:] = kept
        used = {i for m in kept for i in m.actor_ids}
        for actor_id in old - used:
            del found.actors[actor_id]
        for m in freed:
            self.people.add(t, found, m.start, m.end, "shape.eponym_owner")
        # a crime family no person of the brief names is also written by its name alone ('Pesce
        # warehouses', a table's 'Pesce | Rosarno' row)
        alone = {name: (gangs[name], "shape.repeat") for a, b in spans if b - 1 in families
                 for name in [t.string(a, b - 1)] if name not in surnames and name in gangs}
        # and in the plural, as its members ('the Rizzutos' for the Rizzuto family)
        alone.update({name + ("es" if name.endswith("s") else "s"): (gangs[name], "shape.family_plural")
                      for a, b in spans if b - 1 in families and b - a == 2
                      for name in [t.text[a]] if name in gangs})
        if alone:
            self.learnt.apply(t, found, alone)

    @staticmethod
    def _owner_after(t: TokenTable, noun: int, surname: str) -> tuple[int, int] | None:
        """'the Lashari gang of Mehboob Lashari': the person after 'of' whose name ends with the
        word before the noun, as tokens [start, end); None where there is none."""
        k = noun + 2
        if k >= len(t.text) or t.lower[noun + 1] != "of":
            return None
        end = k
        while end < len(t.text) and end - k < 4 and t.cap[end] and t.alpha[end]:
            end += 1
        return (k, end) if end - k >= 2 and t.text[end - 1] == surname else None

    def _given_before_surname(self, t: TokenTable, found: Found) -> None:
        """'Sudani promised Masrour Barzani' in a brief that names Nechirvan Barzani (before or
        after): a capitalised word no rule knows right before a known surname, inside a sentence, is another person's
        given name; the full name is that person wherever it occurs. So is a trusted given name
        right before a listed person's name ('Ahmad Abdul Hadi', where a list has an 'Abdul
        Hadi'): the list named someone else."""
        covered = covered_tokens(found.mentions)
        names = self.person_names
        # ('cases against Yoshitha Rajapaksa, Namal Rajapaksa' before the brief names Mahinda
        # Rajapaksa: a surname a person of the brief bears, before he is named, is no surname
        # mention yet, and stands for itself here)
        family = {t.text[m.end - 1] for m in found.mentions if m.label == "PERSON" and m.via in {"pattern", "shape"}
                  and m.end - m.start >= 2 and t.title[m.end - 1] and t.alpha[m.end - 1]}
        early = [Mention(k, k + 1, ("",), "surname.ahead", "PERSON") for k in t.where("text", family)
                 if k not in covered]
        for m in [x for x in found.mentions if x.via == "surname" and x.end - x.start == 1
                  or x.label == "PERSON" and x.via == "pattern" and x.start > 0
                  and names.safe_given(t.text[x.start - 1])] + early:
            k = m.start - 1
            if k < 1 or k in covered or t.sent_of[k] != t.sent_of[m.start] or k == t.sent_starts[t.sent_of[k]] \
                    or not (t.cap[k] and t.alpha[k] and not t.acro[k]) or len(t.text[k]) < 3 \
                    or t.text[k] in names.titles or t.lower[k] in names.usually_lower or not t.ws[k] \
                    or t.lower[k] in self.time_words:
                continue
            self._as_one_person(t, found, (m,), k, m.end, "shape.person_given_surname")

    def _given_before_vouched_name(self, t: TokenTable, found: Found) -> None:
        """'the killing of Kemar Whyte' ... 'Whyte, who led the gang': a one-word person its
        sentence vouched for is the surname of the full name the brief wrote with a capitalised
        word no rule knows before it (a given name no lexicon holds); the first such full name is
        the person's, and every other mention stays his."""
        single = {m.actor_id for m in found.mentions if m.label == "PERSON" and m.via == "shape"
                  and m.rule == "shape.person_context" and m.end - m.start == 1}
        if not single:
            return
        covered = covered_tokens(found.mentions)
        names = self.person_names
        done: set[str] = set()
        for m in sorted(found.mentions, key=lambda x: x.start):
            k = m.start - 1
            if m.actor_id not in single or m.actor_id in done or m.end - m.start != 1 or k < 1 \
                    or k in covered or t.sent_of[k] != t.sent_of[m.start] or k == t.sent_starts[t.sent_of[k]] \
                    or not (t.cap[k] and t.alpha[k] and not t.acro[k]) or len(t.text[k]) < 3 or t.cap[k - 1] \
                    or t.text[k] in names.titles or t.lower[k] in names.usually_lower or not t.ws[k] \
                    or t.lower[k] in self.time_words or self.groups.is_place(t, k, k + 1) \
                    or t.lower[k] in self.groups.english or names.is_name_word(t.text[k]):
                continue  # (not 'Clansman Whyte'; a name the lexicon knows went through its own rules)
            done.add(m.actor_id)
            single_id = m.actor_id
            full = self._as_one_person(t, found, (m,), k, m.end, "shape.person_given_surname")
            merge(found, keep=full, into=single_id)

    def _faction_suffixes(self, t: TokenTable, found: Found) -> None:
        """'FLEC-FAC', 'ULFA-I': a group's acronym with a short capital suffix glued on by a
        hyphen names one of its factions, an actor of its own (the whole form is a name no list
        needs to hold: a suffix that is a name itself, 'Hamas-PIJ', is left alone, and so is one in
        brackets, which defines the name before it: '... faction of Minni Minnawi (SLA-MM)')."""
        text, n = t.text, len(t.text)
        starts = {m.start for m in found.mentions}
        replaced: dict[int, Mention] = {}
        for m in found.mentions:
            k = m.end + 1
            if m.label != "GROUP" or m.end - m.start != 1 or m.via == "coref" or not t.acro[m.start] \
                    or m.start > 0 and text[m.start - 1] == "(" \
                    or k >= n or text[m.end] != "-" or t.ws[m.start] or t.ws[m.end] or k in starts \
                    or not (text[k].isalpha() and text[k].isupper() and len(text[k]) <= 4) \
                    or text[k] in self.groups.igo_acronyms:
                continue  # ('KDF-AU officers': two bodies, not a faction)
            if k + 1 < n and not t.ws[k] and text[k + 1] not in {".", ",", ";", ":", ")", "'s", "\u2019s"}:
                continue  # 'ULFA-I-backed', 'ISIS-K2'
            actor_id = shaped_group(t, found, m.start, k + 1, None)
            replaced[id(m)] = Mention(m.start, k + 1, (actor_id,), "shape.faction_suffix", "GROUP")
        if replaced:  # (the list is rebuilt, not edited while it is read)
            found.mentions[:] = [replaced.get(id(m), m) for m in found.mentions]

    def _slash_suffixes(self, t: TokenTable, found: Found) -> None:
        """"People's Progressive Party/Civic (PPP/C)": a capitalised word glued to a group's name
        by a slash is part of that name (not a place: 'the M23/Goma authorities'); two groups'
        names glued so ('AFC/M23', 'FAI/FRI') are one name, the pair acting as one (a lower-case
        word, 'ANC/government', is no part of either)."""
        text, n = t.text, len(t.text)
        covered = covered_tokens(found.mentions)
        named = {m.start: m for m in found.mentions if m.label == "GROUP" and m.via != "coref"}
        replaced: dict[int, Mention | None] = {}
        for m in found.mentions:
            k = m.end + 1
            if m.label != "GROUP" or m.via == "coref" or id(m) in replaced or k >= n or text[m.end] != "/" \
                    or t.ws[m.end - 1] or t.ws[m.end] or not text[k][:1].isupper():
                continue
            other = named.get(k)
            if other is not None and other.actor_id != m.actor_id and id(other) not in replaced \
                    and not (other.end < n and text[other.end] == "/" and not t.ws[other.end - 1]):
                actor_id = shaped_group(t, found, m.start, other.end, None)
                replaced[id(m)] = Mention(m.start, other.end, (actor_id,), "shape.group_slash_pair", "GROUP")
                replaced[id(other)] = None
                continue
            if k in covered or not t.alpha[k] or k + 1 < n and not t.ws[k] and text[k + 1] in {"/", "-"} \
                    or self.groups.is_place(t, k, k + 1):
                continue
            actor = found.actors.get(m.actor_id)
            if actor is not None and actor.name == t.string(m.start, m.end):
                actor.name = t.string(m.start, k + 1)
            m.end = k + 1
        if replaced:  # (the list is rebuilt, not edited while it is read)
            kept = [replaced.get(id(m), m) for m in found.mentions]
            found.mentions[:] = [m for m in kept if m is not None]

    def _general_bodies(self, t: TokenTable, found: Found) -> None:
        """'The General Staff resents ...', 'General Security units': 'General' before a word
        that names a state body, not a person, is the first word of that body's name (a rank
        reads a person's name after it, which a capitalised word after the pair would be)."""
        text, n = t.text, len(t.text)
        covered = covered_tokens(found.mentions)
        for k in t.where("text", {"General"}):
            if k + 1 >= n or text[k + 1] not in self.groups.general_bodies or k in covered or (k + 1) in covered \
                    or not t.ws[k] or k + 2 < n and (t.cap[k + 2] or t.acro[k + 2]):
                continue
            shaped_group(t, found, k, k + 2, "shape.general_body")

    @staticmethod
    def _glued_articles(t: TokenTable, found: Found) -> None:
        """'the al-Baraa bin Malik Brigade', 'Commanded by al-Misbah Abu Zaid Talha': an Arabic
        article glued by a hyphen to a name's first word is the name's (a name's shape starts
        at a capital, so the article was left out)."""
        covered = covered_tokens(found.mentions)
        for m in found.mentions:
            k = m.start - 2
            if k < 0 or m.label not in {"GROUP", "PERSON"} or m.via == "coref" or t.text[k + 1] != "-" \
                    or t.lower[k] not in ARTICLES or not t.is_lower[k] or t.ws[k] or t.ws[k + 1] \
                    or k in covered or k + 1 in covered:
                continue
            actor = found.actors.get(m.actor_id)
            if actor is not None and actor.name == t.string(m.start, m.end):
                actor.name = t.string(k, m.end)
            m.start = k

    @staticmethod
    def _capital_the(t: TokenTable, found: Found) -> None:
        """'remnants of The Base': a capital 'The' inside a sentence is the name's own article (a
        name's shape starts past 'the', so it was left out). Not a sentence's or a line's first
        word, where every 'The' is capital."""
        covered = covered_tokens(found.mentions)
        for m in found.mentions:
            k = m.start - 1
            if k < 1 or m.label != "GROUP" or m.via == "coref" or t.text[k] != "The" or k in covered \
                    or k == t.sent_starts[t.sent_of[k]] or "\n" in t.source[t.end[k - 1] : t.idx[k]] \
                    or not (t.text[k - 1].islower() and len(t.text[k - 1]) > 1  # (an "o" bullet)
                            or t.text[k - 1] in {",", ";", "(", "and"}):  # ('its front brands, The Resistance Front')
                continue
            actor = found.actors.get(m.actor_id)
            if actor is not None and actor.name == t.string(m.start, m.end):
                actor.name = t.string(k, m.end)
            m.start = k

    @staticmethod
    def _services_owned(t: TokenTable, found: Found) -> None:
        """'the Army' in a brief about the Chilean Army is that army: a service named by its noun
        alone is the one group of the brief whose name ends in that noun, where there is one; where
        there are two ('the Kachin Independence Army and the Arakan Army ... The Army') it names
        neither, and no one the words can tell."""
        bare = [m for m in found.mentions if m.rule == "shape.group_armed_service"]
        if not bare:
            return
        names = {m.actor_id: found.actors[m.actor_id].name for m in found.mentions
                 if m.label == "GROUP" and m.rule != "shape.group_armed_service" and m.actor_id in found.actors}
        for m in bare:
            noun = " " + t.string(m.start, m.end)
            owners = {actor_id for actor_id, name in names.items() if name.endswith(noun)}
            if not owners:
                continue
            old = m.actor_id
            if len(owners) == 1:
                m.actor_ids = (owners.pop(),)
            else:
                found.mentions.remove(m)
            if not any(x.actor_id == old for x in found.mentions):
                found.actors.pop(old, None)

    def _state_code_prefix(self, t: TokenTable, found: Found) -> None:
        """'US Africa Command', 'U.S. Central Command': a state's initials right before a
        command's capitalised name (no possessive, no hyphen) are the first word of its name
        (the commands are named 'United States X Command'); the acronym it defines stays its."""
        by_end = {m.end: m for m in found.mentions
                  if m.label == "STATE" and m.end - m.start == 1 and m.via == "pattern"}
        replaced: dict[int, Mention] = {}  # id of the mention -> its replacement (None: dropped)
        for m in found.mentions:
            state = by_end.get(m.start)
            if state is None or m.label != "GROUP" or len(m.actor_ids) != 1 or m.via == "coref" \
                    or t.lower[m.end - 1] != "command" or not t.ws[state.start] \
                    or t.text[state.start].replace(".", "") not in STATE_INITIALS:
                continue
            actor = found.actors.get(m.actor_ids[0])
            if actor is not None and actor.name == t.string(m.start, m.end):
                actor.name = t.string(state.start, m.end)
            replaced[id(m)] = Mention(state.start, m.end, m.actor_ids, m.rule, "GROUP")
            replaced[id(state)] = None
        if replaced:  # (the list is rebuilt, not edited while it is read)
            found.mentions[:] = [replaced.get(id(m), m) for m in found.mentions if replaced.get(id(m), m) is not None]

    def _state_code_forces(self, t: TokenTable, found: Found) -> None:
        """'the US Army', 'the U.S. Coast Guard', 'the UK Royal Navy': a state's initials before
        capitalised words that a state unit's head word ends ('Army', 'Navy', 'Guard', 'Corps')
        name that state's force, as 'the Pakistan Army' does with the state's name; so do its
        numbered units ('the US Fifth Fleet')."""
        taken = covered_tokens(found.mentions)
        n = len(t.text)
        heads = self.groups.state_unit_heads | self.groups.numbered_heads  # ('the US Fifth Fleet')
        for m in [x for x in found.mentions if x.label == "STATE" and x.end - x.start == 1 and x.via == "pattern"]:
            if t.text[m.start].replace(".", "") not in STATE_INITIALS or not t.ws[m.start]:
                continue
            end = m.end
            # ('the US Coast Guard': a unit a shape found already, right after the initials, is theirs)
            unit = next((x for x in found.mentions if x.start == m.end and x.label == "GROUP" and x.via == "shape"
                         and x.end - x.start <= 3 and t.text[x.end - 1] in heads), None)
            if unit is not None:
                end = unit.end
            while unit is None and end < n and end - m.end < 3 and end not in taken and t.title[end] and t.alpha[end]:
                end += 1
            if end == m.end or t.text[end - 1] not in heads or end < n and t.title[end]:
                continue
            found.mentions.remove(m)
            if unit is not None:
                found.mentions.remove(unit)
            shaped_group(t, found, m.start, end, "shape.group_head")
            taken.update(range(m.start, end))

    def _name_after_particle(self, t: TokenTable, found: Found) -> None:
        """'Yasser Abu Shabab': a person's name that a particle ends ('Abu', 'bin', 'Ould') goes
        on over the one-word name after it, though a list knows that word as a group's; so does
        a full name that a listed one-word name follows with nothing between ('Klaus Riffo
        Wagner')."""
        at = {m.start: m for m in found.mentions}
        for m in [x for x in found.mentions if x.label == "PERSON" and x.end - x.start >= 2 and x.via != "coref"]:
            nxt = at.get(m.end)
            if nxt is None or nxt.end - nxt.start != 1 or nxt.via != "pattern" or nxt.label == "PERSON" \
                    or not t.ws[m.end - 1] or not t.cap[nxt.start] or t.acro[nxt.start]:
                continue
            # 'Klaus Riffo Wagner': a full name goes on over a listed one-word name glued to it
            # (no comma, no possessive after it); 'Yasser Abu Shabab': a name a particle ends does
            particle = t.lower[m.end - 1] in self.people.particles and t.cap[m.end - 1]
            if not particle and nxt.end < len(t.text) and (t.text[nxt.end] in POSSESSIVES or t.cap[nxt.end]):
                continue
            self._as_one_person(t, found, (m, nxt), m.start, nxt.end, "shape.person_particle")

    def _sentence_words(self, t: TokenTable, start: int, end: int) -> set[str]:
        """A sentence's words for context lists: lower case, and folded as the lists' keys are
        ('Côte' holds 'cote')."""
        words = set(t.lower[start:end])
        for k in range(start, end):
            words.update(self.index.parts[t.text[k]][1])
        return words

    def _listed_name(self, actor_id: str, text: str) -> bool:
        """Whether the lists name the actor ``text``."""
        return (actor_id, text.casefold()) in self.listed_names

    def _party(self, actor_id: str) -> bool:
        """Whether the actor is a party of the party list's (``generated/parties.jsonl``)."""
        return actor_id in self.parties

    def _party_name_goes_on(self, t: TokenTable, end: int) -> bool:
        """Whether a name ending before ``end`` goes on: a glued hyphen and a capitalised word
        or an acronym ('SPLM-N', 'JUI-F'), a capitalised head word ('Istiqlal Party'), or a
        joiner and a capitalised word ('Alliance Nationale pour le Changement')."""
        n = len(t.text)
        if end + 1 < n and t.text[end] == "-" and not t.ws[end - 1] and not t.ws[end] and t.text[end + 1][:1].isupper():
            return True
        if end < n and t.text[end] in self.groups.heads:
            return True
        j = end
        while j < n and t.lower[j] in self.groups.joiners and t.is_lower[j]:
            j += 1
        return j > end and j < n and t.cap[j] and t.alpha[j] and t.lower[end] not in {"and", "in"}

    @staticmethod
    def _name_came_before(t: TokenTable, start: int) -> bool:
        """Whether a name starting at ``start`` is glued by a dash to a capitalised word before it
        ('... pour la Défense de la Démocratie–Forces pour la Défense de la Démocratie')."""
        return start >= 2 and t.text[start - 1] in DASHES and not t.ws[start - 2] and not t.ws[start - 1] \
            and t.cap[start - 2]

    def _led_groups(self, t: TokenTable, found: Found) -> None:
        """'Maria Corina Machado, who leads Vente Venezuela', 'the former rector who leads Ahora
        Nación': a name of two capitalised words or more that someone leads, heads, chairs or
        founded in a relative clause is a group's, though no list or head word says so (not a
        place, a state's name alone, an institution, nor a name before its possessive: 'who leads
        Venezuela's opposition'); so is a name of one to three words (or a number: 'Eesti 200')
        that a person leads in an apposition after it ('Isamaa, led by ...'); later uses of the
        name are found too."""
        by_token = {k: m for m in found.mentions for k in range(m.start, m.end)}
        n = len(t.text)
        added: dict[str, tuple[str, str]] = {}
        for k in t.where("lower", LED_VERBS):
            if k < 1 or t.lower[k - 1] not in {"who", "which"} or k + 2 >= n or self.groups.headline(t, t.sent_of[k]):
                continue
            start = k + 1
            end = start
            while end < n and t.cap[end] and t.alpha[end] and (end not in by_token or by_token[end].label == "STATE"):
                end += 1
            if end - start < 2 or end < n and t.text[end] in POSSESSIVES \
                    or all(k2 in by_token for k2 in range(start, end)) \
                    or self.groups.is_place(t, start, end) or self.groups.has_institution(t, start, end) \
                    or any(t.text[j] in self.people.titles for j in range(start, end)):
                continue
            for j in range(start, end):
                if j in by_token:
                    found.mentions.remove(by_token.pop(j))
            actor_id = shaped_group(t, found, start, end, "shape.group_led")
            added[t.string(start, end)] = (actor_id, "shape.repeat")
        persons = {m.start for m in found.mentions if m.label == "PERSON" and m.via != "coref"}
        for k in t.where("lower", PASSIVE_LED):
            # 'Eesti 200, led by Kristina Kallas,', 'Isamaa, led by former foreign minister Urmas
            # Reinsalu,': a name before a comma that a person named after 'led by' leads
            c = k - 2 if k >= 3 and t.text[k - 1] == "-" and t.lower[k - 2] == "co" else k  # 'co-led by'
            if c < 2 or t.text[c - 1] != "," or k + 1 >= n or t.lower[k + 1] != "by" \
                    or self.groups.headline(t, t.sent_of[k]):
                continue
            j = k + 2
            while j < n and j not in persons and j - k < 7 and (t.is_lower[j] or t.title[j]) and t.alpha[j]:
                j += 1  # ('former foreign minister', 'Major General')
            if j not in persons:
                continue
            end = c - 1
            start = end
            while start - 1 >= 0 and end - start < 3 and (t.title[start - 1] and t.alpha[start - 1]
                                                          or t.text[start - 1].isdigit()) \
                    and start - 1 not in by_token:
                start -= 1
            lo = lo_of(t, k)
            if start < end - 1 and t.lower[start] in self.sentence_adverbs:
                start += 1  # ('Meanwhile Isamaa, led by ...': a connective is no name's)
            opener = start - 1 < lo or t.lower[start - 1] in {"the", "and"} or t.punct[start - 1] \
                or t.lower[start - 1] in self.sentence_adverbs
            english = all(t.lower[j2] in self.groups.english for j2 in range(start, end) if t.alpha[j2])
            if start == end or not opener or not t.title[start] or english \
                    or self.groups.is_place(t, start, end) or self.groups.has_institution(t, start, end) \
                    or any(t.text[j2] in self.people.titles for j2 in range(start, end)) \
                    or self.person_names.safe_given(t.text[start]):
                continue  # (not an English phrase, a place, an office or a person: 'Ukraine, led by')
            actor_id = shaped_group(t, found, start, end, "shape.group_led")
            added[t.string(start, end)] = (actor_id, "shape.repeat")
        if added:
            self.learnt.apply(t, found, added)

    def _owned_groups(self, t: TokenTable, found: Found) -> None:
        """'Dragan Čović's HDZ BiH', 'Petro's Pacto Histórico': a capitalised name a person's
        possessive opens is that person's party or group, though no list or head word says so
        (a demonym opening it is part of the name: 'Arsenijević's Serbian Democracy'); later
        uses of the name are found too."""
        by_token = {}
        for m in found.mentions:
            for k in range(m.start, m.end):
                by_token[k] = m
        people_end = {m.end for m in found.mentions if m.label == "PERSON" and m.via != "coref"}
        added: dict[str, tuple[str, str]] = {}
        for k in t.where("text", POSSESSIVES):
            if k not in people_end or k + 1 >= len(t.text) or not (t.cap[k + 1] or t.acro[k + 1]) \
                    or self.groups.headline(t, t.sent_of[k]):
                continue  # (a title-case headline's capitals say nothing)

            def free(j: int) -> bool:
                held = by_token.get(j)
                return held is None or held.rule == "demonym.gazetteer" and held.end - held.start == 1

            end = self.groups.owned_name(t, k + 1, free, lambda j: not self.person_names.is_name_word(t.text[j]))
            if end is None or any(t.text[j] in self.people.titles for j in range(k + 1, end)):
                continue
            for j in range(k + 1, end):
                if j in by_token:
                    found.mentions.remove(by_token.pop(j))
            actor_id = shaped_group(t, found, k + 1, end, "shape.group_owned")
            added[t.string(k + 1, end)] = (actor_id, "shape.repeat")
        if added:
            self.learnt.apply(t, found, added)

    def _first_word_names(self, t: TokenTable, found: Found) -> None:
        """'Fitsinjo' after the Fitsinjo Coalition: a two-word coalition or party name found by
        its head whose first word is no English word, place or other name is also written alone."""
        # (a first word two names open is neither's: 'Jamaat-e-Islami', 'Jamaat-ul-Mujahideen')
        words: list[tuple[str, str]] = []
        named = {t.string(m.start, m.end) for m in found.mentions}  # ('Kosovo' of the Kosovo Police is Kosovo)
        for m in found.mentions:
            # 'Jamaat' after Jamaat-e-Islami: the first word of a name whose words a lower-case
            # particle glues together ('-e-', '-ut-', '-ul-') is also written alone
            particle_glued = m.label == "GROUP" and m.via != "coref" and m.end - m.start >= 5 \
                and t.text[m.start + 1] == "-" and t.is_lower[m.start + 2] and t.text[m.start + 3] == "-" \
                and not any(t.ws[k] for k in range(m.start, m.start + 4))
            # 'Gaashaan' after a militia that calls itself Gaashaan Shabelle: the first word of a
            # two-word name the text gives a group is written alone too (the checks below keep
            # out 'Rebel' of 'Rebel Army' and a place's name)
            given = m.rule == "shape.group_naming" and m.end - m.start == 2
            if not particle_glued and not given and m.end - m.start >= 3 \
                    and (m.rule == "shape.group_head" or m.via == "pattern" and m.label == "GROUP") \
                    and t.text[m.end - 1] not in self.groups.numbered_heads:
                prefix = self._foreign_prefix(t, m.start, m.end - 1, named)
                if prefix:  # ('Arellano Félix' after the Arellano Félix Organization)
                    words.append((prefix, m.actor_id))
                continue
            # ('Lazarus' after the listed Lazarus Group: a list's two-word name so headed, too)
            if not particle_glued and not given and (
                    not (m.rule == "shape.group_head" or m.via == "pattern" and m.label == "GROUP")
                    or m.end - m.start != 2 or t.text[m.end - 1] not in self.groups.short_name_heads):
                continue  # (an army or a brigade keeps its head: 'Arakan' alone is a place)
            word = t.text[m.start]
            if t.alpha[m.start] and t.title[m.start] and (
                    t.lower[m.start] not in self.groups.english or self._party_word(t, m)) \
                    and not self.groups.is_place(t, m.start, m.start + 1) and word not in self.groups.descriptors \
                    and word not in named and t.lower[m.start] not in self.place_words:
                words.append((word, m.actor_id))
        self._one_word_names(t, found, words)

    def _party_word(self, t: TokenTable, m: Mention) -> bool:
        """'Labour' after the Labour Party, 'Reform' after the Reform Party: the English word
        before 'Party' names the party alone where the brief writes it capitalised inside a
        sentence, and never in lower case (a brief writing 'labour shortages' uses the word)."""
        word = t.text[m.start]
        uses = t.where("lower", {t.lower[m.start]})
        alone = [k for k in uses if not (k + 1 < len(t.text) and t.cap[k + 1])
                 and not (k > lo_of(t, k) and t.cap[k - 1])]  # (not 'International Labour Organization')
        return t.text[m.end - 1] == "Party" and t.lower[m.start] not in self.groups.generic \
            and all(t.text[k] == word for k in uses) and any(k != lo_of(t, k) for k in alone)

    def _foreign_prefix(self, t: TokenTable, start: int, end: int, named: set[str]) -> str | None:
        """The words [start, end) before a group's head when they are two or more capitalised
        words of no English (and the joiners between them), none a place's: a name of its own
        that the brief may write without its head ('Kachin Independence' is no name; 'Okba Ibn
        Nafaa' is)."""
        own = 0
        for k in range(start, end):
            if start < k < end - 1 and t.lower[k] in self.groups.joiners and t.alpha[k]:
                continue  # ('Ibn', 'al' between them; not a hyphen: 'Gilgit-Baltistan' is a place)
            if not (t.alpha[k] and t.title[k]) or t.lower[k] in self.groups.english \
                    or t.lower[k] in self.place_words or t.text[k] in self.groups.descriptors:
                return None
            own += 1
        if own < 2:
            return None
        prefix = t.string(start, end)
        if prefix in named or self.groups.is_place(t, start, end):
            return None
        return prefix

    def _one_word_names(self, t: TokenTable, found: Found, words: list[tuple[str, str]]) -> dict[str, tuple[str, str]]:
        """Every use of each word (or short name) written alone for the actor paired with it
        (``shape.repeat``), but for one two actors' names share; the words learnt."""
        short: dict[str, tuple[str, str]] = {}
        shared: set[str] = set()
        for word, actor_id in words:
            if word in short and short[word][0] != actor_id:
                shared.add(word)
            short.setdefault(word, (actor_id, "shape.repeat"))
        for word in shared:
            del short[word]
        if short:
            self.learnt.apply(t, found, short, inside_names=False, headline=self.groups.headline)
        return short

    def _last_word_names(self, t: TokenTable, found: Found) -> None:
        """'the Sovereigns' after the Black Sovereigns, 'Zetas' after Los Zetas: a two-word group
        name found by its shape whose last word is a plural noun of its own (no organisation
        word, place or other name) is also written by that word alone."""
        words: list[tuple[str, str]] = []
        named = {t.string(m.start, m.end) for m in found.mentions}
        for m in found.mentions:
            if m.label != "GROUP" or m.via != "shape" or m.end - m.start != 2 or len(m.actor_ids) != 1:
                continue
            k = m.end - 1
            if self._own_plural(t, k, named):
                words.append((t.text[k], m.actor_id))
        words += self._members_plurals(t, found)
        words += self._first_word_plurals(t, found, named)
        short = self._one_word_names(t, found, words)
        if short:
            # (a title-case headline's plural is no name: 'Holding the Parks' is not African Parks)
            found.mentions[:] = [m for m in found.mentions if not (
                m.rule == "shape.repeat" and m.end - m.start == 1 and t.text[m.start] in short
                and self.groups.headline(t, t.sent_of[m.start]))]

    def _spelled_out_apposition(self, t: TokenTable, found: Found) -> None:
        """'The AIVD, the General Intelligence and Security Service, has warned': a group's
        name alone in an apposition right after an acronym spells the acronym's group out (in
        another language, it may share no initials): one actor."""
        starts = {m.start: m for m in found.mentions if m.label == "GROUP" and len(m.actor_ids) == 1}
        n = len(t.text)
        for m in list(starts.values()):
            if m.end - m.start != 1 or not t.acro[m.start] or m.end + 2 >= n or t.text[m.end] != "," \
                    or t.lower[m.end + 1] != "the":
                continue
            full = starts.get(m.end + 2)
            if full is None or full.via != "shape" or full.end - full.start < 2 or full.end >= n \
                    or t.text[full.end] not in {",", ".", ";", ")"}:
                continue
            if t.text[full.end] == "," and full.end + 1 < n and (
                    t.lower[full.end + 1] in {"the", "and", "or"} or full.end + 1 in starts):
                continue  # 'leaders of ARSA, the RSO, the Arakan Rohingya Army': a list
            # (a listed acronym keeps its actor, which the lists name: 'The SVR, the Foreign
            # Intelligence Agency,' stays the SVR)
            keep, into = resolved(found, full.actor_id), resolved(found, m.actor_id)
            if m.via in {"pattern", "alias"}:
                keep, into = into, keep
            if keep != into and keep in found.actors and into in found.actors:
                merge(found, keep=keep, into=into)

    def _head_first_tails(self, t: TokenTable, found: Found) -> None:
        """'The Greens and Farmers' after the Union of Greens and Farmers: what follows 'of' in
        a name its head opens is the group's short name, where the brief writes it alone (two
        words or more, all capitalised but their 'and'; no place's name)."""
        tails: list[tuple[str, str]] = []
        # ('the Army of the Dominican Republic': a state's or a person's name is theirs)
        others = {t.string(x.start, x.end) for x in found.mentions if x.label != "GROUP" and x.via != "coref"}
        covered = covered_tokens(found.mentions)
        for m in found.mentions:
            if m.label != "GROUP" or m.via == "coref" or len(m.actor_ids) != 1 or m.end - m.start < 4 \
                    or t.text[m.start] not in self.groups.head_first or t.lower[m.start + 1] != "of":
                continue
            start = m.start + 2 + (t.lower[m.start + 2] == "the")
            if m.end - start < 2 or not (t.title[start] and t.title[m.end - 1]) \
                    or not all(t.title[k] and t.alpha[k] or t.lower[k] == "and" for k in range(start, m.end)) \
                    or self.groups.is_place(t, start, m.end):
                continue
            tail = t.string(start, m.end)
            if tail not in others and any(a not in covered for _, a, _ in self.learnt.occurrences(t, [tail])):
                tails.append((tail, m.actor_id))  # (written alone somewhere, not only inside a name)
        self._one_word_names(t, found, tails)

    def _descriptor_variants(self, t: TokenTable, found: Found) -> None:
        """'the Shia Coordination Framework' and 'the Coordination Framework': a group's name its
        shape found with a sect's descriptor opening it names the group the rest names."""
        named = {t.string(m.start, m.end): m.actor_id for m in found.mentions
                 if m.label == "GROUP" and m.via in {"shape", "pattern", "alias"} and len(m.actor_ids) == 1}
        for m in list(found.mentions):
            if m.label != "GROUP" or m.via != "shape" or m.end - m.start < 3 or len(m.actor_ids) != 1 \
                    or t.text[m.start] not in self.groups.sect_descriptors:
                continue
            other = named.get(t.string(m.start + 1, m.end))
            other = resolved(found, other) if other is not None else None
            if other is not None and other != m.actor_id and other in found.actors:
                merge(found, keep=m.actor_id, into=other)

    def _first_word_plurals(self, t: TokenTable, found: Found, named: set[str]) -> list[tuple[str, str]]:
        """'the Motorists' after the Motorists for Themselves, 'the Patriots' after Patriots for
        Europe: a group's name opened by a plural noun of its own (no organisation word, place or
        other name) that a preposition follows is also written by that noun alone."""
        out = []
        for m in found.mentions:
            if m.label != "GROUP" or m.via == "coref" or m.end - m.start < 3 or len(m.actor_ids) != 1 \
                    or t.lower[m.start + 1] not in {"for", "of"}:
                continue
            k = m.start
            if self._own_plural(t, k, named) and t.lower[k] not in self.groups.org_nouns:
                out.append((t.text[k], m.actor_id))
        return out

    def _own_plural(self, t: TokenTable, k: int, named: set[str]) -> bool:
        """Whether the word at ``k`` is a capitalised plural noun of a group's own name: no
        organisation word, place, member noun or other actor's name ('Sovereigns', 'Motorists')."""
        word = t.text[k]
        return t.alpha[k] and t.title[k] and word.endswith("s") and not word.endswith("ss") \
            and word not in self.groups.body_words and word not in named and t.lower[k] not in self.place_words \
            and not self.groups.is_place(t, k, k + 1) and t.lower[k] not in self.groups.member_nouns

    def _members_plurals(self, t: TokenTable, found: Found) -> list[tuple[str, str]]:
        """'the Liberals' after the Liberal Party, 'the Democrats' after the Democratic Party: a
        two-word party name's members by the plural of its first word."""
        out = []
        for m in found.mentions:
            if m.label != "GROUP" or m.via == "coref" or m.end - m.start != 2 or len(m.actor_ids) != 1 \
                    or t.text[m.end - 1] not in self.groups.member_plural_heads \
                    or not (t.alpha[m.start] and t.title[m.start]):
                continue
            word = t.text[m.start]
            out.append((word[:-2] + "s" if word.endswith("ic") else word + "s", m.actor_id))
        return out

    def _head_references(self, t: TokenTable, found: Found) -> None:
        """'the Legion' after the Freedom of Russia Legion: a capitalised organisation word inside
        a sentence is the short name of the one group named
        before it whose name ends with that word, or opens with it as a head-first name does
        (none when two do: 'the Army' after the Nigerian Army and the Arakan Army)."""
        covered = covered_tokens(found.mentions)
        groups = [m for m in found.mentions
                  if m.label == "GROUP" and m.via != "coref" and m.end - m.start >= 2 and len(m.actor_ids) == 1]
        if not groups:
            return  # (the passes below read every token)
        # ('the Framework' after the Coordination Framework, 'the Capitoni' after the Paranza dei
        # Capitoni, 'the Gavilanes' after Los Gavilanes del Cono Norte): the last word of a group's
        # name that no organisation list holds, or the word after its Spanish article, is its head
        # here too, unless it may name something else alone: a generic or institution word ('the
        # State' after the Islamic State), a place (a list's; one the brief writes after a
        # preposition of place or before a place noun: 'in Europe', 'the Togean islands'), an
        # English complement ('Republic of Ichkeria'), a glued suffix ('Chinland Defence
        # Force-Mindat'), a word of another actor's name ('Nau Jawan Sundrani'), or a people's
        # name that also qualifies a kind of group ('an armed Mapuche group')
        others = {t.text[k] for m in found.mentions if m.label != "GROUP" for k in range(m.start, m.end)}
        n = len(t.text)
        # (not before a part of the group itself: 'a new Mob chapter', 'a Framework faction')
        kinds = {t.text[k] for k in range(1, n - 1) if t.lower[k + 1] in self.groups.org_nouns
                 and t.lower[k + 1] not in PART_NOUNS
                 and (t.lower[k - 1] in {"a", "an"} or t.is_lower[k - 1] and t.alpha[k - 1]
                      and t.lower[k - 1] not in STOP_WORDS)}
        kinds |= {t.text[k + 1] for k in t.where("lower", self.groups.place_prepositions | {"of"})
                  if k + 1 < n and t.title[k + 1] and t.alpha[k + 1]}
        kinds |= {t.text[k + 3] for k in t.where("lower", self.groups.place_prepositions)
                  if k + 3 < n and t.lower[k + 1] == "the" and t.is_lower[k + 2] and t.alpha[k + 2]
                  and t.title[k + 3] and t.alpha[k + 3]}  # ('in the middle Atrato')
        # ('the Togean islands', 'the Niono and Macina circles', 'the Palomino rivers')
        kinds |= {t.text[k] for k in range(n - 1) if t.title[k] and t.is_lower[k + 1]
                  and (t.lower[k + 1] in PLACE_NOUNS or t.lower[k + 1][:-1] in PLACE_NOUNS)}

        def own_head(k: int) -> bool:
            return t.alpha[k] and t.title[k] and len(t.text[k]) >= 3 and t.text[k] not in others \
                and t.text[k] not in kinds and t.text[k] not in self.groups.generic \
                and t.text[k] not in self.groups.institutions and t.lower[k] not in self.place_words \
                and not self.groups.is_place(t, k, k + 1)

        own_heads = {t.text[m.end - 1] for m in groups if t.alpha[m.end - 2]
                     and t.lower[m.end - 2] not in COMPLEMENT_WORDS and own_head(m.end - 1)}
        articled = [m for m in groups if m.end - m.start >= 3 and t.lower[m.start] in SPANISH_ARTICLES
                    and t.title[m.start] and own_head(m.start + 1)]
        own_heads |= {t.text[m.start + 1] for m in articled}
        heads = sorted(set(t.where("text", self.groups.heads)) | set(t.where("text", own_heads)))
        if not heads:
            return
        # ... or opens with it, where the word opens the name ('the Gendarmería' after the
        # Gendarmería Nacional)
        named = [(m.start, t.text[m.end - 1], m.actor_ids[0]) for m in groups] + [
            (m.start, t.text[m.start], m.actor_ids[0]) for m in groups if t.text[m.start] in self.groups.head_first] + [
            (m.start, t.text[m.start + 1], m.actor_ids[0]) for m in articled]
        demonyms = {m.start for m in found.mentions if m.label == "STATE" and m.end - m.start == 1}
        n = len(t.text)
        for k in heads:
            # 'the Brotherhood', the word glued to a lower-case suffix ('Brotherhood-linked cells'),
            # after a lower-case word ('the banned Brotherhood', 'were Brotherhood members'), a
            # state's adjective after 'the' ('the Jordanian Brotherhood') or a date's colon
            # ('23 April: Brotherhood declared illegal'); opening a sentence or a heading only
            # before its people ('Brotherhood commanders'), elsewhere the word may start a name
            # of its own
            glued = k + 2 < n and t.text[k + 1] == "-" and not t.ws[k] and not t.ws[k + 1] and t.is_lower[k + 2]
            # ('The Council and the Brotherhood both fight', 'A Rangers convoy was ambushed': an
            # article opening the sentence; 'Brotherhood
            # commanders have promised': the word opening it before its people, but not a state
            # force's word, 'Army officials in Naypyidaw', which may be any state's)
            first = lo_of(t, k)
            # ('From a Murder to a Movement': an indefinite article before the word that ends a
            # heading names no group known before; 'a Rangers convoy', 'a Framework he calls
            # corrupt' do)
            indefinite = k > 0 and t.lower[k - 1] in {"a", "an"} and (k + 1 >= n or not t.alpha[k + 1])
            opened = k > 0 and not indefinite and (
                t.is_lower[k - 1]
                or t.text[k - 1] == ":" and k > 1 and t.text[k - 2][:1].isalnum()
                or k > 1 and t.lower[k - 2] == "the" and (k - 1) in demonyms
                or t.text[k - 1] in {"The", "A", "An"} and first == k - 1) \
                or first == k and k + 1 < n and t.lower[k + 1] in self.groups.people_nouns \
                and t.text[k] not in self.groups.state_unit_heads
            if k in covered or not (opened or glued) or (not glued and k + 1 < n and (
                    t.cap[k + 1] or t.acro[k + 1]
                    or t.lower[k + 1] in self.groups.joiners and t.text[k + 1] not in POSSESSIVES
                    and not (t.lower[k + 1] == "and" and k + 2 < n and t.is_lower[k + 2]))):
                continue  # ('the Front for Change and Concord' is a name of its own; 'the Brotherhood's' is not)
            owners = {actor for start, last, actor in named if start < k and last == t.text[k]}
            if len(owners) == 1:
                found.mentions.append(Mention(k, k + 1, (owners.pop(),), "shape.group_head_reference", "GROUP"))

    def _person_names(self, t: TokenTable, found: Found, *, single: bool) -> None:
        """People by the shape of their names, where no other rule found a mention; each full
        name is then found wherever else it occurs. ``single``: only the one-word names that
        the sentence alone vouches for (the others: everything else)."""
        added = {}
        groups = {t.string(m.start, m.end) for m in found.mentions if m.label == "GROUP" and m.via != "coref"}
        for start, end, rule in self.person_names.find(t, covered_tokens(found.mentions)):
            if single != (rule == "shape.person_context" and " " not in t.string(start, end)):
                continue
            name = t.string(start, end) + " "
            if any(g.startswith(name) and g[len(name)].isupper() for g in groups):
                # 'Dawn Reform' after the Dawn Reform Party: the party's short name, not a person
                # (but 'Hafiz Gul Bahadur' of the Hafiz Gul Bahadur group is a person)
                continue
            actor_id = self.people.add(t, found, start, end, rule)
            added[t.string(start, end)] = (actor_id, "shape.repeat")
        if added:
            self.learnt.apply(t, found, added)

    def _acting_companies(self, t: TokenTable, found: Found) -> None:
        """'The Police Welfare Association has threatened a sick-out', 'Brunei Shell Petroleum,
        which is owned ..., has promised': a capitalised name ending in a company's or an
        association's word (an institution's, which the name shapes leave alone) that commits
        itself names a group, found everywhere the brief writes it; so does a word that commits
        itself and heads such a name elsewhere in the brief ('Hengyi said in October it would not
        commit capital' after 'the Hengyi Industries refinery'): a company or a union that acts.
        A state's name opening the name is part of it ('Brunei Shell Petroleum')."""
        heads = self.groups.corporate_heads
        cues = acting_cues(t, self.groups.committing_verbs)
        if not cues or not t.where("text", heads):
            return
        text, title, n = t.text, t.title, len(t.text)
        taken = covered_tokens(found.mentions)
        learnt: dict[str, tuple[str, str]] = {}
        for _, k in cues:
            if k < 0 or k in taken or not title[k] or not t.alpha[k] and text[k] not in heads:
                continue
            lo = lo_of(t, k)
            if text[k] in heads:
                start = k
                while start > lo and title[start - 1] and text[start - 1] not in heads:
                    start -= 1
                if t.lower[start] == "the":
                    start += 1
                names = [(start, k + 1)] if start < k else []
            elif k > lo and title[k - 1] or k + 1 < n and title[k + 1]:
                continue
            else:  # 'Hengyi said ...': the word opens a company's name elsewhere
                names = [(j, j + 2) for j in t.where("text", {text[k]})
                         if j + 1 < n and text[j + 1] in heads
                         and not (j > lo_of(t, j) and title[j - 1] and t.lower[j - 1] != "the")]
                names = names[:1] + [(k, k + 1)] if names else []
            actor_id = None
            for start, end in names:
                inside = [m for m in found.mentions if m.start < end and start < m.end]
                if any(not (m.label == "STATE" and m.start == start and m.end < end) for m in inside) \
                        or self.groups.is_place(t, start, end) or t.string(start, end) in learnt:
                    break
                found.mentions[:] = [m for m in found.mentions if m not in inside]
                if actor_id is None:  # (the word alone is the same company's)
                    actor_id = shaped_group(t, found, start, end, "shape.group_acting_company")
                learnt[t.string(start, end)] = (actor_id, "shape.repeat")
                taken.update(range(start, end))
        if learnt:
            self.learnt.apply(t, found, learnt, inside_names=False, headline=self.groups.headline)

    def _acting_short_names(self, t: TokenTable, found: Found) -> None:
        """'Kings Romans promised to expel ...' after 'Kings Romans Group': the words of a
        group's name before its head ('Group', 'Holdings', 'Coalition'), committing themselves,
        are its short name, found wherever the brief writes them (the name shapes leave a short
        name of English words alone: 'the Kings' may be anyone's)."""
        cues = acting_cues(t, self.groups.committing_verbs)
        if not cues:
            return
        heads = self.groups.corporate_heads | self.groups.short_name_heads
        full = {}
        for m in found.mentions:
            if m.label == "GROUP" and m.via != "coref" and m.end - m.start >= 2 and t.text[m.end - 1] in heads \
                    and len(m.actor_ids) == 1:
                full.setdefault(tuple(t.text[m.start : m.end - 1]), m.actor_id)
        if not full:
            return
        taken = covered_tokens(found.mentions)
        learnt: dict[str, tuple[str, str]] = {}
        for _, k in cues:
            if k < 0 or k in taken or not t.title[k]:
                continue
            lo, start = lo_of(t, k), k
            while start > lo and t.title[start - 1] and start - 1 not in taken:
                start -= 1
            if t.lower[start] == "the":
                start += 1
            actor_id = full.get(tuple(t.text[start : k + 1]))
            if actor_id is not None and start <= k:
                learnt[t.string(start, k + 1)] = (actor_id, "shape.repeat")
        if learnt:
            self.learnt.apply(t, found, learnt, inside_names=False, headline=self.groups.headline)

    def _calendar_surnames(self, t: TokenTable, found: Found) -> None:
        """'Prime Minister Godwin Friday will', 'Friday has vowed': a weekday or a month right
        after a person's given name, where no number dates it ('Friday 14 November'), is the
        person's surname, and names the person alone wherever no date word comes before it ('on
        Friday', 'last Friday', 'by March') nor a number after it."""
        text, lower, n = t.text, t.lower, len(t.text)
        grown: dict[str, str] = {}
        for m in list(found.mentions):
            k = m.end
            # (a given name found alone, by a title or a role: 'Prime Minister Godwin'; not a listed
            # person's whole name, 'Abiy Ahmed Monday pledged')
            if m.label != "PERSON" or m.via in {"coref", "pattern"} or m.end - m.start != 1 or k >= n \
                    or lower[k] not in CALENDAR or not t.title[k] or self._dated(t, k) \
                    or not self.person_names.is_given(text[k - 1]):
                continue
            found.mentions.remove(m)
            actor_id = self.people.add(t, found, m.start, k + 1, m.rule)
            grown[text[k]] = actor_id
            if m.actor_id in found.actors and not any(x.actor_id == m.actor_id for x in found.mentions):
                del found.actors[m.actor_id]  # ('Godwin' alone was this man's first name, not a person)
        if not grown:
            return
        taken = covered_tokens(found.mentions)
        for k in t.where("text", grown.keys()):
            if k in taken or not t.title[k] or k > 0 and (lower[k - 1] in DATE_WORDS or t.cap[k - 1]
                                                           and k - 1 > lo_of(t, k) and lower[k - 1] != "the") \
                    or self._dated(t, k):
                continue
            found.mentions.append(Mention(k, k + 1, (grown[text[k]],), "surname.repeat", "PERSON"))

    @staticmethod
    def _dated(t: TokenTable, k: int) -> bool:
        """Whether a number dates the calendar word at k ('Friday 14 November', 'Friday, 14')."""
        j = k + 1 + (k + 1 < len(t.text) and t.text[k + 1] == ",")
        return j < len(t.text) and t.text[j][:1].isdigit()

    def _party_families(self, t: TokenTable, found: Found) -> None:
        """'Labour won the September 2025 election', 'the Progress Party (FrP) and the
        Conservatives lack a majority': in a brief about politics, a party family's name
        written alone is a party's, the one the brief names in full ('Labour Party') if it does.
        Alone: no capitalised word joined to it ('Labour Minister', 'New Labour') and no 'of'
        before it ('Ministry of Labour'); a sentence's first word only where the brief also
        writes the name inside a sentence or names the party in full ('Labour shortages persist'
        is no party)."""
        families = self.groups.party_families
        ks = t.where("text", families.keys())
        if not ks or len(t.where("lower", self.groups.party_family_cues)) < self.groups.party_family_min:
            return
        text, n = t.text, len(t.text)
        taken = covered_tokens(found.mentions)

        def alone(k: int) -> bool:
            lo = lo_of(t, k)
            # ('The Labour and Employment Ministry': a portfolio's first word; not 'the Greens and
            # the SPD')
            joined = k + 3 < n and t.lower[k + 1] in {"and", "&"} and t.cap[k + 2] \
                and (text[k + 3] in self.groups.institutions or t.lower[k + 3] in {"minister", "ministry"})
            # ('Many Labour activists': a quantifier opening the sentence; not 'New Labour')
            opener = k - 1 == lo and t.lower[k - 1] in self.groups.party_family_openers
            return k not in taken and not joined and not (k + 1 < n and t.cap[k + 1] and t.alpha[k + 1]) \
                and not (k > lo and (t.cap[k - 1] and t.alpha[k - 1] and t.lower[k - 1] != "the" and not opener
                                     or t.lower[k - 1] in {"of", "for"} or text[k - 1] in DASHES))

        # a family's word another rule read alone as a group's name already ('Labour' after Welsh
        # Labour): that group's, at a sentence's start too
        written: dict[str, str] = {}
        for m in found.mentions:
            if m.label == "GROUP" and m.via != "coref" and m.end - m.start == 1 and text[m.start] in families \
                    and len(m.actor_ids) == 1 and m.actor_ids[0] in found.actors:
                written.setdefault(text[m.start], m.actor_ids[0])
        inside = {text[k] for k in ks if k > lo_of(t, k) and alone(k)} | written.keys()
        by_name = {found.actors[m.actor_ids[0]].name: m.actor_ids[0] for m in found.mentions
                   if m.label == "GROUP" and len(m.actor_ids) == 1 and m.actor_ids[0] in found.actors}
        actor_of: dict[str, str] = {}
        for k in ks:
            word = text[k]
            if not (word in inside or families[word] in by_name) or not alone(k):
                continue
            party = families[word]  # ('Tories' and 'Conservatives' are one party)
            actor_id = actor_of.get(party) or written.get(word) or by_name.get(party)
            if actor_id is None:
                actor_id = actor_of[party] = shaped_group(t, found, k, k + 1, "shape.group_party_family")
            else:
                actor_of[party] = actor_id
                found.mentions.append(Mention(k, k + 1, (actor_id,), "shape.group_party_family", "GROUP"))

    def _acting_words(self, t: TokenTable, found: Found) -> None:
        """'Chiquita has since pledged to rehire ..., but says it will not negotiate', 'Perenco has
        warned that it will defer drilling': one capitalised word that no word list, place list
        or list of family names holds, committing itself ('Kiir refused' is a surname's;
        'Chiquita' is only a given name) where the people passes found no one there, and that
        the rest of its sentence calls 'it' (not 'he' or 'she': 'Milei vowed to cut his budget'):
        an organisation's name (a company, a union, an outlet), found everywhere the brief writes
        it. Not a word the brief also writes inside a longer capitalised name ('Koffa' of 'J.
        Fonati Koffa', a person's surname written alone)."""
        taken = covered_tokens(found.mentions)
        text, lower = t.text, t.lower
        learnt: dict[str, tuple[str, str]] = {}
        # (past an aside: 'ExxonMobil, which has operated Zafiro since the 1990s, agreed')
        for cue, k in acting_cues(t, self.groups.acronym_actor_verbs):
            if k < 0:
                continue
            word = text[k]
            # (a capital inside the word is still a name's: 'ExxonMobil', 'PetroleumBRUNEI')
            named = (t.title[k] or t.cap[k] and not t.acro[k]) and t.alpha[k] and len(word) >= 4
            if k in taken or word in learnt or not named \
                    or k > 0 and lower[k - 1] == "the" \
                    or lower[k] in self.groups.english or lower[k].endswith(ACTING_NOT_NAMES) \
                    or self.groups.is_place(t, k, k + 1) or self.person_names.key(word) in self.person_names.family \
                    or k > lo_of(t, k) and t.cap[k - 1] and t.alpha[k - 1]:
                continue
            after = {lower[j] for j in range(cue + 1, t.sent_ends[t.sent_of[cue]])}
            # (a capital well inside the word is a company's or a brand's, not a person's: 'QatarEnergy
            # committed to deliver cargoes' needs no 'it' after it; 'DeSantis', 'McAllister' do)
            if not (after & IT_WORDS or _compound_brand(word)) or after & PERSON_PRONOUNS:
                continue
            if _in_a_longer_name(t, word, acronyms=True) or any(
                    j > 0 and (lower[j - 1] in ACTING_PLACE_WORDS or text[j - 1] in DASHES and not t.ws[j - 1])
                    for j in t.where("text", {word})):
                continue  # a word of a longer name somewhere ('Fonati Koffa', 'JD Vance', 'Chiquita
                # Brands', 'Al-Yousef'), or a place's ('leaflets found in Maguing threatened', 'the
                # authorities in Sukhumi have promised'); 'the Kremlin' stands for its state
            learnt[word] = (shaped_group(t, found, k, k + 1, "shape.group_acting_word"), "shape.repeat")
        if learnt:
            self.learnt.apply(t, found, learnt, inside_names=False, headline=self.groups.headline)

    def _acting_brands(self, t: TokenTable, found: Found) -> None:
        """'ExxonMobil operates the Stabroek block', 'in which ExxonMobil sought to block the deal':
        a word with a capital well inside it (a company's or a brand's, see ``_compound_brand``)
        with a verb right after it acts, whatever the verb: found everywhere the brief writes it.
        Not a word of a longer capitalised name, nor one a word list or the family names hold,
        nor one a passive has acted on ('PlugX has been used': a tool's name)."""
        taken = covered_tokens(found.mentions)
        text, lower, n = t.text, t.lower, len(t.text)
        learnt: dict[str, tuple[str, str]] = {}
        for k in compress(range(n - 1), t.cap):  # (capitalised words only: most tokens are none)
            word, after = text[k], lower[k + 1]
            if k in taken or word in learnt or not t.alpha[k] or len(word) < 5 or t.acro[k] or after in self.copulas \
                    or not _compound_brand(word) \
                    or lower[k] in self.groups.english or self.person_names.key(word) in self.person_names.family \
                    or not (t.is_lower[k + 1] and t.alpha[k + 1]) or k + 2 < n and lower[k + 2] == "been" \
                    or not (after in self.brand_verbs or after in self.irregular_pasts
                            # ('operates the block', 'signed a deal', 'sought to'; not 'ExxonMobil shares
                            # fell', a noun, nor 'PlugX infected 300 machines', a tool's count)
                            or after.endswith(("s", "ed")) and k + 2 < n
                            and (lower[k + 2] in self.determiners or lower[k + 2] == "to")):
                continue
            if _in_a_longer_name(t, word, acronyms=False) or self.index.find([word]):
                continue  # a word of a longer name somewhere ('ExxonMobil Guyana'); a listed word, whose
                # sentences must vouch for it ('LockBit' in a brief on ransomware)
            learnt[word] = (shaped_group(t, found, k, k + 1, "shape.group_acting_brand"), "shape.repeat")
        if learnt:
            self.learnt.apply(t, found, learnt, inside_names=False, headline=self.groups.headline)

    def _person_first_word(self, word: str) -> bool:
        """A table cell opening with a given name or a title ('President William Ruto') names a person."""
        return self.person_names.is_given(word) or word in self.person_names.titles

    def _suffixed(self, t: TokenTable, candidates: list) -> list:
        """'SPLM-IO', 'Sudan People's Liberation Movement-in-Opposition': a group's name with a
        glued hyphenated suffix names another group (a faction), not the first one; not where the
        suffix is a state or its capital ('SDF-Damascus talks': two parties) or the last word of
        another group the brief names ('CJNG-Chapitos')."""
        text, ws, n = t.text, t.ws, len(t.text)
        states = {start for start, _, entry, _ in candidates if entry.label == "STATE"}
        # 'the CJNG-Chapitos arrangement' in a brief naming Los Chapitos: two parties, not a faction
        group_words = {text[e - 1] for _, e, entry, _ in candidates if entry.label == "GROUP"}
        out = []
        for start, end, entry, _ in candidates:
            if entry.label != "GROUP" or end >= n or text[end] != "-" or ws[end - 1]:
                continue
            if end + 1 < n and (end + 1 in states or self.groups.fold(text[end + 1]) in self.groups.place_keys
                                or text[end + 1] in group_words and len(text[end + 1]) >= 4
                                and text[end + 1][:1].isupper() and not text[end + 1].isupper()):
                continue
            k = end
            while k + 1 < n and text[k] == "-" and not ws[k] and t.alpha[k + 1]:
                k += 2
                if ws[k - 1]:
                    break
            if k > end and t.cap[k - 1]:
                name = t.string(start, k)
                out.append((start, k, Entry(f"group:{slug(name)}", "GROUP", "name", True, "shape", None),
                            "shape.group_suffix"))
        return out

    def _capitalised_lines(self, t: TokenTable, found: Found) -> None:
        """'THE MAHMUDA GROUP, LAKURAWA AND THE SOUTHWARD DRIFT': a title or heading in capitals
        writes the brief's names in capitals too; no shape can tell them from the words around
        them, so the names the brief writes elsewhere in mixed case are looked for there."""
        upper: dict[str, tuple[str, str]] = {}
        for m in found.mentions:
            if m.via in {"coref", "metonym"} or len(m.actor_ids) != 1:
                continue  # (a capital in capitals opens a wire's dateline: 'SANTO DOMINGO (Wire) -')
            surface = t.string(m.start, m.end)
            if m.end - m.start == 1 and m.label != "STATE" and t.lower[m.start] in self.groups.english:
                continue  # ('General' alone is any heading's 'GENERAL')
            if surface.upper() != surface and len(surface) > 3:
                upper.setdefault(surface.upper(), (m.actor_id, "shape.capitals"))
        if upper:
            self.learnt.apply(t, found, upper)

    def _titles(self, t: TokenTable, found: Found) -> None:
        """The titles the brief gives its people: 'Ethiopian Prime Minister Abiy Ahmed', 'President
        Mohamud'; with the state when a demonym or a state's possessive opens the title. Kept on
        the actor (``roles``) for the entity record and for 'the prime minister' later."""
        state_at = {m.end: m.actor_id for m in found.mentions if m.label == "STATE" and len(m.actor_ids) == 1}
        titles, tails = self.person_names.titles, self.person_names.title_tails
        for m in found.mentions:
            if m.label != "PERSON" or m.via not in {"alias", "shape", "pattern"}:
                continue
            k = m.start
            while k > 0 and (t.text[k - 1] in titles or t.text[k - 1] in tails and t.cap[k - 1]
                             or t.lower[k - 1] == "of" and k > 1 and t.text[k - 2] in titles):
                k -= 1
            while k < m.start and not t.cap[k]:
                k += 1
            if k == m.start:
                continue
            of = state_at.get(k)
            if of is None and k >= 2 and t.text[k - 1] in {"'s", "\u2019s"}:
                of = state_at.get(k - 1)
            role = {"title": t.string(k, m.start), "of": of, "source": "text"}
            actor = found.actors[m.actor_id]
            if role not in actor.roles:
                actor.roles.append(role)

    @staticmethod
    def _topical_contexts(t: TokenTable, contexts: set[tuple[frozenset[str], int]],
                          sent_words: dict[int, set[str]],
                          words_of: Callable[[TokenTable, int, int], set[str]]) -> set[frozenset[str]]:
        """The contexts (word set, sentences needed) the brief is about: as many of its sentences
        as the entry's ``topic`` hold one of the words (a brief on ransomware names 'LockBit'
        where no sentence says 'ransomware'). ``sent_words``: the sentences' words read so far."""
        if not contexts:
            return set()
        _, starts, ends = t.bounds
        sentences = [sent_words.get(k) or words_of(t, s, e) for k, (s, e) in enumerate(zip(starts, ends, strict=True))]
        return {words for words, topic in contexts if sum(1 for s in sentences if s & words) >= topic}

    def _in_place_name(self, t: TokenTable, start: int, end: int) -> bool:
        """A state's name inside the name of a place or an institution: after 'Lake', 'Port',
        'Bank of', before 'Basin' or 'Valley' ('the Congo Basin'), or a capitalised run that is a
        known place."""
        institutions = self.groups.institutions
        if start >= 1 and t.cap[start - 1] and t.text[start - 1] in institutions:
            return True
        if end < len(t.text) and t.text[end] in self.groups.place_tails:
            return True
        if start >= 2 and t.lower[start - 1] == "of" and t.text[start - 2] in institutions:
            return True
        s, e = start, end
        while s > 0 and t.cap[s - 1]:
            s -= 1
        while e < len(t.text) and t.cap[e]:
            e += 1
        return (s, e) != (start, end) and self.groups.is_place(t, s, e)

    def _metonyms(self, t: TokenTable, found: Found) -> None:
        """Capitals acting for their state: mentions of the state (via metonym)."""
        listed = {m.start for m in found.mentions if m.label in {"STATE", "GROUP"} and m.via != "coref"}
        for start, end, state in self.capitals.find(t, found.capitals, covered_tokens(found.mentions), listed):
            if state not in self.actors:
                continue  # a capital of a state the pattern files do not hold
            self._use(found.actors, Entry(state, "STATE", "name", False, "generated", None), t, start, end)
            found.mentions.append(Mention(start, end, (state,), "metonym.capital", "STATE"))

    def _use(self, actors: dict[str, Actor], entry: Entry, t: TokenTable, start: int, end: int) -> None:
        if entry.actor_id in actors:
            return
        known = self.actors.get(entry.actor_id)
        if known is not None:
            actors[entry.actor_id] = Actor(known.id, known.label, known.name, known.refs)
        else:  # a name shape: the actor is named as the brief writes it
            actors[entry.actor_id] = Actor(entry.actor_id, entry.label, one_line(t.string(start, end)))

    def _gazetteer(self, doc: Doc, t: TokenTable, actors: dict[str, Actor],
                   capitals: list[tuple[int, int, str]], state_words: set[int]) -> list[Mention]:
        """The names of the pattern files and the group name shapes, longest first; the
        capitals found are left in ``capitals`` (places until a later pass sees them act), and
        the tokens of every state name or demonym found, even inside a longer name, in
        ``state_words``."""
        candidates: list[tuple[int, int, Entry, str]] = []
        hits = self.index.find(t.text)
        if len(self.tokens):
            hits += [(start, end, self.entries[key]) for key, start, end in self.tokens(doc)]
        sent_id, sent_starts, sent_ends = t.bounds
        sent_words: dict[int, set[str]] = {}
        deferred: list[tuple[int, int, Entry]] = []
        for start, end, entries in hits:
            if not boundary_ok(t, start):
                continue
            span_text = t.string(start, end)
            for entry in entries:
                if entry.via == "capital":
                    capitals.append((start, end, entry.actor_id))
                    continue
                if not entry.exact and span_text.islower() and not (
                        entry.origin == PARTY_ORIGIN and len(span_text.replace("-", " ").split()) >= 2):
                    continue  # 'insensitive' still needs a capital: 'hamas' in prose is not a name
                    # (a party list's name of words no English dictionary holds is not prose: 'déi gréng')
                if entry.origin == PARTY_ORIGIN and (self._party_name_goes_on(t, end)
                                                     or self._name_came_before(t, start)):
                    continue  # 'Istiqlal Party', 'SPLM-N', 'Alliance Nationale pour le Changement',
                    # '...Démocratie–Forces pour la Défense de la Démocratie': a party list's name
                    # inside a longer one, which the name shapes read
                if entry.context is not None:
                    sid = sent_id[start]
                    words = sent_words.get(sid)
                    if words is None:
                        words = sent_words[sid] = self._sentence_words(t, sent_starts[sid], sent_ends[sid])
                    if not (entry.context & words):
                        deferred.append((start, end, entry))
                        continue
                if entry.label == "STATE" and self._in_place_name(t, start, end):
                    continue  # 'Lake Chad', 'Bank of Japan', 'Port Sudan': a place or institution
                rule = "demonym.gazetteer" if entry.via == "demonym" else "pattern.gazetteer"
                candidates.append((start, end, entry, rule))
        # a name its context vouches for in one sentence is the same actor in the others ('Hun
        # Sen, not his son, sets the tone' after 'Hun Sen, Senate president')
        vouched = {entry.actor_id for _, _, entry, _ in candidates}
        topical = self._topical_contexts(t, {(e.context, e.topic) for _, _, e in deferred if e.topic}, sent_words,
                                         self._sentence_words)
        candidates += [(start, end, entry, "pattern.gazetteer") for start, end, entry in deferred
                       if entry.actor_id in vouched or entry.context in topical]
        state_words.update(k for start, end, entry, _ in candidates if entry.label == "STATE"
                           for k in range(start, end))
        known: dict[int, tuple[int, str]] = {}
        for start, end, entry, _ in candidates:
            if start not in known or known[start][0] < end:
                known[start] = (end, entry.label)
        # 'the Maute network' in a brief that names the Maute Group: the group it names in full
        named_groups = {t.string(s, e): entry for s, e, entry, _ in candidates if entry.label == "GROUP"}
        capital_spans = {(start, end) for start, end, _ in capitals}
        for shape in self.groups.find(t, known, self.place_words):
            name = t.string(shape.start, shape.end)
            if name.casefold() in self.false_friends:
                continue  # a name's shape, never a name ('Line Up Front' of 'Bottom Line Up Front')
            if (shape.start, shape.end) in capital_spans:
                continue  # a capital or a seat of government ('La Moneda'), never a group's name
            fuller = [entry for text, entry in named_groups.items() if text.startswith(name + " ")]
            entry = fuller[0] if len({e.actor_id for e in fuller}) == 1 else Entry(
                f"group:{slug(name)}", "GROUP", "name", True, "shape", None)
            candidates.append((shape.start, shape.end, entry, shape.rule))
        for start, end, kind in table_name_cells(t, self.table_headers):
            name = t.string(start, end)
            if f"({name})" in t.source:
                continue  # an acronym the prose defines: the definitions pass names it, with its rule
            if name.casefold() in self.table_summaries:
                continue  # a summary row ('Total', 'Others'), never an actor
            if name.casefold() not in self.false_friends and cell_is_name(
                    t, start, end, kind, lower_tails=self.table_tails, joiners=self.groups.joiners,
                    given=self._person_first_word):
                candidates.append((start, end, Entry(f"group:{slug(name)}", "GROUP", "name", True, "shape", None),
                                   "shape.group_table"))
        if self.groups.crime_brief(t):
            for start, end in family_chains(t, self.place_words):
                name = t.string(start, end)
                candidates.append((start, end, Entry(f"group:{slug(name)}", "GROUP", "name", True, "shape", None),
                                   "shape.group_family_chain"))
        candidates += self._suffixed(t, candidates)
        candidates.sort(key=lambda c: (c[0] - c[1], ORIGIN_RANK[c[2].origin], VIA_RANK[c[2].via], c[0],
                                       c[2].actor_id))
        taken = [False] * len(doc)
        mentions = []
        for start, end, entry, rule in candidates:
            if True in taken[start:end]:
                continue
            taken[start:end] = [True] * (end - start)
            self._use(actors, entry, t, start, end)
            mentions.append(Mention(start, end, (entry.actor_id,), rule, entry.label))
        return mentions


def _quoted_title_words(t: TokenTable, q: int) -> int | None:
    """The closing quote of one to three capitalised words quoted from ``q`` ('"El Chino"',
    '"Pelikani"'), else None."""
    close = next((k for k in range(q + 2, min(len(t.text), q + 5)) if t.text[k] in QUOTES), None)
    return close if close is not None and all(t.title[k] and t.alpha[k] for k in range(q + 1, close)) else None
