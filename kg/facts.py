"""Find and normalise typed values in one Korean sentence.

:func:`scan` reports amounts of money, areas, counts, production capacities,
dates (resolved against the article's date), target years ("2020년까지"),
durations ("10년간") and post titles ("부부장"), each as a :class:`Found` with
character offsets into the sentence and an XSD-ready lexical value.

Matches never overlap: when two candidate spans overlap, the longer one wins
(so "2020년까지" is a target year, not a date, and "연간 30만 대" is a capacity,
not a count).  A deadline with a month ("2020년 6월까지") is a target_year
with a gYearMonth value.  Only numbers written with Arabic digits are read;
native Korean numerals ("다섯 번째", "두 곳") are left alone, which also keeps
ordinals out.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

log = logging.getLogger(__name__)

__all__ = [
    "AMBIGUOUS_POSTS",
    "POSTS",
    "Found",
    "find_post",
    "lexical",
    "parse_korean_number",
    "parse_money",
    "resolve_date",
    "scan",
]


@dataclass(frozen=True)
class Found:
    """One typed value found in a sentence.

    ``start``/``end`` are offsets in the sentence string given to :func:`scan`;
    ``value`` is the lexical form for ``datatype`` (an XSD local name).
    """

    kind: str  # amount | area | count | capacity | date | target_year | duration | post
    start: int
    end: int
    text: str
    value: str
    datatype: str  # decimal | integer | gYearMonth | date | gYear | duration | string
    unit: str = ""  # ISO 4217 code, m2/km2/ha, vehicles/year, ..., or the counter word
    gloss: str = ""  # English gloss, for posts


# --------------------------------------------------------------------------- numbers

_SMALL = {"십": 10, "백": 100, "천": 1000}
_BIG = {"만": 10**4, "억": 10**8, "조": 10**12, "경": 10**16}

_ARABIC = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_CHUNK = rf"{_ARABIC}(?:[천백십](?:{_ARABIC})?)*여?"
# A number phrase starts with a digit, not inside another number or a range.
_NUMBER = (
    rf"(?<![\d.,~∼\-–])(?:{_CHUNK})"
    rf"(?:[만억조경](?:\s?{_CHUNK}[만억조경])*(?:{_CHUNK})?)?"
)
_NUMBER_FULL = re.compile(r"(?:\d+(?:\.\d+)?|[천백십만억조경])+")
_NUMBER_TOKEN = re.compile(r"\d+(?:\.\d+)?|[천백십만억조경]")

# What may follow a unit or counter word: no Hangul at all, or a particle or
# a common word that attaches to amounts ("위안으로", "원대", "개의").
_AFTER = (
    r"(?:(?![가-힣])|(?=으로|로|은|는|이|가|을|를|과|와|의|도|에|만|씩|까지|부터|"
    r"어치|가량|이상|이하|미만|대|규모|상당|정도|남짓))"
)


def _clean(value: Decimal) -> Decimal:
    """Drop a zero fraction and any exponent from ``value``."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def lexical(value: Decimal) -> str:
    """The XSD lexical form of a decimal: plain digits, no exponent.

    >>> lexical(Decimal("2E+10"))
    '20000000000'
    >>> lexical(Decimal("3.50"))
    '3.5'
    """
    return format(_clean(value), "f")


