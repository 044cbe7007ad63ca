"""Arms: a platform's domains listed in the sentence after the one that names them ("...
are randomised to one of the open domains. At launch these are naltrexone 1 mg, naltrexone
4.5 mg, pramipexole titrated to 1.5 mg/day, and placebo"), and a comparison said with the
verb and its object ("and compare it with a dopamine agonist"): the other drug is an arm of
its own, not taken with LDN, so it adds no class. Shown by holdout348 39000008 (pramipexole
read as dopaminergic co-medication). Session 34, round 88, c88c."""

from written import PROTOCOL, facts

TITLE = (
    "ANCHOR-D: master protocol of a platform trial of add-on treatments for anhedonia in "
    "depression, with two doses of low-dose naltrexone"
)


def abstract(listing: str) -> str:
    return (
        "Methods: ANCHOR-D is a double-blind, response-adaptive platform trial. Adults with "
        "major depressive disorder and anhedonia despite at least six weeks on an SSRI "
        "continue their SSRI and are randomised to one of the open domains. "
        f"{listing} Up to 360 participants will be enrolled.\n"
        "Discussion: The platform will give the first comparison of two naltrexone doses "
        "and compare it with a stimulant within one trial."
    )


def test_domains_listed_after_their_head_are_arms() -> None:
    f = facts(
        TITLE,
        abstract(
            "Initially these are naltrexone 1.5 mg nightly, naltrexone 4.5 mg nightly, "
            "methylphenidate 20 mg daily, and placebo."
        ),
        PROTOCOL,
    )
    assert f.concomitant_classes == ["serotonergic"]


def test_drug_added_to_each_domain_is_taken_with_it() -> None:
    # near miss: the same list where every domain adds the drug to the watched one
    f = facts(
        TITLE,
        abstract(
            "Initially these are naltrexone 1.5 mg nightly, naltrexone 4.5 mg nightly, "
            "and placebo, each added to bupropion 150 mg daily."
        ).replace("compare it with a stimulant", "add a third arm"),
        PROTOCOL,
    )
    assert "dopaminergic" in f.concomitant_classes
