"""A protocol's planned sample said per arm in the sentence that justifies it by what it
lets the study estimate ("With 20 women per arm, the study can estimate retention within
14%"): the plan is that size times the arms (40). A results paper's size per arm said only
beside its precision is no plan of its own.
Shown by holdout362 40700033 (a pilot protocol of 2 x 20 = 40 read as stating no n).
Session 34, round 88, c88a."""

from written import PROTOCOL, RCT, facts

TITLE = "Low-dose naltrexone for postpartum depression: protocol for a pilot randomised trial"
ABSTRACT = (
    "Methods: This pilot will randomise women with postpartum depression to naltrexone 2 mg "
    "daily or placebo for 8 weeks. Feasibility outcomes are recruitment and retention. With "
    "{k} women per arm, the study can estimate retention within plus or minus 14%.\n"
    "Discussion: The pilot will inform a definitive trial."
)


def test_planned_per_arm_times_arms() -> None:
    assert facts(TITLE, ABSTRACT.format(k=20), PROTOCOL).n == 40
    assert facts(TITLE, ABSTRACT.format(k=30), PROTOCOL).n == 60


def test_results_paper_keeps_its_own() -> None:
    # near miss: no protocol; the precision sentence is no plan to take
    title = "Low-dose naltrexone for postpartum depression: a randomised pilot"
    abstract = (
        "Methods: Women with postpartum depression were given naltrexone 2 mg daily or "
        "placebo for 8 weeks. With 20 women per arm, the study can estimate retention.\n"
        "Results: Eighteen women completed the trial."
    )
    assert facts(title, abstract, RCT).n != 40
