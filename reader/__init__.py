"""newsreader: a terminal news reader that highlights who said what."""

__version__ = "0.1.0"
