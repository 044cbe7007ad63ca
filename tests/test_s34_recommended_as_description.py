""" "Recommended" as a word describing a drug or a dose ("who have not responded to a
guideline-recommended antidepressant", "at the recommended dose") is a description, not a
call for future work: the sentence naming the trial's own arms stays the study's own, and
its doses count. Shown by holdout368 41500019 (a protocol whose one sentence giving its
arms, after "a guideline-recommended antidepressant", was read as future work: no doses).
Session 34, round 88, c88b."""

import pytest
from written import PROTOCOL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "types", "doses"),
    [
        (
            "Three doses of low-dose naltrexone added to antidepressants in older adults "
            "with depression: protocol of a randomised trial",
            "Methods: Adults over 65 with major depressive disorder who have not improved "
            "on a guideline-recommended antidepressant will be randomised to naltrexone "
            "1.5 mg, 3 mg or 4.5 mg nightly, or placebo, for 10 weeks. We will enrol 160 "
            "participants.",
            PROTOCOL,
            [1.5, 3.0, 4.5],
        ),
        (
            "Low-dose naltrexone augmentation in major depression: protocol of a randomised trial",
            "Methods: 84 adults with major depressive disorder taking an SSRI at the "
            "recommended dose will be randomised to naltrexone 2 mg or 4 mg daily for 8 "
            "weeks.",
            PROTOCOL,
            [2.0, 4.0],
        ),
    ],
)
def test_recommended_as_description_keeps_doses(
    title: str, abstract: str, types: tuple[str, ...], doses: list[float]
) -> None:
    f = facts(title, abstract, types)
    assert f.on_topic
    assert f.ldn_doses_mg == doses


def test_recommendation_for_later_work_still_not_own() -> None:
    # near miss: a recommendation for another trial names doses nobody here took
    f = facts(
        "Low-dose naltrexone in major depression: an open-label pilot",
        "Methods: 20 adults with major depressive disorder took naltrexone 4.5 mg nightly "
        "for 8 weeks.\nResults: Depression scores fell.\nConclusions: We recommend a "
        "randomised comparison of naltrexone 1 mg and 4.5 mg.",
    )
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
