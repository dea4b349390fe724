"""Crashes and concurrency: `kill -9` mid-build, two builds at once, a reader during a build,
a full disk and a read-only store folder. Each promise is checked on real `kg` processes.

The reference is the examples' store that conftest builds in-process; a store is compared to
it graph by graph, so "no document is half in it" means: every document graph present holds
exactly the quads the clean build holds for it. "Present" is as kg counts it: a build writes a
batch of documents with Oxigraph's bulk loader, which is not a transaction, after listing their
graphs in the store's journal; a graph listed there may be partly written, kg does not count it
(`Store.has_document`, `Store.documents`), and the next read-write open removes it.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph
import pytest

from kg.store import JOURNAL, read_journal

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

KG = [sys.executable, "-m", "kg.cli"]
pytestmark = pytest.mark.slow


def graphs_of(path: Path, *, journaled: bool = False) -> dict[str, set]:
    """Every named graph of the store at `path` that kg counts: graph IRI -> its quads, as
    strings. A graph listed in the store's journal is left out, unless `journaled` (read the
    journal before and after opening, as kg does: a batch under way is in one of the two)."""
    listed = read_journal(path)
    store = pyoxigraph.Store.read_only(str(path))
    listed |= read_journal(path)
    out: dict[str, set] = {}
    for q in store:
        if journaled or getattr(q.graph_name, "value", None) not in listed:
            out.setdefault(str(q.graph_name), set()).add((str(q.subject), str(q.predicate), str(q.object)))
    del store
    return out


def assert_no_half_documents(path: Path, clean: dict[str, set]) -> int:
    found = graphs_of(path)
    for graph, quads in found.items():
        assert graph in clean, f"{graph} is in the store but not in a clean build"
        assert quads == clean[graph], f"{graph} is only partly written"
    return len(found)


def build(store: Path, *extra, **kw) -> subprocess.Popen:
    return subprocess.Popen([*KG, "build", str(EXAMPLES), "--store", str(store), "-q", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


@pytest.fixture(scope="module")
def clean(examples_store):
    return graphs_of(examples_store)


def test_kill_9_at_random_points_then_rebuild_equals_a_clean_build(tmp_path, clean):
    seed = int.from_bytes(os.urandom(4), "little")
    rng = random.Random(seed)
    store = tmp_path / "store"
    # one kill while the models load or the store opens, one while documents are being written
    delays = [rng.uniform(0.2, 4.0), rng.uniform(7.0, 13.0)]
    seen = []
    for delay in delays:
        proc = build(store)
        time.sleep(delay)
        proc.kill()
        proc.wait()
        if (store / "CURRENT").exists():
            try:
                seen.append(assert_no_half_documents(store, clean))
            except (RuntimeError, OSError):  # killed while Oxigraph created the store: nothing is in it yet
                reader = subprocess.run([*KG, "stats", "--store", str(store)], capture_output=True, text=True)
                assert reader.returncode == 2 and "run `kg build` again" in reader.stderr, reader.stderr
                seen.append("unfinished")
    finished = build(store)
    out, err = finished.communicate(timeout=300)
    assert finished.returncode == 0, (seed, err)
    assert graphs_of(store) == clean, f"seed {seed}, delays {delays}, documents seen after kills {seen}"


# A build killed in the middle of a bulk write: the child lists the batch's graphs in the
# journal as kg does, writes the first half of the batch's quads, and is killed (-9) there.
HALF_THEN_KILL = """
import os, signal, sys
import pyoxigraph
from kg.api import KnowledgeGraph
from kg.store import Store

