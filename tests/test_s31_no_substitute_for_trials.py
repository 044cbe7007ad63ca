"""A records study's closing sentence saying its findings "cannot substitute for" (or "are
no substitute for", "do not replace") randomised trials names trials still to be done, not
the study's own design: the trials after it are future work, and a cohort that says so
stays observational with no gap closed. Shown by preprints75 PPR2200010 (a target-trial
emulation in health records read as an RCT of 8236 with SSRIs). Session 31, round 82,
c82a."""

import pytest
from written import RCT, facts, gaps


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Naltrexone at low dose and relapse of depression in SSRI users: a claims cohort",
            "Methods: Using insurance claims we identified adults with major depression "
            "on an SSRI who started naltrexone 4.5 mg and matched them to SSRI users who "
            "did not. Results: 3,020 starters and 3,020 matched non-starters were "
            "followed; relapse was less frequent among starters (HR 0.84). Conclusions: "
            "Such registry associations cannot substitute for randomised controlled "
            "trials of naltrexone added to SSRIs.",
        ),
        (
            "Low-dose naltrexone and depressive symptoms: a primary-care records analysis",
            "Methods: Records of 1,450 adults with depression taking sertraline or "
            "citalopram, 610 of whom were prescribed LDN 3 mg, were analysed. Results: "
            "PHQ-9 fell more among LDN users. Conclusions: These data are no substitute "
            "for a double-blind randomised trial of LDN with SSRIs.",
        ),
        (
            "Starting LDN alongside antidepressants: a national register study",
            "Methods: From the national prescription register we followed 900 adults with "
            "major depressive disorder on escitalopram, half of whom started low-dose "
            "naltrexone 4.5 mg. Results: Antidepressant switching was less common after "
            "LDN. Conclusions: The results are encouraging but do not replace randomised "
            "placebo-controlled trials in this population.",
        ),
    ],
)
def test_trials_it_cannot_replace_are_not_its_design(title: str, abstract: str) -> None:
    f = facts(title, abstract)
    assert f.design != "rct"
    assert "larger-trials" not in gaps(title, abstract)
    assert "serotonergic-combination" not in gaps(title, abstract)


def test_a_trial_saying_one_drug_cannot_substitute_for_another_stays_an_rct() -> None:
    # near miss: a randomised trial whose finding is about drugs, not about trials
    f = facts(
        "Low-dose naltrexone added to sertraline for major depression: a randomised trial",
        "Methods: Eighty adults with major depression on sertraline were randomised to "
        "naltrexone 4.5 mg or placebo for 8 weeks. Results: MADRS fell more with "
        "naltrexone. Conclusions: LDN cannot substitute for the SSRI but adds to it in a "
        "randomised trial setting.",
        RCT,
    )
    assert f.design == "rct"
    assert f.n == 80
