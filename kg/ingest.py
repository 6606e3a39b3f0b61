"""Files, folders and JSON Lines -> :class:`~kg.records.Article`.

Text is decoded (UTF-8, a UTF-16/32 byte-order mark, CP949/EUC-KR, else what
charset-normalizer finds, if that is Korean or Chinese text), NFC-normalised,
cleaned of control characters, stripped of web-page chrome (skip links, menus,
the section banner, ``목록``), and its title, date line (``CSF 2015-07-16``) and
source line (``출처: 2015.7.14/광명망(光明網), …``) become metadata.

Every fault is an :class:`InputError` naming the file (and the JSON line) and
the problem. :func:`read_paths` raises the first one, or, given a list to
collect them in, reads every other input and line (``kg build --keep-going``).
"""

from __future__ import annotations

import codecs
import datetime
import hashlib
import json
import logging
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from kg.records import Article

logger = logging.getLogger(__name__)

SUFFIXES = {".txt", ".md", ".html", ".htm", ".jsonl"}

MAX_ARTICLE_BYTES = 2_000_000
"""Default limit on one article's text, in bytes of UTF-8 (a long news article is 50 KB)."""
FILE_FACTOR = 8
"""A file (or JSON line) may be this many times its article's limit (markup, escapes)."""

# Formats a scraper saves that are not text, by their first bytes: none of them
# can start a text (no "MZ", which starts "MZ 세대"; executables have NULs anyway).
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx, .xlsx, .hwpx)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE2 compound file (.hwp, .doc, .xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip file"),
    (b"\xfd7zXZ\x00", "an xz file"),
    (b"(\xb5/\xfd", "a zstd file"),
    (b"7z\xbc\xaf'\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_RIFF = {b"WEBP": "a WebP image", b"WAVE": "a WAV sound", b"AVI ": "an AVI video"}

# UTF-32 before UTF-16: FF FE 00 00 starts both
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)

# Hangul (syllables, jamo, compatibility jamo) and Han (CJK ideographs, extensions A-G)
_LETTER = re.compile(
    "[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\ud7b0-\ud7ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"
)
# control characters that are not line or word breaks, and the two non-characters
# XML forbids; str.split() already treats \v \f \x1c-\x1f \x85 as spaces
_JUNK = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ufffe\uffff\ufeff\u200b]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_ISO_DATE = re.compile(r"^((?:1[89]|20)\d\d)[-./](\d{1,2})[-./](\d{1,2})")

# Navigation lines of saved web pages.
_NAV = re.compile(
    r"^(?:.*(?:바로가기|건너뛰기)|목록|이전글|다음글|인쇄|프린트|공유하기|스크랩|top|TOP|"
    r"글자\s*크기.*|홈|HOME|로그인|회원가입|사이트맵|검색|메뉴|전체메뉴|닫기|"
    # a weather box: "서울 20.3℃ 맑음", "• 부산 18.2℃구름많음"
    r"(?:[•·*\-]\s*)?[가-힣]{2,6}\s*-?\d{1,2}(?:\.\d+)?\s*(?:℃|°C?)\s*[가-힣]{0,6})$"
)
_DATE_LINE = re.compile(
    r"^(?:(?P<pub>[A-Za-z][\w&.\- ]{0,30}|[가-힣]{2,12})\s+)?"
    r"(?P<y>(?:19|20)\d\d)[-./년]\s*(?P<m>\d{1,2})[-./월]\s*(?P<d>\d{1,2})\.?일?$"
)
_SOURCE_LINE = re.compile(r"^\s*(?:출처|자료|자료원|원문|Source)\s*[:：]\s*(?P<body>.+)$", re.I)
_SOURCE_DATE = re.compile(r"^((?:19|20)\d\d)[./-](\d{1,2})[./-](\d{1,2})\.?$")
_EDIT_NOTE = re.compile(r"^(?:편집문|편집|종합|재구성|정리|번역|요약|발췌)$")


