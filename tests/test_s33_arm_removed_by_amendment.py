"""An amendment that takes an arm out of a protocol in words the amendment rule did not
read: the arm asked to be closed in the subjunctive ("advised that the 1 mg arm be
closed"), a dose level named with its dose in brackets before the verb ("the lowest dose
level (0.5 mg) has been removed"), a capsule strength replaced ("the 2.5 mg capsule was
replaced by two 1 mg capsules"). The removed dose is one nobody is now assigned to
(CONTRACT.md: a later protocol version replaces the earlier one). Shown by holdout345
38700036, holdout344 38600022 and holdout339 38000007. Session 33, round 86, c86d."""

import pytest
from written import PROTOCOL, facts


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Background: We published the protocol of a trial comparing three doses of "
            "naltrexone with placebo in adults with major depression on an SSRI. This update "
            "gives the changes of version 2.\n"
            "Changes: After 40 participants, the safety committee advised that the 1.5 mg "
            "arm be closed: few of its participants noticed any effect. Participants will "
            "now be randomised 1:1:1 to naltrexone 3 mg or 4.5 mg once daily or placebo. "
            "The sample is now 150.",
            [3.0, 4.5],
        ),
        (
            "Background: This update describes amendments to a dose-finding trial of "
            "naltrexone added to antidepressants in older adults with depression.\n"
            "Methods: The highest dose level (6 mg) has been removed after poor tolerability "
            "in the first 30 participants; participants are now randomised among placebo "
            "and naltrexone 1, 2 and 4 mg once daily. The maximum sample is 120.",
            [1.0, 2.0, 4.0],
        ),
        (
            "Background: Our published protocol described a four-arm trial randomising "
            "adults with depression on an SNRI to naltrexone 0.5 mg, 1.5 mg, 4.5 mg or "
            "placebo.\n"
            "Changes: The steering committee removed the 0.5 mg arm because of slow "
            "recruitment. The trial now randomises participants to naltrexone 1 mg, 4.5 mg "
            "or placebo once daily; the 1.5 mg tablet was replaced by two 0.5 mg tablets of "
            "the remaining stock. The sample is now 150.",
            [1.0, 4.5],
        ),
    ],
)
def test_removed_arm_is_no_dose(abstract: str, doses: list[float]) -> None:
    f = facts("Amended protocol of a randomised trial of low-dose naltrexone", abstract, PROTOCOL)
    assert f.ldn_doses_mg == doses


def test_arm_that_may_be_closed_later_stays() -> None:
    # near miss: a committee that may, on a condition, advise closing an arm removes none
    f = facts(
        "Protocol of a randomised trial of low-dose naltrexone in depression",
        "Methods: Adults with major depression on an SSRI will be randomised to naltrexone "
        "1.5 mg, 4.5 mg or placebo once daily for 8 weeks. At the interim look the data "
        "committee may advise that the 1.5 mg arm be closed if it is futile. The sample is "
        "150.",
        PROTOCOL,
    )
    assert f.ldn_doses_mg == [1.5, 4.5]
