"""English words and how they are usually written, from spaCy's public word frequencies.

The lexeme probabilities of spacy-lookups-data (``en_lexeme_prob``: log frequencies of a
million case-sensitive forms) say which words are ordinary English ('Fighters', 'Later',
'Grant') and which are more often capitalised than not ('Jordan', 'Kachin' has no lower-case
form at all). Name-shape rules use it: a sentence's first word that is an ordinary word is
not the start of a name, and a capitalised word that is usually written in lower case needs
more evidence to be a name. Written to ``patterns/generated/lexicon/casing.json``.
"""

from __future__ import annotations

import gzip
import json
from importlib import resources
from pathlib import Path
from typing import Any

# A word is "English" when its lower-case form is at least this frequent (about one in
# three million words): 31,700 words; rarer forms are mostly typos, names and foreign words.
MIN_LOG_PROB = -15.0
# ... and "usually lower case" when that form is at least e^0.5 (1.6) times as frequent as
# its capitalised form.
LOWER_MARGIN = 0.5


def load_probabilities() -> dict[str, float]:
    data = resources.files("spacy_lookups_data") / "data" / "en_lexeme_prob.json.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def casing(probabilities: dict[str, float]) -> dict[str, Any]:
    words: dict[str, int] = {}
    for word, prob in probabilities.items():
        if not (word.isalpha() and word.islower() and prob > MIN_LOG_PROB):
            continue
        capitalised = probabilities.get(word[:1].upper() + word[1:], -99.0)
        words[word] = 1 if prob - capitalised > LOWER_MARGIN else 0
    return {
        "description": "English words (lower case) from spacy-lookups-data's en_lexeme_prob, with 1 when the "
                       "word is usually written in lower case and 0 when its capitalised form is about as "
                       "frequent or more ('Jordan'). Built by `briefs patterns build`; do not edit.",
        "source": "spacy-lookups-data en_lexeme_prob.json.gz",
        "min_log_prob": MIN_LOG_PROB,
        "lower_margin": LOWER_MARGIN,
        "words": dict(sorted(words.items())),
    }


def write_casing(out_dir: Path) -> dict[str, int]:
    table = casing(load_probabilities())
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "casing.json"
    text = json.dumps(table, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")
    words = table["words"]
    return {"english_words": len(words), "usually_lower_case": sum(words.values())}
