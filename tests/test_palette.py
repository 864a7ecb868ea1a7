"""The command palette (ctrl+p): open a story by title, run an action, open a related link; the theme."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

from textual.command import CommandList, CommandPalette
from textual.content import Content

from reader.app import NewsReaderApp
from reader.commands import highlighted
from reader.library import Library
from reader.model import Block, Dateline, RelatedLink, Story
from reader.state import StateStore
from reader.widgets.story_list import StoryList

NASTY = "[bold]Loud[/bold] [@click=app.quit]x[/] [/oops] headline"


def library() -> Library:
    glacier = Story(
        title="Zürich researchers map shrinking Alpine glaciers",
        section="GLACIER WATCH",
        dateline=Dateline("Zürich", "SPX", date(2024, 6, 5)),
        body=[Block("paragraph", '"The ice is retreating," said glaciologist Anna Müller.')],
        related_links=[
            RelatedLink("Survey page", "https://example.org/glacier-survey"),
            RelatedLink("Plain reference", None),
        ],
    )
    harbour = Story(title="Harbour tug fleet modernised", section="PORTS",
                    dateline=Dateline("Rotterdam", "AFP", date(2024, 6, 4)),
                    body=[Block("paragraph", "The port replaced its oldest tugs.")])
    nasty = Story(title=NASTY, section="[/oops] [b]SECTION", dateline=Dateline("Nowhere", "AFP", date(2024, 6, 3)),
                  body=[Block("paragraph", "Nothing to see.")],
                  related_links=[RelatedLink("[red]Odd[/] link", "https://example.org/a[1]/[/b]")])
    street = Story(title="Große Straße market reopens", section="CITIES",
                   dateline=Dateline("Berlin", "DPA", date(2024, 6, 2)), body=[Block("paragraph", "Bread.")])
    return Library([glacier, harbour, nasty, street])


def make_app(tmp_path: Path, lib: Library | None = None) -> NewsReaderApp:
    return NewsReaderApp(lib or library(), StateStore(tmp_path / "state.json"))


def option_texts(app: NewsReaderApp) -> list[str]:
    if not isinstance(app.screen, CommandPalette):
        return []
    options = app.screen.query_one(CommandList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


def gathering(app: NewsReaderApp) -> bool:
    """Is the palette still collecting (batched) results for what was typed?"""
    group = CommandPalette._GATHER_COMMANDS_GROUP
    return any(worker.group == group and not worker.is_finished for worker in app.workers)


async def wait_for_option(pilot, app: NewsReaderApp, wanted: str, timeout: float = 5.0) -> int:
    """Poll until the palette has the results for the whole query, one of them containing `wanted`; its index."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        if not gathering(app):
            for index, text in enumerate(option_texts(app)):
                if wanted in text:
                    return index
        await pilot.pause()
        await asyncio.sleep(0.05)
    raise AssertionError(f"no palette option with {wanted!r}; options: {option_texts(app)}")


async def run_option(pilot, app: NewsReaderApp, query: str, wanted: str) -> None:
    """ctrl+p, type `query`, wait for `wanted` among the results, choose it with enter."""
    await pilot.press("ctrl+p")
    palette = app.screen
    assert isinstance(palette, CommandPalette)
    await pilot.press(*query)
    index = await wait_for_option(pilot, app, wanted)
    palette.query_one(CommandList).highlighted = index
    await pilot.press("enter")
    for _ in range(20):
        if app.screen is not palette:
            break
        await pilot.pause()
    assert app.screen is not palette
    await pilot.pause()


