"""claims/cameo.jsonl: claim cues from the CAMEO verb dictionary.

Every verb of a block that carries an event code, and every pattern line, becomes one cue:
a verb (its lemma and forms) plus the words the pattern requires before or after it, with
the CAMEO code. The hand-written patterns/lexicon/cameo_claims.json says which code families
are pledges or which relation, and which are no claim (dropped, counted).

Safety policy (thresholds in cameo_claims.json, figures in MANIFEST.json):
- dropped: the null code '---', a code whose family is no claim, patterns this reader cannot
  read or whose synset is undefined;
- needs_context, with its reasons: the cue (verb and required words) occurs in the project's
  ordinary prose (tests/data/prose) at least `prose_threshold` times ('seen_in_prose'), a bare
  light verb ('light_verb': make, take, ...) or other stop word ('stop_word': back), or a bare
  verb that is also a frequent noun
  ('noun_reading': WordNet lists it as a noun and its English log-probability is at least
  `noun_min_log_prob`: 'attack', 'strike', 'arm', 'press');
- ok: everything else.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from pipeline.patterns import CameoMap

from .cameo import MARKERS, Block, Code, Dictionary, Pattern, Verb, plural
from .jsonfile import Keyer
from .lexicon import stop_words

SOURCE = "petrarch2/CAMEO.2.0.verbs.txt"


# ---------------------------------------------------------------- forms


def inverse_lemmas(lemmas: dict[str, str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for form, lemma in lemmas.items():
        if form.isalpha() and form.islower():
            out[lemma].add(form)
    return out


def regular_forms(word: str) -> list[str]:
    """PETRARCH's regular verb forms, used when the lemma table does not know the verb."""
    third = plural(word)  # the same spelling rule as a noun plural: 'carries', 'pushes'
    past = word + ("d" if word.endswith("e") else "ed")
    ing = (word[:-1] if word.endswith("e") and not word.endswith("ee") else word) + "ing"
    return [word, third, past, ing]


def verb_forms(verb: Verb, inverse: dict[str, set[str]], keyer: Keyer) -> list[str]:
    """The dictionary's own forms when it lists them ({...}), else the lemma table's."""
    if verb.forms is not None:  # '{}' lists none: the word is its only form ('+KILLED_AND {}')
        forms = {verb.word, *verb.forms}
    else:
        forms = {verb.word, *inverse.get(verb.word, ())}
        if len(forms) == 1:
            forms = set(regular_forms(verb.word))
    return sorted({keyer.word(f) for f in forms})


# ---------------------------------------------------------------- prose


class Prose:
    """Folded tokens of ordinary prose, for counting how often a cue occurs there."""

    def __init__(self, texts: list[str], keyer: Keyer, window: int):
        self.tokens: list[str | None] = []
        for text in texts:
            self.tokens += keyer.words(text) + [None]  # None: no match across files
        self.window = window
        self.at: dict[str, list[int]] = defaultdict(list)
        for i, tok in enumerate(self.tokens):
            if tok is not None:
                self.at[tok].append(i)
        self.words = len([t for t in self.tokens if t and re.search(r"[a-z]", t)])

    def _phrase_at(self, i: int, words: list[str]) -> bool:
        return self.tokens[i : i + len(words)] == words

    def _after(self, i: int, slots: list[list[str]]) -> bool:
        pos, limit = i + 1, i + 1 + self.window
        for slot in slots:
            hits = [
                j for alt in slot for j in range(pos, min(limit, len(self.tokens)))
                if self._phrase_at(j, alt.split(" "))
            ]
            if not hits:
                return False
            first = min(hits)
            pos = first + 1
        return True

    def _before(self, i: int, slots: list[list[str]]) -> bool:
        pos, limit = i, max(0, i - self.window)
        for slot in reversed(slots):
            hits = [
                j for alt in slot for j in range(limit, pos)
                if j + len(alt.split(" ")) <= pos and self._phrase_at(j, alt.split(" "))
            ]
            if not hits:
                return False
            pos = max(hits)
        return True

    def count(self, forms: list[str], before: list[list[str]], after: list[list[str]]) -> int:
        words_before = [s for s in before if s[0] not in MARKERS.values()]
        words_after = [s for s in after if s[0] not in MARKERS.values()]
        return sum(
            1
            for form in forms
            for i in self.at.get(form, ())
            if self._before(i, words_before) and self._after(i, words_after)
        )


# ---------------------------------------------------------------- entries


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _pattern_slug(pattern: Pattern) -> str:
    body = re.sub(r"\[[^\]]*\]\s*$", "", pattern.text[1:].split("#", 1)[0]).strip()
    body = body.replace("+", " tgt ").replace("$", " src ").replace("%", " both ")
    pre, _, post = body.partition("*")
    return _slug(f"{pre} x {post}" if pre.strip() else post)


def _targets(pattern: Pattern, block: Block, forms: dict[int, list[str]], keyer: Keyer) -> list[Verb]:
    """The verbs a pattern is for: the one its comment names (in any form), else all of the
    block's, as PETRARCH applies a block's patterns to each of its verbs."""
    if pattern.source_verb:
        first, *rest = pattern.source_verb.split(" ")
        named = [
            v for v in block.verbs
            if keyer.word(first) in forms[v.line] and (not rest or rest == v.after)
        ]
        if named:
            return named[:1]
    return block.verbs


