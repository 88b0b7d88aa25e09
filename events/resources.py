"""The one loader of the pipeline's data: dictionaries, gazetteer, lexicon, catalog.

Every stage takes the resource it needs as an argument; this module is the
only place that decides where the data files live and loads each once per
process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from events.actors import ActorDictionary, load_actors
from events.places import Gazetteer, load_gazetteer
from events.reference import ReferenceCatalog, load_catalog
from events.triggers import TriggerLexicon, load_triggers

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Resources:
    """Everything extraction needs besides the article itself."""

    actors: ActorDictionary
    gazetteer: Gazetteer
    triggers: TriggerLexicon
    catalog: ReferenceCatalog


@lru_cache(maxsize=1)
def load_resources() -> Resources:
    """Load (once per process) every data file the pipeline uses."""
    return Resources(
        actors=load_actors(),
        gazetteer=load_gazetteer(),
        triggers=load_triggers(),
        catalog=load_catalog(),
    )
