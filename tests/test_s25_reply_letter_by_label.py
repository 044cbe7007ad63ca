"""An authors' reply typed "Letter" whose reply form is its section label ("IN REPLY") or
the end of its title ("...-Reply") answers another article: a comment, design other,
whatever trial figures it restates. Shown by holdout238 26600028 (a reply read as a
non-randomised trial). Session 25, round 68, c68a."""

import pytest
from written import LEX, RULES

from ldn_watch.assess import assess
from ldn_watch.model import AbstractSection, Article

LETTER = ["Letter"]
TOLD = (
    "We are grateful for the comments on our trial. Participants given low-dose naltrexone "
    "4.5 mg improved by 3 points more on the MADRS than those given placebo in depression."
)


@pytest.mark.parametrize(
    ("title", "label"),
    [
        ("Effect size in a trial of low-dose naltrexone for depression-Reply", None),
        ("Low-dose naltrexone and placebo response in depression \u2014 Reply", None),
        ("Low-dose naltrexone and placebo response in depression", "IN REPLY"),
    ],
)
def test_reply_letter_is_other(title: str, label: str | None) -> None:
    a = Article(
        pmid="1", title=title, abstract=[AbstractSection(TOLD, label)], publication_types=LETTER
    )
    assert assess(a, LEX, RULES).facts.design == "other"


def test_research_letter_keeps_its_design() -> None:
    """Near miss: a research letter with its own methods label, no reply form."""
    a = Article(
        pmid="1",
        title="Low-dose naltrexone for depression in older adults: an open trial",
        abstract=[
            AbstractSection(
                "We gave low-dose naltrexone 4.5 mg nightly to 22 older adults with major "
                "depression for 8 weeks; MADRS scores fell by 9 points.",
                "METHODS",
            )
        ],
        publication_types=LETTER,
    )
    assert assess(a, LEX, RULES).facts.design != "other"
