"""Sentence -> :class:`~kg.records.Mention`: names found by morphology and patterns.

A sentence is first *cleaned*: parenthesised glosses in Chinese characters or
Latin script (``뤄양(洛陽)``, ``국무원(國務院, State Council)``) are lifted out
and attached to the word they follow. Kiwi then analyses the cleaned text; each
whitespace word keeps its noun stem (particles stripped: ``포켓모바일과`` →
``포켓모바일``). Extractors, each a small class behind :class:`Extractor`,
turn words into typed mentions:

* ``gloss``: a word carrying a Chinese/Latin gloss is a name; its type comes
  from the gazetteer, its Korean head noun or the Chinese suffix (集團 → Firm);
* ``gazetteer``: words that are countries, provinces, cities, bodies;
* ``suffix``: noun compounds typed by their head (``…그룹`` Firm, ``…산업단지`` Park);
* ``quote``: ``「…」`` titles (Policy) and ``‘…’`` quoted names;
* ``list``: items of coordinated lists ``A, B 및 C 등 N개 분야`` typed by the head;
* ``person``: a name next to a post title (``자오젠린 부부장``).

What an extractor returns is validated before it is used.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Protocol

from kg.gazetteer import HAN, HANGUL, Gazetteer, compact, gazetteer
from kg.namespaces import CORE_CLASSES
from kg.records import Mention, Sentence
from kg.sentences import kiwi
from kg.transcribe import sino_korean

logger = logging.getLogger(__name__)

PLACE_TYPES = {"Country", "Province", "City"}
# a city outside China and Korea is matched by its Chinese characters only from this size on
FOREIGN_CITY_BY_HANZI = 1_000_000
AGENT_TYPES = {"Firm", "GovernmentBody", "Organization", "MediaOutlet"}

# Korean head nouns -> type (longest match wins).
KO_SUFFIX_TYPES: dict[str, str] = {
    # parks and zones
    "산업단지": "Park", "공업단지": "Park", "과학기술단지": "Park", "산업원": "Park",
    "공업원": "Park", "산업구": "Park", "공업구": "Park", "개발구": "Park", "경제개발구": "Park",
    "산업개발구": "Park", "신구": "Park", "보세구": "Park", "보세항구": "Park", "시범구": "Park",
    "시험구": "Park", "자유무역구": "Park", "자유무역시험구": "Park", "경제특구": "Park",
    "특구": "Park", "산업타운": "Park", "타운": "Park", "연구개발기지": "Park", "생산기지": "Park",
    "기지": "Park", "산업단지구": "Park", "물류단지": "Park", "산업클러스터": "Park",
    "클러스터": "Park", "밸리": "Park", "테크노파크": "Park", "사이언스파크": "Park", "파크": "Park",
    "산업원구": "Park", "공업원구": "Park", "고신구": "Park", "첨단산업구": "Park", "단지": "Park",
    "경제구역": "Park", "협력구": "Park", "합작구": "Park", "시범지구": "Park", "개발지구": "Park",
    # firms
    "그룹": "Firm", "집단": "Firm", "회사": "Firm", "공사": "Firm", "유한공사": "Firm",
    "주식회사": "Firm", "자동차": "Firm", "기차": "Firm", "전자": "Firm", "화학": "Firm",
    "은행": "Firm", "증권": "Firm", "보험": "Firm", "버스": "Firm", "중공업": "Firm",
    "건설": "Firm", "물산": "Firm", "통신": "Firm", "제약": "Firm", "항공": "Firm",
    "해운": "Firm", "에너지": "Firm", "홀딩스": "Firm", "코퍼레이션": "Firm", "텔레콤": "Firm",
    "전기": "Firm", "철강": "Firm", "반도체": "Firm", "디스플레이": "Firm", "모터스": "Firm",
    "과학기술회사": "Firm", "기술회사": "Firm", "투자그룹": "Firm", "합작법인": "Firm",
    "SDI": "Firm", "케미칼": "Firm", "케미컬": "Firm", "제철": "Firm", "스틸": "Firm",
    "로직스": "Firm", "모비스": "Firm", "이노베이션": "Firm", "솔루션": "Firm",
    "모빌리티": "Firm", "인베스트먼트": "Firm", "캐피탈": "Firm", "생명": "Firm",
    "바이오": "Firm", "하이텍": "Firm", "테크놀로지": "Firm",
    # government
    "국무원": "GovernmentBody", "위원회": "GovernmentBody", "인민정부": "GovernmentBody",
    "총국": "GovernmentBody", "총서": "GovernmentBody", "판공청": "GovernmentBody",
    "관리국": "GovernmentBody", "감독관리위원회": "GovernmentBody", "사무국": "GovernmentBody",
    "상무청": "GovernmentBody", "상무국": "GovernmentBody", "의회": "GovernmentBody",
    "도의회": "GovernmentBody", "시의회": "GovernmentBody", "당위원회": "GovernmentBody",
    "시당위원회": "GovernmentBody", "성당위원회": "GovernmentBody", "총영사관": "GovernmentBody",
    "영사관": "GovernmentBody", "대사관": "GovernmentBody", "입법회의": "GovernmentBody",
    "개발청": "GovernmentBody", "관리위원회": "GovernmentBody", "판공실": "GovernmentBody",
    "발전개혁위원회": "GovernmentBody", "인민대표대회": "GovernmentBody", "정협": "GovernmentBody",
    "경제무역청": "GovernmentBody", "투자촉진국": "GovernmentBody", "외사판공실": "GovernmentBody",
    "협의회": "Organization",
    # organisations
    "협회": "Organization", "연구원": "Organization", "연구소": "Organization",
    "포럼": "Organization", "상회": "Organization", "연합회": "Organization",
    "대학": "Organization", "대학교": "Organization", "기구": "Organization",
    "재단": "Organization", "상공회의소": "Organization",
    # media
    "일보": "MediaOutlet", "신문": "MediaOutlet", "통신사": "MediaOutlet", "경제망": "MediaOutlet",
    "뉴스": "MediaOutlet", "타임스": "MediaOutlet", "저널": "MediaOutlet", "데일리": "MediaOutlet",
    # programmes
    "시범지역": "Project", "시범사업": "Project", "시범도시": "Project", "기금": "Project",
    "투자기금": "Project", "프로젝트": "Project", "시범도시군": "Project", "도시군": "Project", "신통로": "Project", "경제회랑": "Project",
    "경제벨트": "Project", "통로": "Project", "철도": "Project", "고속철도": "Project",
    "철로": "Project", "고속도로": "Project", "댐": "Project", "발전소": "Project", "대교": "Project",
    "송유관": "Project", "가스관": "Project", "파이프라인": "Project", "운하": "Project",
    # titles in quotes
    "전략": "Policy", "계획": "Policy", "규획": "Policy", "방안": "Policy", "강요": "Policy",
    "의견": "Policy", "규범": "Policy", "조건": "Policy", "조례": "Policy", "규정": "Policy",
    "이니셔티브": "Policy", "정책": "Policy", "협정": "Policy",
}
# Heads that name a policy only inside quotes or 「」.
QUOTE_ONLY = {"전략", "계획", "규획", "방안", "강요", "의견", "규범", "조건", "조례", "규정",
              "이니셔티브", "정책", "협정", "단지", "통신", "전기", "화학", "반도체", "디스플레이",
              "에너지", "항공", "건설", "해운", "제약", "철강", "솔루션", "모빌리티", "생명",
              "바이오", "스틸", "캐피탈", "통로", "뉴스", "타임스", "저널", "데일리", "철도",
              "고속철도", "철로", "고속도로", "댐", "발전소", "대교", "송유관", "가스관", "파이프라인",
              "운하", "협의회"}
# Chinese suffixes of a glossed name -> type.
ZH_SUFFIX_TYPES: list[tuple[str, str]] = [
    ("委员会", "GovernmentBody"), ("国务院", "GovernmentBody"), ("人民政府", "GovernmentBody"),
    ("部", "GovernmentBody"), ("总局", "GovernmentBody"), ("署", "GovernmentBody"),
    ("集团", "Firm"), ("公司", "Firm"), ("汽车", "Firm"), ("银行", "Firm"), ("客车", "Firm"),
    ("股份", "Firm"), ("控股", "Firm"), ("电子", "Firm"), ("科技", "Firm"), ("钴业", "Firm"),
    ("实业", "Firm"), ("矿业", "Firm"), ("化工", "Firm"), ("钢铁", "Firm"), ("能源", "Firm"),
    ("材料", "Firm"), ("制药", "Firm"), ("药业", "Firm"), ("重工", "Firm"), ("物流", "Firm"),
    ("日报", "MediaOutlet"), ("网", "MediaOutlet"), ("报", "MediaOutlet"), ("社", "MediaOutlet"),
    ("开发区", "Park"), ("新区", "Park"), ("园区", "Park"), ("园", "Park"), ("产业城", "Park"),
    ("科技城", "Park"), ("保税区", "Park"), ("示范区", "Park"), ("试验区", "Park"), ("基地", "Park"),
    ("村", "Park"),
    ("试点区域", "Project"), ("基金", "Project"),
    ("意见", "Policy"), ("纲要", "Policy"), ("规划", "Policy"), ("条件", "Policy"),
    ("办法", "Policy"), ("规定", "Policy"), ("计划", "Policy"), ("战略", "Policy"),
    ("协会", "Organization"), ("大学", "Organization"), ("研究院", "Organization"),
    ("省", "Province"), ("市", "City"), ("县", "City"),
]
# List heads: the noun after ``등`` (or before a list as its topic) -> the items' type.
LIST_HEADS: dict[str, str] = {
    "서비스": "Sector", "분야": "Sector", "산업": "Sector", "부문": "Sector", "업종": "Sector", "다방면": "Sector",
    "영역": "Sector", "업계": "Sector", "사업": "Sector", "기술": "Sector",
    "지역": "Place", "도시": "City", "성": "Province", "국가": "Country", "나라": "Country",
    "기업": "Firm", "업체": "Firm", "회사": "Firm", "완성차": "Firm", "그룹": "Firm",
    "시범구": "Park", "개발구": "Park", "단지": "Park", "산업단지": "Park", "신구": "Park",
    "하이테크산업개발구": "Park", "국가자주혁신시범구": "Park", "언론": "MediaOutlet",
    "매체": "MediaOutlet", "부처": "GovernmentBody", "부서": "GovernmentBody",
}
# Words that end like a type but are common nouns.
STOP_STEMS = {
    "정부", "서부", "동부", "남부", "북부", "중부", "일부", "내부", "외부", "전부", "본부",
    "세부", "상부", "하부", "대부분", "간부", "공업원", "단지", "기지", "회사", "그룹", "전자",
    "화학", "전기", "자동차", "은행", "통신", "항공", "건설", "기금", "타운", "파크", "밸리",
    "클러스터", "산업단지", "공업단지", "개발구", "신구", "특구", "시범구", "합작법인",
    "시범지역", "계획", "전략", "정책", "방안", "의견", "프로젝트", "연구원", "기구", "협회",
    "기차", "버스", "에너지", "반도체", "완성차", "물류단지", "생산기지", "연구개발기지",
    "스마트단지", "발전단지", "국가급", "공장", "보세구", "이동통신사", "철도", "고속철도", "철로",
    "의회", "도의회", "시의회", "당위원회", "총영사관", "영사관", "대사관", "관리위원회", "판공실",
    "고속도로", "댐", "발전소", "대교", "송유관", "가스관", "파이프라인", "운하", "자회사", "계열사",
    "합작사", "모회사", "본사", "지사",
}
# A bare head noun that refers back to a named entity (``공업원`` = 중국-벨라루스 공업원).
ANAPHORS = {"공업원", "산업원", "산업단지", "공업단지", "개발구", "신구", "타운", "그룹", "회사",
            "공장", "보세구", "종합보세구", "시범지역", "의견", "기금", "단지", "은행"}
# Single-syllable country abbreviations in compounds (한중, 중-말레이시아).
COUNTRY_ABBR = {"한": "KR", "중": "CN", "미": "US", "일": "JP", "러": "RU", "북": "KP",
                "독": "DE", "영": "GB", "불": "FR", "인": "IN", "호": "AU", "베": "VN", "몽": "MN",
                "대": "TW", "태": "TH", "캄": "KH"}
_COUNTRY_PAIR = re.compile(r"^([한중미일러])([한중미일러])(?:$|[가-힣])")


def country_pair(word: str) -> tuple[str, str] | None:
    """The two country abbreviations a word starts with (한중, 중한), if it does.

    >>> country_pair("한중기술산업타운"), country_pair("한국")
    (('한', '중'), None)
    """
    m = _COUNTRY_PAIR.match(word)
    return (m[1], m[2]) if m and m[1] != m[2] else None


# Korean word-final suffixes stripped before a gazetteer look-up.
GENERIC_TAILS = ("국가간", "국가", "지역", "정부", "당국", "측", "간", "국", "지방정부", "기업들", "기업",
                 "업체들", "업체")

# Nouns that may be coordinated Sector items: drop activities and abstract nouns.
NOT_SECTOR = {"사업", "협력", "추진", "계획", "발전", "육성", "운영", "지원", "확대", "강화",
              "개발", "건설", "투자", "실험", "전시", "체계", "목표", "기회", "수요", "현황",
              "분야", "산업", "부문", "등", "기업", "업체", "지역", "국가", "환경", "생활환경"}

# "합작법인인 베이징현대": a name after "<class noun>인" is of that class
_APPOSITIVE = re.compile(r"(합작법인|자회사|계열사|법인|기업|업체|회사|그룹|산업단지|개발구|단지)인$")
# a whitespace word, cut after a middle dot that joins two names ("강원도·춘천시", "LG화학·포스코"):
# the piece keeps its dot, as a comma stays on a list item
_WORD = re.compile(r"[^\s·ㆍ]+[·ㆍ](?=[^\s·ㆍ\d])|[^\s·ㆍ]*[^\s]")
# what may follow a place's name in its full form: 광시장족자치구, 옌볜조선족자치주
_ADMIN_TAIL = re.compile(r"(?:[가-힣]{1,3}족)?(?:자치구|자치주|자치현|특별행정구|특별시|직할시|성|시|현|구)")
_ALIAS = re.compile(r"^(?P<rest>.*?)[,，]?\s*이하\s*[‘'\"“「]?(?P<alias>[^‘’'\"“”「」()]{1,20}?)[’'\"”」]?\s*(?:이라\s*한다|라\s*함|으로\s*약칭)?\s*$")
_GLOSS = re.compile(r"\(((?:[^()]|\([^()]{1,20}\)){1,80})\)|\[([\u3400-\u9fff\uf900-\ufaff]{1,20})\]")
_LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9&.'’\- ]*$")
_QUOTES = re.compile(r"「([^」]{1,120})」|『([^』]{1,120})』|‘([^’]{1,60})’|“([^”]{1,60})”|《([^》]{1,80})》"
                     r"|'([^'\n]{1,30})'|\"([^\"\n]{1,30})\"")
_NUM_COUNTER = re.compile(r"^\d[\d,.]*(?:개|대|곳|개의|곳의|대의|여개|여 개)?(?:의)?$")
_NOUNISH = ("NN", "NR", "SL", "SH", "SN", "XSN", "XPN", "SO", "W_", "NP")


@dataclass
class Gloss:
    """A parenthesised gloss lifted out of the text."""

    at: int  # position in the cleaned sentence where it stood
    zh: str
    en: str
    start: int  # sentence offsets of "(...)"
    end: int


@dataclass
class Word:
    """A whitespace word of the cleaned sentence."""

    text: str
    start: int  # cleaned offsets
    end: int
    stem: str  # noun part, particles stripped
    particle: str  # what follows the stem
    tags: list[tuple[str, str]] = field(default_factory=list)
    gloss: Gloss | None = None
    gloss_at: int = -1  # position of the gloss inside the word


@dataclass
class Analysed:
    """A sentence after cleaning and morphological analysis."""

    sentence: Sentence
    clean: str
    omap: list[int]  # cleaned offset -> sentence offset
    words: list[Word]
    glosses: list[Gloss]
    aliases: list[tuple[int, str]] = field(default_factory=list)  # (sentence offset, short name)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Article offsets of a cleaned span."""
        s0 = self.sentence.start
        return s0 + self.omap[start], s0 + self.omap[max(end - 1, start)] + 1


