"""An uncontrolled open study whose people are given the drug at a set dose for a set time
is a non-randomised trial, however it is named. From holdout92 12100009 (a Russian article's
English abstract: "an open study", "Material and methods. Forty-two patients ... were given
naltrexone 3 mg in the evening for 6 weeks": read as design other); the probes say it
otherwise, and people whose care is only observed stay out."""

from __future__ import annotations

import pytest
from written import facts, gaps

TRANSLATED = ("English Abstract", "Journal Article")
JOURNAL = ("Journal Article",)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # the record's wording
        (
            "[Low doses of naltrexone in the therapy of treatment-resistant depression: an open "
            "study]",
            "Objective. To evaluate naltrexone in low doses as an augmentation of tricyclic "
            "antidepressants in patients with treatment-resistant depression (TRD). Material and "
            "methods. Forty-two patients with a recurrent depressive disorder (ICD-10 F33.1, "
            "F33.2) receiving amitriptyline (150-225 mg/day) or clomipramine (150-200 mg/day) "
            "were given naltrexone 3 mg in the evening for 6 weeks. The HDRS-17 was used. "
            "Results. A reduction of HDRS-17 score of 50% or more was observed in 19 (45.2%) "
            "patients. Conclusion. Controlled trials are required.",
        ),
        # probe: no "open" anywhere, the course said with "treated with"
        (
            "Low-dose naltrexone augmentation of sertraline in major depression",
            "Twenty-five patients with major depressive disorder on sertraline were treated with "
            "naltrexone 1.5 mg twice daily for four weeks. MADRS scores fell by 40%. Two "
            "patients stopped because of vivid dreams.",
        ),
        # probe: "an open study" in the title, no dose or time in the abstract
        (
            "Naltrexone in small doses for melancholic depression on escitalopram: an open study",
            "Aim. To study low-dose naltrexone in melancholic depression. Patients and methods. "
            "In 18 inpatients with major depressive disorder taking escitalopram, naltrexone "
            "was administered at night. Results. HAM-D scores fell from 24 to 13.",
        ),
    ],
)
def test_an_open_study_giving_the_drug_is_a_nonrandomised_trial(title: str, abstract: str) -> None:
    assert facts(title, abstract, TRANSLATED).design == "nonrandomized_trial"
    assert "serotonergic-combination" in gaps(title, abstract, TRANSLATED)


@pytest.mark.parametrize(
    "methods",
    [
        # what their doctors prescribed
        "Among 30 patients with major depressive disorder who were prescribed naltrexone 4.5 mg "
        "by their physicians, mood was rated monthly.",
        # a relative clause about a course people had had, in a chart review
        "We reviewed the charts of 44 patients with major depressive disorder who were given "
        "naltrexone 4.5 mg for at least 8 weeks.",
    ],
)
def test_a_course_the_study_did_not_give_is_no_trial(methods: str) -> None:
    title = "Low-dose naltrexone in depression: experience of one clinic"
    abstract = f"Methods: {methods}\nResults: Mood improved."
    assert facts(title, abstract, JOURNAL).design != "nonrandomized_trial"
