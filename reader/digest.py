"""SHA-1 hex digests (story ids, index names) without loading OpenSSL at start-up."""

from __future__ import annotations

try:  # CPython's own SHA-1: the same digests as hashlib's for 30 KiB of memory instead of 600
    from _sha1 import sha1
except ImportError:  # pragma: no cover - other interpreters
    from hashlib import sha1


def sha1_hex(data: bytes) -> str:
    return sha1(data).hexdigest()
