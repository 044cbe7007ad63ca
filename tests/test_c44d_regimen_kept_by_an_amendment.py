"""The drug named as the study's regimen ("The LDN regimen (titration to 4.5 mg nightly)
and the primary outcome are unchanged", "the naltrexone dosing (2 mg twice daily) stays
as before") is given by the study, as an arm named after it is: an amendment that keeps
the regimen still gives the drug (round 44, c44d; shown by holdout157 17300005, a
protocol amendment whose unchanged LDN regimen was read as "named, but not given"). A
regimen of earlier studies, or one that could be added later, gives it to nobody."""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts

AMENDMENT = ("Journal Article", "Clinical Trial Protocol")
UPDATES = (("UpdateOf", "17300001"),)


@pytest.mark.parametrize(
    ("title", "abstract", "n", "doses"),
    [
        # the record's wording
        (
            "SERENE-LDN protocol amendment 2.0: sample size re-estimation and inclusion of "
            "vortioxetine",
            "This update describes substantial amendment 2.0 to the SERENE-LDN protocol "
            "(NCT07100001). After a blinded interim review of the pooled MADRS variance, the "
            "steering committee increased the planned sample from 184 to 220 participants. "
            "Patients taking vortioxetine were made eligible in addition to those taking an SSRI "
            "or SNRI. The LDN regimen (titration to 4.5 mg nightly) and the primary outcome are "
            "unchanged. Recruitment is expected to end in mid-2027.",
            220,
            [4.5],
        ),
        # probes: other regimens and words for them
        (
            "Amendment to the NALMOOD-2 trial: a longer follow-up",
            "Amendment 3 to the NALMOOD-2 trial in major depressive disorder extends follow-up "
            "from 12 to 24 weeks. The naltrexone dosing (2 mg twice daily) stays as before, and "
            "140 participants are still planned.",
            140,
            [4.0],
        ),
        (
            "Update to the DEPRESS-LOW protocol",
            "This update adds a secondary outcome (SHAPS). The low-dose naltrexone schedule of "
            "1.5 mg for a week, then 3 mg, is unchanged; 90 adults with treatment-resistant "
            "depression on escitalopram will be enrolled.",
            90,
            [3.0],
        ),
    ],
)
def test_a_regimen_kept_is_given(title: str, abstract: str, n: int, doses: list[float]) -> None:
    f = facts(title, abstract, AMENDMENT, UPDATES)
    assert f.on_topic
    assert (f.design, f.n, f.ldn_doses_mg) == ("protocol", n, doses)


def test_the_record_keeps_its_classes() -> None:
    f = facts(
        "SERENE-LDN protocol amendment 2.0: sample size re-estimation and inclusion of "
        "vortioxetine",
        "Patients taking vortioxetine were made eligible in addition to those taking an SSRI or "
        "SNRI. The LDN regimen (titration to 4.5 mg nightly) and the primary outcome are "
        "unchanged.",
        AMENDMENT,
        UPDATES,
    )
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        # near misses: a regimen of other studies, a regimen that might be added
        (
            "Ketamine for treatment-resistant depression: a randomised trial",
            "Background: The LDN regimen of earlier studies (4.5 mg nightly) has been used in "
            "pain. Methods: 80 adults with treatment-resistant depression were randomised to "
            "ketamine 0.5 mg/kg or midazolam. MADRS was the outcome.",
            RCT,
        ),
        (
            "Platform trial in depression: design",
            "Adults with major depressive disorder will be randomised to sertraline or "
            "escitalopram. An LDN regimen could be added later as a further arm. The primary "
            "outcome is MADRS.",
            PROTOCOL,
        ),
    ],
)
def test_a_regimen_nobody_takes_is_not_given(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    assert not facts(title, abstract, types).on_topic
