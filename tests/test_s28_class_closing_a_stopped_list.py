"""A drug class closing a list of drugs the people stop ("taper and stop SSRIs, SNRIs and
other serotonergic antidepressants before the first dose"): the class is stopped with the
list, not a regimen the study characterises as taken.

Shown by registry67 NCT02700019. Session 28, round 74, c74e.
"""

from written import arm, judge_registration, registration

TITLE = "Low-Dose Naltrexone After Ketamine in Treatment-Resistant Depression"
ARMS = [
    arm("Ketamine + naltrexone", description="ketamine infusion, then naltrexone 4.5 mg nightly"),
    arm("Ketamine + placebo", "PLACEBO_COMPARATOR", "ketamine infusion, then placebo nightly"),
]
SUMMARY = (
    "After one ketamine infusion, adults with treatment-resistant depression are randomly "
    "allocated to naltrexone 4.5 mg or placebo each night for 10 weeks."
)


def classes(description: str) -> list[str]:
    f, _ = judge_registration(
        registration(title=TITLE, summary=SUMMARY, description=description, arms=ARMS)
    )
    return f.concomitant_classes


def test_taper_and_stop_a_list_ending_in_a_class() -> None:
    assert (
        classes(
            "Sixty adults will take part. Participants taper and stop SSRIs, SNRIs and "
            "other serotonergic antidepressants two weeks before the infusion and do not "
            "restart them during the trial."
        )
        == []
    )


def test_discontinue_a_list_ending_in_a_class() -> None:
    assert (
        classes(
            "Forty adults will take part. All patients discontinue SSRIs, tricyclics or "
            "any other noradrenergic antidepressants before the ketamine session."
        )
        == []
    )


def test_wash_out_a_list_ending_in_a_class() -> None:
    assert (
        classes(
            "Fifty adults will take part. Before randomisation participants are tapered off "
            "fluoxetine, venlafaxine and other serotonergic antidepressants under supervision."
        )
        == []
    )


def test_near_miss_a_class_kept_after_a_stopped_clause() -> None:
    # the benzodiazepines are stopped; the list after the semicolon goes on
    assert classes(
        "Sixty adults on a stable SSRI will take part. Participants taper and stop "
        "benzodiazepines; sertraline, citalopram and other serotonergic antidepressants "
        "continue unchanged."
    ) == ["serotonergic"]


def test_near_miss_a_list_kept() -> None:
    assert classes(
        "Sixty adults will take part. Participants keep taking sertraline, citalopram and "
        "other serotonergic antidepressants unchanged alongside naltrexone."
    ) == ["serotonergic"]
