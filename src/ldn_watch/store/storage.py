"""The one class that talks to the database, assembled from one part per domain.

Records, assessments, studies, runs and deliveries each keep their own queries in
their own module; ``Storage`` is all of them over one engine (the shape of
lemon24/reader's storage). Callers see only ``ldn_watch.model`` dataclasses.
"""

from __future__ import annotations

from ldn_watch.store.assessments import AssessmentStore
from ldn_watch.store.deliveries import DeliveryStore
from ldn_watch.store.records import RecordStore
from ldn_watch.store.runs import RunStore
from ldn_watch.store.studies import StudyStore

__all__ = ["Storage"]


class Storage(RecordStore, AssessmentStore, StudyStore, RunStore, DeliveryStore):
    """SQLite (or any SQLAlchemy URL) behind plain methods; one per process."""
