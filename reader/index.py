"""A persistent index of the library, so start-up reads one small file instead of every article.

Four files per set of library roots, beside the state file:

* `<digest>.json`, read at start-up: what the list pane shows of each story (id, title, date,
  section, brief or full, source file) as columns, newest first, and the files that could not
  be read;
* `<digest>.briefs.json`, read when a brief is first opened: a brief's site, place, agency and
  teaser (a full story gets its details from its own file when opened);
* `<digest>.stamps.json`, read by the background check: each file's mtime and size;
* `<digest>.files.json`, read only when an article file changed: per file the story's row,
  the headlines it lists (as ids into one table of listings) and why it was skipped. Listings
  are kept as each file gives them and merged in file order on every rebuild, so a headline's
  data is what `load()` would give after any file listing it changes or goes.

A file whose mtime or size changed is parsed again, a new one added, a deleted one dropped.
Bodies are not indexed: a story is parsed in full when it is opened.
"""

from __future__ import annotations

import gc
import json
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import orjson

from reader.digest import KEY_DIGEST_CHARS, key_digest, sha1_hex
from reader.library import NO_DATE, Library, Listing, key_array, merge
from reader.loading import Skipped, Unreadable, article_files, article_paths, read_text
from reader.model import Dateline, RelatedStory, Story, normalise_title, story_id
from reader.parsing import parse
from reader.state import atomic_write

INDEX_VERSION = 8  # (8: the parser reads pages with no dateline, or one with no year: parse them again)
PARALLEL_FROM = 400  # files to parse before worker processes pay for themselves
CHUNK = 200

StoryRow = list  # [id, key, title, date, section, kind, site, place, agency, teaser]
HeadlineRow = list  # [title, section, date, place, agency, teaser]
Summary = tuple  # (story row or None, [(listing id, headline row)], reason or None)
Progress = Callable[[int, int], None]  # files done, files in all
Report = Callable[[int, int, "Library | None"], None]  # the same, and now and then the list so far
Refresh = Callable[[Report], "Library | None"]  # brings the index up to date: a new list, or None if unchanged


def index_path(state_path: Path, roots: Sequence[Path]) -> Path:
    """One index per set of library roots, kept beside the state file."""
    digest = sha1_hex("\n".join(sorted(str(r.resolve()) for r in roots)).encode())[:16]
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
    """A story of a file's summary, as merging needs it."""
    story_id_, key, title, when, section, kind, site, place, agency, teaser = row
    return Story(title=title, site=site, section=section, dateline=_dateline(when, place, agency), teaser=teaser,
                 kind=kind, source=source, id=story_id_, _key=key)


LISTING = ("ids", "titles", "dates", "kinds", "sections", "section_codes", "sources", "full_keys")


def _listing(rows: list[StoryRow]) -> dict[str, object]:
    """The start-up file from merged rows ([*story row, source]), newest first, laid out to read
    fast and make few objects a story does not keep: dates and kinds as one string each (10
    characters and one character a story), each distinct section once with a number per story."""
    by_date = sorted(rows, key=lambda row: (row[3] is not None, row[3] or "", row[5] == "full"), reverse=True)
    sections: dict[str | None, int] = {}
    return {
        "ids": [row[0] for row in by_date],
        "titles": [row[2] for row in by_date],
        "dates": "".join(row[3] or NO_DATE for row in by_date),
        "kinds": "".join("b" if row[5] == "brief" else "f" for row in by_date),
        "section_codes": [sections.setdefault(row[4], len(sections)) for row in by_date],
        "sections": list(sections),
        "sources": [row[10] for row in by_date],
        # which headlines have their full article here, as sorted digests of their keys: the reader
        # marks related stories with it without normalising every title at start-up
        "full_keys": "".join(sorted({f"{key_digest(row[1]):0{KEY_DIGEST_CHARS}x}" for row in rows if row[5] == "full"})),
    }


