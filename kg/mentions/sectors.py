"""Industries named as the field of something, in running prose.

The words are a table (``kg/data/sectors.tsv``: industries and technology fields after
Korea's standard industrial classification, China's strategic emerging industries,
Korea's national strategic technologies and its fifteen main export items). A word of the table is a sector only where the
sentence makes it a field:

* before a head noun: ``석유화학 프로젝트``, ``화학소재 업체``, ``드론제조업체``, ``이차전지 소재 분야``;
* as the object of making or growing: ``전구체를 생산할 계획``, ``바이오를 육성``;
* in a list of such words: ``▲IT ▲첨단제조 ▲바이오``, ``데이터센터, 5G 등``, ``야금·자동차부품·기계``.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.mentions.coordination import coordinated
from kg.records import Mention

# head nouns after a field (in the same word or the next)
HEADS = ("분야", "산업", "업종", "부문", "업계", "업체", "기업", "메이커", "생산기업", "제조업체",
         "생산업체", "제조사", "생산기지", "제조업", "제품", "사업", "프로젝트", "클러스터", "설비",
         "공장", "단지", "시장", "기술", "소재", "부품", "장비", "제조", "생산", "공급업체", "관련",
         "협력", "투자", "수출", "전문", "특화", "클러스터", "밸리", "허브", "거점", "패널", "생산라인")
_HEADS_LONGEST_FIRST = sorted(HEADS, key=len, reverse=True)
# "유통사", "제약사", "증권사": a firm of the field in one word ("통신사" is a news agency)
_NOT_FIRM_SA = {"통신", "회", "공", "기", "대"}
# "화장품으로 유명한 B": what a firm is known for
_KNOWN_FOR = re.compile(r"\s*(?:잘\s+)?(?:유명한|유명하|알려진|알려져|이름난|이름을 알린)")
# the predicate of a field named as what a place or firm lives on: "…의 주력 산업이다"
_IS_AN_INDUSTRY = re.compile(r"[^.!?,]{0,30}?(?:의\s+(?:\S+\s+)?|\s(?:주력|주요|핵심|전략|특화|기간|지주|중점|"
                             r"선도|대표)\s?)(?:산업|업종|분야)(?:이다|입니다|이며|이자|으로)")
# a rank between a field and its head: "편광판 1위 기업", "배터리 최대 업체"
_RANK = re.compile(r"\d+위|최대|최고|선두|선도|대형|대표|글로벌")
# heads after which the field belongs to the firm that follows: "화학소재 업체 산산"
FIRM_HEADS = ("업체", "기업", "메이커", "생산기업", "제조업체", "생산업체", "제조사", "공급업체")
_VERBS = re.compile(r"생산|제조|개발|공급|판매|육성|주력|특화|집중|양산|만들|만드")
_MADE_BEFORE = re.compile(r"(?:생산|제조|양산|개발)(?:하는|한|해\s?온)\s+$|만드는\s+$")
# "주력 제품은 배터리다": the field a firm's or place's main line names
MAIN_LINE = re.compile(r"(?:주력|주요|핵심|대표)\s?(?:제품|산업|분야|사업|업종|품목)(?:은|는|으로는)\s+$")
_BULLETS = "▲▷△▶►•ㆍ·∙-"
# a list closed as facilities, not fields: "공항, 항만, 고속철 등 뛰어난 교통 인프라"
_FACILITIES = re.compile(r"[^.!?]*?\s등\s+(?:\S+\s+){0,2}?\S*(?:인프라|시설|설비)(?:\s|[을를이가은는과와의,]|$)")
# fields that are also activities: "공장 건설 프로젝트" is building, not construction
_ACTIVITIES = {"건설", "제조", "생산", "개발", "유통", "무역", "발전", "교육", "환경", "금융", "문화",
               "의료", "통상", "데이터", "전력"}


@cache
def lexicon() -> dict[str, tuple[str, str]]:
    """Compact name -> (canonical Korean name, English name)."""
    from kg.gazetteer import _data_rows, compact

    out: dict[str, tuple[str, str]] = {}
    for row in _data_rows("sectors.tsv"):
        for name in [row["ko"], *[n for n in row.get("ko_alt", "").split("|") if n]]:
            out.setdefault(compact(name), (row["ko"], row.get("en", "")))
    return out


@lru_cache(maxsize=65536)
def canonical(name: str) -> tuple[str, str] | None:
    """The table's name of a sector written ``name``.

    >>> canonical("2차전지"), canonical("사과")
    (('이차전지', 'secondary batteries'), None)
    """
    from kg.gazetteer import compact

    return lexicon().get(compact(name))


@lru_cache(maxsize=65536)
def _split_head(stem: str) -> tuple[str, str]:
    """``드론제조업체`` → (드론, 제조업체); a word without a head → (word, '').

    >>> _split_head("드론제조업체"), _split_head("전자부품")
    (('드론', '제조업체'), ('전자부품', ''))
    """
    if canonical(stem):
        return stem, ""
    if stem in HEADS:  # "제조업체" is a head by itself, not 제조 + 업체
        return stem, ""
    for head in _HEADS_LONGEST_FIRST:
        if stem.endswith(head) and len(stem) > len(head) and canonical(stem[: -len(head)]):
            return stem[: -len(head)], head
    firm = re.fullmatch(r"(.+)사(?:인|이)?", stem)  # Kiwi reads "유통사인" as 유통 + 사인
    if firm and firm[0] not in HEADS and firm[1] not in _NOT_FIRM_SA and canonical(firm[1]):
        return firm[1], "사"
    return stem, ""


def firm_head(word: str) -> bool:
    """Does the word name a kind of firm (``업체``, ``메이커인``, ``제조업체``, or the ``사``
    left of ``유통사인`` once its field is cut off)?

    >>> firm_head("사인"), firm_head("제조사와"), firm_head("상사와")
    (True, True, False)
    """
    word = re.sub(r"(인|이|가|은|는|을|를|의|로|로서|으로|과|와|들)$", "", word)
    return word == "사" or word.endswith(FIRM_HEADS)


def _is_field(word) -> bool:  # noqa: ANN001 - Word
    stem = (word.stem or "").lstrip(_BULLETS)
    return bool(stem) and canonical(_split_head(stem)[0]) is not None


def _listed_with_field(words, i: int) -> bool:  # noqa: ANN001 - list[Word]
    """Is word ``i`` one of a list of fields: most of its items are in the table, or the list
    is closed by a field's head (``A, B 등 신형 인프라``, ``A 등 첨단 산업``)?"""
    items = coordinated(words, i)
    fields = sum(1 for k in items if _is_field(words[k]))
    last = items[-1]
    closed = False
    for j in range(last + 1, min(len(words), last + 3)):
        if words[j].stem == "등" or words[j].text.startswith("등"):
            tail = " ".join(x.stem for x in words[j + 1:j + 4])
            closed = any(h in tail for h in ("분야", "산업", "업종", "부문", "인프라", "업계", "제품"))
            break
    if closed:
        return True
    if len(items) < 2:
        return any(x.stem == "등" for x in words[i + 1:i + 3]) and _is_field(words[i])
    return 3 * fields > len(items)


