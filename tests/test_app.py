"""The reader driven through Textual's Pilot: every key, filters, counts, sidebar, layouts, safety."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.geometry import Region

from reader.app import NewsReaderApp
from reader.library import Library, load
from reader.model import Block, Dateline, RelatedLink, RelatedStory, Story
from reader.resources import seeds_dir
from reader.state import StateStore
from reader.widgets.help import HelpScreen
from reader.widgets.sidebar import Sidebar
from reader.widgets.story_list import StoryList
from reader.widgets.story_view import StoryView

SEED_TITLE = "US envoys head to Moscow for Ukraine ceasefire talks"


def screen_text(widget) -> str:
    """What the widget shows, as plain text."""
    width, height = widget.size
    return "\n".join(strip.text for strip in widget.render_lines(Region(0, 0, width, height)))


def make_app(tmp_path: Path, library: Library | None = None) -> NewsReaderApp:
    return NewsReaderApp(library or load([seeds_dir()]), StateStore(tmp_path / "state.json"))


def linked_library() -> Library:
    """Two full stories (one with a web link) that list each other, plus a brief."""
    from datetime import date

    first = Story(
        title="Probe reaches the outer belt",
        section="SPACE",
        dateline=Dateline("Pasadena", "SPX", date(2024, 5, 2)),
        body=[Block("paragraph", f'"We made it," said Dr. Ana Lima, the mission lead. Paragraph {n}.') for n in range(120)],
        related_links=[RelatedLink("Mission page", "https://example.org/probe"), RelatedLink("Plain reference", None)],
        related=[RelatedStory("Second probe launches", "SPACE"), RelatedStory("A headline only", "SPACE")],
    )
    second = Story(title="Second probe launches", section="SPACE", dateline=Dateline("Baikonur", "AFP", date(2024, 4, 1)),
                   body=[Block("paragraph", "It flew.")])
    brief = Story(title="A headline only", section="SPACE", teaser='Officials called it "historic" and said the talks had remai', kind="brief")
    return Library([first, second, brief])


async def test_starts_with_counts_and_newest_first(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        story_list = app.query_one(StoryList)
        assert len(story_list.stories) == 30
        assert story_list.stories[0].title == SEED_TITLE  # the dated full article is newest
        assert app.sub_title == "30 stories \u00b7 30 unread \u00b7 0 bookmarked \u00b7 filter: all"
        assert app.focused is story_list
        await pilot.pause()


async def test_move_and_open_marks_read_and_persists(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        story_list = app.query_one(StoryList)
        await pilot.press("j", "j", "down", "k", "up")
        assert story_list.cursor == 1
        target = story_list.current
        await pilot.press("enter")
        assert app.query_one(StoryView).story is target
        assert target.id in app.read_ids
        assert "29 unread" in app.sub_title
    assert target.id in StateStore(tmp_path / "state.json").read_ids()


async def test_tab_moves_focus_between_panes(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("tab")
        assert isinstance(app.focused, StoryView)
        await pilot.press("tab")
        assert isinstance(app.focused, Sidebar)
        await pilot.press("shift+tab", "shift+tab")
        assert isinstance(app.focused, StoryList)


async def test_space_and_page_keys_scroll_the_story(tmp_path):
    app = make_app(tmp_path, linked_library())
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("enter")
        view = app.query_one(StoryView)
        assert view.scroll_y == 0
        await pilot.press("space")
        first = view.scroll_y
        assert first > 0
        await pilot.press("pagedown")
        assert view.scroll_y > first
        await pilot.press("pageup", "pageup")
        assert view.scroll_y == 0


async def test_brackets_and_next_unread(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        story_list = app.query_one(StoryList)
        await pilot.press("right_square_bracket")
        assert story_list.cursor == 1 and app.open_story is story_list.stories[1]
        await pilot.press("right_square_bracket", "left_square_bracket")
        assert story_list.cursor == 1
        # rows 1 and 2 were opened, so read; row 0 was only previewed at start-up
        await pilot.press("n")
        assert app.open_story is story_list.stories[3]
        story_list.cursor = 29
        await pilot.press("n")  # wraps round to the first unread
        assert app.open_story is story_list.stories[0]


async def test_bookmark_toggle_persists_with_title(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        story = app.query_one(StoryList).current
        await pilot.press("b")
        assert story.id in app.bookmarked and "1 bookmarked" in app.sub_title
    marks = StateStore(tmp_path / "state.json").bookmarks()
    assert [(m.id, m.title) for m in marks] == [(story.id, story.title)]
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        assert story.id in app.bookmarked
        await pilot.press("b")
        assert "0 bookmarked" in app.sub_title
    assert StateStore(tmp_path / "state.json").bookmarks() == []


async def test_m_toggles_read(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        story = app.query_one(StoryList).current
        await pilot.press("m")
        assert story.id in app.read_ids
        await pilot.press("m")
        assert story.id not in app.read_ids
    assert story.id not in StateStore(tmp_path / "state.json").read_ids()


async def test_filters_and_mark_all(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        story_list = app.query_one(StoryList)
        await pilot.press("enter", "j", "b")  # read the first, bookmark the second
        await pilot.press("f")
        assert app.filter == "unread" and len(story_list.stories) == 29
        assert "filter: unread" in app.sub_title
        await pilot.press("f")
        assert app.filter == "bookmarked" and [s.id for s in story_list.stories] == list(app.bookmarked)
        await pilot.press("f")
        assert app.filter == "all" and len(story_list.stories) == 30
        await pilot.press("A")
        assert "0 unread" in app.sub_title
    assert len(StateStore(tmp_path / "state.json").read_ids()) == 30


async def test_filter_is_remembered(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("f")
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)):
        assert app.filter == "unread"


async def test_open_link_only_for_web_urls(tmp_path, monkeypatch):
    opened: list[str] = []
    app = make_app(tmp_path, linked_library())
    monkeypatch.setattr(app, "open_url", lambda url, **_: opened.append(url))
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("enter", "o")
        assert opened == ["https://example.org/probe"]
        sidebar = app.query_one(Sidebar)
        sidebar.cursor = 1  # the second link: a plain reference
        assert sidebar.highlighted_link().title == "Plain reference"
        await pilot.press("o")
        assert opened == ["https://example.org/probe"]  # a plain reference is not opened
        assert any("no web address" in str(n.message) for n in app._notifications)


async def test_sidebar_related_story_opens_and_quote_scrolls(tmp_path):
    app = make_app(tmp_path, linked_library())
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("enter")
        sidebar = app.query_one(Sidebar)
        text = screen_text(sidebar)
        assert "\u25b8 Second probe launches" in text  # full text in the library
        assert "  A headline only" in text and "\u25b8 A headline only" not in text
        sidebar.focus()
        await pilot.press("end")  # the last quote
        assert sidebar.items[sidebar.cursor].quote is not None
        await pilot.press("enter")
        assert app.query_one(StoryView).scroll_y > 0
        sidebar.cursor = next(i for i, picked in enumerate(sidebar.items) if picked.related is not None)
        await pilot.press("enter")
        assert app.open_story.title == "Second probe launches"
        await pilot.press("backspace")  # back where the sidebar was used, the list's cursor with it
        assert app.open_story.title == "Probe reaches the outer belt"
        assert app.query_one(StoryList).current.title == "Probe reaches the outer belt"
        await pilot.press("backspace")
        assert app.open_story.title == "Probe reaches the outer belt"
        assert any("No story to go back to" in str(n.message) for n in app._notifications)


async def test_brief_story_says_only_the_headline_is_here(tmp_path):
    app = make_app(tmp_path, linked_library())
    async with app.run_test(size=(160, 45)) as pilot:
        story_list = app.query_one(StoryList)
        story_list.cursor = next(i for i, s in enumerate(story_list.stories) if s.kind == "brief")
        await pilot.press("enter")
        text = screen_text(app.query_one(StoryView))
        assert "Officials called it" in text and "Only the headline" in text
        assert "had remai \u2026" in " ".join(text.split())  # the site cut the teaser mid-word: it says it goes on
        assert [q.text for q in app.query_one(StoryView).quotes] == ["historic"]


async def test_speaker_name_is_shown_above_their_quotes(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("enter")
        text = screen_text(app.query_one(StoryView))
        assert "\u258d Donald Trump" in text


async def test_help_screen_lists_every_binding(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        from reader.widgets.help import KEYS

        documented = " ".join(keys for keys, _ in KEYS)
        for binding in app.BINDINGS:
            for key in binding.key.split(","):
                shown = {"question_mark": "?", "left_square_bracket": "[", "right_square_bracket": "]",
                         "pagedown": "pgdn", "pageup": "pgup", "slash": "/"}.get(key, key)
                assert shown in documented, key
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_q_quits(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_narrow_hides_sidebar_and_s_shows_it(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        sidebar = app.query_one(Sidebar)
        assert not sidebar.display or sidebar.region.width == 0
        await pilot.press("s")
        await pilot.pause()
        assert sidebar.region.width > 0
        await pilot.press("escape")
        await pilot.pause()
        assert sidebar.region.width == 0


async def test_single_pane_below_sixty_columns(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(60, 20)) as pilot:
        view = app.query_one(StoryView)
        assert view.region.width == 0
        await pilot.press("enter")
        await pilot.pause()
        assert view.region.width > 0 and app.query_one(StoryList).region.width == 0
        await pilot.press("escape")
        await pilot.pause()
        assert app.query_one(StoryList).region.width > 0


@pytest.mark.parametrize("size", [(20, 10), (10, 4), (1, 1)])
async def test_tiny_terminals_do_not_crash(tmp_path, size):
    app = make_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.press("enter", "j", "s", "question_mark", "escape", "f", "b")
        await pilot.pause()


async def test_markup_and_escape_codes_show_literally(tmp_path):
    nasty = "[bold]Loud[/bold] [@click=app.quit]x[/] [/oops] \x1b[31mred\x1b[0m \x07"
    story = Story(title=nasty, body=[Block("paragraph", f'"{nasty}," said Ana Lima.'), Block("subhead", nasty)],
                  related=[RelatedStory(nasty)], related_links=[RelatedLink(nasty, None)])
    app = make_app(tmp_path, Library([story]))
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("enter", "b", "tab", "tab", "enter")
        await pilot.pause()
        text = screen_text(app.query_one(StoryView))
        assert "[bold]Loud[/bold] [@click=app.quit]x[/] [/oops]" in text
        assert "\x1b" not in text and "\u241b[31mred" in text
        assert "[bold]Loud[/bold] [@cl" in screen_text(app.query_one(StoryList))
        assert app.is_running


async def test_corrupt_state_file_is_a_notification(tmp_path):
    (tmp_path / "state.json").write_text("{not json")
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        messages = [str(n.message) for n in app._notifications]
        assert any("damaged" in m for m in messages)
        await pilot.press("b")
        assert "1 bookmarked" in app.sub_title
    assert list(tmp_path.glob("state.json.corrupt-*"))


async def test_damaged_read_flags_file_is_a_notification_too(tmp_path):
    """Read flags live in shards that are read after the store opens: their damage is told as well."""
    store = StateStore(tmp_path / "state.json")
    store.set_read(["a1"])
    store.close()
    (tmp_path / "state.read-a.json").write_text("garbage{{{")
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        messages = [str(n.message) for n in app._notifications]
        assert [m for m in messages if "state.read-a.json" in m and "damaged" in m]
    assert list(tmp_path.glob("state.read-a.json.corrupt-*"))


async def test_title_bar_is_cut_with_an_ellipsis_when_narrow(tmp_path):
    from reader.widgets.bars import TitleBar

    app = make_app(tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        bar = app.query_one(TitleBar)
        text = screen_text(bar)
        assert text.startswith(" \u2b58 newsreader \u2014 30 stories") and text.endswith("\u2026")
        assert bar.render_line(0).cell_length == 40


async def test_key_bar_shows_the_keys_and_a_click_uses_one(tmp_path):
    from reader.widgets.bars import KeyBar

    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        bar = app.query_one(KeyBar)
        text = screen_text(bar)
        for shown in ("q Quit", "? Help", "/ Search", "b Bookmark", "f Filter"):
            assert shown in text
        assert "Prev" not in text  # bindings not meant to be shown stay off the bar
        await pilot.click(KeyBar, offset=(text.index("f Filter") + 1, 0))
        await pilot.pause()
        assert app.filter == "unread"


async def test_indexed_list_makes_stories_only_for_rows_it_needs(tmp_path: Path) -> None:
    """A 300-story index is listed, counted, filtered and marked read without a Story per row."""
    from reader.index import LibraryIndex, index_path
    from reader.library import Listing
    from reader.synth import write_library

    root = tmp_path / "lib"
    write_library(root, 300)
    index = LibraryIndex(index_path(tmp_path / "state.json", [root]))
    index.refresh([root])
    index.save()
    library = LibraryIndex.open(index.path).library()
    assert isinstance(library.stories, Listing)
    app = NewsReaderApp(library, StateStore(tmp_path / "state.json"))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        total = len(library.stories)
        assert f"{total} stories · {total} unread" in app.sub_title
        await pilot.press("down", "down", "m")  # the third story read
        assert f"{total - 1} unread" in app.sub_title
        await pilot.press("f")  # filter: unread
        story_list = app.query_one(StoryList)
        assert len(story_list.stories) == total - 1
        await pilot.press("A")  # mark all shown read
        assert "· 0 unread" in app.sub_title
        made = len(library.stories._columns.made)
        assert made < 60, f"{made} of {total} rows made into stories"


async def test_sidebar_one_cursor_moves_over_every_section_and_a_click_chooses(tmp_path):
    app = make_app(tmp_path, linked_library())
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("enter", "tab", "tab")
        sidebar = app.query_one(Sidebar)
        assert app.focused is sidebar
        kinds = ["link" if p.link else "related" if p.related else "quote" for p in sidebar.items]
        assert kinds[:4] == ["link", "link", "related", "related"] and set(kinds[4:]) == {"quote"}
        await pilot.press("down", "down")  # past the links into the related stories
        assert sidebar.items[sidebar.cursor].related.title == "Second probe launches"
        await pilot.press("up")
        assert sidebar.highlighted_link().title == "Plain reference"
        await pilot.press("home", "up")
        assert sidebar.cursor == 0  # the cursor stops at the ends
        rows = screen_text(sidebar).splitlines()
        row = next(i for i, line in enumerate(rows) if "A headline only" in line)
        await pilot.click(Sidebar, offset=(4, row))
        assert app.open_story.title == "A headline only"  # the brief clicked is open


async def test_sidebar_says_when_a_section_is_empty(tmp_path):
    app = make_app(tmp_path, Library([Story(title="Bare", body=[Block("paragraph", "No one spoke.")])]))
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("enter")
        sidebar = app.query_one(Sidebar)
        text = screen_text(sidebar)
        assert "No related links" in text and "No related stories" in text and "No quotations" in text
        assert sidebar.items == [] and sidebar.highlighted_link() is None
        sidebar.focus()
        await pilot.press("down", "enter")  # nothing to move over or choose
        assert app.open_story.title == "Bare"


async def test_screen_carries_no_ansi_colours_so_no_ansi_filter_is_needed(tmp_path):
    """The reader drops Textual's ANSI-to-truecolour line filter (it copies every line); that is
    only right while nothing on screen, article text included, is drawn in an ANSI colour or
    `dim` (the filter turns dim into a colour; without it the terminal would draw its own faint)."""
    from rich.color import ColorType
    from textual.filter import ANSIToTruecolor

    hostile = Story(title="\x1b[31mRed\x1b[0m [red]markup[/red]", body=[
        Block("paragraph", '"\x1b[42mGreen\x1b[0m [bold red]text[/]," said Dr. Ana Lima.'),
    ])
    app = make_app(tmp_path, Library([hostile, *linked_library().stories]))
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("enter", "tab", "tab", "down", "question_mark")
        await pilot.pause()
        assert not any(isinstance(f, ANSIToTruecolor) for f in app.get_line_filters())
        for screen in app.screen_stack:
            for widget in screen.walk_children(with_self=True):
                if not widget.display or not widget.region:
                    continue
                width, height = widget.region.size
                for strip in widget.render_lines(Region(0, 0, width, height)):
                    for segment in strip:
                        assert not (segment.style and segment.style.dim), (type(widget).__name__, segment)
                        for colour in (segment.style.color, segment.style.bgcolor) if segment.style else ():
                            assert colour is None or colour.type in (ColorType.TRUECOLOR, ColorType.DEFAULT), (
                                type(widget).__name__, segment)


async def test_muted_and_tinted_styles_are_blended_not_flattened(tmp_path):
    """`$text-muted` is the foreground at partial opacity: drawn lines must show it between the
    foreground and the background, not as a solid colour (Textual's partial styles drop alpha)."""
    from textual.color import Color

    from reader.widgets.styling import component_style

    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        story_list = app.query_one(StoryList)
        base = story_list.rich_style

        def brightness(colour) -> float:
            return Color.from_rich_color(colour).brightness

        muted = component_style(story_list, "story-list--meta").color
        foreground, background = brightness(base.color), brightness(base.bgcolor)
        assert min(foreground, background) < brightness(muted) < max(foreground, background)
        match = component_style(story_list, "story-list--match").bgcolor  # `$warning 40%`
        warning = Color.parse(app.current_theme.warning)
        assert Color.from_rich_color(match) != warning  # tinted over the background, not solid


async def test_sidebar_follows_a_change_of_theme(tmp_path):
    app = make_app(tmp_path, linked_library())
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        sidebar = app.query_one(Sidebar)

        def colour_of(words: str):
            width, height = sidebar.size
            for strip in sidebar.render_lines(Region(0, 0, width, height)):
                for segment in strip:
                    if words in segment.text:
                        return segment.style.color
            raise AssertionError(f"{words!r} not drawn")

        before = colour_of("A headline only")  # a greyed headline: no full text here
        app.theme = "textual-light" if app.theme != "textual-light" else "textual-dark"
        await pilot.pause()
        assert colour_of("A headline only") != before


async def test_keys_typed_right_behind_slash_are_the_search(tmp_path):
    """`/putin` arriving in one burst (fast typing, a paste, a script) searches for `putin`; it
    must not leave the letters to the list's shortcuts (`n`, `b`, `m`, …). A slash typed in the
    search field, or in the palette, is a slash."""
    from textual import events
    from textual.widgets import Input

    app = make_app(tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        for ch in "/putin/x":
            app.post_message(events.Key("slash" if ch == "/" else ch, ch))
        await pilot.pause(0.3)
        assert app.query_one("#search", Input).value == "putin/x"
        assert "30 unread" in app.sub_title and "0 bookmarked" in app.sub_title  # no shortcut ran
        await pilot.press("escape", "ctrl+p")
        await pilot.pause(0.3)
        await pilot.press("slash", "a")
        await pilot.pause(0.3)
        assert [field.value for field in app.screen.query(Input)] == ["/a"]


async def test_sidebar_filled_while_hidden_draws_when_shown(tmp_path):
    """At narrow widths the sidebar is hidden; a story opened meanwhile shows once it is."""
    app = make_app(tmp_path, linked_library())
    async with app.run_test(size=(160, 45)) as pilot:
        story_list = app.query_one(StoryList)
        story_list.cursor = next(i for i, s in enumerate(story_list.stories) if s.kind == "brief")
        await pilot.press("enter")  # a brief: a sidebar of next to nothing, laid out
        await pilot.resize_terminal(70, 30)
        story_list.cursor = 0
        await pilot.press("enter")  # a story with many items while the sidebar is hidden
        sidebar = app.query_one(Sidebar)
        sidebar.cursor = len(sidebar.items) - 1  # not laid out yet: no scroll, and no stale lines
        await pilot.press("s")
        await pilot.pause()
        assert sidebar.region.width > 0
        assert "Related stories" in screen_text(sidebar)


async def test_a_fault_in_the_quote_rules_shows_the_story_without_quotes(tmp_path, monkeypatch):
    import reader.quotes

    def broken(blocks):
        raise IndexError("a rule fell over")

    monkeypatch.setattr(reader.quotes, "find_quotes", broken)
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        view = app.query_one(StoryView)
        assert view.quotes == [] and SEED_TITLE in screen_text(view)
        assert any("Quotes could not be marked" in str(n.message) for n in app._notifications)
        await pilot.press("j", "enter")
        assert app.is_running


async def test_leaving_a_search_keeps_the_list_on_the_story_opened_from_it(tmp_path):
    """Open a story, search, open a result, escape: the list must not jump back to the first story
    while the reading pane shows the result, or `b` would mark a story that is not on screen."""
    app = make_app(tmp_path, linked_library())
    async with app.run_test(size=(160, 45)) as pilot:
        story_list = app.query_one(StoryList)
        await pilot.press("enter")
        assert app.open_story.title == "Probe reaches the outer belt"
        await pilot.press("slash", *"second", "enter")
        await pilot.pause()
        await pilot.press("enter")
        assert app.open_story.title == "Second probe launches"
        await pilot.press("escape")
        await pilot.pause()
        assert story_list.current.title == "Second probe launches"
        await pilot.press("b")
        assert app.bookmarked == {app.open_story.id}
        # a search left without opening anything goes back to where the list was
        await pilot.press("slash", *"headline", "escape")
        await pilot.pause()
        assert story_list.current.title == "Second probe launches"


async def test_a_huge_article_is_shown_in_part_with_a_note(tmp_path):
    """A few MiB of text would take seconds to wrap at every open and resize: the pane shows the
    first MAX_SHOWN characters, says so, and marks quotes only in what it shows."""
    from reader.widgets.story_view import MAX_SHOWN

    paragraph = 'The council met again on Tuesday, and "nothing was decided," said Mayor Ana Ruiz. ' * 40
    story = Story(title="A very long story", body=[Block("paragraph", paragraph) for _ in range(200)],
                  source="/tmp/long.txt")
    total = sum(len(block.text) for block in story.body)
    assert total > 2 * MAX_SHOWN
    app = make_app(tmp_path, Library([story]))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        view = app.query_one(StoryView)
        shown = sum(len(block.text) for block in view._body)
        assert shown == MAX_SHOWN
        assert {quote.block for quote in view.quotes} == set(range(len(view._body)))
        await pilot.press("tab", "end")
        await pilot.pause(1.5)
        assert f"goes on for {total - MAX_SHOWN:,} more characters" in " ".join(screen_text(view).split())


async def test_an_empty_list_says_why(tmp_path):
    app = make_app(tmp_path, Library([]))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert app.sub_title.startswith("0 stories")
        assert "No stories here" in screen_text(app.query_one(StoryView))
    app = make_app(tmp_path, Library([Story(title="Only one", body=[Block("paragraph", "Text.")])]))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert app.sub_title.startswith("1 story \u00b7")


async def test_an_empty_list_says_why_in_its_first_row(tmp_path):
    """A search or a filter that leaves nothing must not look like a blank, broken pane."""
    app = make_app(tmp_path, linked_library())
    async with app.run_test(size=(120, 30)) as pilot:
        story_list = app.query_one(StoryList)
        await pilot.press("slash", *"zzzzqqq")
        await pilot.pause(0.3)
        assert not story_list.stories
        assert screen_text(story_list).splitlines()[0].strip() == "No stories match the search."
        await pilot.press("escape")
        await pilot.press("f", "f")  # bookmarked: none yet
        await pilot.pause()
        assert screen_text(story_list).splitlines()[0].strip() == "No bookmarked stories."


async def test_the_focused_cursor_row_draws_its_date_in_the_cursors_colour(tmp_path):
    """A muted date on the cursor's background is hard to read in light themes."""
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        app.theme = "textual-light"
        await pilot.pause()
        story_list = app.query_one(StoryList)
        assert story_list.has_focus and story_list.cursor == 0
        width = story_list.scrollable_content_region.width
        row, other = story_list._render_row(0, width), story_list._render_row(1, width)
        date_on_cursor = next(s for s in row if "2025-03-12" in s.text)
        title_on_cursor = next(s for s in row if "US envoys" in s.text)
        date_elsewhere = next(s for s in other if "2025-" in s.text)
        assert date_on_cursor.style.color == title_on_cursor.style.color
        assert date_elsewhere.style.color != title_on_cursor.style.color
