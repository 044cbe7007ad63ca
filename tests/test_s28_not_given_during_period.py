"""The drug said not to have been given "during the period" a record covers, with a
concession after it ("X was not prescribed during the study period, although staff cited
the pilot"), was given to nobody (CONTRACT.md: on-topic only if participants receive LDN).
Shown by holdout265 29600038 (a clinic's augmentation audit citing an LDN pilot).
Session 28, round 74, c74d."""

import pytest
from written import facts


@pytest.mark.parametrize(
    "abstract",
    [
        "We audited augmentation in a mood clinic over eight years (n=410 patients). Lithium "
        "was used most. Low-dose naltrexone was not prescribed during the period, although "
        "clinicians knew of a 4.5 mg pilot.",
        "Records of 300 inpatients with depression were reviewed. Quetiapine augmentation "
        "was common. LDN was not used during the review period, though a 3 mg regimen had "
        "been discussed.",
        "A clinic's 520 patients with resistant depression were followed. Naltrexone was "
        "never prescribed during the observation period, although low-dose naltrexone 1.5 "
        "mg was requested by some.",
    ],
)
def test_not_given_during_the_period_is_off_topic(abstract: str) -> None:
    assert not facts("Augmentation choices in a depression clinic", abstract).on_topic


def test_given_during_the_period_stays_on_topic() -> None:
    """Near miss: a drug prescribed during the period was given."""
    f = facts(
        "Augmentation choices in a depression clinic",
        "We audited augmentation in a mood clinic (n=410 patients). Low-dose naltrexone "
        "4.5 mg was prescribed to 22 patients during the period; 9 responded.",
    )
    assert f.on_topic


@pytest.mark.parametrize(
    "abstract",
    [
        "Charts of 180 adults with dysthymia were audited. LDN was not used during the "
        "study period, although psychiatrists quoted the 2016 series of 4.5 mg nightly.",
        "We describe 400 patients of a mood clinic. Naltrexone was not prescribed during the "
        "review period, though staff cited the 2018 pilot of 1.5 mg b.i.d.",
    ],
)
def test_denial_opening_a_sentence_with_cited_work_after(abstract: str) -> None:
    """The denial opens the sentence; the cited work after it does not make it another
    study's sentence."""
    assert not facts(
        "Lithium versus low-dose naltrexone: augmentation in a clinic", abstract
    ).on_topic
