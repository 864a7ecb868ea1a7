"""Bookmarks out of newsreader: a Markdown reading list, JSON, or an OPML outline."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

from reader.loading import Unreadable, read_text
from reader.model import Block, Quote, Story
from reader.parsing import parse
from reader.quotes import find_quotes
from reader.sanitize import printable
from reader.state import Bookmark



@dataclass(frozen=True)
class Entry:
    """A bookmark with what its article file still tells (nothing, when the file is gone)."""

    bookmark: Bookmark
    story: Story | None
    first_quote: Quote | None


def entries(bookmarks: Sequence[Bookmark]) -> list[Entry]:
    """Each bookmark with its story re-read from its source file, each file read once."""
    parsed: dict[str, list[Story]] = {}
    out: list[Entry] = []
    for mark in bookmarks:
        stories: list[Story] = []
        if mark.source:
            if mark.source not in parsed:
                try:
                    parsed[mark.source] = parse(read_text(Path(mark.source)), source=mark.source)
                except Unreadable:
                    parsed[mark.source] = []
            stories = parsed[mark.source]
        story = next((s for s in stories if s.id == mark.id), None)
        if story is None:
            quotes = []
        elif story.kind == "brief" and story.teaser:
            quotes = find_quotes([Block("paragraph", story.teaser)])
        else:
            quotes = find_quotes(story.body)
        first = next((q for q in quotes if q.kind == "quote"), quotes[0] if quotes else None)
        out.append(Entry(mark, story, first))
    return out


def to_json(bookmarks: Sequence[Bookmark]) -> str:
    return json.dumps([mark.to_dict() for mark in bookmarks], ensure_ascii=False, indent=2)


def _file_url(source: str | None) -> str | None:
    return Path(source).resolve().as_uri() if source else None


def _md(text: str) -> str:
    """Escape what Markdown would read as formatting or links (and show control characters, never send them)."""
    return "".join("\\" + ch if ch in "\\`*_{}[]()<>#|!~" else ch for ch in printable(text))


def to_markdown(items: Sequence[Entry]) -> str:
    lines = ["# Reading list", ""]
    for item in items:
        mark, story = item.bookmark, item.story
        url = _file_url(mark.source)
        title = _md(mark.title or mark.id)
        lines.append(f"- **[{title}]({url})**" if url else f"- **{title}**")
        when = story.date.isoformat() if story and story.date else None
        details = [f"published {when}" if when else None, f"bookmarked {mark.bookmarked_at[:10]}"]
        if story and story.section:
            details.append(_md(story.section))
        lines.append("  " + " \u00b7 ".join(d for d in details if d))
        if mark.source:
            lines.append(f"  source: `{printable(mark.source).replace('`', '')}`")
        if item.first_quote:
            quote = item.first_quote
            who = f" \u2014 {_md(quote.speaker)}" if quote.speaker else ""
            lines.append(f"  > \u201c{_md(quote.text)}\u201d{who}")
        lines.append("")
    return "\n".join(lines)


def to_opml(items: Sequence[Entry]) -> str:
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = "newsreader bookmarks"
    body = ET.SubElement(root, "body")
    for item in items:
        mark = item.bookmark
        # `printable`: control characters (an ESC in a headline) are not allowed in XML at all
        attrs = {"text": printable(mark.title or mark.id), "type": "link", "created": mark.bookmarked_at, "id": mark.id}
        url = _file_url(mark.source)
        if url:
            attrs["url"] = url
        if item.story and item.story.date:
            attrs["published"] = item.story.date.isoformat()
        if item.first_quote:
            attrs["quote"] = printable(item.first_quote.text)
            if item.first_quote.speaker:
                attrs["speaker"] = printable(item.first_quote.speaker)
        ET.SubElement(body, "outline", attrs)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
