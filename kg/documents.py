"""Reading inputs: files and folders of .txt, .md, .html and .jsonl, each to plain text with metadata.

Bad input never stops a batch: each problem comes back as a `DocumentError` that names the
file, in the place of the document it spoils.

>>> src = source_from_text("Meta a investi dans Scale AI.", source="inline")
>>> src.text, detect_language(src.text, "inline")
('Meta a investi dans Scale AI.', 'fr')
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DocumentError, EmptyDocument, UnreadableDocument, UnsupportedFormat, UnsupportedLanguage

__all__ = ["Source", "SUFFIXES", "MAX_DOCUMENT_BYTES", "read_sources", "source_from_text", "detect_language",
           "decode", "clean_text", "source_name"]

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
# A news article is a few kilobytes; a document past this size is a dump or a blob, and
# would take minutes and gigabytes to parse (a 200,000-word document, about 1.3 MB, takes
# a minute). A .jsonl file may be larger: the limit holds for each of its documents.
MAX_DOCUMENT_BYTES = 5_000_000
LANGUAGES = ("fr", "en")
_FUNCTION_WORDS = {
    "fr": {"le", "la", "les", "de", "des", "du", "et", "un", "une", "dans", "pour", "est", "qui", "que", "sur",
           "par", "au", "aux", "avec", "a", "ont", "son", "sa", "ses", "l'", "d'", "qu'", "s'"},
    "en": {"the", "of", "and", "to", "in", "a", "an", "is", "for", "on", "with", "by", "that", "its", "was",
           "has", "have", "from", "at", "it", "as", "into"},
}


@dataclass(frozen=True)
class Source:
    """A document's text before extraction, with where it came from."""

    text: str
    source: str
    meta: dict = field(default_factory=dict, hash=False, compare=False)


