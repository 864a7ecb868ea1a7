"""Where the bundled `styles/` and `seeds/` live, in a checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """The wheel places them in `reader/_data/`; a checkout has them at the repo's top level."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"newsreader's bundled {name}/ folder is missing; reinstall newsreader")


def seeds_dir() -> Path:
    return resource_dir("seeds")


def styles_dir() -> Path:
    return resource_dir("styles")
