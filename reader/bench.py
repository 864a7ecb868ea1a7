"""Speed at scale, measured: `python -m reader.bench [--sizes 1000,10000,50000] [--runs 5] [--newsboat]`.

For each size it writes that many synthetic articles (reader.synth) to a cache folder, then:
* launches `newsreader` in a real pty at 200x50 and times, on a first run (no index), launch ->
  the first stories listed (the header's "N stories" with N > 0) and launch -> the whole index
  saved, then on a warm run (indexed) launch -> list drawn, and reads the program's peak memory
  (VmHWM, after it ran on for two more seconds);
* in-process, times opening a story, one cursor step (including drawing the visible rows) and a
  bookmark toggle (including the fsync'd write);
* with --newsboat and newsboat installed, writes the same stories as one RSS file and times
  newsboat's launch -> list drawn and peak memory the same way.
Prints medians with the min-max spread; nothing here is a pass/fail test.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import pty
import re
import select
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reader.synth import write_library

COLUMNS, ROWS = 200, 50
SETTLE = 2.0  # seconds a launched program runs on after its list is drawn, before its peak memory is read
CACHE = Path(tempfile.gettempdir()) / "newsreader-bench"


def library(size: int) -> Path:
    folder = CACHE / f"lib-{size}"
    done = folder / ".complete"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        write_library(folder, size, seed=7)
        done.write_text("ok")
    return folder


def launch(argv: Sequence[str], env: dict[str, str], drawn: re.Pattern[bytes], quit_keys: bytes,
           timeout: float = 60.0, then: tuple[bytes, re.Pattern[bytes]] | None = None,
           until: Callable[[], bool] | None = None) -> tuple[float, float, float]:
    """Seconds from exec to `drawn` appearing on the pty (and, with `then`, from pressing its keys to
    its pattern appearing, both included), seconds from exec until `until()` holds (polled while
    the program runs on; nan without it), and the program's peak RSS in MiB before it is quit."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: a terminal of our size
        os.environ.clear()
        os.environ.update(env)
        os.execvpe(argv[0], list(argv), env)
    import fcntl
    import struct
    import termios

    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
    start = time.perf_counter()
    seen = b""
    elapsed = float("nan")
    while time.perf_counter() - start < timeout:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            seen = (seen + chunk)[-200_000:]
            if drawn.search(seen):
                if then is None:
                    elapsed = time.perf_counter() - start
                    break
                keys, drawn = then
                then, seen = None, b""
                os.write(fd, keys)
    done_at = float("nan")
    while until is not None and time.perf_counter() - start < timeout:
        if until():
            done_at = time.perf_counter() - start
            break
        if not _settle(fd, 0.02):
            break  # the program is gone
    _settle(fd, SETTLE)  # what runs just after the first frame (a preview, a background check) counts too
    peak = _peak_mib(pid)
    os.write(fd, quit_keys)
    deadline = time.time() + 10
    while time.time() < deadline:  # drain so the child never blocks on a full pty
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                if not os.read(fd, 65536):
                    break
            except OSError:
                break
        done, _, usage = os.wait4(pid, os.WNOHANG)
        if done:
            os.close(fd)
            return elapsed, done_at, peak
    os.kill(pid, 9)
    os.wait4(pid, 0)
    os.close(fd)
    return elapsed, done_at, peak


def _settle(fd: int, seconds: float) -> bool:
    """Let the program run on for `seconds`, reading its output so it never blocks on the pty;
    False when its side of the pty is closed."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        ready, _, _ = select.select([fd], [], [], min(0.05, seconds))
        if ready:
            try:
                if not os.read(fd, 65536):
                    return False
            except OSError:
                return False
    return True


def _peak_mib(pid: int) -> float:
    """The program's own peak RSS (VmHWM). Not ru_maxrss: Linux carries a process's peak across
    fork and exec, so a child of this (large) benchmark process would report the benchmark's size."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return float("nan")
    match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    return int(match.group(1)) / 1024 if match else float("nan")


def newsreader_argv() -> list[str]:
    script = Path(sys.executable).parent / "newsreader"
    return [str(script)] if script.exists() else [sys.executable, "-m", "reader"]


def measure_newsreader(size: int, runs: int) -> dict[str, list[float]]:
    folder = library(size)
    listed = re.compile(rb"[1-9]\d* stories")  # a first run lists stories as they are indexed
    drawn = re.compile(rb"\d+ stories")
    results: dict[str, list[float]] = {"cold": [], "indexed": [], "warm": [], "memory_warm": [], "memory_cold": []}
    for _ in range(runs):
        data = Path(tempfile.mkdtemp(prefix="nr-bench-"))
        env = {**os.environ, "XDG_DATA_HOME": str(data), "TERM": "xterm-256color"}
        saved = lambda: any(p.suffixes == [".json"] for p in (data / "newsreader" / "index").glob("*.json"))  # noqa: E731
        cold, indexed, cold_mem = launch([*newsreader_argv(), str(folder)], env, listed, b"q", timeout=300, until=saved)
        warm, _, warm_mem = launch([*newsreader_argv(), str(folder)], env, drawn, b"q")
        results["cold"].append(cold)
        results["indexed"].append(indexed)
        results["warm"].append(warm)
        results["memory_cold"].append(cold_mem)
        results["memory_warm"].append(warm_mem)
        shutil.rmtree(data, ignore_errors=True)
    results.update(asyncio.run(_in_app(folder)))
    return results


