"""The sidebar: related links, related stories and the story's quotes, each selectable."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip

from reader.model import Quote, RelatedLink, RelatedStory, Story, normalise_title
from reader.sanitize import printable
from reader.widgets.lines import LinePane
from reader.widgets.styling import component_style

OPENABLE_SCHEMES = ("http://", "https://")
PADDING = 1  # columns either side of the text
QUOTE_CHARACTERS = 90  # a quote is cut to this in the sidebar; choosing it scrolls to the whole


def openable(url: str | None) -> bool:
    """Only web links are handed to the browser."""
    return bool(url) and url.lower().startswith(OPENABLE_SCHEMES)


@dataclass(frozen=True)
class Picked:
    """What the reader chose in the sidebar."""

    link: RelatedLink | None = None
    related: RelatedStory | None = None
    quote: Quote | None = None


class Sidebar(LinePane, can_focus=True):
    """Three short lists under their headings in one pane drawn line by line (Line API), with one
    cursor over all their items: enter or a click posts `Sidebar.Chosen` for the app to act on.
    One widget rather than a list widget per section: every widget on screen keeps its lines, and
    their pieces cut at the widgets' edges, in memory."""

    BINDINGS = [
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "choose", "Open", show=False),
    ]
    COMPONENT_CLASSES = {"sidebar--heading", "sidebar--cursor", "sidebar--empty", "sidebar--dim"}

    class Chosen(Message):
        def __init__(self, picked: Picked) -> None:
            super().__init__()
            self.picked = picked

    def __init__(self, has_full_text: Callable[[str], bool], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._has_full_text = has_full_text
        self._links: list[RelatedLink] = []
        self._related: list[RelatedStory] = []
        self._quotes: list[Quote] = []
        self._speaker_style: Callable[[str | None], object] = lambda _: ""
        self.items: list[Picked] = []  # every item in order, what the cursor moves over
        self._cursor = 0
        self._line_item: list[int] = []  # per line, the index of the item drawn on it, or -1
        self._item_lines: list[tuple[int, int]] = []  # per item, its first and last line

    def show(self, story: Story | None, quotes: list[Quote], speaker_style: Callable[[str | None], object]) -> None:
        self._links = list(story.related_links) if story else []
        self._related = list(story.related) if story else []
        self._quotes, self._speaker_style = quotes, speaker_style
        self.items = [
            *(Picked(link=link) for link in self._links),
            *(Picked(related=item) for item in self._related),
            *(Picked(quote=quote) for quote in quotes),
        ]
        self._cursor = 0
        self._rendered_width = -1
        self._lines, self._line_item, self._item_lines = [], [], []  # until laid out (not while hidden)
        self.scroll_to(0, 0, animate=False)
        self._layout()
        self.refresh()

    @property
    def cursor(self) -> int:
        """Index into `items` of the item under the cursor."""
        return self._cursor

    @cursor.setter
    def cursor(self, index: int) -> None:
        self._cursor = max(0, min(index, len(self.items) - 1))
        self._layout()
        if self._cursor < len(self._item_lines):
            first, last = self._item_lines[self._cursor]
            self.scroll_to_region(Region(0, first, 1, last - first + 1), animate=False, force=True)
        self.refresh()

    def highlighted_link(self) -> RelatedLink | None:
        """The link under the cursor, for `o`."""
        return self.items[self._cursor].link if self.items else None

    # keys and mouse ------------------------------------------------------------------------------------

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.items) - 1

    def action_choose(self) -> None:
        if self.items:
            self.post_message(self.Chosen(self.items[self._cursor]))

    def on_click(self, event: events.Click) -> None:
        line = event.y + round(self.scroll_y)
        item = self._line_item[line] if 0 <= line < len(self._line_item) else -1
        if item >= 0:
            self.cursor = item
            self.action_choose()

    def on_focus(self) -> None:
        self.refresh()  # the cursor's colours follow focus

    def on_blur(self) -> None:
        self.refresh()

    # drawing -----------------------------------------------------------------------------------------

    def _render_lines(self, width: int) -> list[Strip]:
        base = self.rich_style
        lines: list[Strip] = []
        line_item: list[int] = []
        item_lines: list[tuple[int, int]] = []

        def emit(text: Text, item: int) -> None:
            wrapped = self._wrapped(text, max(1, width - 2 * PADDING), PADDING, width)
            lines.extend(wrapped)
            line_item.extend([item] * len(wrapped))

        # Drawn from the items here, not when shown, so a change of theme recolours them too.
        sections = (
            ("Related links", [self._link_prompt(link) for link in self._links], "No related links"),
            ("Related stories", [self._related_prompt(item) for item in self._related], "No related stories"),
            ("Quotes", [self._quote_prompt(q, self._speaker_style(q.speaker)) for q in self._quotes], "No quotations"),
        )
        heading, empty = self._style("heading"), self._style("empty")
        for title, prompts, when_empty in sections:
            lines.append(Strip.blank(width, base))
            line_item.append(-1)
            emit(Text(title, style=heading), -1)
            if not prompts:
                emit(Text(when_empty, style=empty), -1)
            for prompt in prompts:
                first = len(lines)
                emit(prompt, len(item_lines))
                item_lines.append((first, len(lines) - 1))
        self._line_item, self._item_lines = line_item, item_lines
        return lines

    def _line(self, index: int) -> Strip:
        strip = self._lines[index]
        if self.items and self._line_item[index] == self._cursor:
            # over the text's own colours, as the list's cursor row is (`apply_style` goes under them)
            strip = Strip(Segment.apply_style(list(strip), post_style=self._style("cursor")), strip.cell_length)
        return strip

    def _style(self, part: str) -> Style:
        return component_style(self, f"sidebar--{part}")

    # items -------------------------------------------------------------------------------------------

    def _link_prompt(self, link: RelatedLink) -> Text:
        text = Text(printable(link.title))
        if openable(link.url):
            text.append(f"\n{printable(link.url or '')}", style="underline")
        else:
            text.stylize(self._style("dim"))
        return text

    def _related_prompt(self, item: RelatedStory) -> Text:
        full = self._has_full_text(normalise_title(item.title))
        text = Text()
        text.append("\u25b8 " if full else "  ", style="bold")  # the marker only: a title is not bold
        text.append(printable(item.title), style="" if full else self._style("dim"))
        return text

    def _quote_prompt(self, quote: Quote, style: object) -> Text:
        text = Text(printable(quote.speaker or "unattributed"), style=style)  # type: ignore[arg-type]
        words = printable(quote.text)
        cut = words if len(words) <= QUOTE_CHARACTERS else words[: QUOTE_CHARACTERS - 1] + "\u2026"
        text.append("\n\u201c" + cut + "\u201d")
        return text
