"""Write one engineer's brief for a round of issue-10 fixes into /work/notes/prompts/.

    python3 bench/briefs/engineer_brief.py NAME "03:12 UTC" TARGETS.txt

TARGETS.txt: a line of theme, then the blocks `bench/outcomes.py errors` printed for the
records given to this engineer. Set ROUND and BASE (an `outcomes.py run open` of main at the
round's start, and `rp_base<ROUND>.jsonl` of 'registry7*' 'registry8*' 'registry9*' 'preprints7*'
'preprints8*'; the lead runs the full `openrp` diff at the merge) before writing. Each engineer works in /work/wt/NAME on branch NAME, with the
default_config symlink; merge with `--no-ff`, then lint, the full suite and a diff.
"""

import sys
from pathlib import Path

name, stopat, targets = sys.argv[1], sys.argv[2], Path(sys.argv[3]).read_text()
ROUND, BASE = 106, "/work/notes/open_base106.jsonl"
SESSION = 50
text = f"""# Brief: round {ROUND}, engineer `{name}` — issue 10 (verdict precision on unseen kinds)

You are one of the engineers fixing ldn-watch's classifier (`src/ldn_watch/assess/`) this
round. Your worktree is `/work/wt/{name}` on branch `{name}` (made from main). Work and commit
only there. Stop by **{stopat}** (look at `date -u`): commit what is green, then report.

## Read first
- `issues show 10` (the issue), `/work/shared/CONTRACT.md` (labels and settled conventions).
- `src/ldn_watch/assess/` (roles.py computes sentence roles once; every fact must use them),
  `tests/written.py` (the `facts(title, abstract, kind)` helper) and a few recent tests
  (`ls -t tests | head`), e.g. `tests/test_s32_named_trial_measure_substudy.py`.
- The labelled records of the sets named below (`bench/SET/holdout.jsonl`, or
  `labels.jsonl` + `studies.json`/`results.json`) — these sets are open to you. Do not open
  sets listed in `bench/closed.txt`, and do not open `/work/notes` or `/work/briefs` beyond this
  file and the base file named below.

## Your targets (errors of the code on main, `bench/outcomes.py errors`)
{targets}

## How to fix
- **What this round is judged on.** A fresh blind batch about the same kinds is being written
  now by people who never saw the code; you will not see it; it is measured after your round.
  Last session's rounds fixed 58 opened records and moved no blind figure: each fix matched its
  record's phrase, and the blind records said the same fact in other words. So,
  before coding each fix, write down (in the test file's docstring) at least five ways real
  abstracts state the same fact, and make the rule reach them through the roles and the arms
  model, not one more phrase; write a probe for at least three of those wordings.
- Fix each error as a **kind**: find what the record's words have in common with other
  records of its kind, and make the rule right for that reason (CONTRACT.md). Never key on an
  id, a title, a trial name or a phrase only that record has.
- For each fix write a test file `tests/test_s{SESSION}_<what>.py` (docstring: the kind, the record
  that showed it as `SET ID`, "Session {SESSION}, round {ROUND}, {name}"). Its probes are records you
  write in your own words (not copied from the set) that fail before the fix and pass after,
  plus at least one near miss that must keep its verdict. Precision first: where in doubt,
  the gap is "no" with a reason.
- Prefer extending sentence roles (roles.py), the arms model (arms.py) and the drug spec
  (spec.py) over new skip-lists in one fact's module; the test `tests/test_roles.py` must stay
  green.
- If a label looks wrong by CONTRACT.md, do not code for it: say so in your report.
- An error you cannot fix without breaking others: leave it, and say why in the report.

## Checks before each commit (in the worktree)
```
export PYTHONPATH=$PWD/src PY=/work/main/.venv/bin/python
/work/main/.venv/bin/ruff check src tests bench && /work/main/.venv/bin/ruff format --check src tests bench && /work/main/.venv/bin/mypy
$PY -m pytest -q -p no:cacheprovider -x tests/test_roles.py tests/test_s{SESSION}_*.py   # each commit
$PY -m pytest -q -p no:cacheprovider -x -n 2 $(grep -l -E "^from written|ldn_watch.assess" tests/*.py)   # once, before your last commit
$PY bench/outcomes.py run open --out /tmp/{name}_new.jsonl --jobs 1
$PY bench/outcomes.py diff {BASE} /tmp/{name}_new.jsonl
```
Always also run (registrations and preprints go through the same readers; a skipped run let a worse record through in round 87)
`$PY bench/outcomes.py run 'registry7*' 'registry8*' 'registry9*' 'preprints7*' 'preprints8*' 'preprints90' --out /tmp/{name}_rp.jsonl --jobs 1` and
`$PY bench/outcomes.py diff /work/notes/rp_base{ROUND}.jsonl /tmp/{name}_rp.jsonl` (about 3 minutes).
The diff compares every open PubMed record with the round's base: **0 worse** is required
(a "worse" you believe is a label error: say so, with the record, in your report). Name the
records each commit makes better in its message, e.g.
`roles: ... (holdout350 39300002: serotonergic addressed -> no)`. Commit each fix on its own
with `git commit`; do not merge, rebase or push, and never use
`git stash` (it is shared by every worktree of the repository: another engineer may pop yours).

## Report (your last message, short)
Commits (hash + one line each), the diff's final line, targets left and why, labels you
think are wrong.
"""
Path(f"/work/notes/prompts/full_{name}.md").write_text(text)
print(f"/work/notes/prompts/full_{name}.md")
