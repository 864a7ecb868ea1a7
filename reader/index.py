"""A persistent index of the library, so start-up reads one small file instead of every article.

Two files per set of library roots, beside the state file:

* `<digest>.json`, read at start-up: the merged list of stories (what the list pane shows)
  and the files that could not be read;
* `<digest>.files.json`, read only when an article file changed: per file its mtime, size,
  the story's row and the keys of the headlines it lists, plus one table of those headlines.

A file whose mtime or size changed is parsed again, a new one added, a deleted one dropped.
Bodies are not indexed: a story is parsed in full when it is opened.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from multiprocessing import get_context
from pathlib import Path

import orjson

from reader.library import Library, merge
from reader.loading import Skipped, Unreadable, article_paths, read_text
from reader.model import Dateline, RelatedStory, Story, normalise_title, story_id
from reader.parsing import parse
from reader.state import atomic_write

INDEX_VERSION = 2
PARALLEL_FROM = 400  # files to parse before worker processes pay for themselves
CHUNK = 200

StoryRow = list  # [id, key, title, date, section, kind, site, place, agency, teaser]
HeadlineRow = list  # [title, section, date, place, agency, teaser]
Summary = tuple  # (story row or None, [(key, headline row)], reason or None)
Progress = Callable[[int, int], None]


def index_path(state_path: Path, roots: Sequence[Path]) -> Path:
    """One index per set of library roots, kept beside the state file."""
    digest = hashlib.sha1("\n".join(sorted(str(r.resolve()) for r in roots)).encode()).hexdigest()[:16]
    return state_path.parent / "index" / f"{digest}.json"


def _dateline_fields(dateline: Dateline | None) -> list:
    if dateline is None:
        return [None, None, None]
    return [dateline.date.isoformat() if dateline.date else None, dateline.place, dateline.agency]


def _dateline(when: str | None, place: str | None, agency: str | None) -> Dateline | None:
    if not (when or place or agency):
        return None
    return Dateline(place, agency, date.fromisoformat(when) if when else None)


def _story_row(story: Story) -> StoryRow:
    when, place, agency = _dateline_fields(story.dateline)
    return [story.id, story.key, story.title, when, story.section, story.kind, story.site, place, agency, story.teaser]


def _story(row: StoryRow, source: str | None) -> Story:
    story_id_, key, title, when, section, kind, site, place, agency, teaser = row
    return Story(title=title, site=site, section=section, dateline=_dateline(when, place, agency),
                 teaser=teaser, kind=kind, source=source, id=story_id_, key=key)


def summarise(path: str) -> Summary:
    """What the index keeps of one file (runs in worker processes too)."""
    try:
        stories = parse(read_text(Path(path)), source=path, listing=True)
    except Unreadable as exc:
        return None, [], str(exc)
    if not stories:
        return None, [], "no story found in it"
    story = stories[0]
    listed = [
        (normalise_title(item.title), [item.title, item.section, *_dateline_fields(item.dateline), item.teaser])
        for item in story.related
    ]
    return _story_row(story), [(key, row) for key, row in listed if key and key != story.key], None


def _summarise_chunk(paths: list[str]) -> list[Summary]:
    return [summarise(path) for path in paths]


@dataclass
class LibraryIndex:
    path: Path | None
    stories: list[StoryRow] = field(default_factory=list)  # merged, in file order
    skipped: list[list[str]] = field(default_factory=list)  # [path, reason]
    missing: list[Skipped] = field(default_factory=list)  # roots named that do not exist
    _files: dict[str, list] | None = None  # path -> [mtime_ns, size, story row, listed keys, reason]
    _headlines: dict[str, HeadlineRow] | None = None  # listed headline key -> its merged data

    @property
    def details_path(self) -> Path | None:
        return self.path.with_name(self.path.stem + ".files.json") if self.path else None

    @classmethod
    def open(cls, path: Path | None) -> LibraryIndex:
        """The saved list, or an empty index when it is missing, damaged or from another version."""
        data = _read(path)
        if data is not None and isinstance(data.get("stories"), list) and isinstance(data.get("skipped"), list):
            return cls(path, data["stories"], data["skipped"])
        return cls(path)

    @property
    def empty(self) -> bool:
        return not self.stories and not self.skipped

    def library(self) -> Library:
        skipped = [*self.missing, *(Skipped(path, reason) for path, reason in self.skipped)]
        return Library([_story(row, row_source) for row, row_source in self._sourced()], skipped)

    def _sourced(self) -> Iterable[tuple[StoryRow, str | None]]:
        for row in self.stories:
            yield row[:-1], row[-1]

    # keeping it current -------------------------------------------------------------------------------

    def refresh(self, roots: Iterable[Path], progress: Progress | None = None, parallel: bool = False) -> bool:
        """Bring the index up to date with the files under `roots`; True when anything changed."""
        stamps: dict[str, tuple[int, int]] = {}
        self.missing = []
        for item in article_paths(roots):
            if isinstance(item, Skipped):
                self.missing.append(item)
                continue
            try:
                st = item.stat()
            except OSError:
                continue
            stamps[str(item)] = (st.st_mtime_ns, st.st_size)
        files = self._details()
        stale = [path for path, stamp in stamps.items() if path not in files or tuple(files[path][:2]) != stamp]
        gone = [path for path in files if path not in stamps]
        if not stale and not gone and not self.empty:
            return False
        for path in gone:
            del files[path]
        headlines = self._headlines if self._headlines is not None else {}
        for path, (row, listed, reason) in zip(stale, self._summarise(stale, progress, parallel)):
            files[path] = [*stamps[path], row, [key for key, _ in listed], reason]
            for key, headline in listed:
                _absorb_headline(headlines, key, headline)
        self._headlines = headlines
        self._rebuild()
        return bool(stale or gone)

    def _details(self) -> dict[str, list]:
        if self._files is None:
            data = _read(self.details_path)
            valid = data is not None and isinstance(data.get("files"), dict) and isinstance(data.get("headlines"), dict)
            self._files = data["files"] if valid else {}
            self._headlines = data["headlines"] if valid else {}
        return self._files

    def _summarise(self, paths: list[str], progress: Progress | None, parallel: bool) -> Iterable[Summary]:
        total = len(paths)
        chunks = [paths[i : i + CHUNK] for i in range(0, total, CHUNK)]
        workers = os.cpu_count() or 1
        done = 0
        if parallel and total >= PARALLEL_FROM and workers > 1:
            # Called before the app starts (no threads yet), so forking is safe and cheapest.
            with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("fork")) as pool:
                batches: Iterable[list[Summary]] = pool.map(_summarise_chunk, chunks)
                for results in batches:
                    done += len(results)
                    if progress:
                        progress(done, total)
                    yield from results
            return
        for chunk in chunks:
            results = _summarise_chunk(chunk)
            done += len(results)
            if progress:
                progress(done, total)
            yield from results

    def _rebuild(self) -> None:
        """The merged list from the per-file details: full articles, then headlines seen only in lists."""
        assert self._files is not None and self._headlines is not None
        fulls: list[Story] = []
        listed: dict[str, str] = {}  # headline key -> the file that first lists it
        self.skipped = []
        for path in sorted(self._files):
            _, _, row, keys, reason = self._files[path]
            if reason:
                self.skipped.append([path, reason])
            if row is not None:
                fulls.append(_story(row, path))
            for key in keys:
                listed.setdefault(key, path)
        by_key = {story.key: story for story in fulls}
        briefs = []
        for key, path in listed.items():
            title, section, when, place, agency, teaser = self._headlines[key]
            dateline = _dateline(when, place, agency)
            if key in by_key:
                by_key[key].absorb(RelatedStory(title, section, dateline, teaser))  # the full text wins
                continue
            brief_id = story_id(title, dateline.date if dateline else None)
            briefs.append(Story(title=title, section=section, dateline=dateline, teaser=teaser,
                                kind="brief", source=path, key=key, id=brief_id))
        self.stories = [[*_story_row(story), story.source] for story in merge([*fulls, *briefs])]
        self._headlines = {key: self._headlines[key] for key in listed}

    def save(self) -> None:
        """Best effort: an index that cannot be written only costs the next start-up time."""
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self._files is not None:
                details = {"version": INDEX_VERSION, "files": self._files, "headlines": self._headlines}
                atomic_write(self.details_path, orjson.dumps(details))  # type: ignore[arg-type]
            atomic_write(self.path, orjson.dumps({"version": INDEX_VERSION, "stories": self.stories, "skipped": self.skipped}))
        except OSError:
            pass


def _absorb_headline(headlines: dict[str, HeadlineRow], key: str, headline: HeadlineRow) -> None:
    """Several files list one headline: keep the first listing's data, filling its gaps from later ones."""
    known = headlines.get(key)
    if known is None:
        headlines[key] = list(headline)
        return
    if not known[1] and headline[1]:
        known[1] = headline[1]
    if not any(known[2:5]) and any(headline[2:5]):
        known[2:5] = headline[2:5]
    if not known[5] and headline[5]:
        known[5] = headline[5]


def _read(path: Path | None) -> dict | None:
    if path is None:
        return None
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
    return data if isinstance(data, dict) and data.get("version") == INDEX_VERSION else None
