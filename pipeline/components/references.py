"""briefs_references: 'the movement', 'it', 'both countries' resolved to the actors they stand for.

Definite descriptions take the nearest earlier actor of their label; subject pronouns
prefer the first actor of their own sentence (usually its subject), then the subject
of the nearest earlier sentence; plural references take the last N distinct actors.
Resolved references become mentions with via "coref" so claims can name real actors.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from operator import attrgetter
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from pipeline.components.actors import Mention, covered_tokens, ensure_extensions, read_mentions, write_mentions
from pipeline.components.author import author_mentions
from pipeline.components.clauses import LOCATIVE_PREPOSITIONS, MODALS, OPENING_PREPOSITIONS, OPENING_WORDS
from pipeline.components.clauses import POSSESSIVE_PRONOUNS as CLAUSE_POSSESSIVES
from pipeline.components.groups import POSSESSIVES, GroupShapes, listed_together
from pipeline.components.persist import SavedState
from pipeline.components.tokens import TablesOf, TokenTable
from pipeline.fold import fold_word
from pipeline.patterns import PatternError, required
from pipeline.records import ACTOR_VIAS

# 'both factions', 'the two leaders', 'the three juntas', 'all four groups': how many actors
PLURAL_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4}
PLURAL_CUES = frozenset(PLURAL_COUNTS)
NUMBER_OPENERS = frozenset({"the", "all", "these", "those"})
BOTH_ALONE = "both alone"  # the spec key of a bare 'Both' as a subject (see _plural)
BOTH_VERB_OPENERS = frozenset({"have", "has", "had", "are", "were", "will", "would", "could", "can", "may", "might",
                               "must", "should", "also", "now", "still", "then", "say", "said", "deny", "denied"})
# where a name only says where: 'its reach in Bajaur and its view', 'police to Haiti and its officers'
PLACE_PREPOSITIONS = LOCATIVE_PREPOSITIONS | {"to", "into", "toward", "towards"}
# a clause's verb group: after 'X and its NOUN' it makes 'and' join clauses, not names
AUXILIARIES = MODALS | {"has", "have", "had", "is", "are", "was", "were"}
PHRASE_PREPOSITIONS = frozenset({"between", "of", "with", "against", "by", "for", "from", "on", "among"})
POSSESSIVE_PRONOUNS = frozenset({"its", "their"})
PLURAL_PRONOUNS = frozenset({"they", "their", "them"})

PERSON_GOVERNMENT = "person government"  # the spec key of "<person>'s government" (see _person_government_hits)
# words an opening phrase has none of: 'In Arauca it has fought the EMC,' is a clause
CLAUSE_WORDS = frozenset({"it", "they", "he", "she", "has", "have", "had", "is", "are", "was", "were", "will", "would"})
CLAUSE_OPENERS = frozenset({";", ":", "that", "after", "before", "when", "while", "because", "if", "unless",
                            "although", "though", "whereas", "until", "once", "since"})
PAIR_OPENERS = frozenset({"which", "whom", "and", "but", ","})  # before a clause's subject
# words that open a clause with a subject of its own ('X commander Y, who signed a deal to fold the
# group's units', 'depends on how the SDF is folded into the state')
# 'the troops it promised', 'any ground it lost': a pronoun after a determiner and its noun opens
# a relative clause (no object of a verb)
RELATIVE_DETERMINERS = frozenset({"the", "a", "an", "any", "every", "some", "its", "their", "his", "her"})
PARTITIVES = frozenset({"some", "many", "most", "all", "several", "each", "one", "two", "none", "both", "few"})
CLAUSE_RELATIVES = frozenset({"who", "whom", "whose", "which", "how", "what", "whether", "where", "to"})
START = attrgetter("start")


@Language.factory("briefs_references", assigns=["doc.spans", "doc.ents"], default_config={})
def make_references(nlp: Language, name: str) -> ReferenceResolver:
    return ReferenceResolver(nlp, name)


class ReferenceResolver(SavedState):
    def __init__(self, nlp: Language, name: str):
        ensure_extensions()
        self.nlp = nlp
        self.name = name
        self.tables = TablesOf(nlp)
        self.ready = False

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None, patterns: Any) -> None:
        """``patterns`` is the PatternBundle from the ``briefs.patterns.v1`` loader."""
        lex = patterns.lexicon.get("references")
        if not isinstance(lex, dict) or "references" not in lex:
            raise PatternError(patterns.root / "lexicon" / "references.json", None, None, "missing 'references'")
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.specs: dict[str, dict[str, Any]] = {}
        for spec in lex["references"]:
            key = " ".join(spec["words"])
            self.specs[key] = spec
            self.matcher.add(key, [self.nlp.make_doc(key)])
        # the nouns of those descriptions, and of an actor's people ('the fighters said they'):
        # 'the new party' may stand for an actor, 'the company' not
        self.description_nouns = frozenset(spec["words"][-1] for spec in lex["references"]) \
            | frozenset(patterns.lexicon["clauses"]["agentive_heads"]) \
            | frozenset(patterns.lexicon["groups"]["member_nouns"]) \
            | frozenset(patterns.lexicon["groups"]["leader_nouns"])
        # "both Palestinian factions", "the two Gulf states": one free word before the noun
        self.plural_nouns = dict(lex["plural_nouns"])
        non_state = frozenset(lex["non_state_plurals"])  # 'both gangs' is never the police
        strings = self.nlp.vocab.strings
        for noun, labels in self.plural_nouns.items():
            for count in sorted(set(PLURAL_COUNTS.values())):
                self.specs[f"{count} * {noun}"] = {"words": [str(count), "*", noun], "label": labels, "count": count,
                                                   "non_state": noun in non_state}
                strings.add(f"{count} * {noun}")
        # 'Thailand and Cambodia met. Both agreed to ...': the two actors of any kind just named
        self.specs[BOTH_ALONE] = {"words": ["both"], "label": ["STATE", "GROUP", "PERSON"], "count": 2, "pair": True}
        strings.add(BOTH_ALONE)
        # 'the president', 'the Somali prime minister': the person the brief gave that title
        self.offices: dict[str, list[tuple[str, ...]]] = {}
        for words in lex["offices"]:
            self.offices.setdefault(words[0], []).append(tuple(words))
            key = "office " + " ".join(words)
            self.specs[key] = {"words": ["the", *words], "label": ["PERSON"], "count": 1, "resolve": "office",
                               "office": " ".join(words)}
            strings.add(key)
        # "Kiir's government", "Min Aung Hlaing's regime": the state the person governs
        self.specs[PERSON_GOVERNMENT] = {"words": ["*", "'s", "government"], "label": ["STATE"], "count": 1,
                                         "resolve": "person_government"}
        self.nlp.vocab.strings.add(PERSON_GOVERNMENT)
        # 'she' is not 'Marco Rubio': a person's first name, where the lexicon knows its gender
        names = required(patterns, "names")
        self.genders: dict[str, str] = dict(names.gender)
        self.spelling = patterns.spelling
        self.military_heads = frozenset(lex["military_heads"])
        self.expletive_after = set(lex["expletive_after_it"])
        self.expletive_pred = set(lex["expletive_predicates"])
        self.window = int(lex["max_sentences_back"])
        self.subject_markers = set(lex["subject_markers"])
        # 'Hamas said the group would': after a speech verb the description is the speaker
        self.speech_verbs = frozenset(lex["speech_verbs"])
        self.helping_verbs = frozenset(lex["helping_verbs"])
        # 'the gang alliance known as Viv Ansanm': a description noun before an organisation noun
        # modifies it, and stands for no one
        self.org_nouns = frozenset(patterns.lexicon["groups"]["org_nouns"])
        self.state_force_heads = [tuple(words) for words in lex["state_force_heads"]]
        self.irregular_participles = frozenset(patterns.lexicon["clauses"]["irregular_participles"])
        self.verb_group_words = frozenset(patterns.lexicon["clauses"]["auxiliaries"]) \
            | frozenset(patterns.lexicon["clauses"]["negation"])
        # 'Ejército del Pueblo Paraguayo', 'Fuerzas Armadas Revolucionarias de Colombia': an army
        # 'of the people' or 'revolutionary' named for a state is a guerrilla, not its forces
        self.insurgent_words = frozenset(lex["insurgent_force_words"])
        commitments = patterns.lexicon.get("commitments")
        if not isinstance(commitments, dict):
            raise PatternError(patterns.root / "lexicon" / "commitments.json", None, None,
                               "missing commitments lexicon")
        self.commitment_verbs = frozenset(commitments["action"]) | frozenset(commitments["aim"])
        # 'Cabo Delgado: the insurgency spreads': a title's place names the brief's state (places
        # of one country only, 'Punjab' would be a guess; and not a region that spans several
        # states though the list files it under one, 'Sahel' under Burkina Faso)
        self.place_state: dict[str, str] = {}
        self.casing: dict[str, int] = dict(required(patterns, "casing").words)
        spanning = {fold_word(word, {}) for word in lex["regions_across_states"]}
        # nor a town named like an organisation's head word ('Alliance', Ohio: 'The Kacha Dacoit
        # Alliance' in a title names a group)
        groups = patterns.lexicon["groups"]
        org_words = {fold_word(word, {}) for word in groups["heads"] + groups["head_first"]}
        for key, records in required(patterns, "places").places.items():
            countries = {record.split()[1] for record in records.split(" | ")}
            if len(countries) == 1 and key not in spanning and key not in org_words:
                self.place_state[key] = f"state:{countries.pop().lower()}"
        self.federations = frozenset(f"state:{code.lower()}" for code in lex["federations"])
        self.capitals = frozenset(required(patterns, "places").capitals)
        self.ready = True

    def __call__(self, doc: Doc) -> Doc:
        if not self.ready:
            raise RuntimeError(f"{self.name}: not initialised with patterns (call nlp.initialize)")
        t = self.tables().table(doc)
        actors = doc._.actors or {}
        mentions = read_mentions(doc, t)
        # the span group is in order (see actors.py), so names are too
        names = [m for m in mentions if m.via in ACTOR_VIAS and len(m.actor_ids) == 1]
        taken = covered_tokens(mentions)
        sent_of, sent_starts, _ = t.bounds
        added = []
        demonyms = {i: m for m in mentions if m.via == "demonym" for i in range(m.start, m.end)}
        dropped: set[int] = set()  # tokens where a description won over its demonym (below)
        context = Context(t, doc, mentions, actors, self.place_state, self.casing, self.federations, self.capitals)
        t.memo["state_words"] = frozenset(t.lower[k] for m in mentions if m.label == "STATE"
                                          for k in range(m.start, m.end) if len(t.lower[k]) > 3)
        gendered: dict[str, str | None] = {}  # first name -> gender, once per brief
        # a state's own forces, by any of their names ('PNH' once 'Haitian National Police' was named)
        forces = frozenset(m.actor_id for m in names if self._state_force(t, m))
        heading_ends = sorted(bisect_left(t.idx, end) for _, end in (doc._.brief or {}).get("headings", []))
        wordy = _wordy_sentences(t)
        hits = self.matcher(doc) + self._plural(doc, t) + self._office_hits(doc, t, context) \
            + self._person_government_hits(doc, t, context)
        for key, start, end in sorted(hits, key=lambda h: (h[1], -h[2])):
            covered = [i for i in range(start, end) if i in taken]
            if covered and not all(i in demonyms for i in covered):
                continue
            name = doc.vocab.strings[key]
            spec = self.specs.get(name) or _office_spec(name)
            if not spec.get("pronoun") and end < len(t.text) and t.cap[end - 1] and t.cap[end] \
                    and t.text[end - 1][:1].isupper():
                continue  # 'the Government Communication Service': the first words of a name
            if not spec.get("pronoun") and end - start >= 3 and all(t.title[i] for i in range(start + 1, end)) \
                    and start > sent_starts[sent_of[start]] and not GroupShapes.headline(t, sent_of[start]):
                continue  # 'the Interim Government' inside a sentence: a body's name, not a description
            if end < len(t.text) and (t.lower[end] in spec.get("not_before", ())
                                      or not spec.get("pronoun") and t.lower[end] in self.org_nouns):
                continue  # 'the front lines', 'the gang alliance'
            if "only_before" in spec and not (end < len(t.text) and t.lower[end] in spec["only_before"]):
                continue  # 'an army checkpoint' is the army's; 'an army of volunteers' is no one's
            if spec.get("pronoun") and self._expletive(t, start):
                continue
            if spec.get("pronoun") and start > sent_starts[sent_of[start]] and t.text[start][:1].isupper() \
                    and GroupShapes.headline(t, sent_of[start]):
                continue  # 'The Azawad Liberation Front Holds Its Ground': a headline's capital, no reference
            # the antecedents a reference may have: names in its window of sentences, before it
            # (counted in sentences with words: a rule line under a title, '=====', is none)
            first = sent_starts[bisect_left(wordy, wordy[sent_of[start]] - self.window)]
            if spec.get("pronoun"):
                # and, for a pronoun, after the last heading: a section is read afresh, however
                # the file marks its headings (underlines, '#', a Word style)
                h = bisect_right(heading_ends, start) - 1
                if h >= 0:
                    first = max(first, heading_ends[h])
            window = names[bisect_left(names, first, key=START) : bisect_left(names, start, key=START)]
            resolve = spec.get("resolve")
            if spec.get("gender"):
                window = [m for m in window if m.label != "PERSON"
                          or self._gender(actors.get(m.actor_id), gendered) in (None, spec["gender"])]
            actor_ids = self._resolve(t, spec, start, end, window, names, sent_of, forces) if resolve is None else \
                context.resolve(resolve, spec, start, end, self.military_heads)
            if not actor_ids:
                continue
            if covered:  # "both Palestinian factions": the description wins over its adjective
                dropped.update(range(start, end))
            kind = "pronoun" if spec.get("pronoun") else "plural" if spec["count"] > 1 else resolve or "description"
            mention = Mention(start, end, actor_ids, f"coref.{kind}", actors[actor_ids[0]]["label"])
            added.append(mention)
            if len(actor_ids) == 1:
                insort(names, mention, key=START)  # a resolved reference can be the antecedent of the next
            taken.update(range(start, end))
        if dropped:  # once, not a pass over every mention per description (quadratic on long briefs)
            mentions = [m for m in mentions if not (m.via == "demonym" and m.start in dropped)]
        author = (doc._.brief or {}).get("first_person_actor")
        if author:
            added += author_mentions(doc, t, mentions + added, author, self.commitment_verbs)
        write_mentions(doc, mentions + added, t)
        return doc

    def _person_government_hits(self, doc: Doc, t: TokenTable, context: Context) -> list[tuple[int, int, int]]:
        """"Touadéra's government", "Min Aung Hlaing's regime": the government word after a
        person's possessive."""
        key = doc.vocab.strings[PERSON_GOVERNMENT]
        out = []
        for k in t.where("lower", Context.GOVERNMENT_WORDS):
            # (not a name's word: 'Abdul Hamid Dbeibah's Government of National Unity')
            if t.is_lower[k] and context.government_owner(k) is not None:
                out.append((key, k, k + 1))
        return out

    def _office_hits(self, doc: Doc, t: TokenTable, context: Context) -> list[tuple[int, int, int]]:
        """'the president', 'the Somali president' (a demonym between is the office's state)."""
        if not context.titled:
            return []
        strings = doc.vocab.strings
        lower = t.lower
        out = []
        for i in t.where("lower", self.offices.keys()):
            start = i - 1 if i >= 1 and lower[i - 1] == "the" else (
                i - 2 if i >= 2 and lower[i - 2] == "the" and i - 1 in context.demonym_at else None)
            if start is None:
                continue
            for words in self.offices[lower[i]]:
                n = len(words)
                if tuple(lower[i : i + n]) == words and not (i + n < len(lower) and t.cap[i + n]):
                    out.append((strings["office " + " ".join(words)], start, i + n))
                    break
        # the brief's own titles: 'Senior General Min Aung Hlaing' ... 'the senior general'
        for words in context.text_titles():
            if words[0] in self.offices and any(words[: len(w)] == w for w in self.offices[words[0]]):
                continue  # a listed office, found above
            key = strings.add("office " + " ".join(words))
            n = len(words)
            for i in t.where("lower", {words[0]}):
                if i < 1 or lower[i - 1] != "the" or tuple(lower[i : i + n]) != words:
                    continue
                if i + n < len(lower) and (t.cap[i + n] or lower[i + n] == "of"):
                    continue  # 'the Senior General Min Aung Hlaing': the name follows
                out.append((key, i - 1, i + n))
        return out

    @staticmethod
    def _last_pair(t: TokenTable, before: list[Mention]) -> tuple[str, ...]:
        """A bare 'Both' stands for the last two actors of one kind the brief listed together
        as a clause's subject ('Thailand and Cambodia met ... Both agreed'), or for no one: the
        last two names alone are often a leader and his own force, and a pair inside a phrase
        ('a contest between X and Y') is no one's subject."""
        starts = {(m.end, m.actor_id): m.start for m in before}
        for a, b in zip(reversed(before[:-1]), reversed(before[1:]), strict=True):
            # 'the Union of ... (URDPC) and the ...': the pair opens where the first name does
            j = starts.get((a.start - 1, a.actor_id), a.start) - 1 if a.start and t.text[a.start - 1] == "(" \
                else a.start - 1
            while j >= 0 and t.lower[j] == "the":
                j -= 1
            opens = j < t.sent_starts[t.sent_of[a.start]] or t.lower[j] in CLAUSE_OPENERS | PAIR_OPENERS
            if opens and a.label == b.label and a.actor_id != b.actor_id:
                k = a.end
                if k < len(t.text) and t.text[k] == "(":  # past an acronym: 'the URDPC (URDPC) and ...'
                    close = t.closing(k, b.start)
                    k = close + 1 if close is not None else k
                elif k < len(t.text) and t.text[k] == ")":
                    k += 1  # the acronym itself ('... (URDPC) and the ALC')
                if listed_together(t, k, b.start):
                    return (a.actor_id, b.actor_id)
        return ()

    def _gender(self, actor: dict[str, Any] | None, memo: dict[str, str | None]) -> str | None:
        """'f' or 'm' for a person whose name's first word the names lexicon gives one gender."""
        if actor is None or not actor.get("name"):
            return None
        first = actor["name"].split()[0]
        if first not in memo:
            memo[first] = self.genders.get(fold_word(first, self.spelling))
        return memo[first]

    def _plural(self, doc: Doc, t: TokenTable) -> list[tuple[int, int, int]]:
        """'both X nouns', 'the two X nouns', 'all three nouns', looked for only where a count
        word is; and a bare 'Both' before its verb ('Both agreed in principle')."""
        strings = doc.vocab.strings
        lower = t.lower
        n = len(lower)
        out = []
        for i in t.where("lower", PLURAL_CUES):
            count = PLURAL_COUNTS[lower[i]]
            start = i if lower[i] == "both" else i - 1
            if start < 0 or (start != i and lower[start] not in NUMBER_OPENERS) or i + 2 >= n:
                continue
            if lower[i + 1] in self.plural_nouns and " ".join(lower[start : i + 2]) not in self.specs \
                    and lower[i + 2] != "of":  # ('the two factions of Barrio 18' names new ones)
                # 'the two organisations', 'both cartels': any plural noun of the list, no word between
                out.append((strings[f"{count} * {lower[i + 1]}"], start, i + 2))
                continue
            noun = lower[i + 2]
            if t.alpha[i + 1] and noun in self.plural_nouns:
                out.append((strings[f"{count} * {noun}"], start, i + 3))
                continue
            if start == i and t.text[i] == "Both" and (lower[i + 1] in BOTH_VERB_OPENERS or (
                    t.is_lower[i + 1] and lower[i + 1].endswith("ed"))):
                out.append((strings[BOTH_ALONE], i, i + 1))  # a subject of its own
        return out

    def _expletive(self, t: TokenTable, i: int) -> bool:
        """'it is unclear whether' refers to nothing."""
        lower = t.lower
        if lower[i] != "it" or i + 2 >= len(lower):
            return False
        return lower[i + 1] in self.expletive_after and lower[i + 2] in self.expletive_pred

    @staticmethod
    def _right_after_subject(t: TokenTable, m: Mention, start: int, limit: int = 3) -> bool:
        return 0 < start - m.end <= limit and all(t.alpha[i] and t.is_lower[i] for i in range(m.end, start))

    def _object_of_its_subject(self, t: TokenTable, subject: Mention, start: int, sent_start: int) -> bool:
        """Whether a description at ``start`` is the object of the verb whose subject opens the
        sentence: the subject is its first words, a verb-like word stands right before the
        description, and no clause opens between them."""
        if not (subject.start == sent_start or subject.start == sent_start + 1 and t.lower[sent_start] == "the") \
                or start - 1 <= subject.end:
            return False  # 'In Syria, ... folded into the state': a place phrase, no subject
        if t.lower[subject.start] in CLAUSE_POSSESSIVES or t.text[subject.end] in POSSESSIVES:
            return False  # 'Its most active commander, X, leads the faction': the owner is no subject
        before = t.lower[start - 1]
        if not (t.alpha[start - 1] and t.is_lower[start - 1]) or before in OPENING_WORDS \
                or before in self.subject_markers:
            return False
        words = t.lower[subject.end : start]
        return not any(w in self.subject_markers and w != "," or w in CLAUSE_OPENERS or w in CLAUSE_RELATIVES
                       for w in words)

    def _passive_agent(self, t: TokenTable, start: int) -> bool:
        """Whether the words at ``start`` follow 'by' after a past participle ('was attacked by',
        'overrun by'; the participle shape of Clauses.participle, over the same lexicon)."""
        if start < 2 or t.lower[start - 1] != "by" or not (t.alpha[start - 2] and t.is_lower[start - 2]):
            return False
        participle = t.lower[start - 2]
        return participle.endswith(("ed", "en")) or participle in self.irregular_participles

    def _object_position(self, t: TokenTable, i: int) -> bool:
        """'fought it', 'shields it': a pronoun right after a verb-like word is an object
        ('whom it has detained', 'the troops it promised': a subject)."""
        if i == 0 or t.lower[i] not in {"it", "them", "him", "her"}:
            return False
        before = t.lower[i - 1]
        return t.alpha[i - 1] and t.is_lower[i - 1] and before not in self.subject_markers \
            and before not in {"whom", "which", "that"} and self._relative_on_object(t, i) is None \
            and not (before == "of" and t.lower[i - 2] in PARTITIVES)

    def _relative_on_object(self, t: TokenTable, i: int) -> int | None:
        """The determiner of the noun phrase a relative clause opening with the pronoun at ``i``
        hangs on ('the livelihood packages it pledged', 'a dozen men it accuses'; not 'the army
        accuses it of'): a determiner, one to three lower-case words, the pronoun, then a verb."""
        if i + 1 >= len(t.lower):
            return None
        after = t.lower[i + 1]
        verb = after in self.verb_group_words or t.alpha[i + 1] and t.is_lower[i + 1] and (
            after.endswith("ed") or after.endswith("s") and not after.endswith("ss") and after not in {"as", "its"})
        if not verb:
            return None
        k = i - 1
        while k >= max(0, i - 3) and t.alpha[k] and t.is_lower[k] and t.lower[k] not in RELATIVE_DETERMINERS:
            if t.lower[k] in self.speech_verbs or t.lower[k] in self.verb_group_words or t.lower[k].endswith("ed"):
                return None  # 'the council said it would': a verb, no noun the clause hangs on
            k -= 1
        return k if k >= 0 and k < i - 1 and t.lower[k] in RELATIVE_DETERMINERS else None

    @staticmethod
    def _cataphor(t: TokenTable, start: int, names: list[Mention], labels: list[str],
                  sent_of: list[int]) -> Mention | None:
        """'In his first speech of the war, Nasrallah praised ...': a possessive in an opening
        phrase points ahead to the subject named right after the phrase's comma."""
        if t.lower[start] not in CLAUSE_POSSESSIVES:
            return None
        first = t.sent_starts[sent_of[start]]
        if t.lower[first] not in OPENING_PREPOSITIONS or "," in t.text[first:start]:
            return None
        for k in range(start + 1, min(len(t.text), start + 15)):
            if sent_of[k] != sent_of[start]:
                return None
            if t.text[k] == ",":
                i = bisect_left(names, k + 1, key=START)
                if i < len(names) and names[i].start == k + 1 and names[i].label in labels:
                    return names[i]
                return None
        return None

    def _state_force(self, t: TokenTable, m: Mention) -> bool:
        """'Nigerian Army', 'Sudanese Armed Forces', 'Tatmadaw': a state's own forces (a name
        opening with a state word the brief uses and ending with a force head); 'Arakan Army'
        and 'Syrian Democratic Forces' are not."""
        words = tuple(t.lower[m.start : m.end])
        if m.label != "GROUP" or not words:
            return False
        if m.rule == "coref.military":
            return True  # 'the army', already resolved to the state's own force
        if words[0] in {"forces", "armed", "armée", "armées", "army", "fuerzas", "ejército"} and len(words) > 2 \
                and _names_a_state(t, words[-1]) and not self.insurgent_words.intersection(words):
            return True  # 'Armed Forces of the Philippines', 'Forces Armées de la République ... du Congo'
        for head in self.state_force_heads:
            if words == head:
                return True  # one word that is itself a state's army
            if len(words) > len(head) and words[-len(head):] == head:
                return _names_a_state(t, words[0])  # 'Nigerian Army' in a brief that names Nigeria
        return False

    def _helped(self, t: TokenTable, m: Mention, start: int) -> bool:
        """'backs the SDF in its campaign', 'helped Kyiv with its air defence': the possessive
        is the one helped, named right before 'in'/'with' after a verb of helping."""
        if m.end != start - 1 or t.lower[start - 1] not in {"in", "with"}:
            return False
        k = m.start - 1
        if k >= 0 and t.lower[k] == "the":
            k -= 1
        return k >= 0 and t.lemma[k] in self.helping_verbs

    @staticmethod
    def _clause_start(t: TokenTable, lo: int, i: int) -> int:
        """The token after the last clause opener (';', 'that', 'after', ', and' ...) before i."""
        for k in range(i - 1, lo - 1, -1):
            word = t.lower[k]
            if word in CLAUSE_OPENERS or (word in {"and", "but"} and k > 0 and t.text[k - 1] == ","):
                return k + 1
        return lo

    def _coordinated_subject(self, t: TokenTable, window: list[Mention], start: int,
                             sent_of: list[int]) -> tuple[str, ...]:
        """'because Papua New Guinea and Fiji value their ties', 'Both Fujimori and López Aliaga say
        they will': 'they/their' after actors coordinated at the head of their own clause stands
        for all of them (people only with people)."""
        here = sent_of[start]
        same = [m for m in window if m.end <= start and sent_of[m.start] == here
                and m.label in {"GROUP", "STATE", "PERSON"}]
        if len(same) < 2:
            return ()
        opened = self._clause_start(t, same[0].start, start)
        chain = [m for m in same if m.start >= opened]
        if len(chain) < 2 or chain[0].start - opened > 1:
            return ()  # the chain opens the clause ('the' at most before it)
        if not all(listed_together(t, a.end, b.start) for a, b in zip(chain, chain[1:], strict=False)):
            return ()
        if len({m.label == "PERSON" for m in chain}) > 1:
            return ()  # ('Ruto and Kenya': a person listed with a body is no pair 'they' stands for)
        ids = tuple(dict.fromkeys(m.actor_id for m in chain))
        return ids if len(ids) >= 2 else ()

    def _apposition_head(self, t: TokenTable, start: int, end: int, before: list[Mention]) -> Mention | None:
        """The name a reference at ``start`` stands in apposition to: 'NAME, the ...' or 'NAME
        (ACRONYM), its ...'. A reference a speech verb follows opens a clause of its own
        ('JNIM struck the FLA, the group said'), so it has no head."""
        if start < 2 or t.text[start - 1] != ",":
            return None
        if end < len(t.text) and t.lower[end] in self.speech_verbs:
            return None
        k = start - 2
        if t.text[k] == ")":  # an acronym in brackets after the name
            while k > 0 and t.text[k] != "(":
                k -= 1
            k -= 1
        head = next((m for m in reversed(before) if m.end == k + 1), None)
        if head is not None:
            # 'According to the NIS, the brigade has lost': a sentence's opening phrase, not an
            # apposition
            j = head.start - 1
            while j >= 0 and t.lower[j] == "the":
                j -= 1
            lo = t.sent_starts[t.sent_of[start]]
            if j >= lo and (t.lower[j] in OPENING_PREPOSITIONS or t.lower[j] == "to") and j - lo <= 1:
                return None
        return head

    def _resolve(self, t: TokenTable, spec: dict[str, Any], start: int, end: int, window: list[Mention],
                 names: list[Mention], sent_of: list[int], forces: frozenset[str]) -> tuple[str, ...]:
        """``window``: the names that start in the sentences a reference may look back over;
        ``forces``: the actors that are a state's own forces."""
        labels = spec["label"]
        here = sent_of[start]
        if spec.get("pronoun"):
            ahead = self._cataphor(t, start, names, labels, sent_of)
            if ahead is not None:
                return (ahead.actor_id,)
        if spec.get("pronoun") and t.lower[start] in PLURAL_PRONOUNS:
            pair = self._coordinated_subject(t, window, start, sent_of)
            if pair:
                return pair
        before = [m for m in window if m.end <= start and m.label in labels]
        if spec.get("non_state"):
            # 'the insurgents' is never the army: a state's own forces are passed over
            # (and an actor 'the army' stood for before: a reference resolved on the way)
            excluded = forces | {m.actor_id for m in before if self._state_force(t, m)}
            before = [m for m in before if m.actor_id not in excluded]  # 'them' for the army too
        if spec.get("pronoun") and t.lower[start] in POSSESSIVE_PRONOUNS:
            # 'the KNLA, its armed wing,': an apposition's possessive is another's, not its head's
            head = self._apposition_head(t, start, end, before)
            if head is not None:
                before = [m for m in before if m.actor_id != head.actor_id]
        if not before:
            return ()
        if spec.get("pronoun") and start >= 2 and (t.lower[start] in POSSESSIVE_PRONOUNS or t.lower[start] in {
                "his", "her"} and before[-1].label == "PERSON") \
                and t.lower[start - 1] in {"and", "or"} and before[-1].end == start - 1 \
                and not (before[-1].start > 0 and t.lower[before[-1].start - 1] in PLACE_PREPOSITIONS) \
                and not self._opens_a_clause(t, before[-1], start):
            # 'sanctioned the Prince Group and its chairman', 'Khalifa Haftar and his Libyan
            # National Army': the name joined to the possessive
            # (not a place's: 'its reach in Bajaur and its view', 'police to Haiti and its
            # officers'; nor when 'and' opens a clause: 'condemns the SDF and its drones have struck')
            return (before[-1].actor_id,)
        if spec.get("pair"):
            return self._last_pair(t, before)
        if spec["count"] > 1:
            if end + 1 < len(t.text) and t.text[end] == "," and _starts_at(names, end + 1):
                return ()  # "the two leaders, Hapilon and Omar Maute": the apposition names them
            chosen: list[str] = []
            subject = before[-1] if self._right_after_subject(t, before[-1], start, limit=4) else None
            for m in reversed(before):
                if subject is not None and m.actor_id == subject.actor_id:
                    continue  # "Hezbollah coordinates with both factions": not itself
                if m.actor_id not in chosen:
                    chosen.append(m.actor_id)
                if len(chosen) == spec["count"]:
                    return tuple(reversed(chosen))
            return ()
        if not spec.get("pronoun") and not (end < len(t.text) and t.text[end] in POSSESSIVES):
            # 'Gran Grif, the gang of Luckson Elan': a description in apposition is its head's
            # ('Bashir Zeb, the group's commander' is not)
            head = self._apposition_head(t, start, end, before)
            if head is not None:
                return (head.actor_id,)
        if not spec.get("pronoun"):
            # 'the council' is the last actor whose name has 'Council' in it, when one has
            noun = t.lower[end - 1]
            headed = [m for m in before if noun in t.lower[m.start : m.end]]
            if not headed and not spec.get("any_name"):
                # 'the party' for a party named before the window, not the nearest other group
                headed = [m for m in names if m.end <= start and m.label in labels
                          and noun in t.lower[m.start : m.end] and m.via in ACTOR_VIAS]
            if headed and not spec.get("any_name"):
                before = headed
            elif spec.get("headed"):
                # 'Los Trinos is little known. The gang is led by ...': where no actor of the
                # brief has the noun in its name, a description opening its sentence is the one
                # actor of its kind named in it or the sentence before (two there, and the noun
                # cannot choose; 'feeds the brigade', 'fighting for the brotherhood of our
                # peoples' are no subjects and stay unresolved)
                if start != t.sent_starts[here] or any(noun in t.lower[m.start : m.end]
                                                       for m in names if m.label in labels):
                    return ()
                near = {m.actor_id for m in before if sent_of[m.start] >= here - 1}
                if len(near) != 1:
                    return ()
                before = [m for m in before if m.actor_id in near]
        same = [m for m in before if sent_of[m.start] == here]
        if same and not spec.get("pronoun") and self._object_of_its_subject(t, same[0], start, t.sent_starts[here]):
            # "The DSS, working alongside the army, detained the group's emir": the object of a
            # clause is not its subject, nor a name in the subject's aside (the verb's own object
            # may be: 'JNIM ambushed ISGS fighters, killing the group's emir')
            subject = same[0]
            close = next((k for k in range(subject.end + 1, start) if t.text[k] == ","), None) \
                if subject.end < start and t.text[subject.end] == "," else None
            aside = {m.actor_id for m in same if close is not None and subject.end < m.start < close}
            taken = {subject.actor_id} | aside
            before = [m for m in before if m.actor_id not in taken]
            same = [m for m in same if m.actor_id not in taken]
            if not before:
                return ()
        if same and spec.get("pronoun") and t.lower[start] != "it" and self._object_position(t, start) \
                and self._right_after_subject(t, same[-1], start, limit=4) \
                and not any(w in CLAUSE_OPENERS or w in CLAUSE_RELATIVES and w != "to" or w in self.subject_markers
                            or w in {"and", "or", "but"} for w in t.lower[same[-1].end : start]):
            # 'The Rebels may try to reabsorb them', 'Morales denounced him': a verb's object
            # pronoun is not the subject right before the verb (a reflexive would be); not 'it',
            # which as often stands for a thing ('the COCE has endorsed it', the campaign)
            subject = same[-1]
            # (another actor of this sentence or the one before; further back, the pronoun is
            # more likely a thing's: 'called the verdict a lynching and would fight it')
            before = [m for m in before if m.actor_id != subject.actor_id and sent_of[m.start] >= here - 1]
            same = []
            if not before:
                return ()
        if not spec.get("pronoun") and end + 1 < len(t.text) and t.lower[end] == "of":
            owner = _name_at(names, end + 2 if t.lower[end + 1] == "the" else end + 1)
            if owner is not None and owner.label != "PERSON":
                return ()  # 'held by the faction of the NSCN': a part of the group named after it
        if same and not spec.get("pronoun") and self._passive_agent(t, start):
            # 'a Danab post was overrun by the group': a passive's agent is not its subject
            opened = self._clause_start(t, same[0].start, start)
            patients = {m.actor_id for m in same if m.start >= opened}
            before = [m for m in before if m.actor_id not in patients]
            same = [m for m in same if m.actor_id not in patients]
            if not before:
                return ()
        if same and not spec.get("pronoun") and self._right_after_subject(t, same[-1], start) \
                and not self.speech_verbs.intersection(t.lower[same[-1].end : start]):
            # "France condemned the junta": the junta is not France
            older = [m for m in before if m.actor_id != same[-1].actor_id]
            return (older[-1].actor_id,) if older else ()
        if spec.get("pronoun") and not same and self._said_by_a_description(t, start):
            return ()  # 'The company said it would suspend ...': the company's, not an actor's
        if spec.get("pronoun"):
            if same and self._object_position(t, start):
                # "broke away from JNIM and has fought it": an object is not its own subject,
                # the names that open its clause ('the FLA cannot retake Kidal but FAMa and the
                # Africa Corps lack the forces to push it out': the FLA)
                opened = self._clause_start(t, same[0].start, start)
                own = [m for m in same if m.start >= opened]
                if not own or own[0].start - opened > 1:
                    own = same  # no name opens the pronoun's clause: the sentence's subject
                subject = {own[0].actor_id}
                for a, b in zip(own, own[1:], strict=False):
                    if not listed_together(t, a.end, b.start):
                        break
                    subject.add(b.actor_id)
                others = [m for m in same if m.actor_id not in subject]
                return (others[-1].actor_id,) if others else (same[-1].actor_id,)
            if same and t.lower[start] in POSSESSIVE_PRONOUNS and self._helped(t, same[-1], start):
                return (same[-1].actor_id,)
            if same and t.lower[start] in POSSESSIVE_PRONOUNS:
                # 'after the RSF failed to honor its commitment': a possessive is bound by the
                # subject of its own clause, the first actor named since the clause opened
                opened = self._clause_start(t, same[0].start, start)
                own = [m for m in same if m.start >= opened]
                if own:
                    return (own[0].actor_id,)
            determiner = self._relative_on_object(t, start) if same and t.lower[start] in {"it", "they"} else None
            if determiner is not None:
                # 'Egypt has yet to send the troops it promised', 'until Manila delivers the
                # packages it pledged': a pronoun opening a relative clause on the object is the
                # name that acts on that object, the last before it
                acting = [m for m in same if m.end <= determiner]
                if acting:
                    return (acting[-1].actor_id,)
            if same and start >= 2 and t.lower[start] in {"it", "them"} and t.lower[start - 1] == "of" \
                    and t.lower[start - 2] in PARTITIVES:
                return (same[-1].actor_id,)  # 'several PMF brigades, some of them': the last named
            if same and t.lower[start] in {"it", "they"}:
                # 'the council said it would allow': a subject pronoun in a clause that opens
                # with a name is that name's
                opened = self._clause_start(t, same[0].start, start)
                own = [m for m in same if m.start >= opened]
                if own and opened > same[0].start and own[0].start - opened <= 1:
                    return (own[0].actor_id,)
            if same:
                # 'In Kyrgyzstan, the GKNB said that it had': past the opening phrase too
                return (self._owned(t, self._past_opening(same, t)).actor_id,)
            last_sent = sent_of[before[-1].start]
            previous = [m for m in before if sent_of[m.start] == last_sent]
            introduced = self._introduced(t, previous)
            if introduced is not None and start == t.sent_starts[here] and t.lower[start] in POSSESSIVE_PRONOUNS:
                # '... has turned on the Zhailau Brotherhood, a smuggling network. Its leader':
                # the actor the sentence before introduced with an apposition is the new topic
                return (introduced.actor_id,)
            return (self._owned(t, self._past_opening(previous, t)).actor_id,)
        return (before[-1].actor_id,)

    def _said_by_a_description(self, t: TokenTable, start: int) -> bool:
        """Whether the pronoun at ``start`` opens what a sentence's subject said, and that subject
        is a description no actor is named in: 'The company said it would', 'The ministry
        announced that they would' (the pronoun is the speaker)."""
        lo = t.sent_starts[t.sent_of[start]]
        k = start - 1
        if k > lo and t.lower[k] == "that":
            k -= 1
        if k <= lo or t.lower[k] not in self.speech_verbs:
            return False
        nouns = range(lo + 1, k)
        return t.lower[lo] == "the" and 1 <= len(nouns) <= 2 and all(t.alpha[j] and t.is_lower[j] for j in nouns) \
            and t.lower[k - 1] not in self.description_nouns and t.lower[k - 1] not in self.org_nouns

    @staticmethod
    def _opens_a_clause(t: TokenTable, joined: Mention, start: int) -> bool:
        """Whether 'X and its NOUN' at ``start`` opens a clause of its own, a verb group right
        after the possessive's noun ('condemns the SDF and its drones have struck'); never inside
        a prepositional phrase ('between the TPLF and its former enemy is')."""
        k = joined.start - 1
        if k >= 0 and t.lower[k] == "the":
            k -= 1
        if k >= 0 and t.lower[k] in PHRASE_PREPOSITIONS:
            return False
        for j in range(start + 1, min(len(t.text), start + 4)):
            if t.text[j] in AUXILIARIES:  # (case-sensitive: 'in May 2025' holds no modal)
                return True
            if t.punct[j]:
                return False
        return False

    @staticmethod
    def _introduced(t: TokenTable, named: list[Mention]) -> Mention | None:
        """The one actor of a sentence's names that is not its first and is introduced by an
        indefinite apposition after it ('the Zhailau Brotherhood, a smuggling network active
        ...'), or None."""
        n = len(t.text)
        introduced = [m for m in named[1:] if m.end + 1 < n and t.text[m.end] == ","
                      and t.lower[m.end + 1] in {"a", "an"} and m.actor_id != named[0].actor_id]
        return introduced[0] if len({m.actor_id for m in introduced}) == 1 else None

    @staticmethod
    def _past_opening(named: list[Mention], t: TokenTable) -> list[Mention]:
        """A sentence's names from its subject on, when an opening phrase names another actor
        before the comma that ends it ('Once a junior branch of ISWAP, ISSP became ... Its
        emir'): the name right after the phrase's comma is the subject a pronoun goes back to."""
        first = t.sent_starts[t.sent_of[named[0].start]]
        if named[0].start == first or t.lower[first] not in OPENING_WORDS:
            return named
        for i, m in enumerate(named[1:], 1):
            k = m.start - 1
            if k > first and t.lower[k] in {"the", "a", "an"}:
                k -= 1  # 'In Kyrgyzstan, the State Committee ... said that it'
            if k > first and t.text[k] == "," and "," not in t.text[first:k] \
                    and not any(w in CLAUSE_WORDS for w in t.lower[first:k]):
                return named[i:]
        return named

    @staticmethod
    def _owned(t: TokenTable, named: list[Mention]) -> Mention:
        """The first of a sentence's names, or what it owns when it only owns the subject:
        "Russia's Federal Security Service says ... Its director": its is the FSB's. Only a
        state's body acts for itself; a group's unit ('the BLA's Majeed Brigade') leaves 'the
        group' to the group."""
        first = named[0]
        if len(named) > 1 and first.label == "STATE" and first.end < len(t.text) and t.text[first.end] in POSSESSIVES \
                and named[1].start == first.end + 1:
            return named[1]
        if len(named) > 1 and t.lower[first.start] in CLAUSE_POSSESSIVES and 2 <= named[1].start - first.end <= 4 \
                and t.text[named[1].start - 1] == "," and all(t.alpha[k] for k in range(first.end, named[1].start - 1)):
            return named[1]  # 'His Kursk counterpart, Alexander Khinshtein, went further: he ...'
        return first