def _split_gloss(content: str) -> tuple[str, str] | None:
    parts = [p.strip() for p in re.split(r"[,，;]", content) if p.strip()]
    zh, en = "", ""
    for p in parts:
        if HAN.search(p) and not HANGUL.search(p) and not re.search(r"[A-Za-z]", p):
            zh = zh or p.replace(" ", "")
        elif _LATIN.match(p) and not p.replace(".", "").isdigit():
            en = en or p
        else:
            return None
    return (zh, en) if (zh or en) else None


def analyse(sentence: Sentence) -> Analysed:
    """Lift glosses out, run Kiwi, cut the sentence into words with stems."""
    text = sentence.text
    clean_chars: list[str] = []
    omap: list[int] = []
    glosses: list[Gloss] = []
    pos = 0
    aliases: list[tuple[int, str]] = []
    for m in _GLOSS.finditer(text):
        content, alias = m.group(1) if m.group(1) is not None else m.group(2), ""  # (…) or [漢字]
        am = _ALIAS.match(content)
        if am is not None:
            # "중한산업협력단지(이하 협력구)", "(實施方案, 이하 ‘방안’)": a short name to come
            content, alias = am["rest"], am["alias"].strip()
        g = _split_gloss(content) if content.strip() else ("", "")
        if g is None or (g == ("", "") and not alias):
            continue
        for i in range(pos, m.start()):
            clean_chars.append(text[i])
            omap.append(i)
        if g != ("", ""):
            glosses.append(Gloss(len(clean_chars), g[0], g[1], m.start(), m.end()))
        if alias:
            aliases.append((m.start(), alias))
        pos = m.end()
    for i in range(pos, len(text)):
        clean_chars.append(text[i])
        omap.append(i)
    omap.append(len(text))
    clean = "".join(clean_chars)
    tokens = kiwi().tokenize(clean) if clean.strip() else []
    words: list[Word] = []
    spans: list[tuple[int, int]] = []
    for m in _WORD.finditer(clean):
        ws, we = m.start(), m.end()
        cuts = [g.at for g in glosses if ws < g.at <= we]
        # 중국과학기술부(科學技術部)자오젠린(曹健林): two names glued, cut after the first gloss
        for at in cuts[:-1]:
            spans.append((ws, at))
            ws = at
        spans.append((ws, we))
    for ws, we in spans:
        toks = [(t.form, t.tag, t.start, t.start + t.len) for t in tokens if ws <= t.start < we]
        if not toks or toks[-1][3] > we:
            # a word cut out of a longer one: analyse it on its own
            toks = [(t.form, t.tag, ws + t.start, ws + t.start + t.len)
                    for t in kiwi().tokenize(clean[ws:we])]
        stem_end = ws
        for form, tag, ts, te in toks:
            if tag.startswith(_NOUNISH) or (tag == "SW" and form in "㎡㎢%"):
                if ts > stem_end and clean[stem_end:ts].strip(" -‐–") != "":
                    # punctuation between nouns (quotes): stop
                    if not re.fullmatch(r"[-‐–·•]*", clean[stem_end:ts]):
                        break
                stem_end = te
            elif tag in ("SSO", "SSC", "SP", "SF", "SE") and stem_end == ws:
                continue
            elif tag == "SW" and stem_end == ws and form in "▲▷△▶►•ㆍ◆◇■□○●※":
                stem_end = te  # "▲반도체": a bullet before the word
                continue
            elif tag == "SP" and form in "·・":
                continue  # 한국·일본: one word of two names
            elif tag in ("SSO", "SSC") and form in "()" and te < we and \
                    re.match(r"[가-힣A-Za-z]", clean[te:te + 1] or " ") and \
                    ((form == "(" and ")" in clean[te:we]) or "(" in clean[ws:ts]):
                stem_end = te  # 중한(옌타이)산업원: a name with a place in parentheses
            else:
                break
        lead = ws
        while lead < stem_end and clean[lead] in "‘’“”「」『』《》'\"(▲▷△▶►•ㆍ◆◇■□○●※":
            lead += 1
        stem = clean[lead:stem_end].strip("‘’“”「」『』《》'\",.·")
        gl = next((g for g in glosses if ws < g.at <= we), None)
        if gl is not None and lead + len(stem) < gl.at and \
                re.fullmatch(r"[가-힣A-Za-z·\-() ]+", clean[lead:gl.at]):
            rest = clean[gl.at:we]
            rest_toks = kiwi().tokenize(rest) if rest.strip() else []
            rest_len = 0
            for t in rest_toks:
                if not t.tag.startswith(("NN", "XSN", "SL")):
                    break
                rest_len = t.start + t.len
            stem = clean[lead:gl.at] + rest[:rest_len]
            stem_end = gl.at + rest_len
        words.append(
            Word(
                text=clean[ws:we],
                start=ws,
                end=we,
                stem=stem,
                particle=clean[stem_end:we],
                tags=[(f, t) for f, t, _, _ in toks],
                gloss=gl,
                gloss_at=(gl.at - lead) if gl else -1,
            )
        )
    return Analysed(sentence, clean, omap, words, glosses, aliases)


