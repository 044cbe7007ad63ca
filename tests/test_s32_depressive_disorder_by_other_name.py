"""A DSM-5 depressive disorder named without the word "depression" (premenstrual
dysphoric disorder, PMDD) is the condition the
people were selected for, whether or not the abstract says it is a depressive disorder.
Shown by holdout332 37300038 (a protocol comparing two low doses in women with DSM-5
PMDD, read as "participants not selected for depression", so its dose-finding gap was
missed). Premenstrual syndrome is not such a disorder. Session 32, round 83, c83c."""

import pytest
from written import PROTOCOL, RCT, TRIAL, facts, gaps


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        (
            "Two low doses of naltrexone in premenstrual dysphoric disorder: protocol",
            "Methods: Women meeting DSM-5 criteria for premenstrual dysphoric disorder, "
            "confirmed over two cycles of daily symptom diaries, will take naltrexone 1 mg, "
            "naltrexone 3 mg and placebo in random order across three cycles. Fifty women "
            "will be enrolled.",
            PROTOCOL,
        ),
        (
            "Luteal low-dose naltrexone in PMDD: a randomised comparison of two doses",
            "Methods: Sixty-four women with prospectively confirmed PMDD were randomised to "
            "naltrexone 2 mg or naltrexone 4.5 mg from ovulation to menses. Results: Both "
            "doses lowered luteal symptom scores.",
            RCT,
        ),
        (
            "Naltrexone 1.5 mg versus 4.5 mg for premenstrual mood: an open comparison",
            "Methods: Outpatient women diagnosed with premenstrual dysphoric disorder by "
            "DSM-5 criteria took naltrexone 1.5 mg in one cycle and 4.5 mg in the next; 58 "
            "women took part. Results: Luteal symptom scores were lower with 4.5 mg.",
            TRIAL,
        ),
    ],
)
def test_named_depressive_disorder_selects(title: str, abstract: str, types) -> None:
    f = facts(title, abstract, types)
    assert f.depression_population
    assert "dose-finding" in gaps(title, abstract, types)


def test_premenstrual_syndrome_is_not_one() -> None:
    # near miss: premenstrual syndrome, with mood as an outcome, stays another condition
    f = facts(
        "Naltrexone 4.5 mg for premenstrual syndrome",
        "Methods: Seventy women with premenstrual syndrome were randomised to naltrexone "
        "1.5 mg or 4.5 mg. Results: Mood ratings improved with both.",
        RCT,
    )
    assert not f.depression_population
