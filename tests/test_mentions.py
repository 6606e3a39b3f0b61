"""Mentions: particles, glosses, lists, quotes, persons; extractors are pluggable."""

from __future__ import annotations

import logging

import pytest

from kg import mentions
from kg.records import Article, Mention
from kg.sentences import split


def _found(text: str, date: str = "2020-01-01") -> set[tuple[str, str]]:
    art = Article("t", text, date=date)
    ms, _ = mentions.find(split(art), date)
    return {(m.type, m.text) for m in ms}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LG화학은 난징(南京)에 공장을 세웠다.", {("Firm", "LG화학"), ("City", "난징")}),
        ("포켓모바일(pocketmobile)사는 하얼빈 창룽그룹(哈爾賓昌隆集團)과 제휴했다.",
         {("Firm", "포켓모바일"), ("Firm", "창룽그룹"), ("City", "하얼빈")}),
        ("국무원(國務院, State Council)은 계획을 발표했다.", {("GovernmentBody", "국무원")}),
        ("중국-말레이시아 친저우(欽州)산업단지를 조성했다.",
         {("Country", "중국"), ("Country", "말레이시아"), ("City", "친저우"),
          ("Park", "친저우산업단지")}),
        ("공업정보화부는 「자동차 동력배터리 업계 규범 조건(汽車動力蓄電池行業規範條件)」을 "
         "발표했다.",
         {("GovernmentBody", "공업정보화부"), ("Policy", "자동차 동력배터리 업계 규범 조건")}),
        ("주요 산업은 전자정보, 바이오의약, 신소재 등이다.",
         {("Sector", "전자정보"), ("Sector", "바이오의약"), ("Sector", "신소재")}),
        ("황리신(黃莉新) 난징시 당서기가 참석했다.", {("Person", "황리신"), ("City", "난징시")}),
        ("‘일대일로’ 전략을 추진한다.", {("Policy", "일대일로")}),
        ("출처: 2015.7.14/광명망(光明網), 인민망(人民網)/편집문",
         {("MediaOutlet", "광명망"), ("MediaOutlet", "인민망")}),
        ("국무원 판공청(國務院辦公廳)은 「신에너지자동차 산업발전계획(2021~2035년)"
         "(新能源汽車産業發展規劃)」을 발표함.",
         {("GovernmentBody", "국무원 판공청"), ("Policy", "신에너지자동차 산업발전계획")}),
        ("비야디는 시안, 창사 등에 생산기지를 운영하고 있음.",
         {("City", "시안"), ("City", "창사")}),
        ("상하이시 정부는 미국 테슬라(Tesla)와 협약을 체결했다.",
         {("City", "상하이시"), ("Country", "미국"), ("Firm", "테슬라")}),
        ("궁정(龔正) 산둥성 성장은 기업을 유치하겠다고 말함.",
         {("Person", "궁정"), ("Province", "산둥성")}),
        ("핑샹(憑祥) 종합보세구를 조성하고 있다.", {("City", "핑샹"), ("Park", "핑샹 종합보세구")}),
    ],
    ids=["particle", "gloss-latin-han", "gloss-two", "compound-country-park", "title",
         "list-topic-head", "person-post", "quoted-policy", "source-line", "body-and-title",
         "list-of-places", "latin-brand", "glossed-name-ambiguous-post", "generic-head-place"],
)
def test_mentions_found(text: str, expected: set[tuple[str, str]]) -> None:
    found = _found(text)
    assert expected <= found, found - expected


@pytest.mark.parametrize(
    "text",
    ["중국 중서부 시장을 적극 공략하겠다고 말했다.", "지난달 수출이 늘었다.",
     "스마트단지, 생활환경, 서비스업 등 전방위적 협력을 추진한다."],
    ids=["market-is-no-post", "jinan-is-last", "list-without-sector-head"],
)
def test_common_words_are_not_names(text: str) -> None:
    found = _found(text)
    assert not {t for t in found if t[0] in ("Person", "City", "Sector")}, found


class _Broken:
    name = "broken"

    def __call__(self, a, ctx):  # noqa: ANN001, ANN204
        s = a.sentence
        return [
            "not a mention",
            Mention("X", "Spaceship", s.start, s.start + 1, s.index),
            Mention("Y", "Firm", s.end + 5, s.end + 9, s.index),
            Mention("삼성", "Firm", s.start, s.start + 2, s.index, rule="broken"),
        ]


def test_untrusted_extractor_output_is_validated(caplog: pytest.LogCaptureFixture) -> None:
    mentions.register(_Broken())
    try:
        art = Article("t", "삼성이 투자했다.")
        with caplog.at_level(logging.WARNING, logger="kg.mentions"):
            ms, _ = mentions.find(split(art), extractors=["broken"])
    finally:
        mentions.EXTRACTORS.pop("broken")
    assert [(m.text, m.type) for m in ms] == [("삼성", "Firm")]
    text = caplog.text
    assert "not a Mention" in text and "unknown type" in text and "bad offsets" in text


def test_extractors_are_registered_by_name() -> None:
    assert {"gloss", "gazetteer", "suffix", "quote", "list", "person", "source-line",
            "industry"} <= set(mentions.EXTRACTORS)
    art = Article("t", "LG화학은 난징(南京)에 공장을 세웠다.")
    ms, _ = mentions.find(split(art), extractors=["gloss"])
    assert {m.rule.split("+")[0] for m in ms} == {"gloss"}
