"""How ``store-v1.sqlite`` was made: with the first release of ldn-watch (commit d09cad3).

    git worktree add /tmp/v1src d09cad3
    PYTHONPATH=/tmp/v1src/src python tests/data/upgrade/make_store_v1.py OUT_DIR

Two cycles against the stand-in E-utilities server: the first stores 30 of the 44
eval records and queues an email that cannot be sent (SMTP on a closed port), the
second stores the other 14 and a corrected title. The result holds records, verdicts,
a change log, runs with a watermark, two digests and a pending email: what the
upgrade test checks survives the migration. It runs only against the old release.
"""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from ldn_watch.app import make_watcher
from ldn_watch.config import load_config
from ldn_watch.pubmed.parse import iter_records
from ldn_watch.pubmed.standin import StandinEutils

EVAL = Path(__file__).parents[1] / "eval_dev.xml"


def main(out: Path) -> None:
    db = out / "store-v1.sqlite"
    for old in out.glob("store-v1.sqlite*"):
        old.unlink()
    cfg = load_config(None)
    recs = list(iter_records(EVAL))
    first, second = recs[:30], recs[30:]
    with StandinEutils(rate_limit=False) as s:
        s.add_articles(first, edat=date(2026, 11, 2), mdat=date(2026, 11, 2))
        config = replace(
            cfg,
            pubmed=replace(
                cfg.pubmed, eutils_url=s.base_url, email="t@localhost", api_key=None, max_tries=1
            ),
            database_url=f"sqlite:///{db}",
            digest=replace(cfg.digest, out_dir=out / "digests"),
            email=replace(
                cfg.email,
                enabled=True,
                smtp_host="127.0.0.1",
                smtp_port=9,
                to=("reader@example.org",),
                security="none",
                timeout=1,
            ),
        )
        with make_watcher(config) as w:
            w.run_cycle(today=date(2026, 11, 9))
            s.add_articles(second, edat=date(2026, 11, 10), mdat=date(2026, 11, 10))
            old = first[0]
            corrected = old.raw_xml.replace(b"<ArticleTitle>", b"<ArticleTitle>[Corrected] ", 1)
            s.revise(old.pmid, date(2026, 11, 12), corrected)
            w.run_cycle(today=date(2026, 11, 16), send_email=False)
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
