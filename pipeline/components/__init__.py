"""spaCy components of the briefs pipeline, one module each; importing registers them."""

from pipeline.components import claims, entities, lemmas, references, sentences, tokens  # noqa: F401