def suffix_type(name: str, quoted: bool = False, proper: bool = False) -> str | None:
    """Type of a Korean name by its head noun (longest match).

    ``quoted`` names (in quotes or glossed) may end in any head; ``proper`` ones
    (a brand or proper noun before the head: ``LG화학``) in any but a title's.

    >>> suffix_type("하얼빈창룽그룹"), suffix_type("친저우산업단지"), suffix_type("교육")
    ('Firm', 'Park', None)
    >>> suffix_type("LG화학"), suffix_type("LG화학", proper=True)
    (None, 'Firm')
    """
    best = ""
    for suf in KO_SUFFIX_TYPES:
        if name.endswith(suf) and len(suf) > len(best):
            best = suf
    if not best:
        return None
    if best in QUOTE_ONLY and not quoted and not (proper and KO_SUFFIX_TYPES[best] != "Policy"):
        return None
    if len(name) <= len(best) and not quoted:
        return None
    if best == "부" and len(name) < 4:
        return None
    return KO_SUFFIX_TYPES[best]


def zh_type(zh: str) -> str | None:
    """Type of a Chinese name by its suffix.

    >>> zh_type("哈爾賓昌隆集團"), zh_type("科學技術部")
    ('Firm', 'GovernmentBody')
    """
    z = compact(zh)
    for suf, typ in ZH_SUFFIX_TYPES:
        if z.endswith(suf) and len(z) > len(suf):
            return typ
    return None


def _place_word(ctx: Context, word: str) -> bool:
    """A place name, or a pair of countries (``중국-벨라루스``)."""
    if not word:
        return False
    parts = [p for p in re.split(r"[-‐–·]", word) if p]
    return all(p in COUNTRY_ABBR or ctx.gaz.lookup(p, PLACE_TYPES) for p in parts)


def _gov_ministry(stem: str) -> bool:
    return (
        len(stem) >= 4
        and stem.endswith("부")
        and not stem.endswith(("서부", "동부", "남부", "북부", "중부", "일부", "내부", "외부",
                               "전부", "본부", "세부", "간부", "대부", "정부", "부부", "구락부"))
    )


class Extractor(Protocol):
    """Finds mentions in an analysed sentence."""

    name: str

    def __call__(self, a: Analysed, ctx: Context) -> list[Mention]: ...


@dataclass
class Context:
    """What extractors share while reading one article."""

    gaz: Gazetteer
    article_date: str = ""
    places: set[str] = field(default_factory=set)  # gazetteer ids of places named so far


def _mention(a: Analysed, start: int, end: int, text: str, typ: str, rule: str, **kw) -> Mention:
    s, e = a.span(start, end)
    return Mention(text=" ".join(text.split()), type=typ, start=s, end=e, sentence=a.sentence.index,
                   rule=rule, head=compact(text), **kw)


def _lookup_place(ctx: Context, name: str, *, zh: str = "", en: str = "", strict: bool = True):
    """A gazetteer record for a name in any script (Chinese, Latin, Hangul)."""
    from kg.transcribe import reading_matches

    for probe, hangul_only in ((zh, False), (en, False), (name, strict)):
        if not probe:
            continue
        rec = ctx.gaz.best(probe, hangul_only=hangul_only, context=ctx.places)
        if rec is None:
            continue
        if probe == zh and rec.type == "City" and rec.country not in ("CN", "KR") and \
                (rec.population or 0) < FOREIGN_CITY_BY_HANZI:
            continue  # 三峽: the dam's gorges, not a district of New Taipei
        kos = {compact(n) for n in rec.ko_alt | {rec.ko}}
        if probe == zh and rec.type in PLACE_TYPES and name and HANGUL.search(name) and not (
                compact(name) in kos or reading_matches(name, zh) or any(
                    compact(name).startswith(k) and _ADMIN_TAIL.fullmatch(compact(name)[len(k):])
                    for k in kos)):
            # 난징진룽(金龍): the Chinese names only part of the word, not the town 金龙
            continue
        return rec
    return None


