"""On-disk cache of compiled lexicons, so that a new process starts without re-tokenizing vocabulary.

Key: lexicon version (a hash of every built file, plus hub products and MedDRA
version when present), pvflag version and spaCy version. The cache lives in
``$PVFLAG_CACHE_DIR`` or ``~/.cache/pvflag`` (created private to the user);
``PVFLAG_CACHE_DIR=""`` turns it off. Any read or write problem falls back to
compiling in memory: the cache can make start-up faster, never wrong.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["cache_dir", "load_cached", "load_marshalled", "store_cached", "store_marshalled"]

_FORMAT = 1


def cache_dir() -> Path | None:
    configured = os.environ.get("PVFLAG_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "pvflag"


@lru_cache(maxsize=1)
def _spacy_version() -> str:
    # from the installed metadata: importing spaCy costs half a second of a cold start
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("spacy")
    except PackageNotFoundError:
        import spacy

        return str(spacy.__version__)


def _path(key: str, suffix: str = "pickle") -> Path | None:
    directory = cache_dir()
    if directory is None:
        return None
    from pvflag import __version__

    digest = hashlib.sha256(f"{_FORMAT}|{key}|{__version__}|{_spacy_version()}".encode()).hexdigest()[:24]
    return directory / f"compiled-{digest}.{suffix}"


def load_cached(key: str) -> Any | None:
    path = _path(key)
    if path is None or not path.is_file():
        return None
    try:
        # only files this user wrote into a private directory are read (see store_cached)
        if hasattr(os, "getuid") and path.stat().st_uid != os.getuid():
            return None
        with path.open("rb") as handle:
            return pickle.load(handle)
    except Exception:
        return None


def store_cached(key: str, value: Any) -> None:
    path = _path(key)
    if path is None:
        return
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, prefix=".tmp-") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
    except Exception:
        return


def load_marshalled(key: str) -> Any | None:
    """A cached value stored with ``marshal`` (plain containers only: fast to load)."""
    import marshal

    path = _path(key, "marshal")
    if path is None or not path.is_file():
        return None
    try:
        if hasattr(os, "getuid") and path.stat().st_uid != os.getuid():
            return None
        return marshal.loads(path.read_bytes())
    except Exception:
        return None


def store_marshalled(key: str, value: Any) -> None:
    import marshal

    path = _path(key, "marshal")
    if path is None:
        return
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, prefix=".tmp-") as handle:
            handle.write(marshal.dumps(value))
        os.replace(handle.name, path)
    except Exception:
        return
