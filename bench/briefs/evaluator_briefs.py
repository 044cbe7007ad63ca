"""Write the evaluators' briefs of one blind batch into /work/briefs/NAME.md (outside the repo).

    python3 bench/briefs/evaluator_briefs.py "02:10 UTC"      # the deadline written in them

Edit SETS for each batch (name, kind, id range, theme, notes; grep bench/ and tests/ first
for unused ids), list the names in bench/closed.txt, make a worktree per set
(`git worktree add -b NAME /work/wt/NAME main`) and give each evaluator only: "Read your
brief at /work/briefs/NAME.md and follow it exactly; open nothing else of the project than
what it allows." Kept in the repository so that a new machine does not lose it; the briefs
themselves live outside it, where the checkouts evaluators work in cannot show them.
"""

import sys
from pathlib import Path

BRIEFS = Path("/work/briefs")

# the theme and notes of an ordinary-stream set (a second sitting of one gets its own name)
ORDINARY_STREAM = (
    "an ordinary 2026 monthly stream for the watch's own query, \"low-dose naltrexone AND "
    '(depression OR mood OR anhedonia OR dysthymia)"',
    "Write what such a search really returns month after month, in its real proportions: trials, "
    "cohorts, case reports, reviews, letters, protocols, notices, animal work, LDN in other "
    "diseases, look-alike drugs, naltrexone at ordinary doses. Vary journals, countries, writing "
    "quality and abstract structure as real PubMed does.",
)

# ... and of an ordinary registry harvest
ORDINARY_REGISTRY = (
    "an ordinary ClinicalTrials.gov harvest for naltrexone + depression/mood",
    "What the registry really returns for naltrexone with depression, mood or dysphoria, in "
    "its real proportions: LDN trials in depression and in other diseases with mood outcomes, "
    "naltrexone at ordinary doses for alcohol or opioid use, look-alike drugs, observational "
    "studies and registries, every status from not yet recruiting to completed with results. "
    "Write doses as registrations do: in arms, interventions, titles, outcome time frames.",
)

# the theme of holdout404 and its second sitting holdout405 (batches 95 and 96)
LOOKALIKES = (
    "records that look like a gap-closing LDN trial in depression but are not one, mixed with "
    "real ones",
    "Write, in real PubMed proportions for such a mix, records whose words resemble a larger, "
    "dose-comparing or serotonergic/noradrenergic-combination LDN trial in depression but "
    "whose facts differ: errata, retraction notices, expressions of concern and comments on "
    "such trials; pooled, secondary, extension and post-hoc reports; naltrexone at 50 mg "
    "compared with LDN; nalmefene, samidorphan, naloxone or naltrexone-bupropion called "
    "low-dose; antidepressants only in a comparator arm, only before entry or for pain or "
    "sleep; depressed subgroups of other diseases; protocols and registrations not yet "
    "reporting. Include about a third real gap-closing trials written as plainly or as "
    "awkwardly as real abstracts are, so that both precision and recall are tested.",
)

# the theme and notes of an ordinary preprint harvest
ORDINARY_PREPRINTS = (
    "an ordinary two-year, all-server preprint harvest on naltrexone and depression or mood",
    "What Europe PMC's preprint search really returns for naltrexone with depression or mood "
    "over two years, from every server in real proportions: trials, cohorts, case series, "
    "reviews, protocols, secondary analyses, animal and mechanistic work, LDN in other "
    "diseases, naltrexone at ordinary doses and look-alike drugs.",
)

# the theme and notes of holdout410 (batch 98) and its second sitting holdout412 (batch 99)
HARD_NUMBERS = (
    "the numbers a reader needs, said the hard way",
    "LDN studies in depression or mood, and near misses, whose sample, doses and co-medication "
    "are said the way real abstracts say them when they are hard to read: screened, enrolled, "
    "randomised, analysed and completers all given; per-arm counts without a total; crossover "
    "periods; doses in micrograms, per kilogram, per week, as a range or a titration, as "
    "compounded liquid or sublingual forms; antidepressants named by brand, by class only, as "
    "a stable regimen, as a switch during the trial or only in a table-like sentence. Both "
    "records that close a gap and records that only seem to.",
)