class GlossExtractor:
    """Words that carry a Chinese or Latin gloss: ``뤄양(洛陽)``, ``콴탄(Kuantan)산업단지``."""

    name = "gloss"

    def __call__(self, a: Analysed, ctx: Context) -> list[Mention]:
        out: list[Mention] = []
        for i, w in enumerate(a.words):
            if not w.gloss or not w.stem:
                continue
            g = w.gloss
            pre = w.stem[: max(w.gloss_at, 0)]  # the part the gloss explains
            lead = w.start + (len(w.text) - len(w.text.lstrip("‘’“”「」『』《》'\"(")))
            if not pre or not (HANGUL.search(pre) or re.search(r"[A-Za-z]", pre)):
                continue
            # a name of two words: "선전 난산(深圳南山)" when the gloss spans both
            prev = a.words[i - 1] if i > 0 else None
            if prev is not None and prev.stem == prev.text and g.zh and HANGUL.search(prev.stem):
                body = ctx.gaz.best(prev.stem)
                body_zh = {compact(n) for n in body.names() if HAN.search(n)} if body else set()
                if body is not None and body.type not in PLACE_TYPES and any(
                        compact(g.zh).startswith(z) and len(compact(g.zh)) > len(z)
                        for z in body_zh):
                    # 국무원 판공청(國務院辦公廳): one name of two words
                    rec = _lookup_place(ctx, pre, zh=g.zh, en=g.en, strict=False)
                    typ = rec.type if rec else (suffix_type(pre, quoted=True) or zh_type(g.zh)
                                                or body.type)
                    out.append(_mention(a, prev.start, w.end - len(w.particle),
                                        f"{prev.stem} {w.stem}", typ, "gloss+body", zh=g.zh,
                                        en=g.en, gazetteer_id=rec.id if rec else "",
                                        confidence=0.9))
                    continue
                rec = ctx.gaz.best(prev.stem, types=PLACE_TYPES)
                place_zh = {compact(n) for n in rec.names() if HAN.search(n)} if rec else set()
                gz = compact(g.zh)
                if rec is not None and any(gz.startswith(z) and len(gz) > len(z) + 1
                                           for z in place_zh | {rec.zh_hans + "省"}):
                    out.append(_mention(a, prev.start, prev.start + len(prev.stem), prev.stem,
                                        rec.type, "gloss-prefix-place", gazetteer_id=rec.id,
                                        confidence=0.9))
                    if not (rec.type in ("City", "Province") and
                            zh_type(g.zh) in ("Park", None) and not suffix_type(pre)):
                        # 광둥성 발전개혁위원회(廣東省發展和改革委員會): the body of that place,
                        # a name of two words
                        typ = suffix_type(pre, quoted=True) or zh_type(g.zh) or "?"
                        if _gov_ministry(pre):
                            typ = "GovernmentBody"
                        out.append(_mention(a, prev.start, w.end - len(w.particle),
                                            f"{prev.stem} {w.stem}", typ, "gloss+place-body",
                                            zh=g.zh, en=g.en, confidence=0.85))
                        continue
            full = w.stem
            rest = full[len(pre):]
            rec = None
            if not rest:
                rec = _lookup_place(ctx, pre, zh=g.zh, en=g.en, strict=False)
            typ = None
            if rest:
                typ = suffix_type(full, quoted=True)
                if typ is None and not re.match(r"^[가-힣]{1,2}$", rest) and rest != "주":
                    # 쑤저우(蘇州)공업원구 with an unknown head: at least the place
                    rec = _lookup_place(ctx, pre, zh=g.zh, en=g.en, strict=False)
                    if rec is not None and rec.type in PLACE_TYPES:
                        out.append(_mention(a, lead, lead + len(pre), pre, rec.type,
                                            "gloss+gazetteer", zh=g.zh, en=g.en,
                                            gazetteer_id=rec.id, confidence=0.9))
                        continue
                    rec = None
                if typ is None and rest in ("시", "성", "현", "구", "주"):
                    rec = _lookup_place(ctx, pre, zh=g.zh, en=g.en, strict=False)
                    if rec is not None and rest in ("성", "주") and rec.type != "Province":
                        rec = None  # 라용(Rayong)주 is the province, not its capital
                    if rec is None:
                        typ = {"시": "City", "성": "Province", "현": "City", "구": "City",
                               "주": "Province"}[rest]
                elif rest == "사" or rest.endswith("사"):
                    typ = "Firm"
                    full = pre if rest == "사" else full
            if rec is not None:
                out.append(_mention(a, lead, w.start + len(w.text) - len(w.particle), full
                                    if rest not in ("시", "성", "현", "구") else pre + rest,
                                    rec.type, "gloss+gazetteer", zh=g.zh, en=g.en,
                                    gazetteer_id=rec.id, confidence=0.95))
                if rec.type in PLACE_TYPES:
                    ctx.places.update({rec.id, rec.parent})
                continue
            if rest and typ is not None:
                # "친저우(欽州)산업단지": the glossed part may be a place of its own
                prec = _lookup_place(ctx, pre, zh=g.zh, en=g.en, strict=False)
                if prec is not None and prec.type in PLACE_TYPES:
                    pe = w.start + (w.text.find(pre) + len(pre) if pre in w.text else len(pre))
                    out.append(_mention(a, lead, pe, pre, prec.type, "gloss+gazetteer",
                                        zh=g.zh, en=g.en, gazetteer_id=prec.id, confidence=0.9))
                    out.append(_mention(a, lead, w.end - len(w.particle), full, typ,
                                        "gloss+suffix", confidence=0.85))
                else:
                    # 난징쯔진(紫金)투자그룹: the Chinese names only the part before the head,
                    # so it is not a name of the whole firm (a Latin gloss is kept)
                    out.append(_mention(a, lead, w.end - len(w.particle), full, typ,
                                        "gloss+suffix", zh=g.zh if rest == "사" else "",
                                        en=g.en, confidence=0.85))
                continue
            # "중국-벨라루스 공업원(中白工業園)": a generic head named by the word before
            if pre in STOP_STEMS and prev is not None and not prev.particle and \
                    _place_word(ctx, prev.stem):
                typ = suffix_type(pre, quoted=True)
                if typ:
                    out.append(_mention(a, prev.start, lead + len(pre), f"{prev.stem} {pre}", typ,
                                        "gloss+suffix", zh=g.zh, en=g.en, confidence=0.85))
                    continue
            if pre in KO_SUFFIX_TYPES and g.zh and compact(sino_korean(g.zh)) == compact(pre):
                continue  # 자유무역시험구(自由貿易試驗區): the class, word for word, not a name
            # no Korean head: the gloss itself may tell the type
            typ = suffix_type(pre, quoted=True) or (zh_type(g.zh) if g.zh else None)
            if typ is None and _gov_ministry(pre):
                typ = "GovernmentBody"
            if typ is None and prev is not None and _APPOSITIVE.search(prev.text):
                typ = KO_SUFFIX_TYPES.get(_APPOSITIVE.search(prev.text)[1], "Firm")
            if typ is None and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", g.en) and (
                    not g.zh or len(compact(g.zh)) >= 3) and \
                    any(t in ("NNP", "NNG") for _, t in w.tags):
                typ = "Firm"  # 테슬라(Tesla), 화유코발트(華友鈷業, Huayou Cobalt): a brand
            out.append(_mention(a, lead, lead + len(pre), pre, typ or "?", "gloss",
                                zh=g.zh, en=g.en, confidence=0.8 if typ else 0.5))
        return out


class GovernmentExtractor:
    """``태국 정부``, ``산시성 정부``: the government of a place, as an actor.

    China's and Korea's own ``정부`` stay with the country: in these articles
    they are the generic central government.
    """

    name = "government"

    def __call__(self, a: Analysed, ctx: Context) -> list[Mention]:
        out = []
        for k in range(1, len(a.words)):
            w, prev = a.words[k], a.words[k - 1]
            if w.stem not in ("정부", "인민정부", "시정부", "성정부") or prev.particle or \
                    prev.stem != prev.text or not prev.stem:
                continue
            rec = ctx.gaz.best(prev.stem, PLACE_TYPES, context=ctx.places)
            if rec is None or rec.id in ("country/CN", "country/KR"):
                continue
            out.append(_mention(a, prev.start, w.start + len(w.stem), f"{prev.stem} {w.stem}",
                                "GovernmentBody", "government-of", confidence=0.7))
        return out


