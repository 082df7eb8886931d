"""briefs_claims: pledges, assessments and relationships from the rules in patterns/claims/.

Each rule is a spaCy Matcher pattern run only on the sentence window around its anchor
word (its rarest required word), so a brief is not scanned once per rule.
Around each match the component reads, from the word lists in
patterns/lexicon/claims.json: where the actors are (left, right with coordination,
first of the sentence, inside the match), negation of the action, modality, and
for assessments one best cue per sentence with its ICD-203 band.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate, compress, pairwise
from typing import Any

from spacy.attrs import ENT_TYPE, LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from pipeline.components.actors import Mention, covered_tokens, ensure_extensions, read_mentions
from pipeline.components.author import IMPLIED as AUTHOR_IMPLIED
from pipeline.components.author import known_author
from pipeline.components.clauses import LOCATIVE_PREPOSITIONS, POSSESSIVE_PRONOUNS, Clauses
from pipeline.components.confidence import ConfidenceReader
from pipeline.components.cues import CameoCues
from pipeline.components.frames import Frames
from pipeline.components.persist import SavedState
from pipeline.components.speech import FIRST_PLURAL, FIRST_SINGULAR, Quotes
from pipeline.components.tokens import QUOTES, TablesOf
from pipeline.patterns import (
    ClaimRule,
    FrameRule,
    PatternBundle,
    PatternError,
    head_roles,
    pattern_word_lists,
    person_titles,
    with_word_lists,
)
from pipeline.read.layout import BLOCK_RE
from pipeline.records import ACTOR_VIAS, SYMMETRIC_RELATIONS

DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"})
POSSESSIVE_MARKS = frozenset({"'s", "\u2019s"})
FIRST_OWNERS = frozenset({"my", "our"})  # a quoted subject the speaker owns ('My soldiers will')
FIRST_PLURAL_OWNER = frozenset({"our"})
MODALITY_ORDER = ("violated", "questioned", "required", "conditional", "forecast", "reported")
# ties that hold whatever the verb after them says ('President X has said ... will')
ACTOR_LABELS = frozenset({"GROUP", "STATE", "PERSON"})
STANDING_RELATIONS = frozenset({"LEADS", "AFFILIATED_WITH", "ALLY_OF"})
# a pledge cue after these in its clause is asked about or set as a condition
QUESTION_OR_CONDITION = frozenset({"whether", "if", "unless"})
QUESTION = frozenset({"whether"})
# conjunctions that open a condition only with a subject between them and the cue ('once Damascus
# guarantees an amnesty'; not 'the group once vowed to')
CONDITION_OPENERS = frozenset({"once", "until", "provided", "providing"})
# degree words inside a verb group before its hedge ('are very likely to', 'is highly unlikely')
DEGREE_WORDS = frozenset({"very", "highly", "more", "less", "most", "quite", "not"})
# words after which a new clause starts, so a noun phrase after them is its subject
CLAUSE_JOINS = frozenset({"and", "but", "that", "while", "as", "because", "if", "when", "although", "though"})
# Before a pledge word only refusing negates it; "breaking its promise" is a violation.
PLEDGE_REFUSALS = {"refuse", "decline"}
BY = frozenset({"by"})
# a cue ending in one of these takes a participle before its target ('alongside neighbouring X
# units'); after a verb or another preposition the '-ing' word is a gerund with its own object
# ('supports disarming X', 'support for disarming X')
SIDE_PREPOSITIONS = frozenset({"alongside", "beside"})
# the side an actor is on or against, not what it is ('fights alongside a cell of X')
COMPANY_PREPOSITIONS = SIDE_PREPOSITIONS | {"with", "against", "among", "besides", "unlike", "like"}
# (one-word phrases, " w1 w2 " strings of the longer ones, first words): see _phrases
Phrases = tuple[frozenset[str], list[str], frozenset[str]]
# a percentage's figure ('60', '12.5'): what a stated probability holds
NUMBER = re.compile(r"\d{1,3}(?:\.\d+)?")
CONTENT_STOPS = frozenset({";", ":", "\u2014", "\u2013", "--"})
WORD_ATTRS = (("LOWER", LOWER), ("LEMMA", LEMMA), ("ORTH", ORTH))
# what a match needs besides its anchor: words, and the entity labels the references left
# ('relationship.person_of_group' needs a PERSON before its 'of', which most 'of' lack)
NEEDED_ATTRS = (*WORD_ATTRS, ("ENT_TYPE", ENT_TYPE))
# token-table column holding each attribute: as the Matcher compares it, and as _fold has it
EXACT_COLUMN = {LOWER: "lower", LEMMA: "lemma_text", ORTH: "text"}
FOLDED_COLUMN = {LOWER: "lower", LEMMA: "lemma", ORTH: "text"}


# the nouns of evidence an author may deny a clause ("no sign that", "little evidence that")
DENIED_EVIDENCE = frozenset({"sign", "signs", "evidence", "indication", "indications", "proof", "suggestion"})
RELATIVE_WORDS = frozenset({"which", "who", "whom", "whose"})


@dataclass
class Hit:
    rule: ClaimRule | FrameRule
    start: int
    end: int
    sent: Span
    # the actor and target a frame found (components/frames.py); None: read them around the cue
    actors: list[Mention] | None = None
    targets: list[Mention] | None = None


@Language.factory("briefs_claims", assigns=["doc._.claims"], default_config={})
def make_claims(nlp: Language, name: str) -> ClaimMatcher:
    return ClaimMatcher(nlp, name)


# acts a side grants or refuses, whose negated passive in what its speaker says is a refusal
REFUSED_PASSIVES = frozenset({"return", "allow", "tolerate", "accept", "release", "deport", "extradite", "permit",
                              "hand", "send", "pay", "grant", "use", "deploy", "cede", "recognise", "recognize"})

class ClaimMatcher(SavedState):
    def __init__(self, nlp: Language, name: str):
        ensure_extensions()
        self.nlp, self.name = nlp, name
        self.tables = TablesOf(nlp)
        self.ready = False

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None, patterns: Any) -> None:
        """``patterns`` is the PatternBundle from the ``briefs.patterns.v1`` loader."""
        bundle: PatternBundle = patterns
        lex = bundle.lexicon.get("claims")
        if not isinstance(lex, dict):
            raise PatternError(bundle.root / "lexicon" / "claims.json", None, None, "missing claims lexicon")
        self.version = bundle.version
        self.negation = set(lex["negation"])
        self.negation_exceptions = {tuple(pair) for pair in lex["negation_exceptions"]}
        self.noun_compounds = {tuple(pair) for pair in lex["noun_compounds"]}
        self.negating_verbs = set(lex["negating_verbs"])
        self.negating_phrasal = {tuple(pair) for pair in lex["negating_phrasal_verbs"]}
        self.window = int(lex["negation_window"])
        self.modality = {k: _phrases(v) for k, v in lex["modality"].items()}
        self.reporting = set(lex["reporting_verbs"])
        self.statement_verbs = frozenset(lex["statement_verbs"])
        # the word forms that attribute a quotation ('," Hamas said'), the people lexicon's
        self.speech_verbs = frozenset(bundle.lexicon["people"]["speech_verbs"])
        # who speaks for a clause's subject in an attribution after it ('..., its spokesman said')
        self.attribution_speakers = frozenset(lex["attribution_speakers"])
        self.gap_words = set(lex["coordination"])
        self.object_quantifiers = frozenset(lex["object_quantifiers"])
        self.part_words = frozenset(lex["part_words"])
        self.adverbial_phrases = frozenset(lex["adverbial_phrases"])
        self.people_describers = frozenset(lex["people_describers"])
        self.loose_modifiers = frozenset(lex["loose_hyphen_modifiers"])
        self.follower_nouns = frozenset(lex["follower_phrases"]["nouns"])
        self.follower_ties = frozenset(lex["follower_phrases"]["ties"])
        self.max_first_gap = int(lex["max_first_gap"])
        self.max_list_gap = int(lex["max_list_gap"])
        self.breaks = set(lex["clause_breaks"])
        self.roles = set(lex["role_nouns_for_apposition"])
        self.apposition_heads = self.roles | set(lex["affiliate_nouns"]) | set(lex["member_roles"])
        self.person_roles = self.roles | set(lex["member_roles"])  # a person's, not a unit's ('wing')
        self.description_openers = frozenset(lex["description_openers"])
        self.naming_words = frozenset(lex["naming_words"])
        self.hedge_scope_breaks = frozenset(lex["hedge_scope_breaks"])
        # PETRARCH2's agent nouns, singular: the roles a description of a leader may end in
        # ('farmer', 'preacher', 'cleric'; the list also holds bodies, 'army', 'hospital', so it
        # is read only before a leader's name: see _description_before)
        self.agent_nouns = frozenset(k for k, a in (bundle.agents.agents if bundle.agents else {}).items()
                                     if a.number != "plural" and " " not in k)
        self.prepositions = frozenset(lex["prepositions"])
        self.bands = {k: tuple(v) for k, v in lex["bands"].items()}
        # the bands from the least likely up, for a stated percentage (see _band)
        self.bands_upward = sorted(self.bands, key=lambda b: self.bands[b])
        self.organs = set(lex["state_organs"])
        self.threat_passives = frozenset(lex["threat_passives"])
        # 'Pakistani Prime Minister X': a demonym before a capitalised office title names the state
        # ('Belarusian leader X': so does a head role)
        offices = bundle.lexicon["people"]["office_titles"]
        self.office_titles = frozenset(w.lower() for w in offices) | head_roles(bundle)
        self.pronouns = set(lex["pronouns"])
        self.relatives = set(lex["relative_pronouns"])
        self.clause_relatives = self.relatives - {"that"}  # "that" opens no comma clause
        self.hearsay = set(lex["hearsay"])
        self.left_joiners = set(lex["left_coordination"])
        self.forecast_hedges = frozenset(lex["forecast_hedges"])
        self.improbable_hedges = frozenset(lex["improbable_hedges"])
        self.forecast_governors = frozenset(lex["forecast_governors"])
        self.own_side = frozenset(lex["own_side_nouns"])
        commitments = bundle.lexicon.get("commitments")
        if not isinstance(commitments, dict):
            raise PatternError(bundle.root / "lexicon" / "commitments.json", None, None, "missing commitments lexicon")
        self.actions = frozenset(commitments["action"])
        self.aims = frozenset(commitments["aim"])
        self.commit_verbs = self.actions | self.aims
        self.quantities = _phrases(commitments["quantities"])
        self.modals = frozenset({"will", "would", "shall", "wo", "'ll", "\u2019ll"})
        self.aux = frozenset(bundle.lexicon["clauses"]["auxiliaries"])
        self.content_breaks = frozenset(lex["content_breaks"])
        self.assessment_breaks = frozenset(lex["assessment_breaks"])
        self.hedge_openers = frozenset(lex["hedge_openers"])
        titles = person_titles(bundle)
        self.frames = Frames([located.item for located in bundle.frames],
                             state_units=frozenset(lex["state_unit_words"]), titles=titles,
                             rebel_words=frozenset(lex["rebel_name_words"]))
        self.cameo = CameoCues([located.item for located in bundle.cues],
                               bundle.cameo_map.window if bundle.cameo_map is not None else 6)
        confidence_lex = bundle.lexicon.get("confidence")
        if not isinstance(confidence_lex, dict):
            raise PatternError(bundle.root / "lexicon" / "confidence.json", None, None, "missing confidence lexicon")
        self.confidence = ConfidenceReader(confidence_lex)
        clause_lex = bundle.lexicon.get("clauses")
        if not isinstance(clause_lex, dict):
            raise PatternError(bundle.root / "lexicon" / "clauses.json", None, None, "missing clauses lexicon")
        self.clause_words = {k: frozenset(v) if isinstance(v, list) else v for k, v in clause_lex.items()}
        # titles before a name ('Niger's General X'): Clauses reads a list of names across them
        self.clause_words["person_titles"] = titles
        # lower-case too: a coordinated subject reads past the second name's title
        self.title_words_lower = frozenset(w.lower() for title in titles for w in title.split())
        self.clause_words["role_nouns"] = frozenset(lex["role_nouns_for_apposition"])
        self.rules: dict[str, ClaimRule] = {}
        self.patterns: dict[str, list[dict[str, Any]]] = {}  # as matched: word lists named by reference filled in
        self.matchers: dict[str, Matcher] = {}
        # Rules that are a plain run of words (no optional or repeated tokens, no other
        # attributes) are read straight off the token table at each anchor: the Matcher
        # would find exactly those matches, for a call each. rule id -> (anchor position,
        # length, [(offset from the start, column, words)] of the tokens but the anchor, which
        # is known to fit where the rule is tried).
        self.sequences: dict[str, tuple[int, int, list[tuple[int, str, frozenset[str]]]]] = {}
        self.reach: dict[str, tuple[int, int]] = {}
        # Words (or entity labels) other than the anchor that a match must contain, at a fixed
        # distance from the anchor or anywhere in its window: where one is missing the rule
        # cannot match, and looking is cheaper than asking the Matcher (most anchor words
        # start no match).
        self.needs_at: dict[str, list[tuple[int, int, frozenset[str]]]] = {}
        self.needs: dict[str, list[tuple[int, frozenset[str]]]] = {}
        # anchor attribute -> {word: [rule ids]}
        self.anchors: dict[int, dict[str, list[str]]] = {LOWER: {}, LEMMA: {}, ORTH: {}}
        # Rules of one token, its anchor words and a LOWER regular expression ('setting up'):
        # a match is an anchor word whose lower-case form the expression finds, as the
        # Matcher tests it, so the table decides without a Matcher call per anchor word.
        self.one_token: dict[str, re.Pattern[str]] = {}
        word_lists = pattern_word_lists(bundle)
        for located in bundle.claims:
            rule: ClaimRule = located.item
            matcher = Matcher(self.nlp.vocab, validate=True)
            try:
                pattern = with_word_lists(rule.pattern, word_lists)
                matcher.add(rule.id, [pattern], greedy="LONGEST")
            except ValueError as exc:
                raise PatternError(located.path, located.line, rule.id, f"bad token pattern: {exc}") from exc
            anchor = _anchor(pattern)
            if anchor is None:
                raise PatternError(located.path, located.line, rule.id,
                                   "a rule needs one required token with LOWER, LEMMA or ORTH words")
            position, attr, words = anchor
            for word in words:  # exact: a one-word rule's match is its anchor
                self.anchors[attr].setdefault(word, []).append(rule.id)
            self.reach[rule.id] = (_span_len(pattern[:position]), _span_len(pattern[position + 1 :]))
            needs = _needed_words(pattern, position)
            self.needs_at[rule.id] = [(offset, a, w) for offset, a, w in needs if offset is not None]
            self.needs[rule.id] = [(a, w) for offset, a, w in needs if offset is None]
            self.matchers[rule.id] = matcher
            self.rules[rule.id] = rule
            self.patterns[rule.id] = pattern
            sequence = _word_sequence(pattern)
            if sequence is not None:
                self.sequences[rule.id] = (position, len(pattern), [w for w in sequence if w[0] != position])
            regex = _one_token_regex(pattern, attr)
            if regex is not None:
                self.one_token[rule.id] = regex
        self.ready = True

    # ------------------------------------------------------------------ run
    def __call__(self, doc: Doc) -> Doc:
        if not self.ready:
            raise RuntimeError(f"{self.name}: not initialised with patterns (call nlp.initialize)")
        hits = []
        headers = self._header_chars(doc)
        self.t = self.tables().table(doc)
        self.bounds = self.t.bounds
        mentions = read_mentions(doc, self.t)
        self.words, self.lemmas = self.t.lower, self.t.lemma
        self.sent_cache: dict[int, Span] = {}
        self.joined: dict[tuple[int, int], tuple[str, str]] = {}
        self.modalities: dict[tuple[int, int, str], str] = {}
        self.clauses: dict[int, list[tuple[int, int]]] = {}
        # a cue wholly inside a name is part of the name: 'Malian Armed Forces' arms no one,
        # 'Alliance of Sahel States' allies no one
        named = {k: m for m in mentions if m.via != "coref" for k in range(m.start, m.end)}

        def in_name(start: int, end: int) -> bool:
            return start in named and named[start] is named.get(end - 1)

        headings = self._heading_chars(doc, self.t.source)

        def in_heading(char: int) -> bool:
            k = bisect_right(headings, (char, float("inf"))) - 1
            return k >= 0 and headings[k][0] <= char < headings[k][1]

        for rule_id, start, end in self._match(doc):
            rule = self.rules[rule_id]
            if self._blocked(doc, rule, start, end) or self.t.idx[start] in headers or in_name(start, end) \
                    or in_heading(self.t.idx[start]):
                continue
            hits.append(Hit(rule, start, end, self._sent(doc, start)))
        self.sent_mentions = self._mentions_by_sentence(doc, mentions)
        self.covered = covered_tokens(mentions)
        actor_mentions = [m for ms in self.sent_mentions.values() for m in ms]
        self.syntax = Clauses(self.t, actor_mentions, self.clause_words, frozenset(self.organs))
        self.quotes = Quotes(self.t, actor_mentions, self.speech_verbs)
        self.reporters: dict[int, list[Mention]] = {}  # cue start -> its reporter (see _reporter)
        self.attributed: dict[int, bool] = {}  # cue end -> attributed after it (see _attributed_after)
        author = (doc._.brief or {}).get("first_person_actor")
        self.author = known_author(doc._.actors or {}, self.t, mentions, author) if author else None
        hand_cues = {k for h in hits if h.rule.type == "relationship" for k in range(h.start, h.end)}
        for rule, start, end in self.cameo.find(self.t, self.syntax):
            if start in hand_cues or self.t.idx[start] in headers or in_name(start, end):
                continue  # a hand-written rule reads this verb already
            hits.append(Hit(rule, start, end, self._sent(doc, start)))
        for found in self.frames.find(self.t, actor_mentions, self.syntax):
            if self.t.idx[found.start] in headers:
                continue
            hits.append(Hit(found.rule, found.start, found.end, self._sent(doc, found.start),
                            actors=[found.actor], targets=[found.target]))
        hits.sort(key=lambda h: (h.start, -h.end, h.rule.id))
        claims: list[dict[str, Any]] = []
        claims += self._pledges(doc, [h for h in hits if h.rule.type == "pledge"])
        claims += self._relationships(doc, [h for h in hits if h.rule.type == "relationship"])
        claims += self._assessments(doc, hits)
        self.confidence.apply(self.t, claims, doc._.brief, lambda k: self._clause_of(k, self._sent(doc, k).start))
        doc._.claims = claims
        return doc

    def _sent(self, doc: Doc, i: int) -> Span:
        sid = self.bounds[0][i]
        sent = self.sent_cache.get(sid)
        if sent is None:
            sent = self.sent_cache[sid] = doc[self.bounds[1][sid] : self.bounds[2][sid]]
        return sent

    def _match(self, doc: Doc) -> list[tuple[str, int, int]]:
        """(rule id, start, end) of every match, found only around each rule's anchor words:
        a plain run of words is checked on the token table, any other rule's Matcher runs on
        the sentence window (one whole-document Matcher with every rule cost more than the
        rest of the pipeline)."""
        if not len(doc):
            return []
        sent_id, starts, ends = self.bounds
        columns = {attr: getattr(self.t, name) for attr, name in FOLDED_COLUMN.items()}
        columns[ENT_TYPE] = _entity_labels(doc)
        exact = {name: getattr(self.t, name) for name in EXACT_COLUMN.values()}
        windows: dict[str, list[tuple[int, int]]] = {}
        runs: list[tuple[str, int, int]] = []
        for attr, rules_of in self.anchors.items():
            column = getattr(self.t, EXACT_COLUMN[attr])
            # lemmas are asked about once per brief: a pass (in C) beats building their index
            found_at = compress(range(len(column)), map(rules_of.__contains__, column)) if attr == LEMMA \
                else self.t.where(EXACT_COLUMN[attr], rules_of.keys())
            for i in found_at:
                for rule_id in rules_of[column[i]]:
                    sid = sent_id[i]
                    first, last = starts[sid], ends[sid]
                    regex = self.one_token.get(rule_id)
                    if regex is not None:
                        if regex.search(self.t.lower[i]):
                            runs.append((rule_id, i, i + 1))
                        continue
                    sequence = self.sequences.get(rule_id)
                    if sequence is not None:
                        position, length, words = sequence
                        start = i - position
                        if first <= start and start + length <= last:
                            # loops, not all() over a generator: this runs for every anchor word
                            for k, name, allowed in words:
                                if exact[name][start + k] not in allowed:
                                    break
                            else:
                                runs.append((rule_id, start, start + length))
                        continue
                    for offset, a, needed in self.needs_at[rule_id]:
                        if not (first <= i + offset < last and columns[a][i + offset] in needed):
                            break
                    else:
                        self._window(windows.setdefault(rule_id, []), i, first, last, self.reach[rule_id])
        found = set(_longest_first(runs))
        for rule_id, spans in windows.items():
            matcher = self.matchers[rule_id]
            needs = self.needs[rule_id]
            for lo, hi in spans:
                if needs and not all(words.intersection(columns[attr][lo:hi]) for attr, words in needs):
                    continue
                for _, start, end in matcher(doc[lo:hi]):
                    found.add((rule_id, lo + start, lo + end))
        return sorted(found, key=lambda m: (m[1], -m[2], m[0]))

    @staticmethod
    def _window(spans: list[tuple[int, int]], i: int, first: int, last: int, reach: tuple[int, int]) -> None:
        """Add the window of a rule's anchor word ``i`` in sentence [first, last) to the rule's
        ``spans``, joined to the one before where they touch in the same sentence."""
        before, after = reach
        lo, hi = max(first, i - before), min(last, i + after + 1)
        if spans and lo <= spans[-1][1] and spans[-1][0] >= first:
            spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
        else:
            spans.append((lo, hi))

    @staticmethod
    def _header_chars(doc: Doc) -> range:
        """A brief's publisher, date and title lines are headlines, not claims."""
        brief = doc._.brief
        if brief is None:
            return range(0)
        ends = [brief[name][1] for name in ("publisher", "date_span", "title") if brief[name] is not None]
        return range(0, max(ends)) if ends else range(0)

    @staticmethod
    def _heading_chars(doc: Doc, text: str) -> list[tuple[int, int]]:
        """A section heading names a topic ('What Dakar can do', 'The Huachicol War Turns on
        the Security Forces'); one written as a sentence (a final full stop, '?' or '!') or
        opening one (a colon: 'Outlook: JNIM will probably hold the road') may still state a
        judgement."""
        brief = doc._.brief
        if brief is None:
            return []
        spans = [(s, e) for s, e in brief.get("headings") or [] if text[s:e].rstrip()[-1:] not in {".", "?", "!", ":"}]
        # the key block's own heading line ('What you need to know', 'Key Judgments'), which the
        # reader keeps out of ``headings`` (it opens the block, it is no section)
        offset = 0
        for line in text.split("\n"):
            match = BLOCK_RE.match(line) if len(line) < 60 else None
            if match is not None and not match.group("rest"):
                spans.append((offset, offset + len(line)))
            offset += len(line) + 1
        return sorted(spans)  # (``text``: the table's, as ``doc.text`` would make a Token per token)

    def _blocked(self, doc: Doc, rule: ClaimRule, start: int, end: int) -> bool:
        """unless_next / unless_prev: the word right after or right before the match; a verb
        cue's participle after an article."""
        after = self.words[end] if end < len(doc) else ""
        before = self.words[start - 1] if start > 0 else ""
        if rule.cue == "verb" and before in {"a", "an", "the"} and self.words[start].endswith("ed"):
            return True  # 'an armed Turkish drone': a participle after an article is an adjective
        if rule.mutual and rule.target == "left" and end - start == 1 and end < len(doc) \
                and doc[end].ent_type_ in ACTOR_LABELS:
            return True  # 'Kenya and Uganda fought al-Shabaab': an actor right after the lone verb is its object
        if before in rule.unless_prev and start >= 2 and f"{self.words[start - 2]} {before}" in self.adverbial_phrases:
            return after in rule.unless_next  # 'Pyongyang in turn arms Moscow': a noun, no phrasal verb's
        return after in rule.unless_next or before in rule.unless_prev

    def _mentions_by_sentence(self, doc: Doc, mentions: list[Mention]) -> dict[int, list[Mention]]:
        """Actor mentions per sentence; a demonym counts when it names the state's organs
        ("Somali forces", "a French drone strike", "the Colombian government")."""
        out: dict[int, list[Mention]] = {}
        sent_id, starts, _ = self.bounds
        # ('Syrian General Security': the group the demonym qualifies names the organ)
        groups_at = {m.start for m in mentions if m.label == "GROUP" and m.via in ACTOR_VIAS}
        for m in mentions:
            if m.via in ACTOR_VIAS or (m.via == "demonym" and m.end not in groups_at
                                       and self._organ_follows(doc, m.end)):
                out.setdefault(starts[sent_id[m.start]], []).append(m)
        return out

    def _organ_follows(self, doc: Doc, i: int) -> bool:
        for j in range(i, min(len(doc), i + 4)):
            if self.words[j] in self.organs or (j == i and self.words[j] in self.office_titles):
                return True
            if j > i and self.words[j - 1] in {"and", "or"} and (self.t.cap[j] or self.t.acro[j]):
                continue  # 'Russian and Rwandan troops', 'Rwandan and FADM units': sharing one noun
            if not (self.t.is_lower[j] or self.t.text[j] == "-"):
                return False
        return False

    # ------------------------------------------------------------------ positions
    def _relative_subject(self, doc: Doc, hit: Hit, left: list[Mention]) -> list[Mention] | None:
        """In '..., which once financed the group' the subject is what 'which' stands for:
        the name right before it ('the U.S. military, which backs'), or nobody."""
        rel = None
        for i in range(hit.start - 1, max(hit.sent.start, left[-1].end) - 1, -1):
            if self.words[i] in self.relatives:
                rel = i
                break
        if rel is None or any(rel < m.start < hit.start for m in left):
            return None
        if "," in self.t.text[rel + 1 : hit.start]:
            return None  # "the coalition that signed the accord, refuses to": the clause has closed
        before = rel - 1 if rel - 1 >= 0 and self.t.text[rel - 1] == "," else rel
        kept = [m for m in left if m.end <= before]
        if kept and all(self.words[k] in self.organs or self.t.text[k] == ")" for k in range(kept[-1].end, before)):
            return kept
        return []

    def _relative_clauses(self, doc: Doc, hit: Hit) -> set[int]:
        """Token indices inside ', who/which ... ,' before the cue: not the cue's subject."""
        skip: set[int] = set()
        for comma, close in self._clauses(hit.sent):
            if comma + 1 >= hit.start or close >= hit.start:
                break  # the clause had not closed before the cue
            skip.update(range(comma, close + 1))
        return skip

    def _clauses(self, sent: Span) -> list[tuple[int, int]]:
        """(opening comma, closing comma or sentence end) of each ', who/which ...' in turn."""
        found = self.clauses.get(sent.start)
        if found is None:
            found = self.clauses[sent.start] = []
            texts, words = self.t.text, self.words
            i = sent.start
            while i < sent.end:
                if texts[i] == "," and i + 1 < sent.end and words[i + 1] in self.clause_relatives:
                    j = i + 2
                    while j < sent.end and texts[j] != ",":
                        j += 1
                    found.append((i, j))
                    i = j
                i += 1
        return found

    def _find(self, doc: Doc, hit: Hit, where: str, labels: list[str] | None, *,
              governed: frozenset[str] = frozenset(), embedded: bool = False, subject: bool = False,
              owned: bool = False) -> list[Mention]:
        """The mentions at a rule's position. ``subject``: the position is the actor's, and on the
        left of a verb cue it is the subject of the cue's clause (``Clauses.subject``).
        ``owned``: on the left, a name that owns the noun after it is passed over ('JNIM,
        al-Qaeda's Sahel branch led by X': the branch is led, not al-Qaeda)."""
        mentions = [m for m in self.sent_mentions.get(hit.sent.start, [])
                    if labels is None or m.label in labels]
        if where == "inside":
            inside = [m for m in mentions if m.start < hit.end and hit.start < m.end]
            # 'Khalifa Haftar and his Libyan National Army': the name, not the pronoun after it
            named = [m for m in inside if not (m.via == "coref" and self.words[m.start] in self.pronouns)]
            return named if named else inside
        if where == "speaker":
            return [m for m in self._speaker(hit) if labels is None or m.label in labels]
        if where == "reporter":
            return [m for m in self._reporter(hit) if labels is None or m.label in labels]
        if where == "subject":
            decided, found = self.syntax.subject(hit.start, hit.sent.start)
            allowed = {id(m) for m in mentions}
            return [m for m in found if id(m) in allowed] if decided else []
        if where == "left":
            decided, found = self.syntax.subject(hit.start, hit.sent.start) if subject and hit.rule.cue == "verb" \
                else (False, [])
            if subject and hit.rule.cue == "noun" and not decided:
                # 'Israel carried out strikes on', 'Kenya and Somalia ran a joint sweep'
                decided, found = self.syntax.conducted_by(hit.start, hit.sent.start)
            if decided:
                allowed = {id(m) for m in mentions}
                return [m for m in found if id(m) in allowed]
            skip = self._relative_clauses(doc, hit)
            last = None
            if embedded:
                last = max((m for m in mentions if m.end <= hit.start), key=lambda m: m.end, default=None)
                if last is not None and self._embedded(doc, last, hit) and not self._apposed(doc, last, hit) and all(
                        self.t.alpha[k] and self.t.is_lower[k] for k in range(last.end, hit.start)) \
                        and self._object_phrase(last.start, hit.sent.start):
                    # 'dismantled a Tren de Aragua cell led by X': the cell is led, and no name
                    # before it is what the cue says of (but 'JAS, the Boko Haram faction led by
                    # X' describes JAS)
                    return []
            ends = {x.end: x for x in mentions} if governed else {}
            # a semicolon closes a clause: '... Nicaragua's place in the pact; the European Union
            # followed with asset freezes on X' (no actor of the cue's clause is a name)
            clause = next((k + 1 for k in range(hit.start - 1, hit.sent.start - 1, -1) if self.t.text[k] == ";"),
                          hit.sent.start)
            left = [m for m in mentions if clause <= m.start and m.end <= hit.start and m.start not in skip
                    and not (m.label == "STATE" and m.start > 0 and self.words[m.start - 1] == "in")  # a place
                    and not (governed and not self._apposed(doc, m, hit)
                             and self._governed(doc, m, ends, governed))
                    and not (embedded and self._embedded(doc, m, hit) and not self._apposed(doc, m, hit))
                    and not (owned and m.end < hit.start - 1 and self.t.text[m.end] in POSSESSIVE_MARKS
                             and self.words[m.end + 1] not in self.organs)]  # "Niger's junta, headed by"
            if embedded and last is not None and last not in left and hit.start - last.end <= 3 \
                    and "," in self.t.text[last.end : hit.start] \
                    and self._embedded(doc, last, hit) and not self._apposed(doc, last, hit):
                # 'where Hamas negotiators, led by X, had gathered': the name right before the
                # cue only qualifies what is led; no name further back is what the cue says of
                return []
            if hit.rule.cue == "noun" and self.words[hit.start] == ",":
                # 'routes held by Los Salazar, a Chapitos ally': an apposition describes the name
                # right before its comma, and no name found there means no actor
                left = [m for m in left if m.end == hit.start or m.end == hit.start - 1 and self.words[m.end] == ")"]
            if not left:
                return []
            if hit.rule.cue == "noun" and hit.rule.relation == "AFFILIATED_WITH" \
                    and self._beside_phrase(hit.start, left[-1].end) and not self._apposed(doc, left[-1], hit):
                return []  # 'retains fighters, alongside a smaller cell of Jund al-Khilafa': not its cell
            if len(left) >= 2 and self._owner_in_apposition(left[-2], left[-1], hit):
                left = left[:-1]
            relative = self._relative_subject(doc, hit, left)
            if relative is not None:
                left = relative
                if not left:
                    return []
            chosen = [left[-1]]
            linked = False
            for m in reversed(left[:-1]):  # "The United States and France have pressured ..."
                between = set(self.words[m.end : chosen[0].start])
                if chosen[0].label == "PERSON" and "," not in between:
                    # 'Joseph Aoun and Prime Minister Nawaf Salam took office': the title is the
                    # second name's, not a word between two actors (after a comma a clause may open)
                    between -= self.title_words_lower
                if not between or not between <= self.left_joiners:
                    break
                if chosen[0].via == "coref" and self.words[chosen[0].start] in self.pronouns:
                    break  # "wary of the TTP, and it vowed": a pronoun starts a new clause
                if between & {"and", "or"}:
                    linked = True
                elif not (linked and "," in between):
                    break  # "the Radwan Force, Hezbollah's unit": an apposition, not a list
                chosen.insert(0, m)
            return chosen
        if where == "first":
            left = [m for m in mentions if m.end <= hit.start]
            return left[:1]
        if where == "right":
            return self._right(doc, hit, mentions)
        if where == "titled_state":
            return self._titled_state(doc, hit, mentions)
        return []

    def _titled_state(self, doc: Doc, hit: Hit, mentions: list[Mention]) -> list[Mention]:
        """'President Ahmed al-Sharaa' in a sentence naming Damascus: the state the person inside
        the match heads is the sentence's state whose code the lists give the person ('SYRGOV'),
        or, for a person no list places, the one state the sentence names. A title another
        capitalised word qualifies heads no state ('Puntland President', 'Commission President')."""
        before = hit.start - 1
        if before >= hit.sent.start and (self.t.cap[before] or self.t.text[before] == "-"):
            return []
        person = next((m for m in self.sent_mentions.get(hit.sent.start, [])
                       if m.label == "PERSON" and hit.start <= m.start < hit.end), None)
        if person is None:
            return []
        states = [m for m in mentions if m.label == "STATE" and m.via != "coref" and not hit.start <= m.start < hit.end]
        refs = ((doc._.actors or {}).get(person.actor_id) or {}).get("refs") or {}
        codes = {f"state:{code[:3].lower()}" for code in refs.get("cameo") or ()}
        if codes:
            return [m for m in states if m.actor_id in codes][:1]
        return states[:1] if len({m.actor_id for m in states}) == 1 else []

    def _beside_phrase(self, cue: int, lo: int) -> bool:
        """The noun at ``cue`` heads the object of a preposition of company ('alongside a
        smaller cell of', 'with the armed wing of'), looking back over lower-case words to ``lo``."""
        k = cue - 1
        while k >= lo and self.t.is_lower[k] and self.t.alpha[k] and self.words[k] not in COMPANY_PREPOSITIONS:
            k -= 1
        return k >= lo and self.words[k] in COMPANY_PREPOSITIONS

    def _owner_in_apposition(self, head: Mention, owner: Mention, hit: Hit) -> bool:
        """'Islami Chhatra Shibir, Jamaat's student wing, has fought': the name owning the noun
        of an apposition describes the head before it, and is not the cue's subject."""
        text = self.t.text
        if owner.end >= hit.start or text[owner.end] not in POSSESSIVE_MARKS:
            return False
        if "," not in text[owner.end : hit.start] and not self._second_apposition(owner.end + 1, hit.start):
            return False
        j = owner.start - 1
        while j > head.end and (self.words[j] == "the" or text[j] in QUOTES):
            j -= 1  # ('Ahmed Abdi Karie "Qoorqoor," Galmudug's president': a nickname's closing quote)
        before = head.start - 1
        while before >= 0 and self.words[before] == "the":
            before -= 1
        if before >= 0 and self.words[before] in self.prepositions:
            return False  # 'After talks with Qatar, Israel's cabinet ... approved': an opening phrase
        if text[j] != ",":
            return False
        if text[j - 1] == ")" and head.end < j and "(" in text[head.end : j]:
            return True
        # the head's own noun may stand before the comma: 'The Bungos faction, the BIFF's largest wing,'
        return head.end <= j <= head.end + 2 and all(self.t.is_lower[k] and self.t.alpha[k] for k in range(head.end, j))

    def _second_apposition(self, start: int, cue: int) -> bool:
        """'X, Galmudug's president and a close ally of Y': the cue is in a second noun phrase
        joined to the owner's by 'and a', so both describe the head before them."""
        words = self.words
        k = next((i for i in range(start, cue) if words[i] == "and"), None)
        return k is not None and k + 1 < cue and words[k + 1] in {"a", "an"} \
            and all(self.t.is_lower[i] and self.t.alpha[i] for i in range(start, cue) if i != k)

    def _reporter(self, hit: Hit) -> list[Mention]:
        """The subject of the nearest reporting or pledging verb before the cue in its sentence
        ('Twan Mrat Naing has said the AA is open to talks but will not surrender'): a clause
        coordinated into what was said is the same speaker's. None past a ';'."""
        found = self.reporters.get(hit.start)
        if found is None:  # asked by the assessments (is this reported?) and by the pledge itself
            found = self.reporters[hit.start] = self._find_reporter(hit)
        return found

    def _find_reporter(self, hit: Hit) -> list[Mention]:
        lemmas = self.lemmas
        for k in range(hit.start - 1, hit.sent.start - 1, -1):
            if self.t.text[k] in {";", ":"}:
                return []
            if self.quotes.around(k) is not None:
                continue  # a quotation inside what was said ('... "until the last occupier leaves"')
            if lemmas[k] in self.reporting and self.t.is_lower[k]:
                decided, found = self.syntax.subject(k, hit.sent.start)
                return found if decided else []
        return []

    def _first_person_owner(self, k: int, lo: int) -> int | None:
        """The 'my'/'our' that opens the subject ending at ``k`` when its noun is the speaker's own
        side ('My soldiers', 'our fighters', lexicon own_side_nouns), or None."""
        if k < lo or self.words[k] not in self.own_side:
            return None  # 'My neighbours will leave' says what others will do
        j = k
        while j >= lo and k - j < 3 and self.t.is_lower[j] and self.t.alpha[j] and self.words[j] not in FIRST_OWNERS:
            j -= 1
        return j if j >= lo and self.words[j] in FIRST_OWNERS else None

    def _speaker(self, hit: Hit) -> list[Mention]:
        """Who commits in a future tense inside quotation marks: for 'we'/'I' the speaker the
        attribution names, else the clause's own subject ('"The Congolese state will never
        cede ...," Muyaya said'). Outside quotes only a first person the user has named as the
        brief's author (a mention the references pass made) commits; the author's 'we' is not."""
        sent = hit.sent
        implied = self.syntax.at.get(hit.start)
        if implied is not None and implied.rule == AUTHOR_IMPLIED:
            return [implied]  # 'More courts will be established', 'Launch a national mission.'
        if self.words[hit.start] not in self.modals:
            return []  # an imperative is a commitment only where the author is an actor
        k = self.syntax.verb_group_start(hit.start, sent.start) - 1
        quote = self.quotes.around(hit.start)
        passive = "be" in self.words[hit.start : hit.end]  # '"Elections will be held," he said'
        if passive and self.negation & set(self.words[hit.start : hit.end]) and not (
                k >= sent.start and self.words[k] in FIRST_PLURAL | FIRST_SINGULAR):
            # a resolve not to be coerced is the speaker's own: '"We will not be held hostage,"
            # Boyce said'; 'the elections "will not be delayed"' after 'promised that' is the
            # promise the verb already made
            return []
        owner = self._first_person_owner(k, sent.start) if quote is not None and not passive else None
        if owner is not None:
            k = owner  # '"My soldiers will treat ...," the general said': the speaker's own commitment
        if passive or owner is not None or (k >= sent.start and self.words[k] in FIRST_PLURAL | FIRST_SINGULAR):
            if quote is None:
                # the author's 'we' when the user named the author (its mention); a passive's
                # subject is what is done, not who commits
                author = None if passive else self.syntax.at.get(k)
                return [author] if author is not None else []
            sent_id, starts, ends = self.bounds
            lo = starts[sent_id[quote[0]]]
            colon = quote[0] - 1
            while colon >= 0 and self.t.space[colon]:
                colon -= 1
            introduced = colon >= 0 and self.t.text[colon] == ":"
            if introduced and sent_id[colon] != sent_id[quote[0]]:
                lo = starts[sent_id[colon]]  # 'the spokesman set out the line:' then the quotation
            nxt = quote[1] + 1
            while nxt < len(sent_id) and self.t.space[nxt]:
                nxt += 1
            if nxt < len(sent_id) and sent_id[nxt] != sent_id[quote[1]]:
                # a quotation standing alone, attributed by the next sentence's subject
                # ('"We will not hand over a single rifle ..." / Mordisco made the statement')
                opener = next((m for m in self.sent_mentions.get(starts[sent_id[nxt]], [])
                               if m.start - nxt <= 1 and m.label == "PERSON"), None)
                if opener is not None and (self.words[opener.end] in self.reporting
                                           or self.words[opener.end] in self.statement_verbs):
                    return [opener]
            hi = ends[sent_id[min(quote[1] + 1, len(sent_id) - 1)]]
            plural = not passive and self.words[k] in FIRST_PLURAL | FIRST_PLURAL_OWNER
            return self.quotes.speaker(quote, lo, hi, plural=plural, introduced=introduced)
        decided, found = self.syntax.subject(hit.start, sent.start)
        if quote is None and not self._attributed_after(hit):
            # a third-person future outside quotes is the author's forecast, unless the author
            # is an actor and names itself ('Congress will launch', 'our government will')
            return found if decided and found and all(m.actor_ids == (self.author,) for m in found) else []
        return found if decided else []

    def _attributed_after(self, hit: Hit) -> bool:
        """'The union will not endorse any text ..., its executive said in October': the
        clause's words are reported by an attribution after it, unquoted, whose speaker speaks
        for the clause's subject: its officer ('its spokesman'), a pronoun ('it said'), or its
        own noun ('the group said'); not 'Netanyahu said' or 'analysts said', another's view.
        Asked by the pledge and by the assessments for every future in a brief: read once."""
        found = self.attributed.get(hit.end)
        if found is None:
            found = self.attributed[hit.end] = self._find_attribution(hit)
        return found

    def _find_attribution(self, hit: Hit) -> bool:
        text, words, end = self.t.text, self.words, hit.sent.end
        comma = next((c for c in range(hit.end, end) if text[c] in {",", ";", ":"}), None)
        if comma is None or text[comma] != "," or comma + 2 >= end:
            return False
        first = words[comma + 1]
        if first == "the":
            # 'the group said': one noun of its own in lower case, then the verb
            own = comma + 3 < end and self.t.is_lower[comma + 2] and self.t.alpha[comma + 2]
            verb = comma + 3 if own else None
        elif first in self.attribution_speakers:
            # 'its executive said', 'it said', 'its chief negotiator told reporters'
            verb = next((v for v in range(comma + 2, min(end, comma + 5))
                         if self.t.is_lower[v] and words[v] in self.speech_verbs), None)
            if first in {"he", "she", "it", "they"}:
                verb = comma + 2
        else:
            return False
        if verb is None or words[verb] not in self.speech_verbs:
            return False
        # the attribution closes the sentence: a date or a place at most after the verb
        return end - verb <= 7 and not any(words[j] in {"that", ","} for j in range(verb + 1, end))

    def _finite_passive(self, hit: Hit) -> bool:
        """'... and is reportedly commanded by X': a passive with its own 'be', whose subject
        the clause names; not 'a faction led by X', where the participle only qualifies."""
        rule = hit.rule
        if rule.actor != "right" or rule.target != "left":
            return False
        start = self.syntax.verb_group_start(hit.start, hit.sent.start)
        return not self.clause_words["be"].isdisjoint(self.words[start : hit.start])

    def _reduced_passive(self, hit: Hit) -> bool:
        """'a businessman sanctioned by Washington', 'militias armed by the army': a verb cue's
        participle with its agent right after it and no 'be' or 'have' before it."""
        rule = hit.rule
        if hit.actors is not None or rule.cue != "verb" or rule.actor != "left" or rule.target != "right":
            return False
        if hit.end - hit.start != 1 or self._agent_by(hit) is None:
            return False
        if not self.syntax.participle(hit.start):
            return False
        k = self.syntax.verb_group_start(hit.start, hit.sent.start)
        return k == hit.start

    def _agent_by(self, hit: Hit) -> int | None:
        """The 'by' right after a participle cue, or after a second participle joined to it
        ('trained and equipped by Italy'), else None."""
        words, k = self.words, hit.end
        if k + 2 < hit.sent.end and words[k] in {"and", "or"} and self.syntax.participle(k + 1) \
                and self.t.is_lower[k + 1]:
            k += 2
        return k if k < hit.sent.end and words[k] == "by" else None

    def _qualified(self, hit: Hit) -> Mention | None:
        """The name a participle right after it qualifies: 'the UNLF, banned by', or through the
        noun phrase apposed to it ('Bol Mel, a businessman sanctioned by'); none when the noun
        phrase is no name's ('eastern authorities dominated by')."""
        at, t, lo = self.syntax.at, self.t, hit.sent.start
        fronted = self._fronted(hit)
        if fronted:
            return fronted[0]  # 'Backed by Iran, the Houthis ...'
        k = hit.start - 1
        if k >= lo and t.text[k] == ",":
            k -= 1
        if k >= lo and t.text[k] == ")" and k - 1 in at:
            k -= 1  # 'the United National Liberation Front (UNLF), banned by'
        if k >= lo and k in at:
            return at[k]
        steps = 0
        while k >= lo and steps < 4 and t.is_lower[k] and t.alpha[k] and self.words[k] not in DETERMINERS:
            k -= 1
            steps += 1
        if steps == 0 or k < lo or self.words[k] not in {"a", "an", "the"}:
            return None
        k -= 1
        if k >= lo and t.text[k] == ",":
            k -= 1
            if k >= lo and t.text[k] == ")" and k - 1 in at:
                k -= 1
            return at.get(k)
        return None

    def _fronted(self, hit: Hit) -> list[Mention]:
        """The subject a participle phrase opening the sentence qualifies: 'Led by Seka Musa
        Baluku, the group swore ...', 'Founded in 1991 by X, a former imam, the ASG ...': the
        names that open the clause after one of the phrase's commas (an apposition's comma is
        passed over when no name opens what follows it)."""
        t, lo = self.t, hit.sent.start
        while lo < hit.start and t.punct[lo]:
            lo += 1  # a bullet
        if lo < hit.start and not (self.syntax.participle(lo) and "," not in t.text[lo:hit.start]):
            return []  # 'Backed by Iran and led by X, ...': the opening participle's chain
        depth = 0
        for k in range(hit.end, hit.sent.end - 1):
            text = t.text[k]
            if text in {"(", "["}:
                depth += 1
            elif text in {")", "]"}:
                depth -= 1
            elif text in {";", ":"}:
                return []
            elif text == "," and depth <= 0:
                j = k + 1
                if self.words[j] in DETERMINERS:
                    j += 1
                subject = self.syntax.at.get(j)
                if subject is not None:
                    return [m for m in self._at_or_after(hit, subject.start)
                            if m.start > k] or [subject]
        return []

    def _object_phrase(self, start: int, lo: int) -> bool:
        """Whether the noun phrase holding the name at ``start`` is a verb's object: an article
        (past lower-case modifiers) after a lower-case word that is no preposition or
        conjunction ('dismantled a Tren de Aragua cell'), not an apposition after a comma."""
        k = start - 1
        while k > lo and self.t.is_lower[k] and self.words[k] not in DETERMINERS:
            k -= 1
        if k <= lo or self.words[k] not in {"a", "an", "the"}:
            return False
        before = k - 1
        return self.t.alpha[before] and self.t.is_lower[before] and self.words[before] not in self.prepositions \
            and self.words[before] not in {"and", "or", "but"}

    def _embedded(self, doc: Doc, m: Mention, hit: Hit) -> bool:
        """'a FARC dissident faction led by X': FARC only modifies the faction."""
        if m.start == 0 or m.end >= hit.start:
            return False
        t = self.t
        if self.words[m.end] in self.aux:
            return False  # 'his predecessor Ahmed Abdi Godane was killed': a subject
        if self.t.text[m.end] in {"-", "\u2010"} and not self.t.ws[m.end - 1] and m.end + 1 < len(self.words) \
                and self.t.is_lower[m.end + 1]:
            return True  # 'a GNU-aligned unit commanded by X': the name only qualifies the unit
        return t.is_lower[m.start - 1] and t.alpha[m.start - 1] and t.is_lower[m.end] and t.alpha[m.end]

    def _relative_verb(self, hit: Hit) -> bool:
        """'a faction that vowed to': after a noun, 'that' opens a relative clause whose verb the
        cue is (not 'said that promised aid', where 'that' follows a verb taking a clause); only a
        commitment to do something ('fronts that rejected the 2016 agreement' tells their past)."""
        k = hit.start - 1
        t = self.t
        return self.words[k] == "that" and k - 1 >= hit.sent.start and t.is_lower[k - 1] and t.alpha[k - 1] \
            and t.lemma[k - 1] not in self.syntax.lex["complement_verbs"] \
            and hit.start + 1 < len(self.words) and self.words[hit.start + 1] == "to"

    def _apposed(self, doc: Doc, m: Mention, hit: Hit) -> bool:
        """'the Radwan Force, Hezbollah's elite unit': the head right before an apposition
        (only when the cue itself opens with a name, as appositions do), or before a short
        indefinite one that ends at the cue ('X, a GNU-aligned unit commanded by')."""
        text = self.t.text
        if m.end == hit.start - 1 and text[m.end] == "," and hit.start in self.covered:
            return True
        # 'held by the 444th Combat Brigade, a GNU-aligned unit commanded by X': the unit the
        # apposition describes is the name before it
        # ('broke away from FLEC-FAC, the main armed wing of the FLEC': a definite one for a noun cue)
        opener = {"a", "an", "the"} if hit.rule.cue == "noun" else {"a", "an"}
        end = m.end
        if end + 1 < hit.start and text[end + 1] == "," and self.t.alpha[end] and self.t.is_lower[end]:
            end += 1  # 'the Cedar Line network, a syndicate run by X': the name's own noun before the comma
        return (end < hit.start - 2 and text[end] == "," and self.words[end + 1] in opener
                and hit.start - end <= 8
                and all(text[k] in {"-", "\u2010"} or not self.t.punct[k] for k in range(end + 1, hit.start)))

    def _governed(self, doc: Doc, m: Mention, ends: dict[int, Mention], prepositions: frozenset[str]) -> bool:
        """'resistance led by X and Y appeared set to oppose': X and Y are not the subject.
        ``ends``: the sentence's mentions by end token."""
        i = m.start - 1
        # Inside a list ("a merger of A, B, the C and D") commas link the items too.
        in_list = m.end < len(doc) and self.words[m.end] in {"and", "or"}
        words, texts = self.words, self.t.text
        while i >= 0:
            if words[i] in {"and", "or", "the"} or (in_list and texts[i] == ","):
                i -= 1
            elif i + 1 in ends and ends[i + 1] is not m:
                i = ends[i + 1].start - 1
            else:
                break
        return i >= 0 and words[i] in prepositions

    def _gap_ok(self, doc: Doc, start: int, end: int, limit: int, covered: set[int], *, roles: bool = False,
                describing: bool = False) -> bool:
        """Whether only gap words (and, with ``roles``, role nouns: 'led by lawmaker X'; with
        ``describing``, lower-case words before a name that qualifies a noun of people or
        places: 'wounded DI fighters') stand between a cue and its first actor, or between two
        listed actors."""
        if end - start > limit:
            return False
        words, punct = self.words, self.t.punct
        # the last role word of the gap: the words before it may describe it ('led by customary
        # chief Bernard Ngobila', 'led by the veteran police commander X')
        # (PETRARCH2's agent nouns count right before the name only, as the list holds bodies too:
        # 'led by businessman Ibrahim al-Organi')
        role_at = max((k for k in range(start, end) if words[k] in self.person_roles
                       or k == end - 1 and words[k] in self.agent_nouns and self.t.cap[end]),
                      default=-1) if roles else -1
        followers = self._followers_start(start, end)
        for i in range(start, end):
            if i in covered:
                continue  # a demonym or other mention inside the gap ("the Uzbek-led ...")
            if i < role_at and self.t.is_lower[i] and self.t.alpha[i] and words[i] not in self.breaks:
                continue
            if i < role_at and self.t.title[role_at] and all(self.t.title[j] for j in range(i, role_at)):
                continue  # a portfolio in a title: 'pressed Home Affairs Minister Wilfred Abrahams'
            if self.t.text[i] in self.clause_words["person_titles"]:
                continue  # "arrested Archbishop Bagrat Galstanyan": a title before the name
            word = words[i]
            if i == start and word in self.object_quantifiers:
                continue  # 'supplies some Fano bands' (only right after the cue)
            if word in self.part_words and i + 1 < end and words[i + 1] == "of" \
                    or word == "of" and i > start and words[i - 1] in self.part_words:
                continue  # 'killed dozens of Wagner Group mercenaries', 'detained members of ISKP'
            if i >= followers:
                continue  # 'clashed with gunmen loyal to Guaramato': the men stand for him
            if describing and end - start <= 4 and self.t.is_lower[i] and words[i] not in self.breaks \
                    and (words[i] in self.people_describers or len(words[i]) > 4 and words[i].endswith("ed")):
                continue  # (a participle describes them: 'wounded', 'displaced'; '-ing' ones act)
            if word in self.breaks and word not in self.gap_words:
                return False
            if i == end - 1 and len(word) > 5 and word.endswith("ing") and self.t.is_lower[i] \
                    and not self.t.is_lower[end] and (words[i - 1] in DETERMINERS
                                                      or i == start and words[i - 1] in SIDE_PREPOSITIONS):
                continue  # a participle modifying the name: 'fought alongside neighbouring PDF units' (not
                # a gerund's object: 'retaliated by besieging Dozo villages', 'supports disarming X')
            if i == end - 1 and i > start and len(word) > 4 and word.endswith("ed") and self.t.is_lower[i] \
                    and not self.t.is_lower[end] and words[i - 1] in DETERMINERS:
                continue  # a participle before a name: 'loyal to the jailed Ismael Zambada'
            if word not in self.gap_words and word not in self.organs and not punct[i] and not word.isdigit() \
                    and not (roles and (word in self.person_roles or i == role_at)):  # 'led by lawmaker Cho Min-hyuk'
                return False
        return True

    def _loose_modifier(self, m: Mention) -> bool:
        """Whether the name only loosely qualifies the noun after it: 'Israel-linked vessels',
        'a Panama-flagged tanker'."""
        k = m.end
        return k + 1 < len(self.words) and self.t.text[k] in {"-", "\u2010"} and not self.t.ws[k - 1] \
            and not self.t.ws[k] and self.words[k + 1] in self.loose_modifiers

    def _followers_start(self, start: int, end: int) -> int:
        """Where 'gunmen loyal to (the)', 'factions close to' starts in the gap [start, end) before
        the name at ``end`` (the followers stand for the actor named after 'to'); ``end`` when
        the gap ends otherwise."""
        words = self.words
        k = end - 4 if end >= 1 and words[end - 1] == "the" else end - 3  # 'loyal to the RSF'
        found = k >= start and words[k] in self.follower_nouns and words[k + 1] in self.follower_ties \
            and words[k + 2] == "to"
        return k if found else end

    def _description_before(self, start: int, end: int) -> bool:
        """Whether [start, end) describes the person named at ``end``: an indefinite noun
        phrase ending in a person's role (PETRARCH2's agent nouns and the role lexicon),
        then 'called', 'named' or a comma: 'a Fulani preacher called', 'a Lobi farmer and
        former municipal councillor,'."""
        words = self.words
        if not 3 <= end - start <= 10 or words[start] not in self.description_openers \
                or words[end - 1] not in self.naming_words and words[end - 1] != ",":
            return False
        role = words[end - 2]
        if role not in self.person_roles and role not in self.agent_nouns:
            return False
        # adjectives, nouns and 'and' only: no clause ('a strike that killed a commander,', 'a
        # man leading the convoy,') and no phrase of its own ('a militia close to a cleric,')
        return not any(self.t.punct[i] or words[i] in self.prepositions or words[i] in self.relatives
                       or words[i] in self.breaks and words[i] not in self.gap_words
                       or words[i].endswith("ing") and (words[i + 1] in self.description_openers
                                                        or words[i + 1] in self.relatives or words[i + 1] == "the")
                       for i in range(start + 1, end - 2))

    def _right(self, doc: Doc, hit: Hit, mentions: list[Mention]) -> list[Mention]:
        """The mention right after the cue and any coordinated with it ("X, Y, and Z")."""
        covered = self.covered
        found: list[Mention] = []
        gaps: list[set[str]] = []
        cursor = hit.end
        if self.t.text[hit.end - 1] == ",":
            # an apposition's name: 'the Bungos faction, the BIFF's largest wing' names no one,
            # the BIFF only owns the wing
            first = next((m for m in mentions if m.start >= hit.end), None)
            if first is not None and first.end < len(self.words) and self.t.text[first.end] in POSSESSIVE_MARKS \
                    and all(self.words[k] == "the" for k in range(hit.end, first.start)):
                return []
        for m in (x for x in mentions if x.start >= hit.end):
            if self._loose_modifier(m):
                break  # 'resume strikes on Israel-linked vessels': the vessels are struck, not Israel
            if self.words[m.start] in POSSESSIVE_PRONOUNS:
                if not found and self._gap_ok(doc, cursor, m.start, self.max_first_gap, covered) \
                        and not set(self.words[cursor : m.start]) & {",", "and", "or"}:
                    head = self._role_heads(doc, [m], mentions)
                    if head and head[0] is not m:
                        # 'keeps striking its leader, Abdulqadir Mumin': the person is struck
                        found.append(head[0])
                        gaps.append(set())
                        cursor = head[0].end
                continue
            if not found and m.label == "PERSON" and hit.rule.relation == "LEADS" \
                    and self._description_before(cursor, m.start):
                found.append(m)  # 'led by a Fulani preacher called Hamadoun Sidibé'
                gaps.append(set())
                cursor = m.end
                continue
            if not found and hit.rule.relation == "LEADS" and hit.rule.cue == "verb" \
                    and any(self.words[i] in self.prepositions and self.words[i] not in {"of", "over"}
                            for i in range(cursor, m.start)):
                break  # 'commanded the attack on Israel': one leads the object, not a preposition's
                # ('commands most of the Tigray Defence Forces', 'has ruled over Uganda' do lead them)
            limit = self.max_first_gap if not found else self.max_list_gap
            # 'clashed with OLA units and with the Oromia Police': the cue's preposition again
            repeated = {i for i in range(cursor + 1, m.start) if found and self.words[i] == self.words[hit.end - 1]
                        and self.words[i - 1] in {"and", "or"} and self.words[i] in self.prepositions}
            # ('shelters several hundred displaced SSPP fighters': words that describe the people a
            # name qualifies stand between the cue and the name)
            qualifies = not found and m.end < len(self.words) and self.words[m.end] in self.part_words
            if not self._gap_ok(doc, cursor, m.start, limit, covered | repeated if repeated else covered,
                                roles=not found, describing=qualifies):
                break
            gap = {self.words[i] for i in range(cursor, m.start) if i not in repeated}
            if not found and gap & {",", "and", "or"} and not (
                    "and" not in gap and "or" not in gap and m.start >= 2 and self.words[m.start - 1] == ","
                    and self.words[m.start - 2] in self.person_roles):
                # the first target follows the cue directly, not after a conjunction (but after a
                # role it names: 'led by a former police colonel, Viktor Dorokhin')
                break
            if found and gap == {"-"}:
                gap = {"and"}  # "the U.S.-British strikes": a hyphen joins two actors
            if found and (not gap & {",", "and", "or", "("} or gap & {"a", "an"}):
                break  # "the EMC, a FARC dissident faction": an apposition, not a list
            if found and any(self.words[k + 1] == "by" and self.syntax.participle(k)
                             for k in range(cursor, m.start - 1)):
                break  # 'backed by Iran and led by X': X is another participle's agent
            if found and "," in gap and m.end < hit.sent.end and self.t.is_lower[m.end] and self.syntax.verbal(m.end) \
                    and self.words[m.end] not in self.prepositions and self.words[m.end] not in {"and", "or"}:
                break  # "met X, and President Y visited Islamabad": Y opens a clause of its own
            owned = self._owned(m, mentions)
            if found and hit.rule.relation == "LEADS" and m.label == "PERSON" and m.end < len(self.words) \
                    and self.t.text[m.end] in POSSESSIVE_MARKS:
                break  # "the 3R, led by Sembé Bobbo, and Ali Darassa's UPC": a possessor leads his own
            if owned is not None:
                m = owned  # "coordinates with Allah Nazar Baloch's BLF": the BLF, not its leader
            found.append(m)
            gaps.append(gap)
            cursor = m.end
        # "X, Y and Z" is a list; "Israel, Hezbollah has ..." is not: a comma-only chain
        # is kept only as far as a later and/or confirms it.
        tail = set(self.words[cursor : cursor + 3])
        if found and not tail & {"and", "or"}:  # "X, Y, and other groups" closes the list too
            last_and = max((i for i, g in enumerate(gaps) if g & {"and", "or"}), default=0)
            keep = last_and
            while keep + 1 < len(found) and gaps[keep + 1] <= {"("}:
                keep += 1  # "Name (ACR)" is one actor named twice, not a list link
            found = found[: keep + 1]
        return self._role_heads(doc, found, mentions)

    def _owned(self, m: Mention, mentions: list[Mention]) -> Mention | None:
        """The actor a possessive names ("Allah Nazar Baloch's BLF", "Haftar's Libyan National
        Army", "Hamas's Izz ad-Din al-Qassam Brigades", "Uzbekistan's Shavkat Mirziyoyev"), else None."""
        k = m.end
        if k >= len(self.words) or self.t.text[k] not in POSSESSIVE_MARKS:
            return None
        # a state or group owns a group ('Hamas's Izz ad-Din al-Qassam Brigades') or names its
        # person ('met Uzbekistan's Shavkat Mirziyoyev'); a person a group or a state
        labels = {"GROUP", "STATE"} if m.label == "PERSON" else {"GROUP", "PERSON"}
        return next((x for x in mentions if x.start == k + 1 and x.label in labels), None)

    def _role_heads(self, doc: Doc, found: list[Mention], mentions: list[Mention]) -> list[Mention]:
        """'AQIS leader, Asim Umar': the person is the head of the phrase, not the group."""
        out: list[Mention] = []
        for m in found:
            texts, words = self.t.text, self.words
            n = len(texts)
            nxt = m.end + (1 if m.end < n and texts[m.end] == ")" else 0)
            if nxt < n and texts[nxt] in POSSESSIVE_MARKS:
                nxt += 1  # "killed the party's general secretary, X": X was killed
            if nxt + 1 < n and words[nxt] not in self.apposition_heads and words[nxt + 1] in self.apposition_heads \
                    and self.t.alpha[nxt] and self.t.is_lower[nxt] and words[nxt] not in self.prepositions \
                    and words[nxt] not in DETERMINERS:
                nxt += 1  # 'the Houthi prime minister, Ahmed al-Rahawi': a two-word role
            if nxt < n and words[nxt] in self.apposition_heads:
                if nxt + 1 < n and words[nxt + 1] in self.roles:
                    nxt += 1  # 'LeT deputy chief Saifullah Kasuri'
                j = nxt + 1 + (1 if nxt + 1 < n and texts[nxt + 1] == "," else 0)
                person = next((x for x in mentions if x.start == j and
                               (x.label == "PERSON" or words[nxt] not in self.roles)), None)
                if person is not None:
                    out = [o for o in out if o.actor_ids != m.actor_ids]
                    out.append(person)
                    continue
            if any(o.actor_ids == m.actor_ids for o in out):
                continue  # "Islamic Movement of Uzbekistan (IMU)" is one target
            out.append(m)
        return out

    # ------------------------------------------------------------------ shared readings
    def _negated(self, doc: Doc, start: int, sent: Span, window: int | None = None,
                 verbs: set[str] | None = None) -> bool:
        """Negation in the few words before the cue: 'would not allow', 'refuse to recognize'."""
        verbs = self.negating_verbs if verbs is None else verbs
        lo = max(sent.start, start - (window or self.window))
        words, lemmas = self.words, self.lemmas
        for i in range(start - 1, lo - 1, -1):
            if self.t.text[i] in {",", ";", ":"}:
                lo = i + 1  # 'If the truce fails, Iran will arm': negation stays in its clause
                break
        for i in range(lo, start):
            pair = (words[i], words[i + 1] if i + 1 < len(doc) else "")
            if pair in self.negation_exceptions or i > 0 and (words[i - 1], words[i]) in self.noun_compounds:
                continue  # 'not only'; 'asset freezes' (a noun, no halting verb)
            if words[i] in self.negation or lemmas[i] in verbs or (lemmas[i], pair[1]) in self.negating_phrasal:
                return True
        return self._denied_complement(start, sent.start)

    def _denied_complement(self, start: int, lo: int) -> bool:
        """'There is no sign that the SCU and the Società Foggiana cooperate': the cue's clause is
        what the author says there is no evidence of (the nearest 'that' before the cue)."""
        words, text = self.words, self.t.text
        that = None
        for k in range(start - 1, lo, -1):
            if text[k] in {";", ":", ","} or words[k] in RELATIVE_WORDS:
                return False  # '..., and Cairo has ruled out', '..., which X funds': a clause of its own
            if words[k] == "that":
                that = k
                break
        if that is None or that - 2 < lo or words[that - 1] not in DENIED_EVIDENCE:
            return False
        return words[that - 2] in {"no", "little"} or that - 3 >= lo and words[that - 3] in {"no", "little"}

    def _content_negated(self, doc: Doc, start: int, end: int) -> bool:
        words = [self.words[i] for i in range(start, end) if not self.t.punct[i]][:4]
        for i, word in enumerate(words):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if (word, nxt) in self.negation_exceptions:
                return False
            if word in self.negation:
                return True
        return False

    def _has(self, doc: Doc, start: int, end: int, phrases: Phrases) -> bool:
        """Whether a phrase occurs (by word or by lemma) in doc[start:end] (``_phrases``)."""
        if start >= end:
            return False
        words, multi, openers = phrases
        stretch, lemma_stretch = self.words[start:end], self.lemmas[start:end]
        if openers.isdisjoint(stretch) and openers.isdisjoint(lemma_stretch):
            return False  # no phrase opens here: most stretches end here, before any join
        if not words.isdisjoint(stretch) or not words.isdisjoint(lemma_stretch):
            return True
        # " w1 w2 ... " strings make a multi-word phrase one substring test; hits in one
        # sentence ask about the same stretches, so each is joined once
        joined = self.joined.get((start, end))
        if joined is None:
            joined = self.joined[(start, end)] = (" " + " ".join(self.words[start:end]) + " ",
                                                  " " + " ".join(self.lemmas[start:end]) + " ")
        text, lemmas = joined
        return any(phrase in text or phrase in lemmas for phrase in multi)

    def _modality(self, doc: Doc, hit: Hit) -> str:
        """stated, reported, required, conditional, questioned (pledges: "should be met with
        skepticism") or violated ("broke its promise"); the first that applies, in that order."""
        key = (hit.start, hit.end, hit.rule.id)
        known = self.modalities.get(key)
        if known is None:
            known = self.modalities[key] = self._read_modality(doc, hit)
        return known

    def _read_modality(self, doc: Doc, hit: Hit) -> str:
        sent = hit.sent
        near = max(sent.start, hit.start - 4)
        # 'broke its promise to': the breach is said in the cue's own clause, not in one an 'and'
        # joins to it ('accused Paris of betraying the deal and vowed to fight on')
        breach = max([near] + [k + 1 for k in range(near, hit.start) if self.words[k] in {"and", "but", ",", ";"}])
        checks = {
            "violated": (breach, hit.start),
            "questioned": (sent.start, sent.end),
            "required": (max(sent.start, hit.start - 4), hit.start),
            # a pledge's condition may follow it ('vowed to retaliate if Israel strikes')
            "conditional": (self._clause_start(sent.start, hit.start),
                            self._clause_end(hit) if hit.rule.type == "pledge" else hit.start),
            "reported": (self._clause_start(sent.start, hit.start), min(sent.end, hit.end + 3)),
        }
        relation = hit.rule.type == "relationship"
        for name in MODALITY_ORDER:
            if name == "violated" and hit.rule.type != "pledge":
                continue
            if name == "questioned" and relation:
                # an accusation the text doubts ('accused India of sponsoring the BLA, a charge
                # New Delhi dismisses'); 'wary of X, given that it hosted Y' states a fact
                if self._has(doc, *checks["reported"], self.modality["reported"]) \
                        and self._has(doc, hit.end, sent.end, self.modality["doubted"]):
                    return name
                continue
            if name == "forecast":
                if relation and self._forecast_clause(hit):
                    return name  # 'the Houthis will hit a U.S. warship', 'may step up raids into Niger'
                continue
            if name == "violated" and self._negated(doc, hit.start, sent, window=5, verbs=set()):
                continue  # "did not break its promise"
            lo, hi = checks[name]
            if self._has(doc, lo, hi, self.modality[name]):
                return name
        return "stated"

    def _forecast_clause(self, hit: Hit) -> bool:
        """A relationship foreseen, not stated: a future or a hedge in its verb group ('will hit',
        'may step up', 'is likely to back'), or a clause a likelihood governs ('a roughly even
        chance that the Houthis hit')."""
        if hit.rule.cue == "verb":
            lo = self.syntax.verb_group_start(hit.start, hit.sent.start)
            if any(self.words[i] in self.forecast_hedges for i in range(lo, hit.start)):
                return True
        elif self._hedged_predicate(hit):
            return True
        lo = self._clause_start(hit.sent.start, hit.start)
        words = self.words
        return any(words[i] == "that" and words[i - 1] in self.forecast_governors for i in range(max(lo, 1), hit.start))

    def _improbable(self, hit: Hit) -> bool:
        """'Beijing is unlikely to sanction Pyongyang': foreseen not to happen, as 'will probably
        not sanction' is (a hedge of improbability in the verb's own group)."""
        if hit.rule.cue != "verb":
            return False
        lo = self.syntax.verb_group_start(hit.start, hit.sent.start)
        return any(self.words[i] in self.improbable_hedges for i in range(lo, hit.start))

    def _hedged_predicate(self, hit: Hit) -> bool:
        """'a strike on an ELN camp inside Venezuela could come within months': an event noun
        that opens its clause, as the subject of a hedged or future verb, names something
        foreseen. A standing tie ('President X has said ... will', 'the junta of Captain X
        will') holds whatever the verb says."""
        if hit.rule.relation in STANDING_RELATIONS or not self._opens_clause(hit.start, hit.sent.start):
            return False
        words, punct = self.words, self.t.punct
        for k in range(hit.end, min(hit.sent.end, hit.end + 15)):
            if words[k] in self.forecast_hedges:
                return True
            if words[k] in self.aux:
                # the noun's own verb group: 'are very likely to continue' is foreseen, 'has
                # driven away ... and will' is stated
                for j in range(k + 1, min(hit.sent.end, k + 4)):
                    if words[j] in self.forecast_hedges:
                        return True
                    if not (self.syntax.adverb(j) or words[j] in DEGREE_WORDS):
                        return False
                return False
            if (punct[k] and self.t.text[k] != "-") or words[k] in self.relatives:
                return False
        return False

    def _opens_clause(self, k: int, lo: int) -> bool:
        """Whether the noun phrase ending at k opens its clause: '[determiner | owner's]
        [modifiers] noun' with the sentence's start, a punctuation mark or a clause-joining word
        before it ('and a strike on', "- Hezbollah's daily exchanges of fire with"), not a verb
        ('suspended a separate truce with')."""
        t, words, at = self.t, self.words, self.syntax.at
        j = k - 1
        steps = 0
        while j >= lo and steps < 3:  # modifiers: 'daily', 'Israeli', 'an al-Shabaab'
            if j in at and t.text[j] not in POSSESSIVE_MARKS and not (j + 1 < k and t.text[j + 1] in POSSESSIVE_MARKS):
                j = at[j].start - 1
            elif t.is_lower[j] and t.alpha[j] and words[j] not in DETERMINERS and words[j] not in CLAUSE_JOINS:
                j -= 1
            else:
                break
            steps += 1
        if j >= lo and t.text[j] in POSSESSIVE_MARKS and (j - 1) in at:
            j = at[j - 1].start - 1  # the owner: "Hezbollah's"
        elif j >= lo and words[j] in DETERMINERS:
            j -= 1
        return j < lo or words[j] in CLAUSE_JOINS or (t.punct[j] and t.text[j] not in POSSESSIVE_MARKS)

    def _clause_start(self, lo: int, cue: int) -> int:
        """After the last ';' or ':' before the cue: 'X struck Y; the Taliban, accused of ...'
        reports nothing about X."""
        for k in range(cue - 1, lo - 1, -1):
            if self.t.text[k] in {";", ":"}:
                return k + 1
        return lo

    def _evidence(self, doc: Doc, sent: Span) -> dict[str, Any]:
        """The claim's sentence; in a table row's cell, the row up to the end of the cell: 'Truce
        holds | Unlikely' judges the first cell's event."""
        start, end = sent.start, sent.end
        t = self.t
        while start >= 2 and t.text[start - 1] == "|":
            start = t.sent_starts[t.sent_of[start - 2]]
        while end > start and (t.space[end - 1] or t.text[end - 1] == "|"):
            end -= 1  # (a cell's sentence ends on the separator before the next cell)
        return self.t.span(start, end)

    def _actor(self, doc: Doc, m: Mention, actor_id: str) -> dict[str, Any]:
        return {"id": actor_id, **self.t.span(m.start, m.end)}

    def _base(self, doc: Doc, hit: Hit) -> dict[str, Any]:
        return {
            "cue": self.t.span(hit.start, hit.end),
            "evidence": self._evidence(doc, hit.sent),
            "rule": hit.rule.id,
            "patterns_version": self.version,
            "relation": None, "cameo": hit.rule.cameo, "likelihood": None, "assessment_kind": None,
            "attribution": None, "content": None, "target": None,
        }

    def _actors(self, doc: Doc, hit: Hit, where: str, labels: list[str] | None, *,
                governed: frozenset[str] = frozenset()) -> list[tuple[Mention, str]]:
        found = self._find(doc, hit, where, labels, governed=governed, subject=True)
        if not found and where in {"inside", "first"}:
            found = self._find(doc, hit, "left", labels, governed=governed, subject=True)
        if not found and getattr(hit.rule, "content_subject", False) and where != "reporter":
            # an unnamed speaker: the side it speaks for, not a place ('operations in northern Iraq')
            found = [m for m in self._find(doc, hit, "inside", labels) if not self._placed(m)]
        return [(m, a) for m in found for a in m.actor_ids]

    def _placed(self, m: Mention) -> bool:
        """'in northern Iraq', 'near Tehran': a name a preposition (and one adjective) makes a place."""
        k = m.start - 1
        if k >= 0 and self.t.is_lower[k] and self.words[k] not in self.prepositions:
            k -= 1
        return k >= 0 and self.words[k] in LOCATIVE_PREPOSITIONS

    # ------------------------------------------------------------------ claim types
    def _pledges(self, doc: Doc, hits: list[Hit]) -> list[dict[str, Any]]:
        out = []
        last_cue: dict[tuple[int, str], int] = {}  # (sentence, actor) -> end of its last cue
        pledged: set[int] = set()  # sentences with a pledge so far
        for hit in hits:
            if hit.sent.start in pledged and self._restated(hit):
                continue  # ', an offer Nigeria has welcomed': the pledge just made, whoever is named near it
            if self._forecast(hit) or self._open_question(hit):
                continue  # 'Islamabad is unlikely to agree to': the author's forecast, not a pledge
            if hit.rule.content_subject and not self._names_subject(hit):
                continue
            if hit.rule.cue == "noun" and not self.syntax.nominal(hit.start, hit.sent.start):
                continue  # 'offered to mediate' is the verb (pledge.offer_to), not 'its offer'
            if hit.rule.cue == "verb" and hit.start > 0 and self.words[hit.start].endswith("ed") and (
                    self.words[hit.start - 1] in DETERMINERS or self.t.text[hit.start - 1] in POSSESSIVE_MARKS) \
                    and not self._relative_verb(hit):
                continue  # 'the threatened retaliation', 'its promised withdrawal': an adjective
            actors = self._actors(doc, hit, hit.rule.actor, hit.rule.actor_labels)
            if hit.rule.content_subject and hit.rule.actor != "reporter":
                actors = self._spoken_for(hit, actors)
            for m, actor_id in actors:
                key = (hit.sent.start, actor_id)
                prev_end = last_cue.get(key)
                if prev_end is not None and (hit.start < prev_end or self._restated(hit) or
                                             set(self.words[prev_end:hit.start]) <= {"to", "and", ","}):
                    # "vowed to commit to a truce", "agreed to commit to", "committed to X, a
                    # pledge that ...": one pledge
                    continue
                last_cue[key] = hit.end
                pledged.add(hit.sent.start)
                end = self._clause_end(hit)
                claim = self._base(doc, hit)
                # "did not promise", "refused to pledge" negate the pledge; "vowed not to" its action
                negative = (hit.rule.polarity == "negative" or self._content_negated(doc, hit.end, end)
                            or not self.negation.isdisjoint(self.words[hit.start + 1 : hit.end])
                            or self._negated(doc, hit.start, hit.sent, window=2, verbs=PLEDGE_REFUSALS))
                claim.update(
                    type="pledge",
                    actor=self._actor(doc, m, actor_id),
                    content=self.t.span(hit.end, end) if end > hit.end else None,
                    commitment=self._commitment(hit, end),
                    polarity="negative" if negative else "positive",
                    modality=self._modality(doc, hit),
                )
                out.append(claim)
        return out

    def _commitment(self, hit: Hit, end: int) -> str | None:
        """'action' or 'aim' by the committed verb: the cue's own last word ('will not hand',
        'will be launched') or the first verb of the content, past a modal and auxiliaries
        ('that all fronts will respect'); a number in the content makes it an action."""
        t, lemmas = self.t, self.lemmas
        if any(t.text[k][:1].isdigit() for k in range(hit.end, end)) or self._has(doc=None, start=hit.end, end=end,
                                                                                  phrases=self.quantities):
            return "action"
        last = hit.end - 1
        if t.alpha[last] and lemmas[last] in self.commit_verbs:
            verb = last  # 'will not hand', 'will be launched', an imperative 'Launch'
        elif hit.end - hit.start > 1 and t.is_lower[last] and t.alpha[last] and self.words[last] not in self.aux \
                and self.words[last] not in self.prepositions and self.words[last] not in {"that", "out"}:
            verb = last
        else:
            k, hi = hit.end, min(end, hit.end + 10)
            modal = next((j for j in range(k, hi) if self.words[j] in self.modals), None)
            k = modal + 1 if modal is not None else k
            while k < hi and (self.words[k] in self.aux or self.words[k] in self.negation or self.words[k] == "to"
                              or (self.words[k].endswith("ly") and t.is_lower[k])):
                k += 1
            if k >= hi or not (t.is_lower[k] and t.alpha[k]):
                return None
            verb = k
        lemma = lemmas[verb]
        return "action" if lemma in self.actions else "aim" if lemma in self.aims else None

    def _restated(self, hit: Hit) -> bool:
        """', a pledge that ...', ', a commitment Beijing will judge': a noun in apposition
        names the pledge just made again."""
        k = hit.start
        return hit.rule.cue == "noun" and k >= 2 and self.t.text[k - 2] == "," and self.words[k - 1] in {"a", "an"}

    def _forecast(self, hit: Hit) -> bool:
        """Whether the cue's verb group carries a hedge or a future: 'may agree to', 'is
        unlikely to offer', 'will promise'. A quoted or reported 'would' is the speaker's."""
        if hit.rule.cue != "verb" or hit.rule.actor == "speaker" or hit.rule.content_subject:
            return False
        lo = self.syntax.verb_group_start(hit.start, hit.sent.start)
        return any(self.words[i] in self.forecast_hedges for i in range(lo, hit.start)) \
            and self.quotes.around(hit.start) is None

    def _open_question(self, hit: Hit, openers: frozenset[str] = QUESTION_OR_CONDITION,
                       conditions: frozenset[str] = CONDITION_OPENERS) -> bool:
        """'Time will tell whether the United States is willing to', 'only if the NPA accepts a
        ceasefire': a commitment asked about or set as a condition, not made."""
        for k in range(hit.start - 1, max(hit.sent.start, hit.start - 10) - 1, -1):
            word = self.words[k]
            if word in openers or word in conditions and self._subject_after(k, hit):
                return True
            if self.t.punct[k] and self.t.text[k] != "-":
                return False
        return False

    def _subject_after(self, k: int, hit: Hit) -> bool:
        """Whether a name right after the word at k is the subject of the cue's verb group ('once
        Damascus guarantees'; not 'it has once again refused', nor 'until Manila delivers the
        packages it pledged')."""
        lo = self.syntax.verb_group_start(hit.start, hit.sent.start)
        return any(m.end == lo and m.start - k - 1 <= 1 and m.start > k
                   for m in self.sent_mentions.get(hit.sent.start, []))

    def _spoken_for(self, hit: Hit, actors: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
        """'Merera Gudina has said it will boycott', 'Defence Minister X said Hargeisa will': a
        person who says what a group or state will do commits that side, which the reported
        clause names; a side speaking of itself, or of no named side, keeps its own pledge."""
        if not actors:
            return actors
        words = self.words
        lo = hit.start + 1
        that = [k for k in range(lo, hit.end - 1) if words[k] == "that"]
        if that:
            lo = that[-1] + 1
        while lo < hit.end - 1 and words[lo] in DETERMINERS:
            lo += 1  # 'said the TTP would'
        side = next((m for m in self.sent_mentions.get(hit.sent.start, []) if m.start == lo), None)
        if any(m.label != "PERSON" for m, _ in actors):
            if side is not None and side.label == "PERSON" and words[lo] in {"he", "she"} \
                    and side.end <= hit.end - 1 and self._group_in_apposition(hit, side, actors) \
                    and not self._passive_content(hit):
                # 'X, a former PLGA commander who ..., told reporters that she would': the group
                # found as the speaker is inside X's apposition; X commits herself
                return [(side, a) for a in side.actor_ids]
            return actors
        if side is None or side.label not in {"GROUP", "STATE"} or side.end > hit.end - 1:
            return actors  # 'warned that airports in Chad used to supply the RSF would': no side
        if self._passive_content(hit):
            return actors  # 'Trump has threatened that Hamas will be disarmed': what is done to it
        return [(side, a) for a in side.actor_ids]

    def _passive_content(self, hit: Hit) -> bool:
        """Whether the reported clause's verb, past its 'be' and adverbs, is a passive."""
        words = self.words
        k = hit.end
        while k < hit.sent.end - 1 and (words[k] == "be" or words[k] in {"not", "n't"} or self.syntax.adverb(k)):
            k += 1
        return k < hit.sent.end and self.syntax.passive(k, k + 1, hit.end)

    def _group_in_apposition(self, hit: Hit, side: Mention, actors: list[tuple[Mention, str]]) -> bool:
        """Whether the actors found for the speaker sit inside the apposition of a person the
        pronoun ``side`` names: that person opens the sentence's subject, a comma follows the
        name, and the actors come after it."""
        person = next((m for m in self.sent_mentions.get(hit.sent.start, []) if m.label == "PERSON"
                       and m.actor_ids == side.actor_ids and m.start < side.start and m.via != "coref"), None)
        return person is not None and person.end < len(self.words) and self.t.text[person.end] == "," \
            and all(person.end < m.start < hit.start for m, _ in actors)

    def _names_subject(self, hit: Hit) -> bool:
        """'said the group would', 'said it would', 'said Washington would', 'said the forces
        would': the reported clause (between the speech verb, or its 'that', and the modal)
        names an actor, a pronoun or the speaker's own side; 'told Sudani that the law would'
        reports no one's intention."""
        words, covered = self.words, self.covered
        lo = hit.start + 1
        that = [k for k in range(lo, hit.end - 1) if words[k] == "that"]
        if that:
            lo = that[-1] + 1
        if lo >= hit.end - 1 and hit.rule.actor == "reporter":
            return True  # 'but will not surrender': the subject is the reported clause's own
        if words[hit.end - 2] == "there" and hit.end + 1 < len(words) and words[hit.end] == "be" \
                and words[hit.end + 1] == "no":
            return True  # 'told lawmakers there would be no dialogue': the speaker rules it out
        if self._threat_passive(hit) or self._refused_passive(hit):
            return True
        if hit.end - 1 - lo == 1 and lo not in covered and self.t.cap[lo] and self.t.alpha[lo] \
                and words[lo] not in self.clause_words["time_words"]:
            # 'Marwat said Peshawar would pay': a seat of government no list holds, the speaker's
            # own (not 'Kenya said Safaricom would', 'told Hamas that Thursday would')
            decided, speaker = self.syntax.subject(hit.start, hit.sent.start)
            return decided and bool(speaker) and all(m.label == "PERSON" for m in speaker)
        return any(k in covered or words[k] in self.pronouns or words[k] in FIRST_PLURAL or words[k] in self.own_side
                   for k in range(lo, hit.end - 1))

    def _threat_passive(self, hit: Hit) -> bool:
        """'warned that developers would be treated as occupiers': a warning whose clause is a
        passive of harm has the speaker for its unnamed agent, a threat the speaker makes."""
        return self.lemmas[hit.start] in {"warn", "threaten"} and self._passive_after(hit, self.threat_passives)

    def _refused_passive(self, hit: Hit) -> bool:
        """'Burke has said that the men will not be returned to Australia', 'said attacks would
        not be tolerated': a negated passive of an act a side grants or refuses, in what a
        speaker says, has the speaker's side for its unnamed agent: a commitment not to act (not
        'said growth would not be affected', a forecast)."""
        return self._passive_after(hit, REFUSED_PASSIVES, negated=True)

    def _passive_after(self, hit: Hit, lemmas: frozenset[str], *, negated: bool = False) -> bool:
        """Whether the cue's modal is followed by '(not) be' and a past participle of ``lemmas``
        (with ``negated``, only after a negation)."""
        k, words = hit.end, self.words
        if k < len(words) and words[k] in {"not", "n't", "never"}:
            k += 1
        elif negated:
            return False
        return k + 1 < len(words) and words[k] == "be" and self.lemmas[k + 1] in lemmas \
            and words[k + 1] != self.lemmas[k + 1]

    def _clause_end(self, hit: Hit) -> int:
        """Where a pledge's content stops: the sentence end, or the first clause boundary
        after the cue (';', a dash, ', but', ', while', ', a pledge ...')."""
        t, words = self.t, self.words
        quote = self.quotes.around(hit.start)
        end = min(hit.sent.end, quote[1]) if quote is not None else hit.sent.end
        for k in range(hit.end + 1, end):
            text = t.text[k]
            if text in CONTENT_STOPS or (text == "," and k + 1 < hit.sent.end and words[k + 1] in self.content_breaks):
                end = k
                break
        while end > hit.end and (t.punct[end - 1] or t.space[end - 1]):
            end -= 1
        return end

    def _relationships(self, doc: Doc, hits: list[Hit]) -> list[dict[str, Any]]:
        out = []
        seen: dict[tuple[int, str, str], tuple[int, int]] = {}
        for hit in hits:
            rule = hit.rule
            # A subject is never inside a prepositional phrase; a target on the left only
            # avoids the agent of another passive ("backed by the UAE and led by X").
            # a passive's target on the left is the clause's subject ('ISSP, which ... and is
            # commanded by X'), found like an actor; else the nearest name
            targets = [(m, a) for m in self._find(doc, hit, rule.target, rule.target_labels, governed=BY,
                                                  embedded=True, subject=self._finite_passive(hit), owned=True)
                       for a in m.actor_ids] \
                if hit.targets is None else [(m, a) for m in hit.targets for a in m.actor_ids]
            if not targets and hit.targets is None and rule.actor == "right" and rule.target == "left":
                # 'Led by Seka Musa Baluku, the group swore ...': the subject after the phrase
                targets = [(m, a) for m in self._fronted(hit)
                           if rule.target_labels is None or m.label in rule.target_labels for a in m.actor_ids]
            if not targets and rule.target == "inside":
                targets = [(m, a) for m in self._find(doc, hit, "right", rule.target_labels) for a in m.actor_ids]
            if not targets and hit.targets is None and rule.cue == "verb" and rule.target == "right":
                targets = [(m, a) for m in self._shared_object(doc, hit) for a in m.actor_ids]
            if not targets and hit.targets is None and rule.cue == "verb" and rule.target == "right":
                targets = [(m, a) for m in self.syntax.object_relative(hit.start, hit.sent.start)
                           if rule.target_labels is None or m.label in rule.target_labels for a in m.actor_ids]
            passive = hit.actors is None and rule.cue == "verb" and rule.actor == "left" and rule.target == "right" \
                and self.syntax.passive(hit.start, hit.end, hit.sent.start)
            # "a ceasefire between X and Y", "X and Y signed a declaration", "joint X and Y
            # patrols": the parties are one list (the same place, the same kinds of actor)
            parties = rule.actor == rule.target and rule.actor_labels == rule.target_labels \
                and rule.actor in {"left", "right", "inside"}
            if not targets and not passive and not parties:
                continue  # most cues name no target; their subject is not worth looking for
            if self._open_question(hit, QUESTION, frozenset()):
                continue  # 'would not say whether he will meet the LCC': asked, not stated
            actors = self._actors(doc, hit, rule.actor, rule.actor_labels, governed=self.prepositions) \
                if hit.actors is None else [(m, a) for m in hit.actors for a in m.actor_ids]
            if passive:
                # 'the convoy was ambushed by FDLR fighters': the agent acts on the subject
                agent = self.syntax.agent(hit.end, hit.sent.end)
                if agent is None:
                    continue  # 'X was attacked': by whom, the words do not say
                decided, subject = self.syntax.subject(hit.start, hit.sent.start)
                actors = [(m, a) for m in self._at_or_after(hit, agent) for a in m.actor_ids]
                targets = [(m, a) for m in subject for a in m.actor_ids] if decided else []
            elif self._reduced_passive(hit):
                # 'Bol Mel, a businessman sanctioned by Washington in 2017': the agent after 'by'
                # acts on the name the participle qualifies
                actors = [(m, a) for m in self._at_or_after(hit, self._agent_by(hit) + 1) for a in m.actor_ids]
                qualified = self._qualified(hit)
                targets = [(m, a) for m in ([qualified] if qualified is not None else [])
                           if rule.target_labels is None or m.label in rule.target_labels for a in m.actor_ids]
            # (frame rules and CAMEO cues carry neither flag: only hand-written rules say so)
            mutual = getattr(rule, "mutual", False)
            if getattr(rule, "reverse", False):
                actors, targets = targets, actors  # 'receives arms from X': X is the actor
            if parties:
                # the first party is the actor, the others its counterparts (one name alone
                # relates to no one)
                actors, targets = actors[:1], actors[1:]
                if self._reciprocal(hit) or mutual:
                    # 'ARSA and the RSO fought each other': each does it to the other
                    actors, targets = actors + targets, actors + targets
            # 'Aliyev rejected appeals from the US': refusing what another does leaves it done
            received = rule.cue == "noun" and rule.actor == "right" and rule.target == "left"
            # a person's tie named inside the match ('Musa Baluku, the ADF's leader', 'the Taliban
            # under X') says who he is, which 'they have not caught Musa Baluku, ...' does not deny;
            # a tie between two sides ('no joint Nigerian and Chadian patrols') can be denied
            internal = rule.actor == "inside" and rule.target == "inside" and rule.actor_labels == ["PERSON"]
            negative = rule.polarity == "negative" or not internal and (self._negated(
                doc, hit.start, hit.sent, verbs=set() if received else None) or self._improbable(hit))
            pairs = [(a, t) for a in actors for t in targets]
            if mutual and not parties:
                pairs += [(t, a) for a in actors for t in targets]  # 'clashed with X': X clashed too
            for (am, actor_id), (tm, target_id) in pairs:
                if actor_id == target_id or am is tm and not (rule.actor == rule.target and len(am.actor_ids) > 1):
                    continue  # (one plural mention may hold both sides: 'the two governments agreed')
                key = (hit.sent.start, actor_id, target_id)
                if mutual and rule.relation in SYMMETRIC_RELATIONS and (hit.sent.start, target_id, actor_id) in seen:
                    continue  # ('a coalition of A, B and C': B ally of A is A ally of B, said once)
                prev = seen.get(key)
                if prev is not None and (prev[0] < hit.end and hit.start < prev[1]
                                         or self._coordinated(doc, prev[1], hit.start)):
                    continue  # overlapping cues, "hosted or cooperated with X", X named twice
                seen[key] = (hit.start, hit.end)
                claim = self._base(doc, hit)
                claim.update(
                    type="relationship",
                    actor=self._actor(doc, am, actor_id),
                    target=self._actor(doc, tm, target_id),
                    relation=rule.relation,
                    polarity="negative" if negative else "positive",
                    modality=self._modality(doc, hit),
                )
                out.append(claim)
        return out

    def _reciprocal(self, hit: Hit) -> bool:
        """The cue's action is done both ways: 'each other' or 'one another' in or right after it."""
        words = self.words[hit.start : min(hit.end + 3, hit.sent.end)]
        return any(a in {"each", "one"} and b in {"other", "another"} for a, b in pairwise(words))

    def _shared_object(self, doc: Doc, hit: Hit) -> list[Mention]:
        """'has armed and paid the SNA': two coordinated verbs share the object after the second."""
        k = hit.end
        if k + 2 >= hit.sent.end or self.words[k] not in {"and", "or"} or not (
                self.t.alpha[k + 1] and self.t.is_lower[k + 1] and self.syntax.verbal(k + 1)):
            return []
        probe = Hit(hit.rule, hit.start, k + 2, hit.sent)
        found = self._right(doc, probe, self.sent_mentions.get(hit.sent.start, []))
        labels = hit.rule.target_labels
        return [m for m in found if labels is None or m.label in labels]

    def _at_or_after(self, hit: Hit, k: int) -> list[Mention]:
        """The actors named from token k on (past determiners and organ words): the agent after
        'by' ('by FDLR fighters', 'by Mozambican forces'), with those listed with it."""
        mentions = [m for m in self.sent_mentions.get(hit.sent.start, []) if m.start >= k]
        if not mentions or mentions[0].start - k > 3:
            return []
        probe = Hit(hit.rule, k, k, hit.sent)
        return self._right(None, probe, mentions)

    def _coordinated(self, doc: Doc, prev_end: int, start: int) -> bool:
        between = set(self.words[prev_end:start])
        return prev_end <= start and between <= {"or", "and", ",", "even"}

    def _assessments(self, doc: Doc, hits: list[Hit]) -> list[dict[str, Any]]:
        """Per sentence: one assessment per ICD-203 band cue, else the strongest hedge or cue."""
        # (a coordinated 'and ... will' is reported speech only where a reporting verb's subject
        # says it: 'and will keep its distance' after a forecast stays the author's)
        speech_spans = Stretches([(h.start, h.end) for h in hits if h.rule.type == "pledge"
                                  and (h.rule.actor != "speaker" or self.quotes.around(h.start) is not None
                                       or self._attributed_after(h))
                                  and (h.rule.actor != "reporter" or self._reporter(h))])
        chosen: dict[tuple[int, int], list[Hit]] = {}
        unhedged: dict[tuple[int, int], Hit] = {}  # clause -> its strongest cue without a hedge
        held_by_other: dict[int, Hit] = {}
        hedges: dict[tuple[int, int], Hit] = {}  # clause -> its first hedge without a band
        for hit in hits:
            if hit.rule.type == "attribution":
                held_by_other.setdefault(hit.sent.start, hit)
                continue
            if hit.rule.type != "assessment":
                continue
            band = self._band(hit)
            if band == "none" and not hit.rule.explicit:
                if self._reported_speech(doc, hit, speech_spans):
                    continue
                clause = self._segment(hit)
                best = unhedged.get(clause)
                if best is None or hit.rule.priority > best.rule.priority:
                    unhedged[clause] = hit
                continue
            if speech_spans.covers(hit.start):
                continue  # 'Kenya indicated it would': a stated intention, not an inference
            clause = self._segment(hit)
            current = chosen.setdefault(clause, [])
            if not hit.rule.explicit and band not in self.bands:
                hedges.setdefault(clause, hit)
            if band in self.bands:
                # a stated percentage is the clause's band, whatever words surround it ('the
                # least likely outcome, at around 15 percent')
                stated = [h for h in current if h.rule.band_from_number]
                if stated and not hit.rule.band_from_number:
                    continue
                if current and (self._band(current[0]) not in self.bands or hit.rule.band_from_number and not stated):
                    current.clear()
                if not any(h.start < hit.end and hit.start < h.end for h in current):
                    current.append(hit)
            elif not current or (self._band(current[0]) not in self.bands
                                 and hit.rule.priority > current[0].rule.priority):
                current[:] = [hit]
        # an unhedged cue adds nothing to a hedged judgement in its clause; another clause is
        # its own ('The ceasefires are nonetheless fragile, and Beijing may yet ...', 'is unlikely
        # to abandon the talks and will keep its distance')
        for clause, hit in unhedged.items():
            if clause not in chosen:
                chosen[clause] = [hit]
        out = []
        for clause, sent_hits in sorted(chosen.items()):
            for hit in sent_hits:
                # 'we assess that X could ...': the judgement verb anchors the claim, the
                # hedge in its clause gives the likelihood
                hedge = hedges.get(clause) if hit.rule.explicit else None
                if hedge is not None and self._hedge_in_clause_of_its_own(hit.end, hedge.start):
                    hedge = None
                out.append(self._assessment(doc, hit, held_by_other.get(clause[0]), hedge))
        return out

    def _band(self, hit: Hit) -> str:
        """The hit's ICD-203 band: its rule's, or the band whose range holds the percentage it
        states (the mean of a range: '20-30 percent')."""
        rule = hit.rule
        if rule.band_from_number:
            numbers = [float(w) for w in self.words[hit.start : hit.end] if NUMBER.fullmatch(w)]
            if numbers:
                p = sum(numbers) / len(numbers) / 100
                # a bound belongs to the band above it (20 percent: unlikely); past the ends, the end band
                return next((b for b in self.bands_upward if p < self.bands[b][1]), self.bands_upward[-1])
        return rule.band or "none"

    def _hedge_in_clause_of_its_own(self, start: int, hedge: int) -> bool:
        """Whether the hedge at ``hedge`` sits in a relative, conditional or concessive clause
        opened after ``start`` and still open ('that the group, which may have 500 fighters,',
        'even if talks could resume'); a clause closed by a comma before it leaves the hedge
        to the main verb ('that if the rains fail, JNIM could attack')."""
        words = self.words
        last = next((i for i in range(hedge - 1, start - 1, -1) if words[i] in self.hedge_scope_breaks), None)
        return last is not None and "," not in words[last + 1 : hedge]

    def _segment(self, hit: Hit) -> tuple[int, int]:
        return self._clause_of(hit.start, hit.sent.start)

    def _clause_of(self, start: int, sent_start: int) -> tuple[int, int]:
        """(sentence, clause) of an assessment cue: each coordinated clause or verb phrase
        carries its own judgement ('is likely to widen operations and may again strike',
        'is unlikely to accept ... but could agree'); hedges within one clause make one.
        An 'and' between names ('the G9 and G-Pep leaderships') opens no clause."""
        words, texts = self.words, self.t.text
        k = start - 1
        while k >= sent_start:
            if words[k] == "and" and texts[k - 1] != "," and k + 1 < start and not self.syntax.verbal(k + 1):
                k -= 1
                continue
            if words[k] in self.assessment_breaks or (
                    texts[k] == "," and k + 1 < start and words[k + 1] in self.hedge_openers):
                break
            k -= 1
        return sent_start, k + 1

    def _assessment(self, doc: Doc, hit: Hit, other: Hit | None, hedge: Hit | None = None) -> dict[str, Any]:
        rule = hit.rule
        band = self._band(hedge or hit)
        claim = self._base(doc, hit)
        first = self._find(doc, hit, "first", None) or self._find(doc, hit, "right", None)
        holder = "other" if other is not None or rule.holder == "other" else "author"
        claim.update(
            type="assessment",
            actor=self._actor(doc, first[0], first[0].actor_id) if first else None,
            likelihood={"band": band, "cue": None if band == "none" else self.t.span(hedge.start, hedge.end)
                        if hedge is not None else claim["cue"],
                        "probability": list(self.bands[band]) if band in self.bands else None},
            assessment_kind=rule.assessment_kind or "judgement",
            attribution={"holder": holder,
                         "cue": self.t.span(other.start, other.end) if other is not None else None},
            polarity="negative" if rule.polarity == "negative" or self._content_negated(
                doc, hit.end, min(hit.end + 2, hit.sent.end)) else "positive",
            modality="reported" if holder == "other" else "asserted",
        )
        return claim

    def _reported_speech(self, doc: Doc, hit: Hit, speech: Stretches) -> bool:
        """'indicated that it would ...', 'promised residents that troops would ...' report
        someone's words; '... that would reportedly grant' reports a claim: not the author's."""
        if speech.covers(hit.start):
            return True
        lo = max(hit.sent.start, hit.start - 4)
        if hit.rule.assessment_kind == "forecast" and any(
                self.lemmas[i] in self.reporting for i in range(lo, hit.start)):
            return True
        words = self.words[hit.sent.start : hit.start]
        lemmas = self.lemmas[hit.sent.start : hit.start]
        if any(w in self.hearsay for w in words) or any(w in self.hearsay for w in self.words[hit.end : hit.end + 2]):
            return True
        said = [i for i, lemma in enumerate(lemmas) if lemma in self.reporting]
        return any("that" in words[i + 1 :] for i in said)


class Stretches:
    """Token stretches [start, end), which may overlap; ``covers(i)`` tells whether one holds
    token i by bisection (a long brief has thousands, and every hit asks)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(accumulate((e for _, e in spans), max))  # the furthest end so far

    def covers(self, i: int) -> bool:
        k = bisect_right(self.starts, i)  # the stretches starting at or before i
        return k > 0 and self.reach[k - 1] > i


def _anchor(pattern: list[dict[str, Any]]) -> tuple[int, int, list[str]] | None:
    """The required token with the fewest LOWER/LEMMA/ORTH words: where the rule can match."""
    from spacy.lang.en.stop_words import STOP_WORDS

    best = None
    best_rank: tuple[float, int] | None = None
    for position, spec in enumerate(pattern):
        if spec.get("OP") not in (None, "1", "+"):
            continue
        for key, attr in WORD_ATTRS:
            words = _spec_words(spec, key)
            if not words:
                continue
            # common words ("the", "'s", "will") make poor anchors: they open a window everywhere
            common = sum(1 for w in words if w.lower() in STOP_WORDS or not w.isalpha())
            rank = (common / len(words), len(words))
            if best_rank is None or rank < best_rank:
                best, best_rank = (position, attr, list(words)), rank
    return best


def _word_sequence(pattern: list[dict[str, Any]]) -> list[tuple[int, str, frozenset[str]]] | None:
    """[(position, token-table column, words)] when every token of the pattern is exactly
    one word from a list (LOWER, LEMMA or ORTH, nothing else), else None."""
    attrs = dict(WORD_ATTRS)
    sequence = []
    for position, spec in enumerate(pattern):
        if len(spec) != 1:
            return None  # an operator, or a second attribute
        (key, value), = spec.items()
        words = _spec_words(spec, key) if key in attrs else None
        if not words or (isinstance(value, dict) and list(value) != ["IN"]):
            return None  # another attribute, or NOT_IN and the like
        sequence.append((position, EXACT_COLUMN[attrs[key]], frozenset(words)))
    return sequence


def _one_token_regex(pattern: list[dict[str, Any]], anchor_attr: int) -> re.Pattern[str] | None:
    """The LOWER regular expression of a one-token rule whose token is otherwise its anchor
    words ({"LEMMA": {"IN": [...]}, "LOWER": {"REGEX": "ing$"}}), else None."""
    if len(pattern) != 1:
        return None
    spec = pattern[0]
    anchor_key = next(key for key, attr in WORD_ATTRS if attr == anchor_attr)
    words, lower = spec.get(anchor_key), spec.get("LOWER")
    if anchor_key == "LOWER" or set(spec) != {anchor_key, "LOWER"} or not isinstance(lower, dict) \
            or list(lower) != ["REGEX"]:
        return None
    if not (isinstance(words, str) or isinstance(words, dict) and list(words) == ["IN"]):
        return None
    return re.compile(lower["REGEX"])


def _longest_first(matches: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The Matcher's greedy="LONGEST" for runs of one length: per rule, the earliest of
    overlapping matches wins."""
    kept: list[tuple[str, int, int]] = []
    last_end: dict[str, int] = {}
    for rule_id, start, end in sorted(set(matches), key=lambda m: (m[1], m[0])):
        if start >= last_end.get(rule_id, -1):
            kept.append((rule_id, start, end))
            last_end[rule_id] = end
    return kept


def _spec_words(spec: dict[str, Any], key: str) -> list[str] | None:
    """The words a token spec names for ``key`` ("LOWER"...): a string or an IN list."""
    value = spec.get(key)
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return value.get("IN") or None
    return None


def _phrases(phrases: list[str]) -> Phrases:
    """(one-word phrases, " w1 w2 " strings of the longer ones, the first word of every
    phrase), lower-cased.

    A longer phrase can occur in a stretch only where its first word is a whole token of it:
    the phrase's words hold no space, and a token either is all spaces or has none, so " w1 "
    in the joined stretch is one token. So a stretch holding no first word has no phrase,
    and ``_has`` need not join it."""
    split = [p.lower().split() for p in phrases]
    return (frozenset(w[0] for w in split if len(w) == 1),
            [f" {' '.join(w)} " for w in split if len(w) > 1],
            frozenset(w[0] for w in split if w))


def _fold(attr: int, word: str) -> str:
    """A pattern word as the token table holds it: LOWER and LEMMA lower-cased, ORTH (and an
    ENT_TYPE label) as is."""
    return word if attr in (ORTH, ENT_TYPE) else word.lower()


def _entity_labels(doc: Doc) -> list[str]:
    """Each token's entity label ('' outside any entity), as the Matcher's ENT_TYPE compares it."""
    hashes = doc.to_array(ENT_TYPE).tolist()
    strings = doc.vocab.strings
    labels = {value: strings[value] if value else "" for value in set(hashes)}
    return [*map(labels.__getitem__, hashes)]


def _needed_words(pattern: list[dict[str, Any]], anchor: int) -> list[tuple[int | None, int, frozenset[str]]]:
    """(offset from the anchor or None, attribute, words) of every required token but the
    anchor that names its words or entity labels. The offset is fixed when only one-token specs
    lie between."""
    exact = (None, "1")
    needs: list[tuple[int | None, int, frozenset[str]]] = []
    for position, spec in enumerate(pattern):
        if position == anchor or spec.get("OP") not in (None, "1", "+"):
            continue
        between = pattern[min(position, anchor) + 1 : max(position, anchor)]
        fixed = pattern[anchor].get("OP") in exact and all(s.get("OP") in exact for s in between)
        offset = (position - anchor) if fixed else None
        for key, attr in NEEDED_ATTRS:
            words = _spec_words(spec, key)
            if words:
                needs.append((offset, attr, frozenset(_fold(attr, w) for w in words)))
    return needs


def _span_len(specs: list[dict[str, Any]]) -> int:
    """The most tokens a run of token specs can cover (unbounded operators capped at 8)."""
    total = 0
    for spec in specs:
        op = spec.get("OP")
        if op in (None, "1", "!", "?"):
            total += 0 if op == "!" else 1
        elif op in ("*", "+"):
            total += 8
        else:
            total += int(op.strip("{}").split(",")[-1] or 8)
    return total
