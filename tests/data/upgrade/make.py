"""Build a database with the first release of ldn-watch (commit d09cad3): records, verdicts,
a watermark, a digest log and a queued email, for the upgrade test."""
import sys, os, shutil
from datetime import date
from pathlib import Path
from dataclasses import replace
from ldn_watch.config import load_config
from ldn_watch.app import make_watcher
from ldn_watch.pubmed.standin import StandinEutils
from ldn_watch.pubmed.parse import iter_records

out = Path(sys.argv[1]); db = out / "store-v1.sqlite"
for p in out.glob("store-v1.sqlite*"): p.unlink()
cfg = load_config(None)
recs = [r for r in iter_records("/work/shared/eval/dev.xml")]
first, second = recs[:30], recs[30:]
with StandinEutils(rate_limit=False) as s:
    s.add_articles(first, edat=date(2026, 11, 2), mdat=date(2026, 11, 2))
    c = replace(cfg, pubmed=replace(cfg.pubmed, eutils_url=s.base_url, email="t@localhost", api_key=None, max_tries=1),
                database_url=f"sqlite:///{db}",
                digest=replace(cfg.digest, out_dir=out / "digests"),
                email=replace(cfg.email, enabled=True, smtp_host="127.0.0.1", smtp_port=9, to=["reader@example.org"], security="none", timeout=1))
    with make_watcher(c) as w:
        summary = w.run_cycle(today=date(2026, 11, 9))
        print("run1", len(summary.new), summary.delivery_error)
        s.add_articles(second, edat=date(2026, 11, 10), mdat=date(2026, 11, 10))
        old = first[0]
        s.revise(old.pmid, date(2026, 11, 12), old.raw_xml.replace(b"<ArticleTitle>", b"<ArticleTitle>[Corrected] ", 1))
        summary = w.run_cycle(today=date(2026, 11, 16), send_email=False)
        print("run2", len(summary.new), summary.delivery_error)
        import sqlite3
con = sqlite3.connect(db)
for t in ["articles","assessments","runs","digests","digest_items","article_changes","meta"]:
    print(t, con.execute(f"select count(*) from {t}").fetchone())
print(con.execute("select id,kind,outcome,window_start,window_end from runs").fetchall())
print(con.execute("select id,email_status,subject from digests").fetchall())
con.execute("PRAGMA wal_checkpoint(TRUNCATE)"); con.close()
