"""The `?` screen: every key, in one place."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS: list[tuple[str, str]] = [
    ("\u2191/\u2193  j/k", "move in the list (scroll in the reading pane)"),
    ("enter", "open the story (or the chosen sidebar item)"),
    ("tab / shift+tab", "move focus between list, story and sidebar"),
    ("space  pgdn / pgup", "scroll the story a page down / up"),
    ("[ / ]", "previous / next story"),
    ("/", 'search: words, "a phrase", speaker:name, section:name, is:unread, is:bookmarked'),
    ("n / N", "next unread story; while searching, next / previous hit in the story"),
    ("b", "bookmark or un-bookmark the story"),
    ("m", "mark the story read or unread"),
    ("A", "mark every story shown as read"),
    ("f", "filter: all \u2192 unread \u2192 bookmarked"),
    ("o", "open the related link under the sidebar's cursor (else the story's first) in the browser (http/https)"),
    ("s", "show or hide the sidebar"),
    ("escape", "back to the list; clears the search"),
    ("backspace", "back to the story whose sidebar opened this one"),
    ("ctrl+p", "command palette"),
    ("?", "this help"),
    ("q", "quit"),
]


class HelpScreen(ModalScreen[None]):
    """Key reference; any of escape, q or ? closes it."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=False, padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for keys, what in KEYS:
            table.add_row(Text(keys), Text(what))
        with VerticalScroll(id="help-body"):
            yield Static(Text("newsreader keys", style="bold"), id="help-title")
            yield Static(table)
            yield Static(Text("Opening a story marks it read. Press escape to close."), id="help-footer")
