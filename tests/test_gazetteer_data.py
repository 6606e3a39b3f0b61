"""Sanity checks of the hand-written gazetteer data in kg/data/."""

from __future__ import annotations

import csv
import gettext
import re
from pathlib import Path

import opencc
import pycountry
import pytest

DATA = Path(__file__).resolve().parents[1] / "kg" / "data"

BASE_COLUMNS = ["key", "type", "ko", "ko_alt", "zh_hans", "zh_hant", "en", "abbr"]
CN_COLUMNS = BASE_COLUMNS + ["kind", "constituent", "status"]
COUNTRY_COLUMNS = ["iso2", "ko_alt", "en_alt", "zh_abbr"]

TYPES = {"Firm", "GovernmentBody", "Organization", "MediaOutlet", "Policy", "Project"}
KINDS = {"ministry", "commission", "bank", "office", "agency", "body", "party", "legislature"}
DEPARTMENT_KINDS = {"ministry", "commission", "bank", "office"}

# The 26 constituent departments of the State Council (2018 reform; the 2023
# reform kept the same 26).
CONSTITUENT_2018 = {
    "外交部", "国防部", "国家发展和改革委员会", "教育部", "科学技术部",
    "工业和信息化部", "国家民族事务委员会", "公安部", "国家安全部", "民政部",
    "司法部", "财政部", "人力资源和社会保障部", "自然资源部", "生态环境部",
    "住房和城乡建设部", "交通运输部", "水利部", "农业农村部", "商务部",
    "文化和旅游部", "国家卫生健康委员会", "退役军人事务部", "应急管理部",
    "中国人民银行", "审计署",
}

HANGUL = re.compile(r"[\uac00-\ud7a3]")
KEY = re.compile(r"^[a-z][a-z0-9_]*$")
PRC = "中华人民共和国"

T2S = opencc.OpenCC("t2s")