class InputError(Exception):
    """Bad input: one line naming the file and the problem."""

    def __init__(self, path: str | Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


class _TextOfHTML(HTMLParser):
    _BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
              "article", "header", "footer", "table", "ul", "ol", "dd", "dt", "title"}
    _SKIP = {"script", "style", "noscript", "nav", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:  # noqa: ARG002
        if tag in self._SKIP:
            self.skip += 1
        if tag == "title":
            self._in_title = True
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self.skip:
            self.skip -= 1
        if tag == "title":
            self._in_title = False
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self.skip:
            self.parts.append(data)


def _mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n / 1e3:.1f} KB"


def _limit(n: int) -> str:
    return f"{n / 1e6:g} MB" if n >= 100_000 else f"{n / 1e3:g} KB"


def binary_kind(raw: bytes) -> str:
    """What a non-text file is, from its first bytes ('' when it may be text).

    >>> binary_kind(b"%PDF-1.7 ...")
    'a PDF document'
    """
    for magic, kind in _SIGNATURES:
        if raw.startswith(magic):
            return kind
    if raw.startswith(b"RIFF") and raw[8:12] in _RIFF:
        return _RIFF[raw[8:12]]
    if re.match(rb"BZh[1-9]1AY&SY", raw):
        return "a bzip2 file"
    if b"\x00" in raw[:4096]:
        return "NUL bytes"
    return ""


@lru_cache(maxsize=65536)
def _common(ch: str) -> bool:
    """``ch`` is in KS X 1001, GB 2312 or Big5, the character sets of everyday text."""
    for enc in ("euc-kr", "gb2312", "big5"):
        try:
            # two bytes: Python's EUC-KR spells the other syllables in 8 (KS X 1001 annex 3)
            return len(ch.encode(enc)) == 2
        except UnicodeEncodeError:
            continue
    return False


def _korean_or_chinese(text: str) -> bool:
    """The text has Hangul or Han, and nine in ten of them are everyday characters.

    Random bytes read as CP949 or GB18030 give Hangul and Han too, but mostly
    rare ones; real text in those encodings keeps to the common sets.
    """
    letters = _LETTER.findall(text, 0, 400_000)[:20_000]
    return bool(letters) and sum(map(_common, letters)) >= 0.9 * len(letters)


def _checked(text: str, encoding: str, path: str | Path) -> str:
    if not text.strip():
        raise InputError(path, "the file is empty")
    bad = len(_CONTROL.findall(text))
    if bad > 0.02 * len(text):
        raise InputError(path, f"cannot decode the bytes: as {encoding} they give "
                         f"{bad} control characters, not text")
    return text


def decode(raw: bytes, path: str | Path) -> str:
    """Decode the bytes of a text file, or raise :class:`InputError` saying why not.

    UTF-8, UTF-16/32 with a byte-order mark, CP949/EUC-KR; else the charset
    charset-normalizer finds, but only if it reads as Korean or Chinese text:
    a guess such as cp1251 would turn random bytes into ``яюъыЂЃ``.

    >>> decode("한중 협력".encode("cp949"), "x.txt")
    '한중 협력'
    >>> decode("\ufeff한중".encode("utf-16-le"), "x.txt")
    '한중'
    """
    if not raw.strip():
        raise InputError(path, "the file is empty")
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            try:
                return _checked(raw.decode(enc), enc, path)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"cannot decode the bytes: they start with a {enc} "
                                 f"byte-order mark but byte {exc.start} is not {enc}") from exc
    kind = binary_kind(raw)
    if kind:
        raise InputError(path, f"binary file, not text ({kind})")
    try:
        return _checked(raw.decode("utf-8"), "utf-8", path)
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp949")
        if _korean_or_chinese(text):
            return _checked(text, "cp949", path)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is not None and best.encoding and _korean_or_chinese(str(best)):
        return _checked(str(best), best.encoding, path)
    guess = f"; the best guess, {best.encoding}, gives no Korean or Chinese text" \
        if best is not None and best.encoding else ""
    raise InputError(path, "cannot decode the bytes: not UTF-8, UTF-16 with a byte-order "
                     f"mark or CP949/EUC-KR{guess}")


