"""Add one blind measurement to the README of each set in a `bench/outcomes.py bar` printout.

    python3 bench/briefs/add_measurement.py . bar.txt "First blind measurement" "CODE, when"

Each set's README gets a numbered line under "### Measurements" with the figures and whether
the set meets issue 10's bar, and the promise that only these summary figures were read.
"""

import re
import sys
from pathlib import Path

repo, barfile, ordinal, label = sys.argv[1:5]
for line in Path(barfile).read_text().splitlines():
    m = re.match(r"^((?:holdout|registry|preprints)\d+)\s+(.*?)\s+(AT BAR|under: .*)$", line)
    if not m:
        continue
    name, figs, verdict = m.groups()
    readme = Path(repo) / "bench" / name / "README.md"
    if not readme.exists():
        sys.exit(f"no {readme}")
    text = readme.read_text()
    head = "### Measurements"
    if head not in text:
        text = text.rstrip() + f"\n\n{head}\n(none yet)\n"
    body = text.split(head, 1)[1]
    k = len(re.findall(r"^\d+\. ", body, re.M)) + 1
    entry = (
        f"{k}. **{ordinal}** ({label}): {figs}. {'At the bar.' if verdict == 'AT BAR' else 'Under the bar: ' + verdict[7:] + '.'}\n"
        "   Only these summary figures were read; the per-record errors stay unread.\n"
    )
    if "(none yet)" in body:
        body = body.replace("(none yet)", entry.rstrip("\n"), 1)
    else:
        body = body.rstrip("\n") + "\n" + entry
    readme.write_text(text.split(head, 1)[0] + head + body)
    print(name, k)
