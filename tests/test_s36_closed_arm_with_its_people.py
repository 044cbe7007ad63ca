"""An arm closed once people were in it, told with its own people ("A fourth arm (1.5
mg) was closed early by protocol amendment; its nine participants were followed for
safety only"), is a dose the study assigned and tested (CONTRACT.md: the dose of each
arm), wherever else the record names the closed arm ("In the closed 1.5 mg arm, no
serious adverse events occurred"); an arm an amendment removed before anyone was in it
is not. Shown by holdout385 43500028 (a dose-comparison RCT whose closed 1.5 mg arm was
lost: [3, 4.5] for [1.5, 3, 4.5]). Session 36, round 93, c93c.

Ways real abstracts tell an arm closed with people in it:
- "A fourth arm (1.5 mg) was closed early by protocol amendment; its nine participants
  were followed for safety only."
- "The 1.5 mg arm was discontinued after an interim review; the 11 patients in it were
  analysed for safety only."
- "The 1.5 mg group (n = 7) was closed early for slow recruitment."
- "A 1.5 mg arm was also opened but closed early; its eight participants are reported
  for safety."
- "Recruitment to the 1.5 mg arm was halted after 14 participants had been randomised."
- "the 3 mg group was discontinued, and its 12 patients are reported descriptively."

The rule is in the doses reader (doses.py): an arm's dose in brackets after the arm
("a fourth arm (1.5 mg)") is the titled drug's; in a record that reports a study, a
sentence that closes an arm and counts its people (``_closed_with_its_people``) removes
no arm, and the same level named elsewhere as the closed arm stays
(``_closed_arm_with_people``).

Near misses keep their verdicts: an arm removed by amendment before enrolment, in a
report or in a protocol, is given to nobody."""

import pytest
from written import PROTOCOL, RCT, facts

TITLE = "Low-dose naltrexone for major depression: a randomised, placebo-controlled trial"
METHODS = (
    "Methods: Adults with major depressive disorder were randomised to naltrexone 3 mg, "
    "4.5 mg or placebo daily for 8 weeks. "
)
RESULTS = (
    "\nResults: Ninety participants were randomised. MADRS fell more with 4.5 mg than placebo."
)


@pytest.mark.parametrize(
    "closed",
    [
        "A fourth arm (1.5 mg) was closed early by protocol amendment; its nine participants "
        "were followed for safety only.",
        "The 1.5 mg group (n = 7) was closed early for slow recruitment.",
        "A 1.5 mg arm was also opened but closed early; its eight participants are reported "
        "for safety.",
    ],
)
def test_closed_arm_with_people_stays(closed: str) -> None:
    assert facts(TITLE, METHODS + closed + RESULTS, RCT).ldn_doses_mg == [1.5, 3.0, 4.5]


def test_closed_arm_named_again_stays() -> None:
    abstract = (
        METHODS + "A fourth arm (1.5 mg) was closed early; its nine participants were "
        "followed for safety.\nResults: Ninety participants were randomised. In the closed "
        "1.5 mg arm, no serious adverse events occurred."
    )
    assert facts(TITLE, abstract, RCT).ldn_doses_mg == [1.5, 3.0, 4.5]


def test_arm_removed_before_enrolment_is_gone() -> None:
    removed = "A fourth arm (1.5 mg) was removed by amendment before enrolment began."
    assert facts(TITLE, METHODS + removed + RESULTS, RCT).ldn_doses_mg == [3.0, 4.5]
    planned = (
        "Methods: Adults with major depressive disorder will be randomised to naltrexone 3 "
        f"mg, 4.5 mg or placebo daily for 8 weeks. {removed} We will enrol 120 participants."
    )
    assert facts(TITLE + ": protocol", planned, PROTOCOL).ldn_doses_mg == [3.0, 4.5]
