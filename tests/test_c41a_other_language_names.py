"""A non-English record (a translated or vernacular title, a German or Spanish abstract)
names the drug in its own spelling ("Naltrexon", "naltrexona") and writes decimals with
a comma ("4,5 mg"): it reaches the same facts as the English wording (round 41, c41a;
shown by holdout133 14700018, the German duplicate publication "[Naltrexon 1 mg versus
4,5 mg täglich bei therapieresistenter Depression: randomisierte, doppelblinde
Crossover-Studie]" of a 1 vs 4.5 mg crossover, read off-topic)."""

from __future__ import annotations

import pytest
from written import RCT, facts

TYPES = ("English Abstract", "Journal Article", "Randomized Controlled Trial")

RECORD = (
    "Background: The optimal dose of low-dose naltrexone (LDN) in depression is unclear.\n"
    "Objective: To compare 1 mg and 4.5 mg of naltrexone per day within patients with "
    "treatment-resistant depression.\n"
    "Material and methods: Twenty-four patients with treatment-resistant depression on "
    "dopaminergic augmentation (bupropion, methylphenidate or pramipexole) were randomised to "
    "two treatment sequences of 4 weeks each, separated by a 2-week washout. Primary outcome "
    "was the HAMD-17.\n"
    "Results: Twenty-one patients completed both periods. There was no significant difference "
    "between 1 mg and 4.5 mg (difference 0.9 points).\n"
    "Conclusion: 4.5 mg offered no advantage over 1 mg. This article is a German-language "
    "version of a study first published in the Journal of Psychopharmacology."
)


def test_the_records_german_title() -> None:
    f = facts(
        "[Naltrexon 1 mg versus 4,5 mg täglich bei therapieresistenter Depression: "
        "randomisierte, doppelblinde Crossover-Studie]",
        RECORD,
        (*TYPES, "Duplicate Publication"),
        corr=[("RepublishedFrom", "14700005")],
    )
    assert (f.on_topic, f.ldn_doses_mg, f.compares_doses) == (True, [1.0, 4.5], True)
    assert f.concomitant_classes == ["dopaminergic"]


@pytest.mark.parametrize(
    ("title", "abstract", "doses"),
    [
        # German throughout, the name only in its German spelling
        (
            "[Niedrig dosiertes Naltrexon bei Depression: eine randomisierte Studie]",
            "Methoden: 60 Patienten mit Major Depression wurden randomisiert und erhielten "
            "Naltrexon 1,5 mg oder 4,5 mg täglich über 8 Wochen.\n"
            "Results: Sixty adults with major depression were randomised to naltrexon 1.5 mg "
            "or 4.5 mg daily; MADRS scores fell in both arms.",
            [1.5, 4.5],
        ),
        # Spanish spelling, an English abstract
        (
            "[Naltrexona a dosis bajas 2 mg frente a 4,5 mg en la depresión mayor: ensayo "
            "aleatorizado]",
            "Methods: Forty adults with major depressive disorder were randomised to "
            "naltrexona 2 mg or 4.5 mg daily for 8 weeks.\n"
            "Results: HAM-D scores fell by 6 and 8 points.",
            [2.0, 4.5],
        ),
    ],
)
def test_other_spellings_of_the_name_are_the_drug(
    title: str, abstract: str, doses: list[float]
) -> None:
    f = facts(title, abstract, RCT)
    assert (f.on_topic, f.ldn_doses_mg, f.compares_doses) == (True, doses, True)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # the standard dose in German stays the standard dose
        (
            "[Naltrexon 50 mg bei Alkoholabhängigkeit und Depression]",
            "Methods: Eighty adults with alcohol dependence were randomised to naltrexon "
            "50 mg daily or placebo; depressive symptoms were a secondary outcome.",
        ),
        # the combination product in Spanish spelling stays the look-alike
        (
            "[Naltrexona-bupropión en la obesidad y el estado de ánimo]",
            "Methods: Adults with obesity took naltrexone-bupropion 32/360 mg daily; mood was "
            "rated with the PHQ-9.",
        ),
    ],
)
def test_other_spellings_keep_the_other_doses_and_lookalikes_off_topic(
    title: str, abstract: str
) -> None:
    assert facts(title, abstract, RCT).on_topic is False
