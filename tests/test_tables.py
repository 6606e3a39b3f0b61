"""The word tables added for real news: well formed, unique, and used by the gazetteer."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from kg.gazetteer import HANGUL, gazetteer
from kg.mentions.people import surnames
from kg.mentions.sectors import canonical, lexicon

DATA = Path(__file__).resolve().parents[1] / "kg" / "data"
BASE_COLUMNS = ["key", "type", "ko", "ko_alt", "zh_hans", "zh_hant", "en", "abbr"]


def _rows(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with (DATA / name).open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        return list(reader.fieldnames or []), list(reader)


@pytest.mark.parametrize(("name", "typ", "prefix"),
                         [("kr_government.tsv", "GovernmentBody", "kr_"),
                          ("kr_business_groups.tsv", "Firm", "group_")],
                         ids=["korean-government", "business-groups"])
def test_body_tables(name: str, typ: str, prefix: str) -> None:
    header, rows = _rows(name)
    assert header[:8] == BASE_COLUMNS
    keys = [r["key"] for r in rows]
    assert len(keys) == len(set(keys))
    assert all(re.fullmatch(prefix + r"[a-z0-9_]+", k) for k in keys)
    names = []
    for r in rows:
        assert r["type"] == typ, r["key"]
        # a group may be named in Latin letters, as the Korean press writes it (SK, LG)
        assert HANGUL.search(r["ko"]) or re.fullmatch(r"[A-Z][A-Z&\-]+", r["ko"]), r["key"]
        alts = [a for a in r["ko_alt"].split("|") if a]
        assert all(HANGUL.search(a) for a in alts), r["key"]
        names += [r["ko"], *alts]
        assert r["en"], r["key"]
        # every row is loaded and found by its Korean name
        rec = gazetteer().records[f"org/{r['key']}"]
        assert rec in gazetteer().lookup(r["ko"])
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})


def test_gazetteer_ids_are_unique_across_tables() -> None:
    ids = []
    for name in ("cn_government.tsv", "kr_government.tsv", "organizations.tsv",
                 "kr_business_groups.tsv"):
        ids += [r["key"] for r in _rows(name)[1]]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_sector_table() -> None:
    header, rows = _rows("sectors.tsv")
    assert header == ["ko", "ko_alt", "en"]
    kos = [r["ko"] for r in rows]
    assert len(kos) == len(set(kos))
    assert all(r["en"] for r in rows)
    # variants share the table's name, so they are one entity
    assert canonical("2차전지") == canonical("이차전지") == ("이차전지", "secondary batteries")
    assert len(lexicon()) >= len(rows)


def test_surnames() -> None:
    header, rows = _rows("surnames.tsv")
    assert header == ["script", "surname"]
    assert {r["script"] for r in rows} == {"ko", "zh"}
    ko, zh = surnames()
    assert {"김", "이", "박", "남궁"} <= ko
    assert {"왕", "리", "자오", "저우", "류", "리우"} <= zh  # official and press spellings


def test_korean_provinces_have_short_forms() -> None:
    g = gazetteer()
    for short, code in [("경북", "KR-47"), ("충남도", "KR-44"), ("경기", "KR-41"),
                        ("전라남도", "KR-46")]:
        assert g.best(short, {"Province"}).id == f"province/{code}", short
