"""The list pane: one line per story, rendered on demand so 50,000 rows cost what 50 do."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.library import ids_of
from reader.model import Story
from reader.sanitize import printable
from reader.search import term_spans
from reader.widgets.styling import component_style

UNREAD, BOOKMARK = "\u25cf", "\u2605"  # ● ★
DATE_WIDTH = 10
SECTION_WIDTH = 14
WITH_DATE, WITH_SECTION = 39, 55  # row widths (the pane less its scrollbar) from which the date, then the section, show
NO_DATE = "\u2014".center(DATE_WIDTH)


def _fit(text: str, width: int) -> str:
    """Cut `text` to `width` cells, marking the cut with an ellipsis."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = cell_len(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "\u2026"


def _marked(text: str, terms: Sequence[str], style: Style, match: Style) -> list[Segment]:
    """`text` as segments, with every occurrence of a (folded) search term in `match` style."""
    spans = term_spans(text, terms)
    if not spans:
        return [Segment(text, style)]
    out: list[Segment] = []
    at = 0
    for start, end in spans:
        if start > at:
            out.append(Segment(text[at:start], style))
        out.append(Segment(text[start:end], match))
        at = end
    if at < len(text):
        out.append(Segment(text[at:], style))
    return out


def _date(when: date | None) -> str:
    return when.isoformat() if when else NO_DATE


class StoryList(ScrollView, can_focus=True, inherit_bindings=False):
    """Virtualised story list: `render_line` draws only the rows on screen, from plain data."""

    BINDINGS = [
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "select", "Open", show=True),
    ]
    COMPONENT_CLASSES = {
        "story-list--match",
        "story-list--cursor",
        "story-list--unread",
        "story-list--bookmark",
        "story-list--brief",
        "story-list--meta",
    }

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    class Highlighted(Message):
        def __init__(self, story: Story) -> None:
            super().__init__()
            self.story = story

    class Selected(Message):
        def __init__(self, story: Story) -> None:
            super().__init__()
            self.story = story

    def __init__(
        self,
        is_read: Callable[[str], bool],
        is_bookmarked: Callable[[str], bool],
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self._is_read = is_read
        self._is_bookmarked = is_bookmarked
        self.stories: Sequence[Story] = []
        self._terms: list[str] = []
        self._line_cache: dict[tuple[int, int, bool], Strip] = {}
        self.empty_note = ""  # the first row's words when there is no story to list (why not)

    # data ---------------------------------------------------------------------------------------

    def set_stories(self, stories: Sequence[Story], keep: str | None = None, empty_note: str = "") -> None:
        """Show `stories`, keeping the cursor on the story with id `keep` when it is still there;
        with none, `empty_note` says why."""
        self.stories = stories
        self.empty_note = empty_note
        self.virtual_size = Size(self.size.width, len(stories))
        self.refresh_rows()
        try:
            index = ids_of(stories).index(keep) if keep else self.cursor
        except ValueError:
            index = self.cursor  # the story kept is not in the new list
        self.cursor = min(index, max(0, len(stories) - 1))

    def set_terms(self, terms: list[str]) -> None:
        """Search terms (folded) to highlight in titles."""
        self._terms = terms
        self.refresh_rows()

    def refresh_rows(self) -> None:
        """Markers changed: drop cached lines and redraw."""
        self._line_cache.clear()
        self.refresh()

    def refresh_story(self, story_id: str) -> None:
        """One story's markers changed: redraw its row only (it is on screen: that is where keys and
        clicks act); a row off screen just loses its cached line."""
        top = round(self.scroll_y)
        for index in range(top, min(len(self.stories), top + self.size.height)):
            if self.stories[index].id == story_id:
                self._line_cache = {k: v for k, v in self._line_cache.items() if k[0] != index}
                self.refresh(Region(0, index - top, self.size.width, 1))
                return
        self._line_cache.clear()

    @property
    def current(self) -> Story | None:
        return self.stories[self.cursor] if 0 <= self.cursor < len(self.stories) else None

    # cursor -------------------------------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.stories) - 1)) if self.stories else 0

    def watch_cursor(self, old: int, new: int) -> None:
        self._line_cache = {k: v for k, v in self._line_cache.items() if k[0] not in (old, new)}
        self.refresh(Region(0, old - round(self.scroll_y), self.size.width, 1))
        self.refresh(Region(0, new - round(self.scroll_y), self.size.width, 1))
        self.scroll_to_region(Region(0, new, 1, 1), animate=False, force=True)
        if self.current is not None:
            self.post_message(self.Highlighted(self.current))

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.stories) - 1

    def action_select(self) -> None:
        if self.current is not None:
            self.post_message(self.Selected(self.current))

    def on_click(self, event: events.Click) -> None:
        index = event.y + round(self.scroll_y)
        if 0 <= index < len(self.stories):
            self.cursor = index
            self.action_select()

    # rendering ------------------------------------------------------------------------------------

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.stories))
        self._line_cache.clear()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._line_cache.clear()

    def render_line(self, y: int) -> Strip:
        index = y + round(self.scroll_y)
        width = self.scrollable_content_region.width  # the pane less its scrollbar
        if not 0 <= index < len(self.stories):
            if index == 0 and self.empty_note:
                style = self.rich_style + component_style(self, "story-list--meta")
                return Strip([Segment(f"  {_fit(self.empty_note, max(0, width - 2))}", style)]).adjust_cell_length(
                    width, self.rich_style)
            return Strip.blank(width, self.rich_style)
        key = (index, width, self.has_focus)
        strip = self._line_cache.get(key)
        if strip is None:
            strip = self._render_row(index, width)
            if len(self._line_cache) > 2000:
                self._line_cache.clear()
            self._line_cache[key] = strip
        return strip

    def _render_row(self, index: int, width: int) -> Strip:
        story = self.stories[index]
        base = self.rich_style
        if story.kind == "brief":
            base += self.get_component_rich_style("story-list--brief")
        if index == self.cursor:
            base += self.get_component_rich_style("story-list--cursor")
        unread = not self._is_read(story.id)
        marked = self._is_bookmarked(story.id)
        # (on the focused cursor's row, the cursor's own colours: a muted date on it is hard to read in light themes)
        on_cursor = index == self.cursor and self.has_focus
        meta_style = base if on_cursor else base + component_style(self, "story-list--meta")
        if width >= WITH_SECTION:
            right = f" {_fit(printable(story.section or ''), SECTION_WIDTH):<{SECTION_WIDTH}} {_date(story.date)} "
        elif width >= WITH_DATE:
            right = f" {_date(story.date)} "
        else:
            right = ""
        title_width = max(0, width - 4 - cell_len(right))
        title = _fit(printable(story.title), title_width)
        title_style = base + (Style(bold=True) if unread else Style())
        title_segments = _marked(title + " " * (title_width - cell_len(title)), self._terms, title_style,
                                 title_style + component_style(self, "story-list--match"))
        segments = [
            Segment(" ", base),
            Segment(UNREAD if unread else " ", base + component_style(self, "story-list--unread")),
            Segment(BOOKMARK if marked else " ", base + component_style(self, "story-list--bookmark")),
            Segment(" ", base),
            *title_segments,
            Segment(right, meta_style),
        ]
        return Strip(segments).adjust_cell_length(width, base)
