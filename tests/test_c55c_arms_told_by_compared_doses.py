"""An allocation to a number of the drug's doses or strengths, named only by their number
("randomised double-blind to one of two naltrexone strengths"), whose doses are told only
where the outcomes of the arms are set against each other ("Compared with 1.5 mg, the
4.5 mg strength produced a greater MADRS reduction"), compares those doses (round 55,
c55c; shown by holdout189 20800009, the LODEP conference abstract whose doses stood only
in its conclusions). A single-dose trial compared with placebo, or with a dose reported
elsewhere, and another drug's two doses, compare no LDN doses."""

from __future__ import annotations

import pytest
from written import RCT, facts

TITLE = (
    "Low-dose naltrexone in treatment-resistant depression: preliminary results of the LODEP trial"
)
TWO = (
    "Methods: Forty-six outpatients with treatment-resistant depression, all continuing "
    "bupropion-based regimens, were randomised double-blind to one of two naltrexone "
    "strengths taken nightly for 8 weeks. MADRS was rated every 2 weeks.\n"
)
THREE = (
    "Methods: Sixty adults with major depressive disorder on sertraline were randomly "
    "assigned to one of three LDN doses for 12 weeks.\n"
)


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        # the record's wording
        (
            "Objective: To obtain preliminary efficacy data for low-dose naltrexone in "
            "treatment-resistant depression (TRD).\n"
            "Methods: Forty-six outpatients with TRD (failure of two or more adequate trials "
            "in the current episode), all continuing bupropion-based regimens, some with "
            "low-dose aripiprazole augmentation, were randomised double-blind to one of two "
            "naltrexone strengths taken nightly for 8 weeks. MADRS was rated every 2 weeks.\n"
            "Results: Completion was 87%. Headache and insomnia were the most common adverse "
            "events.\n"
            "Conclusions: Compared with 1.5 mg, the 4.5 mg strength produced a greater MADRS "
            "reduction (-10.4 vs -6.2 points), supporting the higher dose for the planned "
            "confirmatory trial.",
            [1.5, 4.5],
        ),
        # probes: other words, doses, orders and sections
        (
            TWO + "Results: Completion was 87%.\nConclusions: Compared with 1.5 mg, the 4.5 mg "
            "strength produced a greater MADRS reduction (-10.4 vs -6.2 points).",
            [1.5, 4.5],
        ),
        (
            TWO + "Results: Compared with 1 mg, the 3 mg dose gave a larger MADRS reduction "
            "(-9.1 vs -5.0).",
            [1.0, 3.0],
        ),
        (
            TWO + "Results: Remission was more frequent on 4.5 mg than on 1.5 mg (38% vs 21%).",
            [1.5, 4.5],
        ),
        (
            THREE + "Results: Relative to 0.5 mg, the 2 mg group showed a greater HAM-D "
            "reduction; the 4 mg group had more insomnia.",
            [0.5, 2.0, 4.0],
        ),
        # an unlabelled abstract
        (
            "Forty adults with major depressive disorder were randomised to one of two "
            "naltrexone strengths for 8 weeks. Versus 1 mg, the 4 mg strength produced a "
            "larger response rate (45% vs 30%).",
            [1.0, 4.0],
        ),
    ],
)
def test_doses_told_by_the_arms_compared(abstract: str, doses: list[float]) -> None:
    f = facts(TITLE, abstract, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


@pytest.mark.parametrize(
    "abstract",
    [
        # one dose against placebo
        "Methods: Forty adults with major depressive disorder were randomised to naltrexone "
        "4.5 mg or placebo.\nResults: Compared with placebo, the 4.5 mg dose produced a greater "
        "MADRS reduction.",
        # one dose against one reported elsewhere
        "Methods: Forty adults with major depressive disorder took naltrexone 4.5 mg nightly "
        "for 8 weeks.\nConclusions: Compared with 1.5 mg reported elsewhere, the 4.5 mg dose "
        "produced a greater MADRS reduction.",
        # another drug's two doses
        "Methods: Forty adults with major depressive disorder on naltrexone 4.5 mg were "
        "randomised to one of two sertraline doses.\nResults: Compared with 50 mg, the 100 mg "
        "dose produced a greater reduction.",
    ],
)
def test_no_ldn_doses_compared(abstract: str) -> None:
    f = facts(TITLE, abstract, RCT)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
