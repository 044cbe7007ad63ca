"""Derived reports and commentaries said in words round 22 had not met (batches 10-11):
a commentary read as the trial it discusses, an extension whose parent sits in its
Purpose sentence, a subgroup analysis whose own sample is a subset stated in Results."""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, TRIAL, facts, gaps

PREPRINT = ("Preprint",)

# -- a record that calls itself a commentary (critique, editorial, viewpoint, reply) on
# another report restates that report's trial but has no data of its own (preprints15
# PPR8400024: a false larger-trials and serotonergic 'addressed')

COMMENTARIES = [
    (
        "Is adjunctive low-dose naltrexone ready for depression care? A critical commentary "
        "on the LEAD-D preprint",
        "A recently posted preprint reports that LDN 4.5 mg added to SSRIs or SNRIs reduced "
        "depressive symptoms in 84 randomised outpatients with major depressive disorder. In "
        "this commentary we raise four concerns, among them the absence of a dose comparison "
        "(only 4.5 mg was tested, although 1-3 mg is widely used).",
    ),
    (
        "Low-dose naltrexone with escitalopram for depression: too good to be true?",
        "Smith and colleagues randomised 120 adults with major depressive disorder taking "
        "escitalopram to naltrexone 4.5 mg or placebo and report a large effect. This critique "
        "examines three weaknesses of their analysis.",
    ),
    (
        "Low-dose naltrexone for depression: a viewpoint on the recent DUAL trial",
        "The DUAL trial randomised 150 adults with MDD on SSRIs to LDN 4.5 mg or placebo. I "
        "argue that its blinding was inadequate.",
    ),
    (
        "Editorial: low-dose naltrexone and depression, where next?",
        "A trial of 200 outpatients with major depressive disorder taking sertraline "
        "randomised to naltrexone 4.5 mg or placebo was reported this month. This editorial "
        "discusses what it means for clinicians.",
    ),
    (
        "Naltrexone at two doses in treatment-resistant depression: questions remain",
        "The authors compared naltrexone 2 mg and 4.5 mg daily in 88 patients with "
        "treatment-resistant depression taking SNRIs. We comment on the dose comparison and "
        "on its statistical analysis.",
    ),
]


# (red team, after the first fix: an adjective before the piece, a reply named at the
# title's start, a letter to the editor)
COMMENTARIES += [
    (
        "Low-dose naltrexone and the placebo problem",
        "This invited commentary considers the DAWN trial, which randomised 140 adults with "
        "depression taking SSRIs to LDN 4.5 mg or placebo, and asks whether dreams unblinded it.",
    ),
    (
        "Reply to Brandt-Oyelaran and Moretti",
        "The critics of LEAD-D overlook that 84 randomised outpatients on SSRIs or SNRIs received "
        "LDN 4.5 mg or placebo under full blinding. We address each of their four points.",
    ),
    # (what it does to another report, said in its own words)
    (
        "Hype or hope? Low-dose naltrexone for depression",
        "We critically appraise the recently posted LEAD-D trial, in which 84 outpatients on "
        "SSRIs were randomised to LDN 4.5 mg or placebo, and find its conclusions premature.",
    ),
    (
        "Low-dose naltrexone in depression: caution warranted",
        "The authors of a new trial claim that LDN 4.5 mg added to sertraline helped 120 "
        "randomised adults with depression. We question the trial's conclusions on three grounds.",
    ),
    (
        "Low-dose naltrexone augmentation results questioned: a letter to the editor",
        "The recent trial of 96 outpatients with major depressive disorder on sertraline "
        "randomised to LDN 4.5 mg or placebo used an unvalidated outcome.",
    ),
]


