"""A consensus statement of an expert panel (a Delphi process, a consensus conference):
its participants are experts voting, not people given a treatment, so the design is
other, whatever trials and doses its statements cite. Shown by holdout250 27900026 (a
Delphi statement on prescribing, read as a nonrandomised trial). Session 26, round 70,
c70a."""

import pytest
from written import JOURNAL, facts

CONSENSUS = ("Journal Article", "Consensus Development Conference")


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        (
            "Low-dose naltrexone in depression: an expert consensus on use in practice",
            "Method: Twenty-two psychiatrists and pharmacists took part in three rounds of a "
            "modified Delphi process, informed by a review of the published trials (a 20-patient pilot "
            "at 2 mg/day and a 150-patient trial at 4.5 mg/day).\nResults: The panel "
            "agreed that naltrexone 1.5 mg rising to 4.5 mg may be tried as an add-on after "
            "two failed antidepressants.",
            CONSENSUS,
        ),
        (
            "Prescribing low-dose naltrexone for depressive disorders: a Delphi study",
            "Objective: The drug is used for depression with little trial evidence.\n"
            "Methods: A Delphi panel of 31 clinicians rated 45 statements over two rounds, "
            "after a summary of a 96-patient trial comparing 1.5, 3 and 4.5 mg/day.\n"
            "Results: Consensus supported starting naltrexone at 1.5 mg and aiming for "
            "4.5 mg/day in depression.",
            JOURNAL,
        ),
        (
            "International consensus statement on low-dose naltrexone for depression",
            "Experts from eight countries met to agree guidance, having read a pilot of 12 "
            "patients given 2 mg/day. They endorsed naltrexone at "
            "4.5 mg nightly as an adjunct in major depression and set monitoring at 4 weeks.",
            CONSENSUS,
        ),
    ],
)
def test_consensus_panel_is_other(title: str, abstract: str, types) -> None:
    f = facts(title, abstract, types)
    assert f.design == "other"


def test_trial_with_delphi_chosen_outcome_stays_trial() -> None:
    """Near miss: a trial whose outcome set an earlier Delphi process chose."""
    f = facts(
        "Low-dose naltrexone added to SSRIs in depression: a randomised trial",
        "Methods: We randomised 70 adults on SSRIs to naltrexone 4.5 mg or placebo; the "
        "outcome set came from a published Delphi consensus.\nResults: MADRS fell more with "
        "naltrexone.",
        ("Journal Article", "Randomized Controlled Trial"),
    )
    assert f.design == "rct"
