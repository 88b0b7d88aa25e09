"""The one loader of the pipeline's data: dictionaries, gazetteer, lexicon, catalog.

Every stage takes the resource it needs as an argument; this module is the
only place that decides where the data files live and loads each once per
process. A built copy is kept on disk between processes (events.resource_cache).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from events.actors import ActorDictionary, load_actors
from events.places import Gazetteer, load_gazetteer
from events.reference import ReferenceCatalog, load_catalog
from events.resource_cache import load_cached
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
    """Load (once per process) every data file the pipeline uses: from the
    on-disk cache when it holds a copy built from the same code and data, else
    built (and then stored there)."""
    return load_cached(build_resources, Resources)


def build_resources() -> Resources:
    """Build the resources from the data files."""
    return Resources(
        actors=load_actors(),
        gazetteer=load_gazetteer(),
        triggers=load_triggers(),
        catalog=load_catalog(),
    )