# the middle dots of lists written with other code points (‧ ∙ ・ ･): one "·" for all, so
# "옌타이시‧장쑤성" parts as "옌타이시·장쑤성" does
_MIDDLE_DOTS = str.maketrans({"\u2027": "\u00b7", "\u2219": "\u00b7", "\u30fb": "\u00b7",
                              "\uff65": "\u00b7"})


def clean(text: str) -> str:
    """``text`` NFC-normalised, without control characters, stray BOMs or lone surrogates,
    its middle dots one.

    >>> clean("a\\x00b\\ud800c\\ufeff")
    'ab\ufffdc'
    >>> clean("옌타이시\u2027장쑤성")
    '옌타이시·장쑤성'
    """
    text = _SURROGATE.sub("\ufffd", text)
    return unicodedata.normalize("NFC", _JUNK.sub("", text)).translate(_MIDDLE_DOTS)


def clean_line(text: str) -> str:
    """:func:`clean`, and every run of whitespace (line breaks too) one space."""
    return " ".join(clean(text).split())


def iso_date(text: str) -> str:
    """``YYYY-MM-DD`` of a date written ``2020-1-2``, ``2020.01.02`` or ISO with a time; else ''.

    >>> iso_date("2020.1.2"), iso_date("2020-01-02T09:30:00+09:00"), iso_date("2020-13-45")
    ('2020-01-02', '2020-01-02', '')
    """
    m = _ISO_DATE.match(text.strip())
    if not m:
        return ""
    try:
        return datetime.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return ""


def _clean_lines(text: str) -> list[str]:
    text = clean(text).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return [" ".join(line.split()) for line in text.split("\n")]


def parse_text(text: str, article_id: str, path: str = "", title: str = "", date: str = "",
               fallback_title: str = "") -> Article:
    """Turn page text into an :class:`Article` (chrome dropped, metadata read).

    >>> page = "본문 바로가기\\n\\n제목\\n\\nCSF 2015-07-16\\n\\n- 본문.\\n\\n목록"
    >>> a = parse_text(page, "a")
    >>> (a.title, a.date, a.publisher, a.text)
    ('제목', '2015-07-16', 'CSF', '제목\\n\\n- 본문.')
    """
    lines = _clean_lines(text)
    kept = [(i, ln) for i, ln in enumerate(lines) if ln and not _NAV.match(ln)]
    publisher = ""
    body_from = 0
    for pos, (_i, ln) in enumerate(kept[:40]):
        m = _DATE_LINE.match(ln)
        if m and iso_date(f"{m['y']}-{m['m']}-{m['d']}"):
            date = date or iso_date(f"{m['y']}-{m['m']}-{m['d']}")
            publisher = (m["pub"] or "").strip()
            if pos > 0 and not title:
                title = kept[pos - 1][1]
            body_from = pos + 1
            break
    body = kept[body_from:]
    if not title and fallback_title and not body_from:
        title = fallback_title
    if not title and body:
        title = body[0][1]
        body = body[1:]
    sources: list[str] = []
    source_date = ""
    out_lines: list[str] = [title] if title else []
    for _i, ln in body:
        m = _SOURCE_LINE.match(ln)
        if m:
            for part in re.split(r"\s*/\s*", m["body"]):
                dm = _SOURCE_DATE.match(part.strip())
                if dm and iso_date(part.strip()):
                    source_date = f"{dm[1]}-{int(dm[2]):02d}-{int(dm[3]):02d}"
                    continue
                if _EDIT_NOTE.match(part.strip()):
                    continue
                for name in re.split(r"\s*[,，、]\s*(?![^()]*\))", part):
                    name = name.strip()
                    if name and not _EDIT_NOTE.match(name):
                        sources.append(name)
        out_lines.append(ln)
    # paragraphs are separated by blank lines so that each line is split on its own
    body_text = "\n\n".join(out_lines).strip()
    if not body_text or len(body_text) < 2:
        raise InputError(path or article_id, "no article text after removing page chrome")
    if not _LETTER.search(body_text):
        raise InputError(path or article_id, "no Hangul or Han characters in the text: "
                         "not a Korean or Chinese article")
    return Article(
        id=article_id,
        text=body_text,
        title=title,
        date=date,
        publisher=publisher,
        sources=sources,
        source_date=source_date,
        path=path,
        content_hash=hashlib.sha256(body_text.encode("utf-8")).hexdigest(),
    )


