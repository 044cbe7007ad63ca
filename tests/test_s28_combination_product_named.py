"""An antidepressant taken as part of a fixed combination product, named by its
hyphenated pair or brand ("dextromethorphan-bupropion", "Auvelity"): its antidepressant
part keeps its class.

Shown by holdout276 30800013. Session 28, round 75, c75c.
"""

from written import CASE, facts

TITLE = "Naltrexone in low dose for treatment-resistant depression: a case report"


def classes(abstract: str) -> list[str]:
    return facts(TITLE, abstract, CASE).concomitant_classes


def test_hyphenated_pair() -> None:
    assert classes(
        "A 47-year-old woman with major depression remained unwell on "
        "dextromethorphan-bupropion 45/105 mg twice daily, which was continued when "
        "naltrexone 2 mg nightly was added; she remitted within two months."
    ) == ["dopaminergic"]


def test_brand_of_the_pair() -> None:
    assert classes(
        "We report a man of 39 with recurrent major depression taking Auvelity twice a "
        "day; low-dose naltrexone 4.5 mg at bedtime was added to it, and his MADRS fell "
        "from 30 to 12."
    ) == ["dopaminergic"]


def test_development_code_of_the_pair() -> None:
    assert classes(
        "A 60-year-old with major depression on AXS-05 for three months had naltrexone "
        "3 mg nightly added alongside AXS-05, with a good response."
    ) == ["dopaminergic"]


def test_watched_drug_paired_with_bupropion_is_a_look_alike() -> None:
    # near miss: naltrexone-bupropion is not the watched drug with bupropion beside it
    f = facts(
        TITLE,
        "A 45-year-old woman with major depression and obesity was given "
        "naltrexone-bupropion 8/90 mg for weight loss.",
        CASE,
    )
    assert f.concomitant_classes == []