class GazetteerExtractor:
    """Words that are names in the gazetteer (countries, places, bodies)."""

    name = "gazetteer"

    def __call__(self, a: Analysed, ctx: Context) -> list[Mention]:
        out: list[Mention] = []
        for w in a.words:
            if w.gloss or not w.stem:
                continue
            stem = w.stem
            latin_name = bool(re.fullmatch(r"[A-Z][a-z]+(?:[ '’-][A-Z]?[a-z]+)*|[A-Z]{2,}", stem))
            if not (HANGUL.search(stem) or latin_name or re.fullmatch(HAN.pattern + "+", stem)):
                continue
            lead = w.start + w.text.find(stem) if stem in w.text else w.start
            # hyphenated country pairs: 중-말레이시아, 말레이시아-중국; listed: 한국·일본
            if re.search(r"[-‐–·]", stem):
                parts = [p for p in re.split(r"[-‐–·]", stem) if p]
                recs = [self._country(ctx, p) for p in parts]
                rule = "country-list" if "·" in stem else "country-compound"
                if len(parts) >= 2 and all(recs):
                    off = lead
                    for p, rec in zip(parts, recs, strict=True):
                        ps = a.clean.find(p, off)
                        out.append(_mention(a, ps, ps + len(p), p if len(p) > 1 else rec.ko,
                                            "Country", rule, gazetteer_id=rec.id,
                                            confidence=0.85))
                        off = ps + len(p)
                elif len(parts) == 2 and "·" not in stem and all(len(p) >= 2 for p in parts):
                    # "부산-상하이", "인천시-톈진시": a pair of places (sister cities, a route)
                    from kg.mentions.people import _mandarin_syllables

                    places = [ctx.gaz.best(p, PLACE_TYPES, context=ctx.places) or
                              ctx.gaz.sino_korean_place(p, any_size=True) for p in parts]
                    # one side known; the other a Hangul name the transcription could write
                    other_ok = all(r is not None or (re.fullmatch(r"[가-힣]{2,4}", p) and all(
                        c in _mandarin_syllables() for c in p) and not ctx.gaz.lookup(p))
                        for p, r in zip(parts, places, strict=True))
                    if any(places) and other_ok:
                        off = lead
                        for p, rec in zip(parts, places, strict=True):
                            ps = a.clean.find(p, off)
                            out.append(_mention(a, ps, ps + len(p), p, rec.type if rec else "City",
                                                "place-pair", gazetteer_id=rec.id if rec else "",
                                                confidence=0.8 if rec else 0.6))
                            off = ps + len(p)
                continue
            pair = country_pair(stem)
            rec, probe = (None, "") if pair else self._match(ctx, stem, w)
            if rec is None:
                # 한중 / 한중기술산업타운: a compound of country abbreviations
                if pair and (len(stem) == 2 or suffix_type(stem)):
                    for j, ab in enumerate(pair):
                        crec = ctx.gaz.records.get(f"country/{COUNTRY_ABBR[ab]}")
                        if crec:
                            out.append(_mention(a, lead + j, lead + j + 1, crec.ko, "Country",
                                                "country-abbreviation", gazetteer_id=crec.id,
                                                confidence=0.7))
                continue
            name = probe if probe == w.text.strip("‘’“”「」『』《》'\",.·:;!?") else stem
            if rec.type == "Country" and stem.startswith(probe) and probe != stem and \
                    stem[len(probe):] in GENERIC_TAILS:
                name = probe  # "한국기업": the country, named as written
            if rec.type in PLACE_TYPES:
                ctx.places.update({rec.id, rec.parent})
            out.append(_mention(a, lead, lead + len(name), name, rec.type, "gazetteer",
                                gazetteer_id=rec.id, confidence=0.9))
        return out

    @staticmethod
    def _country(ctx: Context, part: str):
        if part in COUNTRY_ABBR:
            return ctx.gaz.records.get(f"country/{COUNTRY_ABBR[part]}")
        return ctx.gaz.best(part, types={"Country"})

    @staticmethod
    def _match(ctx: Context, stem: str, w: Word):
        tags = {t for _, t in w.tags}
        proper = "NNP" in tags or "SL" in tags or "SH" in tags
        whole = w.text.strip("‘’“”「」『』《》'\",.·:;!?")
        probes = [whole, stem] if whole != stem and HANGUL.search(whole) else [stem]
        for tail in GENERIC_TAILS:
            if stem.endswith(tail) and len(stem) > len(tail) + 1:
                probes.append(stem[: -len(tail)])
        for pfx in ("중국", "한국"):
            if stem.startswith(pfx) and len(stem) > len(pfx) + 2:
                probes.append(stem[len(pfx):])
        for probe in probes:
            recs = ctx.gaz.lookup(probe)
            if not recs:
                continue
            rec = ctx.gaz.best(probe, context=ctx.places)
            if rec is None or (probe == whole != stem and rec.type in PLACE_TYPES):
                continue
            if rec.type == "City" and not rec.hangul_matchable and not (
                    re.search(r"[가-힣](시|현)$", probe) and (proper or len(probe) >= 3)):
                continue  # a small city only with its suffix: 장자강시, 창싱현
            if rec.type == "Firm" and not proper and HANGUL.search(probe):
                continue  # 현대 (modern times): a group's name only as a proper noun
            if rec.type == "City" and not proper and not probe.endswith("시") and \
                    compact(probe) not in {compact(n) for n in rec.ko_alt | {rec.ko}}:
                continue
            if rec.type == "City" and not proper and len(probe) <= 2 and not stem.endswith("시"):
                continue
            return rec, probe
        if proper:
            rec = ctx.gaz.sino_korean_place(stem)
            if rec is not None:
                return rec, stem
        return None, ""


class SuffixExtractor:
    """Noun compounds typed by their head: ``정보과학기술회사``, ``소프트웨어 연구개발기지``."""

    name = "suffix"

    def __call__(self, a: Analysed, ctx: Context) -> list[Mention]:
        out: list[Mention] = []
        for i, w in enumerate(a.words):
            if w.gloss or not w.stem or not HANGUL.search(w.stem):
                continue
            stem = w.stem
            proper_head = bool(re.match(r"^[A-Za-z]", stem)) or (
                bool(w.tags) and w.tags[0][1] in ("NNP", "SL"))
            typ = suffix_type(stem, proper=proper_head)
            if typ is None and _gov_ministry(stem):
                typ = "GovernmentBody"
            if typ is None and re.search(r"..(서비스|제조)업$", stem):
                typ = "Sector"
            prev = a.words[i - 1] if i > 0 else None
            nxt = a.words[i + 1] if i + 1 < len(a.words) else None
            modifier = not w.particle and nxt is not None and nxt.stem == nxt.text and \
                all(t.startswith("NN") for _, t in nxt.tags)  # "산업단지 개발업체"
            if typ is None and stem in KO_SUFFIX_TYPES and not modifier and \
                    KO_SUFFIX_TYPES[stem] in ("Park", "Project", "GovernmentBody") and prev is not None and \
                    not prev.particle and prev.stem == prev.text and _place_word(ctx, prev.stem):
                # "산둥 자유무역시험구": the place makes the class a name
                out.append(_mention(a, prev.start, w.start + w.text.find(stem) + len(stem),
                                    f"{prev.stem} {stem}", KO_SUFFIX_TYPES[stem], "suffix+place",
                                    confidence=0.7))
                continue
            if typ is None and re.fullmatch(r"[A-Z]{2,4}[가-힣]{2,8}", stem) and \
                    not ctx.gaz.lookup(stem) and not any(t == "NNG" for _, t in w.tags):
                typ = "Firm"  # SK하이닉스, CJ제일제당: a group's initials and a name
            if typ is None:
                prev_bare = i > 0 and not a.words[i - 1].particle and \
                    a.words[i - 1].stem == a.words[i - 1].text
                if stem in ANAPHORS and (w.particle or not prev_bare):
                    lead = w.start + w.text.find(stem)
                    out.append(_mention(a, lead, lead + len(stem), stem, "?", "anaphor",
                                        confidence=0.5))
                continue
            if ctx.gaz.lookup(stem):
                continue
            tags = [t for _, t in w.tags]
            if typ == "Firm" and "NNP" not in tags and "SL" not in tags and \
                    not stem.endswith(("그룹", "회사", "집단", "공사", "SDI", "은행")):
                continue
            # extend left over bare nouns ("소프트웨어 연구개발기지")
            start = w.start + w.text.find(stem)
            name = stem
            j = i - 1
            reach = 3 if typ == "Project" else 2  # "편광판 생산공장 건설 프로젝트"
            while j >= 0 and i - j <= reach:
                p = a.words[j]
                if p.gloss or p.particle or not p.stem or p.stem != p.text \
                        or not HANGUL.search(p.stem) or ctx.gaz.lookup(p.stem) \
                        or _NUM_COUNTER.match(p.text) or p.stem in ("등", "및", "총", "이",
                                                                   "그", "각", "약", "모든"):
                    break
                if not all(t.startswith(("NNG", "SL", "XSN", "XPN")) for _, t in p.tags):
                    break
                name = p.stem + " " + name
                start = p.start
                j -= 1
            # "5대 국가자주혁신시범구", "20개의 하이테크산업개발구": a class, not a name
            if j >= 0 and _NUM_COUNTER.match(a.words[j].text) and name == stem:
                continue
            rule = "suffix"
            generic = all(t in ("NNG", "XSN", "NNB") for _, t in w.tags[:len(w.tags)] if
                          not t.startswith(("J", "E", "S", "V", "XSV")))
            prev = a.words[i - 1] if i > 0 else None
            if name == stem and generic and not modifier and \
                    typ in ("Park", "Firm", "Project", "Organization") \
                    and stem not in STOP_STEMS and prev is not None and \
                    not prev.particle and prev.stem == prev.text and _place_word(ctx, prev.stem):
                # "핑샹 종합보세구": a common noun made a name by the place before it
                start, name, rule = prev.start, f"{prev.stem} {stem}", "suffix+place"
            if name == stem and stem in STOP_STEMS:
                # a generic noun is a name only after a place: "하얼빈 종합보세구"
                prev = a.words[i - 1] if i > 0 else None
                if prev is None or prev.particle or not _place_word(ctx, prev.stem):
                    continue
                start = prev.start
                name = prev.stem + " " + stem
            out.append(_mention(a, start, w.start + w.text.find(stem) + len(stem), name, typ,
                                rule, confidence=0.7))
        return out


