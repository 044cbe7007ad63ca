"""The size of a data source given in brackets after it ("Using a national MS registry
(n = 48,210), we identified 1,306 patients ...") is the pool the study drew from, not its
sample, when the sentence goes on to say whom it took from it. Shown by holdout266
29700011 (a matched registry cohort read as n 48,210). Session 27, round 72, c72c."""

import pytest
from written import facts

OBS = ("Journal Article", "Observational Study")


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Mood in fibromyalgia patients prescribed low-dose naltrexone: a claims cohort",
            "Methods: From a regional claims database (n = 312,400), we selected 2,000 adults "
            "with fibromyalgia who filled naltrexone 4.5 mg and 2,000 matched non-users. "
            "Depression was measured with the PHQ-9.\nResults: PHQ-9 scores were similar.",
            4000,
        ),
        (
            "Low-dose naltrexone and depressive symptoms in Crohn disease: a registry study",
            "Methods: In a national IBD register (n = 61,000), we identified 840 patients "
            "given naltrexone 4.5 mg daily and matched them 1:2 to 1,680 patients who were "
            "not. HADS depression scores were compared.\nResults: Scores did not differ.",
            2520,
        ),
        (
            "Low-dose naltrexone and mood in long COVID: an electronic records study",
            "Methods: Within a health-system records database (N = 95,700), we included 610 "
            "adults starting naltrexone 1.5 mg and 1,220 matched adults who did not. "
            "Depression was rated with the PHQ-9.\nResults: PHQ-9 change was similar.",
            1830,
        ),
    ],
)
def test_the_source_size_is_not_the_sample(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, OBS).n == n


def test_a_registry_that_is_the_sample_still_counts() -> None:
    # near miss: the registry's people are the study's, nobody is taken from it afterwards
    f = facts(
        "Low-dose naltrexone users with depression: a prospective registry",
        "Methods: A prospective registry of adults with major depression taking naltrexone "
        "4.5 mg (n = 412) recorded PHQ-9 scores every 3 months.\n"
        "Results: PHQ-9 fell by 3.1 points over a year.",
        OBS,
    )
    assert f.n == 412
