"""How the state store scales: `python -m reader.bench_state [N ...]`.

For each size (default 1k, 10k and 100k stories) a store in a temporary folder is filled
directly in TinyDB's on-disk format (every story read, 1% bookmarked), then it measures:

* open: a new `StateStore` plus `read_ids()` and `bookmarked_ids()` (median of 5; each open
  also writes the session's backup of the main file, as a real start-up does);
* bookmark toggle / read toggle: median of 200 `set_bookmark` / `set_read` calls, each one
  a real change written to disk (temp file, fsync, rename, fsync of the folder);
* size: the state files (main file and read shards), and everything including the backups.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import orjson

from reader.state import StateStore

SIZES = (1_000, 10_000, 100_000)
OPENS = 5
TOGGLES = 200


def populate(path: Path, count: int, rng: random.Random) -> list[str]:
    """Write `count` read stories (1% bookmarked) straight into the store's files."""
    ids = [f"{rng.getrandbits(64):016x}" for _ in range(count)]
    shards: dict[str, dict[str, dict]] = {}
    for story_id in ids:
        shards.setdefault(StateStore._shard(story_id), {})[story_id] = {}
    for part, read in shards.items():
        path.with_name(f"{path.stem}.read-{part}.json").write_bytes(orjson.dumps({"read": read}))
    start = datetime(2025, 1, 1, tzinfo=timezone.utc)
    bookmarks = {
        story_id: {
            "title": f"A headline of ordinary length for story number {n}",
            "source": f"/home/reader/news/{n // 30:05d}_{story_id}.txt",
            "bookmarked_at": (start + timedelta(minutes=n)).isoformat(timespec="seconds"),
        }
        for n, story_id in enumerate(ids[: max(1, count // 100)])
    }
    path.write_bytes(orjson.dumps({"bookmarks": bookmarks, "settings": {"theme": {"value": "dark"}}}))
    return ids


def median_ms(action: Callable[[int], None], times: int) -> float:
    samples = []
    for i in range(times):
        start = time.perf_counter()
        action(i)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def measure(count: int, folder: Path) -> dict[str, float]:
    rng = random.Random(count)
    path = folder / "state.json"
    ids = populate(path, count, rng)

    def open_store(_: int) -> None:
        store = StateStore(path)
        assert len(store.read_ids()) == count and store.bookmarked_ids()
        store.close()

    open_ms = median_ms(open_store, OPENS)

    store = StateStore(path)
    store.read_ids()
    unmarked = ids[-1]  # read, not bookmarked
    bookmark_ms = median_ms(lambda i: store.set_bookmark(unmarked, i % 2 == 0, title="T", source="s.txt"), TOGGLES)
    read_ms = median_ms(lambda i: store.set_read([ids[0]], read=i % 2 == 1), TOGGLES)
    assert store.problems == [] and len(store.read_ids()) == count
    store.close()

    state_files = [path, *folder.glob(f"{path.stem}.read-*.json")]
    return {
        "open": open_ms,
        "bookmark": bookmark_ms,
        "read": read_ms,
        "size": sum(f.stat().st_size for f in state_files),
        "size_all": sum(f.stat().st_size for f in folder.iterdir() if f.is_file()),
    }


def human_size(size: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    raise AssertionError


def main(argv: list[str] | None = None) -> int:
    sizes = [int(arg) for arg in (sys.argv[1:] if argv is None else argv)] or list(SIZES)
    header = (
        f"{'stories':>8}  {'bookmarks':>9}  {'open (ms)':>9}  {'bookmark toggle (ms)':>20}  "
        f"{'read toggle (ms)':>16}  {'state files':>11}  {'with backups':>12}"
    )
    print(header)
    print("-" * len(header))
    for count in sizes:
        with tempfile.TemporaryDirectory(prefix="newsreader-bench-") as folder:
            row = measure(count, Path(folder))
        print(
            f"{count:>8,}  {max(1, count // 100):>9,}  {row['open']:>9.2f}  {row['bookmark']:>20.2f}  "
            f"{row['read']:>16.2f}  {human_size(row['size']):>11}  {human_size(row['size_all']):>12}",
            flush=True,
        )
    print(
        f"\nopen = new StateStore + read_ids() + bookmarked_ids(), median of {OPENS}; toggles = median of "
        f"{TOGGLES} calls, each written to disk (fsync); every story read, 1% bookmarked."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