class Context:
    """What a brief says once that several references read: its main state, the states its
    government words are tied to, its armed forces, and the titles it gives its people."""

    GOVERNMENT_WORDS = frozenset({"junta", "government", "regime", "authorities", "administration", "presidency",
                                  "cabinet"})

    def __init__(self, t: TokenTable, doc: Doc, mentions: list[Mention], actors: dict[str, Any],
                 place_state: dict[str, str], casing: dict[str, int], federations: frozenset[str] = frozenset(),
                 capitals: frozenset[str] = frozenset()):
        self.t = t
        self.federations = federations
        states = [m for m in mentions if m.label == "STATE" and len(m.actor_ids) == 1 and m.via != "coref"]
        self.demonym_at = {m.start: m.actor_id for m in states if m.end == m.start + 1}
        self.state_at = {m.start: m.actor_id for m in states}
        self.main = self._main_state(t, doc, states, place_state, casing, capitals)
        # 'Mali's junta', 'the Malian junta', 'Sudan's government': the noun's state
        self.ties: dict[str, list[tuple[int, str]]] = {}
        for m in states:
            k = m.end + (1 if m.end < len(t.text) and t.text[m.end] in {"'s", "\u2019s"} else 0)
            if k < len(t.text) and t.lower[k] in self.GOVERNMENT_WORDS:
                self.ties.setdefault(t.lower[k], []).append((k, m.actor_id))
        self.groups = [m for m in mentions if m.label == "GROUP" and len(m.actor_ids) == 1 and m.via != "coref"]
        self.states = states
        self.actors = actors
        self.titled = [m for m in mentions if m.label == "PERSON" and (actors.get(m.actor_id) or {}).get("roles")]
        self.person_at_end = {m.end: m for m in mentions if m.label == "PERSON" and len(m.actor_ids) == 1
                              and m.via != "coref"}
        self.person_at_start = {m.start: m for m in self.person_at_end.values()}
        self._forces: tuple[frozenset[str], list[Mention], list[int]] | None = None  # see ``_armed_forces``

    def government_owner(self, k: int) -> Mention | None:
        """The person whose government the word at k is: 'Touadéra's government', 'Sheikh
        Hasina's first government' (one lower-case word may stand between)."""
        t = self.t
        j = k - 1
        if j >= 1 and t.is_lower[j] and t.alpha[j]:
            j -= 1
        if j >= 1 and t.text[j] in {"'s", "\u2019s"}:
            return self.person_at_end.get(j)
        return None

    def _titled_owner(self, k: int) -> Mention | None:
        """The person named at token k, past up to three capitalised title words before the name
        ('of President Ahmed al-Sharaa', 'of Prime Minister X')."""
        for j in range(k, min(k + 4, len(self.t.text))):
            if j in self.person_at_start:
                return self.person_at_start[j]
            if not (self.t.cap[j] and self.t.alpha[j]):
                return None
        return None

    def _state_of(self, person: str) -> str | None:
        """The state a person governs: the state of a title the text gave them, else the country
        of their CAMEO code (its first three letters); else unknown (the brief's main state is
        often another's: 'President Bola Tinubu's government' in a brief on Cameroon)."""
        data = self.actors.get(person) or {}
        for role in data.get("roles") or []:
            if role.get("of"):
                return role["of"]
        for code in (data.get("refs") or {}).get("cameo", []):
            state = f"state:{code[:3].lower()}"
            if state in self.actors:
                return state
        return None

    def text_titles(self) -> list[tuple[str, ...]]:
        """The titles the text gives its people ('Senior General', 'Field Marshal'), lower-cased
        words, in a fixed order."""
        titles = {tuple(role["title"].lower().split()) for m in self.titled
                  for role in self.actors[m.actor_id]["roles"] if role.get("source") == "text"}
        return sorted(t for t in titles if t)

    @staticmethod
    def _main_state(t: TokenTable, doc: Doc, states: list[Mention], place_state: dict[str, str],
                    casing: dict[str, int], capitals: frozenset[str] = frozenset()) -> str | None:
        """The state the title names, else the state of the first place the title names that the
        brief names too ('Cabo Delgado: ...' in a brief naming Mozambique), else the state of a
        demonym in the title, else the most named state, each place the brief names in it
        counting as a naming (the first of the ties). A capital acting for its state does not
        count, nor does a capital named as a place: it is mostly another party to the story
        ('Beijing brokered'), while the brief's own state is named."""
        brief = doc._.brief or {}
        title = brief.get("title")
        if title is not None:
            in_title = [m for m in states if title[0] <= t.idx[m.start] < title[1]]
            if any(m.via != "demonym" for m in in_title):
                return next(m.actor_id for m in in_title if m.via != "demonym")
            # a place of a state the brief names ('Cabo Delgado': Mozambique, however often
            # Rwanda's troops are named; 'Sweida's Stand-Off: ... the Israeli Umbrella': Syria, as
            # a demonym in a title mostly qualifies another party); see ``place_state`` for the
            # places that are no evidence
            # (a capital the title names as a place is mostly another party to the story: 'The Wa
            # Between Beijing, Naypyitaw and Bangkok', as in the body)
            placed = Context._placed(t, states, place_state, casing, capitals,
                                     bisect_left(t.idx, title[0]), bisect_left(t.idx, title[1]))
            if placed:
                return placed[0].actor_id
            if in_title:
                return in_title[0].actor_id
        return _most_named([m for m in states if m.via != "metonym"]
                           + Context._placed(t, states, place_state, casing, capitals))

    @staticmethod
    def _placed(t: TokenTable, states: list[Mention], place_state: dict[str, str], casing: dict[str, int],
                capitals: frozenset[str], lo: int = 0, hi: int | None = None) -> list[Mention]:
        """One vote for its state per place the brief names in a state it names ('Lashio',
        'Mogok' for Myanmar): where the story happens, which a brief on Myanmar's Wa names less
        often than China, its main foreign party. Not a capital: mostly a state acting ('Beijing
        has pressed'), as in the title; nor a state's own name or demonym, which the place list
        may file elsewhere ('Mali' is also a town in China, 'Georgia' a US state). Tokens [lo, hi)
        only, when given (the title's)."""
        named = {m.actor_id for m in states}
        stated = {k for m in states for k in range(m.start, m.end)}
        votes: list[Mention] = []
        n = len(t.text) if hi is None else hi
        # the words a place may be made of, folded once each (the scan tries three run lengths)
        folded = {j: fold_word(t.text[j], {}) for j in range(lo, n)
                  if t.cap[j] and t.alpha[j] and casing.get(t.lower[j]) != 1 and j not in stated}
        i = lo
        while i < n:
            for size in (3, 2, 1):  # the longest place first ('Cabo Delgado', not 'Cabo')
                run = range(i, i + size)
                if i + size > n or not all(j in folded for j in run):
                    continue
                key = " ".join(folded[j] for j in run)
                state = place_state.get(key) if key not in capitals else None
                if state in named:
                    votes.append(Mention(i, i + size, (state,), "place", "STATE"))
                    i += size - 1
                    break
            i += 1
        return votes

    def resolve(self, how: str, spec: dict[str, Any], start: int, end: int, heads: frozenset[str]) -> tuple[str, ...]:
        if how == "government":
            noun = self.t.lower[end - 1]
            # a bare 'the government' is the one last tied to a state ('Israel's government ...
            # the government'); 'the transitional government' names a kind no tie has said
            tied = [state for k, state in self.ties.get(noun, []) if k < start] if end - start <= 2 else []
            state = tied[-1] if tied else self.main
            placed = self.state_at.get(end + 1) if end + 1 < len(self.t.text) and self.t.lower[end] in {"in", "of"} \
                else None
            owner = self._titled_owner(end + 1) if placed is None and end + 1 < len(self.t.text) \
                and self.t.lower[end] == "of" else None
            if placed is not None:
                state = placed  # 'the federal government in Somalia', 'the government of Mali'
            elif owner is not None:
                # 'the government of President Ahmed al-Sharaa': the state he governs, where the
                # brief or a list says which; not the brief's main state (often another's)
                state = self._state_of(owner.actor_id)
            elif "federal" in self.t.lower[start:end] and state not in self.federations:
                # 'the federal government' in a brief on Kenya and Somalia: Somalia's (a
                # federation named at least twice, not one named once in passing)
                state = _most_named([m for m in self.states if m.actor_id in self.federations], at_least=2) or state
            return (state,) if state else ()
        if how == "military":
            # the main state's named armed force ('Sudanese Armed Forces', 'Pakistan Army'), not
            # a rebel army ('People's Defence Force'), else the main state itself
            forces, ends = self._armed_forces(heads)
            before = bisect_right(ends, start)
            if before:
                # 'the army' is the latest force named an army where one is ('Nigerian Army', not
                # the 'Nigerian Air Force' named after it), else the latest force
                noun = self.t.lower[end - 1]
                named = next((forces[i] for i in range(before - 1, -1, -1)
                              if noun in self.t.lower[forces[i].start : forces[i].end]), forces[before - 1])
                return (named.actor_id,)
            return (self.main,) if self.main else ()
        if how == "person_government":
            person = self.government_owner(start)
            state = self._state_of(person.actor_id) if person is not None else None
            return (state,) if state else ()
        if how == "office":
            office = spec["office"]
            of = self.demonym_at.get(start + 1)
            holders = [m for m in self.titled if m.end <= start and any(
                _holds(role["title"], office) and (of is None or role["of"] in (None, of))
                for role in self.actors[m.actor_id]["roles"])]
            return (holders[-1].actor_id,) if holders else ()
        raise ValueError(f"unknown reference resolution {how!r}")

    def _armed_forces(self, heads: frozenset[str]) -> tuple[list[Mention], list[int]]:
        """The groups that may be the main state's armed force, in order, and their ends: made
        once per brief (per military reference it was a pass over every group). Single-actor
        mentions never overlap (``set_ents`` refuses that), so the ends are in order too and
        the forces before a reference are found by bisection."""
        if self._forces is None or self._forces[0] is not heads:
            own = {self.t.lower[m.start] for m in self.states if m.actor_id == self.main}
            forces = [m for m in self.groups if (not own or self.t.lower[m.start] in own)
                      and any(self.t.text[k] in heads for k in range(m.start, m.end))]
            self._forces = heads, forces, [m.end for m in forces]
        return self._forces[1], self._forces[2]


