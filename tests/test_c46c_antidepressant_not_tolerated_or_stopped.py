"""An antidepressant the people could not tolerate, or whose discontinuation the study
follows, is not taken with the study drug.

Kind: "patients intolerant of SSRIs", "who could not tolerate sertraline or citalopram",
"intolerance to duloxetine", "after SSRI discontinuation", "following venlafaxine
withdrawal" name a drug people came off before the watched one, in the title or the
methods; it is not an antidepressant taken together with LDN (CONTRACT.md, "Classes"),
so it gives no class and closes no serotonergic gap. Round 46, c46c; written as new
wordings of the kind of holdout161 17700006 ("had been taking an SNRI ... and wished to
stop"; test_c45a_antidepressant_people_wished_to_stop), which the shared cues of failure
and stopping did not read as intolerance or as a stop said with a noun. A drug people
tolerate and keep, and a discontinuation said not to be required, keep their class.
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps

BODY = (
    "We randomised 66 adults with major depressive disorder to naltrexone 4.5 mg or placebo. "
    "HAM-D fell more with naltrexone."
)

PROBES = [
    ("Low-dose naltrexone for depression in patients intolerant of SSRIs", BODY),
    ("Low-dose naltrexone for depression in patients who could not tolerate SSRIs", BODY),
    ("Low-dose naltrexone in major depression after SSRI discontinuation", BODY),
    (
        "Low-dose naltrexone in major depressive disorder: a randomised trial",
        "Adults with major depressive disorder who could not tolerate at least one SSRI "
        "(sertraline, citalopram) were randomised (n = 60) to LDN 4.5 mg/day or placebo. "
        "MADRS fell more with LDN.",
    ),
    (
        "Naltrexone 3 mg in depressed outpatients",
        "Seventy-two depressed outpatients unable to tolerate duloxetine or venlafaxine were "
        "randomised to naltrexone 3 mg daily or placebo for 8 weeks. HAM-D improved.",
    ),
    (
        "Low dose naltrexone following venlafaxine withdrawal in recurrent depression",
        "Eighty adults with recurrent major depressive disorder were randomized to LDN 4.5 mg "
        "or placebo. Relapse rates were compared at 6 months.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), PROBES)
def test_drug_not_tolerated_or_stopped_gives_no_class(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, abstract, RCT)


def test_registration_eligibility_intolerance() -> None:
    title = "Low-dose naltrexone for major depressive disorder in SSRI-intolerant adults"
    abstract = (
        "Inclusion criteria: major depressive disorder (MADRS >= 20); intolerance to "
        "escitalopram or sertraline. Intervention: naltrexone 4.5 mg daily versus placebo for "
        "8 weeks; 100 participants will be randomised."
    )
    assert facts(title, abstract, PROTOCOL).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, abstract, PROTOCOL)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # a drug tolerated and kept
        (
            "Low-dose naltrexone augmentation of sertraline in depression",
            "Sixty-four adults with major depressive disorder tolerating sertraline at a "
            "stable dose were randomised to LDN 4.5 mg or placebo added to it. MADRS fell "
            "more with LDN.",
        ),
        # a discontinuation said not to be required keeps the drug taken
        (
            "Low-dose naltrexone augmentation in depression",
            "Seventy adults with major depressive disorder taking escitalopram were randomised "
            "to LDN 4.5 mg or placebo; escitalopram discontinuation was not required. MADRS "
            "fell more with LDN.",
        ),
    ],
)
def test_drug_kept_keeps_its_class(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert "serotonergic" in f.concomitant_classes
    assert gaps(title, abstract, RCT).get("serotonergic-combination") == "addressed"