class QuoteExtractor:
    """``「…」`` titles are policies; ``‘…’`` quoted names are typed by head or gazetteer."""

    name = "quote"

    def __call__(self, a: Analysed, ctx: Context) -> list[Mention]:
        out: list[Mention] = []
        for m in _QUOTES.finditer(a.clean):
            inner_i = next(i for i in range(1, 8) if m.group(i) is not None)
            inner = m.group(inner_i).strip()
            s, e = m.start(inner_i), m.end(inner_i)
            gl = next((g for g in a.glosses if s < g.at <= e), None)
            title = m.group(0).startswith(("「", "『", "《"))
            if not inner or not HANGUL.search(inner):
                continue
            if title:
                typ = "Policy"
                # 「…계획(2021~2035년)」: the period is not part of the name
                inner = re.sub(r"\s*\(\s*\d{4}\s*[~∼\-–]\s*\d{4}\s*년?\s*\)\s*$", "", inner)
                e = s + len(inner)
            else:
                rec = ctx.gaz.best(inner)
                if rec is not None:
                    out.append(_mention(a, s, e, inner, rec.type, "quote+gazetteer",
                                        gazetteer_id=rec.id, confidence=0.9))
                    continue
                typ = suffix_type(compact(inner), quoted=True)
                if typ is None:
                    # 생산법인 'HTWO 광저우', 합작법인 '저장화유포스코': the class noun before it
                    before = a.clean[max(0, m.start() - 12):m.start()].split()
                    cls = re.search(r"(법인|회사|기업|업체|브랜드)$|(단지|개발구|공업원|산업원)$|"
                                    r"(사업|프로젝트)$", before[-1]) if before else None
                    # '타일랜드 4.0' 전략: the class noun after it
                    after = re.match(r"\s*(전략|계획|정책|이니셔티브|구상|규획|방안)|"
                                     r"\s*(사업|프로젝트)", a.clean[m.end():m.end() + 8])
                    if cls is not None:
                        typ = "Firm" if cls[1] else "Park" if cls[2] else "Project"
                    elif after is not None:
                        typ = "Policy" if after[1] else "Project"
                    else:
                        continue
            out.append(_mention(a, s, e, inner, typ, "quote", zh=gl.zh if gl else "",
                                en=gl.en if gl else "", confidence=0.85))
        return out


class SourceLineExtractor:
    """The outlets of a ``출처:`` line: ``광명망(光明網), 국제일보(國際日報)``."""

    name = "source-line"

    def __call__(self, a: Analysed, ctx: Context) -> list[Mention]:
        if not re.match(r"^\s*(출처|자료|자료원|Source)\s*[:：]", a.clean, re.I):
            return []
        out = []
        # "출처 : 신화망 | 2016-05-30 | 편집 : 박금화": the outlets end at the first bar
        bar = a.clean.find("|")
        words = [w for w in a.words[1:] if bar < 0 or w.start < bar]
        parts = [(word, part.strip(",;.: ")) for word in words for part in word.text.split("/")]
        for w, stem in parts:
            if not stem or re.match(r"^[\d.]+$", stem) or stem in ("편집문", "종합", "재구성"):
                continue
            if not HANGUL.search(stem):
                continue
            start = a.clean.find(stem, w.start)
            gl = next((g for g in a.glosses if start < g.at <= start + len(stem) + 1), None)
            rec = ctx.gaz.best(stem, types={"MediaOutlet"})
            out.append(_mention(a, start, start + len(stem), stem, "MediaOutlet", "source-line",
                                zh=gl.zh if gl else "", en=gl.en if gl else "",
                                gazetteer_id=rec.id if rec else "", confidence=0.9))
        return out


class ListExtractor:
    """Coordinated lists ``A, B 및 C 등 N개 분야``: items typed by the list's head."""

    name = "list"

    def __call__(self, a: Analysed, ctx: Context) -> list[Mention]:
        out: list[Mention] = []
        words = a.words
        for k, w in enumerate(words):
            if not (w.stem == "등" or w.text.startswith("등") and w.tags and w.tags[0][1] == "NNB"):
                continue
            head = self._head(words, k)
            items = self._items(words, k, a)
            if len(items) < 2:
                continue
            # "시안, 창사 등에": a list of places, each found in the gazetteer
            places = [(s, e, t, ctx.gaz.best(t, PLACE_TYPES, context=ctx.places))
                      for s, e, t in items]
            places = [p for p in places if p[3] is not None and p[3].hangul_matchable]
            if len(places) >= 2 and len(places) == len(items):
                for s, e, text, rec in places:
                    out.append(_mention(a, s, e, text, rec.type, "list+gazetteer",
                                        gazetteer_id=rec.id, confidence=0.75))
                continue
            if head is None:
                continue
            for s, e, text in items:
                if head == "Sector":
                    if text in NOT_SECTOR or text.endswith(("운영", "전시")) or _head_with_ro(text):
                        continue
                    out.append(_mention(a, s, e, text, "Sector", "list", confidence=0.6))
                elif head != "Place":
                    out.append(_mention(a, s, e, text, head, "list-head", confidence=0.4))
        # lists ended by their head: "자동차, 전자정보, 첨단장비 산업이"
        for k, w in enumerate(words):
            if w.stem in ("산업", "분야", "부문", "업종") and k > 0 and not words[k - 1].particle \
                    and "," in a.clean[max(0, words[k - 1].start - 40):words[k - 1].start] \
                    and not any(x.stem == "등" for x in words[max(0, k - 4):k]):
                items = self._items(words, k, a)
                if len(items) >= 2:
                    for s, e, text in items:
                        if text not in NOT_SECTOR and not _head_with_ro(text):
                            out.append(_mention(a, s, e, text, "Sector", "list", confidence=0.6))
        return out

    @staticmethod
    def _head(words: list[Word], k: int) -> str | None:
        w = words[k]
        if w.text not in ("등", "등의") and not w.text.startswith("등"):
            return None
        # "주요 산업은 A, B 등이며": the head is the topic before the list
        if w.text != "등" and w.text != "등의":
            for j in range(k - 1, max(-1, k - 12), -1):
                stem = words[j].stem
                if words[j].particle in ("은", "는") and stem in LIST_HEADS:
                    return LIST_HEADS[stem]
            return None
        for j in range(k + 1, min(len(words), k + 4)):
            stem = words[j].stem
            if re.fullmatch(r"[\d,.]+(?:만|천|백|억)?[\d,.]*여?(?:개|대|곳|개사|명)?(?:의)?", words[j].text) \
                    or words[j].text in ("근", "약", "총", "모두", "무려", "현재", "외국", "국내",
                                         "해외", "외국계", "현지", "대형", "유명") \
                    or ctx_country(words[j].stem):
                continue  # "1만509개", "1,000여개의", "근 1000개": a count before the head
            stem = re.sub(r"^\d[\d,]*(개|대|곳|여)?", "", stem)
            if not stem or stem in ("여러", "다양한", "다수", "주요", "각종", "중국", "전문", "해외",
                                    "유명", "대형", "글로벌"):
                continue
            for h, typ in LIST_HEADS.items():
                if stem == h or (stem.endswith(h) and len(h) >= 2):
                    nxt = words[j + 1] if j + 1 < len(words) else None
                    if not words[j].particle and nxt is not None and nxt.stem and \
                            all(t.startswith("NN") for _, t in nxt.tags[:1]) and \
                            nxt.stem not in LIST_HEADS:
                        return None  # "등 완성차 생산 설비": the head modifies another noun
                    return typ
            if stem.endswith("기술"):
                continue
            return None
        return None

    @staticmethod
    def _items(words: list[Word], k: int, a: Analysed) -> list[tuple[int, int, str]]:
        """Items before word ``k``, split at commas and 및."""
        items: list[tuple[int, int, str]] = []
        cur: list[Word] = []
        j = k - 1
        while j >= 0:
            w = words[j]
            ends_item = w.text.endswith((",", "·", "ㆍ"))
            if ends_item and cur:
                items.append(_join(cur))
                cur = []
            if w.text == "및":
                if cur:
                    items.append(_join(cur))
                cur = []
                j -= 1
                continue
            if w.particle.strip(",") or not w.stem or \
                    w.text.startswith(("‘", "「")) or w.text.endswith(("’", "」")):
                break
            if len(cur) >= 3:
                break
            cur.insert(0, w)
            j -= 1
        if cur:
            items.append(_join(cur))
        items.reverse()
        return [it for it in items if it[2] and HANGUL.search(it[2]) or (it[2] and it[2].isalpha())]


