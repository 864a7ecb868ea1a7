"""Score `reader.quotes` against an annotated set: `python -m reader.quote_eval DIR`.

Each `DIR/*.json` holds `{"paragraphs": [str], "quotes": [{"block", "text", "speaker"}]}`
(see tests/data/quotes_eval/README.md). A found span matches an annotated quote in the same
block when their character ranges overlap by at least half of the longer one.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reader.parsing import block_from_line
from reader.quotes import CLOSERS, OPENERS, STRAIGHT, find_quotes


@dataclass
class Score:
    found: int = 0
    annotated: int = 0
    matched: int = 0
    speaker_right: int = 0
    named: int = 0  # annotated quotes that have a speaker
    named_right: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.annotated if self.annotated else 1.0

    @property
    def speaker_accuracy(self) -> float:
        """Share of annotated quotes found with the right speaker (None counts when both are None)."""
        return self.speaker_right / self.annotated if self.annotated else 1.0


# the marks that may open a quote: the finder's double marks, and the single ones of subheads
MARKS = OPENERS + CLOSERS + STRAIGHT + "'\u2018\u2019"


def _same(a: str | None, b: str | None) -> bool:
    return (a or "").casefold() == (b or "").casefold()


def _locate(text: str, quoted: str, after: int) -> int:
    """Where annotated words stand in their paragraph: from `after` (the same words quoted twice in a
    paragraph: the second annotation is the second span), first where a mark opens them (`"Cova"`, not
    the `Cova` of `Covadonga` before it); before `after` only when not after it, and -1 when nowhere."""
    first = at = text.find(quoted, after)
    while at > 0 and text[at - 1] not in MARKS:
        at = text.find(quoted, at + 1)
    if at == -1:
        at = first
    return at if at >= 0 else text.find(quoted)


def score_file(path: Path, score: Score) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    blocks = [block_from_line(p) for p in data["paragraphs"]]
    found = find_quotes(blocks)
    score.found += len(found)
    unmatched = list(found)
    after: dict[int, int] = {}  # per block, where the last annotated quote ended (they are in reading order)
    for gold in data["quotes"]:
        score.annotated += 1
        score.named += gold["speaker"] is not None
        text = blocks[gold["block"]].text
        start = _locate(text, gold["text"], after.get(gold["block"], 0))
        lo, hi = (start, start + len(gold["text"])) if start >= 0 else (0, 0)
        after[gold["block"]] = hi
        best = None
        for quote in unmatched:
            if quote.block != gold["block"]:
                continue
            overlap = min(hi, quote.end) - max(lo, quote.start)
            if overlap * 2 >= max(hi - lo, quote.end - quote.start):
                best = quote
                break
        if best is None:
            score.errors.append(f"{path.name} block {gold['block']}: missed {gold['text'][:60]!r}")
            continue
        unmatched.remove(best)
        score.matched += 1
        if _same(best.speaker, gold["speaker"]):
            score.speaker_right += 1
            score.named_right += gold["speaker"] is not None
        else:
            score.errors.append(
                f"{path.name} block {gold['block']}: speaker {best.speaker!r}, want {gold['speaker']!r}"
                f" for {gold['text'][:50]!r}"
            )
    for quote in unmatched:
        score.errors.append(f"{path.name} block {quote.block}: extra span {quote.text[:60]!r}")


def evaluate(folder: Path) -> Score:
    score = Score()
    for path in sorted(folder.glob("*.json")):
        score_file(path, score)
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.quote_eval", description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder of annotated *.json articles")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss, extra and wrong speaker")
    args = parser.parse_args(argv)
    score = evaluate(args.folder)
    if args.verbose:
        print("\n".join(score.errors))
    print(f"annotated quotes:   {score.annotated}")
    print(f"found spans:        {score.found}")
    print(f"span precision:     {score.precision:.1%}")
    print(f"span recall:        {score.recall:.1%}")
    print(f"speaker accuracy:   {score.speaker_accuracy:.1%} of annotated quotes")
    if score.named:
        print(f"named speakers:     {score.named_right / score.named:.1%} of {score.named} right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
