"""Another study's finding told inside the authors' own sentence ("we recall that a small
pilot trial of X in 2017 gave inconclusive results, and argue ...") or opening a sentence
with the results it gave ("A pilot trial of X gave encouraging results.") is cited work: the drug
named only there is not given in the record's own study. Shown by holdout243 27200034 (an
editorial on kappa antagonists read as about LDN). Session 25, round 68, c68a."""

import pytest
from written import facts

EDITORIAL = ("Editorial",)


@pytest.mark.parametrize(
    "told",
    [
        "In this editorial we look back at opioid research in depression, note that a "
        "small crossover trial of low-dose naltrexone gave negative results, and discuss "
        "tianeptine.",
        "In this commentary we trace the history of opioid research in depression, recall "
        "that one open study of low-dose naltrexone in 2019 gave modest results, and make "
        "the case for tianeptine.",
        "Opioid modulation is an old idea in depression. A small pilot of low-dose "
        "naltrexone gave inconclusive results. We discuss why tianeptine deserves a fresh "
        "look.",
    ],
)
def test_recalled_finding_is_cited_work(told: str) -> None:
    f = facts("Opioids and the treatment of depression", told, EDITORIAL)
    assert not f.on_topic


def test_own_trial_told_in_first_person_stays_on_topic() -> None:
    """Near miss: the record's own trial, not a recalled one."""
    f = facts(
        "Low-dose naltrexone added to sertraline in depression",
        "Methods: We randomised 64 adults with major depression taking sertraline to "
        "low-dose naltrexone 4.5 mg or placebo. Results: Response was 41% vs 22%.",
        ("Randomized Controlled Trial",),
    )
    assert f.on_topic


def test_pilot_giving_the_drug_stays_on_topic() -> None:
    """Near miss: "gave" as the dosing verb of the record's own trial, not its results."""
    f = facts(
        "Low-dose naltrexone in depression: an open trial",
        "A 12-week open trial gave low-dose naltrexone 4.5 mg nightly to 24 adults with "
        "major depression on sertraline. Depression scores fell by half.",
        ("Clinical Trial",),
    )
    assert f.on_topic
