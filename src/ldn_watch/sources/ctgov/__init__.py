"""ClinicalTrials.gov (API v2): registrations as records, with their structured facts."""

from ldn_watch.sources.ctgov.client import DEFAULT_BASE_URL, CtgovClient
from ldn_watch.sources.ctgov.parse import parse_study
from ldn_watch.sources.ctgov.source import CtgovHarvest, CtgovSource

__all__ = ["DEFAULT_BASE_URL", "CtgovClient", "CtgovHarvest", "CtgovSource", "parse_study"]
