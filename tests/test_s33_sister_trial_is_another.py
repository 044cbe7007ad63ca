"""A sister or companion trial named beside the record's own study ("a sister trial at our
centre is randomising 140 women to X or placebo added to escitalopram; here we report a
separate open-label study") is another trial: its size, randomisation and co-medication
are not the record's. Shown by holdout362 40700009 (an open-label pilot of 18 read as the
sister RCT of 140 with escitalopram). Session 33, round 87, c87a."""

from written import TRIAL, facts

TITLE = "Low-dose naltrexone for antenatal depression without antidepressants: an open-label pilot"


def test_sister_trial_facts_are_not_the_records() -> None:
    f = facts(
        TITLE,
        "Purpose: Many pregnant women with depression prefer to avoid antidepressants. A "
        "sister trial in our network is randomising 160 pregnant women with depression to "
        "naltrexone 4.5 mg or placebo added to sertraline; this report is of a separate "
        "open-label study of naltrexone alone.\n"
        "Methods: Women in the second trimester with an EPDS of 13 or more and a major "
        "depressive episode who were not taking antidepressants, received naltrexone 2 mg daily for "
        "6 weeks.\n"
        "Results: Twenty-two women enrolled and twenty finished. EPDS scores fell from 16.8 "
        "to 9.9.\n"
        "Conclusions: The findings of the randomised sister trial with sertraline are awaited.",
        TRIAL,
    )
    assert f.on_topic
    assert f.design == "nonrandomized_trial"
    assert f.n == 22
    assert f.concomitant_classes == []
    assert f.ldn_doses_mg == [2.0]


def test_companion_trial_facts_are_not_the_records() -> None:
    f = facts(
        "Low-dose naltrexone alone in adolescents with depression: an open-label study",
        "Methods: A companion trial is randomising 120 adolescents with depression to "
        "naltrexone 3 mg or placebo with fluoxetine. Here, adolescents with major depression "
        "(CDRS-R of 40 or more) who were not taking antidepressants took naltrexone 3 mg daily for "
        "8 weeks in an open-label study.\n"
        "Results: Fifteen adolescents enrolled; depression ratings fell by a third.",
        TRIAL,
    )
    assert f.on_topic
    assert f.n == 15
    assert f.concomitant_classes == []


def test_own_randomised_trial_with_ssri_stays() -> None:
    # near miss: no sister trial; the record's own randomised trial with sertraline
    f = facts(
        "Low-dose naltrexone added to sertraline for antenatal depression: a randomised trial",
        "Methods: Pregnant women with major depression taking sertraline were randomised to "
        "naltrexone 4.5 mg or placebo for 8 weeks.\n"
        "Results: A total of 160 women were randomised. EPDS scores fell more on "
        "naltrexone.",
        ("Randomized Controlled Trial",),
    )
    assert f.design == "rct"
    assert f.n == 160
    assert f.concomitant_classes == ["serotonergic"]
