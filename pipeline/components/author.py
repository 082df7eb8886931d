"""The author's own actor, when the user names it (``--first-person-actor``).

An analyst's 'we assess' commits no one, so by default a first person is nobody's mention.
A party manifesto or a group's statement speaks for an actor: there 'we', 'our' and 'us'
outside quotation marks are that actor's mentions (via coref, rule ``coref.author``), and so
are the author's own name where no other pass found it. The actor is the one of the brief
with that name or alias, else a new one named as the user wrote it.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from pipeline.components.actors import Mention, covered_tokens
from pipeline.components.speech import Quotes
from pipeline.components.tokens import TokenTable
from pipeline.patterns import slug

FIRST_PERSON = frozenset({"we", "our", "us", "ours", "ourselves"})
RULE = "coref.author"
# the author implied: an agentless future passive ('More courts will be established'), an
# imperative opening a sentence or a list item ('Launch a national mission.')
IMPLIED = "coref.author_implied"
FUTURE = frozenset({"will", "shall"})
# 'by 2021', 'by the end of', 'by half': a deadline or an amount, not an agent
NOT_AGENT = frozenset({"half", "a", "one", "two", "three", "then", "end", "mid", "early", "late", "next",
                       "january", "february", "march", "april", "may", "june", "july", "august", "september",
                       "october", "november", "december"})
DEADLINES = frozenset({"end", "year", "middle", "close", "turn", "time", "start", "beginning", "deadline"})
BETWEEN = frozenset({"also", "further", "soon", "then", "now", "immediately", "gradually", "progressively"})
IRREGULAR = frozenset({"set", "made", "given", "put", "built", "brought", "laid", "held", "cut", "taken", "begun",
                       "undertaken", "done", "kept", "sent", "spent", "run", "drawn", "shown", "met"})
ITEM_MARKS = frozenset({"-", "*", "\u2022", "\u25aa", "\u25cf", "\u2013", "\u2014", ".", ")", "("})


def known_author(actors: dict[str, Any], t: TokenTable, mentions: list[Mention], name: str) -> str | None:
    """The id of the brief's actor called ``name`` (its name, an alias or a mention's text)."""
    key = name.strip().casefold()
    actor_id = next((aid for aid, a in sorted(actors.items())
                     if a["name"].casefold() == key or key in {x.casefold() for x in a["aliases"]}), None)
    if actor_id is None:
        actor_id = next((m.actor_id for m in mentions if len(m.actor_ids) == 1
                         and t.string(m.start, m.end).casefold() == key), None)
    return actor_id


def author_mentions(doc: Doc, t: TokenTable, mentions: list[Mention], name: str,
                    verbs: frozenset[str]) -> list[Mention]:
    """The author's mentions not among ``mentions``; adds the author's actor to ``doc._.actors``.
    ``verbs``: the commitment verbs an imperative may open with (lexicon/commitments.json)."""
    actors: dict[str, Any] = dict(doc._.actors or {})
    key = name.strip().casefold()
    actor_id = known_author(actors, t, mentions, name)
    if actor_id is None:
        actor_id = f"group:{slug(name.strip())}"
        actors[actor_id] = {"label": "GROUP", "name": name.strip(), "aliases": [], "refs": None, "roles": []}
        doc._.actors = actors
    label = actors[actor_id]["label"]
    taken = covered_tokens(mentions)
    quotes = Quotes(t, [])
    out = [Mention(i, i + 1, (actor_id,), RULE, label) for i in t.where("lower", FIRST_PERSON)
           if i not in taken and quotes.around(i) is None]
    words = tuple(key.split())
    n = len(words)
    for i in t.where("lower", {words[0]}):
        if tuple(t.lower[i : i + n]) == words and not taken.intersection(range(i, i + n)):
            out.append(Mention(i, i + n, (actor_id,), RULE, label))
    taken.update(k for m in out for k in range(m.start, m.end))
    implied = [i for i in _future_passives(t) + _imperatives(t, verbs)
               if i not in taken and quotes.around(i) is None]
    return out + [Mention(i, i + 1, (actor_id,), IMPLIED, label) for i in implied]


def _future_passives(t: TokenTable) -> list[int]:
    """The modal of each 'will (also) be <participle>' with no 'by' agent after it."""
    lower, n = t.lower, len(t.lower)
    out = []
    for i in t.where("lower", FUTURE):
        k = i + 1
        while k < n and lower[k] in BETWEEN:
            k += 1
        if k + 1 >= n or lower[k] != "be":
            continue
        word = lower[k + 1]
        if not (t.is_lower[k + 1] and t.alpha[k + 1] and (word.endswith(("ed", "en")) or word in IRREGULAR)):
            continue
        after = lower[k + 2 : k + 8]
        by = next((j for j, w in enumerate(after) if w == "by"), None)
        if by is None or by + 1 >= len(after) or not _agent(after[by + 1 :]):
            out.append(i)
    return out


def _agent(words: list[str]) -> bool:
    """Whether the words after 'by' name an agent ('by the army'), not a deadline or an amount
    ('by 2027', 'by the end of the year', 'by half')."""
    first = words[0]
    if first in NOT_AGENT or first[:1].isdigit():
        return False
    return not (first == "the" and len(words) > 1 and words[1] in DEADLINES)


def _imperatives(t: TokenTable, verbs: frozenset[str]) -> list[int]:
    """The verb opening a sentence or a list item ('a. Make ...', '- launch ...', 'Setting up ...')
    in its base form or as a gerund."""
    out = []
    _, starts, ends = t.bounds
    for start, end in zip(starts, ends, strict=True):
        k = start
        while k < end and (t.text[k] in ITEM_MARKS or (len(t.text[k]) <= 3 and t.text[k].rstrip(".)").isalnum()
                                                        and k + 1 < end and t.text[k + 1] in {".", ")"})):
            k += 1
        if k + 1 >= end or t.punct[k + 1] or not (t.title[k] or t.is_lower[k]) or t.lemma[k] not in verbs:
            continue
        if t.lemma[k] == t.lower[k] or t.lower[k].endswith("ing"):
            out.append(k)
    return out
