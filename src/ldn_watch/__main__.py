"""``python -m ldn_watch`` is the same as the ``ldn-watch`` command."""

from ldn_watch.cli import main

raise SystemExit(main())
