"""Shared fixtures: each spaCy model loads once per session, the examples' graph is built once,
and so is the store of the hostile corpus (tests/hostile/ plus large and many generated files)."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"  # Debian's; Playwright cannot download its own here
CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for every browser test."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (make browser)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield b
        b.close()


@contextlib.contextmanager
def serving(app):
    """A uvicorn server for the ASGI `app` on a free port of 127.0.0.1, in a thread; its base URL."""
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(15)
        sock.close()


@pytest.fixture(scope="session")
def fr_nlp():
    from kg.nlp import load_pipeline

    return load_pipeline("fr")


@pytest.fixture(scope="session")
def en_nlp():
    from kg.nlp import load_pipeline

    return load_pipeline("en")


@pytest.fixture(scope="session")
def examples_store(tmp_path_factory, fr_nlp, en_nlp):
    """A store on disk holding the graph of examples/, built once."""
    from kg.api import KnowledgeGraph

    path = tmp_path_factory.mktemp("store") / "kg-store"
    with KnowledgeGraph.open(path) as kg:
        report = kg.build([EXAMPLES])
    assert report.ok, report.skipped
    return path


@pytest.fixture(scope="session")
def examples_kg(examples_store):
    from kg.api import KnowledgeGraph

    kg = KnowledgeGraph.open(examples_store, read_only=True)
    yield kg
    kg.close()


# ---------------------------------------------------------------- hostile input (tests/hostile/)

HOSTILE = ROOT / "tests" / "hostile"
TINY_VALID = 600  # tiny documents that are read, in the folder of thousands of small files
TINY_EMPTY = 1200  # empty ones, each refused in one line
TINY_IGNORED = 1200  # files that are not documents (.csv, .json), passed over without a word


@pytest.fixture(scope="session")
def hostile_corpus(tmp_path_factory):
    """tests/hostile/ plus what is too big, too many or too strange to commit, generated.

    Returns (folder, refused, read): `refused` maps each source that must be refused to a
    word its one-line message must hold; `read` is the set of sources that must be read.
    """
    import shutil

    root = tmp_path_factory.mktemp("hostile") / "corpus"
    shutil.copytree(HOSTILE, root)
    refused = {
        "binary.txt": "binary", "blank.md": "empty", "empty.txt": "empty", "chinese.txt": "Chinese",
        "german.txt": "German", "invalid-utf8.txt": "UTF-8", "utf16-truncated.txt": "UTF-16",
        "records.jsonl:3": "JSON", "records.jsonl:4": "JSON", "records.jsonl:5": '"text"',
        "records.jsonl:6": "empty", "records.jsonl:7": "German",
    }
    read = {"awkward-names.txt", "crlf.txt", "invisible.txt", "markup.html", "records.jsonl:1", "records.jsonl:2",
            "script-names.txt", "script-names-en.txt", "utf16-bom.txt"}
    # a 20 MB file on one line, as a text and as one JSON record
    line = ("Meta a investi 14,8 milliards de dollars dans Scale AI, une start-up fondée par Alexandr Wang. " * 220_000)[:20_000_000]
    (root / "one-line-20mb.txt").write_text(line, encoding="utf-8")
    (root / "one-line-20mb.jsonl").write_text('{"text": "' + line + '"}', encoding="utf-8")
    refused |= {"one-line-20mb.txt": "too large", "one-line-20mb.jsonl:1": "too large"}
    # markup nested 100,000 deep
    (root / "nested.html").write_text("<html><body>" + "<div>" * 100_000 + "<p>Meta a racheté Wiz.</p>" + "</div>" * 100_000 + "</body></html>")
    refused["nested.html"] = "empty"
    # names that break a line or a terminal, or that are not UTF-8
    (root / "bad\nname.txt").write_text("")
    refused["bad\\nname.txt"] = "empty"
    (root / "\u202eevil.txt").write_text("")
    refused["\\u202eevil.txt"] = "empty"
    (root / "evil<script>alert(1)<\\script>.md").write_text("Die Firma hat einen neuen Chef und will im Ausland wachsen.", encoding="utf-8")
    refused["evil<script>alert(1)<\\script>.md"] = "German"
    with open(os.path.join(os.fsencode(root), b"caf\xe9-latin1-name.txt"), "w", encoding="utf-8") as fh:
        fh.write("La start-up Mistral AI a levé 600 millions d'euros auprès de Nvidia.")
    read.add("caf\\xe9-latin1-name.txt")
    # a deep path, a loop of folders, a pipe and an endless device: none may hang the build
    deep = root.joinpath(*["d" * 20] * 40)
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_text("Google a racheté la start-up Wiz pour 32 milliards de dollars.", encoding="utf-8")
    read.add(str((deep / "deep.txt").relative_to(root)))
    (deep / "loop").symlink_to(root, target_is_directory=True)
    os.mkfifo(root / "pipe.txt")
    (root / "zero.txt").symlink_to("/dev/zero")
    # thousands of small files
    many = root / "many"
    many.mkdir()
    for i in range(TINY_EMPTY):
        (many / f"empty-{i:04d}.txt").write_bytes(b"")
        refused[f"many/empty-{i:04d}.txt"] = "empty"
    for i in range(TINY_IGNORED):
        (many / f"data-{i:04d}.{'csv' if i % 2 else 'json'}").write_text(f"{i},{i * i}\n")
    for i in range(TINY_VALID):
        text = (f"La société Acme{i} a racheté la start-up Beta{i}." if i % 2
                else f"Gamma{i} acquired the startup Delta{i} for ${i + 1} million.")
        (many / f"tiny-{i:04d}.txt").write_text(text, encoding="utf-8")
        read.add(f"many/tiny-{i:04d}.txt")
    return root, {f"{root}/{k}": v for k, v in refused.items()}, {f"{root}/{k}" for k in read}


@pytest.fixture(scope="session")
def hostile_build(hostile_corpus, tmp_path_factory):
    """`kg build` (a real process, bounded in time) on the whole hostile folder:
    (store, completed process, seconds)."""
    import subprocess
    import sys
    import time

    folder, _, _ = hostile_corpus
    store = tmp_path_factory.mktemp("hostile-store") / "kg-store"
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(folder), "--store", str(store), "-q"],
        capture_output=True, text=True, timeout=600, env={**os.environ, "COLUMNS": "200"},
    )
    return store, done, time.monotonic() - started
