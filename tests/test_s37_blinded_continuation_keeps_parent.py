"""Kind: a continuation (or maintenance) phase of a randomised trial in which participants
keep their randomised allocation under the blind is that trial going on, not an open-label
extension: it has its parent's design, "rct" (CONTRACT.md: a derived report has its
parent's design; only an open-label extension is a non-randomised trial), and its own
sample. Shown by holdout385 43500034 (a 24-week double-blind continuation phase in which
responders "continued their randomised allocation ... under double-blind conditions", read
as "nonrandomized_trial"). Session 37, round 94, c94b.

Ways real abstracts say the continuation keeps the blind and the allocation:
1. "Responders continued their randomised allocation, naltrexone 3 mg or placebo, under
   double-blind conditions for a further 24 weeks."
2. "Responders entered the continuation phase and stayed on their randomised treatment; the
   blind was maintained."
3. "Participants who responded continued blinded treatment in a 20-week continuation
   phase."
4. "... remained on their randomised treatment under blinded conditions" in a "24-week
   placebo-controlled maintenance phase".
5. A title "...: a 26-week double-blind continuation phase of a randomised trial".
A phase that is open-label anywhere in the record ("entered an open-label continuation
phase"), or in which all receive the drug after the blinded phase, stays an extension:
"nonrandomized_trial" (``roles._still_blind``).
"""

import pytest
from written import JOURNAL, TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Maintenance of response to low-dose naltrexone augmentation in depression: "
            "continuation phase of a randomised trial",
            "Methods: Responders of the acute phase continued their randomised allocation, "
            "naltrexone 2 mg or placebo with escitalopram, under double-blind conditions for "
            "16 weeks.\n"
            "Results: Twenty-eight responders entered the continuation phase. Relapse "
            "occurred in 2 of 15 and 6 of 13.",
            28,
        ),
        (
            "Low-dose naltrexone for depression: results of the continuation phase of a "
            "randomised trial",
            "Methods: Participants who responded in the acute phase continued blinded "
            "treatment (naltrexone 3 mg or placebo added to fluoxetine) in a 20-week "
            "continuation phase.\n"
            "Results: Thirty-six responders entered the continuation phase; relapse was lower "
            "with naltrexone.",
            36,
        ),
        (
            "Low-dose naltrexone in major depression: a continuation phase of a randomised trial",
            "Methods: Responders to 8 weeks of naltrexone 4.5 mg or placebo added to "
            "sertraline entered the continuation phase and stayed on their randomised "
            "treatment; the blind was maintained.\n"
            "Results: Forty-four responders entered the continuation phase (LDN 24, placebo "
            "20). Relapse was less frequent with naltrexone.",
            44,
        ),
    ],
)
def test_blinded_continuation_is_the_rct(title: str, abstract: str, n: int) -> None:
    f = facts(title, abstract, JOURNAL)
    assert f.design == "rct"
    assert f.n == n


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Long-term low-dose naltrexone in depression: a 24-week open-label extension of "
            "a randomised trial",
            "Methods: Completers of the 8-week double-blind phase could enter an open-label "
            "continuation phase on naltrexone 4.5 mg added to sertraline.\n"
            "Results: Forty participants entered the continuation phase. Gains were "
            "maintained.",
        ),
        (
            "Low-dose naltrexone in depression: continuation phase of a randomised trial",
            "Methods: Completers of the 8-week double-blind phase entered a 24-week "
            "continuation phase in which all received naltrexone 4.5 mg added to sertraline.\n"
            "Results: Forty participants entered the continuation phase. Gains were "
            "maintained.",
        ),
    ],
)
def test_open_continuation_stays_an_extension(title: str, abstract: str) -> None:
    # near misses: the phase is open-label, or everyone takes the drug after the blind
    f = facts(title, abstract, TRIAL)
    assert f.design == "nonrandomized_trial"
    assert f.n == 40
