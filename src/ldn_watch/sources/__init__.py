"""Where records come from: PubMed, ClinicalTrials.gov and Europe PMC behind one interface."""

from ldn_watch.sources.base import Batch, Harvest, KnownIds, SearchHits, Source

__all__ = ["Batch", "Harvest", "KnownIds", "SearchHits", "Source"]
