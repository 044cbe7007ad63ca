"""A trial protocol whose allocation sentence first says what people keep doing ("will
continue their antidepressant and be allocated 1:1 to naltrexone or placebo") allocates
people: a nested qualitative study it also plans ("A nested qualitative study will
interview ...") does not make the protocol observational. Shown by holdout345 38700001 (a
trial protocol read as an observational study's). Session 33, round 86, c86c."""

from written import facts


def test_keep_then_be_allocated_is_a_trial_protocol() -> None:
    f = facts(
        "Low-dose naltrexone added to SSRIs for residual depression: protocol for a "
        "randomised placebo-controlled trial (BRACE)",
        "Methods: BRACE is a two-arm, double-blind trial in 12 general practices. Adults "
        "with a current major depressive episode on a stable SSRI will keep taking their "
        "SSRI and be randomised 1:1 to naltrexone 4.5 mg or placebo for 12 weeks. We will "
        "recruit 150 participants. A nested qualitative study will interview 20 "
        "participants after week 12.",
        ("Clinical Trial Protocol",),
    )
    assert f.design == "protocol"
    assert f.n == 150


def test_cohort_protocol_stays_observational() -> None:
    # near miss: a cohort's protocol that assigns nothing
    f = facts(
        "Low-dose naltrexone prescribed for depression in routine care: protocol for a "
        "prospective cohort study",
        "Methods: This prospective cohort study will follow 300 adults with depression "
        "whose psychiatrist has decided to prescribe naltrexone 4.5 mg. The study does not "
        "assign any treatment. A nested qualitative study will interview 20 participants.",
    )
    assert f.design == "observational"
