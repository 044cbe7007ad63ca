"""The people randomised named as the frame of a results sentence ("Of 80 randomised
participants (mean age 40), 72 were allocated to the retained arms and 67 completed") are
the sample (80): the counts the frame parts them into, and an arm dropped under an earlier
protocol ("8 participants were randomised to naltrexone 1 mg before that arm was closed"),
are parts of it. A frame of the people screened ("Of 80 screened, 52 were randomised") is a
pool, and the later count stays the sample.
Shown by holdout367 41400030 (a dose-finding trial of 78 read as the 71 in its retained
arms). Session 34, round 88, c88a."""

from written import RCT, facts

TITLE = "Low-dose naltrexone for persistent depressive disorder: a dose-finding trial"


def _abstract(results: str) -> str:
    return (
        "Interventions: Naltrexone 2.5 mg, naltrexone 4.5 mg or placebo once daily for 12 "
        "weeks. Under the original protocol, 8 participants were randomised to naltrexone 1 mg "
        "before that arm was closed.\n"
        f"Results: {results} A dose-response signal was confirmed."
    )


def test_randomised_frame_is_the_sample() -> None:
    results = (
        "Of 80 randomised participants (mean age, 40 years; 50 women), 72 were allocated to "
        "the retained arms and 67 completed."
    )
    assert facts(TITLE, _abstract(results), RCT).n == 80


def test_screened_frame_is_a_pool() -> None:
    # near miss: the frame is the pool screened; the randomised are the sample
    results = "Of 80 screened participants, 72 were randomised and 67 completed."
    assert facts(TITLE, _abstract(results), RCT).n == 72


def test_derived_report_frame_is_the_parents() -> None:
    # near miss: in a secondary analysis the randomised frame is the parent trial's people;
    # the report's own sample is those it included
    title = (
        "Effects of low-dose naltrexone on anhedonia: a secondary analysis of a randomized trial"
    )
    abstract = (
        "Design: Prespecified secondary analysis of a 12-week randomized trial of naltrexone "
        "4.5 mg or placebo added to SSRIs. Of the 240 randomized participants, 225 with a "
        "baseline and a later pleasure scale rating were included.\n"
        "Results: LDN reduced anhedonia more than placebo."
    )
    assert facts(title, abstract, RCT).n == 225
