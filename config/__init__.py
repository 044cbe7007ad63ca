"""The packaged default config and drug lexicon, installed as ``ldn_watch.default_config``."""
