"""The reader: list pane, reading pane and sidebar, driven from the keyboard (or the mouse)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from subprocess import Popen

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.filter import ANSIToTruecolor, LineFilter
from textual.screen import Screen
from textual.theme import Theme
from textual.widgets import Input

from reader.index import Refresh
from reader.library import Library, full_titles, ids_of, titles_of, where
from reader.loading import Unreadable
from reader.model import Story, normalise_title
from reader.resources import styles_dir
from reader.sanitize import printable
from reader.search import Query, SearchIndex, matches_in_memory, parse_query
from reader.state import StateError, StateStore
from reader.widgets.bars import KeyBar, TitleBar
from reader.widgets.sidebar import Picked, Sidebar, openable
from reader.widgets.story_list import StoryList
from reader.widgets.story_view import StoryView

FILTERS = ("all", "unread", "bookmarked")


class Quitting(Exception):
    """Raised into a background indexing when the reader is closing, to stop it early."""


NARROW, SINGLE = 80, 60  # at or below these widths: sidebar hides; one pane at a time
REFRESH_DELAY = 0.5  # seconds after start-up before the article files are re-checked
SEARCH_BUILD_DELAY = 2.0  # and before the full-text indexer starts, so start-up has the CPU


def _commands():  # type: ignore[no-untyped-def]
    """The palette's providers, imported when the palette first opens rather than at start-up."""
    from reader import commands

    return commands


class Panes(Horizontal):
    """The panes side by side. Textual's `BLANK`: it has nothing of its own to draw, so it is not
    drawn as lines of its own (each kept, and cut at every pane's edge, for nothing)."""

    BLANK = True


class ReaderScreen(Screen[None]):
    """The main screen, `BLANK` for the same reason: panes and bars cover all of it."""

    BLANK = True


