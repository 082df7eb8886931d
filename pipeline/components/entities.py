"""briefs_entities: GROUP, STATE and PERSON mentions resolved to canonical actors.

Four passes, each a small function below:
1. gazetteer match: PhraseMatchers (exact case and lower case) plus a token Matcher over
   every entity pattern, longest match first, hand-written over generated;
2. definitions in the text: "Name (ACR)", "(ACR, formerly the Old Name or OLD)", and
   unknown "Capitalised Phrase (CP)" become aliases, acronyms and actor merges;
3. people introduced by a role or a title ("AQIS leader, Asim Umar", "led by X and Y");
4. surnames: a person named in full is found again by surname.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from pipeline.components.actors import (
    Actor,
    Mention,
    covered_tokens,
    ensure_extensions,
    write_actors,
    write_mentions,
)
from pipeline.components.surfaces import Entry, GazetteerIndex
from pipeline.components.tokens import TablesOf, TokenTable
from pipeline.fold import variant_table
from pipeline.patterns import EntityPattern, PatternBundle, lexicon_words, slug

ACRONYM_RE = re.compile(r"^[A-Z0-9][A-Za-z0-9&-]{1,11}$")
ORIGIN_RANK = {"hand": 0, "generated": 1}
KNOWN_AS_ADVERBS = {"also", "better", "widely", "popularly", "locally", "formerly", "previously"}
VIA_RANK = {"name": 0, "demonym": 1}
HYPHENS = {"-", "\u2010", "\u2011"}
OPEN_PAREN = {"("}
KNOWN = {"known"}


def is_acronym(text: str) -> bool:
    if not ACRONYM_RE.match(text):
        return False
    upper = sum(ch.isupper() for ch in text)
    letters = sum(ch.isalpha() for ch in text)
    return upper >= 2 and upper >= 0.6 * letters


@dataclass
class Found:
    """One brief's actors and mentions while the component works on them."""

    actors: dict[str, Actor]
    mentions: list[Mention]
    merged: dict[str, str] = field(default_factory=dict)  # folded actor id -> the actor kept


@Language.factory(
    "briefs_entities",
    assigns=["doc.ents", "doc._.actors", "doc.spans"],
    default_config={"min_name_words": 2, "max_name_words": 5},
)
def make_entities(nlp: Language, name: str, *, min_name_words: int, max_name_words: int) -> EntityResolver:
    return EntityResolver(nlp, name, min_name_words=min_name_words, max_name_words=max_name_words)


