"""Bookmarks out of newsreader: `newsreader bookmarks --format json|markdown|opml` (and `--json`)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from reader import export
from reader.library import load
from reader.loading import read_text
from reader.parsing import parse
from reader.quotes import find_quotes
from reader.resources import seeds_dir
from reader.sanitize import printable
from reader.state import StateStore

MARKUP_TITLE = "Cats & *dogs* [live](x) <now> `code` _under_ #1 | pipe! ~~gone~~ \x1b[31mred"
DOOMED_TITLE = "Doomed story headline"


def run_cli(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reader", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=60)


class Shelf:
    """Three bookmarks made through the CLI: the seed article, one with a markup-like title, and
    one whose file is then deleted."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.db = root / "state.json"
        lib = root / "lib"
        lib.mkdir()
        (lib / "markup.txt").write_text(f'{MARKUP_TITLE}\n\n"We never planned this," said Ana Lima.\n', encoding="utf-8")
        (lib / "doomed.txt").write_text(f'{DOOMED_TITLE}\n\n"Gone soon," said Bo Berg.\n', encoding="utf-8")
        self.seed = next(s for s in load([seeds_dir()]).stories if s.kind == "full")
        self.markup = parse(read_text(lib / "markup.txt"), source=str(lib / "markup.txt"))[0]
        self.doomed = parse(read_text(lib / "doomed.txt"), source=str(lib / "doomed.txt"))[0]
        assert self.markup.title == MARKUP_TITLE
        ids = [self.seed.id, self.markup.id, self.doomed.id]
        result = run_cli("bookmark", *ids, "--db", self.db, "--library", seeds_dir(), "--library", lib, cwd=root)
        assert result.returncode == 0, result.stderr
        again = run_cli("bookmark", self.seed.id, "--db", self.db, "--library", seeds_dir(), "--library", lib, cwd=root)
        assert again.returncode == 0, again.stderr  # set, not toggle
        (lib / "doomed.txt").unlink()

    def bookmarks(self, *args: str) -> str:
        result = run_cli("bookmarks", *args, "--db", self.db, cwd=self.root)
        assert result.returncode == 0, result.stderr
        return result.stdout


@pytest.fixture(scope="module")
def shelf(tmp_path_factory) -> Shelf:
    return Shelf(tmp_path_factory.mktemp("export"))


def test_json_lists_every_bookmark_newest_first(shelf):
    marks = json.loads(shelf.bookmarks("--format", "json"))
    assert isinstance(marks, list) and len(marks) == 3
    for mark in marks:
        assert set(mark) == {"id", "title", "source", "bookmarked_at"}
        assert datetime.fromisoformat(mark["bookmarked_at"]).tzinfo is not None
    # bookmarked in one command, so within the same second: the later one first
    assert [m["id"] for m in marks] == [shelf.doomed.id, shelf.markup.id, shelf.seed.id]
    by_id = {m["id"]: m for m in marks}
    assert by_id[shelf.seed.id]["title"] == shelf.seed.title
    assert by_id[shelf.seed.id]["source"] == shelf.seed.source
    assert by_id[shelf.markup.id]["title"] == MARKUP_TITLE  # JSON keeps the data as it is
    assert by_id[shelf.doomed.id]["title"] == DOOMED_TITLE  # the file is gone; the store kept the title


def test_json_flag_and_format_json_print_the_same(shelf):
    assert shelf.bookmarks("--json") == shelf.bookmarks("--format", "json")


def test_text_format_lists_ids_and_titles(shelf):
    out = shelf.bookmarks()
    assert out == shelf.bookmarks("--format", "text")
    for story in (shelf.seed, shelf.doomed):
        assert story.id in out and story.title in out
    assert "\x1b" not in out


LINK = re.compile(r"^- \*\*\[(?P<title>(?:\\.|[^\]\\])*)\]\((?P<url>[^)\s]+)\)\*\*$")


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def blocks(markdown: str) -> list[list[str]]:
    """The reading list's entries: from each `- ` line up to the blank line after it."""
    entries: list[list[str]] = []
    for line in markdown.splitlines():
        if line.startswith("- "):
            entries.append([line])
        elif line.strip() and entries:
            entries[-1].append(line)
    return entries


