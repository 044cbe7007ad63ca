"""A drug stopped together with the watched drug, after an event on both ("Naltrexone was
stopped, escitalopram was tapered"): a stop at the end of the course they were taken in
together, not a stop before the watched drug began. Shown by holdout321 36000028 (a case
report of hypomania on LDN with escitalopram, read as an escitalopram stopped before).
Session 31, round 80, c80d."""

import pytest
from written import CASE, facts

CASES = [
    (
        "Mania after adding low-dose naltrexone: a case report",
        "A woman of 45 with depression despite sertraline 100 mg daily was prescribed "
        "naltrexone 4.5 mg at night. After three weeks she became manic. Naltrexone was "
        "discontinued and sertraline was stopped, and olanzapine was given.",
    ),
    (
        "Serotonin-related agitation on low-dose naltrexone: case report",
        "A 50-year-old man remained depressed on citalopram 20 mg daily and began naltrexone "
        "3 mg nightly. Agitation followed within days; LDN was stopped and citalopram was "
        "tapered off over two weeks.",
    ),
    (
        "Hypomanic switch with low-dose naltrexone in a patient on fluoxetine",
        "A man of 27 whose depression persisted on fluoxetine 40 mg daily started naltrexone "
        "4.5 mg. In week 2 he slept little and spent heavily. Naltrexone was withdrawn, "
        "fluoxetine was discontinued, and the hypomania settled.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), CASES)
def test_drug_stopped_with_the_watched_one_was_taken(title: str, abstract: str) -> None:
    assert facts(title, abstract, CASE).concomitant_classes == ["serotonergic"]


def test_drug_stopped_before_the_watched_one_is_not_taken() -> None:
    # near miss: the antidepressant stopped first, the watched drug begun after it
    title = "Low-dose naltrexone after stopping an SSRI: a case report"
    abstract = (
        "A woman of 36 had depression despite escitalopram 10 mg daily. Escitalopram was "
        "tapered and stopped, and naltrexone 4.5 mg was started; her PHQ-9 fell to 6."
    )
    assert facts(title, abstract, CASE).concomitant_classes == []
