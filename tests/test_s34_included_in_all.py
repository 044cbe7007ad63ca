"""The participants said as what a selection came to, "N in all" closing the clause that
includes them ("Of 2,100 patients with an LDN prescription, those with a depressive episode
were included, 240 in all (11.4%)"): the cohort is the 240, not the pool it was drawn from.
"in all" that goes on to name something ("12 patients in all arms") totals nothing.
Shown by holdout366 41300009 (a cohort of 212 read as its pool of 1,340). Session 34,
round 88, c88a."""

from written import facts

TITLE = "Low-dose naltrexone prescribing for depression: a retrospective cohort study"
TYPES = ("Journal Article", "Observational Study")


def test_in_all_is_the_cohort() -> None:
    abstract = (
        "Design and setting: Retrospective cohort study using primary care records.\n"
        "Method: Of 2,100 patients with at least one LDN prescription, those with a coded "
        "depressive episode and a PHQ-9 of 10 or more were included, 240 in all (11.4%). LDN "
        "was prescribed at 4.5 mg nightly.\n"
        "Results: Mean PHQ-9 fell from 16.1 to 12.7."
    )
    assert facts(TITLE, abstract, TYPES).n == 240


def test_in_all_arms_totals_nothing() -> None:
    # near miss: "in all arms" names where; the sample is the 90 included
    abstract = (
        "Method: We included 90 patients with depression prescribed LDN 4.5 mg nightly; "
        "12 patients in all arms stopped early.\n"
        "Results: Mean PHQ-9 fell from 16.1 to 12.7."
    )
    assert facts(TITLE, abstract, TYPES).n == 90