@pytest.mark.parametrize("types", [PREPRINT, JOURNAL])
@pytest.mark.parametrize(("title", "abstract"), COMMENTARIES)
def test_a_self_described_commentary_reports_no_trial(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    got = facts(title, abstract, types)
    assert (got.design, got.n, got.ldn_doses_mg, got.concomitant_classes) == ("other", None, [], [])
    assert gaps(title, abstract, types) == {}


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        # a letter or short report with people of its own is that study
        (
            "Low-dose naltrexone added to SSRIs in major depression: a research letter",
            "In this letter we report a pilot: we randomised 60 adults with major depressive "
            "disorder taking SSRIs to naltrexone 4.5 mg or placebo for 8 weeks.",
            60,
        ),
        (
            "Low-dose naltrexone in depression: a short report",
            "In this short report we describe 52 adults with major depressive disorder on "
            "escitalopram whom we randomly assigned to naltrexone 4.5 mg or placebo.",
            52,
        ),
        # a study's own sections (Methods, Results) make it a study, whatever it calls a
        # "comment" of its own
        (
            "Low-dose naltrexone with SSRIs in depression: a randomised trial",
            "Methods: 90 adults with MDD on SSRIs were randomised to LDN 4.5 mg or placebo.\n"
            "Conclusions: Our comment on dose is that 4.5 mg was well tolerated.",
            90,
        ),
        # a trial questioning a dose of its own names no other report
        (
            "Low-dose naltrexone with escitalopram: a pilot randomised trial",
            "Sixty adults with MDD on escitalopram were randomised to LDN 4.5 mg or placebo. LDN "
            "improved mood. We question whether 4.5 mg is the best dose.",
            60,
        ),
        # a trial citing someone's commentary in its background is still the trial
        (
            "Low-dose naltrexone augmentation of sertraline in depression: a randomised trial",
            "Background: A commentary on earlier work argued that LDN needed testing.\n"
            "Methods: We randomised 64 adults with major depressive disorder taking sertraline "
            "to naltrexone 4.5 mg or placebo.\nResults: Scores fell more with LDN.",
            64,
        ),
    ],
)
def test_a_letter_or_report_with_data_of_its_own_keeps_them(
    title: str, abstract: str, n: int
) -> None:
    got = facts(title, abstract, PREPRINT)
    assert (got.design, got.n) == ("rct", n)
    assert gaps(title, abstract, PREPRINT).get("larger-trials") == "addressed"


# -- an extension whose parent is told as a randomised or blinded comparison (or period)
# rather than a "trial": its arms are the parent's (holdout68 37100018: doses [1, 4.5]
# and a false dose-finding 'addressed'; the extension gave everyone 4.5 mg)

EXTENSION = "Low-dose naltrexone in depression: a 24-week open-label extension"


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Purpose: To describe longer-term outcomes after a randomized crossover comparison "
            "of naltrexone 1 mg and 4.5 mg daily in persistent depressive disorder.\nMethods: "
            "Completers of both periods were offered 24 weeks of open-label naltrexone 4.5 mg "
            "daily, regardless of which dose they had preferred.\nResults: 17 enrolled.",
            [4.5],
        ),
        (
            "Aims: We examined whether gains seen during a placebo-controlled, randomised "
            "comparison of three naltrexone doses (1, 2.5 and 4.5 mg) persisted.\nMethods: All "
            "44 completers were offered open-label naltrexone 2.5 mg daily for 6 months.",
            [2.5],
        ),
        (
            "Objective: After the blinded dose-comparison period (naltrexone 1 mg vs 3 mg), "
            "participants could continue open-label.\nMethods: 40 adults with treatment-"
            "resistant depression took naltrexone 3 mg daily for 24 weeks.",
            [3.0],
        ),
        # (red team: a masked comparison; the parent's relative clause; a dose-finding
        # period with its arms in a "during which" clause)
        (
            "Objective: Participants who had finished the masked comparison of LDN 0.5 mg, 1.5 mg "
            "and 4.5 mg were followed on open-label LDN 4.5 mg.\nMethods: 33 adults with MDD "
            "took LDN 4.5 mg for 52 weeks.",
            [4.5],
        ),
        (
            "Purpose: Outcomes of the open-label phase that followed the randomised crossover, in "
            "which patients took naltrexone 1 mg and 4.5 mg in random order.\nMethods: 19 "
            "patients took naltrexone 4.5 mg daily for 24 weeks.",
            [4.5],
        ),
        (
            "Aim: To follow patients beyond the randomized dose-finding period, during which they "
            "took naltrexone 1, 2 or 4 mg.\nMethods: All 45 then received open-label naltrexone "
            "2 mg daily.",
            [2.0],
        ),
    ],
)
def test_an_extension_parent_told_as_a_controlled_comparison_is_not_its_own(
    abstract: str, doses: list[float]
) -> None:
    got = facts(EXTENSION, abstract, TRIAL)
    assert (got.ldn_doses_mg, got.compares_doses) == (doses, False)
    assert "dose-finding" not in gaps(EXTENSION, abstract, TRIAL)


