"""Interoperability costs: each export format, ``kg validate`` and an OWL 2 RL closure,
against a baseline measured in the same run (reading the graph file with rdflib).

usage: python bench/bench_interop.py [--graph FILE] [--repeat N]
The default graph is the bundled article's (exports/graph.trig). Prints seconds and the
ratio to the baseline; exits 1 when ``kg validate`` takes more than --max-ratio times
the baseline.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rdflib import Graph  # noqa: E402

from kg import validate  # noqa: E402
from kg.export import convert  # noqa: E402


def _best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--graph", default=str(ROOT / "exports" / "graph.trig"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--max-ratio", type=float, default=50.0)
    args = ap.parse_args()
    dataset = convert.load([args.graph])
    triples = convert.triple_count(dataset)
    base = _best(lambda: convert.load([args.graph]), args.repeat)
    print(f"graph {args.graph}: {triples} triples; baseline (read it with rdflib) "
          f"{base * 1000:.0f} ms")
    print(f"{'step':<28}{'ms':>9}{'x baseline':>12}")
    rows = []
    for fmt in convert.FORMATS:
        rows.append((f"export {fmt}", _best(lambda f=fmt: convert.serialize(dataset, f),
                                            args.repeat)))
    validate.shapes()
    rows.append(("kg validate (pySHACL)", _best(lambda: validate.validate(dataset), 1)))

    def closure() -> None:
        import owlrl

        g = Graph().parse(ROOT / "ontology" / "kg.ttl")
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            g.add((s, p, o))
        owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False,
                               datatype_axioms=False).expand(g)

    rows.append(("OWL 2 RL closure (owlrl)", _best(closure, 1)))
    for name, secs in rows:
        print(f"{name:<28}{secs * 1000:>9.0f}{secs / base:>11.1f}x")
    ratio = dict(rows)["kg validate (pySHACL)"] / base
    if ratio > args.max_ratio:
        print(f"kg validate is {ratio:.1f}x the baseline (over --max-ratio {args.max_ratio})")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
