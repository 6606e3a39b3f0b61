"""Shared fixtures: builds of the bundled and development articles, made once."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# the caches (kg.cache) of a test session are its own, not the user's
os.environ.setdefault("KG_CACHE_DIR", tempfile.mkdtemp(prefix="kg-test-cache-"))

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
ARTICLES = ["csf-2015-07-16", "dev-belarus-park-2019", "dev-hyundai-chongqing-2017",
            "dev-lgchem-nanjing-2015", "dev-semiconductor-2014"]


def shared_dir() -> Path | None:
    """The project's shared/ folder (beside the checkout), if present."""
    for cand in (os.environ.get("KG_SHARED"), ROOT.parent / "shared"):
        if cand and (Path(cand) / "tools" / "score.py").is_file():
            return Path(cand)
    return None


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each article built with the CLI into its own folder: name -> folder."""
    from kg.cli import main

    out = {}
    for name in ARTICLES:
        folder = tmp_path_factory.mktemp(name)
        assert main(["build", str(DATA / f"{name}.txt"), "-o", str(folder)]) == 0
        out[name] = folder
    return out


@pytest.fixture(scope="session")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`kg build` with no input (the bundled sample), into a temp folder."""
    from kg.cli import main

    folder = tmp_path_factory.mktemp("bundled")
    assert main(["build", "-o", str(folder)]) == 0
    return folder
