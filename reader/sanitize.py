"""Make article text safe to show in a terminal: it is data, never codes."""

from __future__ import annotations

import re

# C0 and C1 control characters (ESC, BEL, CSI, ...) except tab and newline; shown as visible symbols.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # U+2400 block: ␛ for ESC, ␇ for BEL
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def printable(text: str) -> str:
    """Replace terminal control characters so escape sequences display literally."""
    return _CONTROLS.sub(_visible, text)
