"""A list of antidepressants closed by an exclusion ("people taking SSRIs, SNRIs, tricyclic
antidepressants, mirtazapine or MAOIs will be excluded"): the exclusion is said of every
drug of the list, however far its first item stands from the verb. Only the drugs named
as the regimens people take beside the watched drug are co-medication. Shown by holdout350
39300002 (a protocol on dopaminergic regimens whose long exclusion list began with SSRIs:
the SSRIs, too far from "will be excluded", were read as taken, serotonergic combination
"in progress"). Session 33, round 86, c86a."""

import pytest
from written import PROTOCOL, RCT, facts, gaps


@pytest.mark.parametrize(
    ("abstract", "types", "classes"),
    [
        (
            "Methods: Eighty adults with major depressive disorder (MADRS of 22 or more) on "
            "bupropion will be randomised to naltrexone 1.5 mg or 4.5 mg or placebo for 10 "
            "weeks. Participants currently taking selective serotonin reuptake inhibitors, "
            "serotonin-norepinephrine reuptake inhibitors, tricyclic antidepressants, "
            "mirtazapine or monoamine oxidase inhibitors will be excluded.\n"
            "Ethics and dissemination: Results will be published.",
            PROTOCOL,
            ["dopaminergic"],
        ),
        (
            "Methods: Sixty adults with major depression on methylphenidate or bupropion were "
            "randomised to naltrexone 3 mg or placebo. Patients treated with selective "
            "serotonin reuptake inhibitors, serotonin-noradrenaline reuptake inhibitors, "
            "vortioxetine, tricyclic antidepressants or phenelzine in the past month were "
            "excluded.\n"
            "Results: MADRS fell by 4 points more on naltrexone.",
            RCT,
            ["dopaminergic"],
        ),
    ],
)
def test_each_drug_of_an_excluded_list(
    abstract: str, types: tuple[str, ...], classes: list[str]
) -> None:
    title = "Low-dose naltrexone added to dopaminergic antidepressants in depression"
    f = facts(title, abstract, types)
    assert f.on_topic
    assert f.concomitant_classes == classes
    assert "serotonergic-combination" not in gaps(title, abstract, types)


def test_list_taken_then_other_drugs_excluded() -> None:
    # near miss: the list before the exclusion is the regimen taken; the excluded drugs are
    # a clause of their own
    title = "Low-dose naltrexone added to serotonergic antidepressants in depression"
    abstract = (
        "Methods: Sixty adults with major depression on escitalopram, sertraline or "
        "venlafaxine were randomised to naltrexone 3 mg or placebo; people taking bupropion "
        "or stimulants were excluded.\n"
        "Results: MADRS fell by 4 points more on naltrexone."
    )
    f = facts(title, abstract, RCT)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]
    assert gaps(title, abstract, RCT)["serotonergic-combination"] == "addressed"
