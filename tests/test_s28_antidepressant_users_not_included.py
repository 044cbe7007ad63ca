"""People taking an antidepressant kept out of the study, said as who will not be included
("patients currently taking any antidepressant will not be included", "participants on an
antidepressant are excluded"): nobody takes one alongside, so an SSRI named only in a
sentence about the field ("SSRIs are often poorly tolerated in this group") is no
co-medication.

Shown by registry67 NCT02700013. Session 28, round 74, c74e.
"""

from written import arm, judge_registration, registration

TITLE = "Low-Dose Naltrexone for Depression After Stroke"
ARMS = [arm("Naltrexone", description="4.5 mg nightly"), arm("Placebo", "PLACEBO_COMPARATOR")]


def classes(summary: str, description: str) -> list[str]:
    f, _ = judge_registration(
        registration(title=TITLE, summary=summary, description=description, arms=ARMS)
    )
    return f.concomitant_classes


SUMMARY = "Adults with depression will receive naltrexone 4.5 mg or placebo nightly for 8 weeks."


def test_users_will_not_be_included() -> None:
    assert (
        classes(
            SUMMARY,
            "Sertraline and other SSRIs are frequently stopped early in this population "
            "because of side effects. Forty adults will be enrolled. People currently taking "
            "any antidepressant will not be included.",
        )
        == []
    )


def test_users_are_excluded() -> None:
    assert (
        classes(
            SUMMARY,
            "Escitalopram is commonly prescribed but often poorly tolerated after a stroke. "
            "Thirty-six patients will take part. Patients on an antidepressant are excluded.",
        )
        == []
    )


def test_users_cannot_be_enrolled() -> None:
    assert (
        classes(
            SUMMARY,
            "Venlafaxine is often avoided in older people with heart disease. Twenty-four "
            "older adults will take part. Participants who are already taking an "
            "antidepressant cannot be enrolled.",
        )
        == []
    )


def test_near_miss_a_condition_on_the_drug_keeps_it() -> None:
    # only those on it briefly are kept out: the others go on with their sertraline
    assert classes(
        "Adults with depression on a stable dose of sertraline will receive naltrexone "
        "4.5 mg or placebo, added to sertraline, for 8 weeks.",
        "Forty adults will be enrolled. Patients taking an antidepressant for fewer than "
        "8 weeks will not be included.",
    ) == ["serotonergic"]
