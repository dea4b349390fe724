"""`kg build` with N workers, and the memory of a large build.

    .venv/bin/python bench/build_speed.py workers [--articles 600]     # --workers 2 / --workers 1
    .venv/bin/python bench/build_speed.py memory [--articles 10000]    # kg build DIR --workers 2 -q

`workers`: the same generated corpus (French and English alternating, bench/corpus.py) is built
twice into a fresh on-disk store, each time in a fresh process (so model loading is paid
inside the measurement, as a user pays it): `KnowledgeGraph.build(paths, workers=N)`. Each
document's arrival is timestamped, which separates two rates:
  * with start-up: documents / (time from the build call to the last document), which
    includes spawning the workers and loading the models (about 8 s for French);
  * steady: documents after the first 10% / time between the 10% mark and the last
    document, by which time every worker has loaded its models and is busy.

`memory`: `kg build FILE.jsonl --workers 2 -q` on 10,000 generated articles of 80-150 words,
in a subprocess whose whole process tree is sampled for memory (bench/proc.py).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
import proc  # noqa: E402

WORK = HERE.parent / "out" / "bench"


def corpus_file(articles: int, seed: int = 0) -> tuple[Path, int]:
    """The generated .jsonl of `articles` articles (written once per version of bench/corpus.py,
    then reused); (path, words)."""
    version = hashlib.sha256(Path(corpus.__file__).read_bytes()).hexdigest()[:8]
    path = WORK / f"articles-{articles}-seed{seed}-{version}.jsonl"
    stamp = path.with_suffix(".words")
    if not (path.exists() and stamp.exists()):
        _, words = corpus.write_jsonl(path, articles, seed)
        stamp.write_text(str(words))
    return path, int(stamp.read_text())


def _child(workers: int, path: str) -> None:
    """In a fresh process: build `path` into a fresh on-disk store; print timings as JSON."""
    from kg.api import KnowledgeGraph

    stamps: list[float] = []
    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        g = KnowledgeGraph.open(Path(tmp) / "store")
        start = time.perf_counter()
        report = g.build([path], workers=workers, on_document=lambda source, status: stamps.append(time.perf_counter()))
        end = time.perf_counter()
        triples = len(g.store)
        g.close()
    n = len(stamps)
    k = max(1, math.ceil(0.1 * n))
    print(json.dumps({
        "workers": workers, "documents": n, "added": report.added, "skipped": len(report.skipped),
        "statements": report.statements, "triples": triples, "build_s": end - start,
        "first_doc_s": stamps[0] - start if stamps else None,
        "steady_docs": n - k, "steady_s": stamps[-1] - stamps[k - 1] if n > k else None,
    }))


def measure_workers(articles: int = 600, seed: int = 0) -> dict:
    path, words = corpus_file(articles, seed)
    runs = {}
    for workers in (1, 2):
        r = proc.run_measured([sys.executable, str(Path(__file__).resolve()), "_child", str(path), "--workers", str(workers)])
        if r["returncode"] != 0:
            raise RuntimeError(f"build with {workers} workers failed:\n{r['stderr'][-2000:]}")
        data = json.loads(r["stdout"].strip().splitlines()[-1])
        data.update(wall_s=r["wall_s"], tree_rss_mb=r["tree_rss_mb"], others_cpu=r["others_cpu"])
        data["with_startup_dps"] = data["documents"] / data["build_s"]
        data["steady_dps"] = data["steady_docs"] / data["steady_s"]
        runs[workers] = data
    one, two = runs[1], runs[2]
    return {
        "articles": articles, "words": words, "one": one, "two": two,
        "ratio_steady": two["steady_dps"] / one["steady_dps"],
        "ratio_with_startup": two["with_startup_dps"] / one["with_startup_dps"],
        "same_output": (one["triples"], one["statements"]) == (two["triples"], two["statements"]),
    }


def measure_memory(articles: int = 10_000, seed: int = 0, workers: int = 2) -> dict:
    path, words = corpus_file(articles, seed)
    store = WORK / f"store-{articles}"
    shutil.rmtree(store, ignore_errors=True)
    kg = Path(sys.executable).with_name("kg")
    r = proc.run_measured([str(kg), "build", str(path), "--workers", str(workers), "-q", "--store", str(store)], interval=0.2)
    shutil.rmtree(store, ignore_errors=True)
    if r["returncode"] != 0:
        raise RuntimeError(f"kg build failed:\n{r['stderr'][-2000:]}")
    return {
        "articles": articles, "words": words, "workers": workers, "wall_s": r["wall_s"],
        "docs_per_s": articles / r["wall_s"], "words_per_s": words / r["wall_s"],
        "maxrss_mb": r["maxrss_mb"], "tree_rss_mb": r["tree_rss_mb"], "tree_pss_mb": r["tree_pss_mb"],
        "processes": r["processes"], "others_cpu": r["others_cpu"], "summary": r["stdout"].strip().splitlines()[-1] if r["stdout"].strip() else "",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["workers", "memory", "_child"])
    parser.add_argument("path", nargs="?")
    parser.add_argument("--articles", type=int)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    if args.what == "_child":
        _child(args.workers, args.path)
        return
    if args.what == "workers":
        result = measure_workers(args.articles or 600)
    else:
        result = measure_memory(args.articles or 10_000, workers=args.workers)
    print(json.dumps(result, indent=None if args.json else 2))


if __name__ == "__main__":
    main()
