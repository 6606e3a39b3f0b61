"""Benchmark: the HTML view's file size and time to first render in headless Chromium.

For generated graphs of 100, 1,000 and 10,000 entities (tests/synthetic.py: shaped like
kg build's, with statements, sentences and articles) it prints the page's size, the time
kg takes to write it, the time pyvis alone takes to take the same nodes and edges (the
old way: ``Network.add_edge`` scans every edge), and in headless Chromium the time from
navigation to the first frame drawn and to a settled page. The baseline, measured in the
same run, is the page of an empty graph: what loading vis-network and the page's code
costs before any node.

usage: python bench/bench_html.py [--sizes 100,1000,10000] [--max-ratio R]
Exit status 1 when a page does not settle within --timeout seconds, or its first render
takes more than R times the baseline's. Needs Debian's chromium and chromium-driver.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import browser  # noqa: E402
from rdflib import Graph  # noqa: E402
from synthetic import synthetic_graph  # noqa: E402

from kg.export.html import PHYSICS_LIMIT, render_html  # noqa: E402


def _pyvis_seconds(page_nodes: int, edges: list[tuple[int, int]]) -> float:
    from pyvis.network import Network

    t0 = time.perf_counter()
    net = Network(directed=True)
    for i in range(page_nodes):
        net.add_node(i, label=str(i))
    for a, b in edges:
        net.add_edge(a, b)
    return time.perf_counter() - t0


def _open(drv: browser.WebDriver, page: Path, timeout: float) -> tuple[float, float]:
    """Milliseconds from navigation to the first frame, and to a settled page."""
    drv.open("about:blank")
    t0 = time.monotonic()
    drv.open(page.as_uri())
    drv.wait("return window.kgReady === true && window.kgFirstRender !== null;", timeout,
             f"{page.name} did not settle")
    settled = (time.monotonic() - t0) * 1000
    first = drv.js("return window.kgFirstRender;")
    return float(first), settled


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--max-ratio", type=float, default=200.0)
    args = ap.parse_args()
    if browser.missing():
        print(f"bench_html: {browser.missing()} missing (apt-get install chromium "
              "chromium-driver)", file=sys.stderr)
        return 2
    sizes = [int(x) for x in args.sizes.split(",")]
    failed = False
    with tempfile.TemporaryDirectory() as tmp, browser.chromium(Path(tmp) / "profile") as drv:
        folder = Path(tmp)
        empty = folder / "empty.html"
        empty.write_text(render_html(Graph(), title="empty"), encoding="utf-8")
        _open(drv, empty, args.timeout)  # warm the browser's caches once
        base_first, base_settled = _open(drv, empty, args.timeout)
        print(f"baseline (empty graph): {empty.stat().st_size / 1024:.0f} KB, first render "
              f"{base_first:.0f} ms, settled {base_settled:.0f} ms")
        print(f"{'entities':>8} {'edges':>6} {'layout':>7} {'size':>8} {'kg s':>6} "
              f"{'pyvis s':>7} {'first ms':>9} {'settled ms':>10} {'× base':>7}")
        for n in sizes:
            graph = synthetic_graph(n)
            t0 = time.perf_counter()
            text = render_html(graph, title=f"{n}")
            kg_s = time.perf_counter() - t0
            page = folder / f"g{n}.html"
            page.write_text(text, encoding="utf-8")
            import json
            import re

            data = json.loads(re.search(r'id="kg-data">(.*?)</script>', text, re.S)[1])
            pairs = [(e["from"], e["to"]) for e in data["edges"]]
            pyvis_s = _pyvis_seconds(len(data["nodes"]), pairs)
            try:
                first, settled = _open(drv, page, args.timeout)
            except AssertionError as exc:
                print(f"{n:>8} {len(pairs):>6}  {exc}")
                failed = True
                continue
            ratio = first / base_first if base_first else float("inf")
            failed |= ratio > args.max_ratio
            layout = "physics" if n <= PHYSICS_LIMIT else "fixed"
            print(f"{n:>8} {len(pairs):>6} {layout:>7} {page.stat().st_size / 1e6:>6.1f}MB "
                  f"{kg_s:>6.1f} {pyvis_s:>7.1f} {first:>9.0f} {settled:>10.0f} {ratio:>7.1f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
