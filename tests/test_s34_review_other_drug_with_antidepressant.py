"""A review that tells of another drug given to people taking an antidepressant ("caution
with tramadol in patients taking SSRIs") has not reviewed the watched drug added to that
antidepressant: without the watched drug in the sentence, the people's antidepressant says
nothing of depression, and a review with no mood outcome stays off-topic. Shown by
holdout371 41800038 (a drug-interaction review of LDN). Session 34, round 89, c89b."""

import pytest
from written import REVIEW, facts

_OFF = (
    "Low-dose naltrexone (LDN), usually 1.5 to 4.5 mg at night, is used off-label for pain "
    "and autoimmune disease. We reviewed reports of its interactions with other drugs. "
    "Naltrexone is not metabolised by cytochrome P450, so interactions with SSRIs or "
    "tricyclics are unlikely. {sentence} Opioid analgesics should be stopped before LDN "
    "is started."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Codeine deserves particular care in patients taking SSRIs.",
        "Methadone needs a slow taper in people on stable SNRIs.",
    ],
)
def test_other_drug_beside_antidepressant_is_no_condition(sentence: str) -> None:
    title = "Interactions of low-dose naltrexone with analgesics and psychotropic drugs: a review"
    assert facts(title, _OFF.format(sentence=sentence), REVIEW).on_topic is False


@pytest.mark.parametrize(
    "sentence",
    [
        # the watched drug itself added to the antidepressant the people take
        "Two small series gave LDN 4.5 mg to patients taking SSRIs as augmentation.",
        "In two augmentation series, LDN was added to their ongoing SNRI.",
    ],
)
def test_watched_drug_beside_antidepressant_stays_on_topic(sentence: str) -> None:
    title = "Interactions of low-dose naltrexone with analgesics and psychotropic drugs: a review"
    assert facts(title, _OFF.format(sentence=sentence), REVIEW).on_topic is True
