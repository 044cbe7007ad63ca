"""ldn-watch: watches PubMed for studies that close the gaps of the 2017 LDN depression pilot."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ldn-watch")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0"
