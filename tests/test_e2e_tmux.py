"""End to end, in a real terminal: drive the installed `newsreader` inside tmux as a person would.

The test starts the console script in a detached tmux session on a private socket (never the
user's tmux server), with its own XDG_DATA_HOME, and only ever waits for what is on screen.
It needs `tmux`; without it the test is skipped.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

WIDTH, HEIGHT = 160, 45
TIMEOUT = 10.0  # seconds to wait for any one screen condition
KEY_PAUSE = 0.15  # a short breath between keystrokes, as a person would type
TOTAL = 30  # stories in the bundled seeds/ library

UNREAD, BOOKMARK = "\u25cf", "\u2605"  # ● ★
LIST_BORDER = "\u2595"  # ▕ : the list pane's right border (vkey)
SIDEBAR_BORDER = "\u258f"  # ▏ : the sidebar's left border (vkey)

QUOTE_FRAGMENT = "People are going to Russia"  # a quotation in the full article
NARRATIVE_FRAGMENT = "The Kremlin said"  # plain reporting in the same article
AROUND_FRAGMENT = "Oval Office"  # narrative in the same paragraph, after the closing mark


def _newsreader() -> str | None:
    """The console script installed next to this interpreter, else the one on PATH."""
    beside = Path(sys.executable).parent / "newsreader"
    found = shutil.which(str(beside)) if beside.exists() else None
    return found or shutil.which("newsreader")


TMUX = shutil.which("tmux")
NEWSREADER = _newsreader()

pytestmark = [
    pytest.mark.skipif(TMUX is None, reason="tmux is not on PATH: the end-to-end terminal test needs it"),
    pytest.mark.skipif(NEWSREADER is None, reason="the `newsreader` console script is not installed"),
]


# Screen parsing -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Sgr:
    """The display attributes of one cell, as set by SGR escape sequences."""

    fg: str | None = None
    bg: str | None = None
    attrs: frozenset[str] = frozenset()


@dataclass
class _SgrState:
    fg: str | None = None
    bg: str | None = None
    attrs: set[str] = field(default_factory=set)

    def snapshot(self) -> Sgr:
        return Sgr(self.fg, self.bg, frozenset(self.attrs))

    def reset(self) -> None:
        self.fg, self.bg, self.attrs = None, None, set()

    def apply(self, params: str) -> None:
        # Sub-parameters (38:2::r:g:b, 4:3) are folded into their parameter.
        tokens: list[str] = params.split(";") if params else ["0"]
        i = 0
        while i < len(tokens):
            token = tokens[i]
            head, _, sub = token.partition(":")
            code = int(head) if head.isdigit() else 0
            if code in (38, 48, 58):
                if sub:  # colon form: everything is in this token
                    value, i = sub, i + 1
                elif i + 1 < len(tokens) and tokens[i + 1] == "5":
                    value, i = "5:" + ":".join(tokens[i + 2 : i + 3]), i + 3
                elif i + 1 < len(tokens) and tokens[i + 1] == "2":
                    value, i = "2:" + ":".join(tokens[i + 2 : i + 5]), i + 5
                else:
                    value, i = "?", i + 1
                if code == 38:
                    self.fg = value
                elif code == 48:
                    self.bg = value
                else:
                    self.attrs.add("ul-colour:" + value)
                continue
            i += 1
            if code == 0:
                self.reset()
            elif code in _ATTR_ON:
                self.attrs.add(_ATTR_ON[code] if code != 4 or sub in ("", "1") else f"underline:{sub}")
                if code == 4 and sub == "0":
                    self.attrs -= {a for a in self.attrs if a.startswith("underline")}
            elif code in _ATTR_OFF:
                self.attrs -= {a for a in self.attrs if a.split(":")[0] in _ATTR_OFF[code]}
            elif 30 <= code <= 37 or 90 <= code <= 97:
                self.fg = str(code)
            elif code == 39:
                self.fg = None
            elif 40 <= code <= 47 or 100 <= code <= 107:
                self.bg = str(code)
            elif code == 49:
                self.bg = None
            elif code == 59:
                self.attrs -= {a for a in self.attrs if a.startswith("ul-colour")}


_ATTR_ON = {1: "bold", 2: "dim", 3: "italic", 4: "underline", 5: "blink", 6: "blink", 7: "reverse",
            8: "hidden", 9: "strike", 21: "underline", 53: "overline"}
_ATTR_OFF = {21: {"bold"}, 22: {"bold", "dim"}, 23: {"italic"}, 24: {"underline"}, 25: {"blink"},
             27: {"reverse"}, 28: {"hidden"}, 29: {"strike"}, 55: {"overline"}}
_ESCAPE = re.compile(
    r"\x1b\[(?P<csi>[0-9;:?<=>]*)(?P<final>[@-~])"  # CSI
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC (hyperlinks and such)
    r"|\x1b[@-Z\\-_]"  # any other two-byte escape
)


def parse_styled(text: str) -> list[list[tuple[str, Sgr]]]:
    """`capture-pane -e` output as rows of (character, attributes) cells.

    tmux only emits changes, and its state carries over from one line to the next, so the whole
    capture is read as one stream.
    """
    state = _SgrState()
    rows: list[list[tuple[str, Sgr]]] = [[]]
    pos = 0
    for match in _ESCAPE.finditer(text + "\x1b[0m"):
        for ch in text[pos : match.start()]:
            if ch == "\n":
                rows.append([])
            else:
                rows[-1].append((ch, state.snapshot()))
        if match.group("final") == "m":
            state.apply(match.group("csi"))
        pos = match.end()
    return rows


def strip_sgr(text: str) -> str:
    return _ESCAPE.sub("", text)


def find_styles(rows: list[list[tuple[str, Sgr]]], needle: str, *, reading_pane: bool) -> set[Sgr]:
    """Attributes of the non-blank cells of the first occurrence of `needle`.

    With `reading_pane`, only text between the list's border and the sidebar's border counts (the
    sidebar repeats the story's quotes).
    """
    for row in rows:
        line = "".join(ch for ch, _ in row)
        lo, hi = 0, len(line)
        if reading_pane:
            if LIST_BORDER not in line:
                continue
            lo = line.index(LIST_BORDER) + 1
            hi = line.find(SIDEBAR_BORDER, lo)
            hi = len(line) if hi < 0 else hi
        at = line.find(needle, lo, hi)
        if at >= 0 and at + len(needle) <= hi:
            return {style for ch, style in row[at : at + len(needle)] if not ch.isspace()}
    return set()


# tmux -----------------------------------------------------------------------------------------------

class Terminal:
    """A private tmux server (its own socket and config) that runs one program per session."""

    def __init__(self, tmp_path: Path) -> None:
        self.socket = f"newsreader-e2e-{os.getpid()}-{uuid.uuid4().hex[:10]}"
        self.config = tmp_path / "tmux.conf"
        # remain-on-exit from the very start, so a quick exit still leaves the pane to inspect; a
        # POSIX shell runs the command whatever the user's login shell is.
        self.config.write_text(
            "set -g remain-on-exit on\nset -g status off\nset -g history-limit 100\n"
            "set -g default-shell /bin/sh\n"
        )
        # Not inside the caller's tmux, and no inherited COLUMNS/LINES to override the pane's size.
        self.env = {k: v for k, v in os.environ.items() if k not in ("TMUX", "TMUX_PANE", "COLUMNS", "LINES")}
        self.session: str | None = None
        self.status_file = tmp_path / "exit-status"
        self.last_screen = ""
        self.socket_path: Path | None = None

    def tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        assert TMUX is not None
        return subprocess.run(
            [TMUX, "-L", self.socket, "-f", str(self.config), *args],
            capture_output=True, text=True, env=self.env, check=check, timeout=TIMEOUT,
        )

    def start(self, name: str, command: list[str]) -> None:
        """Run `command` in a new session, the shell then writing its exit status to a file.

        The status is not read from `#{pane_dead_status}` or from the screen: tmux 3.3a races
        when a pane's program exits (seen here: `pane_dead` is 1 while `pane_dead_status` stays
        empty because the process is never reaped, or the last output before the exit never
        reaches the screen), so a file written by the wrapping shell is the reliable witness.
        """
        self.session = name
        self.status_file = self.config.parent / f"{name}.exit-status"
        self.status_file.unlink(missing_ok=True)
        script = f"{shlex.join(command)}; echo $? > {shlex.quote(str(self.status_file))}"
        self.tmux("new-session", "-d", "-s", name, "-x", str(WIDTH), "-y", str(HEIGHT), script)
        if self.socket_path is None:
            self.socket_path = Path(self.pane("#{socket_path}"))

    def screen(self, styled: bool = False) -> str:
        assert self.session is not None
        args = ["capture-pane", "-p", "-t", self.session] + (["-e"] if styled else [])
        text = self.tmux(*args).stdout
        self.last_screen = strip_sgr(text)
        return text

    def keys(self, *keys: str) -> None:
        assert self.session is not None
        for key in keys:
            self.tmux("send-keys", "-t", self.session, key)
            time.sleep(KEY_PAUSE)

    def pane(self, fmt: str) -> str:
        assert self.session is not None
        return self.tmux("display-message", "-p", "-t", self.session, fmt).stdout.strip()

    def wait_for(self, what: str, test: Callable[[str], bool], *, styled: bool = False) -> str:
        """Capture until `test(screen)` holds; fail with the last screen after TIMEOUT seconds."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            screen = self.screen(styled)
            if test(screen):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {TIMEOUT:.0f}s waiting for {what}\n{self.shown()}")
            time.sleep(0.1)

    def wait_exit(self) -> tuple[int, str]:
        """Wait for the program to end and its pane to die; its exit status and the last screen."""
        deadline = time.monotonic() + TIMEOUT
        while not self._exited() or self.pane("#{pane_dead}") != "1":
            if time.monotonic() > deadline:
                self.screen()
                raise AssertionError(
                    f"newsreader did not exit within {TIMEOUT:.0f}s "
                    f"(pane_dead={self.pane('#{pane_dead}')!r})\n{self.shown()}"
                )
            time.sleep(0.1)
        return int(self.status_file.read_text()), self.screen()

    def _exited(self) -> bool:
        return self.status_file.exists() and self.status_file.read_text().strip() != ""

    def shown(self) -> str:
        return "last screen:\n" + "\n".join(f"|{line}" for line in self.last_screen.splitlines())

    def close(self) -> None:
        """Stop this private server and remove its socket (tmux leaves it behind)."""
        self.tmux("kill-server", check=False)
        if self.socket_path is not None and self.socket_path.name == self.socket and self.socket_path.is_socket():
            self.socket_path.unlink(missing_ok=True)


