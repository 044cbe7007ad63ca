"""Test-only fault injection: SIGKILL this process at the n-th call of a function.

Put this folder on PYTHONPATH and set ``LDN_WATCH_KILL_AT`` to
``module:attribute:n[:before|after]`` (attribute may be ``Class.method``), e.g.
``ldn_watch.digest.archive:atomic_write:1:after`` or ``tempfile:mkstemp:4:after``.
The process dies as a power cut or ``kill -9`` would end it: no cleanup, no finally.
Nothing in ldn-watch knows about this file.
"""

import os

_SPEC = os.environ.get("LDN_WATCH_KILL_AT")

if _SPEC:
    import functools
    import importlib
    import signal

    def _install(spec: str) -> None:
        module_name, attribute, nth, *rest = spec.split(":")
        when = rest[0] if rest else "before"
        target = importlib.import_module(module_name)
        *owners, name = attribute.split(".")
        for owner in owners:
            target = getattr(target, owner)
        original = getattr(target, name)
        calls = [0]

        @functools.wraps(original)
        def wrapper(*args, **kwargs):
            calls[0] += 1
            if calls[0] == int(nth) and when == "before":
                os.kill(os.getpid(), signal.SIGKILL)
            result = original(*args, **kwargs)
            if calls[0] == int(nth) and when == "after":
                os.kill(os.getpid(), signal.SIGKILL)
            return result

        setattr(target, name, wrapper)

    _install(_SPEC)
