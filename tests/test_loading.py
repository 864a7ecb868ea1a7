"""The loader: encodings, files refused with a reason, folder walking, and `newsreader parse` on them."""

from __future__ import annotations

import codecs
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reader.loading
from reader.library import load
from reader.loading import Skipped, Unreadable, article_paths, decode, read_text

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLE = "Quiet night at the observatory\n\nThe dome stayed shut \u201cfor safety\u201d, said the caf\u00e9 owner.\n"
RANDOM_BYTES = random.Random(20250312).randbytes(4096)


# --- decoding -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("utf-8"),
        codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        ARTICLE.encode("cp1252"),
        ARTICLE.encode("utf-16"),
        codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + ARTICLE.encode("utf-32-le"),
        codecs.BOM_UTF32_BE + ARTICLE.encode("utf-32-be"),
    ],
    ids=["utf-8", "utf-8-bom", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"],
)
def test_decode_text(data: bytes) -> None:
    assert decode(data) == ARTICLE


def test_decode_cp1252_curly_quotes() -> None:
    assert decode(b"He said \x93yes\x94 and \x91no\x92 \x96 twice") == "He said \u201cyes\u201d and \u2018no\u2019 \u2013 twice"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\r\n  ", "empty file"),
        (" \n\n ".encode("utf-16"), "empty file"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "binary file, not text"),
        (b"plain text " * 1000 + b"\x00\x01\x02", "binary file, not text"),
        (RANDOM_BYTES, "binary file, not text"),
        (bytes(range(1, 32)) * 20, "binary file, not text"),
        (b"caf\xe9 au lait \x81\x8d", "not UTF-8 or cp1252 text"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8 \x00", "broken UTF-16 text"),
        (codecs.BOM_UTF32_LE + b"\xff\xff\xff\x7f", "broken UTF-32 text"),
        ("text and NULs\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00".encode("utf-16"), "binary file, not text"),
    ],
    ids=["empty", "whitespace", "utf-16-whitespace", "zip", "late-nul", "random", "controls", "not-cp1252", "bad-utf-16", "bad-utf-32", "utf-16-nul"],
)
def test_decode_refuses(data: bytes, reason: str) -> None:
    with pytest.raises(Unreadable) as caught:
        decode(data)
    assert str(caught.value) == reason


def test_decode_allows_a_few_controls() -> None:
    text = "Title\n\n\x1b[1mBold\x1b[0m words\x0c and a tab\there.\n"
    assert decode(text.encode()) == text


# --- files and folders --------------------------------------------------------------------------


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_read_text_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader.loading, "MAX_BYTES", 100)
    write(tmp_path / "small.txt", "x" * 100)
    assert read_text(tmp_path / "small.txt") == "x" * 100
    write(tmp_path / "big.txt", "x" * 101)
    with pytest.raises(Unreadable) as caught:
        read_text(tmp_path / "big.txt")
    assert str(caught.value) == "too large (101 bytes; the limit is 100 bytes)"


def test_read_text_stops_at_the_limit_whatever_the_size_says(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader.loading, "MAX_BYTES", 100)
    with pytest.raises(Unreadable) as caught:
        read_text(Path("/dev/zero"))  # reports size 0, never ends
    assert str(caught.value) == "too large (over the limit of 100 bytes)"


def test_read_text_missing(tmp_path: Path) -> None:
    with pytest.raises(Unreadable, match="No such file"):
        read_text(tmp_path / "gone.txt")


