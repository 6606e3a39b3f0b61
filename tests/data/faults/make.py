"""Writes the fault fixtures of this folder (run it again to remake them).

usage: python tests/data/faults/make.py
"""

from __future__ import annotations

import io
import json
import random
import struct
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).parent
ARTICLE = """한중 배터리 협력 확대

KIEP 2016-03-02

LG화학은 난징(南京)에 배터리 공장을 설립함.
"""


def _pdf() -> bytes:
    """A one-page PDF 1.4 that readers open, with the article's first line in it."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >>"]
    stream = b"BT /F1 12 Tf 10 50 Td (Battery) Tj ET"
    objs.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (i, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, xref))
    return out.getvalue()


def _zip() -> bytes:
    """A ZIP (as a .docx or .hwpx is) holding the article as UTF-8 text."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        info = zipfile.ZipInfo("article.txt", date_time=(2016, 3, 2, 0, 0, 0))
        zf.writestr(info, ARTICLE.encode("utf-8"))
    return out.getvalue()


def _png() -> bytes:
    """A 2x2 grey PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + \
            struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\x80\x80" for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def main() -> None:
    rng = random.Random(13)
    files = {
        "pdf-renamed.txt": _pdf(),
        "zip-renamed.txt": _zip(),
        "png-renamed.txt": _png(),
        "random-high-bytes.txt": bytes(rng.randrange(128, 256) for _ in range(400)),
        "cyrillic-cp1251.txt": "Привет, мир. Это обычный текст без корейских букв.\n"
                               .encode("cp1251"),
        "english.txt": b"China and Korea agree to cooperate.\n",
        "cp949.txt": ARTICLE.encode("cp949"),
        "euc-kr.txt": ARTICLE.encode("euc-kr"),
        "utf-16-le-bom.txt": ARTICLE.encode("utf-16"),  # Python writes LE with a BOM
        "utf-16-be-bom.txt": b"\xfe\xff" + ARTICLE.encode("utf-16-be"),
        "mixed-line-endings.txt": ARTICLE.replace("\n\n", "\r\n\r").replace("\n", "\r\n", 1)
                                  .encode("utf-8"),
        "script-style.html": (
            "<!DOCTYPE html><html><head><title>한중 배터리 협력 확대</title>"
            "<style>body { content: '스타일 안의 글자'; }</style>"
            "<script>var injected = '스크립트 안의 글자 </p>';</script></head><body>"
            "<h1>한중 배터리 협력 확대</h1><p>KIEP 2016-03-02</p>"
            "<SCRIPT type='text/javascript'>document.write('대문자 스크립트');</SCRIPT>"
            "<p>LG화학은 난징(南京)에 배터리 공장을 설립함.</p>"
            "<noscript>자바스크립트를 켜세요</noscript></body></html>").encode(),
        "broken-line-3.jsonl": "\n".join([
            json.dumps({"id": "j1", "title": "제목 하나", "date": "2020-01-02",
                        "text": "삼성전자는 시안에 공장을 지었다."}, ensure_ascii=False),
            json.dumps({"id": "j2", "title": "제목 둘", "date": "2020-02-03",
                        "text": "LG화학은 난징에 공장을 지었다."}, ensure_ascii=False),
            '{"id": "j3", "text": "잘린 줄',
            json.dumps({"id": "j4", "title": "제목 넷", "date": "2020-04-05",
                        "text": "SK하이닉스는 우시에 공장을 지었다."}, ensure_ascii=False),
        ]).encode("utf-8") + b"\n",
        "no-entity.txt": "날씨\n\n2020-05-06\n\n오늘은 맑고 바람이 조금 불었다.\n".encode(),
    }
    for name, data in files.items():
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main()