@pytest.fixture
def terminal(tmp_path: Path):
    term = Terminal(tmp_path)
    try:
        yield term
    finally:
        term.close()


# Reading the screen ------------------------------------------------------------------------------------

HEADER = re.compile(r"(\d+) stories \u00b7 (\d+) unread \u00b7 (\d+) bookmarked \u00b7 filter: (\w+)")


def header(screen: str) -> tuple[int, int, int, str] | None:
    match = HEADER.search(screen)
    return (int(match[1]), int(match[2]), int(match[3]), match[4]) if match else None


@dataclass
class Row:
    unread: bool
    bookmarked: bool
    title: str  # as shown: possibly cut short with "…"

    @property
    def prefix(self) -> str:
        return self.title.removesuffix("\u2026").rstrip()


_ROW = re.compile(
    r"^ (?P<unread>.)(?P<mark>.) (?P<title>.*) (?P<section>.{14}) "
    r"(?P<date>\d{4}-\d{2}-\d{2}|" + re.escape("\u2014".center(10)) + r") .?$"
)


def list_rows(screen: str) -> list[Row]:
    """The list pane's story rows, top to bottom: ` ●★ Title…  SECTION  date ▕ ...`."""
    rows = []
    for line in screen.splitlines()[1:]:  # below the header
        if LIST_BORDER not in line:
            continue
        match = _ROW.match(line.split(LIST_BORDER, 1)[0])
        if match:
            rows.append(Row(match["unread"] == UNREAD, match["mark"] == BOOKMARK, match["title"].rstrip()))
    return rows


