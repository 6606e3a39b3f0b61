"""The helper process that loads Kiwi while ``kg build`` starts (kg.early)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg import early, parallel

SAMPLE = Path(__file__).resolve().parents[1] / "kg" / "sample" / "csf-2015-07-16.txt"
FORMATS = "turtle,trig,nquads,html"


def _build(out: Path, cache: Path, early_kiwi: str) -> str:
    env = {**os.environ, "KG_CACHE_DIR": str(cache), early.ENV: early_kiwi}
    cmd = [sys.executable, "-m", "kg.cli", "-v", "build", str(SAMPLE), "-o", str(out),
           "--formats", FORMATS, "--no-cache", "-q"]
    run = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
    return run.stderr


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the helper is forked")
def test_the_helpers_kiwi_writes_the_same_bytes(tmp_path: Path) -> None:
    """With the helper's Kiwi (used once the cache holds the gazetteer's snapshots) and
    with this process's own, every output file is the same bytes."""
    cache = tmp_path / "cache"
    first = _build(tmp_path / "first", cache, "1")  # writes the snapshots
    assert "Kiwi from the helper process" not in first
    helped = _build(tmp_path / "helped", cache, "1")
    assert "Kiwi from the helper process" in helped
    alone = _build(tmp_path / "alone", cache, "0")
    assert "Kiwi from the helper process" not in alone
    for name in ("graph.ttl", "graph.trig", "graph.nq", "graph.html"):
        alone_bytes = (tmp_path / "alone" / name).read_bytes()
        assert (tmp_path / "helped" / name).read_bytes() == alone_bytes, name
        assert (tmp_path / "first" / name).read_bytes() == alone_bytes, name


def test_a_helper_of_another_gazetteer_is_not_used(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """A helper whose words are of another gazetteer than this process's is stopped, and
    this process loads Kiwi itself."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(early, "_words", lambda: (["가나다"], "0123456789abcdef"))
    monkeypatch.setattr(early, "_STATE", {})
    from kg import sentences

    monkeypatch.setattr(sentences.kiwi, "cache_info", lambda: type("I", (), {"currsize": 0})())
    assert early.start()
    assert early.running()
    assert early.take("fedcba9876543210") is None
    assert not early.running()


def test_the_helper_follows_the_in_process_limit() -> None:
    assert early.FEW_ARTICLES == parallel.MIN_PARALLEL


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the helper is forked")
def test_a_build_goes_on_when_the_helper_dies(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """The helper killed after it answered once: the next analyses come from a Kiwi of this
    process with the same user words, and read the text as the helper did."""
    from kiwipiepy import Kiwi

    words = ["둥관시"]
    monkeypatch.setattr(early, "_words", lambda: (words, "0123456789abcdef"))
    monkeypatch.setattr(early, "_STATE", {})
    from kg import sentences

    monkeypatch.setattr(sentences.kiwi, "cache_info", lambda: type("I", (), {"currsize": 0})())
    assert early.start()
    proc = early._STATE["proc"]
    remote = early.take("0123456789abcdef")
    assert remote is not None
    text = "둥관시는 반도체 공장을 세웠다. 삼성전자가 투자했다."
    before = remote.tokenize(text)
    proc.kill()
    proc.join(5)
    after = remote.tokenize(text)
    sents = remote.split_into_sents(text, return_tokens=True)
    local = Kiwi()
    for name in words:
        local.add_user_word(name, "NNP")
    assert before == after == early._tokens(local.tokenize(text))
    assert [(s.start, s.end) for s in sents] == \
        [(s.start, s.end) for s in local.split_into_sents(text, return_tokens=True)]
    early.stop()
