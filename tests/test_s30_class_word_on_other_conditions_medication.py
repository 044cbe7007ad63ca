"""A class word on a medication named with no antidepressant anywhere in its sentence
("dopaminergic medication was kept stable" in Parkinson's disease, "serotonergic drugs for
migraine were allowed") is the medication of the people's other condition, not a class
of antidepressant taken with the watched drug. Shown by holdout298 33300026 (a Parkinson's
anhedonia trial read as dopaminergic co-medication). Session 30, round 78, c78e."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone for low mood in Parkinson's disease: a randomised pilot trial"


@pytest.mark.parametrize(
    "sentence",
    [
        "Their dopaminergic medication was kept unchanged throughout.",
        "Dopaminergic therapy was held at the entry dose for the whole trial.",
        "Participants stayed on their usual dopaminergic drugs.",
    ],
)
def test_class_word_on_another_medication_names_no_class(sentence: str) -> None:
    f = facts(
        TITLE,
        "Methods: Sixty people with Parkinson's disease and depressive symptoms were "
        "randomised to naltrexone 4.5 mg nightly or placebo for 12 weeks. " + sentence,
        RCT,
    )
    assert f.concomitant_classes == []


def test_class_word_beside_an_antidepressant_keeps_its_class() -> None:
    f = facts(
        TITLE,
        "Methods: Sixty people with Parkinson's disease and depressive symptoms were "
        "randomised to naltrexone 4.5 mg nightly or placebo for 12 weeks. Background "
        "dopaminergic treatment with bupropion was continued.",
        RCT,
    )
    assert f.concomitant_classes == ["dopaminergic"]


def test_class_word_on_antidepressants_keeps_its_class() -> None:
    f = facts(
        TITLE,
        "Methods: Sixty people with Parkinson's disease and depressive symptoms were "
        "randomised to naltrexone 4.5 mg nightly or placebo for 12 weeks. All stayed on "
        "serotonergic antidepressants.",
        RCT,
    )
    assert f.concomitant_classes == ["serotonergic"]
