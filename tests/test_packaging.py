"""The wheel carries styles/ and seeds/, and `newsreader parse --json` works from any directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True,
        cwd=out,
    )
    (found,) = out.glob("newsreader-*.whl")
    return found


def test_wheel_carries_styles_and_seeds(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "reader/_data/styles/app.tcss" in names
    seeds = [n for n in names if n.startswith("reader/_data/seeds/") and n.endswith(".txt")]
    assert seeds and all(Path(ROOT / "seeds" / Path(n).name).exists() for n in seeds)
    assert any(n.endswith("entry_points.txt") for n in names)
    assert {"reader/names/female.txt", "reader/names/male.txt"} <= set(names)  # the quote finder's name lists


def test_installed_wheel_parses_the_bundled_seed_from_another_directory(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)], check=True
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site), "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run(
        [sys.executable, "-c", "import sys, reader.cli; sys.exit(reader.cli.main(['parse', '--json']))"],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=True,
    )
    stories = json.loads(result.stdout)
    assert len(stories) == 30
    full = stories[0]
    assert full["kind"] == "full" and full["source"].startswith(str(site))
    assert any(q["speaker"] == "Donald Trump" for q in full["quotes"])
    # and the styles the app loads come from the installed copy
    probe = "import reader.resources as r; print(r.styles_dir())"
    styles = subprocess.run([sys.executable, "-c", probe], cwd=elsewhere, env=env, capture_output=True, text=True, check=True)
    assert styles.stdout.strip().startswith(str(site))
