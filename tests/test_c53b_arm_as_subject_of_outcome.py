"""Kind: after an allocation to a number of the drug's doses, the doses named only in the
results, each as the people whose outcome the clause tells ("Participants on 2 mg/day
showed a reduction of 2.1, whereas those on 4 mg/day improved by 4.6"): each dose is an
arm's, compared. A trial of one dose against placebo, a raise for non-responders, doses of
another drug and a low dose against a standard dose stay "no".

Round 53, c53b; the record that showed it: holdout182 20100018 ("Comparing two low doses of
naltrexone for anhedonic depression": doses read [], dose-finding missed).
"""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract", "types", "doses", "compares"),
    [
        # the record's wording
        (
            "Comparing two low doses of naltrexone for anhedonic depression",
            "Anhedonia predicts poor response to first-line antidepressants. We randomized 46 "
            "adults with major depressive disorder and prominent anhedonia (SHAPS >= 5), free "
            "of antidepressants, to one of two low doses of naltrexone for 8 weeks. "
            "Participants on 2 mg/day showed a mean SHAPS reduction of 2.1, whereas those on "
            "4 mg/day improved by 4.6 (p = 0.03); MADRS change followed the same pattern. "
            "Reward-task activation in the ventral striatum increased only at the higher dose.",
            RCT,
            [2.0, 4.0],
            True,
        ),
        # probes of the same kind
        (
            "Low-dose naltrexone at two doses in persistent depressive disorder",
            "Adults with persistent depressive disorder were randomly assigned to one of two "
            "nightly naltrexone doses for 12 weeks. Patients given 1 mg responded in 28%, while "
            "those given 3 mg responded in 47%.",
            RCT,
            [1.0, 3.0],
            True,
        ),
        (
            "A randomized comparison of two doses of low-dose naltrexone in depression",
            "Sixty outpatients with major depressive disorder were randomized. Those taking "
            "1.5 mg daily improved by 5.0 points on the MADRS and those taking 4.5 mg daily "
            "improved by 8.2 points.",
            RCT,
            [1.5, 4.5],
            True,
        ),
        (
            "Naltrexone in bipolar depression",
            "We randomized 40 adults with bipolar depression to one of two doses of "
            "naltrexone. The group on 2.5 mg had a response rate of 35%; the group on 4.5 mg "
            "had 55%.",
            RCT,
            [2.5, 4.5],
            True,
        ),
        # near misses: still no dose comparison
        (
            "Naltrexone in major depression",
            "We randomized 50 adults with major depressive disorder to low-dose naltrexone or "
            "placebo for 8 weeks. Participants on 4.5 mg/day improved by 6.1 points, those on "
            "placebo by 3.0.",
            RCT,
            [],
            False,
        ),
        (
            "Naltrexone in major depression: an open trial",
            "Adults with major depressive disorder received naltrexone 1.5 mg nightly; "
            "non-responders at week 4 were raised to 4.5 mg. Patients on 4.5 mg improved by "
            "3.2 points and those on 1.5 mg improved by 6.0 points.",
            JOURNAL,
            [1.5, 4.5],
            False,
        ),
        (
            "Naltrexone added to sertraline in depression",
            "Adults with major depressive disorder were randomized to one of two sertraline "
            "doses, all with naltrexone 4.5 mg. Those on 100 mg improved by 5 points, those on "
            "200 mg improved by 7 points.",
            RCT,
            [4.5],
            False,
        ),
        (
            "Comparing two doses of naltrexone in depression",
            "We randomized 44 adults with major depressive disorder to one of two naltrexone "
            "doses. Those on 4.5 mg improved by 5 points, whereas those on 50 mg improved by "
            "4 points.",
            RCT,
            [4.5],
            False,
        ),
    ],
)
def test_arm_told_as_subject_of_its_outcome(
    title: str, abstract: str, types: tuple[str, ...], doses: list[float], compares: bool
) -> None:
    f = facts(title, abstract, types)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses is compares
