"""Europe PMC (REST ``/search``): preprints as records, linked to their journal versions."""

from ldn_watch.sources.europepmc.client import DEFAULT_BASE_URL, EuropePmcClient
from ldn_watch.sources.europepmc.parse import parse_result
from ldn_watch.sources.europepmc.source import EuropePmcHarvest, EuropePmcSource, window_query

__all__ = [
    "DEFAULT_BASE_URL",
    "EuropePmcClient",
    "EuropePmcHarvest",
    "EuropePmcSource",
    "parse_result",
    "window_query",
]