def _slug(stem: str) -> str:
    slug = re.sub(r"[^\w\-.]+", "-", unicodedata.normalize("NFC", stem)).strip("-.")
    return slug or "article"


def _check_size(text: str, where: str | Path, max_article_bytes: int) -> None:
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_article_bytes:
        raise InputError(where, f"article text of {_mb(size)} is over the limit of "
                         f"{_limit(max_article_bytes)} for one article (--max-article-mb)")


def _regular_file(p: Path) -> os.stat_result:
    try:
        st = p.stat()
    except FileNotFoundError as exc:
        problem = "broken symbolic link" if p.is_symlink() else "no such file or folder"
        raise InputError(p, problem) from exc
    except OSError as exc:
        raise InputError(p, f"cannot read ({exc.strerror})") from exc
    if stat.S_ISDIR(st.st_mode):
        raise InputError(p, "is a folder; use read_paths")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(p, "not a regular file (a pipe, socket or device)")
    return st


def read_file(path: str | Path, max_article_bytes: int = MAX_ARTICLE_BYTES,
              errors: list[InputError] | None = None) -> list[Article]:
    """Read one file: ``.txt``/``.md``/``.html`` gives one article, ``.jsonl`` one a line.

    Args:
        path: the file.
        max_article_bytes: limit on one article's text; a file may be
            :data:`FILE_FACTOR` times as large.
        errors: for a ``.jsonl`` file, where bad lines go (the others are read);
            without it the first bad line raises.

    Raises:
        InputError: the file cannot be read as articles.
    """
    p = Path(path)
    st = _regular_file(p)
    if p.suffix.lower() == ".jsonl":
        return _read_jsonl(p, max_article_bytes, errors)
    limit = FILE_FACTOR * max_article_bytes
    if st.st_size > limit:
        raise InputError(p, f"file of {_mb(st.st_size)} is over the limit of {_limit(limit)} "
                         f"for one article ({FILE_FACTOR} x --max-article-mb "
                         f"{max_article_bytes / 1e6:g})")
    try:
        with p.open("rb") as fh:
            raw = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(p, f"cannot read ({exc.strerror})") from exc
    if len(raw) > limit:
        raise InputError(p, f"file grew past the limit of {_limit(limit)} while read")
    text = decode(raw, p)
    suffix = p.suffix.lower()
    title = ""
    if suffix in {".html", ".htm"}:
        parser = _TextOfHTML()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
        title = clean_line(parser.title)
    elif suffix == ".md":
        text = re.sub(r"^#{1,6}\s*", "", text, flags=re.M)
        text = re.sub(r"[*_`]{1,3}([^*_`\n]+)[*_`]{1,3}", r"\1", text)
    _check_size(text, p, max_article_bytes)
    return [parse_text(text, _slug(p.stem), str(p), fallback_title=title)]


def _read_jsonl(path: Path, max_article_bytes: int,
                errors: list[InputError] | None) -> list[Article]:
    """One article a line, read line by line: memory is bounded by the longest line."""
    limit = FILE_FACTOR * max_article_bytes
    arts: list[Article] = []
    records = 0
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
            for bom, enc in _BOMS:
                if head.startswith(bom) and enc != "utf-8-sig":
                    raise InputError(path, f"JSON Lines must be UTF-8, not {enc}")
            kind = binary_kind(head)
            if kind:
                raise InputError(path, f"binary file, not text ({kind})")
            fh.seek(len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0)
            n = 0
            while line := fh.readline(limit + 1):
                n += 1
                if not line.strip():
                    continue
                records += 1
                try:
                    if len(line) > limit and not line.endswith(b"\n"):
                        size = len(line)
                        while (more := fh.readline(1 << 20)) and not more.endswith(b"\n"):
                            size += len(more)
                        raise InputError(
                            path, f"line {n}: {_mb(size + len(more))} is over the limit of "
                            f"{_limit(limit)} for one article ({FILE_FACTOR} x "
                            f"--max-article-mb {max_article_bytes / 1e6:g})")
                    arts.append(_json_article(line, n, path, max_article_bytes))
                except InputError as exc:
                    if errors is None:
                        raise
                    errors.append(exc)
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror})") from exc
    if not records:
        raise InputError(path, "the file is empty")
    return arts