def _listing_in(data: dict) -> dict | None:
    """The saved list's columns, checked once when read (a damaged file means indexing again
    rather than a crash), with the full articles' key digests read into numbers; None if damaged."""
    full_keys = key_array(data["full_keys"]) if isinstance(data.get("full_keys"), str) else None
    if full_keys is None or not _valid_listing(data):
        return None
    return {**{name: data[name] for name in LISTING}, "full_keys": full_keys}


def _valid_listing(data: dict) -> bool:
    ids, titles, dates, kinds, sections, section_codes, sources = (
        data.get(name) for name in ("ids", "titles", "dates", "kinds", "sections", "section_codes", "sources"))
    lists = (ids, titles, sections, section_codes, sources)
    if not all(isinstance(v, list) for v in lists) or not (isinstance(dates, str) and isinstance(kinds, str)):
        return False
    count = len(ids)  # type: ignore[arg-type]
    return (
        len(titles) == len(kinds) == len(section_codes) == len(sources) == count and len(dates) == 10 * count  # type: ignore[arg-type]
        and all(type(v) is str for v in ids) and all(type(v) is str for v in titles)  # type: ignore[union-attr]
        and all(v is None or type(v) is str for v in sections)  # type: ignore[union-attr]
        and all(type(v) is str for v in sources)  # type: ignore[union-attr]
        and all(type(v) is int for v in section_codes)  # type: ignore[union-attr]
        and (not count or 0 <= min(section_codes) <= max(section_codes) < len(sections))  # type: ignore[arg-type,type-var]
        and set(kinds) <= {"b", "f"}  # type: ignore[arg-type]
        and _dates_valid(dates)  # type: ignore[arg-type]
    )


def _dates_valid(dates: str) -> bool:
    try:
        for when in {dates[i : i + 10] for i in range(0, len(dates), 10)} - {NO_DATE}:
            date.fromisoformat(when)
    except ValueError:
        return False
    return True


