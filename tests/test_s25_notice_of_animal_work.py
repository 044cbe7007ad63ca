"""A notice (erratum, corrigendum) about an animal study: the notice restates the animal
article (its quoted title "... in mice", its per-kg dose given intraperitoneally, its
sucrose-preference data), so like that article it is off-topic (CONTRACT.md: a notice about
an on-topic article is on-topic; nobody in an animal study receives LDN). Shown by
holdout232 25900028 (a corrigendum to a mouse study read as on-topic).
Session 25, round 67, c67a."""

import pytest
from written import facts

ERRATUM = ("Published Erratum",)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            'Erratum: "Low-dose naltrexone lifts despair-like behaviour in rats"',
            "In the original article the dose of naltrexone was given as 1 mg/kg; it was "
            "0.1 mg/kg, given intraperitoneally. The forced-swim results are unchanged.",
        ),
        (
            'Correction to "Very-low-dose naltrexone and anhedonia after chronic stress in mice"',
            "The legend of Figure 2 mislabelled the sucrose-preference panels of the two "
            "mouse groups. The authors regret the error.",
        ),
        (
            'Corrigendum to "Low-dose naltrexone modulates depressive-like behaviour in '
            'C57BL/6 mice"',
            "The second author's affiliation was wrong. The corrected affiliation is shown below.",
        ),
    ],
)
def test_notice_of_an_animal_study_is_off_topic(title: str, abstract: str) -> None:
    f = facts(title, abstract, ERRATUM, corr=[("ErratumFor", "123")])
    assert not f.on_topic
    assert f.design == "other"


def test_notice_of_a_human_trial_stays_on_topic() -> None:
    """Near miss: a notice about a trial in people keeps today's on-topic answer."""
    f = facts(
        'Erratum: "Low-dose naltrexone added to sertraline in major depression: a pilot trial"',
        "In Table 2 the MADRS change in the naltrexone 4.5 mg group was given as -8; it "
        "was -9. The conclusions are unchanged.",
        ERRATUM,
        corr=[("ErratumFor", "123")],
    )
    assert f.on_topic
    assert f.design == "other"
