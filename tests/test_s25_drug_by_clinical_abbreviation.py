"""A co-medication named only by its clinical shorthand ("DLX 60 mg", "on DVS") is that
drug, as in the heavily abbreviated case notes and conference abstracts psychiatrists
write. holdout243 27200035 showed it ("Current: DLX 120 mg + ARP 5 mg ... Added NTX
4.5 mg"). Session 25, round 68, c68e."""

import pytest
from written import CASE, RCT, facts


@pytest.mark.parametrize(
    ("title", "text", "types"),
    [
        (
            "NTX 4.5 mg add-on in a man with TRD: case report",
            "63M, MDD, 3 failed ADTs. Maintained on DLX 90 mg/d for 10 wk, HAMD 22. LDN 4.5 mg "
            "qhs added. Wk 6 HAMD 11. No AEs.",
            CASE,
        ),
        (
            "LDN adjunct to DLX in TRD: pilot RCT",
            "Methods: 40 outpts on stable DLX >= 60 mg/d rand. to LDN 4.5 mg or PBO x 8 wk.\n"
            "Results: MADRS fell more with LDN (p = .03).",
            RCT,
        ),
        (
            "Low-dose naltrexone added in recurrent depression: a case report",
            "Case: A 41-year-old woman with recurrent depression on DVS 100 mg daily for four "
            "months started LDN 3 mg at night; her PHQ-9 fell from 18 to 7 in eight weeks.",
            CASE,
        ),
    ],
)
def test_abbreviated_snri_is_taken(title: str, text: str, types: tuple[str, ...]) -> None:
    f = facts(title, text, types)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]


def test_gene_of_that_name_is_no_drug() -> None:
    """Near miss: a gene symbol beginning with the letters (DLX5) is not the drug."""
    f = facts(
        "LDN 4.5 mg in depression: an open trial with expression markers",
        "Methods: 20 adults with major depression took LDN 4.5 mg nightly for 8 weeks as "
        "monotherapy; DLX5 expression in blood was measured.\nResults: MADRS fell by 9.",
        ("Clinical Trial",),
    )
    assert f.concomitant_classes == []
