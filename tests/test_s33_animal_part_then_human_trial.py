"""A translational record typed a randomised trial that tells an animal experiment first
and then a trial in people ("Part 1: mice given X 0.1 mg/kg ...; Part 2: 40 adults with
depression were randomly assigned to X 4.5 mg or placebo"): the trial is the study whose
participants the watch counts, so its design, n, doses and co-medication are the trial's,
not "preclinical". Shown by holdout348 39000011 (a mouse-plus-patients paper read as
preclinical and off-topic, its serotonergic combination missed). Session 33, round 86,
c86b."""

import pytest
from written import JOURNAL, RCT, facts, gaps

TITLE = "Naltrexone in a rat stress model and as an add-on to sertraline in depression"


@pytest.mark.parametrize(
    "abstract",
    [
        "Study 1: Adult male Wistar rats exposed to chronic mild stress received naltrexone "
        "0.05 mg/kg or vehicle intraperitoneally for three weeks; sucrose preference and "
        "forced swim immobility were restored in treated rats. Study 2: Sixty outpatients "
        "with major depressive disorder on a stable dose of sertraline were randomised to "
        "naltrexone 2 mg daily or placebo for ten weeks, continuing sertraline. Depression "
        "scores improved more with naltrexone.",
        "In the first experiment, mice and rats subjected to social defeat were given "
        "naltrexone 0.1 mg/kg i.p.; hippocampal microglia and sucrose preference in the "
        "mice recovered. In the second, 60 adults with major depression taking sertraline "
        "were randomly assigned to naltrexone 2 mg/day or placebo for ten weeks. The "
        "Hamilton depression score fell by 4 more points with naltrexone.",
    ],
)
def test_typed_trial_with_people_randomised_is_the_trial(abstract: str) -> None:
    f = facts(TITLE, abstract, RCT)
    assert f.design == "rct"
    assert f.on_topic
    assert f.n == 60
    assert f.ldn_doses_mg == [2.0]
    assert "serotonergic" in f.concomitant_classes
    assert gaps(TITLE, abstract, RCT).get("larger-trials") == "addressed"


def test_animal_work_not_typed_a_trial_stays_preclinical() -> None:
    """Near miss: the same animal work, untyped, whose only randomised subjects are mice."""
    abstract = (
        "Male mice exposed to chronic social defeat were randomly assigned to naltrexone "
        "0.1 mg/kg or saline intraperitoneally for 14 days. Sucrose preference recovered "
        "and hippocampal microglia were reduced in naltrexone-treated mice. These findings "
        "support trials of low-dose naltrexone in depressed patients."
    )
    f = facts("Naltrexone reverses stress-induced anhedonia in mice", abstract, JOURNAL)
    assert f.design == "preclinical"
    assert not f.on_topic
    assert gaps("Naltrexone reverses stress-induced anhedonia in mice", abstract, JOURNAL) == {}


def test_typed_trial_randomising_animals_stays_preclinical() -> None:
    """Near miss: typed a trial by mistake, but what it randomises are rats."""
    abstract = (
        "Forty Sprague-Dawley rats were randomly assigned to naltrexone 0.1 mg/kg or "
        "saline after chronic restraint stress. Forced swim immobility fell in treated rats."
    )
    f = facts("Naltrexone after restraint stress in rats", abstract, RCT)
    assert f.design == "preclinical"
    assert not f.on_topic
