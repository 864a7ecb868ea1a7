"""Find quotations in story text and resolve who said them."""

from __future__ import annotations

from collections.abc import Sequence

from reader.model import Block, Quote


def find_quotes(blocks: Sequence[Block]) -> list[Quote]:
    return []
