"""Bad input gets one clear line naming the file; the rest of the batch goes on."""

import json

import pytest

from kg.documents import decode, detect_language, read_sources
from kg.errors import DocumentError, UnsupportedLanguage


def read(paths):
    return list(read_sources(paths))


def test_bad_files_each_give_one_named_error(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (tmp_path / "latin1.txt").write_bytes("Société générale".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Meta a investi dans Scale AI.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    items = read([tmp_path, tmp_path / "missing.txt", tmp_path / "image.png"])
    errors = {e.source.rsplit("/", 1)[-1]: str(e) for e in items if isinstance(e, DocumentError)}
    good = [s for s in items if not isinstance(s, DocumentError)]
    assert [s.text for s in good] == ["Meta a investi dans Scale AI."]
    assert "empty" in errors["empty.txt"]
    assert "binary" in errors["binary.txt"]
    assert "UTF-8" in errors["latin1.txt"]
    assert "no such file" in errors["missing.txt"]
    assert "cannot read '.png'" in errors["image.png"]
    assert all("\n" not in message for message in errors.values())


def test_utf16_bom_and_crlf_are_read():
    assert decode("Meta\r\na investi".encode("utf-16"), "x") == "Meta\na investi"
    assert decode(b"\xef\xbb\xbfMeta\r\n", "x") == "Meta\n"


def test_jsonl_keeps_metadata_and_names_bad_lines(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"text": "Google rachète Wiz.", "title": "Wiz", "url": "https://example.org/wiz", "date": "2025-03-18"}),
        "{not json",
        json.dumps({"title": "no text"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = read([path])
    assert items[0].meta == {"title": "Wiz", "url": "https://example.org/wiz", "date": "2025-03-18"}
    assert isinstance(items[1], DocumentError) and items[1].source.endswith("news.jsonl:2")
    assert isinstance(items[2], DocumentError) and "text" in items[2].reason


def test_html_main_text_is_taken_out(tmp_path):
    page = tmp_path / "a.html"
    body = "<p>Google a accepté de racheter la start-up Wiz pour 32 milliards de dollars, a annoncé le groupe mardi.</p>" * 3
    page.write_text(f"<html><head><title>Wiz</title><script>alert(1)</script></head><body><nav>Menu</nav><article>{body}</article></body></html>")
    (src,) = read([page])
    assert "racheter la start-up Wiz" in src.text and "alert" not in src.text


def test_gold_files_are_skipped_in_folders(tmp_path):
    (tmp_path / "a.txt").write_text("Meta a investi dans Scale AI.")
    (tmp_path / "gold.jsonl").write_text(json.dumps({"doc": "a.txt", "relations": []}))
    assert [s.source.rsplit("/", 1)[-1] for s in read([tmp_path])] == ["a.txt"]


@pytest.mark.parametrize(
    "text, lang",
    [("OpenAI a confirmé qu'elle poursuivrait sa collaboration avec Scale AI.", "fr"),
     ("Google agreed to buy Wiz for 32 billion dollars.", "en"),
     ("Meta a investi dans Scale AI.", "fr")],
)
def test_language_detection(text, lang):
    assert detect_language(text, "x") == lang


@pytest.mark.parametrize("text, name", [("Die Firma hat einen neuen Chef und will wachsen.", "German"), ("谷歌同意以320亿美元收购网络安全公司", "Chinese")])
def test_other_languages_are_refused_by_name(text, name):
    with pytest.raises(UnsupportedLanguage, match=name):
        detect_language(text, "x.txt")
