"""In an open-label extension that did not keep its parent's arms, the doses its people had
taken in the parent trial, however told ("whether they had received X 1 mg, X 3 mg or
placebo", "those previously on 1 mg", "entered (from the 1 mg arm, 15; 3 mg arm, 17)"),
are the parent's comparison, not doses the extension gives or compares. Shown by
holdout371 41800021 (an extension giving everyone 4.5 mg read as comparing its parent's
1.5 mg with 4.5 mg). Session 34, round 89, c89a."""

import pytest
from written import RCT, TRIAL, facts, gaps


@pytest.mark.parametrize(
    ("title", "abstract", "doses"),
    [
        (
            "Long-term open-label extension of a trial of low-dose naltrexone added to "
            "antidepressants in major depression",
            "Methods: People who completed the blinded phase, whether they had received "
            "naltrexone 1 mg, naltrexone 3 mg or placebo, could take open-label naltrexone "
            "3 mg daily for 36 weeks alongside their antidepressant.\n"
            "Results: 58 adults with major depression entered the extension (from the 1 mg "
            "arm, 18; 3 mg arm, 21; placebo arm, 19). Scores kept falling.\n"
            "Conclusions: Benefit lasted.",
            [3.0],
        ),
        (
            "Open-label extension of a randomised trial of low-dose naltrexone for depression",
            "Methods: All who finished the double-blind phase, whether they had been given "
            "naltrexone 2 mg, naltrexone 4 mg or placebo, could continue on open-label "
            "naltrexone 4 mg nightly for 26 weeks.\n"
            "Results: 47 adults with major depressive disorder took part. Participants "
            "previously on 2 mg or placebo improved after moving to 4 mg.\n"
            "Conclusions: The response was durable.",
            [4.0],
        ),
    ],
)
def test_extension_parent_arm_held_is_not_its_dose(
    title: str, abstract: str, doses: list[float]
) -> None:
    f = facts(title, abstract, TRIAL)
    assert f.on_topic
    assert f.ldn_doses_mg == doses
    assert not f.compares_doses
    assert "dose-finding" not in gaps(title, abstract, TRIAL)


def test_rct_arm_of_origin_still_compares() -> None:
    # near miss: a randomised trial's own arms, named the same way, are its comparison
    title = "Two doses of low-dose naltrexone added to sertraline in depression: a randomised trial"
    abstract = (
        "Methods: 96 adults with major depressive disorder taking sertraline were randomised "
        "to naltrexone 1 mg or 4.5 mg daily for 10 weeks.\n"
        "Results: Of the dropouts, 6 came from the 1 mg arm and 4 from the 4.5 mg arm; "
        "participants on 4.5 mg improved more."
    )
    f = facts(title, abstract, RCT)
    assert f.ldn_doses_mg == [1.0, 4.5]
    assert f.compares_doses
    assert gaps(title, abstract, RCT).get("dose-finding") == "addressed"
