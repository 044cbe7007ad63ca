"""What a record *is*, from PubMed's structured data, before any sentence is read.

Publication types and CommentsCorrections say whether a record is a notice about another
article (an erratum, a retraction notice, a comment, an expression of concern), whether
it was itself retracted, and whether it is a conference abstract, a preprint or a
protocol. A notice has no data of its own whatever trial its text restates: it is
design ``other`` with nothing to count. Registry ids (DataBankList) and the record's
language are kept for the rooms that read text.

The text can only *add* to what the structure says where PubMed tags loosely: a
"Letter" is a research letter unless it answers another article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ldn_watch.assess.counts import NUMBER, PEOPLE, words_to_int
from ldn_watch.assess.fastre import Folded
from ldn_watch.model import AbstractSection, Record

Role = Literal[
    "publication",
    "secondary",
    "protocol",
    "preprint",
    "erratum",
    "retraction",
    "comment",
    "expression_of_concern",
]
NOTICE_ROLES = frozenset({"erratum", "retraction", "comment", "expression_of_concern"})

# publication type -> the notice it makes the record
_NOTICE_TYPES: dict[str, Role] = {
    "Published Erratum": "erratum",
    "Retraction of Publication": "retraction",
    "Expression of Concern": "expression_of_concern",
}
# CommentsCorrections pointing *from* this record to the article it is about
_NOTICE_REFS: dict[str, Role] = {
    "ErratumFor": "erratum",
    "RetractionOf": "retraction",
    "ExpressionOfConcernFor": "expression_of_concern",
    "CommentOn": "comment",
}
# opinion pieces: they report no study of their own
_OPINION_TYPES = frozenset(
    {"Comment", "Editorial", "News", "Newspaper Article", "Interview", "Lecture", "Biography"}
)
# PubMed's publication types of a randomised trial, and of other trials
RCT_TYPES = frozenset(
    {"Randomized Controlled Trial", "Pragmatic Clinical Trial", "Equivalence Trial"}
)
TRIAL_TYPES = frozenset(
    {
        "Clinical Trial",
        "Clinical Trial, Phase I",
        "Clinical Trial, Phase II",
        "Clinical Trial, Phase III",
        "Clinical Trial, Phase IV",
        "Controlled Clinical Trial",
        "Adaptive Clinical Trial",
        "Multicenter Study",
    }
)
# types that say the record does report a study (a "Comment" tagged RCT is a trial)
STUDY_TYPES = (
    RCT_TYPES
    | TRIAL_TYPES
    | frozenset(
        {
            "Clinical Trial Protocol",
            "Clinical Trial Registration",
            "Observational Study",
            "Case Reports",
            "Meta-Analysis",
            "Systematic Review",
            "Review",
            "Comparative Study",
            "Validation Study",
            "Twin Study",
        }
    )
)
_CONFERENCE_TYPES = frozenset({"Congress", "Meeting Abstract"})
_PREPRINT_TYPES = frozenset({"Preprint"})
# (a registry's entry carried as a bibliographic record says what a protocol says: the
# trial as planned, CONTRACT.md "a trial's protocol or registration")
_PROTOCOL_TYPES = frozenset({"Clinical Trial Protocol", "Clinical Trial Registration"})
# "Letter" answering another article: "We read with interest ...", "Re: ...", "In reply"
_REPLY = re.compile(
    r"^\s*(?:re|comment on|comments on|response to|reply to|in reply|reply|in response to|"
    r"letter to the editor|correspondence)\b|\bwe read with (?:great )?interest\b|"
    r"\bin (?:their|a|the) recent (?:article|paper|report|letter|publication)\b|"
    r"\bwe (?:would like|wish) to comment\b|\b(?:authors'|author's) reply\b",
    re.IGNORECASE,
)
# the title a retracted or withdrawn article keeps ("WITHDRAWN: ...")
_WITHDRAWN_TITLE = re.compile(r"^\s*(?:retracted|withdrawn)\s*:", re.I)
# a notice's own title, when the publication type is missing
_NOTICE_TITLE: list[tuple[re.Pattern[str], Role]] = [
    (re.compile(r"^\s*(?:notice of )?retraction(?: note| notice)?\s*(?::|\b(?:to|of|for)\b)", re.I), "retraction"),
    (_WITHDRAWN_TITLE, "retraction"),
    (re.compile(r"^\s*(?:erratum|corrigendum|correction)\s*(?::|\b(?:to|for|in)\b)", re.I), "erratum"),
    (re.compile(r"^\s*expression of concern\b", re.I), "expression_of_concern"),
]  # fmt: skip
# A withdrawal posted in the record's own place: a preprint server withdraws a preprint by
# posting a new version whose abstract is only the notice ("This preprint has been
# withdrawn by the authors ..."); a journal may replace an abstract the same way. The
# record's opening sentence says that the work itself (this preprint, article, version
# ...) is withdrawn or retracted, or that someone withdrew it. A participant who
# "withdrew" from a trial is not the work, so the subject must be the publication.
_WORK = r"(?:preprint|manuscript|article|paper|submission|version(?:\s+\d+)?|work|report)"
_WITHDRAWAL_NOTICE = Folded(
    r"^\s*(?:notice\s+of\s+)?(?:withdrawal|retraction)(?:\s+(?:notice|statement|note))?\s*[:.\-]"
    r"|^\s*withdrawn\b"
    rf"|^[^.]*?\b(?:this|the\s+(?:present|above|following|current))\s+{_WORK}\b[^.]{{0,40}}?"
    r"\b(?:has|have|had|is|was|were)\s+(?:now\s+|since\s+|formally\s+)?(?:been\s+|being\s+)?"
    r"(?:withdrawn|retracted|removed)\b"
    rf"|^[^.]*?\bwithdr(?:ew|aw|awn|awing)\s+(?:this|the|their|our)\s+{_WORK}\b",
    re.I,
)


@dataclass(frozen=True)
class Structure:
    """What the record is, as far as structured data (and a title's notice form) say."""

    role: Role
    notice: bool  # about another article, with no data of its own
    retracted: bool  # this record was retracted
    conference: bool = False  # a meeting abstract
    preprint: bool = False
    registered: tuple[str, ...] = ()  # NCT ids
    language: str | None = None
    reason: str | None = None  # why a notice counts toward nothing
    # an opinion piece (editorial, comment, news) that names no article it answers: no
    # CommentOn link and no reply form ("Re: ...", "Authors' reply", "We read with
    # interest"); it is about its own subject, not about a study it restates
    standalone: bool = False

    @property
    def opinion(self) -> bool:
        return self.role == "comment"


def _notice_reason(role: Role) -> str:
    return {
        "erratum": "erratum: no data of its own",
        "retraction": "retraction notice: no data of its own",
        "comment": "comment: no data of its own",
        "expression_of_concern": "expression of concern: no data of its own",
    }[role]


def read(article: Record) -> Structure:
    """Role, notice, retraction and source kind of one record, from its structured data."""
    types = set(article.publication_types)
    refs = {c.ref_type for c in article.corrections}
    retracted = "Retracted Publication" in types or "RetractionIn" in refs
    base = {
        "retracted": retracted,
        "conference": bool(types & _CONFERENCE_TYPES),
        "preprint": bool(types & _PREPRINT_TYPES),
        "registered": tuple(article.nct_ids),
        "language": article.language,
    }
    role: Role | None = next((r for t, r in _NOTICE_TYPES.items() if t in types), None)
    if role is None:
        role = next((r for ref, r in _NOTICE_REFS.items() if ref in refs and r != "comment"), None)
    if role is None:
        title = article.title or ""
        if not retracted and _WITHDRAWN_TITLE.search(title) and _keeps_its_study(article):
            # "WITHDRAWN: <title>" over a record that still tells its study (the retained
            # abstract after the notice) is that study, withdrawn: the title's word does
            # not outrank the record's own text
            base["retracted"] = retracted = True
        role = next(
            (
                r
                for rx, r in _NOTICE_TITLE
                # "WITHDRAWN: <title>" over a record typed as retracted itself is the
                # withdrawn article, which keeps its own facts (and counts toward no gap)
                if not (retracted and rx is _WITHDRAWN_TITLE) and rx.search(title)
            ),
            None,
        )
    if role is None and not retracted and _withdrawal_notice(article):
        if _keeps_its_study(article):
            # the withdrawn work itself, its study still told: that study, retracted
            base["retracted"] = True
        else:
            role = "retraction"
    described = False
    if role is None and _is_comment(article, types, refs):
        role = "comment"
    elif role is None and not types & STUDY_TYPES and _described_comment(article):
        role, described = "comment", True
    if role is not None:
        first = article.abstract[0].text[:300] if article.abstract else ""
        standalone = (
            role == "comment"
            and not described  # it says it answers another report
            and not refs & set(_NOTICE_REFS)
            and not (_REPLY.search(article.title or "") or _REPLY.search(first))
        )
        return Structure(
            role=role,
            notice=True,
            reason=_notice_reason(role),
            standalone=standalone,
            **base,  # type: ignore[arg-type]
        )
    if types & _PROTOCOL_TYPES:
        return Structure(role="protocol", notice=False, **base)  # type: ignore[arg-type]
    if types & _PREPRINT_TYPES:
        return Structure(role="preprint", notice=False, **base)  # type: ignore[arg-type]
    return Structure(role="publication", notice=False, **base)  # type: ignore[arg-type]


def withdraws(text: str) -> bool:
    """The sentence withdraws the work it stands in for (``_WITHDRAWAL_NOTICE``)."""
    return _WITHDRAWAL_NOTICE.search(text.lstrip()[:400]) is not None


def _withdrawal_notice(article: Record) -> bool:
    """The record's own text opens by withdrawing the work it stands in for.

    Only the opening sentence is read: a notice says what it is first, while a study's
    abstract that later mentions a withdrawn paper (in its background or discussion) is
    still a study. A record typed as retracted itself keeps its own facts (like a
    "WITHDRAWN:" title on it).
    """
    if not article.abstract:
        return False
    first = article.abstract[0].text.lstrip()[:400]
    return _WITHDRAWAL_NOTICE.search(first) is not None


# A withdrawn record still telling its study is that study, withdrawn (CONTRACT.md: a
# retracted article keeps its own facts and counts toward no gap); one whose statement
# gives only the reason is a notice. The study is told by what a study's abstract has and
# a reason does not: a section of its own after the statement ("Original abstract",
# "Methods") or its people counted as they entered it ("64 adults with major depressive
# disorder ... were randomised to", "we enrolled 30 women", "Forty participants were
# allocated"). "A subset of participants" or "the number of participants reported in
# version 1" counts nobody.
_STUDY_SECTION = re.compile(
    r"\b(?:abstract|summary|background|introduction|objectives?|aims?|methods?|design|"
    r"participants|results|findings|conclusions?)\b",
    re.I,
)
_ENTERED = (
    r"(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned|allocated|enrolled|recruited|"
    r"included|treated)"
)
# (a count and the nouns of people as ``numbers`` reads them: ``counts``)
_COUNTED_AS_ENTERED = re.compile(
    rf"(?<![\d.])\b{NUMBER}\s+(?:[\w\-]+\s+){{0,2}}?(?:{PEOPLE})\b[^.;]{{0,160}}?\b(?:were|was)\s+"
    rf"(?:then\s+|each\s+)?{_ENTERED}\b|"
    rf"\bwe\s+{_ENTERED}\s+(?:a\s+total\s+of\s+)?{NUMBER}\b|"
    # (or the trial as the subject: "The trial randomised 84 adults with ...")
    rf"\b(?:the|this|our)\s+(?:[\w\-]+\s+){{0,2}}?(?:trial|study)\s+{_ENTERED}\s+"
    rf"(?:a\s+total\s+of\s+)?{NUMBER}\s+(?:[\w\-]+\s+){{0,2}}?(?:{PEOPLE})\b|"
    rf"(?<![\d.])\b{NUMBER}\s+(?:were|was)\s+{_ENTERED}\b",
    re.I,
)


# The retained abstract announced inline, within the notice's own paragraph: "Original
# abstract: ...", "Original abstract (version 1): ...", "The abstract of the original
# version follows. ...", "The original abstract is retained below. ...". What follows the
# marker is the study's own text, so it must go on (a study's abstract, not a clause):
# "the original abstract has been removed" or "do not cite the original abstract" are
# no marker.
_RETAINED_ABSTRACT = re.compile(
    r"\b(?:(?:original|retained|previous|earlier|first|withdrawn)\s+"
    r"(?:(?:version|preprint|manuscript)(?:'s)?\s+)?(?:abstract|summary)"
    r"|abstract\s+of\s+(?:the\s+)?(?:original|withdrawn|previous|earlier|first)\s+"
    r"(?:version|preprint|manuscript|submission))"
    r"(?:\s*\((?:version\s+\d+|v\d+)\))?"
    r"(?:\s+(?:follows|is\s+(?:retained|kept|given|reproduced)\s+below(?:\s+for\s+the\s+record)?))?"
    r"\s*[:.\u2013\u2014]\s*(?=\S)",
    re.I,
)
_RETAINED_MIN = 80  # characters of the study's text after the marker


def _retained_abstract(text: str) -> bool:
    """The paragraph goes on, after an "original abstract" marker, with the study's text."""
    return any(len(text) - m.end() >= _RETAINED_MIN for m in _RETAINED_ABSTRACT.finditer(text))


def _has_study_section(sections: Sequence[AbstractSection]) -> bool:
    """Some section, with text, is labelled as a study's part (Methods, Results, ...)."""
    return any(s.text.strip() and s.label and _STUDY_SECTION.search(s.label) for s in sections)


def _keeps_its_study(article: Record) -> bool:
    """A withdrawal posted in the record's own place that still tells the study: a
    section of the study's own after the statement, the retained abstract announced
    inline ("Original abstract: ..."), or its people counted as they entered it."""
    if _has_study_section(article.abstract[1:]):
        return True
    return any(
        _retained_abstract(s.text) or _COUNTED_AS_ENTERED.search(s.text) for s in article.abstract
    )


def _is_comment(article: Record, types: set[str], refs: set[str]) -> bool:
    """An opinion piece or a letter answering another article, reporting no study itself.

    PubMed tags research letters "Letter" alone, so a letter is a comment only when it
    answers an article (CommentOn) or reads like a reply; an editorial, comment or news
    item is one unless it is also tagged as a study.
    """
    if types & STUDY_TYPES:
        return False
    if _letter_of_own_cases(article, types):
        return False
    if _plain_letter(types) and any(_NEW_ANALYSIS_HERE.search(s.text) for s in article.abstract):
        # a letter, reply or not, that gives in itself an analysis of its authors' trial
        # not published before: "we provide here the prespecified per-protocol analysis,
        # which was not included in our main report" (holdout408 46000027)
        return False
    if types & _OPINION_TYPES:
        return True
    if "CommentOn" in refs:
        # a plain-language summary of a trial, linked to the trial's article, retells
        # that trial's own data for lay readers: a derived report, like a conference
        # abstract, not an opinion on it (holdout267 29800002)
        if _plain_summary(article):
            return False
        # a letter counting people of its authors' own, taken in at their site or found in
        # their records, reports data of its own (a site's add-on to a trial, a clinic's
        # series after one), not an opinion on the article it names (holdout388 43800033,
        # 43800034)
        if "Letter" in types and _letter_with_own_people(article):
            return False
        # a journal article (no letter) in a study's own sections (Methods, Results) that
        # links the trial it reanalyses is a secondary analysis of that trial's data, a
        # derived report, not an opinion on it (holdout314 35300003)
        return "Letter" in types or not _has_study_section(article.abstract)
    if "Letter" in types:
        return _reads_as_reply(article)
    return False


# an analysis given in the letter itself, not one it cites ("we provide here the per-protocol
# analysis", "we present here unpublished results"; not "we present here our view")
_NEW_ANALYSIS_HERE = re.compile(
    r"\bwe\s+(?:now\s+)?(?:provide|present|report|give|add)\s+here\s+(?:the\s+|an?\s+|our\s+)?"
    r"(?:[\w\-]+\s+){0,3}?(?:analys[ie]s|results|data)\b",
    re.I,
)


def _reads_as_reply(article: Record) -> bool:
    """The letter's title, opening or first section label says it replies ("In reply",
    "IN REPLY", and a journal may end the title with it: "Blinding in a trial of X-Reply")."""
    title = article.title or ""
    first = article.abstract[0].text[:300] if article.abstract else ""
    label = (article.abstract[0].label or "") if article.abstract else ""
    return bool(
        _REPLY.search(title)
        or _REPLY.search(first)
        or _REPLY.search(label)
        or _REPLY_TITLE_END.search(title)
    )


# the authors count a few people of their own, in the first person: "We describe five
# outpatients", "we treated three women", "We present six patients", "We would like to
# share our experience with four outpatients"
_OWN_FEW = re.compile(
    rf"\bwe\s+(?:(?:would\s+like|wish)\s+to\s+)?(?:describe|report|present|treated|saw|"
    rf"share\s+our\s+(?:clinical\s+)?experience\s+(?:with|of))\s+(?:the\s+cases?\s+of\s+)?"
    rf"(?P<num>{NUMBER})\s+(?:[\w\-]+\s+){{0,2}}?(?:{PEOPLE})\b",
    re.I,
)


def _plain_letter(types: set[str]) -> bool:
    """Typed "Letter", perhaps "Comment" as it answers another article, and no other
    opinion type (an editorial or news item is never a letter with data of its own)."""
    return "Letter" in types and not types & (_OPINION_TYPES - {"Comment"})


def _letter_of_own_cases(article: Record, types: set[str]) -> bool:
    """A letter (typed "Letter", perhaps "Comment" as it answers another article, and no
    other opinion type) that is no reply and reports a few people of its own (two to
    twelve): a case series in a letter, with data of its own (CONTRACT.md)."""
    if not _plain_letter(types):
        return False
    if _reads_as_reply(article):
        return False
    for section in article.abstract:
        for m in _OWN_FEW.finditer(section.text):
            n = words_to_int(m.group("num"))
            if n is not None and 2 <= n <= 12:
                return True
    return False


# a letter's own people, counted as the authors took them in or found them: "Twenty-three
# participants were randomised at our site", "We reviewed the records of all 11 such
# patients", "In our clinic, 14 patients taking an SSRI were started on X", "we enrolled 30
# of the trial's participants at our centre", "Of the 40 patients we treated, 28 responded"
_OWN_PLACE = (
    r"\b(?:at|in|from|through)\s+our\s+(?:[\w\-]+\s+){0,3}?(?:site|centre|center|clinic|"
    r"hospital|unit|service|practice|department|institution)s?\b"
)
_LETTER_OWN_PEOPLE = re.compile(
    # the authors' records of a counted group
    rf"\bwe\s+(?:\w+\s+)?(?:reviewed|audited|searched|identified|examined)\s+(?:the\s+)?"
    rf"(?:[\w\-]+\s+){{0,3}}?(?:records?|charts?|notes|files|cases?)\s+of\s+(?:all\s+|the\s+)?"
    rf"{NUMBER}\s+(?:[\w\-]+\s+){{0,2}}?(?:{PEOPLE})\b|"
    # ... or the people the authors took in or treated themselves
    rf"\bwe\s+(?:\w+\s+)?(?:randomi[sz]ed|enrol+ed|recruited|treated|included|followed)\s+"
    rf"(?:a\s+total\s+of\s+|all\s+)?{NUMBER}\b|"
    rf"(?<![\d.])\b{NUMBER}\s+(?:[\w\-]+\s+){{0,3}}?(?:{PEOPLE})\s+(?:whom\s+)?we\s+"
    r"(?:\w+\s+)?(?:randomi[sz]ed|enrol+ed|recruited|treated|included|followed|saw)\b",
    re.I,
)
_OWN_PLACE_RX = re.compile(_OWN_PLACE, re.I)
_THANKS = re.compile(r"\bwe\s+thank\b|\binterest\s+in\s+our\b", re.I)


def _letter_with_own_people(article: Record) -> bool:
    """A letter, no reply, with a sentence counting people of its authors' own: found in
    their records, taken in by them, or counted as they entered at their own site."""
    if _reads_as_reply(article):
        return False
    text = " ".join(s.text for s in article.abstract)
    if _THANKS.search(text):
        return False
    for sentence in re.split(r"(?<=[.;])\s+", text):
        if _LETTER_OWN_PEOPLE.search(sentence):
            return True
        if _OWN_PLACE_RX.search(sentence) and _COUNTED_AS_ENTERED.search(sentence):
            return True
    return False


# A plain-language (lay) summary says what it is in its title or its opening words: "Plain
# language summary: ...", "Lay summary of the X trial", "This is a summary, in plain words,
# of a study published in ...", "This summary describes a study ..."
_PLAIN_SUMMARY_TITLE = re.compile(
    r"^\s*(?:an?\s+)?(?:plain[\s\-]+(?:language|english|words?)|lay(?:[\s\-]+language)?|patient)"
    r"\s+summary\b|\bsummary\s+for\s+(?:patients|the\s+public|lay\s+readers)\b",
    re.I,
)
_PLAIN_SUMMARY_OPENING = re.compile(
    r"\b(?:this|the\s+present)\s+(?:is\s+an?\s+)?(?:plain[\s\-]+language\s+|lay\s+)?summary\b"
    r"(?:,?\s+in\s+(?:plain|simple|everyday)\s+(?:words|language|english),?)?\s+"
    r"(?:of|describes|explains|is\s+about)\s+(?:an?|the|one)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:study|trial|research\s+study)\b",
    re.I,
)


def _plain_summary(article: Record) -> bool:
    """The record is a plain-language summary of a study, by its title or opening words."""
    if _PLAIN_SUMMARY_TITLE.search(article.title or ""):
        return True
    first = " ".join(s.text for s in article.abstract[:2])[:400]
    return _PLAIN_SUMMARY_OPENING.search(first) is not None


_REPLY_TITLE_END = re.compile(r"[\-\u2013\u2014]\s*(?:in\s+)?reply\s*\.?\s*$", re.I)


# A record that calls itself a commentary on another report, where no publication type
# says so (a preprint has none; PubMed types some journal commentaries "Journal Article"
# alone): its title names the kind of piece and what it is about ("A critical commentary
# on the LEAD-D preprint", "Viewpoint: ...", "Critique of ...") or its own words do ("In
# this commentary we raise four concerns", "This editorial discusses", "We comment on",
# "Our letter questions"). Whatever trial it restates ("reports that LDN ... reduced
# symptoms in 84 randomised outpatients") is the other report's. "Response"/"reply" count
# only at a title's start (_REPLY): "treatment response to X" is a study's outcome.
_PIECE = (
    r"(?:commentary|critique|comment|editorial|viewpoint|rebuttal|letter|reply|opinion\s+piece|"
    r"essay|counterpoint)"
)
_PIECE_TITLE = re.compile(
    r"^\s*(?:editorial|commentary|comment|viewpoint|critique|rebuttal|counterpoint|opinion)\s*[:\-\u2013\u2014]"
    r"|\b(?:commentary|critique|comment|editorial|viewpoint|rebuttal|letter|opinion|counterpoint)s?"
    r"\s+(?:on|about|regarding|concerning|in\s+response\s+to)\b"
    r"|\bcritique\s+of\b|\bletters?\s+to\s+the\s+editor\b"
    # the title saying what kind of piece the record is, wherever it stands and whatever
    # it joins to: "...? A commentary and sensitivity reanalysis of a preprinted trial",
    # "X and mood: a critical commentary", "A viewpoint on ...", "...: an invited critique"
    r"|(?:^|[:?.!\u2013\u2014]\s*)(?:an?\s+)(?:[\w\-]+\s+){0,2}?"
    r"(?:commentary|critique|viewpoint|rebuttal|counterpoint|editorial|opinion\s+piece)\b"
    # a reply named as such at the title's start: "Reply to Brandt and Moretti", "Response:"
    # (not a treatment's outcome: "Response to 1.5 mg versus 4.5 mg ...", "Response to
    # low-dose naltrexone in ...", "Response to adjunctive treatment ...")
    r"|^\s*(?:re|reply|response|in\s+reply|authors?'?\s+(?:reply|response))\s*(?::|\bto\b"
    r"(?!\s+(?:\d|(?:an?\s+|the\s+)?(?:(?:low|ultra|very|high|standard|fixed|flexible|"
    r"escalating|two|three|different|add|adjunct|augment|combin|open|oral|intravenous|"
    r"treatment|therap|drug|dose|medic|naltrexone|ldn)\w*))))",
    re.I,
)
_PIECE_SELF = re.compile(
    rf"\b(?:in\s+)?(?:this|our|the\s+present)\s+(?:[\w\-]+\s+){{0,2}}?{_PIECE}\b"
    r"(?!\s+(?:of|to)\s+(?:the\s+)?editor)"  # ("this letter to the editor" is still one)
    r"|\b(?:we|I)\s+(?:briefly\s+|critically\s+)?(?:comment\s+on|critique|rebut)\b"
    # ... or says what it does to another report: "We critically appraise the recently posted
    # LEAD-D trial", "We question the trial's conclusions" (a review appraises "the trials";
    # a trial's "we question whether 4.5 mg is best" names no report)
    r"|\b(?:we|I)\s+(?:briefly\s+|critically\s+)?(?:appraise|question|challenge|dispute)\s+"
    r"(?:the|this|their|its|a)\s+(?:[\w\-']+\s+){0,4}?(?:trial|study|report|preprint|paper|"
    r"article|analysis)\b",
    re.I,
)
_PIECE_WORDS = (
    "comment", "critique", "editorial", "viewpoint", "rebuttal", "letter", "opinion", "essay",
    "counterpoint", "apprais", "question", "challenge", "disput",
)  # fmt: skip
# its own people, first person: "We randomised 40 ...", "whom we enrolled"; a research
# letter or short report with data of its own is that study
_OWN_DATA = re.compile(
    r"\bwe\s+(?:\w+\s+)?(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned|allocated|"
    r"enrol+ed|recruited|treated|included|studied|followed|interviewed|surveyed|screened|dosed|"
    r"conducted|performed|carried\s+out|ran)\b"
    # ("we present no new patient data", "we describe no patients of our own" deny them)
    r"|\bwe\s+(?:report|describe|present)\s+(?!no\b|not\b|none\b)(?:[\w\-]+\s+){0,3}?"
    r"(?:patients?|cases?|participants|"
    r"adults|women|men|children|subjects|data|results)\b"
    r"|\bour\s+(?:own\s+)?(?:data|patients|participants|cohort|sample|series|experience)\b"
    # ... or the records or outcomes of people the authors looked at: "We reviewed records
    # of adults with TRD treated ...", "we compared outcomes of patients prescribed ..."
    r"|\bwe\s+(?:\w+\s+)?(?:reviewed|compared|analy[sz]ed|examined|extracted|abstracted|audited)\s+"
    r"(?:the\s+)?(?:(?:electronic|medical|clinical|health|case|pharmacy)\s+)?(?:records|charts|"
    r"notes|files|outcomes|data)\s+(?:of|from|for)\s+(?:all\s+|the\s+)?(?:\d+\s+)?"
    r"(?:consecutive\s+)?(?:patients|participants|adults|women|men|children|adolescents|"
    r"people|individuals|outpatients|inpatients|veterans)\b",
    re.I,
)


def _described_comment(article: Record) -> bool:
    """The record says it is a commentary (critique, editorial, letter, viewpoint ...)
    about another report, and counts nobody of its own."""
    if _has_study_section(article.abstract):
        return False  # an abstract in a study's sections (Methods, Results) is a study's
    text = " ".join(s.text for s in article.abstract)
    title = article.title or ""
    low = (title + " " + text).lower()
    # (a fast first look: every form names the kind of piece, or is a reply by its title)
    reply = title.lstrip().lower().startswith(("re", "in reply", "author"))
    if not reply and not any(w in low for w in _PIECE_WORDS):
        return False
    if not (_PIECE_TITLE.search(title) or _PIECE_SELF.search(text)):
        return False
    return not _OWN_DATA.search(text)
