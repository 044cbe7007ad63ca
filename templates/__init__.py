"""The packaged digest templates (``ldn_watch.templates``); a user folder overrides them."""