# the theme and notes of holdout415 (batch 100) and its second sitting holdout417 (batch 101)
LDN_INSTEAD = (
    "LDN taken alone, against, after or instead of an antidepressant",
    "Studies and near misses where LDN is not simply added to a stable antidepressant: LDN "
    "monotherapy against an SSRI or SNRI, LDN versus placebo in antidepressant-free people, "
    "switches from an antidepressant to LDN, LDN started as the antidepressant is tapered, "
    "crossover designs with an antidepressant period, antidepressants given only to the "
    "comparator arm, only before entry, only as rescue, or to some participants for another "
    "reason, and trials that really do add LDN to serotonergic or noradrenergic drugs. Say "
    "who takes which drug, in which arm, when and why.",
)

# the theme and notes of holdout423 (batch 103): the kinds issue 10 names as untried, together
UNTRIED_KINDS = (
    "LDN and depression in the kinds of record the rules meet least",
    "Conference abstracts (short, unstructured, no publication type beyond Congress or Journal "
    "Article), records in other languages with an English abstract (vernacular title, Language "
    "not eng), adolescents and children, bipolar depression, perinatal and postpartum "
    "depression, older adults, LDN monotherapy against an SSRI, and their near misses: the same "
    "kinds with naltrexone at ordinary doses, with look-alike drugs, or with depression only as "
    "an outcome of another disease. Include real gap-closing trials among them, written as "
    "plainly or as awkwardly as such records are.",
)

# Batch 194 (session 71): five PubMed sets of 20, one registry and one preprint set of 30,
# measured on the code carrying batch 193's fixes.
SETS = [
    ("holdout817", "holdout", "52206581-52206600", *ORDINARY_STREAM),
    ("holdout818", "holdout", "52206601-52206620", *LOOKALIKES),
    ("holdout819", "holdout", "52206621-52206640", *LDN_INSTEAD),
    ("holdout820", "holdout", "52206641-52206660", *HARD_NUMBERS),
    ("holdout821", "holdout", "52206661-52206680", *UNTRIED_KINDS),
    ("registry179", "registry", "NCT00292011-NCT00292040", *ORDINARY_REGISTRY),
    ("preprints172", "preprints", "PPR9902071-PPR9902100", *ORDINARY_PREPRINTS),
]

COMMON_READ = [
    "this brief",
    "`/work/shared/CONTRACT.md` (all of it: the labels and conventions are defined there)",
    "`/work/shared/eval/README.md` and `/work/shared/eval/score.py`",
    "`/work/shared/eval/dev.jsonl` (all of it: the labelling precedents)",
    "the first 3,000 characters of `/work/shared/eval/dev.xml`",
]