def _wordy_sentences(t: TokenTable) -> list[int]:
    """For each sentence, how many sentences up to it hold a word (a rule line under a title,
    '=====', holds none and does not count in a reference's window)."""
    out, n = [], 0
    for lo, hi in zip(t.sent_starts, t.sent_ends, strict=True):
        n += any(t.alpha[k] for k in range(lo, hi))
        out.append(n)
    return out


# words before an office that make it another ('Vice President' holds no presidency)
SUBORDINATE_TITLES = frozenset({"vice", "deputy", "assistant", "under", "former", "ex", "associate"})


def _holds(title: str, office: str) -> bool:
    """Whether a person's title is the office 'the president' refers to: its last words, with
    no word before them that makes it another office ('Vice President')."""
    words, office_words = title.lower().split(), office.split()
    n = len(office_words)
    return words[-n:] == office_words and (len(words) == n or words[-n - 1] not in SUBORDINATE_TITLES)


def _names_a_state(t: TokenTable, word: str) -> bool:
    """Whether a lower-case word is one of the brief's state names or demonyms, or shares its
    stem ('nigerian' and 'nigeria'); ``t.memo["state_words"]`` is set by ``__call__``."""
    return any(word.startswith(w[:5]) for w in t.memo["state_words"])


def _office_spec(key: str) -> dict[str, Any]:
    """The spec of a title the brief gave ('office senior general'): made per hit, as these
    come from the brief, not from the lexicon."""
    words = key.split()[1:]
    return {"words": ["the", *words], "label": ["PERSON"], "count": 1, "resolve": "office",
            "office": " ".join(words)}


def _name_at(names: list[Mention], k: int) -> Mention | None:
    """The name that starts at token k, if one does (``names`` in order, as for ``_starts_at``)."""
    i = bisect_left(names, k, key=START)
    return names[i] if i < len(names) and names[i].start == k else None


def _starts_at(names: list[Mention], k: int) -> bool:
    """Whether a name starts at token k (``names`` is in order: a bisection, not a scan of
    every name in the brief per reference)."""
    return _name_at(names, k) is not None


def _most_named(states: list[Mention], at_least: int = 1) -> str | None:
    """The state the mentions name most often, ``at_least`` times (the first named on a tie)."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in states:
        counts[m.actor_id] = counts.get(m.actor_id, 0) + 1
        first.setdefault(m.actor_id, m.start)
    return max((a for a, n in counts.items() if n >= at_least), key=lambda a: (counts[a], -first[a]), default=None)
