"""The participants of a follow-up said as the part of a framed pool that took part: "Of
131 trial completers, 106 consented and 95 provided 12-month data" is 106 (those taken in),
not the pool and not those with data at the end; the parent trial's size beside it ("a
randomised trial (n = 150)") is not the record's. A frame followed by a count that did not
take part ("Of 131 completers, 25 declined") gives no sample.
Shown by holdout367 41400037 (a naturalistic follow-up of 104 read as stating no n).
Session 34, round 88, c88a."""

from written import facts

TITLE = (
    "Life after the trial: a one-year naturalistic follow-up of participants in the CALM-D "
    "trial of low-dose naltrexone"
)
TYPES = ("Journal Article", "Observational Study")


def _abstract(flow: str) -> str:
    return (
        "Introduction: We followed participants of a randomised trial (n = 150) of "
        "low-dose naltrexone 4.5 mg versus placebo added to SSRIs for 12 months.\n"
        "Methods: Study medication was not provided after the trial. Participants who "
        "consented to follow-up were contacted at 3, 6 and 12 months. Depressive symptoms "
        "were measured with the QIDS-SR16.\n"
        f"Results: {flow} Thirty continued LDN through their physicians."
    )


def test_framed_pool_then_consented() -> None:
    flow = "Of 131 trial completers, 106 consented and 95 provided 12-month data."
    assert facts(TITLE, _abstract(flow), TYPES).n == 106


def test_framed_pool_then_declined() -> None:
    # near miss: the count after the frame declined; nobody is said to take part
    flow = "Of 131 trial completers, 25 declined further contact."
    assert facts(TITLE, _abstract(flow), TYPES).n != 25