def parse_korean_number(text: str) -> Decimal:
    """Read a number written with digits and Korean place words.

    Commas, spaces and the approximation marker 여 are ignored.

    Raises:
        ValueError: if ``text`` is not such a number.

    >>> parse_korean_number("200억")
    Decimal('20000000000')
    >>> parse_korean_number("1조 5천억")
    Decimal('1500000000000')
    >>> parse_korean_number("1,200억")
    Decimal('120000000000')
    >>> parse_korean_number("3.5억")
    Decimal('350000000')
    >>> parse_korean_number("2만5천")
    Decimal('25000')
    >>> parse_korean_number("5,000")
    Decimal('5000')
    """
    s = re.sub(r"[\s,여]", "", text)
    if not s or not _NUMBER_FULL.fullmatch(s):
        raise ValueError(f"not a Korean number: {text!r}")
    total = Decimal(0)
    section = Decimal(0)  # the part below the current big unit
    pending: Decimal | None = None  # digits not yet given a place
    last_big: int | None = None
    for tok in _NUMBER_TOKEN.findall(s):
        if tok in _SMALL:
            section += (pending if pending is not None else Decimal(1)) * _SMALL[tok]
            pending = None
        elif tok in _BIG:
            block = section + (pending if pending is not None else Decimal(0))
            if block == 0:
                block = Decimal(1)
            if last_big is not None and _BIG[tok] >= last_big:
                raise ValueError(f"place words out of order: {text!r}")
            total += block * _BIG[tok]
            last_big = _BIG[tok]
            section = Decimal(0)
            pending = None
        else:
            if pending is not None:
                raise ValueError(f"two numbers in a row: {text!r}")
            pending = Decimal(tok)
    total += section + (pending if pending is not None else Decimal(0))
    return _clean(total)


# --------------------------------------------------------------------------- money

_CURRENCIES = {
    "위안화": "CNY",
    "위안": "CNY",
    "인민폐": "CNY",
    "RMB": "CNY",
    "CNY": "CNY",
    "미국달러": "USD",
    "미달러": "USD",
    "달러": "USD",
    "USD": "USD",
    "홍콩달러": "HKD",
    "대만달러": "TWD",
    "싱가포르달러": "SGD",
    "원화": "KRW",
    "원": "KRW",
    "KRW": "KRW",
    "엔화": "JPY",
    "엔": "JPY",
    "JPY": "JPY",
    "유로화": "EUR",
    "유로": "EUR",
    "EUR": "EUR",
    "파운드": "GBP",
    "루블": "RUB",
}


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first; a space may be optional."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(r"\s?".join(re.escape(part) for part in w.split(" ")) for w in ordered)


_CURRENCY_WORDS = [*_CURRENCIES, "미국 달러", "홍콩 달러", "대만 달러", "싱가포르 달러"]
_MONEY_RE = re.compile(
    rf"(?P<num>{_NUMBER})\s?(?P<cur>{_alternation(_CURRENCY_WORDS)})(?![A-Za-z]){_AFTER}"
    rf"|(?<![A-Za-z])(?:US)?\$\s?(?P<dnum>{_NUMBER})"
)


def _money(m: re.Match[str]) -> tuple[Decimal, str] | None:
    """Value and currency code of a :data:`_MONEY_RE` match."""
    try:
        if m.group("dnum"):
            return parse_korean_number(m.group("dnum")), "USD"
        code = _CURRENCIES[re.sub(r"\s", "", m.group("cur"))]
        return parse_korean_number(m.group("num")), code
    except ValueError:
        log.debug("unreadable amount %r", m.group(0))
        return None


def parse_money(text: str) -> tuple[Decimal, str] | None:
    """The first amount of money in ``text``, as (value, ISO 4217 code).

    >>> parse_money("200억 위안")
    (Decimal('20000000000'), 'CNY')
    >>> parse_money("70억 달러를")
    (Decimal('7000000000'), 'USD')
    >>> parse_money("1조 5천억 위안")
    (Decimal('1500000000000'), 'CNY')
    >>> parse_money("300억 원")
    (Decimal('30000000000'), 'KRW')
    >>> parse_money("200억") is None
    True
    """
    for m in _MONEY_RE.finditer(text):
        found = _money(m)
        if found is not None:
            return found
    return None


# --------------------------------------------------------------------------- areas

_AREA_UNITS = {
    "㎡": "m2",
    "m²": "m2",
    "m2": "m2",
    "제곱미터": "m2",
    "평방미터": "m2",
    "㎢": "km2",
    "km²": "km2",
    "km2": "km2",
    "제곱킬로미터": "km2",
    "평방킬로미터": "km2",
    "헥타르": "ha",
    "㏊": "ha",
    "ha": "ha",
}
_AREA_RE = re.compile(
    rf"(?P<num>{_NUMBER})\s?(?P<unit>{_alternation(_AREA_UNITS)})(?![A-Za-z\d]){_AFTER}"
)

# --------------------------------------------------------------------------- counts