def ctx_country(word: str) -> bool:
    """Is the word a country's name (``한국 업체``: the country before a list's head)?"""
    return bool(word) and bool(gazetteer().lookup(word, {"Country"}))


def _head_with_ro(text: str) -> bool:
    """``국가급 신구로``: a head noun and the particle 로 that Kiwi left glued together.

    >>> _head_with_ro("국가급 신구로"), _head_with_ro("집적회로")
    (True, False)
    """
    return text.endswith("로") and any(text[:-1].endswith(h) for h in KO_SUFFIX_TYPES)


def _join(ws: list[Word]) -> tuple[int, int, str]:
    text = " ".join(w.stem for w in ws)
    return ws[0].start, ws[-1].start + len(ws[-1].stem), text


def _org_word(ctx: Context, w: Word) -> bool:
    """Is the word an organisation or place name (the ORG in ``NAME ORG POST``)?"""
    if w.particle or not w.stem:
        return False
    if ctx.gaz.lookup(w.stem):
        return True
    proper = bool(re.match(r"^[A-Za-z]", w.stem)) or any(t in ("NNP", "SL") for _, t in w.tags)
    return suffix_type(w.stem, proper=proper) is not None or _gov_ministry(w.stem)


# posts held in firms: the body between a name and such a post is a firm
CORPORATE_POSTS = {"회장", "부회장", "사장", "부사장", "대표", "대표이사", "최고경영자", "CEO",
                   "총경리", "이사장", "전무", "상무", "법인장", "지사장", "창업자", "창업주"}


class PersonExtractor:
    """A name next to a post title: ``자오젠린(曹健林) 부부장``, ``정의선 현대자동차 부회장``."""

    name = "person"

    def __call__(self, a: Analysed, ctx: Context) -> list[Mention]:
        from kg.facts import AMBIGUOUS_POSTS, POSTS

        out: list[Mention] = []
        words = a.words
        for k, w in enumerate(words):
            post = w.stem
            if post not in POSTS or k == 0:
                continue
            # 시장 (market), 성장 (growth): a post only right after a name glossed in Chinese,
            # or after a place before it (궁정(龔正) 산둥성 성장)
            glossed_name = any(words[j].gloss and words[j].gloss.zh and
                               2 <= len(words[j].gloss.zh) <= 4 and not words[j].particle
                               for j in (k - 1, k - 2) if j >= 0)
            if post in AMBIGUOUS_POSTS and not glossed_name:
                continue
            # name right before the post, or before an organisation/place before the post;
            # a name glossed in Chinese two words back wins: 천쉐화(陳雪華) 화유코발트 회장
            order = (k - 1, k - 2)
            if k >= 2 and words[k - 2].gloss and words[k - 2].gloss.zh and \
                    2 <= len(words[k - 2].gloss.zh) <= 4 and not words[k - 2].particle and \
                    not words[k - 1].gloss and not words[k - 1].particle:
                order = (k - 2,)
                org = words[k - 1]
                if HANGUL.search(org.stem) and not ctx.gaz.lookup(org.stem) and \
                        not _org_word(ctx, org) and any(t == "NNP" for _, t in org.tags):
                    typ = "Firm" if post in CORPORATE_POSTS else "Organization"
                    out.append(_mention(a, org.start, org.start + len(org.stem), org.stem, typ,
                                        "post-holder", confidence=0.6))
            for j in order:
                if j < 0:
                    break
                cand = words[j]
                if cand.particle or not cand.stem or not HANGUL.search(cand.stem):
                    continue
                name = cand.stem[: cand.gloss_at] if cand.gloss and cand.gloss_at > 0 else cand.stem
                if cand.gloss and cand.gloss_at > 0 and len(cand.stem) > cand.gloss_at:
                    continue
                zh = cand.gloss.zh if cand.gloss else ""
                if zh and not (2 <= len(zh) <= 4):
                    continue
                if ctx.gaz.lookup(name) or suffix_type(name) or _gov_ministry(name):
                    continue
                if not (2 <= len(name) <= 5) or not re.fullmatch(r"[가-힣]+", name):
                    # an organisation glued before the name: 중국과학기술부자오젠린
                    continue
                if not zh and not looks_like_name(name, cand.tags) and not (
                        len(cand.tags) == 1 and cand.tags[0] == (name, "NNP")):
                    continue  # 중국법인 사장, 주중 대사: not a name
                if not zh and j == k - 2 and not (
                        any(t == "NNP" for _, t in cand.tags) or _org_word(ctx, words[k - 1])):
                    continue
                start = cand.start
                full = name
                # a foreign name of two words: 알렉산드르 루카셴코
                if j > 0 and not zh and looks_like_name(words[j - 1].stem) and \
                        not looks_like_name(name):
                    break  # "박진웅 주칭다오 총영사": the name is the word before
                if j > 0 and not zh:
                    p = words[j - 1]
                    if not p.particle and p.stem and re.fullmatch(r"[가-힣]{3,6}", p.stem) and \
                            not ctx.gaz.lookup(p.stem) and not suffix_type(p.stem) and \
                            any(t == "NNP" for _, t in p.tags) and len(name) >= 3:
                        full = p.stem + " " + name
                        start = p.start
                out.append(_mention(a, start, cand.start + len(name), full, "Person", "person-post",
                                    zh=zh, confidence=0.8))
                break
        return out


# nouns used as modifiers before 산업 ("주요 산업", "첨단 산업"), not industries
_MODIFIERS = {"주요", "핵심", "전략", "신흥", "첨단", "기간", "관련", "해당", "전통", "중점", "전체",
              "기존", "해외", "국내", "글로벌", "미래", "지역", "국가", "중국", "한국", "각종", "일반",
              "신", "대표", "우수", "특색", "지주", "주력", "유망", "연관", "전방", "후방", "서비스"}


class IndustryExtractor:
    """``반도체 산업``, ``배터리 산업``: the noun before 산업 names a sector."""

    name = "industry"

    def __call__(self, a: Analysed, ctx: Context) -> list[Mention]:
        out = []
        for k in range(1, len(a.words)):
            w, prev = a.words[k], a.words[k - 1]
            if w.stem not in ("산업", "업계", "업종") or prev.particle or not prev.stem:
                continue
            if not re.fullmatch(r"[가-힣A-Za-z]{2,10}", prev.stem) or prev.stem in NOT_SECTOR \
                    or prev.stem in _MODIFIERS:
                continue
            if ctx.gaz.lookup(prev.stem) or suffix_type(prev.stem) or prev.text.endswith(","):
                continue
            if not all(t.startswith(("NN", "SL")) for _, t in prev.tags):
                continue
            out.append(_mention(a, prev.start, prev.start + len(prev.stem), prev.stem, "Sector",
                                "industry", confidence=0.6))
        return out


EXTRACTORS: dict[str, Extractor] = {}


def register(extractor: Extractor) -> Extractor:
    """Register an extractor under its name (later ones with the same name replace it)."""
    EXTRACTORS[extractor.name] = extractor
    return extractor


from kg.mentions.firms import AffiliateExtractor, FirmByClassExtractor  # noqa: E402 - needs the names above
from kg.mentions.media import BylineExtractor  # noqa: E402
from kg.mentions.people import PostPersonExtractor, looks_like_name  # noqa: E402
from kg.mentions.places import PlaceListExtractor, PlaceSuffixExtractor  # noqa: E402
from kg.mentions.sectors import SectorExtractor  # noqa: E402

for _ex in (SourceLineExtractor(), QuoteExtractor(), GlossExtractor(), PersonExtractor(),
            PostPersonExtractor(), GovernmentExtractor(), BylineExtractor(), AffiliateExtractor(),
            SectorExtractor(), FirmByClassExtractor(), PlaceSuffixExtractor(),
            PlaceListExtractor(),
            GazetteerExtractor(), SuffixExtractor(), ListExtractor(), IndustryExtractor()):
    register(_ex)


def validate(m: object, sentence: Sentence) -> bool:
    """Is what an extractor returned a usable mention? Logs why not."""
    if not isinstance(m, Mention):
        logger.warning("extractor returned %r, not a Mention: dropped", type(m).__name__)
        return False
    if m.type not in CORE_CLASSES and m.type != "?":
        logger.warning("mention %r has unknown type %r: dropped", m.text, m.type)
        return False
    if not m.text.strip() or not (sentence.start <= m.start < m.end <= sentence.end):
        logger.warning("mention %r has bad offsets %d-%d: dropped", m.text, m.start, m.end)
        return False
    return True


