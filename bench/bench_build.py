"""Benchmark: build speed and memory, against a baseline measured in the same run.

The baseline is the floor any builder pays: reading the articles and one Kiwi
analysis of their text. The figures are the whole `kg` build (every stage,
the graph and the Turtle/TriG/HTML writers) on the development articles, and
on the same articles repeated as a corpus of N articles (JSON Lines), so that
per-article cost and growth are visible.

usage: python bench/bench_build.py [--copies N] [--max-ratio R]
Exit status 1 when the build costs more than R times the baseline per article.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


def _corpus(copies: int, folder: Path) -> Path:
    rows = []
    texts = sorted(DATA.glob("*.txt"))
    for i in range(copies):
        for t in texts:
            rows.append({"id": f"{t.stem}-{i:03d}", "title": "", "date": "",
                         "text": t.read_text(encoding="utf-8") + f"\n\n(사본 {i})"})
    path = folder / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return path


def _timed(fn, *args):  # noqa: ANN001, ANN202
    t0 = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=5)
    ap.add_argument("--max-ratio", type=float, default=25.0)
    args = ap.parse_args()

    from kg.export import html, turtle
    from kg.gazetteer import gazetteer
    from kg.graph import build_dataset, union
    from kg.ingest import read_paths
    from kg.pipeline import process
    from kg.sentences import kiwi

    _, t_gaz = _timed(gazetteer)
    _, t_kiwi = _timed(lambda: kiwi().tokenize("한중 협력 확대"))  # load and warm up
    with tempfile.TemporaryDirectory() as tmp:
        path = _corpus(args.copies, Path(tmp))
        arts, t_read = _timed(read_paths, [path])
        n = len(arts)
        chars = sum(len(a.text) for a in arts)
        _, t_base = _timed(lambda: [kiwi().tokenize(a.text) for a in arts])
        corpus, t_proc = _timed(process, arts)
        ds, t_graph = _timed(build_dataset, corpus)
        g = union(ds)
        _, t_ttl = _timed(turtle.serialize, g, "turtle")
        _, t_trig = _timed(turtle.serialize, ds, "trig")
        _, t_html = _timed(html.render_html, g)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    baseline = t_read + t_base
    build = t_read + t_proc + t_graph + t_ttl + t_trig + t_html
    ratio = build / baseline
    print(f"articles {n}, characters {chars}, triples {len(g)}, entities {len(corpus.entities)}")
    print(f"start-up: gazetteer {t_gaz:.2f}s, Kiwi model {t_kiwi:.2f}s (once per process)")
    per = 1000 * baseline / n
    print(f"baseline (read + one Kiwi pass): {baseline:.2f}s = {per:.0f} ms/article")
    print(f"kg build: {build:.2f}s = {1000 * build / n:.0f} ms/article "
          f"(text stages {t_proc:.2f}s, graph {t_graph:.2f}s, turtle {t_ttl:.2f}s, "
          f"trig {t_trig:.2f}s, html {t_html:.2f}s)")
    print(f"ratio to baseline: {ratio:.1f}x (target <= {args.max_ratio:.0f}x); "
          f"peak RSS {rss:.0f} MiB")
    return 0 if ratio <= args.max_ratio else 1


if __name__ == "__main__":
    sys.exit(main())
