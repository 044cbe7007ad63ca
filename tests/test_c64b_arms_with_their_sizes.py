"""Round 64, c64b: a trial that allocates, its arms each named with its size in a list
("The naltrexone arm comprised 27 patients and the placebo arm 26", "Naltrexone, 28
patients; placebo, 27 patients"): the arms add up to the sample. Only the first arm's
size was read. Found by round 63's probes (no record). Parts of the arms (responders,
those who withdrew, who had an event) are never summed."""

from __future__ import annotations

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone for major depressive disorder: a randomised trial"
METHODS = (
    "Methods: Adults with major depressive disorder were randomised to low-dose naltrexone "
    "4.5 mg or placebo.\nResults: "
)


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        # round 63's two wordings, in the results
        (
            METHODS
            + "The naltrexone arm comprised 27 patients and the placebo arm 26. MADRS fell.",
            53,
        ),
        (METHODS + "Naltrexone, 28 patients; placebo, 27 patients. MADRS fell.", 55),
        # probes: labels with colons, no noun
        (METHODS + "LDN group: 30; placebo group: 29. MADRS fell.", 59),
        # three arms, one named by its dose only, "had"
        (
            METHODS + "The LDN 4.5 mg arm had 22 participants, the 1.5 mg arm 21 and the "
            "placebo arm 23. MADRS fell.",
            66,
        ),
        # number words, "numbered"
        (METHODS + "The LDN arm numbered thirty-one adults and the placebo arm thirty.", 61),
        # the opening sentence of an unlabelled abstract, the trial after the list
        (
            "The naltrexone arm comprised 27 patients and the placebo arm 26 in this "
            "randomised trial of adults with major depressive disorder given naltrexone 4.5 "
            "mg or placebo. MADRS fell.",
            53,
        ),
        # the list after the clause that names the trial
        (
            "In this randomised trial of adults with major depressive disorder given "
            "naltrexone 4.5 mg or placebo, the naltrexone arm comprised 24 patients and the "
            "placebo arm 25. MADRS fell.",
            49,
        ),
        # a stated total still wins
        (
            METHODS + "Sixty patients were randomised. Naltrexone, 28 patients; placebo, 27 "
            "patients. MADRS fell.",
            60,
        ),
    ],
)
def test_arms_listed_with_their_sizes_add_up(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract, RCT).n == n


@pytest.mark.parametrize(
    "results",
    [
        # near misses: parts of the arms, what happened to them
        "Responders: naltrexone, 12 patients; placebo, 5 patients.",
        "Naltrexone, 12 patients; placebo, 5 patients withdrew.",
        "Vivid dreams: naltrexone, 13 patients; placebo, 3 patients.",
        "The naltrexone arm had 20 completers and the placebo arm 19 completers.",
    ],
)
def test_parts_of_the_arms_are_not_summed(results: str) -> None:
    f = facts(TITLE, METHODS + results, RCT)
    assert f.n is None or f.n < 25
