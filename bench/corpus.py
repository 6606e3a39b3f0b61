"""Benchmark at scale: a synthetic corpus of 100, 1,000 (and 10,000) articles.

The corpus is written in the styles of the test articles (a CSF date line, □/○
headings, bullet sentences ending in -함/-임, a source line), with firm, city,
province, park, person and ministry names drawn from the gazetteers, Chinese glosses
in parentheses, amounts and dates; names are drawn with Zipf-like weights, so that
entities recur across articles as they do in an archive.

Every build is a separate `kg build` process, timed end to end (start-up included),
its peak memory the sum over the process and its workers. The baseline, measured in
the same run on the same text and the same number of workers, is the floor: a process
that reads the same JSON Lines and has Kiwi analyse every text (`Kiwi.tokenize`) in
that many worker processes, each loading Kiwi once.

usage: python bench/corpus.py [--sizes 100,1000,10000] [--workers 2] [--no-dask]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
FORMATS = "turtle,trig,nquads"

# -- the corpus ----------------------------------------------------------------------


def _pools(seed: int) -> dict[str, list[tuple[str, str]]]:
    """(Korean, Chinese) names by kind, from the gazetteers, in a fixed random order."""
    from kg.gazetteer import builtin

    gaz = builtin()
    rnd = random.Random(seed)
    pools: dict[str, list[tuple[str, str]]] = {k: [] for k in
                                               ("city", "province", "firm", "ministry", "org")}
    for rec in sorted(gaz.records.values(), key=lambda r: r.id):
        pair = (rec.ko, rec.zh_hant or "")
        if rec.type == "City" and rec.country == "CN" and rec.hangul_matchable and rec.zh_hant:
            pools["city"].append(pair)
        elif rec.type == "Province" and rec.country == "CN":
            pools["province"].append(pair)
        elif rec.type == "Firm" and rec.ko:
            pools["firm"].append(pair)
        elif rec.type == "GovernmentBody" and rec.zh_hant and rec.country in ("CN", ""):
            pools["ministry"].append(pair)
        elif rec.type == "Organization" and rec.ko:
            pools["org"].append(pair)
    for v in pools.values():
        rnd.shuffle(v)
    syll = "쯔진룽화신중리장왕밍둥톈궈캉푸성"
    han = "紫金龍華新中利江王明東天國康富盛"
    pools["cnfirm"] = []
    for i in range(400):  # Chinese firms named as the press writes them: 난징쯔진(紫金)그룹
        a, b = rnd.randrange(len(syll)), rnd.randrange(len(syll))
        city = pools["city"][i % len(pools["city"])]
        kind, kind_zh = rnd.choice([("그룹", "集團"), ("투자그룹", "投資集團"), ("자동차", "汽車"),
                                    ("전자", "電子"), ("에너지", "能源"), ("과기", "科技")])
        zh = city[1].removesuffix("市") + han[a] + han[b] + kind_zh
        pools["cnfirm"].append((f"{city[0]}{syll[a]}{syll[b]}{kind}", zh))
    surnames = [ln.split("\t")[1] for ln in (ROOT / "kg" / "data" / "surnames.tsv")
                .read_text(encoding="utf-8").splitlines()[1:] if ln.startswith("ko\t")]
    given = "민준서현지우도윤하은수진영호성민재원상철은정혜진동현"
    pools["person"] = [(rnd.choice(surnames[:40]) + rnd.choice(given) + rnd.choice(given), "")
                       for _ in range(500)]
    return pools


def _zipf(rnd: random.Random, pool: list[tuple[str, str]]) -> tuple[str, str]:
    # rank r with weight 1/r: the head of each pool recurs in many articles
    n = len(pool)
    r = int(n ** rnd.random())  # log-uniform rank = density ~ 1/r
    return pool[min(n - 1, max(0, r - 1))]


def _gloss(name: tuple[str, str]) -> str:
    return f"{name[0]}({name[1]})" if name[1] else name[0]


_TEMPLATES = [
    "{firm}은 {day}일 {province}성 {city}시 {park}에서 {what} 공장 준공식을 개최함.",
    "이 공장은 {firm}과 {cnfirm}이 공동 설립한 합작법인이 운영하며, 연간 {n}만 대 이상에 "
    "공급할 {what}를 생산할 계획임.",
    "준공식에는 {person} {firm} 부회장과 {person2} {city}시 당서기 등이 참석함.",
    "{firm}은 {cnfirm}, {cnfirm2} 등 중국 업체와 {what} 공급 계약을 맺었음.",
    "한편 {ministry}는 올해 {month}월 「{what} 산업 발전 규획」을 발표하고, 기업의 생산능력과 "
    "기술 수준에 대한 기준을 제시함.",
    "{city}시 정부는 {park}에 총 {amount}억 위안을 투자해 {what} 산업 클러스터를 조성한다고 밝힘.",
    "{org} 보고서에 따르면 {province}성의 {what} 생산량은 전년 대비 {pct}% 증가함.",
    "{cnfirm}은 {city}에 연구개발센터를 설립하고 {n}00명의 인력을 채용할 예정임.",
    "{person}은 {firm}의 중국 사업 확대에 대해 \"{city} 시장은 매우 중요하다\"고 언급함.",
    "{ministry}와 {province}성 정부는 {year}년까지 {what} 기업 {n}개를 육성한다는 목표를 내세움.",
]
_WHAT = ["전기차 배터리", "반도체", "디스플레이 패널", "석유화학 제품", "태양광 모듈",
         "스마트폰 부품", "자동차 부품", "바이오 의약품", "철강 제품", "로봇"]
_PARK = ["경제기술개발구", "첨단기술산업개발구", "경제개발구", "산업단지"]


def article(i: int, rnd: random.Random, pools: dict[str, list[tuple[str, str]]]) -> dict:
    """One synthetic article (a JSON Lines record)."""
    year = 2014 + i % 8
    date = f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}"
    firm = _zipf(rnd, pools["firm"])
    city = _zipf(rnd, pools["city"])
    what = rnd.choice(_WHAT)

    def fill(t: str) -> str:
        c2 = _zipf(rnd, pools["city"])
        return t.format(
            firm=_gloss(firm) if rnd.random() < 0.3 else firm[0],
            cnfirm=_gloss(_zipf(rnd, pools["cnfirm"])), cnfirm2=_gloss(_zipf(rnd, pools["cnfirm"])),
            city=_gloss(city) if rnd.random() < 0.5 else city[0],
            province=_gloss(_zipf(rnd, pools["province"])),
            park=f"{c2[0]}{rnd.choice(_PARK)}", person=_zipf(rnd, pools["person"])[0],
            person2=_zipf(rnd, pools["person"])[0],
            ministry=_gloss(_zipf(rnd, pools["ministry"])), org=_zipf(rnd, pools["org"])[0],
            what=what, day=1 + rnd.randrange(28), month=1 + rnd.randrange(12),
            n=2 + rnd.randrange(30), amount=5 + rnd.randrange(300), pct=1 + rnd.randrange(40),
            year=year + 5)

    lines = [f"{firm[0]}, {city[0]}에 {what} 투자 확대", "", f"CSF {date}", "",
             f"□ {firm[0]}의 중국 {what} 사업", "", f"○ {city[0]} {what} 공장 현황", ""]
    for t in rnd.sample(_TEMPLATES, k=4 + rnd.randrange(4)):
        lines += [f"- {fill(t)}", ""]
    lines += [f"○ {what} 산업 정책", ""]
    for t in rnd.sample(_TEMPLATES, k=2):
        lines += [f"- {fill(t)}", ""]
    lines.append(f"출처: {year}.{1 + i % 12}.{1 + i % 28}/중국경제망(中國經濟網)/편집문")
    return {"id": f"synth-{i:05d}", "text": "\n".join(lines)}


def write_corpus(n: int, path: Path, seed: int = 7) -> tuple[int, int]:
    """Write ``n`` articles as JSON Lines; (articles, Korean characters)."""
    rnd = random.Random(seed)
    pools = _pools(seed)
    chars = 0
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            row = article(i, rnd, pools)
            chars += len(row["text"])
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return n, chars


# -- measuring -----------------------------------------------------------------------


def _run(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Run ``cmd``; (seconds, peak MiB of the process tree, stderr)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})
    peak = 0.0
    ps = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            rss = sum(p.memory_info().rss for p in [ps, *ps.children(recursive=True)])
            peak = max(peak, rss / 2**20)
        except psutil.Error:
            pass
        time.sleep(0.1)
    secs = time.perf_counter() - t0
    err = proc.stderr.read() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err}")
    return secs, peak, err


def _timings(err: str) -> dict[str, float]:
    line = next((ln for ln in err.splitlines() if ln.startswith("kg: timings: ")), "")
    out = {}
    for item in line.removeprefix("kg: timings: ").split(", "):
        if item:
            k, v = item.rsplit(" ", 1)
            out[k] = float(v.rstrip("s"))
    return out


_FLOOR = """
import json, sys, multiprocessing as mp
def init():
    global K
    from kiwipiepy import Kiwi
    K = Kiwi()
