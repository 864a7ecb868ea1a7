"""The sidebar: related links, related stories and the story's quotes, each selectable."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from reader.model import Quote, RelatedLink, RelatedStory, Story, normalise_title
from reader.sanitize import printable

OPENABLE_SCHEMES = ("http://", "https://")


def openable(url: str | None) -> bool:
    """Only web links are handed to the browser."""
    return bool(url) and url.lower().startswith(OPENABLE_SCHEMES)


@dataclass(frozen=True)
class Picked:
    """What the reader chose in the sidebar."""

    link: RelatedLink | None = None
    related: RelatedStory | None = None
    quote: Quote | None = None


class Sidebar(VerticalScroll, can_focus=False):
    """Three short lists; choosing an item posts `Sidebar.Chosen` for the app to act on."""

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

    def compose(self) -> ComposeResult:
        yield Label("Related links", classes="sidebar-heading")
        yield OptionList(id="links", classes="sidebar-list")
        yield Label("Related stories", classes="sidebar-heading")
        yield OptionList(id="related", classes="sidebar-list")
        yield Label("Quotes", classes="sidebar-heading")
        yield OptionList(id="quotes", classes="sidebar-list")

    def show(self, story: Story | None, quotes: list[Quote], speaker_style: Callable[[str | None], object]) -> None:
        self._links = list(story.related_links) if story else []
        self._related = list(story.related) if story else []
        self._quotes = quotes
        self._fill("#links", [self._link_prompt(link) for link in self._links], "No related links")
        self._fill("#related", [self._related_prompt(item) for item in self._related], "No related stories")
        self._fill(
            "#quotes",
            [self._quote_prompt(quote, speaker_style(quote.speaker)) for quote in quotes],
            "No quotations",
        )

    def _fill(self, selector: str, prompts: list[Text], empty: str) -> None:
        options = self.query_one(selector, OptionList)
        if prompts:
            options.set_options(Option(prompt) for prompt in prompts)
        else:
            options.set_options([Option(Text(empty, style="italic"), disabled=True)])
        options.highlighted = 0 if prompts else None

    def _link_prompt(self, link: RelatedLink) -> Text:
        text = Text(printable(link.title))
        if openable(link.url):
            text.append(f"\n{printable(link.url or '')}", style="underline")
        else:
            text.stylize("dim")
        return text

    def _related_prompt(self, item: RelatedStory) -> Text:
        full = self._has_full_text(normalise_title(item.title))
        text = Text("\u25b8 " if full else "  ", style="bold")
        text.append(printable(item.title), style="" if full else "dim")
        return text

    def _quote_prompt(self, quote: Quote, style: object) -> Text:
        text = Text(printable(quote.speaker or "unattributed"), style=style)  # type: ignore[arg-type]
        words = printable(quote.text)
        text.append("\n\u201c" + (words if len(words) <= 90 else words[:89] + "\u2026") + "\u201d")
        return text

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        index = event.option_index
        source = event.option_list.id
        if source == "links" and index < len(self._links):
            self.post_message(self.Chosen(Picked(link=self._links[index])))
        elif source == "related" and index < len(self._related):
            self.post_message(self.Chosen(Picked(related=self._related[index])))
        elif source == "quotes" and index < len(self._quotes):
            self.post_message(self.Chosen(Picked(quote=self._quotes[index])))

    def highlighted_link(self) -> RelatedLink | None:
        """The link under the cursor of the links list, for `o`."""
        options = self.query_one("#links", OptionList)
        index = options.highlighted
        return self._links[index] if index is not None and index < len(self._links) else None