_COUNTERS = ("개사", "개국", "개소", "가지", "곳", "개", "명", "건", "종", "척", "채", "대")
_COUNT_RE = re.compile(
    rf"(?<!제)(?P<num>{_NUMBER})(?P<sp>\s?)(?P<unit>{_alternation(_COUNTERS)}){_AFTER}"
)
_PARTICLE_START = re.compile(r"[을를의이가에로씩와과도은는,.)\]」』’”]|$")

# --------------------------------------------------------------------------- capacities

_PER = {
    "연간": "year",
    "연산": "year",
    "매년": "year",
    "연": "year",
    "월간": "month",
    "매월": "month",
    "월": "month",
}
_CAPACITY_RE = re.compile(
    rf"(?<![가-힣\d])(?P<per>{_alternation(_PER)})\s"
    rf"(?P<what>(?:[가-힣A-Za-z]+\s){{0,2}}?)"
    rf"(?P<num>{_NUMBER})\s?(?P<unit>대|개|세트|톤|GWh|MWh)(?![A-Za-z]){_AFTER}"
)
_VEHICLE_WORDS = re.compile(r"차$|차량|버스|트럭|SUV|세단|오토바이|이륜차")


def _capacity_unit(unit: str, what: str, per: str) -> str:
    """The unit of a capacity: vehicles, units, tonnes or energy per period."""
    if unit == "대":
        # In these articles "연간 N 대" without a noun is a car plant's output.
        name = "vehicles" if not what or _VEHICLE_WORDS.search(what) else "units"
    elif unit in ("개", "세트"):
        name = "units"
    elif unit == "톤":
        name = "t"
    else:
        name = unit
    return f"{name}/{per}"


# --------------------------------------------------------------------------- durations

_DURATION_RE = re.compile(
    r"(?<![\d.,])(?P<n>\d{1,3})\s?(?:(?P<u>년|개월|주|일)(?:간|\s?동안)|(?P<m>개월))"
)


def _duration(n: int, unit: str) -> str:
    """An xsd:duration for ``n`` years, months, weeks or days."""
    if unit == "년":
        return f"P{n}Y"
    if unit == "개월":
        return f"P{n}M"
    if unit == "주":
        return f"P{7 * n}D"
    return f"P{n}D"


# --------------------------------------------------------------------------- dates

_QUALIFIERS = ("상반기", "하반기", "초순", "중순", "하순", "상순", "연초", "연말", "초", "중", "말")
_Q = (
    rf"(?:\s?(?:{'|'.join(_QUALIFIERS)})"
    r"(?=[^가-힣]|$|에|의|께|경|쯤|까지|부터|으로|로|엔|이|을))"
)
_Y_ABS = r"(?<!\d)(?:19|20)\d{2}\s?년(?![대간생])"
_Y_ABS_DATE = r"(?<![\d~∼\-–])(?:19|20)\d{2}\s?년(?![대간생])"  # not the end of a range
_Y_REL = r"(?<![가-힣])(?:재작년|작년|지난해|올해|금년|내후년|내년)"
_OL = r"(?<![가-힣])올(?=\s?\d{1,2}월)"
_M = r"(?<![\d.])(?:1[0-2]|0?[1-9])월(?![간급세드])"
_D = r"(?<![\d.])(?:3[01]|[12]\d|0?[1-9])일(?![간본반대])"
_M_REL = r"(?<![가-힣])(?:지난\s?달|이번\s?달|다음\s?달|이달|금월|내달)"
_DIR = r"(?<![가-힣])(?:지난|오는|이번)\s"
_WORD = r"(?<![가-힣])(?:오늘|어제|내일)(?!날)"
_ISO = (
    r"(?<![\d.])(?P<iy>(?:19|20)\d{2})(?P<sep>[.\-/])\s?(?P<im>1[0-2]|0?[1-9])"
    r"(?P=sep)\s?(?P<id>3[01]|[12]\d|0?[1-9])(?!\d)\.?"
)
_ISO_RE = re.compile(_ISO)
_DATE_RE = re.compile(
    rf"{_ISO}"
    rf"|(?:{_Y_ABS_DATE}|{_Y_REL}|{_OL})(?:\s?{_M}(?:\s?{_D})?)?{_Q}?"
    rf"|{_M_REL}(?:\s?{_D})?{_Q}?"
    rf"|(?:{_DIR})?{_M}(?:\s?{_D})?{_Q}?"
    rf"|(?:{_DIR})?{_D}"
    rf"|{_WORD}"
)
_TARGET_RE = re.compile(
    rf"(?P<when>(?:{_Y_ABS}|(?<![가-힣])(?:올해|금년|내년|내후년))(?:\s?{_M})?"
    r"(?:\s?(?:말|연말|초|상반기|하반기|중))?)\s?까지"
)
_RESOLVE_RE = re.compile(
    r"(?:(?P<y>\d{4})\s?년|(?P<ry>재작년|작년|지난해|올해|금년|올|내후년|내년)"
    r"|(?P<rm>지난\s?달|이번\s?달|다음\s?달|이달|금월|내달)"
    r"|(?P<dir>지난|오는|이번)|(?P<word>오늘|어제|내일))?"
    r"\s?(?:(?P<m>\d{1,2})\s?월)?\s?(?:(?P<d>\d{1,2})\s?일)?"
    rf"\s?(?P<q>{'|'.join(_QUALIFIERS)})?"
)
_YEAR_OFFSET = {
    "재작년": -2,
    "작년": -1,
    "지난해": -1,
    "올해": 0,
    "금년": 0,
    "올": 0,
    "내년": 1,
    "내후년": 2,
}
_DAY_OFFSET = {"오늘": 0, "어제": -1, "내일": 1}


