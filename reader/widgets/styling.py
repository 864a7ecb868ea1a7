"""Component styles for widgets that draw their own lines."""

from __future__ import annotations

from rich.style import Style
from textual.widget import Widget


def component_style(widget: Widget, name: str) -> Style:
    """What the `.tcss` rule for component class `name` sets, to lay over a line's base style.

    Textual's `partial=True` style is that, but it drops a colour's alpha: `$text-muted` (the
    foreground at 60%) came out pure white, and `$warning 40%` a solid block. The colours are
    taken from the full style instead, which blends them over the background as the screen does."""
    partial = widget.get_component_rich_style(name, partial=True)
    if partial.color is None and partial.bgcolor is None:
        return partial
    full = widget.get_component_rich_style(name)
    return partial + Style(color=full.color if partial.color else None, bgcolor=full.bgcolor if partial.bgcolor else None)
