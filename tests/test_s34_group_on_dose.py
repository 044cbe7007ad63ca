"""A dose told, without the drug, as what a counted group was on ("before the taper 43 were
on 4.5 mg/day and 18 on 3 mg/day") is the watched drug's where the text was speaking of it:
the doses the study's people took (CONTRACT.md). Shown by holdout351 39400022 (a cohort
stopping the drug, whose doses before the taper were lost). Session 34, round 88, c88b."""

from written import facts


def test_counted_groups_on_doses() -> None:
    f = facts(
        "Stopping long-term low-dose naltrexone in remitted depression: a prospective cohort study",
        "Methods: Adults with major depressive disorder in remission who had taken "
        "low-dose naltrexone with an antidepressant for a year were followed after "
        "stopping it. Naltrexone was tapered over two weeks; antidepressants continued. "
        "Depression was rated with the PHQ-9 monthly.\n"
        "Results: 52 people took part; at entry 30 were on 4.5 mg/day and 22 on 1.5 mg/day. "
        "Concurrent antidepressants were SSRIs in 28 and bupropion in 9. Recurrence at "
        "one year was 30%.",
    )
    assert f.on_topic
    assert f.ldn_doses_mg == [1.5, 4.5]


def test_other_drug_dose_people_were_on_stays_its_own() -> None:
    # near miss: the dose people were on, after a sentence naming another drug first, is
    # that drug's
    f = facts(
        "Low-dose naltrexone added to antidepressants in depression: an open-label study",
        "Methods: 40 adults with major depressive disorder took naltrexone 4.5 mg nightly "
        "for 8 weeks.\nResults: Sertraline was the commonest antidepressant: 12 were on "
        "100 mg/day and 8 on 150 mg/day. Depression scores fell.",
    )
    assert f.ldn_doses_mg == [4.5]
