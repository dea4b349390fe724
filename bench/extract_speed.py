"""Extraction speed as a ratio to bare spaCy on the same documents, in the same run.

    .venv/bin/python bench/extract_speed.py [--repeat 3]

For each language, it times `nlp.pipe` alone on the articles of examples/ and dev/
(repeated to about 8,000 words), then kg's own parse (line-aware) plus extraction, and
prints words per second and the ratio kg / bare spaCy (1.0 = as fast as bare spaCy).
The first call of each pipeline is warmed up outside the timings.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from kg.extract import extract_doc
from kg.nlp import load_pipeline, parse

ROOT = Path(__file__).resolve().parent.parent


def measure(lang: str, repeat: int) -> dict:
    paths = sorted((ROOT / "examples").glob(f"{lang}-*.txt")) + sorted((ROOT / "dev").glob(f"{lang}-*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths] * repeat
    words = sum(len(t.split()) for t in texts)
    nlp = load_pipeline(lang)
    list(nlp.pipe(texts[:2]))
    list(extract_doc(d, lang) for d in parse(lang, texts[:2]))
    start = time.perf_counter()
    list(nlp.pipe(texts, batch_size=64))
    bare = time.perf_counter() - start
    start = time.perf_counter()
    for doc in parse(lang, texts):
        extract_doc(doc, lang)
    ours = time.perf_counter() - start
    return {"lang": lang, "documents": len(texts), "words": words, "bare": words / bare, "kg": words / ours, "ratio": bare / ours}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{'lang':4} {'docs':>5} {'words':>7} {'spaCy w/s':>10} {'kg w/s':>8} {'kg/spaCy':>9}")
    for lang in ("fr", "en"):
        r = measure(lang, args.repeat)
        print(f"{r['lang']:4} {r['documents']:5d} {r['words']:7d} {r['bare']:10.0f} {r['kg']:8.0f} {r['ratio']:9.2f}")


if __name__ == "__main__":
    main()
