"""Build-time gazetteer: turns public name lists into entity-ruler pattern files, and public
lists and package data into the name, place, role-noun and CAMEO claim-cue lexicons.

Run `python -m pipeline.gazetteer --sources ../shared/gazetteers`; the lists are
read at build time only, and what is written is patterns/generated/.
"""

from .build import build

__all__ = ["build"]
