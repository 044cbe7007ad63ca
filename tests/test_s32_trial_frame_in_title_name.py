"""A title naming its trial with a word for the trial's frame between the name and
"protocol"/"trial" ("the NOVA-D master protocol", "the BRIGHT-MDD adaptive platform trial",
"the X umbrella study") names the study itself: a background sentence that then tells
what that named trial is (its people, the antidepressant they keep taking) speaks for the
study, not for the field. Shown by holdout330 37000007 (an amendment to a platform trial's
master protocol, whose people and co-medication were read as background: classes [] and
"not selected for depression"). Session 32, round 83, c83c."""

import pytest
from written import PROTOCOL, facts

METHODS = (
    " Methods: Those allocated to the naltrexone arm are randomised to naltrexone 2 mg or "
    "4 mg at bedtime against a common placebo for ten weeks."
)


@pytest.mark.parametrize(
    ("title", "background"),
    [
        (
            "Revision of the NOVA-D master protocol: a second naltrexone dose",
            "Background: NOVA-D is a multi-site trial of add-on treatments for adults with "
            "major depressive disorder who have not remitted on an SSRI or an SNRI, which "
            "they keep taking unchanged.",
        ),
        (
            "Design of the BRIGHT-MDD adaptive platform trial of augmentation in depression",
            "Background: BRIGHT-MDD enrols adults with major depression still unwell on an "
            "SSRI or SNRI, which they continue at a stable dose throughout.",
        ),
        (
            "The CALMER-D umbrella study: naltrexone dose arms added",
            "Background: CALMER-D is testing adjuncts for outpatients with major depressive "
            "disorder who remain symptomatic on an SSRI or SNRI, which they carry on taking.",
        ),
    ],
)
def test_named_trial_background_is_its_own(title: str, background: str) -> None:
    f = facts(title, background + METHODS, PROTOCOL)
    assert f.depression_population
    assert sorted(f.concomitant_classes) == ["noradrenergic", "serotonergic"]


def test_field_background_stays_background() -> None:
    # near miss: the background speaks of such patients in general, naming no trial
    f = facts(
        "Revision of the NOVA-D master protocol: a second naltrexone dose",
        "Background: Many adults with major depressive disorder do not remit on an SSRI "
        "or an SNRI." + METHODS,
        PROTOCOL,
    )
    assert f.concomitant_classes == []
