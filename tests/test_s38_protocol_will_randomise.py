"""A trial protocol that says it will allocate in the active voice ("We will randomise 150
adults", "the trial will randomize 240 participants", "we will randomly assign") allocates
its own people: a design word of a part of it ("A nested qualitative study will explore
acceptability", "an embedded process evaluation will use semi-structured interviews") does
not make the whole protocol an observational one.

Shown by holdout393 44300001 (a "Clinical Trial Protocol" read as observational: design
protocol for observational, larger-trials and serotonergic-combination "in_progress" for
"no", batch 91's blind measurement). Session 38, lead.

Ways real protocols say their allocation, in the future and the active voice:
- "We will randomise 150 adults aged 18-70 years with ..."
- "The trial will randomize 240 participants 1:1 to ..."
- "We will randomly assign 120 outpatients to ..."
- "Sites will randomise eligible patients by minimisation"
- "Investigators shall randomise participants in blocks of four"
The rule is read in ``design._WILL_ALLOCATE``, from the sentences the roles keep as the
study's own (a review's "we will include randomised trials" allocates nothing). Near miss:
a cohort protocol with a nested qualitative study stays observational.
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RULES, facts

from ldn_watch.assess.gaps import verdicts

TITLE = (
    "Low-dose naltrexone augmentation for major depressive disorder with inadequate response "
    "to serotonergic antidepressants: protocol for a multicentre, placebo-controlled trial"
)


def _record(allocation: str, nested: str) -> tuple[str, str]:
    return (
        TITLE,
        "Methods and analysis: This is a 12-week, double-blind, placebo-controlled trial at "
        f"six outpatient services. {allocation} with a current major depressive episode "
        "(MADRS 20 or more) and an inadequate response to sertraline, escitalopram or "
        "venlafaxine. Participants continue their antidepressant unchanged and receive LDN "
        "4.5 mg daily or matching placebo. The primary outcome is change in MADRS at week "
        f"12. {nested}\n"
        "Ethics and dissemination: Results will be published in peer-reviewed journals.",
    )


CASES = [
    ("We will randomise 150 adults", "A nested qualitative study will explore acceptability."),
    (
        "The trial will randomize 150 adults",
        "An embedded process evaluation will use semi-structured interviews.",
    ),
    ("We will randomly assign 150 adults", "A nested qualitative study will explore adherence."),
]


@pytest.mark.parametrize(("allocation", "nested"), CASES)
def test_protocol_that_will_randomise_is_a_trial_protocol(allocation: str, nested: str) -> None:
    got = facts(*_record(allocation, nested), PROTOCOL)
    assert got.design == "protocol"
    assert got.n == 150
    assert verdicts(got, RULES)["larger-trials"].value == "in_progress"
    assert verdicts(got, RULES)["serotonergic-combination"].value == "in_progress"


def test_cohort_protocol_with_nested_qualitative_study_stays_observational() -> None:
    # near miss: nobody is allocated; people prescribed LDN in care are followed
    got = facts(
        "Low-dose naltrexone prescribed for depression in routine care: protocol for a "
        "prospective cohort study",
        "Methods and analysis: We will recruit 300 adults with major depressive disorder for "
        "whom their psychiatrist has decided to prescribe LDN, and follow them for 12 months. "
        "A nested qualitative study will explore acceptability.\n"
        "Ethics and dissemination: Results will be published in peer-reviewed journals.",
        PROTOCOL,
    )
    assert got.design == "observational"
    assert all(v.value == "no" for v in verdicts(got, RULES).values())
