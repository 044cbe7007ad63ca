"""A mood word as one item in a list of symptoms someone developed ("she developed nausea,
headache, dysphoria and irritability"): an item of an adverse-effect listing, not mood
measured in its own right, so a record about another condition stays off-topic. Shown by
holdout247 27600034 (a Crohn's case report of a compounding error read as on-topic).
Session 25, round 69, c69a."""

import pytest
from written import CASE, facts

TITLE = "An overdose of compounded naltrexone in a woman taking low-dose naltrexone for psoriasis"


@pytest.mark.parametrize(
    "symptoms",
    [
        "vomiting, dizziness, dysphoria and restlessness",
        "headache, sweating, low mood and tremor",
        "diarrhoea, insomnia, irritable mood, and palpitations",
    ],
)
def test_mood_item_among_new_symptoms(symptoms: str) -> None:
    abstract = (
        "Case: A 51-year-old woman with plaque psoriasis had taken LDN 3 mg nightly for a "
        f"year. After a new batch of capsules she developed {symptoms} within two days. The "
        "capsules held 30 mg each. Symptoms settled after she stopped them.\n"
        "Conclusion: Compounding errors should be suspected when new symptoms follow a refill."
    )
    assert facts(TITLE, abstract, CASE).on_topic is False


def test_depression_developed_still_counts() -> None:
    # near miss: the condition itself named as what she developed is not a checklist item
    abstract = (
        "Case: A 51-year-old woman developed major depression, insomnia, weight loss and "
        "fatigue after a stroke. LDN 4.5 mg nightly was added to sertraline; her MADRS fell "
        "from 30 to 12 over 8 weeks.\n"
        "Conclusion: LDN may help post-stroke depression."
    )
    f = facts("Low-dose naltrexone for post-stroke depression: a case report", abstract, CASE)
    assert f.on_topic is True
