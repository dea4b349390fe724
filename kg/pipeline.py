"""Text to Documents, streaming, in this process or in N worker processes.

The stage between reading files and writing RDF: each source is told its language,
parsed by spaCy in batches and read by the extractor. With ``workers > 1`` the batches go
to a pool of processes (each loads the models once), and only a bounded window of batches
is in flight, so a corpus of any size streams through in constant memory. Results come back
in input order, so a parallel build writes exactly what a serial one writes.

>>> from kg.documents import Source
>>> [type(item).__name__ for item in read_batch([Source("", "empty.txt")])]
['DocumentError']
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

from .documents import Source, detect_language, read_sources
from .errors import DocumentError, KGError
from .extract import extract_doc
from .model import Document
from .ontology import load_ontology

__all__ = ["BATCH", "read_batch", "documents"]

BATCH = 16  # documents parsed together by nlp.pipe


def read_batch(batch: list[Source | DocumentError]) -> list[Document | DocumentError]:
    """Documents (or the error for each one that could not be read), in the batch's order."""
    ontology = load_ontology()
    results: list[Document | DocumentError | None] = [None] * len(batch)
    by_lang: dict[str, list[tuple[int, Source]]] = {}
    for n, item in enumerate(batch):
        if isinstance(item, DocumentError):
            results[n] = _plain(item)
            continue
        try:
            by_lang.setdefault(detect_language(item.text, item.source), []).append((n, item))
        except DocumentError as err:
            results[n] = _plain(err)
    for lang, items in by_lang.items():
        for (n, source), parsed in zip(items, _parse_each(lang, [s for _, s in items])):
            if isinstance(parsed, str):
                results[n] = DocumentError(source.source, parsed)
                continue
            try:
                results[n] = extract_doc(parsed, lang, source=source.source, meta=source.meta, ontology=ontology)
            except Exception as err:  # noqa: BLE001 - a rule's bug must not cost the rest of the batch
                results[n] = DocumentError(
                    source.source, f"extraction failed ({type(err).__name__}: {err}); please report this document")
    return results


def _plain(err: DocumentError) -> DocumentError:
    """The same error as a plain DocumentError, which crosses process boundaries (pickles) intact."""
    return DocumentError(err.source, err.reason)


def _parse_each(lang: str, sources: list[Source]) -> Iterator:
    """Parse a batch at once; if spaCy fails on it, parse one by one so only the bad document is lost
    (its place holds the reason, a str)."""
    from .nlp import parse

    try:
        yield from list(parse(lang, [s.text for s in sources], batch_size=BATCH))
        return
    except KGError:
        raise
    except Exception:  # noqa: BLE001 - find which document it was
        pass
    for source in sources:
        try:
            yield next(parse(lang, [source.text]))
        except KGError:
            raise
        except Exception as err:  # noqa: BLE001
            yield f"the {lang} parser failed ({type(err).__name__}: {err})"


def _read_batch_in_worker(batch):
    try:
        return read_batch(batch)
    except KGError as err:  # a missing model: say it in the parent, once
        return str(err)


def _batches(paths: Iterable[str | Path], size: int) -> Iterator[list]:
    batch: list = []
    for item in read_sources(paths):
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def documents(paths: Iterable[str | Path], *, workers: int = 1, batch: int = BATCH,
              min_confidence: float = 0.0) -> Iterator[Document | DocumentError]:
    """Every document under `paths`, extracted, or the error standing in its place; in order.
    Statements below `min_confidence` are dropped.

    With `workers` > 1, spaCy runs in that many processes; at most two batches per worker
    are read ahead, so memory does not grow with the corpus.
    """
    for item in _documents(paths, workers, batch):
        if min_confidence > 0 and isinstance(item, Document):
            item = replace(item, statements=tuple(s for s in item.statements if s.provenance.confidence >= min_confidence))
        yield item


def _documents(paths, workers: int, batch: int) -> Iterator[Document | DocumentError]:
    if workers <= 1:
        for chunk in _batches(paths, batch):
            yield from read_batch(chunk)
        return
    context = multiprocessing.get_context("spawn")  # never fork a process holding an open store
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        window: deque = deque()
        chunks = _batches(paths, batch)
        for chunk in chunks:
            window.append(pool.submit(_read_batch_in_worker, chunk))
            if len(window) >= 2 * workers:
                yield from _result(window.popleft())
        while window:
            yield from _result(window.popleft())


def _result(future) -> list:
    result = future.result()
    if isinstance(result, str):
        raise KGError(result)
    return result
