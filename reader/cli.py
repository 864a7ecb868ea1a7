"""The `newsreader` command: the reader by default, and subcommands for scripts."""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from reader import __version__
from reader.index import PARALLEL_FROM, LibraryIndex, Refresh, Report, index_path, worker_pool
from reader.library import Library, load
from reader.loading import article_files
from reader.model import Story
from reader.resources import seeds_dir
from reader.sanitize import printable
from reader.search import SearchIndex
from reader.state import StateError, StateStore, default_path

if TYPE_CHECKING:  # the app (and Textual) is imported only when the reader starts
    from reader.app import NewsReaderApp

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_STATE = 0, 1, 2, 3
PARTIAL_LIST_EVERY = 1.0  # seconds between lists of the stories parsed so far, on a first run


def _library(paths: Sequence[Path]) -> Library:
    """Load `paths` (the bundled seeds when empty), reporting skipped files on stderr."""
    library = load(paths or [seeds_dir()])
    for skipped in library.skipped:
        print(printable(str(skipped)), file=sys.stderr)
    return library


def cmd_read(args: argparse.Namespace) -> int:
    """The reader itself: list from the index at once, changed files picked up in the background."""
    roots = [*args.paths, *args.library] or [seeds_dir()]
    with _held_collection():
        app = _reader_app(args, roots)
    app.run()
    for skipped in app.library.skipped:  # the notice shows a few; here is every one, to act on
        print(printable(str(skipped)), file=sys.stderr)
    # All the reader saved is written and synced by now: skip the interpreter's teardown of tens
    # of thousands of objects (a third of a second at 10,000 stories), so that `q` is quick. An
    # index still being saved in the background is a cache, written file by file atomically.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(EXIT_OK)