class NewsReaderApp(App[None]):
    """A three-pane news reader whose every state change goes through one `StateStore`."""

    CSS_PATH = str(styles_dir() / "app.tcss")
    TITLE = "newsreader"
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help"),
        Binding("slash", "search", "Search", priority=True),  # see check_action
        Binding("n", "next_unread", "Next unread"),
        Binding("N", "previous_hit", "Previous hit", show=False),
        Binding("b", "toggle_bookmark", "Bookmark"),
        Binding("m", "toggle_read", "Read"),
        Binding("f", "cycle_filter", "Filter"),
        Binding("left_square_bracket", "previous_story", "Prev", show=False),
        Binding("right_square_bracket", "next_story", "Next", show=False),
        Binding("A", "mark_all_read", "All read", show=False),
        Binding("o", "open_link", "Open link", show=False),
        Binding("s", "toggle_sidebar", "Sidebar", show=False),
        Binding("space,pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("escape", "back", "Back", show=False),
        Binding("backspace", "came_from", "Came from", show=False),
    ]

    COMMANDS = App.COMMANDS | {lambda: _commands().StoryCommands, lambda: _commands().ActionCommands,
                                lambda: _commands().LinkCommands}

    def __init__(
        self,
        library: Library,
        store: StateStore | None,
        refresh: Refresh | None = None,
        search: SearchIndex | None = None,
        build_search: Callable[[], Popen[bytes] | None] | None = None,
        first_run: bool = False,
    ) -> None:
        """`first_run`: the library is still being indexed; `refresh` builds it, reporting as it goes."""
        super().__init__()
        self._first_run = first_run
        self._closing = False
        self._indexing: tuple[int, int] | None = None  # (files done, files in all) while a first run indexes
        self.store = store
        self._refresh = refresh
        self.search_index = search
        self._build_search = build_search
        self._builder: Popen[bytes] | None = None
        self.query = Query()  # the search as typed, parsed once per keystroke
        self._before_search: str | None = None  # the list's story when a search began
        self._opened_in_search: str | None = None  # the story last opened from the search's results
        self._problems_shown = 0  # of the store's problems, those already told
        self._came_from: list[Story] = []  # the stories whose sidebar opened the next, for backspace
        self._use(library)
        self.read_ids: set[str] = set()
        self.bookmarked: set[str] = set()
        self.filter = "all"
        self.open_story: Story | None = None

    def _use(self, library: Library) -> None:
        self.library = library
        self.ordered = library.newest_first()

    def has_full_text(self, key: str) -> bool:
        """Asked by the sidebar of the library shown now (a refresh brings a new one)."""
        return self.library.has_full_text(key)

    def full_story(self, key: str) -> Story | None:
        """The full article whose normalised title is `key` (the last one, when several share it)."""
        if not self.has_full_text(key):
            return None
        plain = normalise_title.__wrapped__  # type: ignore[attr-defined]
        matches = [at for at, title in full_titles(self.library.stories) if plain(title) == key]
        return self.library.stories[matches[-1]] if matches else None

    # setup ---------------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield TitleBar(id="title-bar")
        with Panes(id="panes"):
            with Vertical(id="left"):
                # (short enough for the list pane at 120 columns; `?` lists the whole syntax)
                yield Input(placeholder='words "a phrase" speaker: section: is:unread', id="search")
                yield StoryList(lambda i: i in self.read_ids, lambda i: i in self.bookmarked, id="list")
            yield StoryView(id="reader")
            yield Sidebar(self.has_full_text, id="sidebar")
        yield KeyBar(id="key-bar")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`/` is taken as soon as it arrives (a priority key), so that keys typed or pasted right
        behind it land in the search field rather than on the list's shortcuts; in any text field
        and on other screens (help, palette) it is just a slash."""
        if action == "search":
            return self.screen is self.screen_stack[0] and not isinstance(self.focused, Input)
        return True

    def get_default_screen(self) -> Screen[None]:
        return ReaderScreen(id="_default")

    def get_line_filters(self) -> Sequence[LineFilter]:
        """Textual's line filters but the one turning ANSI colours into the theme's: the reader
        draws none (its colours come from the theme, article text is sanitised), and that filter
        copies every line of every pane into a new strip (0.6 MiB of a 10,000-story start-up)."""
        return [f for f in super().get_line_filters() if not isinstance(f, ANSIToTruecolor)]

    def on_mount(self) -> None:
        self._report_skipped()
        if self.store is not None:
            self._guard(self._load_state)  # (which also reports what opening the store found wrong)
        else:
            self.notify("Reading state is not available: changes will not be saved.", severity="error")
        self._apply_layout(self.size.width)
        last = self._setting("last_story")
        self._refill(keep=last)
        story_list = self.query_one(StoryList)
        story_list.focus()
        # The last story read, else a preview of the first one (a preview does not mark it read),
        # once the list is on screen; then, in the background, look for changed article files.
        first = (self.library.get(last) if last else None) or story_list.current
        self.call_after_refresh(self._preview, first)
        if self._refresh is not None and self._first_run:
            self.call_after_refresh(self._start_check)
        elif self._refresh is not None:
            self.set_timer(REFRESH_DELAY, self._start_check)
        if self._build_search is not None and not self._first_run:  # a first run starts it once indexed
            self.set_timer(SEARCH_BUILD_DELAY, self._start_search_builder)

    def _report_skipped(self) -> None:
        if self.library.skipped:
            shown = "\n".join(f"{item.path}: {item.reason}" for item in self.library.skipped[:3])
            more = len(self.library.skipped) - 3
            self.notify(
                printable(shown + (f"\n… and {more} more, all listed on stderr when you quit" if more > 0 else "")),
                title=f"Skipped {len(self.library.skipped)} unreadable file(s)",
                severity="warning",
                timeout=10,
                markup=False,
            )

    def _start_search_builder(self) -> None:
        assert self._build_search is not None
        if self._builder is None:
            self._builder = self._build_search()

    def _preview(self, story: Story | None) -> None:
        if self.open_story is None:  # unless the reader already opened something
            self._show(story)

    def _start_check(self) -> None:
        self.run_worker(self._check_library, thread=True, exit_on_error=False)

    def _check_library(self) -> None:
        """In the background: pick up article files added, changed or removed since the index was
        saved (on a first run: index them all, showing the stories parsed so far as it goes).
        Quitting stops it at the next batch of files rather than waiting for the rest."""
        assert self._refresh is not None

        def report(done: int, total: int, so_far: Library | None) -> None:
            if self._closing:
                raise Quitting
            self.call_from_thread(self._indexed_so_far, done, total, so_far)

        try:
            library = self._refresh(report)
        except Quitting:
            return
        if not self._closing:
            self.call_from_thread(self._checked, library)

    def _indexed_so_far(self, done: int, total: int, so_far: Library | None) -> None:
        self._indexing = (done, total)
        self._take(so_far)

    def _checked(self, library: Library | None) -> None:
        first_run, self._first_run, self._indexing = self._first_run, False, None
        self._take(library)
        if library is not None and first_run:
            self._report_skipped()  # known only now that every file was read
        elif library is not None:
            self.notify(f"Library updated: {len(self.ordered)} stories.", timeout=3)
        if first_run and self._build_search is not None:
            self._start_search_builder()

    def _take(self, library: Library | None) -> None:
        """Show a new list from the background (with none, just the counts, which show progress)."""
        if library is None:
            self._update_counts()
            return
        self._use(library)
        self._refill()
        self._preview(self.query_one(StoryList).current)

    def _load_state(self) -> None:
        assert self.store is not None
        self.read_ids = self.store.read_ids()
        self.bookmarked = self.store.bookmarked_ids()
        stored = self.store.setting("filter", "all")
        self.filter = stored if stored in FILTERS else "all"
        theme = self.store.setting("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme  # an unknown stored theme keeps the default
        self.theme_changed_signal.subscribe(self, self._save_theme)

    def _save_theme(self, theme: Theme) -> None:
        if self.store is not None:
            self._guard(lambda: self.store.set_setting("theme", theme.name))  # type: ignore[union-attr]

    def _setting(self, key: str) -> str | None:
        if self.store is None:
            return None
        try:
            value = self.store.setting(key)
        except StateError:
            return None
        return value if isinstance(value, str) else None

    def _guard(self, change: Callable[[], None]) -> bool:
        """Run a store operation; a failure becomes a notification, never a traceback, and so does
        whatever the store found wrong on the way (a damaged read-flags file is found when first read)."""
        try:
            change()
        except (StateError, OSError) as exc:
            self.notify(printable(f"Could not save: {exc}"), title="State file", severity="error", timeout=10, markup=False)
            return False
        finally:
            self._report_store_problems()
        return True

    def _report_store_problems(self) -> None:
        problems = self.store.problems if self.store is not None else []
        for problem in problems[self._problems_shown :]:
            self.notify(printable(problem), title="State file", severity="warning", timeout=15, markup=False)
        self._problems_shown = len(problems)

    # list and counts -------------------------------------------------------------------------------

    def _visible(self) -> Sequence[Story]:
        stories = self.ordered

        def unread(story_id: str) -> bool:
            return story_id not in self.read_ids

        if self.filter == "unread":
            stories = where(stories, unread)
        elif self.filter == "bookmarked":
            stories = where(stories, self.bookmarked.__contains__)
        query = self.query
        if query.empty:
            return stories
        if "unread" in query.flags:
            stories = where(stories, unread)
        if "read" in query.flags:
            stories = where(stories, self.read_ids.__contains__)
        if "bookmarked" in query.flags:
            stories = where(stories, self.bookmarked.__contains__)
        if query.fts() is None:
            return stories
        found = self.search_index.ids(query) if self.search_index is not None else None
        if found is None:  # no full-text index yet: titles and sections only
            return [s for s in stories if matches_in_memory(s, query)]
        return where(stories, found.__contains__)

    def _refill(self, keep: str | None = None) -> None:
        story_list = self.query_one(StoryList)
        current = story_list.current
        empty = ("No stories match the search." if not self.query.empty
                 else f"No {self.filter} stories." if self.filter != "all" else "No stories yet.")
        story_list.set_stories(self._visible(), keep=keep or (current.id if current else None), empty_note=empty)
        self._update_counts()

    def _update_counts(self) -> None:
        total = len(self.ordered)
        unread = total - self.library.count_known(self.read_ids)
        marked = self.library.count_known(self.bookmarked)
        listed = self.query_one(StoryList).stories
        searched = f" \u00b7 {len(listed)} found" if not self.query.empty else ""
        indexing = f" \u00b7 indexing {self._indexing[0]:,}/{self._indexing[1]:,} files" if self._indexing else ""
        self.query_one(StoryView).set_note(
            "Reading the library's files..." if (self._indexing or self._first_run) and not total
            else "No stories here: newsreader reads article files (.txt) in the folders it is given." if not total
            else "No stories match the search or the filter." if not listed
            else StoryView.CHOOSE)
        stories = "story" if total == 1 else "stories"
        self.sub_title = (
            f"{total} {stories} \u00b7 {unread} unread \u00b7 {marked} bookmarked \u00b7 filter: {self.filter}"
            f"{searched}{indexing}"
        )

    # opening -------------------------------------------------------------------------------------------

    def on_story_list_selected(self, message: StoryList.Selected) -> None:
        self.open(message.story)

    def open(self, story: Story) -> None:
        """Show the story and mark it read."""
        if self.has_class("-searching"):
            self._opened_in_search = story.id
        self._show(story)
        if story.id not in self.read_ids:
            self._set_read([story.id], True)
        if self.has_class("-single"):
            self.add_class("-reading")
            self.query_one(StoryView).focus()

    def _show(self, story: Story | None) -> None:
        if story is not None:
            try:
                story = self.library.full(story)
            except Unreadable as exc:
                self.notify(printable(f"{story.source}: {exc}"), title="Cannot read the article",
                            severity="error", markup=False)
        self.open_story = story
        self.query_one(StoryView).show(story)
        # The story first; its sidebar right after that frame (skipped if another story came first,
        # as when `]` is held down).
        self.call_after_refresh(self._fill_sidebar, story)

    def _fill_sidebar(self, story: Story | None) -> None:
        if story is self.open_story:
            view = self.query_one(StoryView)
            self.query_one(Sidebar).show(story, view.quotes, view.speaker_style)

    def _step(self, delta: int) -> None:
        story_list = self.query_one(StoryList)
        story_list.cursor += delta
        if story_list.current is not None:
            self.open(story_list.current)

    def action_came_from(self) -> None:
        """backspace: back to the story whose sidebar opened this one (and on, as far as they go)."""
        if not self._came_from:
            self.notify("No story to go back to: backspace returns from a story opened in the sidebar.", timeout=3)
            return
        self.open_anywhere(self._came_from.pop())

    def action_previous_story(self) -> None:
        self._step(-1)

    def action_next_story(self) -> None:
        self._step(1)

    def action_next_unread(self) -> None:
        """`n`: the next search hit in the story while searching, else the next unread story."""
        if self.has_class("-searching"):
            if not self.query_one(StoryView).jump_to_hit(1):
                self.notify("No more matches in this story.", timeout=2)
            return
        story_list = self.query_one(StoryList)
        stories = story_list.stories
        count = len(stories)
        for offset in range(1, count + 1):
            index = (story_list.cursor + offset) % count
            if stories[index].id not in self.read_ids:
                story_list.cursor = index
                self.open(stories[index])
                return
        self.notify("No unread stories left.")

    # state changes ----------------------------------------------------------------------------------------

    def _target(self) -> Story | None:
        """What `b` and `m` act on: the story in the list under the cursor."""
        return self.query_one(StoryList).current

    def _set_read(self, ids: list[str], read: bool) -> None:
        if self.store is not None and not self._guard(lambda: self.store.set_read(ids, read)):  # type: ignore[union-attr]
            return
        if read:
            self.read_ids.update(ids)
        else:
            self.read_ids.difference_update(ids)
        self._after_change(ids)

    def _after_change(self, ids: list[str]) -> None:
        story_list = self.query_one(StoryList)
        if len(ids) == 1:
            story_list.refresh_story(ids[0])
        else:
            story_list.refresh_rows()
        self._update_counts()

    def on_unmount(self) -> None:
        """Remember where the reader was (once, on the way out: not a write per story opened); stop
        the search indexer, which commits in batches and carries on from there next time."""
        self._closing = True  # a background indexing stops at its next report
        if self._builder is not None and self._builder.poll() is None:
            self._builder.terminate()
        if self.store is not None and self.open_story is not None:
            self._guard(lambda: self.store.set_setting("last_story", self.open_story.id))  # type: ignore[union-attr]

    def action_toggle_read(self) -> None:
        story = self._target()
        if story is not None:
            self._set_read([story.id], story.id not in self.read_ids)

    def action_toggle_bookmark(self) -> None:
        story = self._target()
        if story is None:
            return
        on = story.id not in self.bookmarked
        if self.store is not None and not self._guard(
            lambda: self.store.set_bookmark(story.id, on, title=story.title, source=story.source)  # type: ignore[union-attr]
        ):
            return
        (self.bookmarked.add if on else self.bookmarked.discard)(story.id)
        self._after_change([story.id])

    def action_mark_all_read(self) -> None:
        shown = [story_id for story_id in ids_of(self.query_one(StoryList).stories) if story_id not in self.read_ids]
        if shown:
            self._set_read(shown, True)
            self.notify(f"Marked {len(shown)} stories read.", timeout=3)

    def action_cycle_filter(self) -> None:
        self.filter = FILTERS[(FILTERS.index(self.filter) + 1) % len(FILTERS)]
        if self.store is not None:
            self._guard(lambda: self.store.set_setting("filter", self.filter))  # type: ignore[union-attr]
        self._refill()

    # reading pane and sidebar -------------------------------------------------------------------------------

    def action_page_down(self) -> None:
        self.query_one(StoryView).scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.query_one(StoryView).scroll_page_up(animate=False)

    def on_sidebar_chosen(self, message: Sidebar.Chosen) -> None:
        picked: Picked = message.picked
        if picked.quote is not None:
            self.query_one(StoryView).scroll_to_quote(picked.quote)
        elif picked.related is not None:
            key = normalise_title(picked.related.title)
            story = self.full_story(key) or self._brief_for(key)
            if story is None:
                self.notify("That story is not in the library.", markup=False)
            else:
                if self.open_story is not None and self.open_story.id != story.id:
                    self._came_from.append(self.open_story)
                self.open_anywhere(story)
        elif picked.link is not None:
            self._open_url(picked.link.url)

    def _brief_for(self, key: str) -> Story | None:
        plain = normalise_title.__wrapped__  # type: ignore[attr-defined]
        at = next((at for at, title in enumerate(titles_of(self.ordered)) if plain(title) == key), None)
        return None if at is None else self.ordered[at]

    def open_anywhere(self, story: Story) -> None:
        """Open a story, moving the list's cursor to it when the list shows it."""
        story_list = self.query_one(StoryList)
        try:
            story_list.cursor = ids_of(story_list.stories).index(story.id)
        except ValueError:
            pass  # the list does not show it (filtered out, say)
        self.open(story)

    def action_open_link(self) -> None:
        sidebar = self.query_one(Sidebar)
        link = sidebar.highlighted_link()
        if link is None and self.open_story is not None:
            link = next((item for item in self.open_story.related_links if openable(item.url)), None)
        if link is None:
            self.notify("This story has no related links.")
        else:
            self._open_url(link.url)

    def _open_url(self, url: str | None) -> None:
        if openable(url):
            self.open_url(url)  # type: ignore[arg-type]
            self.notify(f"Opening {url}", timeout=3, markup=False)
        else:
            self.notify("This link has no web address in the article; it is shown for reference.", markup=False)

    # layout -----------------------------------------------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        self._apply_layout(event.size.width)

    def _apply_layout(self, width: int) -> None:
        self.set_class(width <= NARROW, "-narrow")
        self.set_class(width <= SINGLE, "-single")
        if not self.has_class("-single"):
            self.remove_class("-reading")

    def action_toggle_sidebar(self) -> None:
        self.toggle_class("-sidebar-toggled")
        sidebar = self.query_one(Sidebar)
        if self.focused is not None and sidebar in self.focused.ancestors_with_self:
            self.query_one(StoryView).focus()

    # search ---------------------------------------------------------------------------------------------------

    def action_search(self) -> None:
        if self.search_index is not None:
            self.run_worker(self.search_index.warm, thread=True, exit_on_error=False)
        if not self.has_class("-searching"):
            current = self.query_one(StoryList).current
            self._before_search = current.id if current else None
            self._opened_in_search = None
            self.add_class("-searching")
            self.remove_class("-reading")
        # At once, not after the queued events as `focus()` does: keys typed right behind `/` (or
        # pasted with it) are the search, not the list's shortcuts.
        self.screen.set_focus(self.query_one("#search", Input))

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "search":
            self.query = parse_query(event.value)
            self._apply_search()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "search":
            self.query_one(StoryList).focus()

    def _apply_search(self) -> None:
        terms = self.query.text_terms
        self.query_one(StoryList).set_terms(terms)
        self.query_one(StoryView).set_terms(terms)
        self._refill()

    def _clear_search(self) -> None:
        self.remove_class("-searching")
        self.query = Query()
        self.query_one("#search", Input).value = ""
        self._apply_search()
        # back where the list was, unless a story was opened from the results: then on that story, so
        # that the list and the reading pane agree (and `b` marks the story on screen)
        self._refill(keep=self._opened_in_search or self._before_search)
        self.query_one(StoryList).focus()

    def action_previous_hit(self) -> None:
        if self.has_class("-searching"):
            if not self.query_one(StoryView).jump_to_hit(-1):
                self.notify("No earlier matches in this story.", timeout=2)

    def action_back(self) -> None:
        if self.has_class("-searching"):
            self._clear_search()
            return
        if self.has_class("-sidebar-toggled") and self.has_class("-narrow"):
            self.remove_class("-sidebar-toggled")
        elif self.has_class("-reading"):
            self.remove_class("-reading")
        self.query_one(StoryList).focus()

    def action_help(self) -> None:
        from reader.widgets.help import HelpScreen  # not needed for the first frame

        self.push_screen(HelpScreen())
