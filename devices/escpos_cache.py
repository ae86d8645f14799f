"""python-escpos's printer database, read once per machine instead of once per process.

At import python-escpos parses its printer database (``capabilities.json``, about 100 KB) with the
pure-Python YAML parser, 0.3-0.5 s, unless it finds a pickle of it in
``ESCPOS_CAPABILITIES_PICKLE_DIR``; unset, that is a new temporary folder each process, so it never
finds one. :func:`prepare` points it at a lasting cache
folder and writes the pickle there itself, atomically and from the JSON parser (milliseconds), so two
processes starting together never read a half-written one. Nothing here imports escpos's modules.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import platform
import tempfile
from importlib import resources
from pathlib import Path

from platformdirs import user_cache_dir

ENV = "ESCPOS_CAPABILITIES_PICKLE_DIR"


def prepare(folder: Path | None = None) -> None:
    """Set ``ESCPOS_CAPABILITIES_PICKLE_DIR`` (unless already set) to a folder holding a fresh pickle
    of escpos's database; on any failure leave escpos to its own way (slower, never wrong)."""
    if os.environ.get(ENV):
        return
    folder = folder or Path(user_cache_dir("cloudshelf")) / "escpos"
    with contextlib.suppress(OSError, ValueError, ModuleNotFoundError):
        source = resources.files("escpos") / "capabilities.json"
        target = folder / f"{platform.python_version()}.capabilities.pickle"
        with resources.as_file(source) as path:
            if not target.exists() or target.stat().st_mtime < path.stat().st_mtime:
                folder.mkdir(parents=True, exist_ok=True)
                data = json.loads(path.read_text(encoding="utf-8"))
                fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
                try:
                    with os.fdopen(fd, "wb") as out:
                        pickle.dump(data, out, protocol=2)
                    os.replace(tmp, target)
                finally:
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(tmp)
        os.environ[ENV] = str(folder)