KIND = {
    "holdout": dict(
        n=20,  # 40 until batch 111, whose 40-record evaluators stopped before writing
        read=[
            "`bench/labelled_to_xml.py` in your worktree (its docstring says which optional fields "
            "a record may carry)"
        ],
        files="""- `bench/{name}/holdout.jsonl`: {n} records, one JSON object a line, in the format of
  `/work/shared/eval/dev.jsonl` (id, pmid, doi, nct_ids, title, journal, year, publication_types,
  abstract, abstract_complete, source_url, `labels` with every label key of dev.jsonl plus
  `retracted`, and a `rationale` quoting the words behind the labels), plus `synthetic: true`,
  `entrez_date` (rising with the id, 2025-01 to 2026-11), `family` (a name for records of one
  study, or null) and, where PubMed would carry them, `comments_corrections`, `mesh_terms`,
  `keywords`, `language`, `vernacular_title`, `secondary_source_ids`.
- `bench/{name}/holdout.xml`: made from it with
  `python3 bench/labelled_to_xml.py bench/{name}/holdout.jsonl bench/{name}/holdout.xml`.
- Ids and PMIDs {ids}, in order.""",
        shape="Abstracts 150-350 words as PubMed carries them (structured or not), shorter only "
        "where the kind is short (notices, letters, conference abstracts).",
    ),
    "registry": dict(
        n=30,
        read=[
            "`/work/shared/fixtures/ctgov/SOURCES.md` and the ClinicalTrials.gov API v2 study "
            "fixtures in that folder (for the shape of a full study object)",
            "the docstring of `bench/score_registry.py`, printed with "
            "`python3 -c \"import ast;print(ast.get_docstring(ast.parse(open('bench/score_registry.py').read())))\"` "
            "(nothing else of that file)",
        ],
        files="""- `bench/{name}/studies.json`: `{{"studies": [...]}}`, {n} ClinicalTrials.gov API v2 full-study
  objects shaped like the fixtures (protocolSection with its modules, derivedSection, hasResults,
  a resultsSection where results are posted), ids {ids} in order.
- `bench/{name}/labels.jsonl`: one line per record, `{{"id", "title", "labels"}}`, with every label
  key of dev.jsonl plus `retracted` (false) and `stopped` (true for WITHDRAWN, TERMINATED,
  SUSPENDED). A registration's `n` is its enrolment (actual, or planned for a protocol). Its
  `design` follows CONTRACT.md's "a trial registration ... without results is `protocol`",
  whatever its status (completed and terminated ones included).
- Every record must mention naltrexone and depression, mood or dysphoria somewhere the
  registry's search would find it (conditions, keywords, title or descriptions).""",
        shape="Descriptions (brief summary + detailed description) mostly 100-250 words; "
        "eligibility, arms, interventions and outcomes as real registrations write them.",
    ),
    "preprints": dict(
        n=30,
        read=[
            "`/work/shared/fixtures/europepmc/SOURCES.md` and the Europe PMC search fixtures in "
            "that folder (for the shape of a `resultType=core` answer)",
            "the docstring of `bench/score_registry.py`, printed with "
            "`python3 -c \"import ast;print(ast.get_docstring(ast.parse(open('bench/score_registry.py').read())))\"` "
            "(nothing else of that file)",
        ],
        files="""- `bench/{name}/results.json`: one Europe PMC `/search` answer (`resultType=core`,
  `{{"version", "hitCount", "request", "resultList": {{"result": [...]}}}}`) holding {n} preprint
  results, ids {ids} in order (`source` "PPR", `pubTypeList` with "Preprint", server in
  `bookOrReportDetails`, authors, `abstractText`, keywords, dates, versions and
  `commentCorrectionList` where Europe PMC would carry them).
- `bench/{name}/labels.jsonl`: one line per record, `{{"id", "title", "labels"}}`, with every label
  key of dev.jsonl plus `retracted`.
- Every record must contain "naltrexone" and one of depression, depressive, mood in its title,
  abstract or keywords (the search's words).""",
        shape="Abstracts 150-350 words, shorter only where the kind is short (posters, notices).",
    ),
}

