"""A title ending in a protocol that is one of the trial's procedures ("a randomised trial
with a rescue protocol", "... with a safety protocol"): the record reports the trial, it is
not a protocol publication. Shown by holdout283 31600009 (an RCT with results read as a
protocol). Session 28, round 75, c75a."""

import pytest
from written import RCT, facts

ABSTRACT = (
    "Methods: We enrolled 70 adults with major depression not taking antidepressants; they "
    "were randomly allocated to naltrexone 4.5 mg or placebo for 8 weeks.\n"
    "Results: Response was 40% with naltrexone and 26% with placebo."
)


@pytest.mark.parametrize(
    "title",
    [
        "Low-dose naltrexone alone in mild depression: a randomised trial with a rescue protocol",
        "Naltrexone 4.5 mg for depression in primary care: a placebo-controlled trial and its "
        "safety protocol",
        "Low-dose naltrexone monotherapy in depression: randomised trial under a monitoring protocol",
    ],
)
def test_a_procedure_protocol_is_no_protocol_publication(title: str) -> None:
    assert facts(title, ABSTRACT, RCT).design == "rct"


def test_a_trial_protocol_title_stays_a_protocol() -> None:
    """Near miss: a title that names the record as the trial's protocol."""
    title = "Low-dose naltrexone alone in mild depression: a randomised trial protocol"
    assert facts(title, ABSTRACT, RCT).design == "protocol"