async def _in_app(folder: Path) -> dict[str, list[float]]:
    """Open, cursor step and toggle, timed inside a running app."""
    from textual.geometry import Region

    from reader.app import NewsReaderApp
    from reader.index import LibraryIndex
    from reader.state import StateStore
    from reader.widgets.story_list import StoryList
    from reader.widgets.story_view import StoryView

    data = Path(tempfile.mkdtemp(prefix="nr-bench-"))
    index = LibraryIndex(data / "index.json")
    index.refresh([folder], parallel=True)
    index.save()
    # Start from the saved index, as `newsreader` does: not amid the indexing's garbage, whose
    # collection (up to a second at 50,000 stories) would land on some step timed below.
    del index
    gc.collect()
    app = NewsReaderApp(LibraryIndex.open(data / "index.json").library(), StateStore(data / "state.json"))
    timings: dict[str, list[float]] = {"open": [], "cursor": [], "toggle": []}
    async with app.run_test(size=(COLUMNS, ROWS)) as pilot:
        story_list = app.query_one(StoryList)
        view = app.query_one(StoryView)
        await pilot.pause()

        def timed(action: Callable[[], None], widget) -> float:
            start = time.perf_counter()
            action()
            width, height = widget.size
            widget.render_lines(Region(0, 0, width, height))
            return (time.perf_counter() - start) * 1000

        for step in range(200):
            timings["cursor"].append(timed(story_list.action_cursor_down, story_list))
            if step % 10 == 0:
                story = story_list.current
                timings["open"].append(timed(lambda story=story: app.open(story), view))
                timings["toggle"].append(timed(app.action_toggle_bookmark, story_list))
        await pilot.pause()
    shutil.rmtree(data, ignore_errors=True)
    return timings


def measure_newsboat(size: int, runs: int) -> dict[str, list[float]] | None:
    binary = shutil.which("newsboat")
    if binary is None:
        return None
    from reader.index import LibraryIndex

    folder = library(size)
    work = CACHE / f"newsboat-{size}"
    feed = work / "feed.xml"
    if not feed.exists():
        work.mkdir(parents=True, exist_ok=True)
        index = LibraryIndex(None)
        index.refresh([folder], parallel=True)
        items = []
        for story in index.library().stories:
            if story.kind != "full":
                continue
            when = story.date.strftime("%a, %d %b %Y 00:00:00 +0000") if story.date else ""
            items.append(f"<item><title>{escape(story.title)}</title><guid>{story.id}</guid>"
                         f"<pubDate>{when}</pubDate><description>{escape(story.section or '')}</description></item>")
        feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>bench</title>'
                        f"<link>http://localhost/</link><description>b</description>{''.join(items)}</channel></rss>")
    (work / "urls").write_text(f'"exec:cat {feed}"\n')
    (work / "config").write_text("show-read-feeds yes\n")
    cache = work / "cache.db"
    env = {**os.environ, "TERM": "xterm-256color", "HOME": str(work)}
    base = [binary, "-u", str(work / "urls"), "-c", str(cache), "-C", str(work / "config")]
    if not cache.exists():
        import subprocess

        subprocess.run([*base, "-x", "reload"], env=env, check=False, capture_output=True)
    results: dict[str, list[float]] = {"warm": [], "memory_warm": []}
    # newsboat opens on its feed list; enter opens the feed's list of stories, which we wait for
    feeds = re.compile(rb"Your feeds")
    stories = re.compile(rb"Articles in feed")
    for _ in range(runs):
        elapsed, _, memory = launch(base, env, feeds, b"qqq", then=(b"\r", stories))
        results["warm"].append(elapsed)
        results["memory_warm"].append(memory)
    return results


def _fmt(values: list[float], scale: float = 1.0, unit: str = "", digits: int = 1) -> str:
    values = [v * scale for v in values if v == v]
    if not values:
        return "n/a"
    return f"{statistics.median(values):.{digits}f}{unit} ({min(values):.{digits}f}-{max(values):.{digits}f})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="library sizes, comma separated")
    parser.add_argument("--runs", type=int, default=5, help="launches per measurement (medians are reported)")
    parser.add_argument("--newsboat", action="store_true", help="also measure newsboat on the same stories")
    args = parser.parse_args(argv)
    print(f"{'stories':>8}  {'program':<10} {'first run: list (s)':>20} {'first run: all (s)':>20} "
          f"{'launch warm (s)':>20} {'peak MiB (warm)':>20} {'open (ms)':>16} {'cursor (ms)':>16} {'toggle (ms)':>16}")
    for size in (int(s) for s in args.sizes.split(",")):
        ours = measure_newsreader(size, args.runs)
        seconds = [_fmt(ours[key], digits=2) for key in ("cold", "indexed", "warm")]  # 0.1 s hides the race
        print(f"{size:>8}  {'newsreader':<10} {seconds[0]:>20} {seconds[1]:>20} {seconds[2]:>20} "
              f"{_fmt(ours['memory_warm']):>20} {_fmt(ours['open']):>16} {_fmt(ours['cursor']):>16} "
              f"{_fmt(ours['toggle']):>16}", flush=True)
        if args.newsboat:
            theirs = measure_newsboat(size, args.runs)
            if theirs is None:
                print(f"{size:>8}  newsboat   not installed (apt-get install newsboat)")
            else:
                print(f"{size:>8}  {'newsboat':<10} {'':>20} {'':>20} {_fmt(theirs['warm'], digits=2):>20} "
                      f"{_fmt(theirs['memory_warm']):>20}", flush=True)
    print("medians (min-max), in a 200x50 pty. first run (no index): list = exec until the first stories are on"
          " screen, all = until the whole index is saved; launch warm = exec until the story count is on screen")
    return 0


if __name__ == "__main__":
    sys.exit(main())