@pytest.mark.parametrize(
    "abstract",
    [
        # the extension itself compares doses
        "Purpose: To compare naltrexone 1.5 mg and 4.5 mg daily during a 24-week open-label "
        "extension.\nMethods: 60 completers of a placebo-controlled trial were randomly "
        "assigned to open-label naltrexone 1.5 mg or 4.5 mg daily.",
        # its people kept their randomised doses
        "Purpose: To describe outcomes after a randomized comparison of naltrexone 1.5 mg and "
        "4.5 mg.\nMethods: 50 participants continued on their randomised dose open-label for "
        "24 weeks.",
    ],
)
def test_an_extension_comparing_doses_itself_keeps_them(abstract: str) -> None:
    got = facts(EXTENSION, abstract, TRIAL)
    assert (got.ldn_doses_mg, got.compares_doses) == ([1.5, 4.5], True)


# -- a subgroup analysis whose own sample is a subset told in its results, split into the
# arms it compares (holdout71 34100024: 236 for 97; holdout70 35100029: 154 for 58)

SUBGROUP = "Low-dose naltrexone in insomnia-predominant depression: a secondary analysis"


@pytest.mark.parametrize(
    ("abstract", "own"),
    [
        (
            "Method: Post hoc analysis of participants randomised to LDN 4.5 mg nightly or "
            "placebo, added to their SSRI, with pronounced anhedonia.\nResults: Ninety-seven of "
            "the 236 randomised participants had pronounced anhedonia (LDN n = 50, placebo n = "
            "47). In these patients the HAMD-17 difference favoured LDN.",
            97,
        ),
        (
            "Methods: Adults were randomised to naltrexone titrated to 4.5 mg, or placebo.\n"
            "Results: Of 154 randomised participants, 58 had PHQ-9 >= 10 (LDN 30, placebo 28). "
            "Among them, PHQ-9 fell more with LDN.",
            58,
        ),
        (
            "Methods: The parent trial randomised adults with major depressive disorder taking "
            "sertraline to naltrexone 4.5 mg or placebo.\nResults: Among 180 randomised adults, "
            "72 scored above 20 on the insomnia index at baseline (naltrexone 37; placebo 35).",
            72,
        ),
        (
            "Methods: Adults with major depressive disorder taking SSRIs were randomised to "
            "naltrexone 4.5 mg or placebo (n = 210).\nResults: A total of 64 of the 210 "
            "participants were classified at baseline as atypical (LDN, 33; placebo, 31).",
            64,
        ),
    ],
)
def test_a_subgroup_counted_with_its_arms_is_the_reports_sample(abstract: str, own: int) -> None:
    assert facts(SUBGROUP, abstract, RCT).n == own


@pytest.mark.parametrize(
    ("title", "abstract", "own"),
    [
        # picked by age; or named a subgroup by the title
        (
            SUBGROUP,
            "Results: Of the 250 participants randomised, sixty-one were aged 65 or over "
            "(naltrexone 30, placebo 31). MADRS fell more with naltrexone 4.5 mg.",
            61,
        ),
        (
            "Low-dose naltrexone in melancholic depression: a subgroup analysis of a trial",
            "Results: 83 of 201 randomised patients met DSM-5 criteria for melancholic features "
            "(LDN: 41; placebo: 42), and response to LDN 4.5 mg was greater.",
            83,
        ),
    ],
)
def test_a_subgroup_picked_at_entry_or_so_titled(title: str, abstract: str, own: int) -> None:
    assert facts(title, abstract, RCT).n == own


@pytest.mark.parametrize(
    ("abstract", "whole"),
    [
        # the whole sample said to be analysed: the subgroup is compared within it
        (
            "Methods: All 236 randomised participants (naltrexone 4.5 mg or placebo with an "
            "SSRI) were analysed.\nResults: Ninety-seven had pronounced anhedonia (LDN n = 50, "
            "placebo n = 47); anhedonia did not moderate response.",
            236,
        ),
        # an adverse event is what befell people in the trial, not a group picked at entry
        (
            "Methods: 180 adults were randomised to naltrexone 4.5 mg or placebo.\nResults: 40 "
            "reported vivid dreams (naltrexone 28, placebo 12). Older participants did better.",
            180,
        ),
        # completers are the parent's flow, not a subgroup picked at baseline
        (
            "Methods: 120 adults with MDD were randomised to naltrexone 4.5 mg or placebo added "
            "to sertraline; we examined sleep outcomes.\nResults: 104 of 120 completed week 12 "
            "(LDN 53, placebo 51).",
            120,
        ),
    ],
)
def test_a_report_of_the_whole_sample_keeps_it(abstract: str, whole: int) -> None:
    assert facts(SUBGROUP, abstract, RCT).n == whole