async def test_open_story_by_typing_its_title(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        story_list = app.query_one(StoryList)
        assert story_list.cursor == 0
        await run_option(pilot, app, "harb", "Open story: Harbour tug fleet modernised")
        assert app.open_story is not None and app.open_story.title == "Harbour tug fleet modernised"
        assert story_list.current is app.open_story  # the list's cursor followed
        assert app.open_story.id in app.read_ids
        # accents need not be typed
        await run_option(pilot, app, "zuri", "Open story: Zürich researchers")
        assert app.open_story.title.startswith("Zürich researchers")
        assert story_list.current is app.open_story
    assert len(StateStore(tmp_path / "state.json").read_ids()) == 2


async def test_action_by_name_toggles_the_bookmark(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        target = app.query_one(StoryList).current
        assert target.id not in app.bookmarked
        await run_option(pilot, app, "bookm", "Toggle bookmark")
        assert target.id in app.bookmarked
        assert "1 bookmarked" in app.sub_title
        assert [m.id for m in StateStore(tmp_path / "state.json").bookmarks()] == [target.id]
        await run_option(pilot, app, "bookm", "Toggle bookmark")
        assert target.id not in app.bookmarked
    assert StateStore(tmp_path / "state.json").bookmarks() == []


async def test_open_related_link_calls_open_url(tmp_path, monkeypatch):
    opened: list[str] = []
    app = make_app(tmp_path)
    monkeypatch.setattr(app, "open_url", lambda url, **_: opened.append(url))
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("enter")  # open the glacier story, the newest
        assert app.open_story.title.startswith("Zürich")
        await run_option(pilot, app, "surv", "Open related link: Survey page")
        assert opened == ["https://example.org/glacier-survey"]
        # a link without a web address is not offered
        await pilot.press("ctrl+p", *"link")
        await wait_for_option(pilot, app, "Open related link: Survey page")
        assert not any("Plain reference" in text for text in option_texts(app))
        await pilot.press("escape")


async def test_markup_in_titles_sections_and_links_is_shown_literally(tmp_path, monkeypatch):
    opened: list[str] = []
    app = make_app(tmp_path)
    monkeypatch.setattr(app, "open_url", lambda url, **_: opened.append(url))
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("ctrl+p", *"loud")
        index = await wait_for_option(pilot, app, "Open story: [bold]Loud[/bold] [@click=app.quit]x[/] [/oops]")
        text = option_texts(app)[index]
        assert "[/oops] [b]SECTION" in text  # the help line, literally
        app.screen.query_one(CommandList).highlighted = index
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running and app.open_story.title == NASTY
        await run_option(pilot, app, "odd", "Open related link: [red]Odd[/] link")
        assert opened == ["https://example.org/a[1]/[/b]"]
        assert app.is_running


def test_highlighted_is_plain_content_with_letters_marked():
    content = highlighted("[b]Zürich[/b]", "zr")
    assert isinstance(content, Content)
    assert content.plain == "[b]Zürich[/b]"
    marked = sorted((span.start, span.end) for span in content.spans)
    assert [content.plain[a:b] for a, b in marked] == ["Z", "r"]
    # accents, and letters that fold to two (ß), keep the marks on the right characters

    def marked(content: Content) -> str:
        return "".join(content.plain[s.start : s.end] for s in sorted(content.spans, key=lambda s: s.start))

    assert marked(highlighted("Große Straße market", "market")) == "market"
    assert marked(highlighted("Straße", "strasse")) == "Straße"
    assert marked(highlighted("Zürich", "zurich")) == "Zürich"
    assert marked(highlighted("ZÜRICH", "Zür")) == "ZÜR"


async def test_theme_is_saved_and_restored(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        default = app.theme
        assert default != "nord"
        app.theme = "nord"
        await pilot.pause()
    assert StateStore(tmp_path / "state.json").setting("theme") == "nord"
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        assert app.theme == "nord"
        await run_option(pilot, app, "them", "Change the current theme")
        assert isinstance(app.screen, CommandPalette)  # the theme picker, in place of the palette
        await pilot.press(*"gruv")
        index = await wait_for_option(pilot, app, "gruvbox")
        app.screen.query_one(CommandList).highlighted = index
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "gruvbox"
    assert StateStore(tmp_path / "state.json").setting("theme") == "gruvbox"
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)):
        assert app.theme == "gruvbox"


async def test_unknown_stored_theme_falls_back_quietly(tmp_path):
    StateStore(tmp_path / "state.json").set_setting("theme", "no-such-theme")
    default = NewsReaderApp(library(), None).theme
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        assert app.theme == default
        assert not [n for n in app._notifications if n.severity == "error"]
        assert not [n for n in app._notifications if "theme" in str(n.message).lower()]
        assert app.is_running