def half_then_kill(self, data, graphs):
    self._write_journal(self._journaled | frozenset(graphs))
    lines = data.splitlines(keepends=True)
    self._inner.bulk_load("".join(lines[: len(lines) // 2]), pyoxigraph.RdfFormat.N_QUADS)
    self._inner.flush()
    os.kill(os.getpid(), signal.SIGKILL)

Store.add_nquads = half_then_kill
KnowledgeGraph.build([sys.argv[1]], store=sys.argv[2])
"""


def test_a_write_killed_halfway_is_not_counted_and_the_next_build_writes_it_again(tmp_path, clean):
    from kg.api import KnowledgeGraph

    store = tmp_path / "store"
    killed = subprocess.run([sys.executable, "-c", HALF_THEN_KILL, str(EXAMPLES), str(store)], capture_output=True,
                            text=True, timeout=300)
    assert killed.returncode == -9, killed.stderr
    listed = read_journal(store)
    assert len(listed) == len(clean) and (store / JOURNAL).exists()
    raw = graphs_of(store, journaled=True)
    assert raw and any(raw.get(g) != clean[g] for g in clean), "the kill left no graph half written"
    # readers do not count what the journal lists
    assert graphs_of(store) == {}
    with KnowledgeGraph.open(store, read_only=True) as reader:
        assert reader.store.documents() == [] and reader.stats()["documents"] == 0
        assert not any(reader.store._has_graph(g) for g in listed)
    subprocess.run([*KG, "stats", "--store", str(store)], check=True, capture_output=True)
    assert (store / JOURNAL).exists(), "a reader must not repair the store"
    # the next read-write open removes them, and the journal; a build adds them again, whole
    rebuilt = build(store)
    out, err = rebuilt.communicate(timeout=300)
    assert rebuilt.returncode == 0, err
    assert f"{len(clean)} graphs that an interrupted write had left unfinished were removed" in err
    assert out.startswith(f"{len(clean)} added, 0 unchanged")
    assert not (store / JOURNAL).exists()
    assert graphs_of(store, journaled=True) == clean


def test_a_second_build_is_refused_clearly_and_a_reader_keeps_answering(tmp_path, clean):
    store = tmp_path / "store"
    first = build(store)
    try:
        deadline = time.monotonic() + 120
        while not (store / "CURRENT").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        second = subprocess.run([*KG, "build", str(EXAMPLES), "--store", str(store), "-q"],
                                capture_output=True, text=True, timeout=300)
        assert second.returncode == 2
        assert second.stderr.strip().count("\n") == 0, second.stderr
        assert "in use by another kg process" in second.stderr
        answers = []
        while first.poll() is None:
            reader = subprocess.run([*KG, "sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "-f", "csv",
                                     "--store", str(store)], capture_output=True, text=True, timeout=120)
            assert reader.returncode == 0, reader.stderr
            answers.append(int(reader.stdout.split()[-1]))
    finally:
        first.communicate(timeout=300)
    assert first.returncode == 0
    assert answers, "the build finished before a reader could ask"
    assert graphs_of(store) == clean


@contextlib.contextmanager
def tmpfs(path: Path, size: str):
    path.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here to fill a disk: {mounted.stderr.decode().strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def test_a_full_disk_gives_one_clear_line_and_no_damage(tmp_path, clean):
    with tmpfs(tmp_path / "disk", "1m") as disk:
        store = disk / "store"
        out, err = build(store).communicate(timeout=300)
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("kg: error:") and "No space left" in lines[0], err
        kept = assert_no_half_documents(store, clean)
        assert kept < len(clean)  # the disk filled before the end; what is there is whole
        subprocess.run(["mount", "-o", "remount,size=16m", str(disk)], check=True)
        again = build(store)
        again.communicate(timeout=300)
        assert again.returncode == 0
        assert graphs_of(store) == clean


def test_a_read_only_store_folder_refuses_writes_and_still_answers(tmp_path, examples_store, clean):
    with tmpfs(tmp_path / "ro", "16m") as folder:
        shutil.copytree(examples_store, folder / "store")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        refused = subprocess.run([*KG, "build", str(EXAMPLES), "--store", str(folder / "store"), "-q"],
                                 capture_output=True, text=True, timeout=300)
        assert refused.returncode == 2
        assert refused.stderr.strip().count("\n") == 0 and "cannot open the store for writing" in refused.stderr
        stats = subprocess.run([*KG, "stats", "--store", str(folder / "store")], capture_output=True, text=True)
        assert stats.returncode == 0 and stats.stdout.startswith(f"{sum(map(len, clean.values()))} triples")
        assert graphs_of(folder / "store") == clean
