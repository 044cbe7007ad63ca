"""A letter linked to the article it answers (CommentOn) is no mere comment when it counts
people of its authors' own: a site's add-on to a trial ("Twenty-three participants were
randomised at our site"), a clinic's series after a trial ("We reviewed the records of all
11 such patients"). Such a letter was read as a comment with no data of its own, design
"other", every fact empty. Shown by holdout388 43800033 (a site's sexual-function data
within a randomised trial: design other -> rct, n -> 23, doses -> [4.5]) and 43800034 (a
clinic's records after a trial's extension: other -> observational, n -> 11). Two kinds
met on the way: a framing sentence whose subject is another report's finding ("The
open-label extension of X reported that ...") presents that report, not the record; and a
letter that went back through the records of all such patients is a look back
(observational), as one that says "retrospective" is. Session 38, round 95, c95c.

Ways real letters count people of their own:
- "Twenty-three participants were randomised at our site (X 4.5 mg n=12, placebo n=11)."
- "We reviewed the records of all 11 such patients treated between 2024 and 2026."
- "In our clinic, 14 patients were started on X 4.5 mg while continuing an SSRI."
- "We enrolled 30 of the trial's participants in a sleep substudy at our centre."
- "Of the 40 patients we treated, 28 responded."
A letter that only restates the article it answers ("The trial randomised 184 patients
...; we question its conclusions") or thanks its critics stays a comment with no data.
"""

from written import article, facts, gaps

from ldn_watch.assess import structure

LETTER = ("Letter",)
ON = [("CommentOn", "99")]


def test_site_addon_letter_is_its_trial() -> None:
    f = facts(
        "Sexual function during low-dose naltrexone augmentation of SSRIs: data from one site "
        "of a randomised trial",
        "Sexual dysfunction often leads people to stop SSRIs. The trial did not measure sexual "
        "function, but at our site participants also completed the ASEX at baseline and week "
        "10. We report these data here. Thirty participants were randomised at our site "
        "(naltrexone 4.5 mg n=15, placebo n=15), all taking an SSRI. ASEX scores improved "
        "more with naltrexone than with placebo.",
        LETTER,
        ON,
    )
    assert f.design == "rct"
    assert f.n == 30
    assert f.ldn_doses_mg == [4.5]


def test_clinic_records_letter_is_a_look_back() -> None:
    f = facts(
        "Low-dose naltrexone with vortioxetine: a clinic series",
        "The open-label extension of a recent trial reported that low-dose naltrexone added "
        "to SSRIs was well tolerated. In our clinic we have prescribed it to patients on "
        "vortioxetine. We reviewed the records of all 14 such patients treated since 2023. "
        "Low-dose naltrexone was started at 1.5 mg and raised to 4.5 mg nightly; "
        "vortioxetine 10-20 mg was continued. PHQ-9 scores fell from 17 to 10.",
        LETTER,
        ON,
    )
    assert f.design == "observational"
    assert f.n == 14
    assert f.concomitant_classes == ["serotonergic"]
    assert "serotonergic-combination" not in gaps(
        "Low-dose naltrexone with vortioxetine: a clinic series",
        "We reviewed the records of all 14 such patients treated since 2023 with naltrexone "
        "4.5 mg nightly and vortioxetine.",
        LETTER,
        ON,
    )


def test_treated_by_us_counts_as_own() -> None:
    a = article(
        "Low-dose naltrexone after a trial: our experience",
        "Of the 40 patients we treated with naltrexone 4.5 mg, 28 responded.",
        LETTER,
        ON,
    )
    assert structure.read(a).role == "publication"


def test_letter_restating_the_trial_is_a_comment() -> None:
    # near misses: the trial's own people restated, or a reply thanking critics
    for text in (
        "The trial randomised 184 patients at 12 sites to naltrexone 4.5 mg or placebo; we "
        "question whether its conclusions follow from a 2-point difference.",
        "We thank Dr Brandt for the interest in our trial. As reported, 184 participants were "
        "randomised at our sites, and the blind was kept.",
    ):
        a = article("Low-dose naltrexone augmentation: questions remain", text, LETTER, ON)
        assert structure.read(a).role == "comment"
        assert facts("Low-dose naltrexone augmentation", text, LETTER, ON).design == "other"