def _month_offset(word: str) -> int:
    """-1, 0 or +1 for 지난달, 이달 and 다음 달."""
    word = word.replace(" ", "")
    if word == "지난달":
        return -1
    if word in ("다음달", "내달"):
        return 1
    return 0


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    """(year, month) moved by ``by`` months."""
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _reference(article_date: str) -> date | None:
    """The article date, or None when it is missing or malformed."""
    if not article_date:
        return None
    try:
        return date.fromisoformat(article_date[:10])
    except ValueError:
        log.debug("malformed article date %r", article_date)
        return None


def _lexical_date(year: int, month: int | None, day: int | None) -> tuple[str, str] | None:
    """The gYear, gYearMonth or date for the given parts, if they are valid."""
    if month is None:
        return f"{year:04d}", "gYear"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}", "gYearMonth"
    try:
        return date(year, month, day).isoformat(), "date"
    except ValueError:
        return None


def resolve_date(expr: str, article_date: str) -> tuple[str, str] | None:
    """Resolve a Korean date expression against the article's ISO date.

    Returns (lexical value, XSD datatype), or None when the expression is
    vague ("최근") or needs an article date that is not given.  A bare month
    is in the article's year; a bare day later than the article's day is in
    the previous month.  "지난"/"오는" move a bare month or day into the past
    or the future.  Qualifiers such as 초 or 말 keep the expression's precision.

    >>> resolve_date("올해 4월", "2015-07-16")
    ('2015-04', 'gYearMonth')
    >>> resolve_date("지난해 10월", "2015-07-16")
    ('2014-10', 'gYearMonth')
    >>> resolve_date("이달 초", "2014-06-20")
    ('2014-06', 'gYearMonth')
    >>> resolve_date("22일", "2015-10-23")
    ('2015-10-22', 'date')
    >>> resolve_date("25일", "2015-10-23")
    ('2015-09-25', 'date')
    >>> resolve_date("2017년 7월 19일", "")
    ('2017-07-19', 'date')
    >>> resolve_date("2015.7.14", "")
    ('2015-07-14', 'date')
    >>> resolve_date("내년", "2015-07-16")
    ('2016', 'gYear')
    >>> resolve_date("6월", "") is None
    True
    >>> resolve_date("최근", "2015-07-16") is None
    True
    """
    s = " ".join(expr.split())
    if not s:
        return None
    m = _ISO_RE.fullmatch(s)
    if m:
        return _lexical_date(int(m["iy"]), int(m["im"]), int(m["id"]))
    m = _RESOLVE_RE.fullmatch(s)
    if not m or not any(m[g] for g in ("y", "ry", "rm", "dir", "word", "m", "d")):
        return None
    month = int(m["m"]) if m["m"] else None
    day = int(m["d"]) if m["d"] else None
    if day is not None and m["q"]:
        return None
    ref = _reference(article_date)
    if m["y"]:
        if day is not None and month is None:
            return None
        return _lexical_date(int(m["y"]), month, day)
    if ref is None:
        return None
    if m["word"]:
        if month is not None or day is not None or m["q"]:
            return None
        return (ref + timedelta(days=_DAY_OFFSET[m["word"]])).isoformat(), "date"
    if m["ry"]:
        if (day is not None and month is None) or (m["ry"] == "올" and month is None):
            return None
        return _lexical_date(ref.year + _YEAR_OFFSET[m["ry"]], month, day)
    if m["rm"]:
        if month is not None:
            return None
        year, month = _shift_month(ref.year, ref.month, _month_offset(m["rm"]))
        return _lexical_date(year, month, day)
    direction = m["dir"] or ""
    if month is not None:
        year = ref.year
        if direction == "지난" and month > ref.month:
            year -= 1
        elif direction == "오는" and month < ref.month:
            year += 1
        return _lexical_date(year, month, day)
    if day is None:
        return None
    year, month = ref.year, ref.month
    if direction == "오는":
        if day < ref.day:
            year, month = _shift_month(year, month, 1)
    elif direction != "이번" and day > ref.day:
        year, month = _shift_month(year, month, -1)
    return _lexical_date(year, month, day)


