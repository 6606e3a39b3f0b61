"""Benchmark: huge inputs are refused fast and in bounded memory.

Three `kg build` runs, each its own process, with its time and peak memory
(max RSS, from wait4):

* baseline: three ordinary articles in a JSON Lines file;
* a 50 MB article (``.txt``): refused with the limit named, before any model loads;
* the three articles around a 50 MB JSON line, with ``--keep-going``: the line
  is refused with its number and the others are built, read line by line, so
  the peak memory stays that of the baseline.

usage: python bench/bench_huge.py [--mb 50] [--max-extra-mb 64]
Exit status 1 when a refusal is missing, or a run's peak memory exceeds the
baseline's (for the refused article: an interpreter's, 150 MB) by more than
--max-extra-mb.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
ROWS = [
    {"id": "b1", "text": "삼성전자는 시안(西安)에 반도체 공장을 지었다."},
    {"id": "b2", "text": "LG화학은 난징(南京)에 배터리 공장을 지었다."},
    {"id": "b3", "text": "SK하이닉스는 우시(無錫)에 공장을 지었다."},
]


def _run(args: list[str]) -> tuple[int, str, float, float]:
    """Exit status, stderr, seconds and peak RSS (MB) of ``kg`` with ``args``."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", *args], env=env,
                                stdout=subprocess.DEVNULL, stderr=err)
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    return proc.returncode, text, time.perf_counter() - t0, usage.ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=50.0, help="size of the huge input (MB)")
    ap.add_argument("--max-extra-mb", type=float, default=64.0)
    args = ap.parse_args()
    size = int(args.mb * 1e6)
    article = (DATA / "csf-2015-07-16.txt").read_text(encoding="utf-8")
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small = folder / "small.jsonl"
        small.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS),
                         encoding="utf-8")
        huge_txt = folder / "huge.txt"
        with huge_txt.open("w", encoding="utf-8") as fh:
            while fh.tell() < size:
                fh.write(article)
        huge_jsonl = folder / "huge.jsonl"
        with huge_jsonl.open("wb") as fh:
            fh.write(small.read_bytes().splitlines(keepends=True)[0])
            fh.write(b'{"id": "huge", "text": "')
            chunk = json.dumps(article, ensure_ascii=False)[1:-1].encode("utf-8")
            while fh.tell() < size:
                fh.write(chunk)
            fh.write(b'"}\n')
            fh.write(b"".join(small.read_bytes().splitlines(keepends=True)[1:]))

        out = str(folder / "out")
        rc, err, secs, base = _run(["build", str(small), "-o", out, "--formats", "turtle"])
        print(f"{'baseline (3 articles)':<34} exit {rc}, {secs:5.1f} s, peak {base:6.0f} MB")
        if rc != 0:
            failures.append(f"baseline build failed: {err.strip()}")

        rc, err, secs, rss = _run(["build", str(huge_txt), "-o", out])
        label = f"{args.mb:g} MB article (.txt)"
        print(f"{label:<34} exit {rc}, {secs:5.1f} s, peak {rss:6.0f} MB  | {err.strip()}")
        if rc != 1 or "over the limit" not in err:
            failures.append("the huge article was not refused with the limit named")
        if rss > 150 + args.max_extra_mb:
            failures.append(f"refusing the huge article took {rss:.0f} MB")

        rc, err, secs, rss = _run(["build", str(huge_jsonl), "-k", "-o", out,
                                   "--formats", "turtle"])
        first = err.strip().splitlines()[0] if err.strip() else ""
        label = f"3 articles + {args.mb:g} MB line (-k)"
        print(f"{label:<34} exit {rc}, {secs:5.1f} s, peak {rss:6.0f} MB  | {first}")
        if rc != 1 or "line 2:" not in first or "over the limit" not in first:
            failures.append("the huge JSON line was not refused with its line number")
        if rss > base + args.max_extra_mb:
            failures.append(f"the huge JSON line cost {rss - base:.0f} MB over the baseline")
    for f in failures:
        print(f"FAIL: {f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
