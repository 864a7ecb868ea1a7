"""SHA-1 hex digests (story ids, index names) without loading OpenSSL at start-up."""

from __future__ import annotations

try:  # CPython's own SHA-1: the same digests as hashlib's for 30 KiB of memory instead of 600
    from _sha1 import sha1
except ImportError:  # pragma: no cover - other interpreters
    from hashlib import sha1


def sha1_hex(data: bytes) -> str:
    return sha1(data).hexdigest()


KEY_DIGEST_CHARS = 16  # hex characters of a key digest: 64 bits


def key_digest(key: str) -> int:
    """A headline key as 64 stable bits (the same in every process, unlike `hash`), so the index
    can save the full articles' keys and the reader look one up without the titles."""
    return int(sha1_hex(key.encode("utf-8", "surrogatepass"))[:KEY_DIGEST_CHARS], 16)
