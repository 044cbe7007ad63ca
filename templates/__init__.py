"""The packaged digest templates, installed as ``ldn_watch.templates``; a user folder can override them."""
