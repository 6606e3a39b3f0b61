"""Every fault of the README's table: what `kg build` says and leaves behind.

Faults found while reading stop the build before anything is written, so these
tests run `kg build` in-process (no Kiwi model is loaded for them); the
subprocess path is covered by test_cli.py and test_kill.py.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.cli import main
from kg.ingest import _SIGNATURES, InputError, decode, read_paths

from .conftest import DATA

FAULTS = DATA / "faults"
PREVIOUS = b"previous build\n"


def _symlink(tmp: Path) -> Path:
    link = tmp / "gone.txt"
    link.symlink_to(tmp / "deleted.txt")
    return link


def _fifo(tmp: Path) -> Path:
    fifo = tmp / "pipe.txt"
    os.mkfifo(fifo)
    return fifo


def _folder(tmp: Path) -> Path:
    folder = tmp / "pictures"
    folder.mkdir()
    (folder / "a.png").write_bytes(b"\x89PNG")
    return folder


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        (tmp / name).write_bytes(data)
        return tmp / name
    return make


def _fixture(name: str) -> Callable[[Path], Path]:
    return lambda _tmp: FAULTS / name


def _sparse(name: str, size: int) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        with (tmp / name).open("wb") as fh:
            fh.truncate(size)
        return tmp / name
    return make


def _jsonl(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


GOOD = json.dumps({"id": "ok", "text": "삼성전자는 시안에 공장을 지었다."}, ensure_ascii=False)

# id -> (make the input, words the one-line message holds)
REFUSED: dict[str, tuple[Callable[[Path], Path], str]] = {
    "missing": (lambda tmp: tmp / "no-such-file.txt", "no such file or folder"),
    "broken-symlink": (_symlink, "broken symbolic link"),
    "fifo": (_fifo, "not a regular file"),
    "device": (lambda _tmp: Path("/dev/zero"), "not a regular file"),
    "folder-without-articles": (_folder, "folder holds no"),
    "empty": (_write("empty.txt", b""), "the file is empty"),
    "blank": (_write("blank.md", b" \r\n\t\n"), "the file is empty"),
    "utf16-bom-only": (_write("bom.txt", b"\xff\xfe"), "the file is empty"),
    "pdf-renamed": (_fixture("pdf-renamed.txt"), "binary file, not text (a PDF document)"),
    "zip-renamed": (_fixture("zip-renamed.txt"), "binary file, not text (a ZIP archive"),
    "png-renamed": (_fixture("png-renamed.txt"), "binary file, not text (a PNG image)"),
    "nul-bytes": (_write("nul.txt", "한중\x00\x00\x01".encode()), "binary file, not text (NUL"),
    "control-chars": (_write("ctl.txt", bytes(range(1, 9)) * 30 + "한중".encode()),
                      "control characters"),
    "random-high-bytes": (_fixture("random-high-bytes.txt"), "cannot decode the bytes: not UTF-8"),
    "cp1251-not-guessed": (_fixture("cyrillic-cp1251.txt"),
                           "the best guess, cp1251, gives no Korean or Chinese text"),
    "no-hangul-or-han": (_fixture("english.txt"), "no Hangul or Han characters"),
    "bad-utf16-after-bom": (_write("half.txt", b"\xff\xfe\x00\xd8"), "byte-order mark but byte"),
    "chrome-only": (_write("chrome.txt", "본문 바로가기\n목록\n".encode()), "no article text"),
    "50mb-article": (_sparse("huge.txt", 50_000_000),
                     "file of 50.0 MB is over the limit of 16 MB for one article"),
    "jsonl-broken-line": (_fixture("broken-line-3.jsonl"), "line 3: not JSON"),
    "jsonl-not-object": (_write("list.jsonl", _jsonl(GOOD, "[1, 2]")),
                         "line 2: needs an object with a 'text' string"),
    "jsonl-bad-field": (_write("title.jsonl", _jsonl('{"text": "한중", "title": 3}')),
                        "line 1: 'title' must be a string"),
    "jsonl-bad-date": (_write("date.jsonl", _jsonl('{"text": "한중 협력", "date": "2020-13-45"}')),
                       "line 1: date '2020-13-45' is not a date"),
    "jsonl-deep-nesting": (_write("deep.jsonl", ("[" * 100_000).encode()),
                           "line 1: not JSON we can read (RecursionError)"),
    "jsonl-utf16": (_write("u16.jsonl", GOOD.encode("utf-16")), "JSON Lines must be UTF-8"),
    "jsonl-undecodable-line": (_write("latin.jsonl", b'{"text": "\xe9t\xe9"}\n'),
                               "line 1: not UTF-8 or CP949/EUC-KR"),
    "jsonl-no-hangul": (_write("en.jsonl", _jsonl('{"text": "only English"}')),
                        "line 1: no Hangul or Han characters"),
    "jsonl-only-blank-lines": (_write("blank.jsonl", b"\n\n  \n"), "the file is empty"),
}


@pytest.mark.parametrize("case", sorted(REFUSED), ids=sorted(REFUSED))
def test_refused_with_one_line_and_outputs_untouched(
        tmp_path: Path, capsys: pytest.CaptureFixture, case: str) -> None:
    make, words = REFUSED[case]
    path = make(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_bytes(PREVIOUS)
    assert main(["build", str(path), "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith(f"kg: error: {path}") and words in err[0], err[0]
    assert [p.name for p in out.iterdir()] == ["graph.ttl"]
    assert (out / "graph.ttl").read_bytes() == PREVIOUS


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture) -> None:
    # as root a mode of 000 does not stop reading, so the refusal is faked
    f = tmp_path / "secret.txt"
    f.write_text("한중 협력", encoding="utf-8")
    real_open = Path.open

    def refuse(self: Path, *args: object, **kwargs: object):  # noqa: ANN202
        if self == f:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    assert main(["build", str(f), "-o", str(tmp_path / "out")]) == 1
    assert capsys.readouterr().err == f"kg: error: {f}: cannot read (Permission denied)\n"
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file of mode 000")
def test_unreadable_file_for_real(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    f = tmp_path / "secret.txt"
    f.write_text("한중 협력", encoding="utf-8")
    f.chmod(0)
    assert main(["build", str(f), "-o", str(tmp_path / "out")]) == 1
    assert "cannot read (Permission denied)" in capsys.readouterr().err


@pytest.mark.parametrize(("magic", "kind"), _SIGNATURES, ids=[k for _m, k in _SIGNATURES])
def test_every_known_binary_format_is_named(magic: bytes, kind: str) -> None:
    with pytest.raises(InputError, match=f"binary file, not text \\({re.escape(kind)}\\)"):
        decode(magic + "한중 협력 기사".encode() * 20, "x.txt")


def test_bzip2_and_riff_files_are_named() -> None:
    for raw, kind in ((b"BZh91AY&SY\x12\x34", "a bzip2 file"),
                      (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "a WebP image")):
        with pytest.raises(InputError, match=kind):
            decode(raw + "한중".encode(), "x.txt")


def test_text_that_starts_like_a_format_name_is_still_text() -> None:
    for text in ("MZ 세대의 소비", "BZh9 표기", "PK 상태", "GIF 파일", "7z 압축"):
        assert decode(text.encode(), "x.txt") == text


REFERENCE = read_paths([FAULTS / "cp949.txt"])[0]


@pytest.mark.parametrize("name", ["cp949.txt", "euc-kr.txt", "utf-16-le-bom.txt",
                                  "utf-16-be-bom.txt", "mixed-line-endings.txt",
                                  "script-style.html"],
                         ids=["cp949", "euc-kr", "utf16-le-bom", "utf16-be-bom",
                              "mixed-line-endings", "html-script-style"])
def test_decoded_to_the_same_article(name: str) -> None:
    (art,) = read_paths([FAULTS / name])
    assert (art.title, art.date, art.publisher) == ("한중 배터리 협력 확대", "2016-03-02", "KIEP")
    assert art.text == REFERENCE.text
    assert "\r" not in art.text


def test_html_drops_script_style_and_noscript() -> None:
    (art,) = read_paths([FAULTS / "script-style.html"])
    for hidden in ("스타일", "스크립트", "injected", "document.write", "자바스크립트"):
        assert hidden not in art.text and hidden not in art.title


def test_utf32_with_a_bom(tmp_path: Path) -> None:
    f = tmp_path / "u32.txt"
    f.write_bytes((FAULTS / "cp949.txt").read_bytes().decode("cp949").encode("utf-32"))
    assert read_paths([f])[0].text == REFERENCE.text


def test_random_bytes_read_as_cp949_are_not_korean(tmp_path: Path) -> None:
    # 16 random bytes that are valid CP949: 졶쳶盖뱄洵蕉截날, rare syllables no one writes
    f = tmp_path / "r.txt"
    raw = bytes.fromhex("a0dfab99cbccb9efe2e7f5afefb8b3af")
    assert raw.decode("cp949") == "졶쳶盖뱄洵蕉截날"
    f.write_bytes(raw)
    with pytest.raises(InputError, match="the best guess, cp949, gives no Korean or Chinese"):
        read_paths([f])


def test_control_characters_and_lone_surrogates_are_cleaned(tmp_path: Path) -> None:
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"id": "c", "title": "제목\u0000\n둘",
                             "text": "삼성\u0007전자\ufeff는 \ud800시안에 공장을 지었다."}) + "\n",
                 encoding="utf-8")
    (art,) = read_paths([f])
    assert art.title == "제목 둘"
    assert art.text == "제목 둘\n\n삼성전자는 \ufffd시안에 공장을 지었다."
    art.text.encode("utf-8")  # no lone surrogate left


def test_jsonl_line_with_a_unicode_line_separator_is_one_line(tmp_path: Path) -> None:
    f = tmp_path / "sep.jsonl"
    f.write_text(json.dumps({"id": "s", "text": "한중\u2028협력\u0085확대"}, ensure_ascii=False)
                 + "\r\n" + GOOD + "\n", encoding="utf-8")
    assert [a.id for a in read_paths([f])] == ["ok", "s"]


def test_a_date_line_that_is_no_date_is_not_the_date(tmp_path: Path) -> None:
    f = tmp_path / "d.txt"
    f.write_text("제목\n\nCSF 2015-13-45\n\n한중 협력을 확대한다.\n", encoding="utf-8")
    assert read_paths([f])[0].date == ""


def test_article_text_over_the_limit(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    f = tmp_path / "long.txt"
    f.write_text("제목\n\n" + "한중 협력을 확대한다. " * 200, encoding="utf-8")
    assert main(["build", str(f), "--max-article-mb", "0.003", "-o", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"kg: error: {f}: article text of 6.") and \
        "over the limit of 3 KB for one article (--max-article-mb)" in err


def test_50mb_jsonl_line_is_refused_and_the_others_kept(tmp_path: Path) -> None:
    f = tmp_path / "dump.jsonl"
    with f.open("wb") as fh:
        fh.write(GOOD.encode() + b"\n")
        fh.write(b'{"id": "big", "text": "' + "가".encode() * 16_700_000 + b'"}\n')
        fh.write(json.dumps({"id": "z", "text": "LG화학은 난징에 공장을 지었다."}).encode() + b"\n")
    errors: list[InputError] = []
    assert [a.id for a in read_paths([f], errors=errors)] == ["ok", "z"]
    assert [str(e) for e in errors] == [
        f"{f}: line 2: 50.1 MB is over the limit of 16 MB for one article "
        "(8 x --max-article-mb 2)"]
    with pytest.raises(InputError, match="line 2: 50.1 MB"):
        read_paths([f])


def test_duplicate_ids_keep_the_first_path_whatever_the_order(tmp_path: Path) -> None:
    a, b = tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt"
    for p, body in ((a, "한국 기업"), (b, "중국 기업")):
        p.parent.mkdir()
        p.write_text(f"제목\n\n{body}", encoding="utf-8")
    for order in ([a, b], [b, a]):
        errors: list[InputError] = []
        (art,) = read_paths(order, errors=errors)
        assert art.path == str(a)
        assert [e.path for e in errors] == [str(b)]


# ------------------------------------------------------------------ many inputs


def _inputs(tmp: Path) -> list[str]:
    good = tmp / "good.txt"
    good.write_text("한중 협력\n\n2020-01-02\n\nLG화학은 난징(南京)에 공장을 지었다.\n",
                    encoding="utf-8")
    return [str(good), str(FAULTS / "broken-line-3.jsonl"), str(FAULTS / "pdf-renamed.txt"),
            str(tmp / "missing.txt")]


def test_first_fault_stops_the_build_before_anything_is_written(
        tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "out"
    assert main(["build", *_inputs(tmp_path), "-o", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [f"kg: error: {FAULTS / 'broken-line-3.jsonl'}: line 3: not JSON "
                   "(Unterminated string starting, column 22)"]
    assert not out.exists()


def test_keep_going_builds_the_rest_and_exits_1(tmp_path: Path,
                                                capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "out"
    assert main(["build", *_inputs(tmp_path), "-k", "-o", str(out), "--formats", "turtle"]) == 1
    cap = capsys.readouterr()
    err = cap.err.splitlines()
    assert err[:3] == [
        f"kg: error: {FAULTS / 'broken-line-3.jsonl'}: line 3: not JSON "
        "(Unterminated string starting, column 22)",
        f"kg: error: {FAULTS / 'pdf-renamed.txt'}: binary file, not text (a PDF document)",
        f"kg: error: {tmp_path / 'missing.txt'}: no such file or folder"]
    assert err[-1] == ("kg: 3 input fault(s) skipped (--keep-going); "
                       "built the other 4 article(s)")
    assert cap.out.startswith("4 article(s): ")
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    for art in ("article/good", "article/j1", "article/j2", "article/j4"):
        assert art in ttl
    assert "article/j3" not in ttl


def test_keep_going_with_nothing_left(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "out"
    assert main(["build", str(FAULTS / "english.txt"), str(tmp_path / "x.txt"), "-k",
                 "-o", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3 and err[-1] == ("kg: error: no article to build (2 input faults); "
                                         "nothing written")
    assert not out.exists()


def test_an_article_without_entities_is_named_in_a_warning(
        tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = FAULTS / "no-entity.txt"
    assert main(["build", str(path), str(DATA / "dev-belarus-park-2019.txt"),
                 "--formats", "turtle", "-o", str(tmp_path)]) == 0
    assert capsys.readouterr().err == \
        f"kg: warning: {path}: no entity found in article 'no-entity'\n"


# ------------------------------------------------------------------ outputs


def test_output_folder_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "out"
    out.write_bytes(PREVIOUS)
    assert main(["build", str(FAULTS / "cp949.txt"), "-o", str(out), "--formats", "nt"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith(f"kg: error: {out}: cannot write the outputs")
    assert out.read_bytes() == PREVIOUS


def test_an_output_that_is_a_folder_replaces_nothing(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "graph.ttl").write_bytes(PREVIOUS)
    (tmp_path / "graph.nt").mkdir()
    assert main(["build", str(FAULTS / "cp949.txt"), "-o", str(tmp_path),
                 "--formats", "turtle,nt"]) == 1
    assert "graph.nt: cannot write the outputs (not a regular file)" in capsys.readouterr().err
    assert (tmp_path / "graph.ttl").read_bytes() == PREVIOUS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nt", "graph.ttl"]


def test_two_builds_into_one_folder(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_bytes(PREVIOUS)
    fd = os.open(out, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # what a running build holds
        assert main(["build", str(FAULTS / "cp949.txt"), "-o", str(out),
                     "--formats", "turtle"]) == 1
    finally:
        os.close(fd)
    assert capsys.readouterr().err == (f"kg: error: {out}: cannot write the outputs (another "
                                       "kg build is writing there); nothing replaced\n")
    assert (out / "graph.ttl").read_bytes() == PREVIOUS
    assert [p.name for p in out.iterdir()] == ["graph.ttl"]


@pytest.mark.parametrize(("option", "value", "words"), [
    ("--formats", "turtle,yaml", "unknown format 'yaml'"),
    ("--base", "https://example.org/id", "is not an absolute IRI ending in / or #"),
    ("--base", "https://example.org/<x>/", "is not an absolute IRI ending in / or #"),
    ("--max-article-mb", "0", "--max-article-mb must be above 0"),
], ids=["format", "base-without-slash", "base-with-brackets", "limit-zero"])
def test_bad_options_exit_2_before_reading(tmp_path: Path, capsys: pytest.CaptureFixture,
                                           option: str, value: str, words: str) -> None:
    out = tmp_path / "out"
    assert main(["build", str(FAULTS / "cp949.txt"), option, value, "-o", str(out)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and words in err[0]
    assert not out.exists()


def test_outputs_keep_the_umask_mode(tmp_path: Path) -> None:
    assert main(["build", str(FAULTS / "cp949.txt"), "-o", str(tmp_path),
                 "--formats", "turtle"]) == 0
    mode = stat.S_IMODE((tmp_path / "graph.ttl").stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_jsonl_title_is_in_the_text_once(tmp_path: Path) -> None:
    f = tmp_path / "t.jsonl"
    row = {"id": "t", "title": "제목 하나", "text": "삼성전자는 시안에 공장을 지었다."}
    f.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    assert read_paths([f])[0].text == "제목 하나\n\n삼성전자는 시안에 공장을 지었다."
