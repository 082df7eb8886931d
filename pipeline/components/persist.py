"""Saving what a component's ``initialize()`` built, so a saved pipeline loads without the patterns.

``nlp.to_disk(DIR)`` asks every component for ``to_disk(DIR/<name>)``; ``spacy.load(DIR)``
makes the components from the config (their factories, never ``initialize``) and asks each for
``from_disk``. A component with the ``SavedState`` mixin writes one file, ``state.pickle``,
holding a header (the format, the component's class and the build of briefs that wrote it,
checked before the rest is read) and its attributes as they were when ``initialize()``
returned: tables of plain data, word sets, tries, and spaCy matchers (a ``Matcher`` pickles as
its patterns and adds them again on load, greedy filters included (spaCy's own pickling drops
them), in a few milliseconds; a ``PhraseMatcher`` as its phrase Docs). Nothing lists the attributes, so a component that
builds a new one in ``initialize()`` saves it without a change here.

Not saved, and why:

- ``name``: spaCy gives it from the config, and the same component may be added under another.
- The Language, its ``Vocab`` and ``StringStore``, and the pipeline's components (a
  ``TablesOf`` token-table provider holds the Language and the ``briefs_tokens`` pipe): they
  belong to the pipeline that loads the component, not to it. Wherever they occur in the
  state, even deep inside it, they are written as references and joined to the loading
  pipeline's own. (Pickled as objects they would be a second, private vocabulary.)
- Attributes set after ``initialize()`` (per-Doc working state such as ``ClaimMatcher.t``),
  and the runtime caches a class names in ``RUNTIME``: they fill again as briefs are read, and
  a saved one would hold some earlier brief's words (``LookupLemmas.cache``).

A component that was never initialised saves an empty state, and loads as uninitialised.
Settings from the config that ``__init__`` stored (``min_name_words``) are saved with the rest:
``initialize()`` built its tables with them, so a loaded component keeps the values it was built
with even if the saved ``config.cfg`` is edited; edit the config, then build and save again.
"""

from __future__ import annotations

import copyreg
import functools
import io
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ClassVar

from spacy.language import Language

STATE_FILE = "state.pickle"
# Bumped when the file's layout (the header or how references are written) changes.
FORMAT = 1


class StateError(ValueError):
    """A saved component state that this build of briefs cannot load; the message says why."""


class SavedState:
    """Mixin for a spaCy component: ``to_disk``/``from_disk``/``to_bytes``/``from_bytes`` of the
    state its ``initialize()`` built (see the module docstring)."""

    # Names of attributes that are runtime caches, in the class that sets them.
    RUNTIME: ClassVar[Iterable[str]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        initialize = cls.__dict__.get("initialize")
        if initialize is not None:
            cls.initialize = _recording(initialize)

    def _saved_names(self) -> list[str]:
        names = set(self.__dict__.get("_saved_state_names", ()))
        return sorted(names - {"name", "_saved_state_names"} - set(self.RUNTIME))

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The header, then the state: two pickles, so a load checks the header before it
        unpickles a state that another build's classes may not read. (``exclude`` is spaCy's
        argument; the vocabulary it names is never part of the state.)"""
        state = {name: getattr(self, name) for name in self._saved_names() if hasattr(self, name)}
        buffer = io.BytesIO()
        pickle.dump(_header(type(self)), buffer, protocol=pickle.HIGHEST_PROTOCOL)
        _Saver(buffer, _language_of(self)).dump(state)
        return buffer.getvalue()

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> SavedState:
        return self._restore(data, f"{_class_path(type(self))} state")

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / STATE_FILE).write_bytes(self.to_bytes(exclude=exclude))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> SavedState:
        file = Path(path) / STATE_FILE
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise StateError(f"{file}: cannot read the saved component ({exc.strerror or exc})") from exc
        return self._restore(data, str(file))

    def _restore(self, data: bytes, where: str) -> SavedState:
        from pipeline import collector_paused

        stream = io.BytesIO(data)
        try:
            header = pickle.load(stream)
        except Exception as exc:  # a truncated or damaged file
            raise StateError(f"{where}: damaged ({type(exc).__name__}: {exc})") from exc
        expected = _header(type(self))
        for key, value in expected.items():
            found = header.get(key) if isinstance(header, dict) else None
            if found != value:
                raise StateError(f"{where}: saved with {key} {found!r}, this is {value!r}; "
                                 f"save the pipeline again with this briefs")
        try:
            with collector_paused():  # a million small objects that all live on (see collector_paused)
                state = _Loader(stream, _language_of(self)).load()
        except StateError:
            raise
        except Exception as exc:
            raise StateError(f"{where}: damaged ({type(exc).__name__}: {exc})") from exc
        self.__dict__.update(state)
        self._saved_state_names = tuple(state)
        return self


def _recording(initialize: Callable[..., Any]) -> Callable[..., Any]:
    """``initialize`` that notes the component's attributes when it returns: what is saved."""

    @functools.wraps(initialize)  # spaCy reads the signature to validate [initialize] settings
    def wrapper(self: SavedState, *args: Any, **kwargs: Any) -> Any:
        result = initialize(self, *args, **kwargs)
        self._saved_state_names = tuple(set(getattr(self, "_saved_state_names", ())) | set(vars(self)))
        return result

    return wrapper


