"""Kind: an open-label (dose-finding, single-arm) study ends by naming the dose or range it
supports for a randomised trial to come, the dose written as numbers, a range or with its
unit ("supporting 2-4 mg as the range for a randomised trial"); that trial is future work,
not the study's design, so the study stays a "nonrandomized_trial" (CONTRACT.md: design is
the study itself). Shown by preprints87 PPR1000018 (an open-label dose-finding preprint read
as an RCT from its last sentence). Session 37, round 94, c94b.

Ways real conclusions name what they support for a trial to come:
1. "Doses of 2 to 4 mg/day appeared active, supporting 2-4 mg as the range for a
   randomised trial."
2. "These data support 2 mg and 4.5 mg for a randomised comparison in a placebo-controlled
   trial."
3. "The findings support 2–4.5 mg/day as the dose range for a randomized controlled trial."
4. "We propose 2 mg nightly as the dose for a randomized trial in adolescents." (read
   already: no number run before the article)
5. "4.5 mg is the dose to take forward into a placebo-controlled trial." (read already)
The words between the verb of support and the trial may now be numbers, ranges and units
(``roles._FUTURE``). A randomised trial that supports a dose "in this randomised trial"
stays an RCT.
"""

import pytest
from written import JOURNAL, facts, judge_preprint, preprint

TITLE = "Low-dose naltrexone in depression: an open-label dose-escalation study"
BODY = (
    "Methods: Adults with major depressive disorder received open-label naltrexone in an "
    "escalation of 1, 2 and 4.5 mg/day, two weeks per step.\n"
    "Results: Eighteen participants were enrolled; MADRS fell at each step.\n"
)


@pytest.mark.parametrize(
    "conclusion",
    [
        "Conclusions: Doses of 2 to 4.5 mg/day appeared active, supporting 2-4.5 mg as the "
        "range for a randomised trial.",
        "Conclusions: These data support 2 mg and 4.5 mg for a randomised comparison in a "
        "placebo-controlled trial.",
        "Conclusions: The findings support 2–4.5 mg/day as the dose range for a randomized "
        "controlled trial.",
    ],
)
def test_trial_supported_is_future_work(conclusion: str) -> None:
    f = facts(TITLE, BODY + conclusion, JOURNAL)
    assert f.design == "nonrandomized_trial"
    assert f.n == 18
    p, _ = judge_preprint(preprint(TITLE, (BODY + conclusion).replace("\n", " ")))
    assert p.design == "nonrandomized_trial"


def test_own_randomised_trial_stays_an_rct() -> None:
    # near miss: the randomised trial the dose is supported in is the study's own
    f = facts(
        "Low-dose naltrexone versus placebo in depression",
        "Methods: Adults with MDD were randomised to naltrexone 2 mg, 4.5 mg or placebo.\n"
        "Results: Ninety participants were randomised.\n"
        "Conclusions: These data support 4.5 mg over 2 mg in this randomised trial.",
        JOURNAL,
    )
    assert f.design == "rct"
