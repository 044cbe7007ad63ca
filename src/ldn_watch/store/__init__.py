"""Storage: SQLAlchemy tables and the one class that talks to the database."""

from ldn_watch.store.storage import DigestItem, Storage, UpsertResult

__all__ = ["DigestItem", "Storage", "UpsertResult"]
