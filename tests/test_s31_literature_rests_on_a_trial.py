"""The body of earlier work told by what it rests on ("the X literature rests largely on a
12-patient pilot", "the literature on X relies on one small study") or a study cited by
the year it was published ("a small crossover trial published in 2019, in which X ...")
is cited work: an opinion piece that names the drug only there is not about it. Shown by
holdout326 36600039 (an editorial calling for opioid-targeted trials read as about LDN).
Session 31, round 81, c81e."""

import pytest
from written import facts

EDITORIAL = ("Editorial",)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Opioid targets for depression deserve better trials",
            "Opioid signalling has long been implicated in mood. Kappa antagonists have "
            "disappointed, and the low-dose naltrexone literature rests mainly on one small "
            "pilot with twelve patients, in which naltrexone 1 mg twice daily was added to "
            "dopaminergic drugs. We call for adequately powered, dose-comparing trials.",
        ),
        (
            "Time for a serious test of the opioid hypothesis of depression",
            "The case for low-dose naltrexone in depression rests largely on a twelve-patient "
            "pilot trial in which it was added to bupropion. Regulators and funders should "
            "support trials that stratify patients by anhedonia.",
        ),
        (
            "Anhedonia and the opioid system: an agenda",
            "Buprenorphine combinations failed to reach the market, and a small crossover "
            "trial published in 2019, in which low-dose naltrexone 4.5 mg was given with "
            "SSRIs, was inconclusive. Clinicians should wait for adequately powered studies.",
        ),
    ],
)
def test_cited_evidence_base_is_not_the_records_study(title: str, abstract: str) -> None:
    assert not facts(title, abstract, EDITORIAL).on_topic


def test_own_trial_with_publication_year_of_protocol_stays_on_topic() -> None:
    """Near miss: a trial report that gives the drug itself stays on-topic."""
    f = facts(
        "Low-dose naltrexone added to escitalopram in major depression: a randomised trial",
        "Methods: Adults with major depression taking escitalopram were randomised to "
        "naltrexone 4.5 mg or placebo nightly for 8 weeks. Results: Eighty adults were "
        "randomised; MADRS fell more with naltrexone.",
        ("Randomized Controlled Trial",),
    )
    assert f.on_topic