# --------------------------------------------------------------------------- posts

POSTS: dict[str, str] = {
    # Chinese party and state
    "국가주석": "President (of the PRC)",
    "부주석": "Vice President",
    "주석": "Chairman",
    "총서기": "General Secretary",
    "총리": "Premier",
    "부총리": "Vice Premier",
    "상무부총리": "Executive Vice Premier",  # not 상무부 (MOFCOM) + 총리
    "국무위원": "State Councilor",
    "상무위원": "Standing Committee Member",
    "부장": "Minister",
    "부부장": "Vice Minister",
    "부장조리": "Assistant Minister",
    "주임": "Director",
    "부주임": "Deputy Director",
    "위원장": "Chairman",
    "부위원장": "Vice Chairman",
    "비서장": "Secretary-General",
    "당서기": "Party Secretary",
    "서기": "Secretary",
    "부서기": "Deputy Secretary",
    "성장": "Governor",
    "부성장": "Vice Governor",
    "시장": "Mayor",
    "부시장": "Vice Mayor",
    "현장": "County Head",
    "국장": "Director-General",
    "부국장": "Deputy Director-General",
    "처장": "Division Director",
    "부처장": "Deputy Division Director",
    "과장": "Section Chief",
    "총재": "Governor",
    "부총재": "Deputy Governor",
    "은행장": "Bank President",
    "행장": "President (of a bank)",
    "부행장": "Vice President (of a bank)",
    "대변인": "Spokesperson",
    "대사": "Ambassador",
    "총영사": "Consul General",
    "영사": "Consul",
    # Korean state
    "대통령": "President",
    "부통령": "Vice President",
    "국무총리": "Prime Minister",
    "장관": "Minister",
    "차관": "Vice Minister",
    "차관보": "Assistant Minister",
    "청장": "Commissioner",
    "실장": "Office Director",
    "의장": "Chairman",
    "부의장": "Vice Chairman",
    "국회의원": "Member of the National Assembly",
    "의원": "Lawmaker",
    "도지사": "Provincial Governor",
    "지사": "Governor",
    # business
    "회장": "Chairman",
    "부회장": "Vice Chairman",
    "명예회장": "Honorary Chairman",
    "사장": "President",
    "부사장": "Vice President",
    "대표": "Representative/CEO",
    "대표이사": "CEO",
    "최고경영자": "CEO",
    "최고재무책임자": "CFO",
    "최고기술책임자": "CTO",
    "최고운영책임자": "COO",
    "이사장": "Chairman of the Board",
    "동사장": "Chairman of the Board",
    "이사": "Director",
    "전무": "Senior Managing Director",
    "상무": "Managing Director",
    "총경리": "General Manager",
    "부총경리": "Deputy General Manager",
    "법인장": "Head of Subsidiary",
    "지사장": "Branch Manager",
    "지점장": "Branch Manager",
    "본부장": "Division Head",
    # research and education
    "원장": "President/Director",
    "부원장": "Vice President",
    "소장": "Director",
    "부소장": "Deputy Director",
    "총장": "President",
    "부총장": "Vice President",
    "사무총장": "Secretary-General",
    "교수": "Professor",
    "부교수": "Associate Professor",
    "조교수": "Assistant Professor",
    "연구원": "Researcher",
    "수석연구원": "Senior Researcher",
    "연구위원": "Research Fellow",
}

