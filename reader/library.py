"""The library: every story from a set of files, briefs merged into full articles."""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import accumulate
from operator import attrgetter
from pathlib import Path
from typing import overload

from reader.digest import key_digest
from reader.loading import Skipped, Unreadable, article_paths, read_text
from reader.model import Dateline, Story, story_id
from reader.parsing import parse


OPENED_CACHE = 32
NO_DATE = " " * 10  # an undated story in the listing's `dates` column
NOTHING: tuple = ()  # what a listed story has of bodies, authors and related lists until it is opened


def key_array(digests: str) -> array[int] | None:
    """The index's `full_keys` (sorted 16-hex-digit key digests, run together) as numbers, or None
    when the text is not that."""
    if len(digests) % 16:
        return None
    try:
        keys = array("Q", bytes.fromhex(digests))
    except ValueError:
        return None
    if sys.byteorder == "little":
        keys.byteswap()  # the hex is big-endian
    return keys if all(a < b for a, b in zip(keys, keys[1:])) else None


class _Packed(Sequence[str]):
    """Strings kept as one UTF-8 buffer and their end offsets: about 4 bytes each beside the
    text, where a list of `str` pays some 50 bytes of object header for every one."""

    def __init__(self, strings: Iterable[str]) -> None:
        encoded = [string.encode("utf-8", "surrogatepass") for string in strings]
        self._data = b"".join(encoded)
        self._ends = array("I", accumulate(map(len, encoded)))

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self._ends)
        start = self._ends[index - 1] if index > 0 else 0
        return self._data[start : self._ends[index]].decode("utf-8", "surrogatepass")


class _Columns:
    """The list as the index saves it: per story an id, title, date, kind, section and source file.
    A row becomes a `Story` the first time it is asked for and stays that object, so the reader
    can hold on to it and fill it in."""

    def __init__(self, columns: dict) -> None:
        self.ids: list[str] = columns["ids"]
        self.titles = _Packed(columns["titles"])
        self.dates: str = columns["dates"]  # 10 characters a story
        self.kinds: str = columns["kinds"]  # "f" full or "b" brief, one character a story
        self.sections: list[str | None] = columns["sections"]
        self.section_codes = array("I", columns["section_codes"])  # into `sections`
        self.sources = _Packed(columns["sources"])
        full_keys = columns["full_keys"]  # as the index saves them, or already read by it
        self.full_keys = full_keys if isinstance(full_keys, array) else key_array(full_keys) or array("Q")
        self.made: dict[int, Story] = {}
        self._datelines: dict[str, Dateline | None] = {NO_DATE: None}  # one per distinct date

    def story(self, row: int) -> Story:
        story = self.made.get(row)
        if story is None:
            when = self.dates[row * 10 : row * 10 + 10]
            dateline = self._datelines.get(when)
            if dateline is None and when != NO_DATE:
                dateline = self._datelines[when] = Dateline(None, None, date.fromisoformat(when))
            story = self.made[row] = Story(
                self.titles[row], None, self.sections[self.section_codes[row]], NOTHING, dateline,  # type: ignore[arg-type]
                NOTHING, None, NOTHING, NOTHING, None, "brief" if self.kinds[row] == "b" else "full",  # type: ignore[arg-type]
                self.sources[row], self.ids[row],
            )
        return story


class Listing(Sequence[Story]):
    """Stories read from the index, as a sequence over its columns (all rows, or a filtered view of
    them). Lean by design: 50,000 `Story` objects are megabytes, and a list pane shows fifty; only
    rows that are asked for are made into stories. Its `ids` and `titles` serve whole-list
    questions (counts, filters, palette search) without making any."""

    def __init__(self, columns: dict | _Columns, rows: Sequence[int] | None = None) -> None:
        self._columns = columns if isinstance(columns, _Columns) else _Columns(columns)
        self._rows: Sequence[int] = range(len(self._columns.ids)) if rows is None else rows

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> Story: ...
    @overload
    def __getitem__(self, index: slice) -> list[Story]: ...
    def __getitem__(self, index: int | slice) -> Story | list[Story]:
        if isinstance(index, slice):
            return [self._columns.story(row) for row in self._rows[index]]
        return self._columns.story(self._rows[index])

    def __iter__(self) -> Iterator[Story]:
        return map(self._columns.story, self._rows)

    @property
    def ids(self) -> Sequence[str]:
        ids = self._columns.ids
        return ids if isinstance(self._rows, range) else [ids[row] for row in self._rows]

    @property
    def titles(self) -> Sequence[str]:
        titles = self._columns.titles
        return titles if isinstance(self._rows, range) else [titles[row] for row in self._rows]

    def full_titles(self) -> Iterator[tuple[int, str]]:
        """(position, title) of each full article."""
        kinds, titles = self._columns.kinds, self._columns.titles
        return ((at, titles[row]) for at, row in enumerate(self._rows) if kinds[row] == "f")

    @property
    def full_keys(self) -> array[int]:
        """Sorted key digests of the full articles among all the rows (the index works them out)."""
        return self._columns.full_keys

    def where(self, keep: Callable[[str], bool]) -> Listing:
        """The rows whose id `keep` accepts, as a view of the same stories."""
        ids = self._columns.ids
        return Listing(self._columns, array("I", (row for row in self._rows if keep(ids[row]))))


def ids_of(stories: Sequence[Story]) -> Sequence[str]:
    """Every story's id, without making a listing's rows into stories."""
    return stories.ids if isinstance(stories, Listing) else list(map(attrgetter("id"), stories))


