"""An interim report's running tally of what its own people take, in brackets after it
("keep their usual antidepressant (to date sertraline, escitalopram, duloxetine or
bupropion)"): "to date" there says where the study stands now, not that the sentence tells
earlier work, so the methods sentence stays the study's own, with its people, doses and
co-medication. A bracket naming other work ("(the only trial to date)") keeps its cue.
Shown by holdout345 38700004 (a conference abstract of N-of-1 trials whose whole methods
sentence was read as earlier work: depression population, both doses and every class
lost). Session 33, round 86, c86a."""

import pytest
from written import facts, gaps

CONGRESS = ("Congress",)


@pytest.mark.parametrize(
    "tally",
    [
        "(to date citalopram, venlafaxine or bupropion)",
        "(so far: citalopram, venlafaxine or bupropion)",
    ],
)
def test_tally_keeps_methods_own(tally: str) -> None:
    title = "Randomised crossover trials of low-dose naltrexone in residual depression: interim"
    abstract = (
        "Background: Average effects hide individual response.\n"
        "Methods: Adults with major depressive disorder and a MADRS of 18 or more stay on "
        f"their antidepressant {tally} and take, in random order, three 2-week periods: "
        "placebo, naltrexone 2 mg and naltrexone 4.5 mg.\n"
        "Results: Nine of 20 planned participants have finished all periods."
    )
    f = facts(title, abstract, CONGRESS)
    assert f.on_topic
    assert f.depression_population
    assert f.ldn_doses_mg == [2.0, 4.5]
    assert f.concomitant_classes == ["serotonergic", "noradrenergic", "dopaminergic"]
    assert gaps(title, abstract, CONGRESS) == {
        "serotonergic-combination": "addressed",
        "dose-finding": "addressed",
    }


def test_bracket_naming_other_work_keeps_its_cue() -> None:
    # near miss: the bracket names the only trial there is, the sentence tells that trial
    title = "Low-dose naltrexone in depression: a narrative update"
    abstract = (
        "Adults with major depressive disorder on an SSRI took naltrexone 2 mg or 4.5 mg in "
        "a crossover pilot (the only trial to date). We summarise prescribing advice."
    )
    assert "dose-finding" not in gaps(title, abstract)
