"""A bulleted abstract ("• Background: ... • Doses: ..."), its lines kept or run together
by the import, is read line by line: each bullet its own line, its heading a heading, so
an earlier study's dose in the background bullet and the study's own doses in another
bullet are never one sentence.

Round 60, c60b; shown by holdout213 23800008 ("Three doses of low-dose naltrexone in
major depressive disorder with dopaminergic augmentation": doses [] and dose-finding
missed).
"""

from __future__ import annotations

import pytest

from ldn_watch.assess import assess, default_lexicon, default_rules
from ldn_watch.assess.gaps import verdicts
from ldn_watch.model import AbstractSection, Article

LEX, RULES = default_lexicon(), default_rules()

RECORD = (
    "Three doses of low-dose naltrexone in major depressive disorder with dopaminergic "
    "augmentation: a randomised dose-comparison trial",
    "• Background: 2017 pilot used only 1 mg twice a day. • Design: double-blind, parallel, "
    "3 dose arms, no placebo. • Participants: 112 screened, 45 randomised (15 per arm), MDD "
    "on bupropion XL or a psychostimulant. • Doses: 0.5 mg / 2 mg / 4.5 mg once daily, 8 wk. "
    "• Results: MADRS response 20% / 40% / 47%; linear trend p=0.08. • Conclusion: higher "
    "doses in the LDN range may work better; n small.",
)


def _facts(title: str, text: str):  # type: ignore[no-untyped-def]
    art = Article(
        pmid="1",
        title=title,
        abstract=[AbstractSection(text)],
        publication_types=["Randomized Controlled Trial"],
    )
    return assess(art, LEX, RULES).facts


def test_the_record() -> None:
    got = _facts(*RECORD)
    assert got.ldn_doses_mg == [0.5, 2.0, 4.5]
    assert got.compares_doses is True
    assert verdicts(got, RULES)["dose-finding"].value == "addressed"
    assert verdicts(got, RULES)["larger-trials"].value == "no"


LINES = [
    "Background: an earlier pilot gave naltrexone 1 mg twice a day.",
    "Methods: sixty adults with major depressive disorder on sertraline were randomised.",
    "Arms: 1.5 mg / 3 mg / 4.5 mg nightly for 8 weeks.",
    "Results: response 25% / 38% / 51%.",
    "Conclusion: the higher doses may work better.",
]
TITLE = "Low-dose naltrexone at three doses in major depressive disorder: an RCT"


@pytest.mark.parametrize("bullet", ["•", "▪", "●"])
@pytest.mark.parametrize("joined", [" ", "\n"])
def test_each_bullet_is_a_line(bullet: str, joined: str) -> None:
    got = _facts(TITLE, joined.join(f"{bullet} {line}" for line in LINES))
    assert got.ldn_doses_mg == [1.5, 3.0, 4.5]
    assert got.compares_doses is True


def test_dash_bullets_on_lines() -> None:
    got = _facts(TITLE, "\n".join(f"- {line}" for line in LINES))
    assert got.ldn_doses_mg == [1.5, 3.0, 4.5]


# near misses: the background bullet's single earlier dose stays the earlier study's; a
# one-dose trial told in bullets compares nothing; the Lancet's raised point is a decimal
def test_one_dose_in_bullets_compares_nothing() -> None:
    lines = [
        "• Background: an earlier pilot compared naltrexone 1.5 mg and 3 mg.",
        "• Methods: 70 adults with major depression on escitalopram were randomised to "
        "naltrexone 4·5 mg or placebo.",
        "• Results: MADRS fell more on naltrexone.",
    ]
    for joined in (" ", "\n"):
        got = _facts("Low-dose naltrexone in major depression: an RCT", joined.join(lines))
        assert got.ldn_doses_mg == [4.5]
        assert got.compares_doses is False
        assert verdicts(got, RULES)["dose-finding"].value == "no"


def test_negative_change_at_line_start_is_no_bullet() -> None:
    got = _facts(
        "Low-dose naltrexone in major depression: an RCT",
        "Methods: 70 adults with major depression were randomised to naltrexone 4.5 mg or "
        "placebo.\nResults: MADRS change\n-11.2 vs -7.0 points.",
    )
    assert got.ldn_doses_mg == [4.5]
