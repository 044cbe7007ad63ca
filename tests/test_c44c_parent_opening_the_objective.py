"""Kind: a derived report whose objective section opens with its parent trial, named as
the title names it ("FLEX-LDN randomised SSRI- or vortioxetine-treated patients ... to
flexibly dosed naltrexone or placebo. We examined ..."), opens with the study itself, not
with a statement about the field: the antidepressants its people take with the drug count.

Round 44, c44c. Shown by holdout150 16500009 ("Dose-response relationship of low-dose
naltrexone in depression: a secondary analysis of the FLEX-LDN randomised trial"), whose
serotonergic classes were read as none.
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

RECORD = (
    "Dose-response relationship of low-dose naltrexone in depression: a secondary analysis "
    "of the FLEX-LDN randomised trial",
    "Objective: FLEX-LDN randomised SSRI- or vortioxetine-treated patients with major "
    "depression to flexibly dosed naltrexone (1.5-4.5 mg/day) or placebo. We examined the "
    "dose-response relationship within the naltrexone arm.\n"
    "Methods: Eighty-eight participants randomised to naltrexone with at least one "
    "post-baseline assessment were analysed; modal doses were grouped (1.5, 3 and 4.5 mg) "
    "and dose-response was modelled with mixed models adjusting for baseline severity.\n"
    "Results: Each 1.5 mg increment was associated with an additional 1.6-point MADRS "
    "reduction (95% CI 0.2-3.0).\n"
    "Conclusions: Higher doses within the low-dose range may be more effective; a "
    "fixed-dose comparison is needed to confirm this.",
    RCT,
)


def test_the_record_takes_its_parents_antidepressants() -> None:
    f = facts(*RECORD)
    assert f.concomitant_classes == ["serotonergic"]
    assert gaps(*RECORD) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
        "dose-finding": "addressed",
    }


@pytest.mark.parametrize(
    ("title", "abstract", "classes"),
    [
        (
            "Anhedonia outcomes in the CALM-LDN trial: a post hoc analysis",
            "Objective: CALM-LDN randomised sertraline-treated adults with major depressive "
            "disorder to naltrexone 2 mg or placebo for 12 weeks. We examined anhedonia.\n"
            "Methods: All 74 randomised participants were analysed with mixed models.\n"
            "Results: Anhedonia improved more with naltrexone (p = 0.02).",
            ["serotonergic"],
        ),
        (
            "Sleep in the NORTH-D trial of low-dose naltrexone: a secondary analysis",
            "Aims: NORTH-D allocated venlafaxine- or duloxetine-treated outpatients with "
            "major depression to naltrexone 4.5 mg or placebo. Here we report sleep "
            "outcomes.\n"
            "Methods: Sixty-two participants wore actigraphs.\n"
            "Results: Sleep efficiency did not differ between arms.",
            ["serotonergic", "noradrenergic"],
        ),
    ],
)
def test_a_parent_named_in_the_opening_gives_its_comedication(
    title: str, abstract: str, classes: list[str]
) -> None:
    assert facts(title, abstract, RCT).concomitant_classes == classes


def test_an_opening_about_the_field_names_nothing_taken() -> None:
    title = "Low-dose naltrexone for anhedonia in major depression: a randomised trial"
    abstract = (
        "Objective: Anhedonia predicts poor response to SSRIs and SNRIs. We tested whether "
        "naltrexone 4.5 mg improves anhedonia.\n"
        "Methods: Forty unmedicated adults with major depressive disorder were randomised "
        "to naltrexone 4.5 mg or placebo.\n"
        "Results: Anhedonia improved more with naltrexone."
    )
    assert facts(title, abstract, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, abstract, RCT)


def test_another_trial_opening_the_objective_is_still_the_field() -> None:
    title = "Low-dose naltrexone monotherapy in major depression (SOLO-LDN): a randomised trial"
    abstract = (
        "Objective: The earlier AUG-LDN trial randomised SSRI-treated patients to naltrexone "
        "or placebo. We tested naltrexone alone.\n"
        "Methods: Fifty-six unmedicated adults with major depressive disorder were "
        "randomised to naltrexone 4.5 mg or placebo.\n"
        "Results: MADRS fell more with naltrexone."
    )
    assert facts(title, abstract, RCT).concomitant_classes == []