def cursor_row(styled_screen: str) -> int | None:
    """Index of the list row drawn with the cursor's background, if exactly one stands out."""
    backgrounds = []
    for row in parse_styled(styled_screen)[1:]:
        line = "".join(ch for ch, _ in row)
        if LIST_BORDER not in line:
            continue
        left_end = line.index(LIST_BORDER)
        if not line[4:left_end].strip():
            continue
        backgrounds.append(row[4][1].bg if len(row) > 4 else None)
    if len(backgrounds) < 3:
        return None
    common = max(set(backgrounds), key=backgrounds.count)
    odd = [i for i, bg in enumerate(backgrounds) if bg != common]
    return odd[0] if len(odd) == 1 else None


def reading_pane(screen: str) -> str:
    """The reading pane's text, one line per screen line."""
    out = []
    for line in screen.splitlines():
        if LIST_BORDER in line:
            rest = line.split(LIST_BORDER, 1)[1]
            out.append(rest.split(SIDEBAR_BORDER, 1)[0].strip())
    return "\n".join(out)


def run_cli(newsreader: str, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([newsreader, *args], capture_output=True, text=True, env=env, timeout=TIMEOUT)


# The test -----------------------------------------------------------------------------------------------

def test_read_bookmark_quit_and_come_back(terminal: Terminal, tmp_path: Path) -> None:
    assert NEWSREADER is not None
    data_home = tmp_path / "xdg-data"
    data_home.mkdir()
    command = ["env", f"XDG_DATA_HOME={data_home}", "TERM=xterm-256color", NEWSREADER]
    cli_env = {**os.environ, "XDG_DATA_HOME": str(data_home)}

    # First run ----------------------------------------------------------------------------------
    terminal.start("first", command)
    screen = terminal.wait_for(
        f"the list to be drawn ({TOTAL} stories)",
        lambda s: header(s) is not None and len(list_rows(s)) >= TOTAL,
    )
    assert header(screen) == (TOTAL, TOTAL, 0, "all"), terminal.shown()
    rows = list_rows(screen)
    assert all(r.unread and not r.bookmarked for r in rows), f"a fresh library is all unread\n{terminal.shown()}"
    first, second = rows[0], rows[1]

    terminal.keys("j", "j")
    terminal.wait_for("the cursor on the 3rd row", lambda s: cursor_row(s) == 2, styled=True)
    terminal.keys("k")
    terminal.wait_for("the cursor on the 2nd row", lambda s: cursor_row(s) == 1, styled=True)

    terminal.keys("Enter")
    screen = terminal.wait_for(
        "the 2nd story to open and the unread count to drop by one",
        lambda s: header(s) == (TOTAL, TOTAL - 1, 0, "all")
        and reading_pane(s).splitlines()[0].startswith(second.prefix),
    )
    rows = list_rows(screen)
    assert not rows[1].unread and rows[0].unread, f"only the opened story turns read\n{terminal.shown()}"
    opened_title_line = reading_pane(screen).splitlines()[0]

    terminal.keys("b")
    screen = terminal.wait_for(
        "the bookmark in the header and a ★ on the 2nd row",
        lambda s: header(s) == (TOTAL, TOTAL - 1, 1, "all") and list_rows(s)[1].bookmarked,
    )
    rows = list_rows(screen)
    assert [r.bookmarked for r in rows].count(True) == 1, f"exactly one ★\n{terminal.shown()}"

    # Open the full article (first row) and look at how quotations are drawn.
    terminal.keys("k")
    terminal.wait_for("the cursor back on the 1st row", lambda s: cursor_row(s) == 0, styled=True)
    terminal.keys("Enter")
    styled = terminal.wait_for(
        "the full article to open, with its quote and its narrative on screen",
        lambda s: header(strip_sgr(s)) == (TOTAL, TOTAL - 2, 1, "all")
        and all(text in reading_pane(strip_sgr(s)) for text in (QUOTE_FRAGMENT, NARRATIVE_FRAGMENT, AROUND_FRAGMENT)),
        styled=True,
    )
    assert reading_pane(strip_sgr(styled)).splitlines()[0].startswith(first.prefix), terminal.shown()
    cells = parse_styled(styled)
    quote_styles = find_styles(cells, QUOTE_FRAGMENT, reading_pane=True)
    assert len(quote_styles) == 1, f"one quotation, one style: {quote_styles}\n{terminal.shown()}"
    for narrative in (NARRATIVE_FRAGMENT, AROUND_FRAGMENT):
        plain_styles = find_styles(cells, narrative, reading_pane=True)
        assert len(plain_styles) == 1, f"{narrative!r}: plain text, one style: {plain_styles}\n{terminal.shown()}"
        assert quote_styles.isdisjoint(plain_styles), (
            f"the quotation {QUOTE_FRAGMENT!r} is drawn like the narrative {narrative!r}: "
            f"{quote_styles} vs {plain_styles}\n{terminal.shown()}"
        )

    terminal.keys("q")
    status, screen = terminal.wait_exit()
    assert status == 0, f"newsreader exited with status {status}\n{terminal.shown()}"
    assert "Traceback" not in screen, f"a traceback\n{terminal.shown()}"

    # Second run: everything is as it was left ---------------------------------------------------------
    terminal.start("second", command)
    screen = terminal.wait_for(
        f"the list to be drawn again ({TOTAL} stories)",
        lambda s: header(s) is not None and len(list_rows(s)) >= TOTAL,
    )
    assert header(screen) == (TOTAL, TOTAL - 2, 1, "all"), terminal.shown()
    rows = list_rows(screen)
    assert len(rows) == TOTAL, f"{len(rows)} rows for {TOTAL} stories\n{terminal.shown()}"
    assert rows[0].prefix == first.prefix and rows[1].prefix == second.prefix, terminal.shown()
    assert not rows[0].unread and not rows[1].unread, f"opened stories stay read\n{terminal.shown()}"
    assert rows[1].bookmarked and not rows[0].bookmarked, f"the bookmark survives\n{terminal.shown()}"
    total, unread, marked, _ = header(screen)  # type: ignore[misc]
    assert len(rows) == total, terminal.shown()
    assert sum(r.unread for r in rows) == unread, f"● count disagrees with the header\n{terminal.shown()}"
    assert sum(r.bookmarked for r in rows) == marked, f"★ count disagrees with the header\n{terminal.shown()}"
    terminal.keys("q")
    status, screen = terminal.wait_exit()
    assert status == 0, f"newsreader exited with status {status} on the second run\n{terminal.shown()}"
    assert "Traceback" not in screen, f"a traceback on the second run\n{terminal.shown()}"

    # The scripting interface agrees -------------------------------------------------------------------
    parsed = run_cli(NEWSREADER, cli_env, "parse", "--json")
    assert parsed.returncode == 0, parsed.stderr
    ids = {story["title"]: story["id"] for story in json.loads(parsed.stdout)}
    result = run_cli(NEWSREADER, cli_env, "bookmarks", "--json")
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr}"
    marks = json.loads(result.stdout)
    assert len(marks) == 1, f"expected exactly one bookmark:\n{result.stdout}"
    (mark,) = marks
    assert mark["title"].startswith(second.prefix), (mark, second)
    assert mark["title"].startswith(opened_title_line), (mark, opened_title_line)
    assert mark["id"] == ids.get(mark["title"]), (mark, ids.get(mark["title"]))


