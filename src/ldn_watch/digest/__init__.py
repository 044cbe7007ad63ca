"""Digests: what changed for the three gaps, as HTML, text, JSON, an archive folder and email.

context  DigestContext, the documented template context, and build_context
render   the Jinja2 environment (user templates first) and the three renderers
archive  the digest folder: digest files, latest.html, index.html, feed.atom
feed     the Atom feed
mail     the email message and its SMTP delivery
sample   a realistic sample context for template previews and tests
"""

from ldn_watch.digest.archive import ArchiveResult, write_archive
from ldn_watch.digest.context import DigestContext, build_context, subject_line
from ldn_watch.digest.feed import FeedEntry, render_atom
from ldn_watch.digest.mail import SmtpSettings, build_message, send_message
from ldn_watch.digest.render import make_environment, render_html, render_json, render_text

__all__ = [
    "ArchiveResult",
    "DigestContext",
    "FeedEntry",
    "SmtpSettings",
    "build_context",
    "build_message",
    "make_environment",
    "render_atom",
    "render_html",
    "render_json",
    "render_text",
    "send_message",
    "subject_line",
    "write_archive",
]