def _unknown_item(words, i: int) -> bool:  # noqa: ANN001 - list[Word]
    """Is word ``i``, not in the table, an item of a list of three or more whose other items
    are most of them fields (``배터리, 모터, 자율주행 등``)? Then it is a field too."""
    from kg.gazetteer import gazetteer
    from kg.mentions.tables import NOT_SECTOR

    w = words[i]
    stem = (w.stem or "").lstrip(_BULLETS)
    tags = [t for f, t in w.tags if f.strip(",·ㆍ")]
    prev = words[i - 1] if i > 0 else None
    # ("광전자소자": two nouns, allowed where what closes the list says it is a field)
    compound = tags == ["NNG", "NNG"]
    if not re.fullmatch(r"[가-힣A-Za-z]{2,8}", stem) or w.particle.strip(",") or \
            (tags not in (["NNG"], ["NNP"], ["SL"]) and not compound) or stem in NOT_SECTOR or \
            gazetteer().lookup(stem) or stem in _ACTIVITIES or \
            (prev is not None and not prev.particle and not prev.text.endswith((",", "·", "ㆍ"))):
        return False  # one word, the whole item: not the last word of "클라우드 컴퓨팅"
    items = coordinated(words, i)
    known = sum(1 for k in items if k != i and _is_field(words[k]))
    if len(items) >= 3 and 2 * known >= len(items) and known >= 2 and not compound:
        return True
    last = items[-1]
    after = " ".join(x.text for x in words[last + 1:last + 6])
    # "반도체 및 광전자소자 중심으로": a pair with a field, closed by what it centres on
    if len(items) == 2 and known == 1 and re.match(r"(?:중심|위주)", after):
        return True
    # "광전자소자 등 5대 산업": what a counted set of industries begins with
    counted = re.match(r"등\s+(?:\S+\s+){0,3}?\S{0,4}(?:산업|분야)", after)
    if counted and re.search(r"\d", counted[0]):
        return True
    # "LCD, OLED 등 디스플레이를 생산": kinds of the field the list is closed by
    return not compound and len(items) >= 2 and known >= 1 and last + 2 < len(words) and \
        words[last + 1].text == "등" and _is_field(words[last + 2])


def _ranked_kind(words, i: int, ctx) -> bool:  # noqa: ANN001 - list[Word], Context
    """Is word ``i``, not in the table, the field of a firm ranked in it (``광학필름 1위
    업체인 거린메이``)?"""
    w = words[i]
    if i + 2 >= len(words) or w.particle or not w.stem or \
            not re.fullmatch(r"[가-힣A-Za-z]{2,10}", w.stem) or ctx.gaz.lookup(w.stem) or \
            not all(t.startswith(("NN", "SL")) for _, t in w.tags):
        return False
    rank, head = words[i + 1], words[i + 2]
    return bool(_RANK.fullmatch(rank.text)) and head.stem.startswith(FIRM_HEADS) and \
        head.text.endswith(("인", "이자"))