def decode(data: bytes, source: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM; CRLF becomes LF.

    >>> decode("é\\r\\n".encode("utf-16"), "x")
    'é\\n'
    """
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise UnreadableDocument(
                source, f"starts like UTF-16 but is not valid UTF-16 ({err.reason} at offset {err.start}); save it as UTF-8"
            ) from None
    else:
        if b"\x00" in data[:8192]:
            raise UnreadableDocument(source, "binary file, not text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise UnreadableDocument(
                source, f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); save it as UTF-8"
            ) from None
    return clean_text(text)


_LINE_BREAKS = re.compile(r"\r\n?|[\x85\u2028\u2029]")
# control characters other than newlines and tabs carry no meaning and break RDF tools
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# bidirectional embeddings, overrides and isolates, which make a name read backwards in a
# terminal or a page ("Trojan Source"); and the zero-width space, word joiner and BOM, which
# make two names that look the same differ ("Goo\u200bgle"). Joiners (U+200C, U+200D) stay:
# emoji and some scripts need them.
_INVISIBLE = re.compile(r"[\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]")
# half of a UTF-16 pair alone, which JSON's "\ud800" can make: no UTF-8 writer accepts it
_LONE_SURROGATES = re.compile(r"[\ud800-\udfff]")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    r"""Text as kg reads it: every line break a newline, control characters spaces, no bidi
    controls nor zero-width spaces, and U+FFFD for a lone surrogate.

    >>> clean_text("Scale\u2028AI\r\nby \u202eMe\u200bta\u202c\x00.\ud800")
    'Scale\nAI\nby Meta .\ufffd'
    """
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROLS.sub(" ", text)
    text = _LONE_SURROGATES.sub("\ufffd", text)
    return _INVISIBLE.sub("", text)


def source_name(path: Path) -> str:
    r"""How kg names a file in its messages and in the graph: the path, on one line, with a
    byte that is not UTF-8 and a character that would break or reorder the line as escapes.

    >>> import os
    >>> source_name(Path("bad\nname.txt")), source_name(Path(os.fsdecode(b"caf\xe9.txt")))
    ('bad\\nname.txt', 'caf\\xe9.txt')
    """
    text = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def detect_language(text: str, source: str) -> str:
    """"fr" or "en"; anything else raises UnsupportedLanguage naming the language."""
    import py3langid

    sample = text[:5000]
    if not re.search(r"\w", sample):
        raise EmptyDocument(source)
    ranked = py3langid.rank(sample)
    best = ranked[0][0]
    if best in LANGUAGES:
        return best
    # a short text is often misread (a one-line French headline as Romanian): there, trust
    # the function words, which no other language shares in the same proportion
    if len(sample) < 300:
        words = re.findall(r"[\w']+", sample.lower())
        hits = {lang: sum(w in stop for w in words) for lang, stop in _FUNCTION_WORDS.items()}
        lang = max(hits, key=hits.get)
        if hits[lang] >= max(1, 0.15 * len(words)):
            return lang
    raise UnsupportedLanguage(source, best)


def source_from_text(text: str, source: str = "<text>", **meta) -> Source:
    return Source(text=clean_text(text), source=source, meta={k: v for k, v in meta.items() if v is not None})


def _html_to_text(html: str, source: str) -> tuple[str, dict]:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    meta = {}
    try:
        metadata = trafilatura.extract_metadata(html)
        if metadata is not None:
            meta = {k: v for k, v in {"title": metadata.title, "url": metadata.url, "date": metadata.date}.items() if v}
    except Exception:  # metadata is a bonus; the text is what matters
        meta = {}
    if not text or not text.strip():
        raise EmptyDocument(source)
    return text, meta


def _read_file(path: Path) -> Iterator[Source | DocumentError]:
    source = source_name(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield UnsupportedFormat(source, suffix or "(no extension)", list(SUFFIXES))
        return
    try:
        size = path.stat().st_size
        if suffix != ".jsonl" and size > MAX_DOCUMENT_BYTES:
            yield _too_large(source, size)
            return
        data = path.read_bytes()
    except OSError as err:
        yield UnreadableDocument(source, f"cannot read: {err.strerror or err}")
        return
    if not data.strip():
        yield EmptyDocument(source)
        return
    try:
        text = decode(data, source)
    except DocumentError as err:
        yield err
        return
    if suffix == ".jsonl":
        yield from _read_jsonl(text, source)
        return
    meta: dict = {}
    if suffix in (".html", ".htm"):
        try:
            text, meta = _html_to_text(text, source)
        except DocumentError as err:
            yield err
            return
    if not text.strip():
        yield EmptyDocument(source)
        return
    yield Source(text=text, source=source, meta=meta)


def jsonl_records(text: str, source: str) -> Iterator[tuple[int, str, dict | None, str]]:
    """(line number, "file:line", record or None, error) for each non-blank line of a .jsonl text.

    >>> [(n, r, e) for n, _, r, e in jsonl_records('{"a": 1}\\n\\n[', "f")]
    [(1, {'a': 1}, ''), (3, None, 'not a JSON object (Expecting value)')]
    """
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield number, f"{source}:{number}", None, f"not a JSON object ({err.msg})"
            continue
        if not isinstance(record, dict):
            yield number, f"{source}:{number}", None, "not a JSON object"
            continue
        yield number, f"{source}:{number}", record, ""


def _read_jsonl(text: str, source: str) -> Iterator[Source | DocumentError]:
    for _, where, record, error in jsonl_records(text, source):
        if record is None:
            yield UnreadableDocument(where, error)
            continue
        if not isinstance(record.get("text"), str):
            yield UnreadableDocument(where, "a .jsonl line needs a \"text\" string")
            continue
        if not record["text"].strip():
            yield EmptyDocument(where)
            continue
        text = clean_text(record["text"])
        size = len(text.encode("utf-8"))
        if size > MAX_DOCUMENT_BYTES:
            yield _too_large(where, size)
            continue
        meta = {k: clean_text(str(record[k])) for k in ("title", "url", "date") if record.get(k)}
        yield Source(text=text, source=where, meta=meta)


def _too_large(source: str, size: int) -> DocumentError:
    return UnreadableDocument(
        source, f"too large ({size / 1e6:.1f} MB); kg reads documents up to {MAX_DOCUMENT_BYTES / 1e6:.0f} MB: split it into articles"
    )


def is_gold_file(path: Path) -> bool:
    """Gold files (gold.jsonl, *.gold.jsonl) sit beside articles but are not articles.

    >>> is_gold_file(Path("examples/gold.jsonl")), is_gold_file(Path("news.jsonl"))
    (True, False)
    """
    name = path.name.lower()
    return name == "gold.jsonl" or name.endswith(".gold.jsonl")


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | DocumentError]:
    """Files named, and the readable files inside folders named, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)):
                if child.suffix.lower() in SUFFIXES and not is_gold_file(child):
                    yield child
        elif path.is_file():
            yield path
        else:
            yield UnreadableDocument(source_name(path), "no such file or folder")


def read_sources(paths: Iterable[str | Path]) -> Iterator[Source | DocumentError]:
    """Every document under `paths`, or the error that stands in its place."""
    for item in iter_files(paths):
        if isinstance(item, DocumentError):
            yield item
        else:
            yield from _read_file(item)
