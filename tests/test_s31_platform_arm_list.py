"""Kind: a platform or multi-arm trial that lists its arms or domains, the watched drug
one item among other drugs ("the domains are A, B and X", "opened A and X domains", "the
A domain was closed"): each other drug is an arm of its own, not co-medication taken with
the watched drug. Shown by holdout330 37000001 (a platform master protocol) and 37000007
(its amendment). Drugs joined to the watched drug in one arm stay co-medication.

Session 31, round 82, c82d."""

from written import PROTOCOL, RCT, facts


def test_domains_listed_after_are() -> None:
    f = facts(
        "An adaptive platform trial of add-on treatments in treatment-resistant depression",
        "Methods: Adults whose depression has not responded to their current SSRI will keep "
        "taking it and be randomised among open domains. The domains are ropinirole "
        "(titrated to 2 mg/day), modafinil (100-200 mg/day) and naltrexone 3 mg at night, "
        "each against a shared placebo. Up to 450 participants will be randomised.",
        PROTOCOL,
    )
    assert "dopaminergic" not in f.concomitant_classes


def test_domains_named_before_the_word() -> None:
    f = facts(
        "Platform trial amendment: a new dose level in the naltrexone domain",
        "Changes: The protocol opened bupropion and naltrexone 4.5 mg domains against a "
        "shared placebo. The bupropion domain has now been closed. Participants continue "
        "their escitalopram throughout. The platform will randomise 500 participants.",
        PROTOCOL,
    )
    assert f.concomitant_classes == ["serotonergic"]


def test_arms_listed() -> None:
    f = facts(
        "A three-arm trial in depressed outpatients",
        "Methods: The arms were bupropion 150 mg, aripiprazole 2 mg and naltrexone 1.5 mg, "
        "each given for 8 weeks to adults with major depression.\n"
        "Results: We randomised 90 adults.",
        RCT,
    )
    assert "dopaminergic" not in f.concomitant_classes


def test_near_miss_drug_joined_to_the_watched_one_in_an_arm() -> None:
    f = facts(
        "A two-arm trial of LDN added to bupropion",
        "Methods: The arms were naltrexone 4.5 mg plus bupropion and placebo plus "
        "bupropion, for 8 weeks in adults with major depression.\n"
        "Results: We randomised 80 adults.",
        RCT,
    )
    assert f.concomitant_classes == ["dopaminergic"]
