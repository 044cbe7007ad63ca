"""JSON Schemas of what ldn-watch prints for scripts (``report --json``)."""
