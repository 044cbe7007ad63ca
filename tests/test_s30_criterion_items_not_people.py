"""A derived report whose analysis set is chosen by a count of symptoms or items ("at
least four of five anxious-distress symptoms ... formed the analysis sample"): the
symptoms counted are no people, and the report's n is the sample it counts elsewhere.
Shown by holdout306 34400040 (a secondary analysis whose n was read as 5, the symptoms of
its criterion). Session 30, round 78, c78c."""

import pytest
from written import facts

SECONDARY = ("Journal Article", "Randomized Controlled Trial")


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Melancholic features and response to low-dose naltrexone: secondary analysis of "
            "a randomised trial",
            "Methods: Participants of the parent trial of LDN 4.5 mg or placebo in major "
            "depression with at least three of six melancholic features at baseline formed "
            "the analysis sample. Results: The analysed sample comprised 57 participants "
            "(LDN, n = 29; placebo, n = 28).",
            57,
        ),
        (
            "Atypical depression and low-dose naltrexone: a post hoc analysis",
            "Methods: Those with two of four atypical items on the screening checklist formed "
            "the analysis sample of this post hoc analysis of a trial of LDN 3 mg or placebo "
            "added to sertraline. Results: The analysed sample comprised 63 participants "
            "(LDN, n = 31; placebo, n = 32).",
            63,
        ),
        (
            "Somatic symptoms as moderators of low-dose naltrexone: secondary analysis",
            "Methods: Patients of a randomised trial of LDN 4.5 mg versus placebo in major "
            "depressive disorder with four of seven somatic domains rated severe formed the "
            "analysis sample. Results: The analysed sample comprised 48 participants (LDN, "
            "n = 25; placebo, n = 23).",
            48,
        ),
    ],
)
def test_criterion_items_are_no_people(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, SECONDARY).n == n


def test_near_miss_people_counted_of_a_pool_stay() -> None:
    f = facts(
        "Inflammation and low-dose naltrexone: secondary analysis of a randomised trial",
        "Methods: Secondary analysis of a trial of LDN 4.5 mg or placebo in major depression. "
        "Results: Of the 120 randomised participants, 88 participants entered the analysis.",
        SECONDARY,
    )
    assert f.n == 88
