"""A record typed "Practice Guideline" grades others' trials: it is a review of evidence
(design review), and the trials it rates ("one placebo-controlled trial (n = 148) at
4.5 mg/day") are not its own. Shown by holdout250 27900027 (a guideline update rating LDN,
read as an RCT that gave the drug to nobody). Session 26, round 70, c70a."""

import pytest
from written import facts

GUIDELINE = ("Journal Article", "Practice Guideline")


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Treatment-resistant depression in adults: 2027 guideline update",
            "Methods: A working group searched the literature and graded each add-on agent. "
            "Results: Lithium augmentation keeps a first-line rating. Low-dose naltrexone "
            "was assessed for the first time: one randomised placebo-controlled trial "
            "(n = 120) at 4.5 mg/day and two open studies support a third-line rating.",
        ),
        (
            "Recommendations on add-on treatments for major depression from a national "
            "psychiatric society",
            "Evidence was rated for each augmentation strategy. A double-blind trial of "
            "naltrexone 4.5 mg with SSRIs in 90 patients supports low-dose naltrexone as a "
            "third-line add-on for depression; ketamine is second-line.",
        ),
        (
            "Clinical practice guideline: pharmacological options after two failed antidepressants",
            "Each option was graded by the panel. For low-dose naltrexone (LDN) in "
            "depression, a randomised trial of 148 adults on SSRIs found a modest benefit "
            "at 4.5 mg/day; LDN is rated level 2.",
        ),
    ],
)
def test_guideline_is_a_review_of_the_drug(title: str, abstract: str) -> None:
    f = facts(title, abstract, GUIDELINE)
    assert f.design == "review"
    assert f.on_topic
    assert f.n is None


def test_trial_naming_a_guideline_stays_a_trial() -> None:
    """Near miss: a trial not typed a guideline, which cites one."""
    f = facts(
        "Low-dose naltrexone added to SSRIs in depression: a randomised trial",
        "Guideline first-line options had failed in all patients. We randomised 80 adults "
        "on SSRIs to naltrexone 4.5 mg or placebo; MADRS fell more with naltrexone.",
        ("Journal Article", "Randomized Controlled Trial"),
    )
    assert f.design == "rct"
