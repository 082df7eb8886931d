"""The project's Language: its tokenizer differs from spaCy's English one only where we mean it to;
its config describes it whole, and it packages and loads the way spaCy pipelines do."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from tests.conftest import CORPUS, ROOT

WHITESPACE = [
    ("newline", "Hezbollah\nvowed to respond."),
    ("blank-line", "Title\n\nFirst paragraph.\n\n\nSecond."),
    ("crlf", "Title\r\n\r\n- A bullet.\r\n"),
    ("double-space", "The  Taliban   said so ."),
    ("tab", "Column\tvalue\t\tnext"),
    ("space-before-newline", "End of line \nnext line"),
    ("newline-then-space", "End\n  indented line"),
    ("nbsp", "al-Shabaab\u00a0fighters and \u00a0 more"),
    ("leading-and-trailing", "\n  Leading and trailing  \n"),
    ("special-then-newline", "It was 3 a.m.\nU.S. forces don't\nsay."),
    ("quotes-and-dashes", "\u2018We will\u2019 \u2014 he said\u2014 'not' \u2019til Hezbollah\u2019s \u2019 ' \u2014\n"
                          "\u2019Quoted\u2019\u2014dash' o'clock rock 'n' roll Qa\u2019ida's"),
]


def _tokens(doc):
    return [(t.text, t.whitespace_, t.norm_) for t in doc]


@pytest.mark.parametrize("text", [w[1] for w in WHITESPACE], ids=[w[0] for w in WHITESPACE])
def test_nlp_whitespace_tokens_match_spacy_english(nlp, text):
    assert _tokens(nlp.make_doc(text)) == _tokens(spacy.blank("en").make_doc(text))


def test_nlp_tokens_match_spacy_english_on_the_corpus(nlp):
    """Dropping the one-character rules changes no token: stock English plus our infix agrees."""
    from pipeline.nlp import _infixes

    stock = spacy.blank("en")
    stock.tokenizer.infix_finditer = _infixes(stock.Defaults).finditer
    paths = sorted(CORPUS.glob("*.txt")) + sorted((ROOT / "tests" / "data" / "prose").glob("*.txt"))
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert _tokens(nlp.make_doc(text)) == _tokens(stock.make_doc(text)), path.name


def test_nlp_dotted_compound_is_split(nlp):
    assert [t.text for t in nlp.make_doc("the U.S.-led coalition")] == ["the", "U.S.", "-", "led", "coalition"]


def test_nlp_one_character_rules_are_dropped(nlp):
    """They switch spaCy's tokenizer cache off for the rest of a text (see nlp.py)."""
    assert not {" ", "\t", "\n", "'", "\u2019", "\u2014"} & set(nlp.tokenizer.rules)
    assert "\u00a0" in nlp.tokenizer.rules  # it sets a norm too


def test_nlp_entry_points_name_every_component_and_registered_function():
    """spacy.load of a saved pipeline finds all of ours through them, with nothing imported first."""
    from importlib.metadata import entry_points

    from spacy.language import Language
    from spacy.util import registry

    from pipeline.nlp import PIPE_NAMES

    def ours(group):
        return {ep.name: ep.load() for ep in entry_points(group=group) if ep.dist and ep.dist.name == "briefs"}

    factories = ours("spacy_factories")
    assert set(factories) == set(PIPE_NAMES)
    assert all(registry.factories.get(Language.get_factory_name(name)) is func for name, func in factories.items())
    assert ours("spacy_misc") == {"briefs.patterns.v1": registry.misc.get("briefs.patterns.v1")}
    assert ours("spacy_tokenizers") == {"briefs.tokenizer.v1": registry.tokenizers.get("briefs.tokenizer.v1")}
    assert ours("spacy_callbacks") == {"briefs.after_init.v1": registry.callbacks.get("briefs.after_init.v1")}


def test_nlp_config_alone_builds_the_same_pipeline(nlp):
    """What `python -m spacy assemble config.cfg DIR` does: the config describes the whole pipeline."""
    import pipeline
    from pipeline.read import read
    from pipeline.run.writer import dumps

    assembled = spacy.util.load_model_from_config(nlp.config, auto_fill=True, validate=True)
    assembled.initialize()
    assert assembled.meta["briefs_patterns_version"] == nlp.meta["briefs_patterns_version"]
    for path in sorted(CORPUS.glob("*.txt")):
        brief = read(path)
        assert dumps(pipeline.extract_brief(brief, assembled)) == dumps(pipeline.extract_brief(brief, nlp)), path.name


# In the new environment: the installed package, loaded by name as any spaCy pipeline is.
LOAD_PACKAGE = """
import json, sys
from pathlib import Path
import spacy
nlp = spacy.load("en_briefs")
import en_briefs, pipeline
from pipeline.read import read
from pipeline.run.writer import dumps
print(json.dumps({"package": en_briefs.__file__,
                  "records": {p: dumps(pipeline.extract_brief(read(Path(p)), nlp)) for p in sys.argv[1:]}}))
"""


def test_nlp_spacy_package_builds_a_wheel_that_installs_and_loads_in_a_new_venv(nlp, tmp_path):
    import json
    import subprocess
    import sys
    import sysconfig

    import pipeline
    from pipeline.read import read
    from pipeline.run.writer import dumps

    nlp.to_disk(tmp_path / "saved")
    (tmp_path / "packages").mkdir()
    subprocess.run([sys.executable, "-m", "spacy", "package", str(tmp_path / "saved"), str(tmp_path / "packages"),
                    "--build", "wheel"], cwd=tmp_path, check=True, capture_output=True)
    (wheel,) = (tmp_path / "packages" / f"en_briefs-{pipeline.__version__}" / "dist").glob("en_briefs-*.whl")
    made = subprocess.run([sys.executable, "-m", "venv", str(tmp_path / "venv")], capture_output=True, text=True)
    if made.returncode != 0:  # the steps above are checked; only the new environment is missing
        pytest.skip(f"this machine cannot make a venv with pip ({made.stderr.strip()[-200:]}); the wheel {wheel.name} "
                    f"was built but not installed")
    python = tmp_path / "venv" / "bin" / "python"
    purelib = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    # spaCy and briefs (with its entry points) come from this environment: only the package is new
    Path(purelib, "briefs-dev.pth").write_text(f"{ROOT}\n{sysconfig.get_paths()['purelib']}\n", encoding="utf-8")
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)], check=True,
                   capture_output=True)
    briefs = sorted(CORPUS.glob("*.txt"))
    loaded = json.loads(subprocess.run([python, "-c", LOAD_PACKAGE, *map(str, briefs)], cwd=tmp_path,
                                       capture_output=True, text=True, check=True).stdout)
    assert loaded["package"].startswith(purelib)
    for path in briefs:
        assert loaded["records"][str(path)] == dumps(pipeline.extract_brief(read(path), nlp)), path.name