def _slots(slots: list[list[str]], keyer: Keyer) -> list[list[str]]:
    return [
        sorted({alt if alt in MARKERS.values() else keyer.key(alt) for alt in slot}) for slot in slots
    ]


class CueBuilder:
    def __init__(self, cmap: CameoMap, keyer: Keyer, lemmas: dict[str, str], prose: Prose,
                 nouns: frozenset[str]):
        self.cmap, self.keyer, self.prose, self.nouns = cmap, keyer, prose, nouns
        self.inverse = inverse_lemmas(lemmas)
        self.stop = stop_words()
        self.dropped: Counter = Counter()
        self.no_claim: Counter = Counter()
        self.entries: dict[tuple, dict] = {}
        self.merged = 0
        self.whole_block = 0

    def add(self, block: Block, verb: Verb, forms: list[str], code: Code, line: int, slug: str,
            verb_text: str, before: list[list[str]], after: list[list[str]]) -> None:
        if code.code is None:
            self.dropped["null_code"] += 1
            return
        family = self.cmap.family(code.code)
        if family.claim is None:
            self.dropped["no_claim"] += 1
            self.no_claim[family.id] += 1
            return
        before = [[p] for p in verb.before] + _slots(before, self.keyer)
        after = [[p] for p in verb.after] + _slots(after, self.keyer)
        override = self.cmap.override(code.code, self.keyer.word(verb.word)) if family.claim == "relationship" else None
        relation = override.relation if override is not None else family.relation
        if override is not None and override.after:
            after = [sorted(override.after), *after]  # ('competes with X': the word that names a rival)
        bare = not before and not after  # a particle ('take over') is a required word too
        identity = (code.code, code.direction, verb.lemma, repr(before), repr(after))
        if identity in self.entries:
            self.entries[identity]["source"].append(f"{SOURCE}:{line}")
            self.merged += 1
            return
        seen = self.prose.count(forms, before, after)
        reasons = []
        if seen >= self.cmap.prose_threshold:
            reasons.append("seen_in_prose")
        if bare and verb.word in self.cmap.light_verbs:
            reasons.append("light_verb")
        elif bare and verb.word in self.stop:
            reasons.append("stop_word")  # 'back': spaCy's stop list holds it for its other uses
        if bare and verb.word in self.nouns:
            reasons.append("noun_reading")
        self.entries[identity] = {
            "id": f"cameo.{code.code}.{_slug(verb.lemma)}" + (f".{slug}" if slug else ""),
            "type": family.claim,
            "relation": relation,
            "cameo": code.code[:2],
            "code": code.code,
            "direction": code.direction,
            "lemma": self.keyer.word(verb.word),
            "forms": forms,
            "before": before,
            "after": after,
            "block": block.name,
            "verb": verb_text,
            "source": [f"{SOURCE}:{line}"],
            "safety": "needs_context" if reasons else "ok",
            "reasons": reasons,
            "prose": seen,
        }
        if relation != family.relation:
            self.entries[identity]["reviewed"] = True

    def read(self, dictionary: Dictionary) -> None:
        for block in dictionary.blocks:
            forms = {v.line: verb_forms(v, self.inverse, self.keyer) for v in block.verbs}
            for verb in block.verbs:
                self.add(block, verb, forms[verb.line], verb.code or block.code, verb.line, "",
                         verb.text.split("#")[0].split()[0], [], [])
            for pattern in block.patterns:
                targets = _targets(pattern, block, forms, self.keyer)
                if len(targets) > 1 or not pattern.source_verb:
                    self.whole_block += 1
                for verb in targets:
                    self.add(block, verb, forms[verb.line], pattern.code, pattern.line, _pattern_slug(pattern),
                             (pattern.source_verb or verb.lemma).upper(), pattern.before, pattern.after)

    def lines(self) -> list[dict]:
        """Entries with unique ids, sorted by id (a slug shared by two entries gets _2, _3)."""
        taken: Counter = Counter()
        out = []
        for entry in sorted(self.entries.values(), key=lambda e: (e["id"], e["source"][0])):
            taken[entry["id"]] += 1
            if taken[entry["id"]] > 1:
                entry["id"] += f"_{taken[entry['id']]}"
            entry["source"] = sorted(set(entry["source"]), key=lambda s: int(s.rsplit(":", 1)[1]))
            out.append({k: v for k, v in entry.items() if v is not None and v != []})  # no empty fields
        return sorted(out, key=lambda e: e["id"])

    def report(self, dictionary: Dictionary, lines: list[dict]) -> dict:
        return {
            "blocks": len(dictionary.blocks),
            "verbs_read": sum(len(b.verbs) for b in dictionary.blocks),
            "patterns_read": sum(len(b.patterns) for b in dictionary.blocks),
            "patterns_for_whole_block": self.whole_block,
            "cues": len(lines),
            "by_type": dict(sorted(Counter(e.get("relation") or e["type"] for e in lines).items())),
            "by_safety": dict(sorted(Counter(e["safety"] for e in lines).items())),
            "needs_context_reasons": dict(sorted(Counter(r for e in lines for r in e.get("reasons", [])).items())),
            "dropped": dict(sorted((self.dropped + Counter(
                {k: len(v) for k, v in dictionary.skipped.items()})).items())),
            "dropped_no_claim_by_family": dict(sorted(self.no_claim.items())),
            "merged_duplicates": self.merged,
            "prose_words": self.prose.words,
        }
