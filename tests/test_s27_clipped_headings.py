"""A poster's clipped section headings, closed by a full stop before the colon ("Obj.:",
"Meth.:", "Res.:", "Concl.:", "Intro.:", "Bkgd:") are that abstract's sections, like
"Methods:": the doses and the co-medication told in a verbless "Meth.:" line are the
study's own, even where an extension's "NN completed wk NN" would otherwise leave the
line unplaced. Shown by holdout267 29800005 (a conference abstract of an open-label
extension whose "Meth.:" line gave its flexible dose range and the antidepressants kept
unchanged). Session 27, round 72, c72d."""

import pytest
from written import facts

CONGRESS = ("Journal Article", "Congress")
TITLE = "Open-label extension of a randomised trial of LDN in depression"


@pytest.mark.parametrize(
    ("abstract", "mg", "classes"),
    [
        (
            "Obj.: durability of LDN effects after a 12-wk RCT. Meth.: LDN 2 mg qHS x 24 "
            "wk, escitalopram unchanged. Res.: 30 entered, 26 completed wk 24; MADRS 24 -> "
            "15. Concl.: feasible.",
            [2.0],
            ["serotonergic"],
        ),
        (
            "Intro.: few data on LDN with SNRIs in TRD. Meth.: open pilot; LDN 1,5-4,5 "
            "mg/d flexibly, duloxetine kept. Res.: 22 entered, 19 completed wk 12. Concl.: "
            "worth a RCT.",
            [1.5, 4.5],
            ["serotonergic", "noradrenergic"],
        ),
        (
            "Obj.: LDN safety beyond the parent trial. Meth.: responders invited; LDN 3 mg "
            "nightly, sertraline unchanged. Res.: n = 41 in, 35 completed wk 52. Concl.: "
            "well tolerated.",
            [3.0],
            ["serotonergic"],
        ),
    ],
)
def test_clipped_headings_are_sections(abstract: str, mg: list[float], classes: list[str]) -> None:
    f = facts(TITLE, abstract, CONGRESS)
    assert f.ldn_doses_mg == mg
    assert sorted(f.concomitant_classes) == sorted(classes)


def test_clipped_background_heading_stays_background() -> None:
    # the dose told under "Bkgd:" is an earlier study's; the study's own is under "Meth.:"
    f = facts(
        TITLE,
        "Bkgd: an earlier pilot gave LDN 4.5 mg. Meth.: LDN 2 mg at night x 8 wk, "
        "escitalopram unchanged. Res.: 28 enrolled, 25 completed wk 8; MADRS fell by 9. "
        "Concl.: feasible.",
        CONGRESS,
    )
    assert f.ldn_doses_mg == [2.0]


def test_meth_as_a_drug_is_no_heading() -> None:
    # near miss: "Meth." as methamphetamine, no colon: an unstructured abstract as before
    f = facts(
        "Low-dose naltrexone added to sertraline in depression: an open trial",
        "Twenty adults with major depression taking sertraline received low-dose "
        "naltrexone 4.5 mg nightly for 8 weeks. Meth. use was an exclusion. Depression "
        "scores fell.",
        ("Journal Article", "Clinical Trial"),
    )
    assert f.ldn_doses_mg == [4.5]
    assert f.n == 20
