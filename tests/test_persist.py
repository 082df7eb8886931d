"""A saved pipeline (``nlp.to_disk``) loads with ``spacy.load`` in a fresh process and gives the
same records; each component saves what its ``initialize()`` built (components/persist.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.matcher import Matcher

import pipeline
from pipeline.components.persist import STATE_FILE, SavedState, StateError
from pipeline.read import read as read_path
from pipeline.run.writer import dumps
from tests.conftest import CORPUS, ROOT

BRIEFS = sorted(p for p in CORPUS.iterdir() if p.suffix in {".txt", ".md"})

# A fresh interpreter that loads the saved folder the way any spaCy user would: spacy.load
# finds the components through the entry points (nothing of ours is imported first).
FRESH_LOAD = """
import json, sys
import spacy
nlp = spacy.load(sys.argv[1])
import pipeline
from pipeline.read import read
from pipeline.run.writer import dumps
out = {path: dumps(pipeline.extract_brief(read(__import__("pathlib").Path(path)), nlp)) for path in sys.argv[2:]}
print(json.dumps({"pipe_names": nlp.pipe_names, "records": out}))
"""


@pytest.fixture(scope="module")
def saved(nlp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("saved") / "briefs_pipeline"
    nlp.to_disk(folder)
    return folder


def test_persist_spacy_load_in_a_fresh_process_gives_identical_records(nlp, saved):
    result = subprocess.run([sys.executable, "-c", FRESH_LOAD, str(saved), *map(str, BRIEFS)], cwd=ROOT,
                            capture_output=True, text=True, check=True)
    loaded = json.loads(result.stdout)
    assert loaded["pipe_names"] == nlp.pipe_names
    for path in BRIEFS:
        assert loaded["records"][str(path)] == dumps(pipeline.extract_brief(read_path(path), nlp)), path.name
    assert len(BRIEFS) >= 13


def test_persist_saved_folder_has_config_and_one_state_file_per_component(nlp, saved):
    assert (saved / "config.cfg").read_text(encoding="utf-8") == nlp.config.to_str()
    for name in nlp.pipe_names:
        assert (saved / name / STATE_FILE).is_file(), name


def test_persist_references_join_the_loading_pipeline(saved):
    loaded = spacy.load(saved)
    entities = loaded.get_pipe("briefs_entities")
    assert entities.nlp is loaded
    assert entities.learnt.nlp is loaded  # deep inside the state, not only at the top
    assert entities.tables.nlp is loaded
    assert all(m.vocab is loaded.vocab for m in loaded.get_pipe("briefs_claims").matchers.values())
    assert loaded.get_pipe("briefs_references").matcher.vocab is loaded.vocab


class Toy(SavedState):
    """A component as the lead might write one tomorrow: new attributes, a matcher, a cache."""

    RUNTIME = ("seen",)

    def __init__(self, nlp, name="toy"):
        self.nlp, self.name = nlp, name
        self.seen: dict[str, int] = {}
        self.ready = False

    def initialize(self, get_examples=None, *, nlp=None, words=("alpha", "beta")):
        self.words = frozenset(words)
        self.table = {w: i for i, w in enumerate(sorted(words))}
        self.matcher = Matcher(self.nlp.vocab)
        self.matcher.add("GREEK", [[{"LOWER": {"IN": sorted(words)}}]])
        self.bound = self.describe  # a method of the component itself
        self.ready = True

    def describe(self):
        return f"{self.name}: {len(self.words)} words"

    def __call__(self, doc):
        self.last = doc.text  # working state of one call: set after initialize, never saved
        self.seen[doc.text] = len(doc)
        return doc


@Language.factory("test_persist_toy")
def make_toy(nlp, name):
    return Toy(nlp, name)


def test_persist_saves_every_attribute_initialize_built_and_no_runtime_state(tmp_path):
    nlp = spacy.blank("en")
    toy = nlp.add_pipe("test_persist_toy", name="toy")
    toy.initialize(words=("alpha", "gamma"))
    nlp("alpha gamma")
    nlp.to_disk(tmp_path / "toy_pipeline")
    other = spacy.load(tmp_path / "toy_pipeline")
    loaded = other.get_pipe("toy")
    assert loaded.seen == {} and not hasattr(loaded, "last")
    assert loaded.ready and loaded.words == {"alpha", "gamma"} and loaded.table == {"alpha": 0, "gamma": 1}
    assert [(other.vocab.strings[k], s, e) for k, s, e in loaded.matcher(other("Gamma then alpha"))] == [
        ("GREEK", 0, 1), ("GREEK", 2, 3)]
    assert loaded.matcher.vocab is other.vocab and loaded.nlp is other
    assert loaded.bound.__self__ is loaded and loaded.bound() == "toy: 2 words"


def test_persist_uninitialised_component_loads_uninitialised():
    loaded = Toy(spacy.blank("en")).from_bytes(Toy(spacy.blank("en")).to_bytes())
    assert loaded.ready is False and not hasattr(loaded, "words")


def test_persist_refuses_state_saved_by_another_build(tmp_path, monkeypatch):
    toy = Toy(spacy.blank("en"))
    toy.initialize()
    toy.to_disk(tmp_path / "toy")
    monkeypatch.setattr("pipeline.components.persist._build", lambda: "0.1.0+000000000000")
    with pytest.raises(StateError, match=r"toy/state\.pickle: saved with build '0\.1\.0\+[0-9a-f]{12}'"):
        Toy(spacy.blank("en")).from_disk(tmp_path / "toy")


def test_persist_refuses_state_of_another_component(tmp_path):
    toy = Toy(spacy.blank("en"))
    toy.initialize()
    toy.to_disk(tmp_path / "toy")

    class Other(Toy):
        pass

    with pytest.raises(StateError, match=r"saved with component '[\w.]*test_persist\.Toy', this is '.*Other'"):
        Other(spacy.blank("en")).from_disk(tmp_path / "toy")


@pytest.mark.parametrize("damage", [lambda b: b[: len(b) // 2], lambda b: b"", lambda b: b"not a pickle"],
                         ids=["truncated", "empty", "garbage"])
def test_persist_damaged_state_is_a_state_error_naming_the_file(tmp_path, damage):
    toy = Toy(spacy.blank("en"))
    toy.initialize()
    toy.to_disk(tmp_path / "toy")
    file = tmp_path / "toy" / STATE_FILE
    file.write_bytes(damage(file.read_bytes()))
    with pytest.raises(StateError, match=rf"{file}: damaged"):
        Toy(spacy.blank("en")).from_disk(tmp_path / "toy")


def test_persist_missing_state_file_is_a_state_error_naming_it(tmp_path):
    with pytest.raises(StateError, match=rf"{tmp_path / 'toy' / STATE_FILE}: cannot read"):
        Toy(spacy.blank("en")).from_disk(tmp_path / "toy")


def test_persist_lemma_cache_is_not_saved(nlp):
    lemmas = nlp.get_pipe("briefs_lemmas")
    nlp("Pledged forces attacked.")
    assert lemmas.cache
    loaded = type(lemmas)(spacy.blank("en"), "briefs_lemmas", table="lemma_lookup").from_bytes(lemmas.to_bytes())
    assert loaded.cache == {} and len(loaded.table) == len(lemmas.table)


def test_persist_saved_pipeline_paths_setting_is_the_patterns_folder(saved):
    from pipeline.patterns import DEFAULT_PATTERNS_DIR

    config = spacy.util.load_config(saved / "config.cfg", interpolate=True)
    assert config["paths"]["patterns"] == str(DEFAULT_PATTERNS_DIR)
    assert config["initialize"]["components"]["briefs_entities"]["patterns"]["path"] == str(DEFAULT_PATTERNS_DIR)
    assert Path(config["paths"]["patterns"]).is_dir()


def test_persist_matcher_keeps_its_greedy_filter():
    """spaCy's Matcher pickles without greedy="LONGEST": a loaded pipeline then read both
    'almost certainly' and 'certainly'."""
    import io

    import spacy
    from spacy.matcher import Matcher

    from pipeline.components.persist import _Loader, _Saver

    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab)
    matcher.add("cue", [[{"LOWER": "almost", "OP": "?"}, {"LOWER": "certainly"}]], greedy="LONGEST")
    buffer = io.BytesIO()
    _Saver(buffer, nlp).dump(matcher)
    buffer.seek(0)
    loaded = _Loader(buffer, nlp).load()
    doc = nlp("It will almost certainly rain.")
    assert [(s, e) for _, s, e in loaded(doc)] == [(s, e) for _, s, e in matcher(doc)] == [(2, 4)]