def worker_pool() -> Executor:
    """Processes for parsing, forked now: call it while the program has no other threads (fork
    copies only the calling thread, so a lock held elsewhere would stay locked in the children)."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    # (the reader holds off garbage collection while it starts: not in the workers, which make garbage)
    pool = ProcessPoolExecutor(max_workers=max(2, os.cpu_count() or 1), mp_context=get_context("fork"),
                               initializer=gc.enable)
    pool.submit(int).result()  # fork start: every worker is started at the first task
    return pool


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
    return _story_row(story), [(_listing_id(row), row) for key, row in listed if key and key != story.key], None


def _summarise_chunk(paths: list[str]) -> list[Summary]:
    return [summarise(path) for path in paths]


@dataclass
class LibraryIndex:
    path: Path | None
    stories: list[StoryRow] = field(default_factory=list)  # merged, in file order (after a refresh)
    skipped: list[list[str]] = field(default_factory=list)  # [path, reason]
    missing: list[Skipped] = field(default_factory=list)  # roots named that do not exist
    _listing: dict | None = None  # the saved list, until library() turns it into stories
    _listed: int = 0  # how many stories the saved list had
    _fingerprint: str | None = None  # of every file's path, mtime and size when the list was saved
    _briefs_digest: str | None = None  # of the briefs file saved with it
    _so_far: list[list] | None = None  # while refreshing: rows of the files parsed so far
    _files: dict[str, list] | None = None  # path -> [mtime_ns, size, story row, listing ids, reason], in load order
    _headlines: dict[str, HeadlineRow] | None = None  # listing id -> one file's listing (shared by files listing it alike)

    def _beside(self, suffix: str) -> Path | None:
        return self.path.with_name(f"{self.path.stem}.{suffix}.json") if self.path else None

    @classmethod
    def open(cls, path: Path | None) -> LibraryIndex:
        """The saved list, or an empty index when it is missing, damaged or from another version."""
        data = _read(path)
        if data is not None and (listing := _listing_in(data)) is not None and _rows(data.get("skipped"), 2):
            fingerprint, briefs = data.get("fingerprint"), data.get("briefs")
            return cls(path, skipped=data["skipped"], _listing=listing, _listed=len(listing["ids"]),
                       _fingerprint=fingerprint if isinstance(fingerprint, str) else None,
                       _briefs_digest=briefs if isinstance(briefs, str) else None)
        return cls(path)

    @property
    def empty(self) -> bool:
        return not self.stories and not self._listed and not self.skipped

    def library(self) -> Library:
        """The stories as the list shows them; the saved columns are used once and let go."""
        skipped = [*self.missing, *(Skipped(path, reason) for path, reason in self.skipped)]
        if self.stories:
            return Library(Listing(_listing(self.stories)), skipped, details=self._brief_details, sorted_newest_first=True)
        columns, self._listing = self._listing, None
        if columns is None and self._listed:  # asked again: read the saved list again
            data = _read(self.path)
            columns = _listing_in(data) if data is not None else None
        return Library(Listing(columns) if columns else [], skipped, details=self._brief_details, sorted_newest_first=True)

    def _brief_details(self) -> dict[str, list]:
        """Brief id -> [site, place, agency, teaser]: from the merged rows, else the saved file."""
        if self.stories:
            return _details_of(self.stories)
        data = _read(self._beside("briefs"))
        briefs = data.get("briefs") if data else None
        valid = isinstance(briefs, dict) and all(isinstance(v, list) and len(v) == 4 for v in briefs.values())
        return briefs if valid else {}  # type: ignore[return-value]

    # keeping it current -------------------------------------------------------------------------------

    def refresh(self, roots: Iterable[Path], progress: Progress | None = None, parallel: bool = False,
                pool: Executor | None = None) -> bool:
        """Bring the index up to date with the files under `roots`; True when anything changed.

        `parallel` parses in worker processes: in `pool` when given (one forked before the app
        started threads), else in a pool forked here, which is only safe while there are no threads."""
        roots = list(roots)
        if (self._fingerprint and self._files is None and _fingerprint_now(roots) == self._fingerprint
                and _digest_of(self._beside("briefs")) == self._briefs_digest):
            return False  # the usual start-up check: a walk and a stat per file, next to no memory
        stamps: dict[str, tuple[int, int]] = {}  # in load() order
        was_empty = self.empty
        self.missing = []
        for item in article_paths(roots):
            if isinstance(item, Skipped):
                self.missing.append(item)
                continue
            try:
                st = item.stat()
            except OSError:  # a dangling link, say: parsed (and skipped with the reason) as load() does
                stamps[str(item)] = (-1, -1)
                continue
            stamps[str(item)] = (st.st_mtime_ns, st.st_size)
        known = self._files if self._files is not None else _read_stamps(self._beside("stamps"))
        stale, gone = _changes(stamps, known)
        if not stale and not gone and not self.empty:
            return False
        files = self._details()
        if files is not known:  # the details decide: they may be missing or older than the stamps
            stale, gone = _changes(stamps, files)
        for path in gone:
            del files[path]
        headlines = self._headlines if self._headlines is not None else {}
        self._so_far = []
        # The summaries first: zip then resumes them after the last one, so the last progress is reported.
        for (row, listed, reason), path in zip(self._summarise(stale, progress, parallel, pool), stale):
            for ident, headline in listed:
                headlines.setdefault(ident, headline)
            files[path] = [*stamps[path], row, [ident for ident, _ in listed], reason]
            if row is not None:
                self._so_far.append([*row, path])
        self._so_far = None
        self._files = {path: files[path] for path in stamps}  # load() order, which merging depends on
        self._headlines = headlines
        self._fingerprint = _fingerprint(stamps.items(), [item.path for item in self.missing])
        self._rebuild()
        return bool(stale or gone) or (was_empty and not self.empty)

    def so_far(self) -> Library | None:
        """While `refresh` runs (ask from its progress callback, on its thread): the full articles
        parsed so far, newest first, for a list to show before the index is complete."""
        if self._so_far is None:
            return None
        return Library(Listing(_listing(self._so_far)), sorted_newest_first=True)

    def release(self) -> None:
        """Forget the per-file details (they are only needed when files change, and reloaded then)."""
        self._files = self._headlines = None

    def _details(self) -> dict[str, list]:
        if self._files is None:
            data = _read(self._beside("files"))
            valid = data is not None and _valid_details(data.get("files"), data.get("headlines"))
            self._files = data["files"] if valid else {}
            self._headlines = data["headlines"] if valid else {}
        return self._files

    def _summarise(self, paths: list[str], progress: Progress | None, parallel: bool,
                   pool: Executor | None) -> Iterable[Summary]:
        total = len(paths)
        chunks = [paths[i : i + CHUNK] for i in range(0, total, CHUNK)]
        done = 0
        if parallel and total >= PARALLEL_FROM and (pool is not None or (os.cpu_count() or 1) > 1):
            with nullcontext(pool) if pool is not None else worker_pool() as workers:
                for results in workers.map(_summarise_chunk, chunks):
                    yield from results  # taken in by `refresh` before progress is reported
                    done += len(results)
                    if progress:
                        progress(done, total)
            return
        for chunk in chunks:
            results = _summarise_chunk(chunk)
            yield from results
            done += len(results)
            if progress:
                progress(done, total)

    def _rebuild(self) -> None:
        """The merged list from the per-file details: full articles, then headlines seen only in lists."""
        assert self._files is not None and self._headlines is not None
        fulls: list[Story] = []
        listed: dict[str, str] = {}  # headline key -> the file that first lists it
        merged: dict[str, HeadlineRow] = {}  # headline key -> its listings merged in file order
        table, used = self._headlines, {}
        keys: dict[str, str] = {}  # title -> key: many files list each title
        self.skipped = []
        for path, (_, _, row, ids, reason) in self._files.items():
            if reason:
                self.skipped.append([path, reason])
            if row is not None:
                fulls.append(_story(row, path))
            for ident in ids:
                if ident in used:
                    continue  # the same listing again: merging it a second time changes nothing
                used[ident] = headline = table[ident]
                key = keys.get(headline[0])
                if key is None:
                    key = keys[headline[0]] = normalise_title(headline[0])
                if key not in listed:
                    listed[key] = path
                    merged[key] = list(headline)
                else:
                    _absorb_headline(merged[key], headline)
        by_key: dict[str, Story] = {}
        for story in fulls:
            by_key.setdefault(story.key, story)  # the first full article of a headline absorbs it, as in merge()
        briefs = []
        for key, path in listed.items():
            title, section, when, place, agency, teaser = merged[key]
            dateline = _dateline(when, place, agency)
            if key in by_key:
                by_key[key].absorb(RelatedStory(title, section, dateline, teaser))  # the full text wins
                continue
            brief_id = story_id(title, dateline.date if dateline else None)
            briefs.append(Story(title=title, section=section, dateline=dateline, teaser=teaser,
                                kind="brief", source=path, _key=key, id=brief_id))
        self.stories = [[*_story_row(story), story.source] for story in merge([*fulls, *briefs])]
        self._headlines = used

    def save(self) -> None:
        """Best effort: an index that cannot be written only costs the next start-up time."""
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Stamps last: a crash part-way leaves old stamps, so the next check re-parses, never trusts.
            if self._files is not None:
                details = {"version": INDEX_VERSION, "files": self._files, "headlines": self._headlines}
                atomic_write(self._beside("files"), orjson.dumps(details))  # type: ignore[arg-type]
            briefs = orjson.dumps({"version": INDEX_VERSION, "briefs": _details_of(self.stories)})
            atomic_write(self._beside("briefs"), briefs)  # type: ignore[arg-type]
            self._briefs_digest = sha1_hex(briefs)
            listing = {"version": INDEX_VERSION, **_listing(self.stories), "skipped": self.skipped,
                       "fingerprint": self._fingerprint, "briefs": self._briefs_digest}
            atomic_write(self.path, orjson.dumps(listing))
            if self._files is not None:
                stamps = {"version": INDEX_VERSION, "files": {p: entry[:2] for p, entry in self._files.items()}}
                atomic_write(self._beside("stamps"), orjson.dumps(stamps))  # type: ignore[arg-type]
        except OSError:
            pass


def _fingerprint(stamps: Iterable[tuple[str, tuple[int, int]]], missing: Iterable[str]) -> str:
    """An order-free digest of each file's path, mtime and size, and of the roots that are missing:
    a sum of per-file hashes, so checking it needs no list of files in memory."""
    total = count = 0
    for path, (mtime, size) in stamps:
        total += int(sha1_hex(f"{path}\0{mtime}\0{size}".encode("utf-8", "surrogateescape"))[:16], 16)
        count += 1
    for path in missing:
        total += int(sha1_hex(f"missing\0{path}".encode("utf-8", "surrogateescape"))[:16], 16)
    return f"{count}:{total % (1 << 64):016x}"


def _fingerprint_now(roots: Iterable[Path]) -> str:
    missing: list[str] = []

    def stamps() -> Iterable[tuple[str, tuple[int, int]]]:
        for item in article_files(roots):
            if isinstance(item, Skipped):
                missing.append(item.path)
                continue
            try:
                st = os.stat(item)
            except OSError:
                yield item, (-1, -1)
                continue
            yield item, (st.st_mtime_ns, st.st_size)

    return _fingerprint(stamps(), missing)  # `missing` fills up while the stamps are summed, before it is read


def _digest_of(path: Path | None) -> str | None:
    try:
        return sha1_hex(path.read_bytes()) if path else None
    except OSError:
        return None


def _details_of(rows: list[StoryRow]) -> dict[str, list]:
    return {row[0]: [row[6], row[7], row[8], row[9]] for row in rows if row[5] == "brief"}


def _absorb_headline(known: HeadlineRow, headline: HeadlineRow) -> None:
    """Several files list one headline: keep the first listing's data, filling its gaps from later ones."""
    if not known[1] and headline[1]:
        known[1] = headline[1]
    if not any(known[2:5]) and any(headline[2:5]):
        known[2:5] = headline[2:5]
    if not known[5] and headline[5]:
        known[5] = headline[5]