def load(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(DATA / name, encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        rows = []
        for line_no, fields in enumerate(reader, start=2):
            assert len(fields) == len(header), f"{name}:{line_no}: {len(fields)} fields"
            rows.append(dict(zip(header, fields, strict=True)))
    return header, rows


def split(value: str) -> list[str]:
    return value.split("|") if value else []


@pytest.fixture(scope="module")
def cn():
    return load("cn_government.tsv")


@pytest.fixture(scope="module")
def org():
    return load("organizations.tsv")


@pytest.fixture(scope="module")
def countries():
    return load("country_aliases.tsv")


def test_headers(cn, org, countries):
    assert cn[0] == CN_COLUMNS
    assert org[0] == BASE_COLUMNS
    assert countries[0] == COUNTRY_COLUMNS


def test_keys_unique_and_ascii(cn, org):
    keys = [r["key"] for r in cn[1] + org[1]]
    assert all(KEY.match(k) for k in keys), [k for k in keys if not KEY.match(k)]
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    assert not dupes, dupes


def test_types(cn, org):
    assert {r["type"] for r in cn[1]} == {"GovernmentBody"}
    bad = [(r["key"], r["type"]) for r in org[1] if r["type"] not in TYPES]
    assert not bad, bad


def test_korean_names(cn, org):
    rows = cn[1] + org[1]
    for r in rows:
        assert HANGUL.search(r["ko"]), r["key"]
        alts = split(r["ko_alt"])
        assert all(a.strip() == a and a for a in alts), r["key"]
        assert len(set(alts)) == len(alts), r["key"]
        assert r["ko"] not in alts, r["key"]
        assert all(HANGUL.search(a) for a in alts), r["key"]
        assert r["en"], r["key"]
    ko = [r["ko"] for r in rows]
    dupes = sorted({k for k in ko if ko.count(k) > 1})
    assert not dupes, dupes


def test_no_stray_whitespace(cn, org, countries):
    for name, (_, rows) in {"cn": cn, "org": org, "countries": countries}.items():
        for r in rows:
            for col, value in r.items():
                assert value == value.strip(), (name, col, value)
                assert "\t" not in value and "\n" not in value


def test_chinese_scripts_agree(cn, org):
    for r in cn[1] + org[1]:
        hans, hant = split(r["zh_hans"]), split(r["zh_hant"])
        if hans and hant:
            assert len(hans) == len(hant), r["key"]
            for s, t in zip(hans, hant, strict=True):
                assert T2S.convert(t) == s, (r["key"], s, t)
        for s in hans:
            assert T2S.convert(s) == s, (r["key"], "zh_hans not simplified", s)


def test_cn_columns(cn):
    for r in cn[1]:
        assert r["kind"] in KINDS, r["key"]
        assert r["constituent"] in {"yes", "no"}, r["key"]
        assert r["status"] in {"current", "former"}, r["key"]
        assert split(r["zh_hans"]), r["key"]


def test_state_council_constituent_departments(cn):
    constituent = [
        r for r in cn[1] if r["constituent"] == "yes" and r["kind"] in DEPARTMENT_KINDS
    ]
    assert len(constituent) >= 26
    current = [r for r in constituent if r["status"] == "current"]
    names = {split(r["zh_hans"])[0].removeprefix(PRC) for r in current}
    assert names == CONSTITUENT_2018
    assert len(current) == 26
    # the bodies named in the brief are there
    keys = {r["key"] for r in cn[1]}
    assert {"state_council", "most", "miit", "ndrc", "mofcom", "pboc", "sasac",
            "gacc", "csrc", "cbirc", "npc", "cpc_cc", "cfeac"} <= keys


def test_country_aliases(countries):
    t = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ko"])
    seen_iso, seen_alias = set(), {}
    for r in countries[1]:
        c = pycountry.countries.get(alpha_2=r["iso2"])
        assert c is not None, r["iso2"]
        assert r["iso2"] not in seen_iso, r["iso2"]
        seen_iso.add(r["iso2"])
        official_ko = t.gettext(c.name)
        kos, ens, han = split(r["ko_alt"]), split(r["en_alt"]), split(r.get("zh_abbr", ""))
        assert kos or ens or han, r["iso2"]
        for a in han:  # the one-character abbreviations of headlines: 中, 韓
            assert len(a) == 1 and not HANGUL.search(a), (r["iso2"], a)
        for a in kos:
            assert HANGUL.search(a), (r["iso2"], a)
            assert a != official_ko, (r["iso2"], a)
            assert a not in seen_alias, (a, seen_alias.get(a), r["iso2"])
            seen_alias[a] = r["iso2"]
        for a in ens:
            assert not HANGUL.search(a) and a != c.name, (r["iso2"], a)
    by_iso = {r["iso2"]: r for r in countries[1]}
    expect = {"KR": "한국", "KP": "북한", "SG": "싱가폴", "TW": "대만", "RU": "러시아",
              "TH": "타이", "MM": "버마", "AU": "호주", "LA": "라오스", "BN": "브루나이"}
    for iso, alias in expect.items():
        assert alias in split(by_iso[iso]["ko_alt"]), iso
    assert "Vietnam" in split(by_iso["VN"]["en_alt"])
    assert "South Korea" in split(by_iso["KR"]["en_alt"])


_DIGEST = """
import hashlib
from kg.gazetteer import Gazetteer
g = Gazetteer()
h = hashlib.sha256()
for rid in sorted(g.records):
    r = g.records[rid]
    h.update(repr((rid, r.type, r.ko, sorted(r.ko_alt), r.zh_hans, r.en, r.parent)).encode())
print(h.hexdigest())
"""


def test_the_gazetteer_does_not_depend_on_the_hash_seed() -> None:
    """Names chosen among equals (the shortest Chinese name of a city) do not follow the
    order of a set, which changes with ``PYTHONHASHSEED`` from one process to the next."""
    import os
    import subprocess
    import sys

    digests = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", _DIGEST], env=env, capture_output=True,
                             text=True, check=True)
        digests.add(out.stdout.strip())
    assert len(digests) == 1
