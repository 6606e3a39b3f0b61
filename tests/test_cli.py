"""The command line: summaries, errors on bad input, eval and query."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main

from .conftest import DATA


def _bad_inputs(tmp: Path) -> dict[str, tuple[Path, str]]:
    empty = tmp / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp / "blank.txt"
    blank.write_bytes(b" \n\n \t\n")
    binary = tmp / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    rng = random.Random(7)
    noise = tmp / "noise.txt"
    noise.write_bytes(bytes(rng.choice([*range(1, 9), *range(14, 32), 0x7f]) for _ in range(400)))
    high = tmp / "latin-noise.txt"
    high.write_bytes(bytes(rng.randrange(128, 256) for _ in range(400)))
    chrome = tmp / "chrome-only.txt"
    chrome.write_text("본문 바로가기\n주메뉴 바로가기\n목록\n", encoding="utf-8")
    jsonl = tmp / "broken.jsonl"
    jsonl.write_text('{"id": "a", "text": "한중 협력"}\n{not json}\n', encoding="utf-8")
    return {
        "missing": (tmp / "no-such-file.txt", "no such file"),
        "empty": (empty, "empty"),
        "blank": (blank, "empty"),
        "binary": (binary, "binary"),
        "control-chars": (noise, "decode"),
        "undecodable": (high, "decode"),
        "chrome-only": (chrome, "no article text"),
        "broken-jsonl": (jsonl, "line 2"),
    }


CASES = ["missing", "empty", "blank", "binary", "control-chars", "undecodable", "chrome-only",
         "broken-jsonl"]


@pytest.mark.parametrize("case", CASES, ids=CASES)
def test_bad_input_is_one_line_exit_1_and_outputs_untouched(tmp_path: Path, case: str) -> None:
    path, problem = _bad_inputs(tmp_path)[case]
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous build\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(path), "-o", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert str(path) in lines[0] and problem in lines[0].lower(), lines[0]
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "previous build\n"


def test_good_file_next_to_a_bad_one_still_fails_whole(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out"
    assert main(["build", str(DATA / "dev-belarus-park-2019.txt"), str(bad), "-o", str(out)]) == 1
    assert not out.exists()


def test_build_prints_a_one_line_summary(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["build", str(DATA / "dev-hyundai-chongqing-2017.txt"), "-o", str(tmp_path)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    assert "entities" in out[0] and "relations" in out[0] and "triples" in out[0]
    assert "Firm" in out[0]
    assert (tmp_path / "graph.ttl").is_file() and (tmp_path / "graph.html").is_file()


def test_eval_prints_the_figures(built: dict[str, Path], capsys: pytest.CaptureFixture) -> None:
    graph = built["csf-2015-07-16"] / "graph.ttl"
    assert main(["eval", str(graph), str(DATA / "csf-2015-07-16.json")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("entities  P=") and "\nrelations P=" in out


def test_query_runs_sparql(built: dict[str, Path], capsys: pytest.CaptureFixture) -> None:
    graph = built["csf-2015-07-16"] / "graph.ttl"
    q = ("PREFIX kgo: <https://w3id.org/kg-china/ontology#> "
         "SELECT (COUNT(?p) AS ?n) WHERE { ?p a kgo:Policy }")
    assert main(["query", str(graph), q]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == "?n" and int(lines[1]) >= 3  # W3C TSV when not a terminal