def _listing_id(headline: HeadlineRow) -> str:
    return sha1_hex(orjson.dumps(headline))[:16]


def _changes(stamps: dict[str, tuple[int, int]], known: dict[str, list]) -> tuple[list[str], list[str]]:
    """Files new or changed since `known` was saved (in `stamps` order), and files gone."""
    stale = [path for path, stamp in stamps.items() if path not in known or tuple(known[path][:2]) != stamp]
    return stale, [path for path in known if path not in stamps]


def _rows(value: object, width: int) -> bool:
    return isinstance(value, list) and all(isinstance(row, list) and len(row) == width for row in value)


def _valid_details(files: object, headlines: object) -> bool:
    """Checked once when read, so a damaged file means parsing again rather than a crash."""
    if not isinstance(files, dict) or not isinstance(headlines, dict):
        return False
    if not all(isinstance(row, list) and len(row) == 6 and isinstance(row[0], str) for row in headlines.values()):
        return False
    return all(
        isinstance(entry, list) and len(entry) == 5 and (entry[2] is None or _rows([entry[2]], 10))
        and isinstance(entry[3], list) and all(isinstance(i, str) and i in headlines for i in entry[3])
        for entry in files.values()
    )


def _read_stamps(path: Path | None) -> dict[str, list]:
    data = _read(path)
    files = data.get("files") if data else None
    return files if isinstance(files, dict) and all(isinstance(v, list) for v in files.values()) else {}


def _read(path: Path | None) -> dict | None:
    """The standard library's parser, not orjson's: orjson needs about 15 times the file's size
    while parsing (330 MiB for the details of 10,000 files), json about 4 times."""
    if path is None:
        return None
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):  # ValueError: bad JSON or bad UTF-8
        return None
    return data if isinstance(data, dict) and data.get("version") == INDEX_VERSION else None
