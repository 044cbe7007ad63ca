"""A later follow-up of a trial's people whose kind is qualified by how it was done, a
compound adjective before it in the title ("...: registry-linked follow-up of the X trial",
"...: register-based follow-up of a randomised trial"): the record is a report derived
from its trial, so its n is its own followed sample ("96 of the 140 participants consented
and were included"), not the parent's randomised total (CONTRACT.md: a secondary, post-hoc
or extension analysis counts its own analysed sample).

Shown by holdout282 31500040. Session 28, round 75, c75b.
"""

from written import RCT, facts


def n(title: str, abstract: str) -> int | None:
    return facts(title, abstract, RCT).n


METHODS = (
    "Methods: The trial randomised 140 adults with major depression to naltrexone 2 mg, "
    "naltrexone 4 mg or placebo for 12 weeks. Participants who agreed were traced in "
    "national registers for five years.\n"
    "Results: 96 of the 140 participants consented and were included. Hospital admission "
    "was less common with 4 mg."
)


def test_registry_linked_follow_up() -> None:
    assert n("Five-year outcomes: registry-linked follow-up of the NALDOSE trial", METHODS) == 96


def test_register_based_follow_up() -> None:
    assert (
        n(
            "Low-dose naltrexone and later admissions: register-based follow-up of a randomised trial",
            METHODS,
        )
        == 96
    )


def test_record_linked_follow_up() -> None:
    assert (
        n(
            "Psychiatric care after low-dose naltrexone: record-linked follow-up of the NALDOSE trial",
            METHODS,
        )
        == 96
    )


def test_near_miss_trial_with_linked_follow_up_keeps_its_total() -> None:
    # the trial's own report, with a follow-up as one of its parts
    assert (
        n(
            "Naltrexone 2 mg and 4 mg for major depression: a randomised trial with "
            "registry-linked follow-up",
            "Methods: The trial randomised 140 adults with major depression to naltrexone 2 "
            "mg, naltrexone 4 mg or placebo for 12 weeks.\n"
            "Results: Response was more common with 4 mg. Of these, 96 consented to linkage.",
        )
        == 140
    )