# Titles that are also ordinary words, which scan() does not report:
# 시장 market, 대표 typical/representative, 원장 ledger, 소장 lawsuit/major general,
# 주석 annotation, 서기 Anno Domini, 성장 growth, 현장 site, 차관 loan, 이사 moving house,
# 상무 commerce, 전무 nil, 지사 branch office, 의원 clinic, 연구원 institute, 과장 exaggeration.
AMBIGUOUS_POSTS: frozenset[str] = frozenset(
    "시장 대표 원장 소장 주석 서기 성장 현장 차관 이사 상무 전무 지사 의원 연구원 과장".split()
)

# Particles and endings that may follow a title ("부부장은", "회장직을", "대표이사인").
_PARTICLES = sorted(
    "은 는 이 가 을 를 과 와 의 도 에 에게 에게서 께 께서 한테 으로 로 으로서 로서 "
    "이자 이며 이고 이다 에서 인 만 직".split(),
    key=len,
    reverse=True,
)
_TITLES_LONGEST_FIRST = sorted(POSTS, key=len, reverse=True)
_LAST_WORD = re.compile(r"([가-힣]+)[^가-힣]*$")
_HANGUL_WORD = re.compile(r"[가-힣]+")


def _forms(word: str) -> list[str]:
    """``word`` and ``word`` minus up to two trailing particles ("회장직을")."""
    return list(_forms_of(word))


@lru_cache(maxsize=16384)
def _forms_of(word: str) -> tuple[str, ...]:
    forms = [word]
    for _ in range(2):
        for form in list(forms):
            for p in _PARTICLES:
                if form.endswith(p) and len(form) > len(p):
                    stem = form[: -len(p)]
                    if stem not in forms:
                        forms.append(stem)
    return tuple(forms)


def find_post(text: str, strict: bool = True) -> tuple[str, str] | None:
    """The post title that a word or phrase ends with, and its English gloss.

    With ``strict`` (the default) the last word, minus Korean particles, must
    be a title by itself; otherwise the longest title it ends with is taken
    ("과학기술부부부장" -> 부부장).  Ambiguous titles (:data:`AMBIGUOUS_POSTS`)
    are returned too; the caller decides whether to trust them.

    >>> find_post("부부장은")
    ('부부장', 'Vice Minister')
    >>> find_post("현대자동차 부회장과")
    ('부회장', 'Vice Chairman')
    >>> find_post("과학기술부부부장") is None
    True
    >>> find_post("과학기술부부부장", strict=False)
    ('부부장', 'Vice Minister')
    >>> find_post("증권시장의") is None
    True
    """
    m = _LAST_WORD.search(text)
    if not m:
        return None
    forms = _forms(m.group(1))
    if strict:
        for form in forms:
            if form in POSTS:
                return form, POSTS[form]
        return None
    best = ""
    for form in forms:
        for title in _TITLES_LONGEST_FIRST:
            if form.endswith(title):
                if len(title) > len(best):
                    best = title
                break
    return (best, POSTS[best]) if best else None


# --------------------------------------------------------------------------- scan

_PRIORITY = {
    "target_year": 0,
    "date": 1,
    "amount": 2,
    "area": 3,
    "capacity": 4,
    "duration": 5,
    "count": 6,
    "post": 7,
}