class SectorExtractor:
    """Fields in running prose (see the module doc)."""

    name = "sector"

    def __call__(self, a, ctx) -> list[Mention]:  # noqa: ANN001 - Analysed, Context
        from kg.gazetteer import compact

        out: list[Mention] = []
        words = a.words
        rest_of = a.clean
        for i, w in enumerate(words):
            raw = w.text.lstrip(_BULLETS + "‘'\"“(")
            bullet = len(raw) < len(w.text) and w.text[0] in "▲▷△▶►•ㆍ"
            stem = w.stem.lstrip(_BULLETS) if w.stem else raw
            particle_of_word = w.particle
            if "(" in stem and not stem.startswith("("):
                # "IT(정보기술) 기업": the field before its gloss
                stem = stem.split("(", 1)[0]
                particle_of_word = "" if w.particle == ")" else w.particle
            if not stem:
                continue
            offset = w.start + max(w.text.find(stem), 0)
            nxt = words[i + 1] if i + 1 < len(words) else None
            # "ESS 배터리", "LFP 양극재": a kind of a field, named by an acronym before it
            if nxt is not None and not w.particle and re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", stem) and \
                    canonical(stem) is None and not ctx.gaz.lookup(stem) and nxt.stem and \
                    canonical(nxt.stem) is not None and not _FACILITIES.match(rest_of[nxt.end:nxt.end + 40]):
                ss, ee = a.span(offset, nxt.start + len(nxt.stem))
                out.append(Mention(text=f"{stem} {nxt.stem}", type="Sector", start=ss, end=ee,
                                   sentence=a.sentence.index, rule="sector", confidence=0.55,
                                   head=compact(f"{stem} {nxt.stem}")))
                continue
            # two words: "이차전지 소재", "신형 인프라"
            if nxt is not None and not w.particle and nxt.stem and \
                    canonical(f"{stem} {nxt.stem}") and canonical(f"{stem} {nxt.stem}") != canonical(stem):
                parts = [(f"{stem} {nxt.stem}", offset, nxt.start + len(nxt.stem))]
                after = words[i + 2] if i + 2 < len(words) else None
                particle = nxt.particle
            else:
                parts = []
                pos = offset
                for p in re.split(r"([·ㆍ∙/])", stem):
                    if p and p not in "·ㆍ∙/":
                        parts.append((p, pos, pos + len(p)))
                    pos += len(p)
                after = nxt
                particle = particle_of_word
                if after is not None and _RANK.fullmatch(after.text) and i + 2 < len(words):
                    after = words[i + 2]  # "편광판 1위 기업인": the rank before the head
            listed: bool | None = None  # is the word an item of a list of fields (when asked)
            for text, s, e in parts:
                base, head = _split_head(text)
                unknown = canonical(base) is None
                ranked = unknown and len(parts) == 1 and _ranked_kind(words, i, ctx)
                if unknown and not ranked and not (len(parts) == 1 and _unknown_item(words, i)):
                    continue
                e = s + len(base)
                prev = words[i - 1] if i > 0 else None
                if base in _ACTIVITIES and not head and len(parts) == 1 and prev is not None and \
                        not prev.particle and prev.stem and not prev.text.endswith(",") and \
                        not canonical(prev.stem) and not ctx.gaz.lookup(prev.stem):
                    continue
                if not head and listed is None:
                    listed = (bullet or sum(1 for p in parts if canonical(_split_head(p[0])[0])) > 1
                              or _listed_with_field(words, i)) and \
                        not _FACILITIES.match(rest_of[w.end:w.end + 40])
                cue = bool(head) or listed
                if not cue and after is not None and not particle.strip(",") and \
                        any(after.stem.startswith(h) for h in HEADS):
                    cue = True
                if not cue and particle in ("을", "를", "에", "에서", "에도", "의") and \
                        _VERBS.search(rest_of[w.end:w.end + 30]):
                    cue = True
                if not cue and particle in ("로", "으로") and _KNOWN_FOR.match(rest_of[w.end:w.end + 12]):
                    cue = True
                if not cue and particle in ("인", "이자") and prev is not None and (
                        _RANK.fullmatch(prev.text) or (not prev.particle and ctx.gaz.lookup(
                            prev.stem or "", {"Country"}))) and nxt is not None and nxt.stem:
                    cue = True  # "세계 최대 파운드리인 TSMC": the field names the firm after it
                if not cue and MAIN_LINE.search(rest_of[max(0, w.start - 16):w.start]):
                    cue = True  # "주력 제품은 배터리다"
                if not cue and _MADE_BEFORE.search(rest_of[max(0, w.start - 12):w.start]):
                    cue = True  # "한빛전자가 생산하는 배터리는": what a maker makes
                if not cue and particle in ("은", "는", "이", "가") and \
                        _IS_AN_INDUSTRY.match(rest_of[w.end:w.end + 40]):
                    cue = True  # "자동차는 창춘시의 주력 산업이다"
                if not cue:
                    continue
                ss, ee = a.span(s, e)
                out.append(Mention(text=base, type="Sector", start=ss, end=ee,
                                   sentence=a.sentence.index,
                                   rule="list" if unknown and not ranked else "sector",
                                   confidence=0.5 if unknown else 0.6, head=compact(base)))
        return out