class EntityResolver:
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
        self.index = GazetteerIndex(variant_table(patterns.lexicon.get("spelling", {})))
        self.tokens = Matcher(nlp.vocab, validate=True)
        self.roles = {w.lower() for w in lexicon_words(patterns, "people", "roles")}
        self.titles = {w for w in lexicon_words(patterns, "people", "titles")}
        self.led_by = {w.lower() for w in lexicon_words(patterns, "people", "led_by")}
        self.named_as = {w.lower() for w in lexicon_words(patterns, "people", "named_as")}
        self.particles = {w.lower() for w in lexicon_words(patterns, "people", "particles")}
        self.not_names = {w.lower() for w in lexicon_words(patterns, "people", "not_names")}
        self.former = {w.lower() for w in lexicon_words(patterns, "definitions", "former_name_cues")}
        self.name_joiners = {w.lower() for w in lexicon_words(patterns, "definitions", "name_joiners")}
        # words that can introduce a name: only their tokens are looked at
        self.cue_lower_words = frozenset(self.roles | self.led_by | self.named_as)
        self.cue_orth_words = frozenset(self.titles)
        self.surface_words: dict[str, tuple[str, ...]] = {}
        hand_surfaces = self._register_actors(patterns)
        surfaces: dict[str, list[Entry]] = defaultdict(list)
        token_patterns: list[tuple[list[dict[str, Any]], Entry]] = []
        for located in patterns.entities:
            p: EntityPattern = located.item
            actor_id = self.fold.get(p.id, p.id)
            if isinstance(p.pattern, str):
                text = p.pattern
                if text.casefold() in patterns.false_friends:
                    continue
                owner = hand_surfaces.get((text.casefold(), p.via))
                if located.origin == "generated" and owner is not None and owner != actor_id:
                    continue  # hand-written patterns win a contested surface
                entry = Entry(actor_id, p.label, p.via, p.is_exact(), located.origin,
                              frozenset(w.lower() for w in p.context) if p.context else None)
                if entry not in surfaces[text]:
                    surfaces[text].append(entry)
            else:
                token_patterns.append((p.pattern, Entry(actor_id, p.label, p.via, True, located.origin, None)))
        # a surface is cut into words by the pipeline's own tokenizer, as a brief will be
        for entries, doc in zip(surfaces.values(), nlp.tokenizer.pipe(list(surfaces)), strict=True):
            words = [token.text for token in doc]
            for entry in entries:
                self.index.add(words, entry)
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
                actor.refs = _merged_refs(actor.refs, p.refs)
        return hand_surfaces

    # ------------------------------------------------------------------ run
    def __call__(self, doc: Doc) -> Doc:
        if not self.ready:
            raise RuntimeError(f"{self.name}: not initialised with patterns (call nlp.initialize)")
        actors: dict[str, Actor] = {}
        t = self.tables().table(doc)
        mentions = self._gazetteer(doc, t, actors)
        # One Found per brief: its actors and mentions are the same objects throughout
        # (the passes below add to and relabel them); the Doc gets them at the end.
        found = Found(actors, mentions)
        self._definitions(doc, t, found)
        self._people(doc, t, found)
        self._surnames(doc, t, found)
        write_mentions(doc, mentions)
        write_actors(doc, actors)
        return doc

    def _use(self, actors: dict[str, Actor], actor_id: str) -> Actor:
        if actor_id not in actors:
            known = self.actors[actor_id]
            actors[actor_id] = Actor(known.id, known.label, known.name, known.refs)
        return actors[actor_id]

    def _gazetteer(self, doc: Doc, t: TokenTable, actors: dict[str, Actor]) -> list[Mention]:
        candidates: list[tuple[int, int, Entry]] = []
        hits = self.index.find(t.text)
        if len(self.tokens):
            hits += [(start, end, self.entries[key]) for key, start, end in self.tokens(doc)]
        sent_id, sent_starts, sent_ends = t.bounds
        sent_words: dict[int, set[str]] = {}
        for start, end, entries in hits:
            if not _boundary_ok(t, start):
                continue
            span_text = t.string(start, end)
            for entry in entries:
                if not entry.exact and span_text.islower():
                    continue  # 'insensitive' still needs a capital: 'hamas' in prose is not a name
                if entry.context is not None:
                    sid = sent_id[start]
                    words = sent_words.get(sid)
                    if words is None:
                        words = sent_words[sid] = set(t.lower[sent_starts[sid] : sent_ends[sid]])
                    if not (entry.context & words):
                        continue
                candidates.append((start, end, entry))
        candidates.sort(key=lambda c: (c[0] - c[1], ORIGIN_RANK[c[2].origin], VIA_RANK[c[2].via], c[0],
                                       c[2].actor_id))
        taken = [False] * len(doc)
        mentions = []
        for start, end, entry in candidates:
            if True in taken[start:end]:
                continue
            taken[start:end] = [True] * (end - start)
            self._use(actors, entry.actor_id)
            via = "demonym" if entry.via == "demonym" else "pattern"
            mentions.append(Mention(start, end, (entry.actor_id,), via, entry.label))
        return mentions

    # ------------------------------------------------------------------ definitions
    def _definitions(self, doc: Doc, t: TokenTable, found: Found) -> None:
        """Parenthetical definitions: acronyms, former names, and unknown named groups."""
        defined: dict[str, tuple[str, str]] = {}  # surface -> (actor id, via)
        # No mention is added or moved until the loop ends (merges only relabel them), so
        # one token -> mention index serves every lookup in it.
        index = {j: x for x in found.mentions for j in range(x.start, x.end)}
        for m in found.mentions:
            if m.via not in {"pattern", "alias"}:
                continue
            self._known_as(doc, t, found, m, defined, index)
            if m.label != "PERSON":
                self._parenthetical_after(doc, t, found, m, defined, index)
        self._unknown_acronym_groups(doc, t, found, defined)
        if defined:
            self._apply_aliases(doc, t, found, defined)

    def _known_as(self, doc: Doc, t: TokenTable, found: Found, m: Mention, defined: dict[str, tuple[str, str]],
                  index: dict[int, Mention]) -> None:
        """'Ahmed Diriye, also known as Abu Ubaidah'; 'ISSP, known until 2022 as the ISGS'."""
        n = len(t.text)
        lower = t.lower
        i = m.end
        if i < n and t.text[i] == ",":
            i += 1
        while i < n and lower[i] in KNOWN_AS_ADVERBS:
            i += 1
        if i >= n or lower[i] not in {"known", "called", "named"}:
            return
        as_at = next((k for k in range(i + 1, min(n, i + 6)) if lower[k] == "as"), None)
        if as_at is None:
            return
        k = as_at + 1
        if k < n and lower[k] == "the":
            k += 1
        inner = index.get(k)
        if inner is not None and inner is not m:
            if inner.label == m.label:
                self._merge(found, keep=m.actor_id, into=inner.actor_id)
            return
        end = self._name_at(t, k, set(index)) if m.label == "PERSON" else None
        if end is None:
            end = k
            while end < n and (t.title[end] or (lower[end] in self.particles and end > k)):
                end += 1
            if end - k < 1:
                return
        surface = t.string(k, end)
        defined[surface] = (m.actor_id, "alias")
        found.actors[m.actor_id].aliases.add(surface)

    @staticmethod
    def _paren_bounds(t: TokenTable, end: int) -> tuple[int, int] | None:
        text = t.text
        n = len(text)
        i = end
        if i < n and text[i] == ",":
            i += 1
        if i >= n or text[i] != "(":
            return None
        for j in range(i + 1, min(n, i + 30)):
            if text[j] == ")":
                return i + 1, j
            if "\n" in text[j]:
                return None
        return None

    def _parenthetical_after(self, doc: Doc, t: TokenTable, found: Found, m: Mention,
                             defined: dict[str, tuple[str, str]],
                             index: dict[int, Mention]) -> None:
        bounds = self._paren_bounds(t, m.end)
        if bounds is None:
            return
        first, close = bounds
        owner = m.actor_id
        actor = found.actors[owner]
        text, lower = t.text, t.lower
        i = first
        if is_acronym(text[i]) and text[i] != t.string(m.start, m.end):
            inner = index.get(i)
            if inner is None or inner.end == i + 1:
                defined[text[i]] = (owner, "acronym")
                actor.aliases.add(text[i])
        # "formerly the East Turkestan Islamic Movement or ETIM": earlier names of the same actor
        cue = next((k for k in range(first, close) if lower[k] in self.former), None)
        if cue is None:
            return
        k = cue + 1
        while k < close:
            if lower[k] in self.name_joiners or t.punct[k] or lower[k] in self.former:
                k += 1
                continue
            inner = index.get(k)
            if inner is not None:
                self._merge(found, keep=owner, into=inner.actor_id)
                k = inner.end
                continue
            end = k
            while end < close and (t.title[end] or is_acronym(text[end])
                                   or (lower[end] in self.particles and end + 1 < close)
                                   or (text[end] == "-" and not t.ws[end - 1])):
                end += 1
            if end > k:
                surface = t.string(k, end)
                via = "acronym" if end - k == 1 and is_acronym(surface) else "alias"
                defined[surface] = (owner, via)
                actor.aliases.add(surface)
                k = end
            else:
                k += 1

    @staticmethod
    def _merge(found: Found, *, keep: str, into: str) -> None:
        """Make ``into`` an earlier name of ``keep``: its mentions and refs move over."""
        if keep == into:
            return
        actors = found.actors
        found.merged[into] = keep
        gone = actors.pop(into)
        kept = actors[keep]
        kept.aliases |= gone.aliases | {gone.name}
        if gone.refs:
            kept.refs = _merged_refs(kept.refs, gone.refs)
        for m in found.mentions:
            if into in m.actor_ids:
                m.actor_ids = tuple(keep if a == into else a for a in m.actor_ids)

    def _unknown_acronym_groups(self, doc: Doc, t: TokenTable, found: Found,
                                defined: dict[str, tuple[str, str]]) -> None:
        """'the Macina Liberation Front (FLM)' names a group even when no list has it."""
        taken: set[int] | None = None
        text, lower, title = t.text, t.lower, t.title
        n = len(text)
        for i in t.where("text", OPEN_PAREN):
            if i + 2 >= n or text[i + 2] != ")":
                continue
            acr = text[i + 1]
            if not is_acronym(acr) or acr in defined:
                continue
            if taken is None:
                taken = covered_tokens(found.mentions)
            if (i + 1) in taken:
                continue
            end = i
            start = end
            while start > 0 and (title[start - 1] or lower[start - 1] in self.name_joiners
                                 or lower[start - 1] in self.particles
                                 or (text[start - 1] == "-" and not t.ws[start - 2])):
                start -= 1
            while start < end and (not title[start] or lower[start] in self.name_joiners):
                start += 1
            if end - start < 2 or any(k in taken for k in range(start, end)):
                continue
            words = [text[k] for k in range(start, end) if title[k]]
            if not _initials_fit(words, acr):
                continue
            name = t.string(start, end)
            actor_id = f"group:{slug(name)}"
            actor = found.actors.setdefault(actor_id, Actor(actor_id, "GROUP", name))
            actor.aliases.add(acr)
            found.mentions.append(Mention(start, end, (actor_id,), "alias", "GROUP"))
            taken.update(range(start, end))
            defined[acr] = (actor_id, "acronym")

    def _occurrences(self, t: TokenTable, surfaces: Any) -> list[tuple[str, int, int]]:
        """(surface, start, end) of every place the surfaces' tokens occur, as a PhraseMatcher
        on ORTH would find them, longest first: a brief teaches a handful of names, and a
        matcher built for them cost more than looking them up."""
        words = {surface: self._words(surface) for surface in surfaces}
        firsts = {w[0] for w in words.values() if w}
        text = t.text
        n = len(text)
        hits = []
        starts = t.where("text", firsts)
        for surface, seq in words.items():
            k = len(seq)
            if not k:
                continue
            for i in starts:
                if i + k <= n and text[i] == seq[0] and tuple(text[i : i + k]) == seq:
                    hits.append((surface, i, i + k))
        hits.sort(key=lambda h: (h[1] - h[2], h[1]))
        return hits

    def _words(self, surface: str) -> tuple[str, ...]:
        words = self.surface_words.get(surface)
        if words is None:
            if len(self.surface_words) > 100_000:  # a long batch meets many names; stay bounded
                self.surface_words.clear()
            words = self.surface_words[surface] = tuple(tok.text for tok in self.nlp.make_doc(surface))
        return words

    def _apply_aliases(self, doc: Doc, t: TokenTable, found: Found, defined: dict[str, tuple[str, str]]) -> None:
        """Find every use of a learnt name; a brief's own definition beats a list's reading."""
        mentions = found.mentions
        actors = found.actors
        by_start = {m.start: m for m in mentions}
        taken = covered_tokens(mentions)
        merged = found.merged
        for surface, start, end in self._occurrences(t, defined):
            actor_id, via = defined[surface]
            while actor_id in merged:  # the actor was folded into another after its definition
                actor_id = merged[actor_id]
            label = actors[actor_id].label
            existing = by_start.get(start)
            if existing is not None and existing.end == end:
                if existing.actor_id != actor_id and existing.via in {"pattern", "alias", "acronym"}:
                    old = existing.actor_id
                    existing.actor_ids = (actor_id,)
                    existing.label = label
                    if not any(old in m.actor_ids for m in mentions):
                        actors.pop(old, None)
                continue
            if any(i in taken for i in range(start, end)) or not _boundary_ok(t, start):
                continue
            mentions.append(Mention(start, end, (actor_id,), via, label))
            taken.update(range(start, end))

    # ------------------------------------------------------------------ people
    def _skip_titles(self, t: TokenTable, i: int) -> int:
        """'Captain Ibrahim Traoré', 'Sheikh Ibrahim al-Hafl': the title is not the name."""
        text = t.text
        n = len(text)
        while i < n and text[i] in self.titles:
            i += 1
        return i

    def _name_at(self, t: TokenTable, i: int, taken: set[int]) -> int | None:
        """End of a personal name starting at token i, or None."""
        text, lower, title, alpha = t.text, t.lower, t.title, t.alpha
        n = len(text)
        if i >= n:
            return None
        end = i
        words = 0
        while end < n:
            if end in taken or "\n" in text[end]:
                break
            if title[end] and alpha[end] and lower[end] not in self.not_names:
                words += 1
            elif lower[end] in self.particles and end > i:
                pass
            elif text[end] == "-" and end > i and not t.ws[end - 1] and not t.ws[end]:
                pass
            else:
                break
            end += 1
        while end > i and not (title[end - 1] and alpha[end - 1]):
            end -= 1
        if not title[i] or not (self.min_name_words <= words <= self.max_name_words):
            return None
        return end

    def _people(self, doc: Doc, t: TokenTable, found: Found) -> None:
        actors, mentions = found.actors, found.mentions
        text, lower = t.text, t.lower
        n = len(text)
        cues = sorted({*t.where("lower", self.cue_lower_words), *t.where("text", self.cue_orth_words)})
        if not cues and not t.where("lower", KNOWN):
            return  # no word here can introduce a name
        taken = covered_tokens(mentions)
        spans: list[tuple[int, int]] = []
        # only tokens that can introduce a name are looked at (a loop over every token costs more)
        for i in cues:
            word = lower[i]
            starts: list[int] = []
            if word in self.roles:
                j = i + 1 if i + 1 < n and text[i + 1] != "," else i + 2
                starts.append(j)
            if text[i] in self.titles and t.title[i]:
                starts.append(i + 1)
            as_at = next((k for k in range(i + 1, min(n, i + 6)) if lower[k] == "as"), None) \
                if word in self.named_as else None
            if i + 1 < n and ((word in self.led_by and lower[i + 1] == "by")
                              or (word in self.named_as and as_at is not None)):
                j = self._skip_titles(t, (i + 2) if lower[i + 1] == "by" else as_at + 1)
                while j < n and (lower[j] in self.roles or lower[j] == "the"):
                    j = self._skip_titles(t, j + 1)
                while j < n:
                    j = self._skip_titles(t, j)
                    end = self._name_at(t, j, taken)
                    if end is None:
                        break
                    spans.append((j, end))
                    if end < n and lower[end] in {"and", ","}:
                        j = end + 1
                        if j < n and lower[j] == "and":
                            j += 1
                    else:
                        break
            for j in starts:
                j = self._skip_titles(t, j)
                if j < n:
                    end = self._name_at(t, j, taken)
                    if end is not None:
                        spans.append((j, end))
        spans += self._known_as_pairs(t, taken)
        for start, end in sorted(set(spans)):
            if any(k in taken for k in range(start, end)):
                continue
            name = t.string(start, end)
            actor_id = f"person:{slug(name)}"
            if actor_id not in actors:
                known = self.actors.get(actor_id)
                actors[actor_id] = Actor(actor_id, "PERSON", known.name if known else name,
                                         known.refs if known else None)
            mentions.append(Mention(start, end, (actor_id,), "alias", "PERSON"))
            taken.update(range(start, end))
        if spans:
            # A name learnt from a role is a name: find its other full mentions too.
            learnt = {t.string(s, e): f"person:{slug(t.string(s, e))}" for s, e in spans}
            self._apply_aliases(doc, t, found, {text: (aid, "alias") for text, aid in learnt.items() if aid in actors})

    def _known_as_pairs(self, t: TokenTable, taken: set[int]) -> list[tuple[int, int]]:
        """'Ahmed al-Khabil, better known as Abu Khawla': two names of one person."""
        out = []
        text, lower = t.text, t.lower
        n = len(text)
        for i in t.where("lower", KNOWN):
            if i + 1 >= n or lower[i + 1] != "as":
                continue
            comma = i - 1 if lower[i - 1] not in {"also", "better", "widely", "popularly"} else i - 2
            if comma < 1 or text[comma] != ",":
                continue
            start = comma - 1
            while start > 0 and (t.title[start - 1] or lower[start - 1] in self.particles
                                 or text[start - 1] == "-"):
                start -= 1
            first = self._name_at(t, start, taken) if start < comma else None
            alias_end = self._name_at(t, i + 2, taken)
            if first == comma and alias_end is not None:
                out += [(start, comma), (i + 2, alias_end)]
        return out

    def _surname_forms(self, t: TokenTable, m: Mention) -> list[str]:
        """'Iyad Ag Ghaly' -> ['Ag Ghaly', 'Ghaly']; 'Abdul-Malik al-Houthi' -> ['al-Houthi', 'Al-Houthi']."""
        if sum(t.alpha[m.start : m.end]) < 2:
            return []
        lower, text = t.lower, t.text
        last = m.end - 1
        start = last
        while start - 1 > m.start and (lower[start - 1] in self.particles or
                                       (text[start - 1] == "-" and not t.ws[start - 2]
                                        and lower[start - 2] in self.particles)):
            start -= 1
        forms = []
        if start < last:
            full = t.string(start, last + 1).strip()
            forms += [full, full[0].upper() + full[1:]]
        else:
            forms.append(text[last])
        return list(dict.fromkeys(forms))

    def _surnames(self, doc: Doc, t: TokenTable, found: Found) -> None:
        actors, mentions = found.actors, found.mentions
        firsts: dict[str, int] = {}
        owners: dict[str, set[str]] = defaultdict(set)
        for m in sorted(mentions, key=lambda x: x.start):
            if m.label != "PERSON" or m.via == "surname":
                continue
            for form in self._surname_forms(t, m):
                owners[form].add(m.actor_id)
            firsts.setdefault(m.actor_id, m.end)
        other_names = {a.name for a in actors.values() if a.label != "PERSON"}
        usable = {form: next(iter(ids)) for form, ids in owners.items()
                  if len(ids) == 1 and form not in other_names}  # shared or ambiguous: skip
        if not usable:
            return
        taken = covered_tokens(mentions)
        for form, start, end in self._occurrences(t, usable):
            owner = usable[form]
            if start < firsts[owner] or any(i in taken for i in range(start, end)):
                continue
            if not _boundary_ok(t, start):
                continue
            mentions.append(Mention(start, end, (owner,), "surname", "PERSON"))
            taken.update(range(start, end))


def _merged_refs(refs: dict[str, list[str]] | None, more: dict[str, list[str]]) -> dict[str, list[str]]:
    """External ids of one actor from two sources: per key, the sorted union."""
    merged = dict(refs or {})
    for key, values in more.items():
        merged[key] = sorted(set(merged.get(key, [])) | set(values))
    return merged


def _boundary_ok(t: TokenTable, start: int) -> bool:
    # "anti-Taliban" is not a Taliban mention: a hyphen glued before the form blocks it.
    if start < 2:
        return True
    h = start - 1
    return not (t.text[h] in HYPHENS and t.end[h] == t.idx[start] and t.end[h - 1] == t.idx[h] and t.alpha[h - 1])


def _initials_fit(words: list[str], acronym: str) -> bool:
    """'Macina Liberation Front' fits 'FLM' or 'MLF': the letters are the words' initials."""
    letters = [ch for ch in acronym.upper() if ch.isalpha()]
    initials = [w[0].upper() for w in words]
    if len(letters) < 2:
        return False
    return sorted(letters) == sorted(initials) or "".join(initials).startswith("".join(letters)) or (
        len(set(letters) & set(initials)) >= max(2, len(letters) - 1)
    )