def test_markdown_reading_list(shelf):
    markdown = shelf.bookmarks("--format", "markdown")
    assert markdown.startswith("# Reading list\n")
    entries = blocks(markdown)
    assert len(entries) == 3
    links = [LINK.match(entry[0]) for entry in entries]
    assert all(links), [entry[0] for entry in entries]
    titles = [unescape(link["title"]) for link in links]
    assert titles == [DOOMED_TITLE, printable(MARKUP_TITLE), shelf.seed.title]
    assert links[2]["url"] == Path(shelf.seed.source).resolve().as_uri()
    assert links[2]["url"].startswith("file:///")

    seed = entries[2]
    assert "published 2025-03-12" in seed[1] and "SUPERPOWERS" in seed[1]
    first = next(q for q in find_quotes(shelf.seed.body) if q.kind == "quote")
    assert first.speaker == "Donald Trump"
    assert f"  > \u201c{first.text}\u201d \u2014 Donald Trump" in seed
    assert first.text.startswith("People are going to Russia right now")

    markup = entries[1]
    assert "  > \u201cWe never planned this,\u201d \u2014 Ana Lima" in markup
    # markup-like characters are escaped, control characters shown, never sent
    assert "*dogs*" not in markdown and r"\*dogs\*" in markdown
    assert r"\[live\]\(x\)" in markdown and r"\<now\>" in markdown and r"\`code\`" in markdown
    assert r"\_under\_" in markdown and r"\#1 \| pipe\!" in markdown and r"\~\~gone\~\~" in markdown
    assert "\x1b" not in markdown and "\u241b\\[31mred" in markdown

    doomed = entries[0]
    assert not any(line.lstrip().startswith(">") for line in doomed)  # no quote: the file is gone
    assert any("bookmarked " in line for line in doomed)


def test_opml_outline_per_bookmark(shelf):
    text = shelf.bookmarks("--format", "opml")
    root = ET.fromstring(text)
    assert root.tag == "opml" and root.get("version") == "2.0"
    assert root.findtext("./head/title") == "newsreader bookmarks"
    outlines = root.findall("./body/outline")
    marks = json.loads(shelf.bookmarks("--json"))
    assert len(outlines) == len(marks) == 3
    for outline, mark in zip(outlines, marks):
        assert outline.get("id") == mark["id"]
        assert outline.get("text") == printable(mark["title"])
        assert outline.get("created") == mark["bookmarked_at"]
        assert outline.get("url") == Path(mark["source"]).resolve().as_uri()
        assert outline.get("type") == "link"
    doomed, markup, seed = outlines
    assert seed.get("published") == "2025-03-12"
    assert seed.get("speaker") == "Donald Trump"
    assert seed.get("quote").startswith("People are going to Russia right now")
    assert markup.get("text") == printable(MARKUP_TITLE) and "&" in markup.get("text") and "<now>" in markup.get("text")
    assert markup.get("speaker") == "Ana Lima"
    assert doomed.get("text") == DOOMED_TITLE
    assert doomed.get("quote") is None and doomed.get("speaker") is None and doomed.get("published") is None


def test_bookmark_without_source_or_title(tmp_path):
    store = StateStore(tmp_path / "state.json")
    store.set_bookmark("feedfacefeedface", True)
    entries = export.entries(store.bookmarks())
    assert entries[0].story is None and entries[0].first_quote is None
    markdown = export.to_markdown(entries)
    assert "- **feedfacefeedface**" in markdown and "](" not in markdown
    (outline,) = ET.fromstring(export.to_opml(entries)).findall("./body/outline")
    assert outline.get("text") == "feedfacefeedface" and outline.get("url") is None
    assert json.loads(export.to_json(store.bookmarks()))[0]["source"] is None


def test_unknown_id_is_skipped_and_the_rest_bookmarked(tmp_path):
    seed = next(s for s in load([seeds_dir()]).stories if s.kind == "full")
    result = run_cli("bookmark", "0000000000000000", seed.id, "--db", tmp_path / "state.json", cwd=tmp_path)
    assert result.returncode == 1
    assert "unknown story id 0000000000000000" in result.stderr
    assert [m.id for m in StateStore(tmp_path / "state.json").bookmarks()] == [seed.id]


def test_no_bookmarks_exports_empty_documents(tmp_path):
    db = tmp_path / "state.json"
    assert json.loads(run_cli("bookmarks", "--json", "--db", db, cwd=tmp_path).stdout) == []
    assert run_cli("bookmarks", "--format", "markdown", "--db", db, cwd=tmp_path).stdout.strip() == "# Reading list"
    root = ET.fromstring(run_cli("bookmarks", "--format", "opml", "--db", db, cwd=tmp_path).stdout)
    assert root.findall("./body/outline") == []


def test_an_empty_state_path_is_a_usage_error_not_a_crash(tmp_path):
    for args in (("--db", "", "bookmarks"), ("bookmarks", "--db", "")):
        result = run_cli(*args, cwd=tmp_path)
        assert result.returncode == 2
        assert "argument --db: the state file's path is empty" in result.stderr
        assert "Traceback" not in result.stderr