def work(texts):
    return sum(len(K.tokenize(t)) for t in texts)
if __name__ == "__main__":
    texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
    n = int(sys.argv[2])
    if n == 1:
        init()
        print(work(texts))
    else:
        size = max(1, min(8, len(texts) // (n * 8)))
        batches = [texts[i:i + size] for i in range(0, len(texts), size)]
        with mp.get_context("forkserver").Pool(n, initializer=init) as pool:
            print(sum(pool.imap_unordered(work, batches)))
"""


def kiwi_floor(path: Path, workers: int, folder: Path) -> tuple[float, float]:
    script = folder / "floor.py"
    script.write_text(_FLOOR, encoding="utf-8")
    secs, peak, _ = _run([sys.executable, str(script), str(path), str(workers)])
    return secs, peak


def kg_build(inputs: list[str], out: Path, *extra: str,
             formats: str = FORMATS) -> tuple[float, float, dict]:
    cmd = [sys.executable, "-m", "kg.cli", "build", *inputs, "-o", str(out), "--formats",
           formats, "--timings", "-q", *extra]
    secs, peak, err = _run(cmd, {"PYTHONPATH": str(ROOT)})
    return secs, peak, _timings(err)


def _triples(out: Path) -> int:
    with open(out / "graph.nq", "rb") as fh:
        return sum(1 for _ in fh)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100,1000", help="corpus sizes (add 10000 for the "
                    "linearity, memory and Turtle-share figures; ~10 minutes on 2 cores)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster run")
    ap.add_argument("--repeats", type=int, default=3, help="cold one-article runs (min)")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    w = args.workers
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        folder = Path(tmp)
        os.environ["KG_CACHE_DIR"] = str(folder / "cache")
        # the prebuilt forms (gazetteer, ...) made once, as after the first kg build
        kg_build([], folder / "warm", "--no-cache")
        print(f"machine: {os.cpu_count()} cores, load average "
              f"{', '.join(f'{x:.1f}' for x in os.getloadavg())} (shared machines: noisy)")
        print(f"outputs: {FORMATS}; every figure is one `kg build` process, start-up included")
        for n in sizes:
            path = folder / f"corpus-{n}.jsonl"
            _, chars = write_corpus(n, path)
            f_secs, f_peak = kiwi_floor(path, w, folder)
            out = folder / f"out-{n}"
            secs, peak, tm = kg_build([str(path)], out, "--workers", str(w),
                                      "--cache-dir", str(folder / f"c-{n}"))
            figures[f"build{n}"] = secs
            tri = _triples(out)
            ratio = (n / secs) / (n / f_secs)
            stages = ", ".join(f"{k} {v:.1f}s" for k, v in tm.items())
            print(f"\n{n} articles, {chars} characters, {tri} quads; {w} workers")
            print(f"  kg build:   {secs:7.1f}s  {n / secs:7.1f} articles/s  "
                  f"{chars / secs:9.0f} chars/s  peak {peak:6.0f} MiB")
            print(f"  Kiwi alone: {f_secs:7.1f}s  {n / f_secs:7.1f} articles/s  "
                  f"{chars / f_secs:9.0f} chars/s  peak {f_peak:6.0f} MiB")
            print(f"  throughput ratio (kg / Kiwi alone): {ratio:.0%} (target >= 50%)")
            print(f"  stages: {stages}")
            write = sum(tm.get(k, 0) for k in ("turtle", "trig", "nquads"))
            print(f"  Turtle {tm.get('turtle', 0) / secs:.1%} of the build, all writers "
                  f"{write / secs:.1%}")
            if n == max(sizes):
                figures["peak"] = peak
                figures["turtle_share"] = tm.get("turtle", 0) / secs
            if n == 1000:
                s1, _, _ = kg_build([str(path)], folder / "w1", "--workers", "1", "--no-cache")
                print(f"  --workers 1: {s1:.1f}s; {w} workers are {s1 / secs:.2f}x as fast "
                      f"(target >= 1.7x)")
                same = (folder / "w1" / "graph.nq").read_bytes() == (out / "graph.nq").read_bytes()
                print(f"  same bytes as {w} workers: {same}")
                s2, _, _ = kg_build([str(path)], folder / "again", "--workers", str(w),
                                    "--cache-dir", str(folder / f"c-{n}"))
                print(f"  re-run, unchanged corpus (cache): {s2:.1f}s = {s2 / secs:.0%} of the "
                      f"first run (target <= 10%)")
                if not args.no_dask:
                    from distributed import LocalCluster

                    with LocalCluster(n_workers=w, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster:
                        sd, _, _ = kg_build([str(path)], folder / "dask", "--dask",
                                            cluster.scheduler_address, "--no-cache")
                    same = (folder / "dask" / "graph.nq").read_bytes() == \
                        (out / "graph.nq").read_bytes()
                    print(f"  --dask (LocalCluster, {w} workers): {sd:.1f}s = {sd / secs:.2f}x "
                          f"--workers {w} (target <= 1.3x); same bytes: {same}")
        if "build1000" in figures and "build10000" in figures:
            print(f"\n10,000 / 1,000 articles: {figures['build10000'] / figures['build1000']:.1f}x"
                  f" the time (target <= 11x); peak {figures['peak']:.0f} MiB (target <= 2048)")
        # cold one-article build against a bare Kiwi process on the same text
        text_file = ROOT / "kg" / "sample" / "csf-2015-07-16.txt"
        bare = ("import sys\nfrom kiwipiepy import Kiwi\n"
                "Kiwi().tokenize(open(sys.argv[1], encoding='utf-8').read())\n")
        (folder / "bare.py").write_text(bare, encoding="utf-8")
        cold, alone, kiwi_only = [], [], []
        for _ in range(args.repeats):
            kiwi_only.append(_run([sys.executable, str(folder / "bare.py"), str(text_file)])[0])
            cold.append(kg_build([str(text_file)], folder / "one", "--no-cache",
                                 formats="turtle,trig,nquads,html")[0])
            os.environ["KG_EARLY_KIWI"] = "0"  # Kiwi loaded in the build's own process
            alone.append(kg_build([str(text_file)], folder / "alone", "--no-cache",
                                  formats="turtle,trig,nquads,html")[0])
            del os.environ["KG_EARLY_KIWI"]
        print(f"\none article, cold process (all four outputs): kg build {min(cold):.2f}s, "
              f"bare Kiwi {min(kiwi_only):.2f}s = {min(cold) / min(kiwi_only):.2f}x "
              f"(target <= 1.3x; min of {args.repeats}); without the Kiwi helper "
              f"(KG_EARLY_KIWI=0) {min(alone):.2f}s = {min(alone) / min(kiwi_only):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
