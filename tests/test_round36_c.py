"""Round 36 (c): co-medication in people selected for another condition, and doses of
titrations, non-responder raises, derived reports and case histories (batch 26)."""

from __future__ import annotations

import pytest
from written import CASE, PROTOCOL, RCT, facts

# -- a fixed titration lists its target, the verb of a later step left out (holdout109
# 11900001: "increased to 3 mg in week 2 and to 4.5 mg from week 3 onwards")

PLAN = (
    "Methods: We will randomise 240 adults with MDD 1:1 to LDN or matching placebo added to "
    "the unchanged antidepressant. {steps} The primary outcome is the change in MADRS."
)


@pytest.mark.parametrize(
    ("steps", "target"),
    [
        (
            "Study drug is started at 1.5 mg at night, increased to 3 mg in week 2 and to "
            "4.5 mg from week 3 onwards.",
            4.5,
        ),
        # probes: three steps said otherwise, future tense, "subsequently", "thereafter"
        (
            "The dose will be 1 mg for the first fortnight, raised to 2 mg for weeks 3 and 4, "
            "and subsequently to 3 mg until week 12.",
            3.0,
        ),
        (
            "Participants will take 0.5 mg nightly in week 1; the dose is then titrated to 2 mg "
            "during week 2 and thereafter to 4 mg for the rest of the trial.",
            4.0,
        ),
        ("Capsules start at 1.5 mg and are increased to 4.5 mg after 7 days.", 4.5),
    ],
)
def test_a_fixed_titration_lists_its_target(steps: str, target: float) -> None:
    title = "LDN as adjunctive treatment for MDD: protocol for a randomised trial"
    assert facts(title, PLAN.format(steps=steps), PROTOCOL).ldn_doses_mg == [target]


@pytest.mark.parametrize(
    "steps",
    [
        # the record: the drug named by its role, after a sentence listing the antidepressants
        # its people take
        "Study drug is started at 1.5 mg at night, increased to 3 mg in week 2 and to 4.5 mg "
        "from week 3 onwards.",
        # probes
        "The trial medication is taken at 1.5 mg for a week, then 3 mg for a week and "
        "subsequently 4.5 mg until week 12.",
        "Investigational product will be initiated at 1.5 mg, raised to 3 mg after 7 days and "
        "on to 4.5 mg after 14 days.",
    ],
)
def test_the_study_drug_named_by_its_role_is_dosed(steps: str) -> None:
    title = "Low-dose naltrexone added to SSRIs or SNRIs in MDD: protocol for a randomised trial"
    abstract = (
        "Methods: We will randomise 240 adults with MDD and an inadequate response to an SSRI "
        "(sertraline, escitalopram) or SNRI (venlafaxine, duloxetine) 1:1 to LDN or matching "
        f"placebo added to the unchanged antidepressant. {steps} The primary outcome is MADRS."
    )
    assert facts(title, abstract, PROTOCOL).ldn_doses_mg == [4.5]


# -- a dose raised only in non-responders lists both levels, the condition said well after
# the raised dose in its own clause (holdout106 11500015)


@pytest.mark.parametrize(
    ("methods", "levels"),
    [
        (
            "Twenty-six adolescents with MDD received open-label LDN 2 mg nightly for 8 weeks; "
            "the dose was increased to 4 mg nightly at week 4 in participants whose CDRS-R had "
            "improved by less than 20%.",
            [2.0, 4.0],
        ),
        # probes
        (
            "Forty adults with MDD took LDN 1.5 mg at bedtime for 12 weeks, with an increase "
            "to 3 mg at bedtime from week 6 onwards for patients whose MADRS score had not "
            "fallen by at least 30% from baseline.",
            [1.5, 3.0],
        ),
        (
            "Participants with MDD started LDN 2 mg each evening; at the week-4 visit the dose "
            "was raised to 4.5 mg each evening for the remainder of the study among those "
            "whose HAM-D had fallen by less than a quarter.",
            [2.0, 4.5],
        ),
    ],
)
def test_a_raise_for_non_responders_said_late_in_its_clause_keeps_both(
    methods: str, levels: list[float]
) -> None:
    title = "Adjunctive LDN in adolescents with MDD: an open-label pilot study"
    abstract = f"Methods: {methods}\nResults: Scores improved."
    assert facts(title, abstract, ("Journal Article", "Clinical Trial")).ldn_doses_mg == levels


# -- a derived report's parent arms, said in its own "we examined" sentence (holdout108
# 11800023), are its doses

SECONDARY = (
    "Inflammatory markers and response to low-dose naltrexone versus escitalopram in "
    "late-life depression: a secondary analysis of a randomised trial"
)


@pytest.mark.parametrize(
    ("said", "levels"),
    [
        (
            "In a randomised trial of 60 older adults comparing LDN 4.5 mg/day with "
            "escitalopram 10 mg/day, we examined whether baseline hs-CRP moderated outcome.",
            [4.5],
        ),
        # probes
        (
            "Using data from a double-blind trial that randomised 90 adults with MDD to "
            "naltrexone 2 mg nightly or placebo, we analysed whether early sleep change "
            "predicted response.",
            [2.0],
        ),
        (
            "Within a placebo-controlled RCT of LDN (1 mg twice daily) added to sertraline, we "
            "explored whether anhedonia predicted outcome.",
            [2.0],
        ),
    ],
)
def test_a_derived_report_takes_the_arms_of_the_trial_it_says_it_used(
    said: str, levels: list[float]
) -> None:
    abstract = (
        f"Background: Inflammation may predict response to LDN. {said}\n"
        "Methods: Post hoc analysis of the participants with stored baseline serum.\n"
        "Results: CRP moderated response."
    )
    assert facts(SECONDARY, abstract, RCT).ldn_doses_mg == levels


# -- a case report's dose: one previously stopped is history, and "the conventional 4.5 mg"
# in a closing general statement is no arm (holdout107 11600013)

CASE_TITLE = "Ultra-low-dose naltrexone in depression: a case report"


@pytest.mark.parametrize(
    ("story", "levels"),
    [
        (
            "A 46-year-old woman with bipolar II disorder had a depressive episode lasting nine "
            "months despite lithium. She had previously discontinued naltrexone 4.5 mg after "
            "two weeks because of insomnia. Naltrexone was restarted as a compounded liquid, "
            "0.1 mg (100 micrograms) each morning. Within four weeks her MADRS score fell from "
            "29 to 12. Ultra-low doses of naltrexone may be worth trying in patients who do not "
            "tolerate the conventional 4.5 mg.",
            [0.1],
        ),
        # probes
        (
            "A 52-year-old man with recurrent major depression had stopped LDN 3 mg a year "
            "earlier because of vivid dreams. He was restarted on naltrexone 0.5 mg at night, "
            "with remission by week 6. Very low doses may suit people who cannot take the "
            "customary 4.5 mg/day.",
            [0.5],
        ),
        (
            "A 38-year-old woman with major depression had tried naltrexone 4.5 mg, which she "
            "stopped after ten days because of nausea. She was then given naltrexone 1 mg each "
            "morning and responded within a month. Doses well below the conventional 4.5 mg "
            "deserve study in patients intolerant of it.",
            [1.0],
        ),
    ],
)
def test_a_case_report_lists_the_dose_taken_not_history_or_a_reference(
    story: str, levels: list[float]
) -> None:
    assert facts(CASE_TITLE, story, CASE).ldn_doses_mg == levels
