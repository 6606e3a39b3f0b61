"""Reading files: encodings, formats, page chrome and metadata."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.ingest import InputError, read_paths

from .conftest import DATA

PAGE = """반복영역 건너뛰기
주메뉴 바로가기

이슈 & 트렌드

경제 동향을 정리하여 제공합니다.

한중 배터리 협력 확대

KIEP 2016-03-02

- LG화학은 난징(南京)에 공장을 설립함.

출처: 2016.3.1/인민망(人民網), 신화망(新華網)/편집문

목록
"""


def test_bundled_article_metadata_and_chrome() -> None:
    (art,) = read_paths([DATA / "csf-2015-07-16.txt"])
    assert art.title == "중국 기술서비스업의 발전과 한중 협력"
    assert (art.date, art.publisher) == ("2015-07-16", "CSF")
    assert art.sources == ["광명망(光明網)", "국제일보(國際日報)", "중국경제망(中國經濟網)"]
    assert art.source_date == "2015-07-14"
    for chrome in ("바로가기", "건너뛰기", "이슈 & 트렌드", "제공합니다", "\n목록"):
        assert chrome not in art.text
    assert art.text.startswith(art.title)
    assert len(art.content_hash) == 64


def test_a_weather_box_is_chrome(tmp_path: Path) -> None:
    page = tmp_path / "weather.txt"
    page.write_text("한중 배터리 협력\n\n서울 20.3℃ 맑음\n\n부산 -1.5 ℃\n\n인천 18.2°C흐림\n\n"
                    "• 대구 17.6℃구름많음\n\n"
                    "- LG화학은 난징에 공장을 세웠다. 기온은 20.3℃였다.\n", encoding="utf-8")
    (art,) = read_paths([page])
    for city in ("서울", "부산", "인천", "대구"):
        assert city not in art.text
    assert "기온은 20.3℃였다" in art.text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949", "euc-kr"],
                         ids=["utf8", "utf8-bom", "cp949", "euc-kr"])
def test_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    f = tmp_path / "page.txt"
    f.write_bytes(PAGE.encode(encoding))
    (art,) = read_paths([f])
    assert art.title == "한중 배터리 협력 확대"
    assert (art.date, art.publisher) == ("2016-03-02", "KIEP")
    assert art.sources == ["인민망(人民網)", "신화망(新華網)"]


def test_html_and_markdown(tmp_path: Path) -> None:
    html = tmp_path / "a.html"
    html.write_text("<html><head><title>t</title><script>var x=1;</script></head><body>"
                    "<nav>주메뉴 바로가기</nav><h1>한중 협력</h1><p>2016-03-02</p>"
                    "<p>LG화학은 난징(南京)에 공장을 설립함.</p></body></html>", encoding="utf-8")
    md = tmp_path / "b.md"
    md.write_text("# 한중 협력\n\n2016-03-02\n\n**LG화학**은 난징(南京)에 공장을 설립함. 끝.\n",
                  encoding="utf-8")
    a, b = read_paths([html, md])
    for art in (a, b):
        assert art.title == "한중 협력" and art.date == "2016-03-02"
        assert "LG화학은 난징(南京)에 공장을 설립함." in art.text
        assert "var x" not in art.text and "**" not in art.text


def test_jsonl_and_folders(tmp_path: Path) -> None:
    rows = [{"id": "n1", "title": "제목 하나", "date": "2020-01-02",
             "text": "삼성전자는 시안에 공장을 지었다."},
            {"id": "n2", "title": "제목 둘", "date": "2020-02-03",
             "text": "LG화학은 난징에 공장을 지었다."}]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "news.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows),
                                       encoding="utf-8")
    (folder / "ignored.png").write_bytes(b"\x89PNG")
    arts = read_paths([folder])
    assert [(a.id, a.title, a.date) for a in arts] == [("n1", "제목 하나", "2020-01-02"),
                                                        ("n2", "제목 둘", "2020-02-03")]


def test_the_same_text_under_another_name_is_read_once(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    for p in (a, b):
        p.write_text(PAGE, encoding="utf-8")
    assert [art.id for art in read_paths([b, a])] == ["a"]


def test_duplicate_article_ids_are_an_error_unless_the_same_text(tmp_path: Path) -> None:
    a, b = tmp_path / "x" / "same.txt", tmp_path / "y" / "same.txt"
    for p, body in ((a, "한국 기업"), (b, "중국 기업")):
        p.parent.mkdir()
        p.write_text(f"제목\n\n2020-01-01\n\n{body}", encoding="utf-8")
    with pytest.raises(InputError, match="used by another input"):
        read_paths([a, b])
    assert len(read_paths([a, a])) == 1
