"""Names a brief defines for itself: acronyms, former names and 'known as' (rules in
patterns/lexicon/definitions.json).

- 'Harakat al-Shabaab al-Mujahideen (HSM)': HSM is the same actor (``acronym.parenthesis``);
- '(TIP, formerly the East Turkestan Islamic Movement or ETIM)': earlier names of the same
  actor (``alias.former_name``), merged with it when a list knows them separately;
- 'ISSP, known until 2022 as the ISGS' and 'Ahmed Diriye, also known as Abu Ubaidah'
  (``alias.known_as``);
- 'Detachment 88 (Densus 88)': a numbered unit's name in another language, and 'the Swedish
  Security Service (Säpo)': one word it goes by (``alias.bracket_name``);
- 'the Macina Liberation Front (FLM)': a group no list has, named by the acronym that
  follows it (``alias.acronym_group``);
- 'AFC/M23': an acronym no list has, joined by a slash to a group's name, names the group
  written with it (a coalition and its armed wing: ``shape.group_slash``).

Every later use of a learnt name becomes a mention of that actor.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import compress

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.components.actors import Mention, covered_tokens
from pipeline.components.clauses import OPENING_PREPOSITIONS, POSSESSIVE_PRONOUNS, POSSESSIVES
from pipeline.components.groups import ELIDED_ARTICLE, acting_cues
from pipeline.components.names import Found, Learnt, initials_fit, is_acronym, merged_refs, shaped_group
from pipeline.components.tokens import QUOTES, TokenTable
from pipeline.fold import fold_text

APPOSITION_CLOSERS = frozenset({"that", "which", "whose", "who", "led", "run"})

KNOWN_AS_ADVERBS = {"also", "better", "widely", "popularly", "locally", "formerly", "previously"}
OPEN_PAREN = {"("}
TITLE_CASE_JOINERS = frozenset({"of", "the", "and", "for"})  # inside a title-case name in English: 'Blade of Judah'
NAME_RULES = {"pattern", "alias", "shape"}  # mentions whose definitions are read


class Definitions:
    def __init__(self, *, former: set[str], joiners: set[str], particles: set[str], learnt: Learnt,
                 name_at: Callable[[TokenTable, int, set[int]], int | None],
                 institution_at: Callable[[TokenTable, int], bool],
                 security_agency: Callable[[TokenTable, int, int, str], bool], igo_acronyms: set[str],
                 possessive_joins: set[str], sentence_case_joiners: set[str], org_heads: set[str],
                 agency_heads: set[str], english: set[str],
                 is_place: Callable[[TokenTable, int, int], bool], descriptors: set[str],
                 is_name_word: Callable[[str], bool], safe_given: Callable[[str], bool], org_nouns: frozenset[str],
                 listed_name: Callable[[str, str], bool], party: Callable[[str], bool],
                 place_heads: frozenset[str] = frozenset(), false_friends: frozenset[str] = frozenset(),
                 committing_verbs: frozenset[str] = frozenset()):
        self.former, self.name_joiners, self.particles = former, joiners, particles
        self.false_friends = false_friends  # casefolded names that never name an actor
        # verbs of commitment (not of charge: a court rejects appeals, a commission warns) that
        # make an institution that says them of itself a group
        self.committing_verbs = committing_verbs
        self.place_heads = place_heads  # 'the Line of Actual Control (LAC)': a boundary's head
        self.sentence_case_joiners, self.org_heads = sentence_case_joiners, org_heads
        self.agency_heads, self.english = agency_heads, english
        self.learnt = learnt
        self.is_place = is_place
        self.descriptors = descriptors
        self.is_name_word = is_name_word
        self.safe_given = safe_given
        self.org_nouns = org_nouns
        self.listed_name = listed_name  # (actor id, name): whether the lists give the actor that name
        self.party = party  # whether an actor is one of the party list's
        self.name_at = name_at
        self.institution_at = institution_at
        self.security_agency = security_agency
        self.igo_acronyms = igo_acronyms
        self.possessive_joins = possessive_joins

    def __call__(self, t: TokenTable, found: Found) -> None:
        defined: dict[str, tuple[str, str]] = {}  # surface -> (actor id, rule)
        # No mention is added or moved until the loop ends (merges only relabel them), so
        # one token -> mention index serves every lookup in it.
        index = {j: x for x in found.mentions for j in range(x.start, x.end)}
        for m in found.mentions:
            if m.via not in NAME_RULES:
                continue
            self._known_as(t, found, m, defined, index)
            if m.label != "PERSON":
                self._parenthetical_after(t, found, m, defined, index)
            if m.label == "GROUP":
                self._name_before_bracket(t, found, m, defined, index)
        self._unknown_acronym_groups(t, found, defined)
        self._slashed(t, found, defined)
        self._short_named(t, found, defined)
        self._initials(t, found, defined)
        if defined:
            self.learnt.apply(t, found, defined)

    def _name_before_bracket(self, t: TokenTable, found: Found, m: Mention, defined: dict[str, tuple[str, str]],
                             index: dict[int, Mention]) -> None:
        """'the Left (Levica)', 'the Greens (MDG)': a group found by a list, a definition or its
        shape, alone in brackets after 'the' and a name of one to three capitalised words, is named
        in English there; that name is its own."""
        n = len(t.text)
        if m.start < 3 or m.end >= n or t.text[m.start - 1] != "(" or t.text[m.end] != ")":
            return
        end = m.start - 1
        start = end
        while start > 0 and end - start < 3 and t.title[start - 1] and t.alpha[start - 1] and start - 1 not in index:
            start -= 1
        if start == end or start == 0 or t.lower[start - 1] != "the" or self.is_place(t, start, end) \
                or any(t.text[k] in self.descriptors for k in range(start, end)):
            return
        acronym = t.string(m.start, m.end).replace("-", "")
        words = [t.text[k] for k in range(start, end)]
        if is_acronym(acronym) and (m.via != "pattern" or initials_fit(words, acronym)):
            return  # (an acronym in brackets is defined by the name before it, not named by it, unless
            # a list knows it and its letters are not the name's: 'the Greens (MDG)')
        surface = t.string(start, end)
        defined.setdefault(surface, (m.actor_id, "alias.bracket_name"))
        found.actors[m.actor_id].aliases.add(surface)

    def _initials(self, t: TokenTable, found: Found, defined: dict[str, tuple[str, str]]) -> None:
        """'the BLA' in a brief that names the Balochistan Liberation Army: an acronym never
        defined is the one group of the brief whose name's initials it spells."""
        taken = covered_tokens(found.mentions)
        initials: dict[str, set[str]] = {}
        for actor in found.actors.values():
            if actor.label == "GROUP":
                for name in (actor.name, *actor.aliases):
                    letters = "".join(w[0] for w in name.replace("-", " ").split()
                                      if w[:1].isupper() and w.lower() not in self.name_joiners)
                    if len(letters) >= 2:
                        initials.setdefault(letters.upper(), set()).add(actor.id)
        for k in compress(range(len(t.text)), t.acro):  # the acronyms only, not a pass over every token
            word = t.text[k]
            if k in taken or word in defined or not is_acronym(word):
                continue
            owners = initials.get(word.replace(".", ""))
            if owners is not None and len(owners) == 1:
                defined[word] = (next(iter(owners)), "acronym.initials")

    def _short_named(self, t: TokenTable, found: Found, defined: dict[str, tuple[str, str]]) -> None:
        """'Junts per Catalunya (Junts)': a capitalised name of two words or more (its joiners in
        lower case too) with its own first word alone in brackets after it is a body's name, and
        that word its short name: people and places are not written so. Not over a name another
        rule found, nor after a given name ('Maria Corina Machado (Maria)')."""
        text, n = t.text, len(t.text)
        taken = {j: m for m in found.mentions for j in range(m.start, m.end)}
        for i in t.where("text", {"("}):
            k = i + 1
            if i < 2 or k + 1 >= n or text[k + 1] != ")" or not t.title[k] or not t.alpha[k] or k in taken \
                    or text[k] in defined or self.safe_given(text[k]) or not t.title[i - 1]:
                continue
            start = i - 1
            while start > 0 and i - start < 6 and text[start] != text[k] and (
                    t.title[start] and t.alpha[start] or t.lower[start] in self.sentence_case_joiners):
                start -= 1
            # (a capital before the name joins it, unless it is the article: 'The Junts per Catalunya (Junts)')
            if text[start] != text[k] or i - start < 2 \
                    or start > 0 and t.title[start - 1] and t.alpha[start - 1] and t.lower[start - 1] != "the" \
                    or any(j in taken and taken[j].label != "STATE" for j in range(start, i)):
                continue
            found.mentions[:] = [m for m in found.mentions if not start <= m.start < i]
            actor_id = shaped_group(t, found, start, i, "shape.group_short_named")
            defined[text[k]] = (actor_id, "alias.bracket_name")
            found.actors[actor_id].aliases.add(text[k])

    def _slashed(self, t: TokenTable, found: Found, defined: dict[str, tuple[str, str]]) -> None:
        """'AFC/M23 rebels', 'the M23/AFC': the unknown acronym beside a group's name is another
        group's, the partner it is written with (not an intergovernmental body: 'UN/AU')."""
        text, n = t.text, len(t.text)
        slashes = t.where("text", SLASH)
        if not slashes:
            return
        at = {j: m for m in found.mentions for j in range(m.start, m.end)}
        for i in slashes:
            for k, other in ((i - 1, i + 1), (i + 1, i - 1)):
                if not 0 <= k < n or not 0 <= other < n or t.ws[i - 1] or t.ws[i]:
                    continue
                word, partner = text[k], at.get(other)
                if k in at or word in defined or word in self.igo_acronyms or not is_acronym(word) \
                        or partner is None or partner.label != "GROUP" or partner.via not in NAME_RULES:
                    continue
                defined[word] = (shaped_group(t, found, k, k + 1, "shape.group_slash"), "shape.group_slash")
                at[k] = found.mentions[-1]

    def _known_as(self, t: TokenTable, found: Found, m: Mention, defined: dict[str, tuple[str, str]],
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
            # 'the Special Deterrence Force, known by its Arabic name Radaa'
            if not (i + 2 < n and lower[i + 1] == "by" and lower[i + 2] in POSSESSIVE_PRONOUNS):
                return
            as_at = next((k for k in range(i + 3, min(n, i + 6)) if lower[k] in {"name", "acronym", "initials"}), None)
            if as_at is None:
                return
        k = as_at + 1
        if k < n and lower[k] == "the":
            k += 1
        if k + 1 < n and t.text[k] in QUOTES:
            k += 1  # 'known on the coast as "Weligama Ruwan"': a nickname in quotes
        inner = index.get(k)
        if inner is not None and inner is not m:
            if inner.label == m.label:
                merge(found, keep=m.actor_id, into=inner.actor_id)
            return
        end = self.name_at(t, k, set(index)) if m.label == "PERSON" else None
        if end is None:
            end = k
            while end < n and (t.title[end] or (lower[end] in self.particles and end > k)):
                end += 1
            if end - k < 1:
                return
        surface = t.string(k, end)
        defined[surface] = (m.actor_id, "alias.known_as")
        found.actors[m.actor_id].aliases.add(surface)

    @staticmethod
    def _paren_bounds(t: TokenTable, end: int) -> tuple[int, int] | None:
        text = t.text
        n = len(text)
        i = end
        if i < n and (text[i] == "," or text[i] in POSSESSIVES):
            i += 1  # ('the Federated States of Micronesia's (FSM) budget': the owner's acronym)
        if i >= n or text[i] != "(":
            return None
        for j in range(i + 1, min(n, i + 30)):
            if text[j] == ")":
                return i + 1, j
            if "\n" in text[j]:
                return None
        return None

    @staticmethod
    def _glued(t: TokenTable, i: int, close: int) -> int:
        """End of the tokens written together from i (no space between them)."""
        end = i + 1
        while end < close and not t.ws[end - 1] and t.text[end] != ")":
            end += 1
        return end

    def _parenthetical_after(self, t: TokenTable, found: Found, m: Mention, defined: dict[str, tuple[str, str]],
                             index: dict[int, Mention]) -> None:
        bounds = self._paren_bounds(t, m.end)
        if bounds is None:
            return
        first, close = bounds
        owner = m.actor_id
        actor = found.actors[owner]

        def alias(surface: str, rule: str) -> None:  # the bracket names the owner: so the brief writes it later
            defined[surface] = (owner, rule)
            actor.aliases.add(surface)

        text, lower = t.text, t.lower
        i = first
        glued = self._glued(t, i, close)  # 'SPLM-N', 'SLA-MM': one acronym of several tokens
        acronym = t.string(i, glued)
        state_mismatch = m.label == "STATE" and not initials_fit(
            [text[k] for k in range(m.start, m.end) if t.title[k]], acronym)  # '... Central African Republic (UPC)'
        tail = close - first - 1
        shortened = m.label == "GROUP" and 1 <= tail < m.end - m.start - 1 and is_acronym(text[first]) \
                and [text[j] for j in range(first + 1, close)] == [text[j] for j in range(m.end - tail, m.end)] \
                and _capitals(t, range(m.start, m.end - tail)) == text[first].upper()
        if shortened:
            # 'New Zealand First (NZ First)': the name's first words by their initials, the rest as
            # written, is its short name ('NZ' alone is no acronym of it)
            alias(t.string(first, close), "alias.bracket_name")
        if is_acronym(acronym.replace("-", "")) and acronym != t.string(m.start, m.end) and not state_mismatch \
                and not shortened:
            inner = index.get(i)
            if inner is not None and inner.end == close and close - glued == 1 and inner.actor_id != owner \
                    and text[close - 1] == text[m.end - 1]:
                merge(found, keep=owner, into=inner.actor_id)  # '... Democracy Party (DEM Party)'
                inner = None
            if inner is None or inner.end == glued:
                alias(acronym, "acronym.parenthesis")
        if m.label == "GROUP" and 2 <= close - first <= 4 and index.get(first) is None \
                and all(t.title[k] for k in range(first, close - 1)) and text[close - 1] == text[m.end - 1] \
                and text[close - 1].isdigit():
            # 'Detachment 88 (Densus 88)': a unit's name and number in its own language (the same
            # number: 'the M23 (December 2023)' is a date)
            alias(t.string(first, close), "alias.bracket_name")
        own_word = any(text[k] == text[first] for k in range(m.start, m.end - 1))  # (not its head: "Army")
        if m.label == "GROUP" and close - first == 1 and index.get(first) is None and t.title[first] \
                and t.alpha[first] and not is_acronym(text[first]) and text[first] not in self.descriptors \
                and not self.is_place(t, first, close) \
                and (own_word or lower[first] not in self.english and not self.is_name_word(text[first])):
            # 'the Swedish Security Service (Säpo)': one word in brackets is the name it goes by
            # (not a place, 'the Arakan Army (Rakhine)'; a qualifier, 'Communist Party of India
            # (Maoist)'; or a person, 'the M23 (Nangaa)'); so is one of its own words, even an
            # English one: 'Plaid Cymru (Plaid)'
            alias(text[first], "alias.bracket_name")
        if m.label == "GROUP" and close - first >= 2 and not is_acronym(text[close - 1]) \
                and not any(lower[k] in self.former for k in range(first, close)):
            # 'the Amu Front (Jabha-ye Amu)', 'Lahav Yehuda ("Blade of Judah")': the whole bracket is
            # the group's name in its own language or in English
            quoted = text[first] in QUOTES and text[close - 1] in QUOTES
            lo, hi = (first + 1, close - 1) if quoted else (first, close)
            # (not words the brief wrote before on their own: 'the chief of Waris Punjab De ... Akali Dal
            # (Waris Punjab De)' names another body)
            if hi - lo >= 2 and not self.is_place(t, lo, hi) and t.source.find(t.string(lo, hi)) == t.idx[lo]:
                self._translated_name(t, found, owner, lo, hi, defined, index)
        # '(..., CAK)', '(Hür Dava Partisi, HÜDA PAR)': an acronym of one to three words after the comma
        comma = next((k for k in range(close - 2, max(first, close - 5), -1) if text[k] == ","), None)
        if m.label == "GROUP" and comma is not None and comma - first >= 1 \
                and all(is_acronym(text[k]) for k in range(comma + 1, close)) \
                and t.string(comma + 1, close) not in self.igo_acronyms and index.get(comma + 1) is None:
            self._translated_name(t, found, owner, first, comma, defined, index)
            alias(t.string(comma + 1, close), "acronym.parenthesis")
        inner = index.get(first)
        if inner is not None and inner.label == m.label and inner.start == first and inner.end == close \
                and inner.actor_id != owner and not is_acronym(acronym.replace("-", "")):
            # 'the Northern Front (Front Nord)', 'Ahrar al-Sham (Free Men of the Levant)': a
            # name in brackets that is all of them is the same actor's name in another language
            merge(found, keep=owner, into=inner.actor_id)
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
                merge(found, keep=owner, into=inner.actor_id)
                k = inner.end
                continue
            end = k
            while end < close and (t.title[end] or is_acronym(text[end])
                                   or (lower[end] in self.particles and end + 1 < close)
                                   or (text[end] == "-" and not t.ws[end - 1])):
                end += 1
            if end > k:
                surface = t.string(k, end)
                rule = "acronym.former_name" if end - k == 1 and is_acronym(surface) else "alias.former_name"
                defined[surface] = (owner, rule)
                actor.aliases.add(surface)
                k = end
            else:
                k += 1

    def _translated_name(self, t: TokenTable, found: Found, owner: str, first: int, end: int,
                         defined: dict[str, tuple[str, str]], index: dict[int, Mention]) -> None:
        """'the Kentzou Self-Defence Committee (Comité d'autodéfense de Kentzou, CAK)': before the
        acronym, the group's name in its own language, written in sentence case as French and
        Spanish names are: it opens and ends on a capital, and its other words are joiners or
        no English words ('(the former commander, CAK)' is a description)."""
        inner = index.get(first)
        if inner is not None:
            if inner.start == first and inner.end == end and inner.label == "GROUP":
                merge(found, keep=owner, into=inner.actor_id)
            return
        if not 2 <= end - first <= 8 or not t.title[first] or not t.title[end - 1] or any(
                k in index and index[k].actor_id != owner or t.punct[k] and t.text[k] not in {"'", "\u2019", "-"}
                or t.is_lower[k] and t.lower[k] in self.english and t.lower[k] not in self.sentence_case_joiners
                and t.lower[k] not in TITLE_CASE_JOINERS
                for k in range(first, end)):
            return  # (its own short name inside is no other actor: 'Amu' in 'Jabha-ye Amu')
        surface = t.string(first, end)
        defined[surface] = (owner, "alias.translated_name")
        found.actors[owner].aliases.add(surface)

    def _unknown_acronym_groups(self, t: TokenTable, found: Found, defined: dict[str, tuple[str, str]]) -> None:
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
            shaped = listed = None
            if (i + 1) in taken:
                # 'CODECO factions' found the acronym by its shape before the definition; a list
                # holds it ('the National Democratic Congress (NDC)': a party list's acronym whose
                # long name, all English words, the list leaves to the name shapes)
                held = next((m for m in found.mentions if m.start == i + 1 and m.end == i + 2
                             and m.label == "GROUP" and m.via in {"shape", "pattern"}), None)
                if held is None:
                    continue
                shaped, listed = (held, None) if held.via == "shape" else (None, held)
            end = i
            start = end
            while start > 0 and (title[start - 1] or lower[start - 1] in self.name_joiners
                                 or lower[start - 1] in NAME_PREPOSITIONS
                                 or lower[start - 1] in self.sentence_case_joiners  # 'para um', 'pela'
                                 or lower[start - 1] in self.particles
                                 or (text[start - 1] == "-" and not t.ws[start - 2])
                                 or (text[start - 1] in POSSESSIVES and start >= 2
                                     and text[start - 2] in self.possessive_joins)
                                 or self._foreign_particle(t, start - 1)):
                start -= 1  # ("Ak-Sai People's Druzhina (ASPD)": the possessive inside the name)
            while start < end and (not title[start] or lower[start] in self.name_joiners
                                   or lower[start] in NAME_PREPOSITIONS or lower[start] in self.sentence_case_joiners
                                   or lower[start] in OPENING_PREPOSITIONS):
                start += 1  # ('At an Intergovernmental ...': a sentence's opening preposition)
            letters = "".join(ch for ch in acr.upper() if ch.isalpha())
            # 'His Majesty's Armed Forces (HMAF)': the acronym spells the owner too, so the
            # possessive is inside the name
            if 2 <= start < end and text[start - 1] in POSSESSIVES and title[start - 2]:
                owner = start - 1
                while owner > 0 and title[owner - 1]:
                    owner -= 1
                if _capitals(t, range(owner, start - 1)) + _capitals(t, range(start, end)) == letters:
                    start = owner
            # a run whose initials spell the acronym exactly, inside a longer run: 'Agents of the
            # Oromo Federalist Congress (OFC)' names the Oromo Federalist Congress
            for k in range(start + 1, end - 1):
                if title[k] and _capitals(t, range(k, end)) == letters:
                    start = k
                    break
            # 'BSP-United Left and There Is Such a People (ITN)': a list of names before the
            # acronym, which spells none of them whole, defines the last one
            joined = [k for k in range(start + 1, end - 2) if lower[k] == "and" and title[k + 1] and title[k + 2]]
            if joined and _capitals(t, range(start, end)) != letters \
                    and initials_fit([text[k] for k in range(joined[-1] + 1, end) if title[k]], acr):
                start = joined[-1] + 1
            cased = None
            words = [text[k] for k in range(start, end) if title[k]]
            fits = end - start >= 2 and initials_fit(words, acr)
            if not fits:
                # 'Conseil militaire de salut du Tchad (CMST)': a name in sentence case
                cased = self._sentence_cased(t, i, letters, acr)
                if cased is not None:
                    start = cased
                elif end - start < 2:
                    continue
            while start < end - 1 and lower[start] in POSSESSIVE_PRONOUNS \
                    and _capitals(t, range(start, end)) != letters:
                start += 1  # 'His Ensemble pour le Gabon (EPG)': whose, not the name (unless the
                # acronym spells it: 'His Majesty's Armed Forces (HMAF)')
            if fits and self.safe_given(text[start]) and not self.is_place(t, start, start + 1) \
                    and not any(text[k] in self.org_heads for k in range(start, end)) \
                    and not any(start <= m.start < end for m in found.mentions):
                continue  # 'Juan Orlando Hernández (JOH)': a person's initials, which the people rules read
            # a state named at the end of the name is part of it ('Union for Peace in the
            # Central African Republic (UPC)'); any other mention inside stops it
            inside = [m for m in found.mentions if start <= m.start < end or start < m.end <= end]
            # a shape's reading of part of the name gives way to the definition ('Coordinating
            # Committee on Manipur Integrity (COCOMI)'); a listed name or a person inside stops it
            # an acronym spelling every capitalised word of the run says the run is one name,
            # whatever is found inside it: 'Georgian Dream (GD)', 'Génération Mamadi Doumbouya (GMD)'
            spelled = (cased is not None or _capitals(t, range(start, end)) == letters) \
                and all(start <= m.start and m.end <= end and (m.start, m.end) != (start, end) for m in inside)
            if not spelled and any(not (m.via == "shape" and m.label == "GROUP" and start <= m.start and m.end <= end)
                                   and (m.label != "STATE" or m.start <= start or m.end != end)
                                   and not (m.via == "demonym" and start < m.start and m.end < end
                                            and _labour(t, start, end))  # '... of Greek Workers (GSEE)'
                                   for m in inside):
                continue
            # what the name is says its head, before any 'of/for/in': 'the Bank of Japan (BOJ)' is
            # no group; 'Convention for the Popular Revolution (CRP)' is no revolution
            head_end = next((k for k in range(start + 1, end) if lower[k] in HEAD_ENDS), end)
            if head_end < end and text[head_end - 1] in self.place_heads:
                continue  # 'the Line of Actual Control (LAC)': a boundary, whatever it is of
            # a security agency keeps the acronym of its own language ('National Counter
            # Terrorism Agency (BNPT)': Badan Nasional Penanggulangan Terorisme)
            security = self.security_agency(t, start, end, acr)
            # a person's own party keeps the acronym of its language: 'Tomio Okamura's Freedom and
            # Direct Democracy (SPD)' (Svoboda a přímá demokracie)
            owned = not fits and start >= 2 and text[start - 1] in POSSESSIVES and not inside \
                and (any(m.label == "PERSON" and m.end == start - 1 for m in found.mentions)
                     or title[start - 2] and t.alpha[start - 2] and (start - 2) not in taken
                     and not self.is_place(t, start - 2, start - 1))  # (a name no rule has read yet)
            # ('State Security (VSSE)': a security word ending the name heads it as 'Agency' does)
            security_head = text[end - 1] in self.agency_heads or self.security_agency(t, end - 1, end, acr)
            # a union's name defines a group whatever its acronym spells ('General Confederation of
            # Greek Workers (GSEE)'): no other test applies to it
            labour = _labour(t, start, end)
            if cased is None and not owned and not labour and (not (security and security_head or fits)
                                  or any(self.institution_at(t, k) for k in range(start, head_end)) and not security) \
                    and not (fits and (self._apposed_org_noun(t, i + 3) or self._acts(t, acr, i + 2))):
                continue  # (a police or intelligence agency acts: 'State Investigation and Protection Agency')
            name = t.string(start, end)
            if name.casefold() in self.false_friends:
                continue  # 'Artificial Intelligence (AI)': a discipline, though it ends in a service's word
            if inside:
                found.mentions[:] = [m for m in found.mentions if m not in inside]
            if listed is not None and not (fits and self.listed_name(listed.actor_id, name)):
                if not self.party(listed.actor_id):
                    continue  # (a list's acronym keeps its actor; the list names it)
                # a party list's acronym is another group's ('Front patriotique du Pool (FPP)',
                # 'the Union pour la Paix en Centrafrique (UPC)' in a brief on Cameroon, whose
                # party list has a UPC): the brief defines its own
                found.mentions.remove(listed)
                listed = None
            if listed is not None:
                found.mentions.append(Mention(start, end, (listed.actor_id,), "alias.acronym_group", "GROUP"))
                taken.update(range(start, end))
                defined.setdefault(name, (listed.actor_id, "alias.acronym_group"))
                continue
            actor_id = shaped_group(t, found, start, end, None)
            if shaped is not None:
                merge(found, keep=actor_id, into=shaped.actor_id)
            found.actors[actor_id].aliases.add(acr)
            found.mentions.append(Mention(start, end, (actor_id,), "alias.acronym_group", "GROUP"))
            taken.update(range(start, end))
            defined[acr] = (actor_id, "acronym.parenthesis")
            defined.setdefault(name, (actor_id, "alias.acronym_group"))  # its later full uses too

    def _acts(self, t: TokenTable, acronym: str, close: int) -> bool:
        """Whether a body its acronym names commits itself somewhere in the brief, by the acronym
        or by the name whose bracket closes at ``close``: 'The General Federation of Oman Workers
        (GFOW) refused to endorse ...', 'The DGDC said it would begin supplying the grid' (a
        union, a company: bodies that act are groups, whatever their head word)."""
        return any(k >= 0 and (k == close or t.text[k] == acronym) for _, k in acting_cues(t, self.committing_verbs))

    def _foreign_particle(self, t: TokenTable, k: int) -> bool:
        """'Fa'atuatua i le Atua Samoa ua Tasi (FAST)': a short word in lower case between two
        capitalised words may join a name in a language whose particles no list holds; the
        acronym's letters must still spell the capitals from where the name starts."""
        def short(j: int) -> bool:  # (not an English function word: 'Convicted by the Supreme ...')
            return 0 <= j < len(t.text) and t.is_lower[j] and t.alpha[j] and len(t.text[j]) <= 3 \
                and (t.lower[j] not in STOP_WORDS or t.text[j] == "i")

        if not short(k):
            return False
        before, after = k - 1 - short(k - 1), k + 1 + short(k + 1)  # two at most: 'i le'
        return 0 <= before and after < len(t.text) and t.title[before] and t.title[after]

    def _apposed_org_noun(self, t: TokenTable, k: int) -> bool:
        """', Matekane's ruling party,' after 'the Revolution for Prosperity (RFP)': an apposition
        whose head is an organisation's noun says the name is a group's, whatever its own head
        word ('Revolution' names events too)."""
        n = len(t.text)
        if k >= n or t.text[k] != ",":
            return False
        k += 1
        if k + 1 < n and t.text[k + 1] in POSSESSIVES:
            k += 2  # 'Matekane's'
        elif k < n and t.lower[k] in {"the", "a", "an", "its", "their"}:
            k += 1
        for _ in range(3):  # 'ruling', 'main opposition'
            if k < n and t.lower[k] in self.org_nouns:
                # (closed by punctuation, or by a participle or relative that describes it: 'a
                # bicommunal business lobby co-chaired by', 'a party that ...')
                return k + 1 < n and (t.text[k + 1] in {",", ".", ";", ")"} or t.lower[k + 1] in APPOSITION_CLOSERS
                                      or t.is_lower[k + 1] and t.lower[k + 1].endswith("ed")
                                      or k + 3 < n and t.text[k + 2] == "-" and t.lower[k + 3].endswith("ed"))
            if not (k < n and t.alpha[k] and t.is_lower[k]):
                return False
            k += 1
        return False

    def _sentence_cased(self, t: TokenTable, open_at: int, letters: str, acronym: str) -> int | None:
        """Start of a name in sentence case before '(ACR)': 'Armée nationale tchadienne (ANT)',
        'Front pour l'alternance et la concorde au Tchad (FACT)'. Walking back from the
        bracket (at ``open_at``) over the function words, each other word gives the acronym one letter, its
        initial (after an elided article: 'l'alternance'); the letters must spell the acronym
        exactly, the first word be capitalised and say what the body is, an organisation's head
        ('Conseil', 'Forces') or a security word in the name ('... services de sécurité ...');
        without a function word, none English in lower case ('Security forces (SF)') and three
        words at least unless a security word is in it ('Police nationale (PN)'); no word an
        institution's."""
        text, lower = t.text, t.lower
        content: list[int] = []
        k = open_at - 1
        while k >= 0 and open_at - k <= 3 * len(letters) + 2 and len(content) < len(letters):
            if lower[k] not in self.sentence_case_joiners:
                if not text[k].replace("'", "").replace("\u2019", "").replace("-", "").isalpha():
                    return None
                content.append(k)
            k -= 1
        if len(content) != len(letters) or len(letters) < 2:
            return None
        content.reverse()
        start = content[0]
        if not t.title[start] or all(t.title[j] for j in content):
            return None  # (a name in title case is read by its capitals)
        joined = any(lower[j] in self.sentence_case_joiners for j in range(start, open_at))
        security = self.security_agency(t, start, open_at, acronym)
        if not joined and (len(content) < 3 and not security
                           or any(lower[j] in self.english for j in content[1:] if not t.title[j])):
            # an English phrase ('Security forces (SF)', 'Council of elders (COE)'), or a head
            # and one adjective, which names courts and unions as often ('Union africaine (UA)';
            # a police body's is one: 'Police nationale (PN)')
            return None
        if any(self.institution_at(t, j) for j in content) and not security:
            return None
        initials = "".join(fold_text(ELIDED_ARTICLE.sub("", text[j]))[:1].upper() for j in content)
        if initials != letters:
            return None
        if text[start] not in self.org_heads and not security:
            return None
        return start


# inside an organisation's name before its acronym ('Union for Peace in the Central African
# Republic (UPC)', 'Forces Armées de la République ...')
SLASH = frozenset({"/"})
NAME_PREPOSITIONS = frozenset({"for", "in", "on", "de", "du", "des", "la", "del"})
HEAD_ENDS = frozenset({"of", "for", "in", "on", "de", "du", "des", "pour"})


# words that make a body's name a union's, which acts as a group does whatever its head word
# ('Scottish Trades Union Congress (STUC)', 'Kiribati Trade Union Congress (KTUC)')
LABOUR_WORDS = frozenset({"trades", "unions", "workers", "employees", "teachers", "nurses"})
# heads of a union's name ('Teachers Service Commission (TSC)' is a state's commission)
UNION_HEADS = frozenset({"union", "unions", "congress", "federation", "confederation", "association", "syndicate"})


def _labour(t: TokenTable, start: int, end: int) -> bool:
    """Whether the name is a union's: a labour word in it, or 'Trade Union', and a union's head."""
    words = t.lower[start:end]
    return any(w in UNION_HEADS for w in words) and any(
        w in LABOUR_WORDS or w == "trade" and j + 1 < len(words) and words[j + 1] in {"union", "unions"}
        for j, w in enumerate(words))


def _capitals(t: TokenTable, ks: range) -> str:
    """The initials of the title-case words at ``ks``, in capitals: what an acronym spells."""
    return "".join(t.text[k][0].upper() for k in ks if t.title[k])


def merge(found: Found, *, keep: str, into: str) -> None:
    """Make ``into`` an earlier name of ``keep``: its mentions and refs move over."""
    if keep == into:
        return
    actors = found.actors
    found.merged[into] = keep
    gone = actors.pop(into)
    kept = actors[keep]
    kept.aliases |= gone.aliases | {gone.name}
    if gone.refs:
        kept.refs = merged_refs(kept.refs, gone.refs)
    for m in found.mentions:
        if into in m.actor_ids:
            m.actor_ids = tuple(keep if a == into else a for a in m.actor_ids)
