"""One root for every failure ldn-watch reports to a user.

The CLI maps each kind to an exit status and a one-line message; anything that is
not an ``LdnWatchError`` is a programming bug and is allowed to surface as one.
"""

from __future__ import annotations


class LdnWatchError(Exception):
    """Root of the errors a user can act on; ``str(e)`` is the one-line message."""

    exit_code = 1


class ConfigError(LdnWatchError):
    """The config file, an environment variable or an option has a bad value."""

    exit_code = 2


class InputError(LdnWatchError):
    """A file given by the user cannot be read or parsed."""

    exit_code = 2


class FetchError(LdnWatchError):
    """E-utilities could not be reached or kept failing after retries."""


class StorageError(LdnWatchError):
    """The database could not be opened, migrated or written."""


class BadDatabaseError(StorageError):
    """The database URL points at something ldn-watch cannot use: a plain path, an unknown
    scheme, a folder, a file that is not SQLite, a damaged one, another program's data.
    Exit 2: the target is wrong, not the work."""

    exit_code = 2


class DeliveryError(LdnWatchError):
    """A digest could not be written or sent."""


class LockedError(LdnWatchError):
    """Another cycle holds the lock; exit 75 (EX_TEMPFAIL) so cron retries later."""

    exit_code = 75


class CancelledError(LdnWatchError):
    """A cycle was stopped on request (SIGTERM); what was stored stays, the window is redone."""