def _class_path(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _header(cls: type) -> dict[str, Any]:
    return {"format": FORMAT, "component": _class_path(cls), "build": _build()}


def _build() -> str:
    from pipeline.fingerprint import code_version

    return code_version()


def _language_of(component: Any) -> Language | None:
    """The pipeline a component belongs to: its Language attribute, or its token-table provider's."""
    from pipeline.components.tokens import TablesOf

    for value in vars(component).values():
        if isinstance(value, Language):
            return value
        if isinstance(value, TablesOf):
            return value.nlp
    return None


def _references(nlp: Language | None) -> dict[int, tuple[str, ...]]:
    if nlp is None:
        return {}
    refs = {id(nlp): ("nlp",), id(nlp.vocab): ("vocab",), id(nlp.vocab.strings): ("strings",)}
    refs.update({id(pipe): ("pipe", name) for name, pipe in nlp.pipeline})
    return refs


def _matcher_with_filters(vocab: Any, patterns: dict, callbacks: dict, filters: dict) -> Any:
    """A Matcher as it was saved, greedy filters included."""
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    for key, specs in patterns.items():
        matcher.add(key, specs, on_match=callbacks.get(key), greedy=filters.get(key))
    return matcher


def _reduce_matcher(matcher: Any) -> tuple:
    """spaCy's own Matcher pickling drops each key's greedy filter (a rule added with
    greedy="LONGEST" came back returning every overlapping match: 'almost certainly' and
    'certainly'), so a saved pipeline read differently from the one that was built."""
    return _matcher_with_filters, (matcher.vocab, matcher._patterns, matcher._callbacks, matcher._filter)


class _Saver(pickle.Pickler):
    def __init__(self, file: io.BytesIO, nlp: Language | None):
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.refs = _references(nlp)
        from spacy.matcher import Matcher

        self.dispatch_table = {**copyreg.dispatch_table, Matcher: _reduce_matcher}

    def persistent_id(self, obj: Any) -> tuple[str, ...] | None:
        return self.refs.get(id(obj))


class _Loader(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, nlp: Language | None):
        super().__init__(file)
        self.nlp = nlp

    def persistent_load(self, pid: Any) -> Any:
        nlp = self.nlp
        if nlp is None:
            raise StateError("the saved state refers to its pipeline, but the component has none")
        kind = pid[0]
        if kind == "nlp":
            return nlp
        if kind == "vocab":
            return nlp.vocab
        if kind == "strings":
            return nlp.vocab.strings
        if kind == "pipe":
            return nlp.get_pipe(pid[1])
        raise StateError(f"unknown reference {pid!r} in the saved state")