@contextmanager
def _held_collection() -> Iterator[None]:
    """Python's cycle collector would run a hundred times while Textual's modules and the list of
    stories load (a tenth of start-up), and none of those objects is garbage: hold it off while they
    are made, then freeze them out of later collections, which then stay short on a large library."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def _reader_app(args: argparse.Namespace, roots: list[Path]) -> NewsReaderApp:
    """The reader on `roots`: its list from the index, its refresh and search set up to run."""
    try:
        store: StateStore | None = StateStore(args.db)
    except StateError as exc:
        print(f"newsreader: {exc}; reading state will not be saved", file=sys.stderr)
        store = None
    index = LibraryIndex.open(index_path(args.db or default_path(), roots))
    # A first run indexes every file while the reader is already up, showing stories as they are
    # parsed; the parsing processes are forked now, before the app starts any thread.
    first_run = index.empty
    many = first_run and next(islice(article_files(roots), PARALLEL_FROM - 1, None), None) is not None  # worth forking for
    refresh = library_refresh(index, roots, first_run=first_run, pool=worker_pool() if many else None)
    search_path = index.path.with_name(index.path.stem + ".search.sqlite")
    from reader.app import NewsReaderApp

    return NewsReaderApp(index.library(), store, refresh=refresh, search=SearchIndex(search_path),
                         build_search=lambda: _start_search_builder(search_path, roots), first_run=first_run)


def library_refresh(index: LibraryIndex, roots: Sequence[Path], first_run: bool = False,
                    pool: Executor | None = None) -> Refresh:
    """What the app runs in the background: bring `index` up to date with `roots` and return the
    new list, or None when nothing changed. It reports progress after each batch of files parsed;
    on a first run (the index empty) also the list of stories parsed so far now and then, and the
    list at the end even if empty. With `pool` it parses in those processes."""

    def refresh(report: Report) -> Library | None:
        shown = cost = 0.0

        def progress(done: int, total: int) -> None:
            # A first run's list so far, every second or so: less often when making it takes long
            # (it grows with the library), so that the parsing keeps most of the time.
            nonlocal shown, cost
            started = time.monotonic()
            due = first_run and started - shown >= max(PARTIAL_LIST_EVERY, 10 * cost)
            report(done, total, index.so_far() if due else None)
            if due:
                shown, cost = time.monotonic(), time.monotonic() - started

        try:  # `report` may raise to stop early (the reader is closing): then nothing is saved
            changed = index.refresh(roots, progress=progress, parallel=pool is not None, pool=pool)
        finally:
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)
        if changed:
            index.save()
            index.release()
        elif not first_run:
            return None
        return index.library()  # a first run returns it even unchanged (empty): it says what was skipped

    return refresh


def _start_search_builder(path: Path, roots: Sequence[Path]) -> subprocess.Popen[bytes] | None:
    """Bring the full-text search index up to date in a low-priority process of its own."""
    try:
        return subprocess.Popen(
            [sys.executable, "-m", "reader.search", "build", "--index", str(path), *map(str, roots)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=lambda: os.nice(10), start_new_session=True,
        )
    except OSError:
        return None  # search then covers titles and sections only


def _store(args: argparse.Namespace) -> StateStore:
    return StateStore(getattr(args, "db", None))


def _state_exit(store: StateStore, code: int) -> int:
    """Report on stderr whatever the store found wrong (on open or later, e.g. in a read shard)."""
    for problem in store.problems:
        print(f"newsreader: {problem}", file=sys.stderr)
    return EXIT_STATE if store.problems and code == EXIT_OK else code


def cmd_bookmarks(args: argparse.Namespace) -> int:
    from reader import export

    store = _store(args)
    marks = store.bookmarks()
    fmt = "json" if args.json else args.format
    if fmt == "json":
        print(export.to_json(marks))
    elif fmt == "markdown":
        print(export.to_markdown(export.entries(marks)))
    elif fmt == "opml":
        print(export.to_opml(export.entries(marks)))
    else:
        for mark in marks:
            print(printable(f"{mark.bookmarked_at[:10]}  {mark.id}  {mark.title}"))
        if not marks:
            print("No bookmarks yet.", file=sys.stderr)
    return _state_exit(store, EXIT_OK)


def cmd_set_state(args: argparse.Namespace) -> int:
    """bookmark / unbookmark / mark-read / mark-unread: set, not toggle, so repeating is harmless."""
    library = _library(args.library)
    store = _store(args)
    known_in_store = (
        store.bookmarked_ids() if args.command == "unbookmark"
        else store.read_ids() if args.command == "mark-unread"
        else set()
    )
    try:
        code = _apply(args, library, store, known_in_store)
    except StateError as exc:
        print(f"newsreader: {exc}", file=sys.stderr)
        code = EXIT_STATE
    return _state_exit(store, code)


def _apply(args: argparse.Namespace, library: Library, store: StateStore, known_in_store: set[str]) -> int:
    code = EXIT_OK
    ids: list[str] = []
    wanted = set(args.ids)
    by_id = {story.id: story for story in library.stories if story.id in wanted}  # one pass for many ids
    for story_id in args.ids:
        story = by_id.get(story_id)
        if story is None and story_id not in known_in_store:
            print(printable(f"newsreader: unknown story id {story_id}; skipped"), file=sys.stderr)
            code = EXIT_PARTIAL
            continue
        ids.append(story_id)
        if args.command in ("bookmark", "unbookmark"):
            title = story.title if story else ""
            source = story.source if story else None
            store.set_bookmark(story_id, args.command == "bookmark", title=title, source=source)
    if args.command in ("mark-read", "mark-unread") and ids:
        store.set_read(ids, read=args.command == "mark-read")
    return code


def cmd_parse(args: argparse.Namespace) -> int:
    from reader.schema import story_to_dict

    library = _library(args.paths)
    if args.json:
        json.dump([story_to_dict(story) for story in library.stories], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for story in library.stories:
            print(printable(_describe(story)))
    return EXIT_PARTIAL if library.skipped else EXIT_OK


def _describe(story: Story) -> str:
    """A human summary of what the parser understood."""
    from reader.quotes import find_quotes

    dateline = story.dateline
    lines = [
        f"{story.title}  [{story.kind}, id {story.id}]",
        f"  site: {story.site or '-'}   section: {story.section or '-'}",
        f"  authors: {', '.join(story.authors) or '-'}",
        "  dateline: "
        + (
            f"{dateline.place or '-'} ({dateline.agency or '-'}) {dateline.date or '-'}"
            if dateline
            else "-"
        ),
    ]
    if story.kind == "full":
        paragraphs = sum(block.kind == "paragraph" for block in story.body)
        subheads = [block.text for block in story.body if block.kind == "subhead"]
        lines.append(f"  body: {paragraphs} paragraphs, {len(subheads)} subheads {subheads if subheads else ''}".rstrip())
        quotes = find_quotes(story.body)
        speakers = sorted({q.speaker for q in quotes if q.speaker})
        lines.append(f"  quotes: {len(quotes)} ({', '.join(speakers) or 'no speakers'})")
        lines.append(f"  credits: {story.credits or '-'}")
        lines.append(f"  related: {len(story.related_links)} links, {len(story.related)} stories")
    if story.teaser:
        lines.append(f"  teaser: {story.teaser[:100]}")
    lines.append(f"  source: {story.source}")
    return "\n".join(lines)


def _build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        type=_db_path,
        default=argparse.SUPPRESS,
        metavar="PATH",
        help="state file (read/unread, bookmarks, settings); default: in the user data dir",
    )
    parser = argparse.ArgumentParser(
        prog="newsreader",
        description="A terminal news reader that highlights who said what.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")
    parser.add_argument("--db", type=_db_path, default=None, metavar="PATH", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    library_opt = argparse.ArgumentParser(add_help=False)
    library_opt.add_argument(
        "--library",
        action="append",
        type=Path,
        default=[],
        metavar="PATH",
        help="article file or folder to look ids up in (repeatable); default: the bundled seeds",
    )

    read_cmd = commands.add_parser(
        "read", parents=[common, library_opt], help="the reader (the default: `newsreader [PATH...]`)"
    )
    read_cmd.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="article files or folders; default: the bundled seeds")
    read_cmd.set_defaults(handler=cmd_read)

    parse_cmd = commands.add_parser(
        "parse", parents=[common], help="print what newsreader understood of article files"
    )
    parse_cmd.add_argument("--json", action="store_true", help="print one JSON array of story objects")
    parse_cmd.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="article files or folders")
    parse_cmd.set_defaults(handler=cmd_parse)

    marks = commands.add_parser("bookmarks", parents=[common], help="list bookmarked stories, newest first")
    marks.add_argument("--json", action="store_true", help='print a JSON array of {"id", "title", "source", "bookmarked_at"}')
    marks.add_argument(
        "--format",
        choices=("text", "json", "markdown", "opml"),
        default="text",
        help="text (default), json (as --json), markdown (a reading list with each story's first quote) or opml",
    )
    marks.set_defaults(handler=cmd_bookmarks)

    for name, text in (
        ("bookmark", "bookmark stories by id"),
        ("unbookmark", "remove bookmarks by id"),
        ("mark-read", "mark stories read by id"),
        ("mark-unread", "mark stories unread by id"),
    ):
        sub = commands.add_parser(name, parents=[common, library_opt], help=text)
        sub.add_argument("ids", nargs="+", metavar="ID", help="story ids as printed by `parse --json`")
        sub.set_defaults(handler=cmd_set_state)

    parser.epilog = _epilog(commands)
    return parser


def _epilog(commands: argparse._SubParsersAction) -> str:
    """Every command's usage, so `newsreader --help` documents them all."""
    lines = ["commands and their options:"]
    for sub in commands.choices.values():
        lines.append(f"  {sub.format_usage().removeprefix('usage: ').strip()}")
        for action in sub._actions:
            if action.help in (None, argparse.SUPPRESS) or isinstance(action, argparse._HelpAction):
                continue
            flag = ", ".join(action.option_strings) or action.metavar or action.dest
            lines.append(f"      {flag:<16} {action.help}")
    lines.append("Run `newsreader COMMAND --help` for one command.")
    return "\n".join(lines)


def _with_default_command(argv: list[str], names: Sequence[str]) -> list[str]:
    """`newsreader [PATH...]` means `newsreader read [PATH...]`."""
    skip_value = False
    for token in argv:
        if skip_value:
            skip_value = False
        elif token in ("--db", "--library"):
            skip_value = True
        elif token in ("-h", "--help", "--version") or token in names:
            return argv
        elif not token.startswith("-") or token == "--":
            break
    return ["read", *argv]


def _db_path(value: str) -> Path:
    """`--db ""` names no file (as a path it is the current directory): say so, not a traceback."""
    if not value.strip():
        raise argparse.ArgumentTypeError("the state file's path is empty")
    return Path(value)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    names = list(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    args = parser.parse_args(_with_default_command(list(sys.argv[1:] if argv is None else argv), names))
    if getattr(args, "db", None) is None:
        args.db = None
    try:
        return args.handler(args)
    except StateError as exc:
        print(f"newsreader: {exc}", file=sys.stderr)
        return EXIT_STATE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
