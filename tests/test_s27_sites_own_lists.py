"""The people on the sites' own lists ("The practices registered 4,380 patients with
depression", "the clinics serve about 9,000 adults") are the population the study drew
from, not its sample: the count enrolled from them is n. Shown by holdout266 29700020
(a cluster trial read as n 4,380). Session 27, round 72, c72c."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Low-dose naltrexone with an SSRI in family medicine: a pragmatic trial",
            "Methods: Ten clinics took part. The clinics registered 6,200 adults with a "
            "depression code; 140 were enrolled and randomised to naltrexone 4.5 mg daily or "
            "usual care.\nResults: PHQ-9 scores fell by 2 points more with naltrexone.",
            140,
        ),
        (
            "Naltrexone 2 mg for major depression in rural hospitals: a randomised trial",
            "Methods: The participating hospitals serve about 9,000 patients with major "
            "depression, and 88 patients were randomised to naltrexone 2 mg or placebo.\n"
            "Results: HAM-D scores improved more with naltrexone.",
            88,
        ),
        (
            "Low-dose naltrexone augmentation in primary care depression: a cluster trial",
            "Methods: Practices listed 3,150 patients on antidepressants; 102 patients "
            "consented and were allocated to naltrexone 3 mg nightly or usual care.\n"
            "Results: Response was more frequent with naltrexone.",
            102,
        ),
    ],
)
def test_the_sites_lists_are_not_the_sample(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n


def test_people_the_sites_recruited_still_count() -> None:
    # near miss: the sites as the subject of taking people in
    f = facts(
        "Low-dose naltrexone for depression in general practice: a randomised trial",
        "Methods: The practices recruited 64 adults with major depressive disorder, who "
        "were randomised to naltrexone 4.5 mg daily or placebo.\n"
        "Results: MADRS scores fell more with naltrexone.",
        RCT,
    )
    assert f.n == 64
