"""An antidepressant the study's people declined or would not take ("who did not wish to
take sertraline", "had refused paroxetine", "unwilling to take escitalopram") is not one they
take alongside the watched drug, nor is one they "had not benefited from" once they were
off it. Shown by registry72 NCT02200014 (adolescents who had not benefited from, or did
not wish to take, two SSRIs, read as taking both). Session 30, round 78, c78e."""

import pytest
from written import facts

TITLE = "Low-dose naltrexone for major depression: an open-label pilot study"


@pytest.mark.parametrize(
    "sentence",
    [
        "Adults with major depression who did not wish to take sertraline or citalopram "
        "received naltrexone 4.5 mg nightly for 10 weeks.",
        "Outpatients with major depressive disorder who had refused paroxetine "
        "were given naltrexone 3 mg each evening for 8 weeks.",
        "Patients with depression unwilling to take escitalopram were treated with "
        "naltrexone 4.5 mg daily for 12 weeks.",
        "Young adults with depression who had not benefited from, or declined, fluoxetine "
        "took naltrexone 4.5 mg at night for 8 weeks.",
        "Adults with major depression who had declined venlafaxine took naltrexone 4.5 mg "
        "at bedtime for twelve weeks.",
    ],
)
def test_a_declined_antidepressant_is_not_taken(sentence: str) -> None:
    f = facts(TITLE, sentence + " Twenty-two participants enrolled.")
    assert f.concomitant_classes == []


@pytest.mark.parametrize(
    "sentence",
    [
        # declining to stop a drug keeps it
        "Adults with major depression who declined to stop sertraline received naltrexone "
        "4.5 mg nightly for 10 weeks.",
        # a mood that declined on a drug says nothing against it being taken
        "Adults with major depression whose mood declined on fluoxetine received "
        "naltrexone 4.5 mg nightly for 10 weeks.",
    ],
)
def test_near_misses_keep_the_drug(sentence: str) -> None:
    f = facts(TITLE, sentence + " Twenty-two participants enrolled.")
    assert f.concomitant_classes == ["serotonergic"]
