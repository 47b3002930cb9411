"""Article -> Markdown: what `reader export --format markdown` writes and the app copies.

A page's text is the scraper's, not ours: a "# " or "1." at the start of a paragraph, a
"*" or "[x](y)" or "<b>" inside it would become a heading, a list, emphasis, a link or
HTML. Everything Markdown would read as markup is escaped, so the text renders as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TextIO

from reader.chronology import article_date
from reader.model import Article

# Inline characters CommonMark may read as markup, anywhere in a line.
_INLINE = re.compile(r"([\\`*_\[\]<>|~#])")  # "#": a headline's trailing " #" would be dropped
# "&amp;" or "&#39;" would be read as the character they name.
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# What opens a block at the start of a line: a list, a rule, a setext underline (the rest is inline above).
_LINE_START = re.compile(r"^([+=-]|[0-9]{1,9}(?=[.)](?:\s|$)))")


def escape(text: str) -> str:
    """`text` as Markdown that renders exactly as `text` (one line: runs of space become one)."""
    line = " ".join(text.split())
    line = _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", line))
    match = _LINE_START.match(line)
    if match is None:
        return line
    if match.group(1).isdigit():  # "1. " opens a list item: escape its dot or bracket instead
        return line[:match.end()] + "\\" + line[match.end():]
    return "\\" + line


def article_markdown(article: Article) -> str:
    """Headline, a metadata list, the paragraphs, and captions as italic lines."""
    lines = [f"# {escape(article.title)}", ""]
    when = article_date(article)
    if when is None:
        lines.append("- Date: not given")
    elif when.published:
        lines.append(f"- Published: {when.shown}")
    else:
        lines.append(f"- Date: {when.shown} (from the text; the page gives no published date)")
    if article.author:
        lines.append(f"- Author: {escape(article.author)}")
    if article.credit:
        lines.append(f"- Credit: {escape(article.credit)}")
    lines.append(f"- File: {escape(article.file)}")
    if article.excerpt:
        lines.append("- Excerpt only: the page shows the start of the article")
    for block in article.blocks:
        text = escape(block.text)
        if not text:
            continue
        lines.append("")
        lines.append(f"*{text}*" if block.kind == "caption" else text)
    return "\n".join(lines) + "\n"


def write_markdown(articles: Iterable[Article], out: TextIO) -> int:
    """Write the articles one after another, a blank line between; return how many were written."""
    count = 0
    for article in articles:
        if count:
            out.write("\n")
        out.write(article_markdown(article))
        count += 1
    return count
