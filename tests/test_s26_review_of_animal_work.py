"""A review or meta-analysis whose included studies are animal or in-vitro work (rats and
mice in forced-swim tests, cell cultures): nobody in it receives the low dose, however it
names the human off-label use. Shown by holdout250 27900031 (a meta-analysis of rodent
studies read as on-topic). Session 26, round 70, c70a."""

import pytest
from written import META, REVIEW, facts


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        (
            "Naltrexone in animal models of depressive-like behaviour: a meta-analysis",
            "Low-dose naltrexone is used off-label for low mood in clinics. We pooled "
            "experiments in which mice or rats received naltrexone before the forced swim "
            "test or the tail suspension test. Forty-one experiments qualified. Naltrexone "
            "reduced immobility only at the smallest per-kg doses, and rodent studies were "
            "small and rarely blinded.",
            META,
        ),
        (
            "Preclinical evidence for low-dose naltrexone as an antidepressant: a systematic "
            "review",
            "We searched for studies of naltrexone in rodents with stress-induced anhedonia. "
            "Twenty-two rat and mouse studies were found, most using sucrose preference. "
            "Effects on depressive-like behaviour were inconsistent across animal strains.",
            META,
        ),
        (
            "Low-dose naltrexone and microglia: a narrative review of laboratory studies",
            "Low-dose naltrexone is prescribed for depression on the hypothesis that it "
            "quiets microglia. We review work in cultured microglial cells, cell lines and "
            "mice exposed to lipopolysaccharide, in which naltrexone at nanomolar "
            "concentrations dampened TLR4 signalling in vitro.",
            REVIEW,
        ),
    ],
)
def test_review_of_animal_work_is_off_topic(title: str, abstract: str, types) -> None:
    f = facts(title, abstract, types)
    assert not f.on_topic
    assert f.off_topic_reason and "animal" in f.off_topic_reason


def test_review_of_trials_with_a_word_on_animals_stays_on_topic() -> None:
    """Near miss: a review of trials in people that mentions animal data in passing."""
    f = facts(
        "Low-dose naltrexone for depression: a systematic review of clinical trials",
        "We searched for trials of low-dose naltrexone in adults with major depressive "
        "disorder. Five trials with 312 patients were included; two randomised patients to "
        "4.5 mg nightly. Earlier work in mice suggested an effect on microglia. Patients "
        "taking naltrexone had larger falls in depression scores than those on placebo.",
        META,
    )
    assert f.on_topic
