"""A methods sentence telling what the study's own people had been prescribed, counted in
them ("Duloxetine had been prescribed for pain in 19 patients and was continued"): the
pluperfect is their history, not earlier work, so the purpose it gives the drug (pain)
holds wherever the drug is named again. Shown by holdout302 33900027 (duloxetine for pain
counted as a serotonergic and noradrenergic co-medication). Session 30, round 78, c78a."""

import pytest
from written import facts

TITLE = "Depressive symptoms after low-dose naltrexone in fibromyalgia: a retrospective study"


@pytest.mark.parametrize(
    ("sentence", "drug"),
    [
        (
            "Duloxetine had been prescribed for neuropathic pain in 14 patients and was kept "
            "unchanged.",
            "duloxetine",
        ),
        (
            "Amitriptyline 10 to 25 mg had been prescribed for insomnia to twelve of the patients, "
            "and it was continued.",
            "amitriptyline",
        ),
        (
            "Milnacipran (50 mg twice daily) had been used for pain in 9 participants before "
            "LDN and was not changed.",
            "milnacipran",
        ),
    ],
)
def test_history_in_our_people_keeps_its_purpose(sentence: str, drug: str) -> None:
    abstract = (
        "Methods: We reviewed the charts of 48 patients with fibromyalgia who began "
        f"low-dose naltrexone 1.5 to 4.5 mg daily. {sentence}\n"
        "Results: PHQ-9 fell from 14.1 to 10.2. The change did not differ between patients "
        f"with and without {drug}."
    )
    assert facts(TITLE, abstract).concomitant_classes == []


def test_earlier_work_stays_earlier_work() -> None:
    # near miss: a cue of earlier work with no count of the study's people
    abstract = (
        "Background: Duloxetine had been prescribed widely for fibromyalgia before opioid "
        "antagonists were tried.\n"
        "Methods: We reviewed the charts of 48 patients taking low-dose naltrexone 4.5 mg "
        "with duloxetine for depression.\nResults: PHQ-9 fell from 14.1 to 10.2."
    )
    assert facts(TITLE, abstract).concomitant_classes == ["serotonergic", "noradrenergic"]
