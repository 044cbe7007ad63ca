"""In an open-label extension, the arm its people had been given in the parent trial, told
in the past perfect ("among those who had been randomised to 1 mg, scores fell further
after the switch to 4.5 mg", "those originally assigned to 2 mg"), is the parent's arm, not
a dose the extension gives or compares: the extension's doses and its dose-finding verdict
are its own. An RCT's own results name its arms the same way, so only an extension reads
them so. Shown by preprints80 PPR1700020 (an open-label extension of a dose-finding trial,
read as comparing its parent's 1 mg with 4.5 mg). Session 34, round 88, c88b."""

import pytest
from written import RCT, TRIAL, facts, gaps


@pytest.mark.parametrize(
    ("title", "abstract", "doses"),
    [
        (
            "Twelve-month open-label extension of a three-dose trial of low-dose naltrexone "
            "in major depression",
            "Background: Our earlier randomised trial compared naltrexone 1 mg, 2 mg and "
            "4.5 mg nightly in major depressive disorder.\n"
            "Methods: People who finished the randomised part all took open-label "
            "naltrexone 4.5 mg nightly for 52 weeks, added to their antidepressant.\n"
            "Results: 44 entered the extension. Among people who had been randomised to "
            "1 mg, depression scores kept falling after moving to 4.5 mg.\n"
            "Conclusions: Benefit was maintained for a year.",
            [4.5],
        ),
        (
            "Open-label extension of a dose-comparison trial of low-dose naltrexone for depression",
            "Methods: After the blinded phase, completers took open-label naltrexone 3 mg "
            "daily for 24 weeks.\n"
            "Results: 38 adults with major depression took part. Those originally assigned "
            "to 1.5 mg improved most once on 3 mg; those initially allocated to placebo "
            "improved as well.\n"
            "Conclusions: The response lasted.",
            [3.0],
        ),
    ],
)
def test_extension_parent_arm_told_is_not_its_dose(
    title: str, abstract: str, doses: list[float]
) -> None:
    f = facts(title, abstract, TRIAL)
    assert f.on_topic
    assert f.ldn_doses_mg == doses
    assert not f.compares_doses
    assert "dose-finding" not in gaps(title, abstract, TRIAL)


def test_rct_results_naming_its_arms_still_compare() -> None:
    # near miss: a randomised trial's own results name its arms in the past perfect too
    title = "Two doses of low-dose naltrexone in major depression: a randomised trial"
    abstract = (
        "Methods: 90 adults with major depressive disorder were randomised to naltrexone "
        "1 mg or 4.5 mg daily for 8 weeks.\n"
        "Results: Participants who had been randomised to 4.5 mg improved more than those "
        "who had been randomised to 1 mg."
    )
    f = facts(title, abstract, RCT)
    assert f.ldn_doses_mg == [1.0, 4.5]
    assert f.compares_doses
    assert gaps(title, abstract, RCT).get("dose-finding") == "addressed"
