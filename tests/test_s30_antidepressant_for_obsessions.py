"""An antidepressant named as taken for obsessive or obsessive-compulsive symptoms ("sertraline
prescribed for obsessive symptoms", "fluoxetine for OCD"): like trazodone for insomnia or
amitriptyline for pain, it is taken for another purpose and is no co-medication for
depression (CONTRACT.md: purpose of a co-medication). Shown by holdout306 34400009 (a
schizophrenia trial's sertraline for obsessive symptoms counted serotonergic). Session 30,
round 78, c78a."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone for negative symptoms of schizophrenia: a randomized pilot"


@pytest.mark.parametrize(
    "sentence",
    [
        "Other medicines included olanzapine and, in four patients, sertraline prescribed "
        "for obsessive symptoms.",
        "Seven participants also took fluoxetine 20 mg for comorbid OCD.",
        "Fluvoxamine, given to six patients to treat obsessive-compulsive symptoms, was kept "
        "at a stable dose.",
    ],
)
def test_antidepressant_for_obsessions_is_not_for_depression(sentence: str) -> None:
    abstract = (
        "Methods: Thirty-six outpatients with schizophrenia on stable antipsychotics were "
        "randomized to naltrexone 4.5 mg or placebo for 12 weeks; the Calgary Depression "
        f"Scale was a secondary outcome. {sentence}\n"
        "Results: Negative symptoms improved more with naltrexone; depression scores did not "
        "change."
    )
    assert facts(TITLE, abstract, RCT).concomitant_classes == []


def test_antidepressant_for_depression_still_counts() -> None:
    # near miss: an obsessive-compulsive population, but the drug is named for depression
    abstract = (
        "Methods: Thirty adults with depression were randomized to naltrexone 4.5 mg or "
        "placebo added to sertraline taken for their depression.\n"
        "Results: MADRS fell more with naltrexone; obsessive symptoms were not measured."
    )
    assert facts("Low-dose naltrexone added to sertraline", abstract, RCT).concomitant_classes == [
        "serotonergic"
    ]