def find(sentences: list[Sentence], article_date: str = "",
         extractors: list[str] | None = None) -> tuple[list[Mention], list[Analysed]]:
    """Run the extractors over an article's sentences.

    Returns the mentions (overlaps resolved: gazetteer and gloss beat suffix,
    the longer span wins among equals) and the analysed sentences.
    """
    ctx = Context(gaz=gazetteer(), article_date=article_date)
    names = extractors or list(EXTRACTORS)
    analysed: list[Analysed] = []
    per_sentence: list[list[Mention]] = []
    for sent in sentences:
        a = analyse(sent)
        analysed.append(a)
        found: list[Mention] = []
        for name in names:
            for m in EXTRACTORS[name](a, ctx):
                if validate(m, sent):
                    found.append(m)
        per_sentence.append(_resolve_overlaps(found))
    for a, ms in zip(analysed, per_sentence, strict=True):
        _type_by_neighbours(a, ms)
    if extractors is None:
        # a name the article has introduced is a name wherever it stands again:
        # "퉁샹(桐鄕)시에 … 퉁샹에서", "포켓모바일(pocketmobile)사는 … 포켓모바일과"
        known = _known_names(m for ms in per_sentence for m in ms)
        glossed = _known_names(m for ms in per_sentence for m in ms
                               if m.rule.startswith("gloss") and (m.zh or m.en))
        for ms in per_sentence:
            for m in ms:
                # "라용(Rayong)주 … 라용 공업원": the article's own glossed name beats a
                # gazetteer guess from Hangul alone
                src = glossed.get(m.text.replace(" ", ""))
                if m.rule == "gazetteer" and src is not None and \
                        (src.type, src.gazetteer_id) != (m.type, m.gazetteer_id):
                    m.type, m.gazetteer_id, m.rule = src.type, src.gazetteer_id, "known-name"
        for a, ms in zip(analysed, per_sentence, strict=True):
            extra = _known_name_mentions(a, known, ms)
            if extra:
                ms[:] = _resolve_overlaps(ms + extra)
        _alias_mentions(analysed, per_sentence)
    return [m for ms in per_sentence for m in ms], analysed


def _alias_mentions(analysed: list[Analysed], per_sentence: list[list[Mention]]) -> None:
    """``(이하 협력구)``: the short name is a mention of the name before the parenthesis,
    there and wherever it stands again."""
    short: dict[str, Mention] = {}
    for a, ms in zip(analysed, per_sentence, strict=True):
        for at, alias in a.aliases:
            pos = a.sentence.start + at
            before = [m for m in ms if m.end <= pos + 1 and pos - m.end <= 2 and m.type != "?"]
            if before:
                short[alias.replace(" ", "")] = max(before, key=lambda m: m.end)
        if not short:
            continue
        extra = []
        for w in a.words:
            src = short.get(w.stem.strip("‘’'\"“”「」")) if w.stem else None
            if src is None:
                continue
            lead = w.start + max(w.text.find(w.stem.strip("‘’'\"“”「」")), 0)
            s, e = a.span(lead, lead + len(w.stem.strip("‘’'\"“”「」")))
            if any(m.start < e and s < m.end and m.rule != "anaphor" for m in ms if m is not src):
                continue
            extra.append(Mention(text=w.stem.strip("‘’'\"“”「」"), type=src.type, start=s, end=e,
                                 sentence=a.sentence.index, rule="alias", confidence=0.8,
                                 gazetteer_id=src.gazetteer_id, head=compact(w.stem),
                                 refers_to=src.start))
        if extra:
            ms[:] = [m for m in ms if not any(m.start < x.end and x.start < m.end for x in extra)]
            ms[:] = sorted(ms + extra, key=lambda m: (m.start, -m.end))


def _type_by_neighbours(a: Analysed, ms: list[Mention]) -> None:
    """``쿤밍(昆明), 훙허(紅河), 더훙(德宏)``: an untyped glossed name listed among places
    is a place of the same kind."""
    ordered = sorted(ms, key=lambda m: m.start)
    for i, m in enumerate(ordered):
        if m.type != "?" or m.rule != "gloss":
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(ordered):
                continue
            n = ordered[j]
            gap = a.sentence.text[min(m.end, n.end) - a.sentence.start:
                                  max(m.start, n.start) - a.sentence.start]
            if n.type in ("City", "Province") and n.gazetteer_id and \
                    re.fullmatch(r"\s*(\([^)]*\))?\s*[,，、]\s*", gap):
                m.type, m.rule = n.type, "gloss+list-place"
                break


_KNOWN_TYPES = {"Firm", "GovernmentBody", "Organization", "City", "Province", "Park", "Person",
                "Project", "Country"}


def _known_names(mentions: object) -> dict[str, Mention]:
    """Names introduced with a type in this article (first mention wins), by compact form."""
    known: dict[str, Mention] = {}
    for m in mentions:  # type: ignore[attr-defined]
        if m.type not in _KNOWN_TYPES or m.rule in ("anaphor", "list-head"):
            continue
        forms = {m.text.replace(" ", "")}
        if m.type in ("City", "Province") and re.search(r"[가-힣][시성주]$", m.text):
            forms.add(m.text[:-1])
        for form in forms:
            if len(form) >= 2 and HANGUL.search(form) and form not in STOP_STEMS:
                known.setdefault(form, m)
    return known


def _known_name_mentions(a: Analysed, known: dict[str, Mention],
                         have: list[Mention]) -> list[Mention]:
    out = []
    for w in a.words:
        stem = w.stem
        if not stem or stem not in known or w.gloss:
            continue
        lead = w.start + w.text.find(stem)
        s, e = a.span(lead, lead + len(stem))
        if any(m.start < e and s < m.end for m in have):
            continue
        src = known[stem]
        out.append(Mention(text=stem, type=src.type, start=s, end=e, sentence=a.sentence.index,
                           zh="", en="", rule="known-name", confidence=0.7,
                           gazetteer_id=src.gazetteer_id, head=compact(stem)))
    return out


_PRIORITY = {"gloss+body": 1, "gloss+place-body": 2, "source-line": 0, "quote": 1, "quote+gazetteer": 1, "gloss+gazetteer": 2,
             "gloss-prefix-place": 2, "country-compound": 2, "country-list": 2, "person-post": 2, "gloss+suffix": 3,
             "gloss": 4, "gloss+list-head": 4, "gazetteer": 3, "suffix": 5, "suffix+place": 5, "list": 6, "industry": 6,
             "list-head": 7, "list+gazetteer": 3, "known-name": 5, "post-holder": 6,
             "gloss+list-place": 4, "government-of": 3, "person-name": 3, "person-paren": 3, "byline": 0, "alias": 1, "affiliate": 2, "firm-by-class": 5, "place-suffix": 5, "place-list": 4, "place-pair": 2, "firm-by-predicate": 5, "post-place": 2, "sector": 6,
             "country-abbreviation": 8, "anaphor": 9}


_PLACE_RULES = ("gloss+gazetteer", "gloss-prefix-place", "country-compound", "country-list",
                "place-pair",
                "country-abbreviation", "gazetteer")


def _nested_place(inner: Mention, outer: Mention) -> bool:
    """A place named inside a longer name (친저우 in 친저우산업단지) is a mention of its own."""
    return (inner.type in PLACE_TYPES and inner.rule in _PLACE_RULES
            and outer.start <= inner.start and inner.end <= outer.end
            and (inner.start, inner.end) != (outer.start, outer.end)
            and outer.rule not in ("quote", "source-line", "list", "list-head"))


def _resolve_overlaps(found: list[Mention]) -> list[Mention]:
    keep: list[Mention] = []
    # quotes and titles own their span; inside them nothing else is a mention,
    # except places glossed inside a name
    for m in found:
        if m.type == "?":
            typed = [k for k in found if k.rule == "list-head" and k.start <= m.start
                     and m.end <= k.end and k.type not in PLACE_TYPES]
            if typed:
                m.type, m.rule = typed[0].type, "gloss+list-head"
    found = [m for m in found if not (m.rule == "list-head" and any(
        k is not m and k.start >= m.start and k.end <= m.end and k.rule != "list-head"
        for k in found))]
    ordered = sorted(found, key=lambda m: (_PRIORITY.get(m.rule, 5), -(m.end - m.start), m.start))
    for m in ordered:
        clash = False
        for k in keep:
            if m.start < k.end and k.start < m.end:
                same_span = m.start == k.start and m.end == k.end
                nested_place = _nested_place(m, k) or _nested_place(k, m)
                inner_list = k.rule in ("list", "list-head") and m.rule != "anaphor"
                if same_span or not (nested_place or inner_list):
                    if k.type == "?" and m.type != "?" and same_span:
                        k.type = m.type
                    clash = True
                    break
        if not clash:
            keep.append(m)
    # list-typed items yield to any better typed mention on the same words
    keep.sort(key=lambda m: (m.start, -m.end))
    return keep
