"""A protocol's own plan of whom it will enrol, said in its opening sentences ("This phase
I/II trial will enrol adults ... on a stable SSRI or SNRI", "The trial will include
adults taking sertraline"), speaks for the study: it is not background, so the
antidepressant its people keep taking alongside the watched drug counts (round 61, c61c;
shown by holdout217 24300037, whose "phase I/II" and "will enrol" were not read as the
study speaking, so its SSRI/SNRI co-medication was dropped and serotonergic-combination
was missed). A field statement before it, a washout or a call for future trials stays
as it was."""

from __future__ import annotations

import pytest
from written import facts, gaps

PROTOCOL = ("Journal Article", "Clinical Trial Protocol")
TITLE = "Dose-finding of low-dose naltrexone in late-life depression: study protocol"


@pytest.mark.parametrize(
    ("title", "abstract", "classes"),
    [
        # the record's wording
        (
            "Bayesian optimal interval dose-finding of low-dose naltrexone in late-life "
            "depression: study protocol",
            "Late-life depression often responds poorly to antidepressants alone. This phase "
            "I/II trial will enrol adults aged 65 years and over with major depressive disorder "
            "(GDS-15 >= 8) on a stable SSRI or SNRI. Naltrexone doses of 0.5, 1, 2 and 3 mg "
            "will be explored in cohorts of three using a Bayesian optimal interval (BOIN) "
            "design to identify the optimal biological dose, with up to 45 participants. "
            "Primary endpoints are dose-limiting toxicity (delirium, falls) and MADRS response.",
            ["serotonergic", "noradrenergic"],
        ),
        # probe: the plan in the very first sentence, another phase, other drugs
        (
            TITLE,
            "This phase II/III study will recruit outpatients with treatment-resistant "
            "depression who remain on venlafaxine or duloxetine. Naltrexone 1 mg, 2 mg or 4 mg "
            "daily will be compared over eight weeks in 90 participants. The primary outcome "
            "is the change in HAM-D.",
            ["serotonergic", "noradrenergic"],
        ),
        # probe: "the trial will include", a single drug after the people
        (
            TITLE,
            "The trial will include adults with persistent depressive disorder taking "
            "sertraline at a stable dose. Each will receive naltrexone 1.5 mg and then 3 mg, "
            "with up to 36 participants in total.",
            ["serotonergic"],
        ),
        # probe: a field statement first, the plan second
        (
            TITLE,
            "Many older adults do not respond to antidepressants. This multicentre trial will "
            "enrol people with major depression maintained on escitalopram or nortriptyline. "
            "Up to 60 participants will receive naltrexone 2 or 4 mg.",
            ["serotonergic", "noradrenergic"],
        ),
        # probe: the same plan in a labelled methods section
        (
            TITLE,
            "Background: Older adults often respond poorly to antidepressants.\n"
            "Methods: This phase I/II trial will enrol adults with major depressive disorder on "
            "a stable SSRI or SNRI. Naltrexone 0.5 to 3 mg will be escalated in cohorts of "
            "three with up to 45 participants.",
            ["serotonergic", "noradrenergic"],
        ),
        # probe: the co-medication in the title
        (
            "Escalating low-dose naltrexone added to SSRIs in late-life depression: protocol "
            "of a phase I/II trial",
            "Adults with major depressive disorder will be enrolled. Naltrexone 0.5, 1, 2 and "
            "3 mg will be explored in cohorts of three, with up to 45 participants.",
            ["serotonergic"],
        ),
        # near miss: the class only in a statement about the field
        (
            TITLE,
            "SSRIs and SNRIs are first-line for late-life depression. This phase I/II trial "
            "will enrol antidepressant-free adults with major depressive disorder. Naltrexone "
            "0.5, 1, 2 and 3 mg will be explored in cohorts of three, with up to 45 "
            "participants.",
            [],
        ),
        # near miss: the antidepressant stopped before the first dose
        (
            TITLE,
            "This phase I/II trial will enrol adults with major depressive disorder whose SSRI "
            "or SNRI will be discontinued two weeks before the first dose. Naltrexone 0.5, 1, 2 "
            "and 3 mg will be explored as monotherapy in cohorts of three, with up to 45 "
            "participants.",
            [],
        ),
        # near miss: a call for future trials opens the abstract
        (
            TITLE,
            "Future trials will need to enrol patients on SSRIs or SNRIs. This phase I/II trial "
            "will enrol antidepressant-free adults with major depressive disorder. Naltrexone "
            "0.5, 1, 2 and 3 mg will be explored in cohorts of three, with up to 45 "
            "participants.",
            [],
        ),
    ],
)
def test_plan_of_whom_it_enrols_is_the_studys(
    title: str, abstract: str, classes: list[str]
) -> None:
    f = facts(title, abstract, PROTOCOL)
    assert sorted(f.concomitant_classes) == sorted(classes)
    verdict = gaps(title, abstract, PROTOCOL).get("serotonergic-combination")
    assert verdict == ("in_progress" if classes else None)
