"""Tests for kg.facts: numbers, money, dates, posts and the sentence scanner."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.facts import (
    AMBIGUOUS_POSTS,
    POSTS,
    Found,
    find_post,
    lexical,
    parse_korean_number,
    parse_money,
    resolve_date,
    scan,
)


def facts(sentence: str, article_date: str = "") -> list[tuple[str, str, str, str]]:
    """(kind, value, datatype, unit) of everything scan() finds, in order."""
    return [(f.kind, f.value, f.datatype, f.unit) for f in scan(sentence, article_date)]


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("200억", "20000000000", id="200eok"),
        pytest.param("1조 5천억", "1500000000000", id="1jo-5cheon-eok"),
        pytest.param("8조", "8000000000000", id="8jo"),
        pytest.param("1,200억", "120000000000", id="comma-eok"),
        pytest.param("78억", "7800000000", id="78eok"),
        pytest.param("70억", "7000000000", id="70eok"),
        pytest.param("5,000", "5000", id="comma"),
        pytest.param("30만", "300000", id="30man"),
        pytest.param("5만", "50000", id="5man"),
        pytest.param("3.5억", "350000000", id="decimal-eok"),
        pytest.param("2만5천", "25000", id="man-cheon"),
        pytest.param("1억 2천만", "120000000", id="eok-cheonman"),
        pytest.param("1,000여만", "10000000", id="approx-man"),
        pytest.param("천억", "100000000000", id="bare-cheon"),
        pytest.param("112", "112", id="plain"),
        pytest.param("3.5", "3.5", id="plain-decimal"),
    ],
)
def test_parse_korean_number(text: str, expected: str) -> None:
    value = parse_korean_number(text)
    assert value == Decimal(expected)
    assert lexical(value) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("abc", id="latin"),
        pytest.param("5억 3조", id="out-of-order"),
        pytest.param("5억원", id="currency-inside"),
    ],
)
def test_parse_korean_number_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_korean_number(text)


def test_lexical_has_no_exponent() -> None:
    assert lexical(Decimal("8E+12")) == "8000000000000"
    assert lexical(Decimal("112.0")) == "112"


# --------------------------------------------------------------------------- money


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        pytest.param("200억 위안", "20000000000", "CNY", id="yuan"),
        pytest.param("70억 달러", "7000000000", "USD", id="dollar"),
        pytest.param("1조 5천억 위안", "1500000000000", "CNY", id="jo-cheon-eok"),
        pytest.param("300억 원", "30000000000", "KRW", id="won-spaced"),
        pytest.param("5천만원", "50000000", "KRW", id="won-attached"),
        pytest.param("3억 엔", "300000000", "JPY", id="yen"),
        pytest.param("2억 유로", "200000000", "EUR", id="euro"),
        pytest.param("10억 위안화", "1000000000", "CNY", id="yuanhwa"),
        pytest.param("8조 위안으로", "8000000000000", "CNY", id="particle"),
        pytest.param("10억 홍콩 달러", "1000000000", "HKD", id="hkd"),
        pytest.param("US$5억", "500000000", "USD", id="dollar-sign"),
    ],
)
def test_parse_money(text: str, value: str, currency: str) -> None:
    assert parse_money(text) == (Decimal(value), currency)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("200억", id="no-currency"),
        pytest.param("공업원", id="won-in-word"),
        pytest.param("3원칙", id="won-prefix-of-word"),
        pytest.param("수억 원", id="no-digits"),
    ],
)
def test_parse_money_none(text: str) -> None:
    assert parse_money(text) is None


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("expr", "article_date", "expected"),
    [
        pytest.param("올해 4월", "2015-07-16", ("2015-04", "gYearMonth"), id="this-year-month"),
        pytest.param("작년 10월", "2015-07-16", ("2014-10", "gYearMonth"), id="last-year-month"),
        pytest.param("지난해 10월", "2015-07-16", ("2014-10", "gYearMonth"), id="jinanhae"),
        pytest.param("지난달", "2014-06-20", ("2014-05", "gYearMonth"), id="last-month"),
        pytest.param("지난달", "2014-01-20", ("2013-12", "gYearMonth"), id="last-month-jan"),
        pytest.param("이달 초", "2014-06-20", ("2014-06", "gYearMonth"), id="early-this-month"),
        pytest.param("이달", "2014-06-20", ("2014-06", "gYearMonth"), id="this-month"),
        pytest.param("다음 달", "2014-12-20", ("2015-01", "gYearMonth"), id="next-month"),
        pytest.param("19일", "2017-07-20", ("2017-07-19", "date"), id="day"),
        pytest.param("22일", "2015-10-23", ("2015-10-22", "date"), id="day-2"),
        pytest.param("25일", "2015-10-23", ("2015-09-25", "date"), id="day-previous-month"),
        pytest.param("31일", "2015-03-02", None, id="day-invalid-in-previous-month"),
        pytest.param("지난 19일", "2017-07-20", ("2017-07-19", "date"), id="last-day"),
        pytest.param("오는 5일", "2017-07-20", ("2017-08-05", "date"), id="coming-day"),
        pytest.param("6월", "2015-07-16", ("2015-06", "gYearMonth"), id="bare-month"),
        pytest.param("12월", "2015-07-16", ("2015-12", "gYearMonth"), id="bare-month-later"),
        pytest.param("지난 12월", "2015-07-16", ("2014-12", "gYearMonth"), id="last-december"),
        pytest.param("오는 3월", "2015-07-16", ("2016-03", "gYearMonth"), id="coming-march"),
        pytest.param("7월 19일", "2017-07-20", ("2017-07-19", "date"), id="month-day"),
        pytest.param("2016년 10월", "", ("2016-10", "gYearMonth"), id="year-month"),
        pytest.param("2015년 5월", "2019-04-25", ("2015-05", "gYearMonth"), id="year-month-2"),
        pytest.param("2010년", "", ("2010", "gYear"), id="year"),
        pytest.param("2020년 말", "", ("2020", "gYear"), id="year-end"),
        pytest.param("2017년 7월 19일", "", ("2017-07-19", "date"), id="full-date"),
        pytest.param("2015.7.14", "", ("2015-07-14", "date"), id="dotted"),
        pytest.param("2015. 7. 14.", "", ("2015-07-14", "date"), id="dotted-spaced"),
        pytest.param("2017-07-20", "", ("2017-07-20", "date"), id="iso"),
        pytest.param("2017/7/20", "", ("2017-07-20", "date"), id="slashed"),
        pytest.param("내년", "2015-07-16", ("2016", "gYear"), id="next-year"),
        pytest.param("올해", "2015-07-16", ("2015", "gYear"), id="this-year"),
        pytest.param("작년", "2015-07-16", ("2014", "gYear"), id="last-year"),
        pytest.param("지난해", "2015-07-16", ("2014", "gYear"), id="jinanhae-year"),
        pytest.param("재작년", "2015-07-16", ("2013", "gYear"), id="two-years-ago"),
        pytest.param("작년 말", "2015-07-16", ("2014", "gYear"), id="end-of-last-year"),
        pytest.param("올 4월", "2015-07-16", ("2015-04", "gYearMonth"), id="ol-month"),
        pytest.param("어제", "2015-03-01", ("2015-02-28", "date"), id="yesterday"),
        pytest.param("최근", "2015-07-16", None, id="recently"),
        pytest.param("올해 4월", "", None, id="relative-without-article-date"),
        pytest.param("6월", "", None, id="bare-month-without-article-date"),
        pytest.param("19일", "", None, id="bare-day-without-article-date"),
        pytest.param("19일", "not-a-date", None, id="malformed-article-date"),
        pytest.param("2015년 2월 30일", "", None, id="invalid-day"),
        pytest.param("", "2015-07-16", None, id="empty"),
    ],
)
def test_resolve_date(expr: str, article_date: str, expected: tuple[str, str] | None) -> None:
    assert resolve_date(expr, article_date) == expected


# --------------------------------------------------------------------------- posts


@pytest.mark.parametrize(
    ("text", "strict", "expected"),
    [
        pytest.param("부부장은", True, ("부부장", "Vice Minister"), id="vice-minister"),
        pytest.param("부장은", True, ("부장", "Minister"), id="minister"),
        pytest.param("부회장과", True, ("부회장", "Vice Chairman"), id="vice-chairman"),
        pytest.param("회장이", True, ("회장", "Chairman"), id="chairman"),
        pytest.param("중국 국가주석과", True, ("국가주석", "President (of the PRC)"), id="phrase"),
        pytest.param("난징시 당서기", True, ("당서기", "Party Secretary"), id="party-secretary"),
        pytest.param("대표이사인", False, ("대표이사", "CEO"), id="ceo-longest"),
        pytest.param("회장직을", True, ("회장", "Chairman"), id="two-endings"),
        pytest.param("교수에게", True, ("교수", "Professor"), id="ege"),
        pytest.param("시장은", True, ("시장", "Mayor"), id="ambiguous-still-found"),
        pytest.param("과학기술부부부장은", True, None, id="compound-strict"),
        pytest.param("과학기술부부부장은", False, ("부부장", "Vice Minister"), id="compound-loose"),
        pytest.param("사장될", True, None, id="verb-not-title"),
        pytest.param("증권시장의", True, None, id="market-compound"),
        pytest.param("국가", True, None, id="not-a-title"),
        pytest.param("MOST", True, None, id="no-hangul"),
    ],
)
def test_find_post(text: str, strict: bool, expected: tuple[str, str] | None) -> None:
    assert find_post(text, strict=strict) == expected


def test_posts_table() -> None:
    assert POSTS["부부장"] == "Vice Minister"
    assert POSTS["국가주석"] == "President (of the PRC)"
    assert POSTS["총경리"] == "General Manager"
    assert len(POSTS) >= 40
    assert AMBIGUOUS_POSTS <= POSTS.keys()
    assert {"시장", "대표", "원장", "소장", "주석"} <= AMBIGUOUS_POSTS


# --------------------------------------------------------------------------- scan

SCAN_CASES = [
    pytest.param(
        "올해 4월, 허난(河南) 서부에 위치한 뤄양시에 200억 위안 투자규모의 "
        "‘한중기술산업타운’ 사업 체결식이 열림.",
        "2015-07-16",
        [
            ("date", "2015-04", "gYearMonth", ""),
            ("amount", "20000000000", "decimal", "CNY"),
        ],
        id="luoyang-town",
    ),
    pytest.param(
        "작년 10월, 국무원(國務院, State Council)은 「과학기술서비스업 육성에 관한 "
        "약간의견(關于加快科技服務業發展的若干意見)」에서 2020년까지 기술혁신의 전과정을 "
        "아우르는 기술서비스업 체계를 구축하고, 기술서비스 산업규모를 8조 위안으로 "
        "끌어올린다는 목표를 내세움.",
        "2015-07-16",
        [
            ("date", "2014-10", "gYearMonth", ""),
            ("target_year", "2020", "gYear", ""),
            ("amount", "8000000000000", "decimal", "CNY"),
        ],
        id="state-council-opinions",
    ),
    pytest.param(
        "베이징시는 6월 「수도 과학기술서비스업 발전에 관한 실시의견"
        "(關于加快首都科技服務業發展的實施意見)」을 발표하고, 2020년까지 기술서비스업 "
        "매출액을 1조 5천억 위안까지 확대한다는 목표를 제시한 바 있음.",
        "2015-07-16",
        [
            ("date", "2015-06", "gYearMonth", ""),
            ("target_year", "2020", "gYear", ""),
            ("amount", "1500000000000", "decimal", "CNY"),
        ],
        id="beijing-opinions",
    ),
    pytest.param(
        "국가 차원에서는 올해 4월 과학기술부(科學技術部, MOST)가 25곳의 과학기술서비스업 "
        "시범지역(科技服務業試点區域)을 선정함.",
        "2015-07-16",
        [
            ("date", "2015-04", "gYearMonth", ""),
            ("count", "25", "integer", "곳"),
        ],
        id="pilot-regions",
    ),
    pytest.param(
        "최근 한국의 포켓모바일(pocketmobile)사는 하얼빈 창룽그룹(哈爾賓昌隆集團)과 "
        "제휴하여 하얼빈 종합보세구에 정보과학기술회사를 설립하고, 5,000㎡ 면적의 "
        "소프트웨어 연구개발기지를 조성함.",
        "2015-07-16",
        [("area", "5000", "decimal", "m2")],
        id="rd-base-area",
    ),
    pytest.param(
        "공업원은 벨라루스 수도 민스크(Minsk) 인근에 위치하며 총 면적은 112㎢에 달한다.",
        "2019-04-25",
        [("area", "112", "decimal", "km2")],
        id="great-stone-area",
    ),
    pytest.param(
        "충칭 공장은 베이징현대의 다섯 번째 중국 공장으로, 연간 30만 대의 생산능력을 갖췄다.",
        "2017-07-20",
        [("capacity", "300000", "decimal", "vehicles/year")],
        id="chongqing-capacity",
    ),
    pytest.param(
        "총 투자액은 78억 위안이다.",
        "2017-07-20",
        [("amount", "7800000000", "decimal", "CNY")],
        id="chongqing-investment",
    ),
    pytest.param(
        "이 공장은 삼성전자가 70억 달러를 투자한 해외 최대 규모의 반도체 사업장으로, "
        "삼성전자는 2012년 산시성 정부와 투자 협약을 체결한 바 있음.",
        "2014-06-20",
        [
            ("amount", "7000000000", "decimal", "USD"),
            ("date", "2012", "gYear", ""),
        ],
        id="xian-fab",
    ),
    pytest.param(
        "공업정보화부(工業和信息化部, MIIT)는 1,200억 위안 규모의 국가집적회로산업투자기금 "
        "조성을 추진하고 있으며",
        "2014-06-20",
        [("amount", "120000000000", "decimal", "CNY")],
        id="ic-fund",
    ),
    pytest.param(
        "현대자동차는 앞서 2016년 10월 허베이(河北)성 창저우(滄州)시에 네 번째 공장을 가동했다.",
        "2017-07-20",
        [("date", "2016-10", "gYearMonth", "")],
        id="cangzhou-plant",
    ),
    pytest.param(
        "현재 공업원에는 중국과 벨라루스, 독일 등의 50여 개 기업이 입주해 있으며",
        "2019-04-25",
        [("count", "50", "integer", "개")],
        id="tenants-approx",
    ),
    pytest.param(
        "벨라루스 정부는 입주 기업에 10년간 법인세를 면제하고 있다.",
        "2019-04-25",
        [("duration", "P10Y", "duration", "")],
        id="tax-holiday-duration",
    ),
    pytest.param(
        "중국과학기술부(科學技術部, MOST)자오젠린(曹健林) 부부장은 ‘일대일로’ 전략 추진 이후, "
        "중국 과학기술의 해외진출이 새로운 기회를 맞이했으며",
        "2015-07-16",
        [("post", "부부장", "string", "")],
        id="vice-minister",
    ),
    pytest.param(
        "LG화학은 22일 장쑤(江蘇)성 난징(南京)시 빈장(濱江)경제개발구에서 전기차 배터리 공장 "
        "준공식을 개최함.",
        "2015-10-23",
        [("date", "2015-10-22", "date", "")],
        id="lgchem-day",
    ),
    pytest.param(
        "삼성전자는 지난달 산시(陝西)성 시안(西安)시 고신기술산업개발구(高新技術産業開發區)에 "
        "위치한 낸드플래시 메모리 공장의 가동을 시작함.",
        "2014-06-20",
        [("date", "2014-05", "gYearMonth", "")],
        id="last-month",
    ),
    pytest.param(
        "이달 초, 국무원(國務院)은 「국가집적회로산업발전추진강요"
        "(國家集成電路産業發展推進綱要)」를 발표하고, 2030년까지 반도체 산업 전반에서 "
        "국제 선진 수준에 도달한다는 목표를 제시함.",
        "2014-06-20",
        [
            ("date", "2014-06", "gYearMonth", ""),
            ("target_year", "2030", "gYear", ""),
        ],
        id="ic-outline",
    ),
    pytest.param(
        "현대자동차와 베이징자동차(北京汽車)의 합작법인인 베이징현대(北京現代)가 19일 "
        "충칭(重慶)시 량장신구(兩江新區)에서 충칭 공장 준공식을 열고 본격 생산에 들어갔다.",
        "2017-07-20",
        [("date", "2017-07-19", "date", "")],
        id="chongqing-opening-day",
    ),
    pytest.param(
        "량장신구는 2010년 국무원이 비준한 중국 내륙 최초의 국가급 신구로",
        "2017-07-20",
        [("date", "2010", "gYear", "")],
        id="liangjiang-year",
    ),
    pytest.param(
        "이 공장은 LG화학과 난징쯔진(紫金)투자그룹, 난징진룽(金龍)버스가 공동 설립한 합작법인이 "
        "운영하며, 연간 전기차 5만 대 이상에 공급할 배터리를 생산할 계획임.",
        "2015-10-23",
        [("capacity", "50000", "decimal", "vehicles/year")],
        id="capacity-with-noun",
    ),
    pytest.param(
        "준공식에는 박진수 LG화학 부회장과 황리신(黃莉新) 난징시 당서기 등이 참석함.",
        "2015-10-23",
        [("post", "부회장", "string", ""), ("post", "당서기", "string", "")],
        id="two-posts",
    ),
    pytest.param(
        "시진핑(習近平) 중국 국가주석과 알렉산드르 루카셴코 벨라루스 대통령은 2015년 5월 "
        "민스크에서 공업원을 함께 시찰했다.",
        "2019-04-25",
        [
            ("post", "국가주석", "string", ""),
            ("post", "대통령", "string", ""),
            ("date", "2015-05", "gYearMonth", ""),
        ],
        id="state-visit",
    ),
    pytest.param(
        '정의선 현대자동차 부회장은 "충칭 공장을 거점으로 중국 중서부 시장을 적극 '
        '공략하겠다"고 말했다.',
        "2017-07-20",
        [("post", "부회장", "string", "")],
        id="market-is-not-mayor",
    ),
    pytest.param(
        "「의견」에서는 연구개발, 기술이전 등 전문 기술서비스와 종합 기술서비스 등 9개 분야를 "
        "중점적으로 추진할 계획이라고 밝힘.",
        "2015-07-16",
        [("count", "9", "integer", "개")],
        id="nine-fields",
    ),
    pytest.param(
        "∙∙∙ 베이징 중관춘(中關村) 등 5대 국가자주혁신시범구와 선양(瀋陽), 충칭(重慶) 등 "
        "20개의 하이테크산업개발구가 포함됨.",
        "2015-07-16",
        [("count", "20", "integer", "개")],
        id="five-major-is-not-a-count",
    ),
    pytest.param(
        "출처: 2015.7.14/광명망(光明網), 국제일보(國際日報)",
        "2015-07-16",
        [("date", "2015-07-14", "date", "")],
        id="dotted-date",
    ),
    pytest.param(
        "2017-07-20 발표",
        "",
        [("date", "2017-07-20", "date", "")],
        id="iso-date",
    ),
    pytest.param(
        "중국 경제 성장이 둔화되고 증시 시장은 대표 종목이 하락했다.",
        "2015-07-16",
        [],
        id="ambiguous-posts-skipped",
    ),
    pytest.param(
        "13차 5개년(2016~2020년) 계획은 6개월간 준비됐다.",
        "2015-07-16",
        [("duration", "P6M", "duration", "")],
        id="range-and-five-year-plan",
    ),
    pytest.param(
        "올해 말까지 1,000여만 달러를 투자하고 100만 평방미터 부지에 5헥타르를 더한다.",
        "2015-07-16",
        [
            ("target_year", "2015", "gYear", ""),
            ("amount", "10000000", "decimal", "USD"),
            ("area", "1000000", "decimal", "m2"),
            ("area", "5", "decimal", "ha"),
        ],
        id="relative-target-and-units",
    ),
]


@pytest.mark.parametrize(("sentence", "article_date", "expected"), SCAN_CASES)
def test_scan(sentence: str, article_date: str, expected: list[tuple[str, ...]]) -> None:
    assert facts(sentence, article_date) == expected


def test_scan_offsets_and_text() -> None:
    sentence = "올해 4월, 뤄양시에 200억 위안 투자규모의 사업"
    for f in scan(sentence, "2015-07-16"):
        assert sentence[f.start : f.end] == f.text
    date, amount = scan(sentence, "2015-07-16")
    assert date.text == "올해 4월"
    assert amount.text == "200억 위안"


def test_scan_post_fields() -> None:
    (post,) = scan("자오젠린(曹健林) 부부장은 전망함.")
    assert post == Found("post", 10, 13, "부부장", "부부장", "string", gloss="Vice Minister")


def test_scan_without_article_date_skips_relative_dates() -> None:
    sentence = "국가 차원에서는 올해 4월 과학기술부가 25곳을 선정했고 19일 6월 2016년 10월 발표"
    assert facts(sentence) == [
        ("count", "25", "integer", "곳"),
        ("date", "2016-10", "gYearMonth", ""),
    ]


def test_scan_target_year_is_not_also_a_date() -> None:
    found = scan("2020년까지 2020년 목표", "2015-07-16")
    assert [(f.kind, f.text) for f in found] == [
        ("target_year", "2020년까지"),
        ("date", "2020년"),
    ]


def test_scan_day_is_not_a_count() -> None:
    kinds = [f.kind for f in scan("베이징현대가 19일 준공식을 열었다.", "2017-07-20")]
    assert kinds == ["date"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("충칭 공장은 베이징현대의 다섯 번째 중국 공장이다.", id="native-ordinal"),
        pytest.param("창저우시에 네 번째 공장을 가동했다.", id="native-ordinal-2"),
        pytest.param("제3개 분야를 추진한다.", id="je-ordinal"),
        pytest.param("20대 청년이 늘었다.", id="age-band"),
        pytest.param("3~5개 기업", id="range"),
    ],
)
def test_scan_no_counts(sentence: str) -> None:
    assert [f for f in scan(sentence, "2017-07-20") if f.kind == "count"] == []


def test_scan_results_do_not_overlap_and_are_ordered() -> None:
    sentence = (
        "2015년 5월 연간 30만 대 규모로 2020년까지 78억 위안을 투자하고 25곳에 "
        "10년간 면세, 리커창 총리가 19일 방문"
    )
    found = scan(sentence, "2015-07-20")
    starts = [f.start for f in found]
    assert starts == sorted(starts)
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start
    assert [f.kind for f in found] == [
        "date",
        "capacity",
        "target_year",
        "amount",
        "count",
        "duration",
        "post",
        "date",
    ]
