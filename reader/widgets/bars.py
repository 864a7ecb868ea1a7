"""The title bar and the key bar: one line each, drawn directly.

Textual's `Header` and `Footer` are built from many small widgets (one per key), which made
them the most expensive part of the first frame. These draw the same information as one line.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.strip import Strip
from textual.widget import Widget

from reader.sanitize import printable
from reader.widgets.styling import component_style


class TitleBar(Widget):
    """`newsreader — 120 stories · 80 unread …`: the app's title and sub-title, centred.

    A click on the left end opens the command palette, like the icon of Textual's header."""

    COMPONENT_CLASSES = {"title-bar--subtitle"}
    PALETTE_HINT = " \u2b58 "  # ⭘, as Textual's header shows it

    def on_mount(self) -> None:
        self.watch(self.app, "title", lambda _: self.refresh(), init=False)
        self.watch(self.app, "sub_title", lambda _: self.refresh(), init=False)

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        if y != 0:
            return Strip.blank(width, base)
        title = printable(self.app.title)
        sub = printable(self.app.sub_title)
        sub_style = base + component_style(self, "title-bar--subtitle")
        body = [Segment(title, base)]
        if sub:
            body += [Segment(" \u2014 ", sub_style), Segment(sub, sub_style)]
        used = sum(cell_len(segment.text) for segment in body)
        hint = cell_len(self.PALETTE_HINT)
        left = max(hint, (width - used) // 2)
        line = Strip([Segment(self.PALETTE_HINT, base), Segment(" " * (left - hint), base), *body])
        if line.cell_length > width:  # too narrow: cut, and show that it was cut
            line = Strip([*line.crop(0, max(0, width - 1)), Segment("\u2026", sub_style if sub else base)])
        return line.adjust_cell_length(width, base)

    def on_click(self, event: events.Click) -> None:
        if event.x < cell_len(self.PALETTE_HINT):
            self.app.action_command_palette()


class KeyBar(Widget):
    """The keys that work right now (`q Quit  ? Help …`), each one clickable."""

    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._spots: list[tuple[int, int, str]] = []  # (first cell, end cell, key) of each shown key

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, lambda _: self.refresh())

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _shown(self) -> list[Binding]:
        """One binding per action, in the order they are declared, as Textual's footer does."""
        seen: set[str] = set()
        shown: list[Binding] = []
        for _, binding, enabled, _ in self.screen.active_bindings.values():
            if binding.show and enabled and binding.action not in seen:
                seen.add(binding.action)
                shown.append(binding)
        palette = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        if palette is not None and self.app.ENABLE_COMMAND_PALETTE and palette.binding.action not in seen:
            shown.append(palette.binding)
        return shown

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        if y != 0:
            return Strip.blank(width, base)
        key_style: Style = base + component_style(self, "key-bar--key")
        text_style: Style = base + component_style(self, "key-bar--description")
        segments: list[Segment] = []
        spots: list[tuple[int, int, str]] = []
        at = 0
        for binding in self._shown():
            key = f" {self.app.get_key_display(binding)} "
            text = f"{binding.description} " if binding.description else ""
            cells = cell_len(key) + cell_len(text)
            if at + cells > width:
                break
            segments += [Segment(key, key_style), Segment(text, text_style)]
            spots.append((at, at + cells, binding.key.split(",")[0]))
            at += cells
        self._spots = spots
        return Strip(segments).adjust_cell_length(width, base)

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._spots:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return
