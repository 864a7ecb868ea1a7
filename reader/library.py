"""The library: every story from a set of files, briefs merged into full articles."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from pathlib import Path

from reader.loading import Skipped, Unreadable, article_paths, read_text
from reader.model import Dateline, Story, story_id
from reader.parsing import parse


OPENED_CACHE = 32


@dataclass
class Library:
    """Stories in load order (file order; each file's story, then its related briefs)."""

    stories: list[Story] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    details: Callable[[], dict[str, list]] | None = None
    """For a list read from the index: brief id -> [site, place, agency, teaser], read on first need."""
    sorted_newest_first: bool = False
    """The index keeps its list in `newest_first` order: no need to sort 50,000 stories at start-up."""

    def __post_init__(self) -> None:
        self._opened: dict[str, Story] = {}  # recently opened stories, parsed in full
        self._briefs: dict[str, list] | None = None

    def get(self, story_id: str) -> Story | None:
        """A scan, not a table: it is called a few times a session, and a table of 50,000 ids is megabytes."""
        return next((story for story in self.stories if story.id == story_id), None)

    def count_known(self, ids: set[str]) -> int:
        """How many of `ids` are stories of this library (the state may know stories long gone)."""
        return len(ids.intersection(map(attrgetter("id"), self.stories))) if ids else 0  # at C speed

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

    def newest_first(self) -> list[Story]:
        """Dated stories newest first, then undated; full articles before briefs on the same day."""
        if self.sorted_newest_first:
            return list(self.stories)
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
