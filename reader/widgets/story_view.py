"""The reading pane: the story wrapped to the pane, every quotation in its speaker's colour."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.strip import Strip

from reader.model import Block, Quote, Story
from reader.sanitize import printable
from reader.search import term_spans
from reader.widgets.lines import LinePane
from reader.widgets.styling import component_style

SPEAKER_COLOURS = 6
MAX_WIDTH = 96  # a comfortable reading measure; wider panes get a margin instead
MARGIN = 2
# What the pane wraps of a story's text: three times the longest news article there is, and little
# enough to wrap at once (a few MiB of text would freeze the reader for seconds at every resize)
MAX_SHOWN = 200_000


def speaker_palette(quotes: Sequence[Quote]) -> dict[str, int]:
    """Each speaker gets a colour index in order of first appearance, stable within a story."""
    palette: dict[str, int] = {}
    for quote in quotes:
        if quote.speaker and quote.speaker not in palette:
            palette[quote.speaker] = len(palette) % SPEAKER_COLOURS
    return palette


class StoryView(LinePane, can_focus=True):
    """Renders one story into cached lines (Line API), so scrolling a long story costs nothing."""

    CHOOSE = "Select a story in the list and press enter to read it."  # the note while no story is open

    BINDINGS = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
    ]
    COMPONENT_CLASSES = {
        "story-view--title",
        "story-view--meta",
        "story-view--subhead",
        "story-view--quote",
        "story-view--fragment",
        "story-view--credits",
        "story-view--note",
        "story-view--label",
        "story-view--match",
        *(f"story-view--speaker-{n}" for n in range(SPEAKER_COLOURS)),
        "story-view--speaker-none",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.story: Story | None = None
        self._body: list[Block] = []  # the story's blocks as shown: all of them, or the first MAX_SHOWN characters
        self._left_out = 0  # characters of the story not shown
        self.quotes: list[Quote] = []
        self._palette: dict[str, int] = {}
        self._block_line: dict[int, int] = {}
        self._terms: list[str] = []
        self._hit_lines: list[int] = []
        self._hit = -1  # index into _hit_lines of the hit last jumped to
        self.note = self.CHOOSE  # shown with no story

    def set_note(self, note: str) -> None:
        """What the pane says while it shows no story (why the list is empty, or what to do)."""
        if note != self.note:
            self.note = note
            if self.story is None:
                self._rendered_width = -1
                self.refresh()

    def set_terms(self, terms: list[str]) -> None:
        """Search terms (folded) to highlight; `jump_to_hit` moves between them."""
        if terms != self._terms:
            self._terms = terms
            self._rendered_width = -1
            self.refresh()

    def jump_to_hit(self, direction: int) -> bool:
        """Scroll to the next (1) or previous (-1) paragraph with a search hit; False past the last/first."""
        self._layout()
        target = self._hit + direction
        if not 0 <= target < len(self._hit_lines):
            return False
        self._hit = target
        self.scroll_to(y=max(0, self._hit_lines[target] - 1), animate=False)
        return True

    def show(self, story: Story | None) -> None:
        """Display `story` from its top."""
        from reader.quotes import find_quotes  # loaded after the first frame, with the first story

        self.story = story
        self._body, self._left_out = _shown(story.body if story is not None else [])
        self.quotes = []
        try:
            if story is not None and story.kind == "brief" and story.teaser:
                self.quotes = find_quotes([Block("paragraph", story.teaser)])
            elif story is not None:
                self.quotes = find_quotes(self._body)
        except Exception:  # a fault in the quote rules must not close the reader over one story
            self.app.notify("Quotes could not be marked in this story; it is shown without them.",
                            title="Quotes", severity="warning", markup=False)
        self._palette = speaker_palette(self.quotes)
        self._rendered_width = -1
        self.scroll_to(0, 0, animate=False)
        self._layout()
        self.refresh()

    def scroll_to_quote(self, quote: Quote) -> None:
        self._layout()
        line = self._block_line.get(quote.block, 0)
        self.scroll_to(y=max(0, line - 1), animate=False)

    def speaker_style(self, speaker: str | None) -> Style:
        name = f"story-view--speaker-{self._palette[speaker]}" if speaker in self._palette else "story-view--speaker-none"
        return component_style(self, name)

    # layout ------------------------------------------------------------------------------------

    def _render_lines(self, width: int) -> list[Strip]:
        self._hit_lines, self._hit = [], -1
        lines, self._block_line = self._render_story(width)
        return lines

    def _render_story(self, width: int) -> tuple[list[Strip], dict[int, int]]:
        base = self.rich_style
        measure = max(4, min(MAX_WIDTH, width - 2 * MARGIN))
        left = max(0, min(MARGIN, width - measure))
        lines: list[Strip] = []
        block_line: dict[int, int] = {}

        def emit(text: Text) -> None:
            lines.extend(self._wrapped(text, measure, left, width))

        def blank() -> None:
            lines.append(Strip.blank(width, base))

        story = self.story
        if story is None:
            emit(Text(self.note, style=self._style("note")))
            return lines, block_line
        emit(Text(printable(story.title), style=self._style("title")))
        if story.authors:
            emit(Text("By " + printable(" and ".join(story.authors)), style=self._style("meta")))
        meta = _dateline(story)
        if meta:
            emit(Text(printable(meta), style=self._style("meta")))
        blank()
        by_block: dict[int, list[Quote]] = {}
        for quote in self.quotes:
            by_block.setdefault(quote.block, []).append(quote)
        if story.kind == "brief":
            if story.teaser:
                # (the site cuts a teaser mid-word before its `... read more`: say that it goes on)
                emit(self._styled(story.teaser, by_block.get(0, []), "paragraph").append(" \u2026"))
                blank()
            emit(Text(
                "Only the headline of this story is in the library: it was listed under RELATED CONTENT "
                f"in {printable(Path(story.source).name if story.source else 'another story')}. "
                "Add the full article's file to read it here.",
                style=self._style("note"),
            ))
            return lines, block_line
        last_speaker: str | None = None
        for index, block in enumerate(self._body):
            block_quotes = by_block.get(index, [])
            block_line[index] = len(lines)
            for quote in block_quotes:
                if quote.speaker and quote.speaker != last_speaker and quote.kind == "quote":
                    label = Text("\u258d " + printable(quote.speaker), style=self.speaker_style(quote.speaker))
                    label.stylize(self._style("label"))
                    emit(label)
                    break
            for quote in block_quotes:
                if quote.speaker:
                    last_speaker = quote.speaker
            if self._terms and term_spans(block.text, self._terms):
                self._hit_lines.append(len(lines))
            emit(self._styled(block.text, block_quotes, block.kind))
            blank()
        if self._left_out:
            emit(Text(f"This article goes on for {self._left_out:,} more characters, more than the reader shows; "
                      f"its file is {printable(story.source or 'not known')}.", style=self._style("note")))
            blank()
        if story.credits:
            emit(Text(printable(story.credits), style=self._style("credits")))
        return lines, block_line

    def _style(self, part: str) -> Style:
        return component_style(self, f"story-view--{part}")

    def _styled(self, text: str, quotes: Sequence[Quote], kind: str) -> Text:
        """The block's text with each quotation stylised; offsets survive `printable` (one char each)."""
        rich = Text(printable(text), style=self._style("subhead") if kind == "subhead" else "")
        for quote in quotes:
            style = self.speaker_style(quote.speaker) + self._style("quote" if quote.kind == "quote" else "fragment")
            rich.stylize(style, quote.start, quote.end)
        for start, end in term_spans(text, self._terms):
            rich.stylize(self._style("match"), start, end)
        return rich


def _shown(body: Sequence[Block]) -> tuple[list[Block], int]:
    """The blocks of `body` within the first MAX_SHOWN characters (the last one cut if need be), and
    how many characters are left out."""
    shown: list[Block] = []
    room = MAX_SHOWN
    for index, block in enumerate(body):
        if len(block.text) > room:
            if room:
                shown.append(Block(block.kind, block.text[:room]))
            return shown, len(block.text) - room + sum(len(later.text) for later in body[index + 1 :])
        shown.append(block)
        room -= len(block.text)
    return shown, 0


def _dateline(story: Story) -> str:
    parts: list[str] = []
    if story.dateline is not None:
        place = story.dateline.place or ""
        agency = f" ({story.dateline.agency})" if story.dateline.agency else ""
        if place or agency:
            parts.append(f"{place}{agency}".strip())
        if story.dateline.date:
            parts.append(story.dateline.date.strftime("%a %d %b %Y"))
    parts.extend(p for p in (story.section, story.site) if p)
    return " \u00b7 ".join(parts)