def titles_of(stories: Sequence[Story]) -> Sequence[str]:
    return stories.titles if isinstance(stories, Listing) else [story.title for story in stories]


def full_titles(stories: Sequence[Story]) -> Iterable[tuple[int, str]]:
    """(position, title) of each full article in `stories`."""
    if isinstance(stories, Listing):
        return stories.full_titles()
    return ((at, story.title) for at, story in enumerate(stories) if story.kind == "full")


def where(stories: Sequence[Story], keep: Callable[[str], bool]) -> Sequence[Story]:
    """The stories whose id `keep` accepts (a view, for a listing)."""
    if isinstance(stories, Listing):
        return stories.where(keep)
    return [story for story in stories if keep(story.id)]


@dataclass
class Library:
    """Stories in load order (file order; each file's story, then its related briefs), or the
    index's `Listing` of them."""

    stories: Sequence[Story] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    details: Callable[[], dict[str, list]] | None = None
    """For a list read from the index: brief id -> [site, place, agency, teaser], read on first need."""
    sorted_newest_first: bool = False
    """The index keeps its list in `newest_first` order: no need to sort 50,000 stories at start-up."""

    def __post_init__(self) -> None:
        self._opened: dict[str, Story] = {}  # recently opened stories, parsed in full
        self._briefs: dict[str, list] | None = None
        self._full_keys: array[int] | None = None

    def has_full_text(self, key: str) -> bool:
        """Whether the full article whose normalised title is `key` is here: asked for every related
        headline shown, and answered from 8 bytes a story (digests the index saved, or worked out
        once for a list loaded from files) rather than a table of titles."""
        if self._full_keys is None:
            stories = self.stories
            self._full_keys = stories.full_keys if isinstance(stories, Listing) else array(
                "Q", sorted({key_digest(story.key) for story in stories if story.kind == "full"}))
        keys, wanted = self._full_keys, key_digest(key)
        at = bisect_left(keys, wanted)
        return at < len(keys) and keys[at] == wanted

    def get(self, story_id: str) -> Story | None:
        """A scan, not a table: it is called a few times a session, and a table of 50,000 ids is megabytes."""
        try:
            return self.stories[ids_of(self.stories).index(story_id)]
        except ValueError:
            return None

    def count_known(self, ids: set[str]) -> int:
        """How many of `ids` are stories of this library (the state may know stories long gone)."""
        return len(ids.intersection(ids_of(self.stories))) if ids else 0  # at C speed

    def full(self, story: Story) -> Story:
        """The story with its body. Stories listed from the index are parsed from their file on
        first open (raises `Unreadable` when the file is gone or damaged); a listed brief gets
        its site, dateline and teaser."""
        if story.kind == "brief":
            self._fill_brief(story)
        if story.kind != "full" or story.body or not story.source:
            return story
        parsed = self._opened.get(story.id)
        if parsed is None:
            candidates = parse(read_text(Path(story.source)), source=story.source)
            parsed = next((s for s in candidates if s.kind == "full"), story)
            parsed.id = story.id
            parsed.absorb(story)
            if len(self._opened) >= OPENED_CACHE:
                self._opened.pop(next(iter(self._opened)))
            self._opened[story.id] = parsed
        return parsed

    def _fill_brief(self, story: Story) -> None:
        if self.details is None or story.teaser is not None:
            return
        if self._briefs is None:
            self._briefs = self.details()
        site, place, agency, teaser = self._briefs.get(story.id) or (None, None, None, None)
        story.site = story.site or site
        story.teaser = teaser or ""  # "" once filled: a brief without a teaser is not read again
        if place or agency:
            story.dateline = Dateline(place, agency, story.date)

    def newest_first(self) -> Sequence[Story]:
        """Dated stories newest first, then undated; full articles before briefs on the same day."""
        if self.sorted_newest_first:
            return self.stories
        return sorted(
            self.stories,
            key=lambda s: (s.date is not None, s.date or date.min, s.kind == "full"),
            reverse=True,
        )


def merge(stories: Iterable[Story]) -> list[Story]:
    """De-duplicate: a brief yields to a full article of the same title, and absorbs into it."""
    full_by_key: dict[str, Story] = {}
    briefs: dict[str, Story] = {}
    ids: set[str] = set()
    order: list[Story] = []
    for story in stories:
        if story.kind == "full":
            if story.id in ids:
                continue  # the same article twice (same title and date)
            ids.add(story.id)
            full_by_key.setdefault(story.key, story)
            order.append(story)
        elif story.key not in briefs:
            briefs[story.key] = story
            order.append(story)
        else:
            _absorb_brief(briefs[story.key], story)
    merged: list[Story] = []
    for story in order:
        if story.kind == "brief" and story.key in full_by_key:
            full_by_key[story.key].absorb(story)
        else:
            merged.append(story)
    return merged


def _absorb_brief(brief: Story, other: Story) -> None:
    """Merge two listings of one headline; the id follows the date they end up with, whichever file came first."""
    brief.absorb(other)
    brief.id = story_id(brief.title, brief.date)


def load(paths: Iterable[Path]) -> Library:
    """Parse every readable article under `paths`; unreadable files are listed in `skipped`."""
    parsed: list[Story] = []
    skipped: list[Skipped] = []
    for item in article_paths(paths):
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        try:
            stories = parse(read_text(item), source=str(item))
        except Unreadable as exc:
            skipped.append(Skipped(str(item), str(exc)))
            continue
        if not stories:
            skipped.append(Skipped(str(item), "no story found in it"))
        parsed.extend(stories)
    return Library(merge(parsed), skipped)