@pytest.fixture
def mixed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of good, odd and bad files, nested, with files that are not articles."""
    monkeypatch.setattr(reader.loading, "MAX_BYTES", 4096)
    write(tmp_path / "a_utf8.txt", "UTF-8 story\n\nBody \u2014 with a dash.\n")
    write(tmp_path / "b_bom.txt", codecs.BOM_UTF8 + "BOM story\n\nBody.\n".encode())
    write(tmp_path / "c_cp1252.txt", b"Windows story\r\n\r\nShe said \x93hello\x94.\r\n")
    write(tmp_path / "d_utf16.txt", "UTF-16 story\n\nBody.\n".encode("utf-16"))
    write(tmp_path / "e_binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    write(tmp_path / "f_random.txt", RANDOM_BYTES[:1024])
    write(tmp_path / "g_empty.txt", b"")
    write(tmp_path / "h_blank.txt", b"  \n\n\t \n")
    write(tmp_path / "i_big.txt", "Big story\n\n" + "words " * 1000)
    write(tmp_path / "nested" / "deeper" / "j_nested.TXT", "Nested story\n\nBody.\n")
    write(tmp_path / "notes.md", "Not an article\n\nBody.\n")
    write(tmp_path / ".hidden.txt", "Hidden story\n\nBody.\n")
    write(tmp_path / ".cache" / "k.txt", "Cached story\n\nBody.\n")
    return tmp_path


def test_folder_loads_good_files_and_skips_bad_ones(mixed: Path) -> None:
    library = load([mixed])
    assert [(story.title, Path(story.source or "").name) for story in library.stories] == [
        ("UTF-8 story", "a_utf8.txt"),
        ("BOM story", "b_bom.txt"),
        ("Windows story", "c_cp1252.txt"),
        ("UTF-16 story", "d_utf16.txt"),
        ("Nested story", "j_nested.TXT"),
    ]
    assert library.stories[2].body[0].text == "She said \u201chello\u201d."
    assert [(Path(s.path).name, s.reason) for s in library.skipped] == [
        ("e_binary.txt", "binary file, not text"),
        ("f_random.txt", "binary file, not text"),
        ("g_empty.txt", "empty file"),
        ("h_blank.txt", "empty file"),
        ("i_big.txt", "too large (6,011 bytes; the limit is 4,096 bytes)"),
    ]
    for skipped in library.skipped:
        line = str(skipped)
        assert line == f"newsreader: skipped {skipped.path}: {skipped.reason}"
        assert "\n" not in line


def test_article_paths(mixed: Path) -> None:
    named = write(mixed / "named.md", "Named story\n\nBody.\n")
    found = list(article_paths([mixed / "nested", named, mixed / "missing.txt"]))
    assert found == [
        mixed / "nested" / "deeper" / "j_nested.TXT",
        named,
        Skipped(str(mixed / "missing.txt"), "no such file or folder"),
    ]


def test_broken_link_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    write(tmp_path / "ok.txt", "Fine story\n\nBody.\n")
    library = load([tmp_path])
    assert [story.title for story in library.stories] == ["Fine story"]
    assert [(Path(s.path).name, s.reason) for s in library.skipped] == [("dangling.txt", "No such file or directory")]


def test_skip_report_is_one_line_whatever_the_file_name(tmp_path: Path) -> None:
    write(tmp_path / "two\nlines\r.txt", b"\x00\x01")
    (skipped,) = load([tmp_path]).skipped
    assert "\n" not in str(skipped) and "\r" not in str(skipped)
    assert str(skipped).endswith("lines\u240d.txt: binary file, not text")


# --- the command line -----------------------------------------------------------------------------


def run_parse(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "parse", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


STORY_KEYS = {"id", "title", "site", "section", "authors", "dateline", "body", "quotes", "credits", "related_links", "related", "kind", "source"}


def test_cli_json_with_a_bad_file(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    shutil.copy(FIXTURES / "smn" / "spx_staff_writers.txt", good)
    write(tmp_path / "bad.txt", RANDOM_BYTES)
    result = run_parse("--json", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"newsreader: skipped {tmp_path / 'bad.txt'}: binary file, not text"]
    stories = json.loads(result.stdout)
    assert len(stories) == 7
    story = stories[0]
    assert STORY_KEYS <= set(story)
    assert story["title"] == "Heat shield tiles survive two hundred simulated re-entries"
    assert (story["site"], story["section"], story["authors"], story["kind"]) == ("SpaceDaily", "SPACE TRAVEL", [], "full")
    assert story["dateline"] == {"place": "Pasadena CA", "agency": "SPX", "date": "2024-09-03"}
    assert story["source"] == str(good)
    assert story["credits"] is None
    assert isinstance(story["quotes"], list)
    assert all(set(block) == {"kind", "text"} for block in story["body"])
    assert [block["kind"] for block in story["body"]] == ["paragraph"] * 5
    assert story["related_links"][2] == {"title": "Mission page", "url": "https://example.org/missions/heat-shield"}
    assert all(set(link) == {"title", "url"} for link in story["related_links"])
    assert all(set(item) == {"title", "section", "dateline", "teaser"} for item in story["related"])
    assert story["related"][4]["dateline"] == {"place": "Geneva", "agency": "ESA", "date": "2024-09-01"}
    assert story["related"][5] == {"title": "Ground station network adds polar site", "section": "TECH SPACE", "dateline": None, "teaser": None}
    assert {s["kind"] for s in stories[1:]} == {"brief"}


def test_cli_all_good(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "plain" / "line_separated.txt", tmp_path / "one.txt")
    result = run_parse("--json", str(tmp_path))
    assert (result.returncode, result.stderr) == (0, "")
    (story,) = json.loads(result.stdout)
    assert story["title"] == "Notes from the tracking station"
    assert story["dateline"] == {"place": None, "agency": None, "date": None}
    assert len(story["body"]) == 3


def test_cli_bad_option() -> None:
    result = run_parse("--no-such-option")
    assert result.returncode == 2
    assert "--no-such-option" in result.stderr
    assert result.stdout == ""


# --- any bytes ------------------------------------------------------------------------------------

ANY_BYTES = st.one_of(
    st.binary(max_size=600),
    st.text(max_size=200).map(lambda t: t.encode("utf-8")),
    st.tuples(
        st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE]),
        st.binary(max_size=200),
    ).map(b"".join),
)


@settings(max_examples=200, deadline=None)
@given(ANY_BYTES)
def test_decode_any_bytes(data: bytes) -> None:
    try:
        text = decode(data)
    except Unreadable as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert text.strip()


@settings(max_examples=200, deadline=None)
@given(ANY_BYTES)
def test_load_any_file(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "any.txt").write_bytes(data)
        library = load([Path(folder)])
    assert bool(library.stories) != bool(library.skipped)
    assert all("\n" not in str(skipped) for skipped in library.skipped)
