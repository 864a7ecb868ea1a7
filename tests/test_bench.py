"""The benchmark's launcher: what it times and what memory it reads (the figures themselves are
printed by `python -m reader.bench`, never asserted)."""

from __future__ import annotations

import os
import re
import sys

from reader.bench import launch

PROGRAM = "import sys, time; time.sleep(0.2); print('12 stories', flush=True); sys.stdin.readline()"


def test_launch_times_the_first_frame_and_reads_the_programs_own_peak() -> None:
    ballast = b"x" * (150 * 2**20)  # this process is big: a child must not report its size as its own
    elapsed, done_at, peak = launch([sys.executable, "-c", PROGRAM], dict(os.environ), re.compile(rb"\d+ stories"), b"q\n")
    assert 0.2 <= elapsed < 10
    assert done_at != done_at  # nan: nothing to wait for
    assert 1 < peak < 100, peak  # a bare interpreter is about 10 MiB
    assert len(ballast) > 0


def test_launch_waits_for_a_condition_after_the_first_frame(tmp_path) -> None:
    flag = tmp_path / "done"
    program = f"import sys, time, pathlib; print('3 stories', flush=True); time.sleep(0.5); pathlib.Path({str(flag)!r}).touch(); sys.stdin.readline()"
    elapsed, done_at, _ = launch([sys.executable, "-c", program], dict(os.environ), re.compile(rb"\d+ stories"), b"q\n",
                                 until=flag.exists)
    assert elapsed < done_at < 10
    assert done_at - elapsed >= 0.4
