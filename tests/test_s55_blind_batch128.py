"""A kind met in blind batch 128 (session 55, measured on the code of 64d022ad), written
again in other words.

- preprints108 PPR9900176 (a false dose-finding verdict): a preprint titled "...: one-year
  results of the extension of a randomised dose-comparison trial", giving everyone 3 mg
  "regardless of original allocation", was read as the parent RCT comparing 1 and 3 mg.
"""

from __future__ import annotations

import pytest
from written import judge_preprint, preprint

TEXT = (
    "Background: In a randomised trial, naltrexone 4 mg but not 2 mg lifted mood relative to "
    "placebo over 10 weeks. We report the open-label extension. Methods: Completers of the "
    "randomised phase, regardless of original allocation, were offered naltrexone 4 mg nightly "
    "for 40 weeks. Results: Of 70 completers, 52 entered the extension (18 previously on 4 mg, "
    "17 on 2 mg, 17 on placebo); MADRS fell from 20 to 12. Conclusions: Gains were kept."
)


@pytest.mark.parametrize(
    "title",
    [
        "Open-label naltrexone 4 mg in depression: 40-week results of the extension of a "
        "randomised dose-comparison trial",
        "Naltrexone 4 mg in depression: findings from the extension phase of a randomised "
        "two-dose trial",
    ],
)
def test_results_of_the_extension_of_a_trial_are_an_extension(title: str) -> None:
    facts, gaps = judge_preprint(preprint(title, TEXT))
    assert facts.design == "nonrandomized_trial"
    assert facts.ldn_doses_mg == [4.0]
    assert facts.compares_doses is False
    assert "dose-finding" not in gaps


def test_the_randomised_trial_itself_still_compares_its_doses() -> None:
    text = (
        "Methods: Adults with major depressive disorder were randomised to naltrexone 2 mg, 4 mg "
        "or placebo nightly for 10 weeks. Results: We randomised 90; MADRS fell most with 4 mg."
    )
    facts, gaps = judge_preprint(
        preprint("Naltrexone 2 mg or 4 mg in depression: results of a randomised trial", text)
    )
    assert facts.design == "rct"
    assert facts.compares_doses is True
    assert gaps["dose-finding"] == "addressed"
