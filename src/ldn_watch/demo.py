"""`ldn-watch demo`: the whole product in one command, with no network.

Real PubMed records about naltrexone and mood (bundled in ``demo_data``) are served
by the same stand-in E-utilities server the tests use, beside stand-ins for
ClinicalTrials.gov (the 2017 pilot's registration, reconstructed from its published
facts, and invented registrations) and Europe PMC (an invented preprint), into a
fresh temporary database; the cycle is the real `run` code path end to end: the
three clients, parsers, store, classifier, studies, digest archive. Only email is off.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from importlib.resources import as_file, files
from pathlib import Path

from ldn_watch.app import CycleSummary, make_watcher
from ldn_watch.config import Config
from ldn_watch.model import GapState
from ldn_watch.pubmed.standin import StandinEutils
from ldn_watch.sources.ctgov.standin import StandinCtgov
from ldn_watch.sources.europepmc.standin import StandinEuropePmc

SAMPLE = "pubmed-sample.xml"
# The demo's gaps come partly from invented records: every page and the terminal say so,
# so that nobody takes the demo's "addressed" for the state of the literature.
DEMO_MARK = "(demo: real PubMed records plus invented registrations and a preprint)"


@dataclass
class DemoResult:
    out_dir: Path
    database: Path
    summary: CycleSummary
    gaps: list[GapState]  # each gap's status after the cycle


def run_demo(config: Config, out_dir: Path | None = None) -> DemoResult:
    """Run one cycle against the bundled records; the digest lands in ``out_dir``."""
    work = Path(tempfile.mkdtemp(prefix="ldn-watch-demo-"))
    out = (out_dir or work / "digest").expanduser().resolve()
    database = work / "demo.db"
    registry, preprints = StandinCtgov(), StandinEuropePmc()
    with StandinEutils(rate_limit=False) as standin, registry, preprints:
        with as_file(files("ldn_watch.demo_data").joinpath(SAMPLE)) as sample:
            standin.load(sample)
        registry.load_demo()
        preprints.load_demo()
        demo_config = replace(
            config,
            pubmed=replace(
                config.pubmed,
                eutils_url=standin.base_url,
                email=config.pubmed.email or "demo@localhost",
                api_key=None,
            ),
            database_url=f"sqlite:///{database}",
            digest=replace(
                config.digest,
                out_dir=out,
                wording=replace(
                    config.digest.wording, name=f"{config.digest.wording.name} {DEMO_MARK}"
                ),
            ),
            email=replace(config.email, enabled=False),
            ctgov=replace(config.ctgov, enabled=True, base_url=registry.base_url),
            europepmc=replace(config.europepmc, enabled=True, base_url=preprints.base_url),
        )
        with make_watcher(demo_config) as watcher:
            summary = watcher.run_cycle(send_email=False, out_dir=out)
            gaps = watcher.gap_states()
    return DemoResult(out_dir=out, database=database, summary=summary, gaps=gaps)
