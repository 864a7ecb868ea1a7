"""How fast quotes are found: `python -m reader.quote_bench [--runs 50] [--eval DIR]`.

Times `find_quotes` on texts of at least 10,000 words, the size the speed target names:
* synthetic wire copy (reader.synth), quote-dense and regular;
* the bundled seed articles repeated, real copy with real attribution;
* with --eval DIR, the annotated stories of DIR (see reader.quote_eval) run together as one text,
  the hardest case: many short stories name many more people than one long article does.
Each run starts after a full garbage collection, with the collector on as in the reader. Prints
the minimum (the machine's best, steadiest figure) and the median of runs that follow a first call,
as when the reader has opened stories before, and the minimum of runs with the quote finder's
caches emptied first, as on the first story a reader opens; nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from reader import quotes
from reader.model import Block
from reader.parsing import block_from_line, parse
from reader.quotes import find_quotes
from reader.resources import seeds_dir
from reader.synth import article

WORDS = 10_000
TARGET_MS = 20.0


def _words(blocks: list[Block]) -> int:
    return sum(len(block.text.split()) for block in blocks)


def _fill(stories: Iterator[list[Block]]) -> list[Block]:
    """Whole stories' blocks, one after another, until they hold `WORDS` words."""
    blocks: list[Block] = []
    for story in stories:
        blocks += story
        if _words(blocks) >= WORDS:
            return blocks
    raise ValueError(f"fewer than {WORDS} words to time")


def synthetic() -> list[Block]:
    rng = random.Random(1)
    return _fill(parse(article(rng, index), f"synthetic-{index}")[0].body for index in range(10_000))


def seeds() -> list[Block]:
    bodies = [story.body for path in sorted(seeds_dir().glob("*.txt"))
              for story in parse(path.read_text(encoding="utf-8"), path.name)]
    return _fill(bodies[n % len(bodies)] for n in range(10_000))


def annotated(folder: Path) -> list[Block]:
    paths = sorted(folder.glob("*.json"))
    return _fill([block_from_line(line) for line in json.loads(path.read_text(encoding="utf-8"))["paragraphs"]]
                 for path in paths)


def timings(blocks: list[Block], runs: int, cold: bool = False) -> list[float]:
    """Milliseconds per `find_quotes` call, after one call to load what it imports; `cold` empties the
    caches of word and name analysis before each call."""
    caches = [value for value in vars(quotes).values() if hasattr(value, "cache_clear")] if cold else []
    find_quotes(blocks)
    found = []
    for _ in range(runs):
        for cache in caches:
            cache.cache_clear()
        gc.collect()
        start = time.perf_counter()
        find_quotes(blocks)
        found.append((time.perf_counter() - start) * 1000)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.quote_bench", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50, help="timed calls per text (default 50)")
    parser.add_argument("--eval", type=Path, metavar="DIR", help="also time DIR's annotated stories run together")
    args = parser.parse_args(argv)
    texts = {"synthetic wire copy": synthetic(), "seed articles repeated": seeds()}
    if args.eval is not None:
        try:
            texts["annotated stories together"] = annotated(args.eval)
        except (OSError, ValueError, KeyError) as error:  # (a JSON error is a ValueError)
            parser.error(f"--eval {args.eval}: not an annotated set ({error!s})")
    print(f"find_quotes on texts of {WORDS:,}+ words, {args.runs} runs each (target: under {TARGET_MS:.0f} ms)")
    print(f"{'text':28} {'words':>7} {'quotes':>7} {'min ms':>8} {'median ms':>10} {'cold min ms':>12}")
    for label, blocks in texts.items():
        found, cold = timings(blocks, args.runs), timings(blocks, args.runs, cold=True)
        print(f"{label:28} {_words(blocks):7,} {len(find_quotes(blocks)):7,} {min(found):8.1f} "
              f"{statistics.median(found):10.1f} {min(cold):12.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
