"""Storage: SQLAlchemy tables and the one class that talks to the database."""

from ldn_watch.store.deliveries import DigestItem
from ldn_watch.store.records import UpsertResult
from ldn_watch.store.runs import SourceState
from ldn_watch.store.storage import Storage

__all__ = ["DigestItem", "SourceState", "Storage", "UpsertResult"]
