"""Earlier trials cited by their size as an adjective, in a perfect-tense finding ("X
has shown antidepressant effects in a 12-patient pilot (2 mg/day)", "X has reached an
84-patient randomized trial (4.5 mg/day)"), are other work: their size, design and
doses are not the record's own. Shown by holdout339 38000013 (a case report read as the
84-patient RCT its background cites, with three false gaps) and 38000029 (a trial of
another drug whose conclusion cites LDN trials, read as on-topic). Session 32, round 84,
c84a."""

from written import CASE, RCT, facts, gaps


def test_case_report_citing_sized_trials_keeps_its_own_facts() -> None:
    f = facts(
        "Naltrexone at a low dose for residual anhedonia on sertraline: a case report",
        "Key Clinical Message: Low-dose naltrexone may help anhedonia that outlasts low mood."
        "\nAnhedonia often outlasts low mood. Naltrexone at low doses has produced mood "
        "benefit in a 20-patient open pilot (1 mg/day) and in a 96-participant randomised "
        "trial (4.5 mg/day). We describe a 51-year-old man with major depression on "
        "sertraline 100 mg who took naltrexone 2 mg at night; his anhedonia lifted over "
        "eight weeks.",
        CASE,
    )
    assert f.design == "case_report"
    assert f.n == 1
    assert f.ldn_doses_mg == [2.0]
    assert not f.compares_doses


def test_case_report_citing_one_sized_pilot_has_no_gap() -> None:
    assert not gaps(
        "Low-dose naltrexone in postpartum depression: a case report",
        "Key Clinical Message: LDN may be tried after childbirth when an SSRI is not enough.\n"
        "Opioid tone shapes mood, and LDN has shown early antidepressant effects in a "
        "15-patient crossover trial of 1.5 and 3 mg/day. A 29-year-old woman with postpartum depression "
        "on escitalopram 10 mg took LDN 3 mg daily. Her EPDS fell from 19 to 8 over six "
        "weeks.",
        CASE,
    )


def test_trial_of_another_drug_citing_how_far_ldn_has_got_is_off_topic() -> None:
    f = facts(
        "Adjunctive pramipexole versus placebo in treatment-resistant depression: a "
        "randomized trial",
        "Methods: Adults with treatment-resistant depression on an SSRI were randomized to "
        "pramipexole 1 mg or placebo for 8 weeks. Results: Two hundred ten patients were "
        "randomized; response was 38% versus 24%. Conclusions: Pramipexole helped. Among "
        "other augmentation options acting on opioid systems, low-dose naltrexone has "
        "reached a 90-patient randomized trial (4.5 mg/day added to SSRIs), and a "
        "dose-ranging study in 150 patients is underway; how these agents compare is "
        "unknown.",
        RCT,
    )
    assert not f.on_topic


def test_own_trial_told_in_perfect_tense_stays_its_own() -> None:
    """Near miss: the record's own trial, its people counted, keeps its n and doses."""
    f = facts(
        "Low-dose naltrexone 1.5 versus 4.5 mg added to SSRIs: a randomized trial",
        "Methods: Eighty-four adults with major depression on an SSRI were randomized to "
        "naltrexone 1.5 mg or 4.5 mg daily for 8 weeks. Results: Naltrexone 4.5 mg has "
        "shown a larger effect on MADRS than 1.5 mg in this 84-patient trial.",
        RCT,
    )
    assert f.on_topic
    assert f.n == 84
    assert f.ldn_doses_mg == [1.5, 4.5]