TEMPLATE = """# Brief: write the blind labelled set `{name}` for ldn-watch

You are an evaluator. ldn-watch is a literature monitor: it reads PubMed, ClinicalTrials.gov and
Europe PMC preprint records about low-dose naltrexone (LDN) and depression, labels each record's
facts (on-topic, design, depression population, n, LDN doses, antidepressants taken alongside,
whether doses are compared, results) and decides three gaps (larger trials, serotonergic or
noradrenergic combination, dose-finding). Its classifier is measured on sets written by people
who have never seen it. You are one of them: **you must not see the classifier**, so that your
set measures how it does on records nobody showed it.

## Your set
- Name: `{name}`; kind: {kind}; {n} records; ids {ids}.
- Theme: **{theme}**.
- {notes}
- Everything is invented (studies, authors' words, numbers, DOIs, trial ids); nothing may
  describe or copy a real publication. Write as the real literature writes, with its real
  variety; make the records hard in the ways real records are hard, not in artificial ways.
- Mix: about two thirds on-topic. Aim for at least 4 records positive for each gap (addressed or
  in progress, as `expected_gaps` in score.py computes them) and at least as many near misses
  per gap: records that look as if they close it and, by the contract, do not. Kinds of record
  nobody has thought to try are welcome.
- {shape}
- Where records belong to one study, make them a family and link them as the source would.

## Where to work
Your worktree is `/work/wt/{name}` on branch `{name}` (already made). Write only the folder
`bench/{name}/` in it. Generator scripts and scratch files go under `/tmp/{name}-gen/` and are
not committed.

## What you may open, and nothing else
{read}

Do **not** open: anything under `src/`, `config/` or `tests/` of any checkout; any other file or
folder under `bench/` (other sets, `results`, the body of the scoring scripts); git history, logs
or other branches; `/work/main`; `/work/notes`; `/work/briefs` other than this file; other
worktrees. Do not run ldn-watch or the scoring scripts on your records. No web search. `ls bench`
for names only (to check your folder is new) is allowed. If you open something you should not,
say so under "Slips" — honesty here matters more than anything else.

## Labels
Decide every label by hand from the record's own text and structured fields, following
CONTRACT.md's definitions and its settled conventions, and dev.jsonl's precedents where the
contract is silent. The `rationale` quotes the words behind every label that is not obvious.
When a label is debatable, choose, and list it under "Debatable labels".

## Files
{files}
- `bench/{name}/README.md`, with these sections:
  - a title line `# {name}: <theme in a few words> ({n} blind records)`;
  - `## Files` (what each file holds, the id range, that everything is invented);
  - `## Written blind`: **Read** (every file you opened), **Ran** (every command of
    substance), **Not opened** (the forbidden list above, confirmed), **Slips** (or "none");
  - `## Mix`: on-/off-topic counts, designs, lengths, families, and the near misses and traps
    by kind, with ids;
  - the gap-positive ids per gap (addressed / in progress), computed with `expected_gaps`
    imported from `/work/shared/eval/score.py`;
  - `## Debatable labels` (id, label, why);
  - `## Scoring` with the command `.venv/bin/python bench/{score_cmd}`;
  - `### Measurements` with the line `(none yet)`.

## Check before you commit
JSON parses; ids unique, in range, in order; every label key present; designs and classes from
the contract's vocabularies; families and links point inside the set; word counts as above;
{check}

Then, in the worktree: `git add bench/{name} && git commit -q -m "bench: {name}, {theme_short} (blind)"`.
Commit only that folder. Finish by {deadline} at the latest (commit what you have, validated,
even if you wrote fewer records; say so in the README).

## Report (your last message, short)
Set name, commit hash, number of records, on/off-topic counts, gap-positive ids per gap, slips.
Nothing else.
"""


def main() -> None:
    deadline = sys.argv[1]
    BRIEFS.mkdir(exist_ok=True)
    for name, kind, ids, theme, notes in SETS:
        k = KIND[kind]
        read = "\n".join(f"- {r}" for r in COMMON_READ + k["read"])
        check = (
            "`holdout.xml` made with labelled_to_xml.py parses and holds every record."
            if kind == "holdout"
            else "every record holds the search's words; statuses, hasResults, resultsSection and "
            "`has_results`/`stopped` agree."
            if kind == "registry"
            else "every record holds the search's words."
        )
        score_cmd = f"score_sets.py {name}" if kind == "holdout" else f"score_registry.py {name}"
        text = TEMPLATE.format(
            name=name,
            kind=kind,
            n=k["n"],
            ids=ids,
            theme=theme,
            notes=notes,
            shape=k["shape"],
            read=read,
            files=k["files"].format(name=name, n=k["n"], ids=ids),
            check=check,
            score_cmd=score_cmd,
            deadline=deadline,
            theme_short=theme.split(":")[0].split(",")[0][:60],
        )
        (BRIEFS / f"{name}.md").write_text(text, encoding="utf-8")
        print(BRIEFS / f"{name}.md")


if __name__ == "__main__":
    main()
