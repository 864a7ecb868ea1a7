"""Command palette providers: open a story, run an action, open a related link."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from reader.library import titles_of
from reader.sanitize import printable
from reader.search import fold
from reader.widgets.sidebar import openable

if TYPE_CHECKING:
    from reader.app import NewsReaderApp

MAX_STORY_HITS = 200


def _help(text: str) -> str:
    """Help text for a hit: the palette reads it as markup, so brackets in article text are escaped."""
    return escape(printable(text))


def highlighted(text: str, query: str) -> Content:
    """`text` as plain content (never markup) with the query's letters, in order, emphasised.

    Letters are compared folded (case and accents), mapped back to the characters they came from."""
    content = Content(printable(text))
    folded: list[str] = []
    origin: list[int] = []  # for each folded character, its offset in `text`
    for index, ch in enumerate(text):
        for part in fold(ch):
            folded.append(part)
            origin.append(index)
    joined = "".join(folded)
    at = 0
    marked: set[int] = set()
    for ch in fold(query):
        if ch.isspace():
            continue
        found = joined.find(ch, at)
        if found < 0:
            break
        if origin[found] not in marked:
            marked.add(origin[found])
            content = content.stylize("bold underline", origin[found], origin[found] + 1)
        at = found + 1
    return content


def _subsequence(query: str) -> re.Pattern[str]:
    """A fast prefilter: the query's letters in order (what the fuzzy matcher needs anyway); for folded text."""
    return re.compile(".*?".join(re.escape(ch) for ch in fold(query) if not ch.isspace()))


class StoryCommands(Provider):
    """`Open story…`: fuzzy search over every title in the library."""

    @property
    def reader(self) -> NewsReaderApp:
        return self.app  # type: ignore[return-value]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(fold(query))  # "zurich" finds "Zürich"
        prefilter = _subsequence(query)
        hits = 0
        ordered = self.reader.ordered
        for at, title in enumerate(titles_of(ordered)):  # titles only: stories are made for hits
            folded = fold(title)
            if not prefilter.search(folded):
                continue
            score = matcher.match(folded)
            if score > 0:
                story = ordered[at]
                yield Hit(score, highlighted(f"Open story: {story.title}", query), partial(self.reader.open_anywhere, story),
                          text=story.title, help=_help(" \u00b7 ".join(p for p in (story.section, str(story.date or "")) if p)))
                hits += 1
                if hits >= MAX_STORY_HITS:
                    return

    async def discover(self) -> Hits:
        for story in self.reader.ordered[:20]:
            yield DiscoveryHit(Content(printable(f"Open story: {story.title}")), partial(self.reader.open_anywhere, story),
                               text=story.title)


class ActionCommands(Provider):
    """The reader's own actions, so they can be found by name."""

    def _actions(self) -> Iterator[tuple[str, str, str]]:
        yield "Toggle bookmark", "toggle_bookmark", "Bookmark or un-bookmark the story under the cursor (b)"
        yield "Toggle read", "toggle_read", "Mark the story under the cursor read or unread (m)"
        yield "Mark all shown as read", "mark_all_read", "Every story in the list as it is filtered now (A)"
        yield "Next unread story", "next_unread", "Open the next unread story (n)"
        yield "Filter: cycle all, unread, bookmarked", "cycle_filter", "Which stories the list shows (f)"
        yield "Search stories", "search", "Narrow the list as you type (/)"
        yield "Show or hide the sidebar", "toggle_sidebar", "Related links, related stories and quotes (s)"
        yield "Help: keys", "help", "Every key in one place (?)"

    def _run(self, action: str) -> None:
        self.app.call_later(self.app.run_action, action)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, action, help_text in self._actions():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(self._run, action), text=title, help=help_text)

    async def discover(self) -> Hits:
        for title, action, help_text in self._actions():
            yield DiscoveryHit(title, partial(self._run, action), text=title, help=help_text)


class LinkCommands(Provider):
    """`Open related link…`: the open story's related links that have a web address."""

    def _links(self) -> Iterator[tuple[str, str]]:
        story = getattr(self.app, "open_story", None)
        for link in story.related_links if story else ():
            if openable(link.url):
                yield f"Open related link: {link.title}", link.url  # type: ignore[misc]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(fold(query))
        for title, url in self._links():
            score = matcher.match(fold(title))
            if score > 0:
                yield Hit(score, highlighted(title, query), partial(self.app.open_url, url), text=title, help=_help(url))

    async def discover(self) -> Hits:
        for title, url in self._links():
            yield DiscoveryHit(Content(printable(title)), partial(self.app.open_url, url), text=title, help=_help(url))
