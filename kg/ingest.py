"""Files, folders and JSON Lines -> :class:`~kg.records.Article`.

Text is decoded (UTF-8, else whatever charset-normalizer finds, e.g. CP949),
NFC-normalised, stripped of web-page chrome (skip links, menus, the section
banner, ``목록``), and its title, date line (``CSF 2015-07-16``) and source line
(``출처: 2015.7.14/광명망(光明網), …``) become metadata.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path

from kg.records import Article

logger = logging.getLogger(__name__)

SUFFIXES = {".txt", ".md", ".html", ".htm", ".jsonl"}

# Navigation lines of saved web pages.
_NAV = re.compile(
    r"^(?:.*(?:바로가기|건너뛰기)|목록|이전글|다음글|인쇄|프린트|공유하기|스크랩|top|TOP|"
    r"글자\s*크기.*|홈|HOME|로그인|회원가입|사이트맵|검색|메뉴|전체메뉴|닫기)$"
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


def decode(raw: bytes, path: str | Path) -> str:
    """Decode bytes as UTF-8, else with the charset charset-normalizer detects.

    >>> decode("한중 협력".encode("cp949"), "x.txt")
    '한중 협력'
    """
    if not raw.strip():
        raise InputError(path, "the file is empty")
    if b"\x00" in raw[:4096]:
        raise InputError(path, "binary file, not text (NUL bytes)")
    text, encoding = None, ""
    for enc in ("utf-8-sig", "cp949"):
        try:
            text, encoding = raw.decode(enc), enc
            break
        except UnicodeDecodeError:
            continue
    if text is None:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        if best is None or best.encoding is None:
            raise InputError(path, "cannot decode the bytes (not UTF-8, CP949/EUC-KR or a "
                             "charset charset-normalizer knows)")
        text, encoding = str(best), best.encoding
    bad = sum(1 for ch in text if not (ch.isprintable() or ch in "\n\r\t\f\v"))
    if bad > 0.02 * len(text):
        raise InputError(path, f"cannot decode the bytes: as {encoding} they give "
                         f"{bad} control characters, not text")
    return text


def _clean_lines(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "")
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
        if m:
            date = date or f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}"
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
                if dm:
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
    slug = re.sub(r"[^\w\-.]+", "-", unicodedata.normalize("NFC", stem)).strip("-")
    return slug or "article"


def read_file(path: str | Path) -> list[Article]:
    """Read one file: ``.txt``/``.md``/``.html`` gives one article, ``.jsonl`` one a line."""
    p = Path(path)
    if not p.exists():
        raise InputError(p, "no such file or folder")
    if p.is_dir():
        raise InputError(p, "is a folder; use read_paths")
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(p, f"cannot read ({exc.strerror})") from exc
    text = decode(raw, p)
    suffix = p.suffix.lower()
    if suffix == ".jsonl":
        return list(_read_jsonl(text, p))
    title = ""
    if suffix in {".html", ".htm"}:
        parser = _TextOfHTML()
        parser.feed(text)
        text = html.unescape("".join(parser.parts))
        title = " ".join(parser.title.split())
    elif suffix == ".md":
        text = re.sub(r"^#{1,6}\s*", "", text, flags=re.M)
        text = re.sub(r"[*_`]{1,3}([^*_`\n]+)[*_`]{1,3}", r"\1", text)
    return [parse_text(text, _slug(p.stem), str(p), fallback_title=title)]


def _read_jsonl(text: str, path: Path) -> Iterator[Article]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"line {n}: not JSON ({exc.msg})") from exc
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise InputError(path, f"line {n}: needs an object with a 'text' string")
        art_id = _slug(str(rec.get("id") or f"{path.stem}-{n}"))
        title = str(rec.get("title") or "")
        body = rec["text"] if not title else f"{title}\n\n{rec['text']}"
        art = parse_text(body, art_id, f"{path}#{n}", title=title, date=str(rec.get("date") or ""))
        if rec.get("publisher"):
            art.publisher = str(rec["publisher"])
        yield art


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


def read_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Article]:
    """Read every input into articles, sorted by id.

    The same text read twice (same content hash) is kept once, under its
    smallest id, whatever the order of the inputs; two different texts under
    one id are an error.
    """
    read: list[tuple[Path, Article]] = [(f, art) for f in iter_files(paths) for art in read_file(f)]
    by_hash: dict[str, Article] = {}
    for f, art in sorted(read, key=lambda fa: (fa[1].id, str(fa[0]))):
        known = by_hash.get(art.content_hash)
        if known is not None:
            logger.warning("%s: same text as article %r, read once", f, known.id)
            continue
        by_hash[art.content_hash] = art
    arts: dict[str, Article] = {}
    for f, art in read:
        if by_hash.get(art.content_hash) is not art:
            continue
        if art.id in arts:
            raise InputError(f, f"article id {art.id!r} is used by another input")
        arts[art.id] = art
    return [arts[k] for k in sorted(arts)]
