"""A co-medication given at a dose named by another purpose ("tricyclics at analgesic doses",
"mirtazapine in hypnotic doses") is taken for that purpose, not for depression, and gives no
class. holdout227 25400011 showed it. Session 24, round 65, c65e."""

import pytest
from written import facts

TITLE = "Naltrexone 4.5 mg or placebo added to usual care: a randomized trial"
METHODS = (
    "Methods: We randomized 80 adults with major depression to naltrexone 4.5 mg or placebo "
    "nightly for 10 weeks. {extra}\nResults: MADRS fell more with naltrexone."
)


@pytest.mark.parametrize(
    "extra",
    [
        "Tricyclic antidepressants at analgesic doses were allowed if the dose was stable.",
        "Mirtazapine in hypnotic doses was permitted if unchanged during the trial.",
        "Participants could stay on tricyclics at analgesic doses (nortriptyline or "
        "amitriptyline <= 20 mg).",
    ],
)
def test_drug_at_another_purposes_dose_gives_no_class(extra: str) -> None:
    f = facts(TITLE, METHODS.format(extra=extra))
    assert f.concomitant_classes == []


def test_drug_at_antidepressant_doses_keeps_its_class() -> None:
    """Near miss: a dose named by the condition itself is the condition's treatment."""
    f = facts(
        TITLE,
        METHODS.format(extra="All participants continued sertraline at antidepressant doses."),
    )
    assert f.concomitant_classes == ["serotonergic"]