def _json_article(line: bytes, n: int, path: Path, max_article_bytes: int) -> Article:
    line = line.rstrip(b"\r\n")
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = line.decode("cp949")
        except UnicodeDecodeError:
            text = ""
        if not _korean_or_chinese(text):
            raise InputError(path, f"line {n}: not UTF-8 or CP949/EUC-KR text") from None
    try:
        rec = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"line {n}: not JSON ({exc.msg.removesuffix(' at')}, "
                         f"column {exc.colno})") from exc
    except (RecursionError, ValueError) as exc:
        raise InputError(path, f"line {n}: not JSON we can read ({type(exc).__name__})") from exc
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        raise InputError(path, f"line {n}: needs an object with a 'text' string")
    for key in ("title", "date", "publisher"):
        if rec.get(key) is not None and not isinstance(rec[key], str):
            raise InputError(path, f"line {n}: '{key}' must be a string")
    if rec.get("id") is not None and not isinstance(rec["id"], str | int):
        raise InputError(path, f"line {n}: 'id' must be a string or a number")
    date = rec.get("date") or ""
    if date and not iso_date(date):
        raise InputError(path, f"line {n}: date {date[:40]!r} is not a date (YYYY-MM-DD)")
    _check_size(rec["text"], f"{path}: line {n}", max_article_bytes)
    art_id = _slug(clean_line(str(rec.get("id") or f"{path.stem}-{n}")))
    title = clean_line(rec.get("title") or "")
    try:  # parse_text puts the title first (once)
        art = parse_text(rec["text"], art_id, f"{path}#{n}", title=title, date=iso_date(date))
    except InputError as exc:
        raise InputError(path, f"line {n}: {exc.problem}") from exc
    if rec.get("publisher"):
        art.publisher = clean_line(rec["publisher"])
    return art


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand folders (recursively, sorted) into the files we read."""
    for path in paths:
        p = Path(path)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            if not found:
                raise InputError(p, f"folder holds no {', '.join(sorted(SUFFIXES))} files")
            yield from found
        else:
            yield p


def read_paths(paths: Iterable[str | os.PathLike[str]], *,
               max_article_bytes: int = MAX_ARTICLE_BYTES,
               errors: list[InputError] | None = None) -> list[Article]:
    """Read every input into articles, sorted by id.

    The same text read twice (same content hash) is kept once, under its
    smallest id, whatever the order of the inputs; two different texts under
    one id are an error (the input whose path sorts first keeps the id).

    Args:
        paths: files and folders.
        max_article_bytes: limit on one article's text (see :func:`read_file`).
        errors: where faults go while the other inputs are read; without it the
            first fault raises.

    Raises:
        InputError: the first fault, when ``errors`` is not given.
    """
    def fault(exc: InputError) -> None:
        if errors is None:
            raise exc
        logger.warning("%s", exc)
        errors.append(exc)

    read: list[tuple[Path, Article]] = []
    for path in paths:
        try:
            files = list(iter_files([path]))
        except InputError as exc:
            fault(exc)
            continue
        for f in files:
            try:
                read.extend((f, art) for art in read_file(f, max_article_bytes, errors))
            except InputError as exc:
                fault(exc)
    by_hash: dict[str, Article] = {}
    for f, art in sorted(read, key=lambda fa: (fa[1].id, str(fa[0]))):
        known = by_hash.get(art.content_hash)
        if known is not None:
            logger.warning("%s: same text as article %r, read once", f, known.id)
            continue
        by_hash[art.content_hash] = art
    arts: dict[str, Article] = {}
    for f, art in sorted(read, key=lambda fa: (str(fa[0]), fa[1].path)):
        if by_hash.get(art.content_hash) is not art:
            continue
        if art.id in arts:
            fault(InputError(f, f"article id {art.id!r} is used by another input "
                             f"({arts[art.id].path})"))
            continue
        arts[art.id] = art
    return [arts[k] for k in sorted(arts)]