def test_every_skipped_file_is_listed_after_quitting(terminal: Terminal, tmp_path: Path) -> None:
    """The reader's notice names the first few unreadable files; quitting lists every one on stderr,
    which is the terminal the reader ran in (Textual draws on stderr too, so it is not redirected)."""
    assert NEWSREADER is not None
    library = tmp_path / "library"
    library.mkdir()
    seed = next((Path(__file__).parents[1] / "seeds").glob("*.txt"))
    shutil.copy(seed, library / "good.txt")
    for n in range(5):
        (library / f"empty-{n}.txt").write_bytes(b"")
    data_home = tmp_path / "xdg-data"
    terminal.start("skips", ["env", f"XDG_DATA_HOME={data_home}", "TERM=xterm-256color", NEWSREADER, str(library)])
    terminal.wait_for("the notice of skipped files", lambda s: "Skipped 5 unreadable" in s and "2 more" in s)
    terminal.keys("q")
    status, _ = terminal.wait_exit()
    assert status == 0, terminal.shown()
    # (with the lines scrolled out of sight: the reader leaves the cursor where the terminal had it)
    screen = terminal.tmux("capture-pane", "-p", "-S", "-100", "-t", "skips").stdout
    listed = [line for line in screen.splitlines() if line.startswith("newsreader: skipped")]
    assert [line.split(": ")[1].rsplit("/", 1)[-1] for line in listed] == [f"empty-{n}.txt" for n in range(5)], (
        terminal.shown())