def _count_ok(m: re.Match[str], value: Decimal) -> bool:
    """Whether a number + 대 is a count, not "N major ..." (5대 도시) or an age (20대)."""
    if m["unit"] != "대":
        return True
    return bool(m["sp"]) or value >= 1000 or bool(_PARTICLE_START.match(m.string, m.end()))


def _candidates(sentence: str, ref: str) -> list[Found]:
    """Every candidate value in ``sentence``, overlaps included."""
    out: list[Found] = []
    s = sentence

    for m in _MONEY_RE.finditer(s):
        money = _money(m)
        if money is not None:
            out.append(
                Found(
                    "amount", m.start(), m.end(), m.group(0), lexical(money[0]), "decimal", money[1]
                )
            )

    for m in _AREA_RE.finditer(s):
        try:
            value = parse_korean_number(m["num"])
        except ValueError:
            continue
        out.append(
            Found(
                "area",
                m.start(),
                m.end(),
                m.group(0),
                lexical(value),
                "decimal",
                _AREA_UNITS[m["unit"]],
            )
        )

    for m in _COUNT_RE.finditer(s):
        try:
            value = parse_korean_number(m["num"])
        except ValueError:
            continue
        if not _count_ok(m, value):
            continue
        datatype = "integer" if value == value.to_integral_value() else "decimal"
        out.append(
            Found("count", m.start(), m.end(), m.group(0), lexical(value), datatype, m["unit"])
        )

    for m in _CAPACITY_RE.finditer(s):
        try:
            value = parse_korean_number(m["num"])
        except ValueError:
            continue
        unit = _capacity_unit(m["unit"], m["what"].strip(), _PER[m["per"]])
        out.append(
            Found("capacity", m.start(), m.end(), m.group(0), lexical(value), "decimal", unit)
        )

    for m in _DURATION_RE.finditer(s):
        unit = m["u"] or m["m"]
        out.append(
            Found(
                "duration", m.start(), m.end(), m.group(0), _duration(int(m["n"]), unit), "duration"
            )
        )

    for m in _TARGET_RE.finditer(s):
        resolved = resolve_date(m["when"], ref)
        if resolved is None or resolved[1] == "date":
            continue
        out.append(Found("target_year", m.start(), m.end(), m.group(0), *resolved))

    for m in _DATE_RE.finditer(s):
        resolved = resolve_date(m.group(0), ref)
        if resolved is None:
            log.debug("unresolved date %r (article date %r)", m.group(0), ref)
            continue
        out.append(Found("date", m.start(), m.end(), m.group(0), *resolved))

    for m in _HANGUL_WORD.finditer(s):
        post = find_post(m.group(0))
        if post is None or post[0] in AMBIGUOUS_POSTS:
            continue
        title, gloss = post
        out.append(
            Found("post", m.start(), m.start() + len(title), title, title, "string", gloss=gloss)
        )
    return out


def scan(sentence: str, article_date: str = "") -> list[Found]:
    """Every typed value in one sentence, non-overlapping, in order of start.

    Relative dates ("올해 4월", "19일", "6월") are resolved against
    ``article_date`` (YYYY-MM-DD) and skipped when it is not given.  Where
    candidates overlap, the longest wins.  Posts are reported only for titles
    that are not also ordinary words (see :data:`AMBIGUOUS_POSTS`).

    >>> [(f.kind, f.value, f.unit) for f in scan("총 투자액은 78억 위안이다.")]
    [('amount', '7800000000', 'CNY')]
    >>> [(f.kind, f.value) for f in scan("2020년까지 8조 위안으로", "2015-07-16")]
    [('target_year', '2020'), ('amount', '8000000000000')]
    >>> [(f.kind, f.value, f.unit) for f in scan("연간 30만 대의 생산능력")]
    [('capacity', '300000', 'vehicles/year')]
    """
    found = _candidates(sentence, article_date)
    found.sort(key=lambda f: (f.start - f.end, _PRIORITY.get(f.kind, 99), f.start))
    taken: list[Found] = []
    for f in found:
        if all(f.end <= t.start or f.start >= t.end for t in taken):
            taken.append(f)
    taken.sort(key=lambda f: f.start)
    return taken
