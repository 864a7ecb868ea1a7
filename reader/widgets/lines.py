"""A pane drawn from lines rendered once per width: the reading pane and the sidebar."""

from __future__ import annotations

from rich.segment import Segment
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip


class LinePane(ScrollView):
    """Renders its content into a list of strips when its width or styles change (Line API), so
    scrolling only picks lines from the list. Subclasses say what the lines are."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._lines: list[Strip] = []
        self._rendered_width = -1  # -1: render again at the next layout

    def _render_lines(self, width: int) -> list[Strip]:
        raise NotImplementedError

    def _line(self, index: int) -> Strip:
        """Line `index` as drawn (a subclass may mark it, as the sidebar's cursor does)."""
        return self._lines[index]

    def on_resize(self) -> None:
        self._layout()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._rendered_width = -1
        self.refresh()

    def _layout(self) -> None:
        width = self.scrollable_content_region.width or self.size.width
        if width == self._rendered_width or width <= 0:
            return
        self._rendered_width = width
        self._lines = self._render_lines(width)
        self.virtual_size = Size(width, len(self._lines))

    def render_line(self, y: int) -> Strip:
        self._layout()
        index = y + round(self.scroll_y)
        if 0 <= index < len(self._lines):
            return self._line(index)
        return Strip.blank(self.scrollable_content_region.width or self.size.width, self.rich_style)

    def _wrapped(self, text: Text, measure: int, left: int, width: int) -> list[Strip]:
        """`text` wrapped to `measure` cells, `left` cells in, each line filled out to `width`."""
        base = self.rich_style
        console = self.app.console
        text.end = ""
        margin = Segment(" " * left, base)
        return [
            Strip([margin, *line]).adjust_cell_length(width, base)
            for line in console.render_lines(text, console.options.update_width(measure), style=base, pad=False,
                                             new_lines=False)
        ]
