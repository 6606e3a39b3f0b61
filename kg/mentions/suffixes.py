"""Noun compounds typed by their head noun, and industries named before 산업.
"""

from __future__ import annotations

import re

from kg.gazetteer import HANGUL
from kg.mentions.analysis import _NUM_COUNTER, Analysed
from kg.mentions.base import (
    Context,
    _gov_ministry,
    _mention,
    _place_word,
    glued_before,
    suffix_type,
)
from kg.mentions.sectors import canonical as sector_name
from kg.mentions.sectors import firm_head
from kg.mentions.tables import (
    _MODIFIERS,
    ANAPHORS,
    KO_SUFFIX_TYPES,
    NOT_SECTOR,
    STOP_STEMS,
    TIME_WORDS,
    country_pair,
)
from kg.records import Mention

# what a project builds or makes: "생산공장 건설 프로젝트", "철도 건설 사업"
_BUILT_THING = re.compile(r"(공장|생산기지|라인|철도|고속도로|항만|발전소|플랜트|단지|센터|기지)$")


def _bare_noun(w) -> bool:  # noqa: ANN001
    """A common noun standing alone, with no particle: ``첨단기술산업``."""
    return bool(w.stem) and w.stem == w.text and not w.particle and bool(w.tags) and \
        all(t in ("NNG", "XPN", "XSN") for _, t in w.tags) and HANGUL.search(w.stem) is not None


def _bare_run(words, i: int, reach: int, stop) -> int:  # noqa: ANN001
    """Where the run of bare nouns before word ``i`` ends: the index of the word before its
    first noun (at most ``reach`` nouns; ``stop(stem)`` ends the run too)."""
    k = i - 1
    while k >= max(0, i - reach) and _bare_noun(words[k]) and not stop(words[k].stem):
        k -= 1
    return k


def _own_name(ctx: Context, prev, head: str) -> bool:  # noqa: ANN001
    """Is ``prev`` a proper noun naming the park after it (``블루밸리 국가산단``)?"""
    return KO_SUFFIX_TYPES.get(head) == "Park" and bool(prev.tags) and \
        all(t == "NNP" for _, t in prev.tags) and HANGUL.search(prev.stem) is not None and \
        not ctx.gaz.lookup(prev.stem) and len(prev.stem) >= 2


def _with_dotted_partner(ctx: Context, words, k: int) -> tuple[int, str]:  # noqa: ANN001
    """Where the place ``words[k]`` begins, and its name, with a place or country glued
    before it by a middle dot (``중·라오스 철도``: Kiwi's words are ``중·`` and ``라오스``)."""
    w = words[k]
    p = glued_before(words, k)
    if p is not None and _place_word(ctx, p.text[:-1]):
        return p.start, p.text + w.stem
    return w.start, w.stem


class SuffixExtractor:
    """Noun compounds typed by their head: ``정보과학기술회사``, ``소프트웨어 연구개발기지``."""

    name = "suffix"

    def __call__(self, a: Analysed, ctx: Context) -> list[Mention]:
        out: list[Mention] = []
        for i, w in enumerate(a.words):
            if w.gloss or not w.stem or not HANGUL.search(w.stem):
                continue
            stem = w.stem
            if re.match(r"\d+\s?(?:개|곳|대|여)", stem):
                continue  # "2개회사": a count of firms, not a name
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
                all(t in ("NNG", "NNP") for _, t in nxt.tags)  # "산업단지 개발업체", not "… 내"
            if typ is None and stem in KO_SUFFIX_TYPES and not modifier and \
                    KO_SUFFIX_TYPES[stem] in ("Park", "Project", "GovernmentBody") and prev is not None and \
                    not prev.particle and prev.stem == prev.text and (
                        _place_word(ctx, prev.stem) or _own_name(ctx, prev, stem)):
                # "산둥 자유무역시험구": the place makes the class a name; "블루밸리 국가산단":
                # so does a proper noun of its own
                begin, name = _with_dotted_partner(ctx, a.words, i - 1)
                out.append(_mention(a, begin, w.start + w.text.find(stem) + len(stem),
                                    f"{name} {stem}", KO_SUFFIX_TYPES[stem], "suffix+place",
                                    confidence=0.7))
                continue
            if typ is None and stem in KO_SUFFIX_TYPES and not modifier and \
                    KO_SUFFIX_TYPES[stem] == "Park" and i >= 2:
                # "광저우시 첨단기술산업 개발구": place, a bare noun or two, and the head
                k = _bare_run(a.words, i, 2, lambda x: _place_word(ctx, x))
                place = a.words[k] if k >= 0 else None
                if k < i - 1 and place is not None and not place.particle and \
                        place.stem == place.text and _place_word(ctx, place.stem):
                    name = " ".join(x.stem for x in a.words[k:i]) + " " + stem
                    out.append(_mention(a, place.start, w.start + w.text.find(stem) + len(stem),
                                        name, "Park", "suffix+place", confidence=0.65))
                    continue
            if typ is None and stem in ("프로젝트", "합작사업", "건설사업") and not modifier:
                # "편광판 생산공장 건설 프로젝트": a project named by what it builds
                k = _bare_run(a.words, i, 3, lambda x: bool(ctx.gaz.lookup(x)))
                nouns = [x.stem for x in a.words[k + 1:i]]
                if len(nouns) >= 2 and any(_BUILT_THING.search(n) for n in nouns):
                    first = a.words[k + 1]
                    out.append(_mention(a, first.start, w.start + w.text.find(stem) + len(stem),
                                        " ".join(nouns) + " " + stem, "Project", "suffix",
                                        confidence=0.6))
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
            if typ == "Firm" and sector_name(stem):
                continue  # "신에너지": a field of the table, whatever its ending
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
                if glued_before(a.words, j + 1) is p and p.stem and p.particle in ("·", "ㆍ") and \
                        not p.gloss and all(t == "NNG" for f, t in p.tags if f not in "·ㆍ") and \
                        not ctx.gaz.lookup(p.stem) and not suffix_type(p.stem) and \
                        not sector_name(p.stem):
                    # "중앙인터넷보안·정보화위원회": a dotted compound is one name
                    name = p.text + name
                    start = p.start
                    j -= 1
                    continue
                if p.gloss or p.particle or not p.stem or p.stem != p.text \
                        or not HANGUL.search(p.stem) or ctx.gaz.lookup(p.stem) \
                        or _NUM_COUNTER.match(p.text) or p.stem in ("등", "및", "총", "이",
                                                                   "그", "각", "약", "모든"):
                    break
                if not all(t.startswith(("NNG", "SL", "XSN", "XPN")) for _, t in p.tags) or \
                        (typ == "Firm" and firm_head(p.stem)) or p.stem in _RELATION_WORDS or \
                        p.stem in TIME_WORDS:
                    break  # "배터리업체 한빛에너지": the kind of firm is no part of its name;
                    # "산하 한빛물산", "합작사 다온에너지": nor is its tie to another
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
            mission = a.words[j] if j >= 0 and j == i - 1 - name.count(" ") else None
            if typ == "GovernmentBody" and mission is not None and not mission.particle and \
                    _MISSION.search(stem) and re.fullmatch(r"주[가-힣]{2,}", mission.stem or "") \
                    and ctx.gaz.lookup(mission.stem[1:], {"City", "Country", "Province"}):
                # "주칭다오(青岛) 한국총영사관": a mission is named by where it is
                start, name = mission.start, f"{mission.stem} {name}"
            if name == stem and stem in STOP_STEMS:
                # a generic noun is a name only after a place: "하얼빈 종합보세구"; a firm's
                # relation to another is not ("중국 자회사", "칭다오 현지법인")
                prev = a.words[i - 1] if i > 0 else None
                if prev is None or prev.particle or not _place_word(ctx, prev.stem) or \
                        stem in _RELATIONAL_FIRMS:
                    continue
                start = prev.start
                name = prev.stem + " " + stem
            if typ == "Park" and name == stem and generic_park(stem):
                continue  # "경제기술개발구": the class of park, no name
            out.append(_mention(a, start, w.start + w.text.find(stem) + len(stem), name, typ,
                                rule, confidence=0.7))
            if typ == "Park" and rule == "suffix":
                out.extend(_place_prefix(a, ctx, start, name))
        return out






def _park_word(word: str) -> bool:
    """Does ``word`` end with a zone's head noun (공업원구, 경제기술개발구)?"""
    return len(word) >= 2 and any(word.endswith(h) for h, t in KO_SUFFIX_TYPES.items() if t == "Park")


def zone_place(name: str, gaz) -> tuple[str, str] | None:  # noqa: ANN001 - Gazetteer
    """The city or province a zone's name begins with, glued to it, and the rest of the
    name without a 시 or 성 between them (``옌청시경제기술개발구`` → 옌청, 경제기술개발구).

    >>> from kg.gazetteer import gazetteer
    >>> zone_place("옌청시경제기술개발구", gazetteer()), zone_place("한중산업단지", gazetteer())
    (('옌청', '경제기술개발구'), None)
    """
    first = name.split(" ")[0]
    for cut in (4, 3, 2):
        head, rest = first[:cut], first[cut:]
        if rest[:1] in ("시", "성") and _park_word(rest[1:]):
            rest = rest[1:]
        if not _park_word(rest) or not re.fullmatch(r"[가-힣]+", head + rest[:1]) or \
                country_pair(first) or (len(head) > 2 and head.endswith(("시", "성")) and
                                        gaz.lookup(head[:-1], {"City", "Province"})):
            continue  # (옌청시 is 옌청 and its 시; 우시 is a name)
        if any(r.hangul_matchable for r in gaz.lookup(head, {"City", "Province"})):
            return head, rest
    return None


def _place_prefix(a: Analysed, ctx: Context, start: int, name: str) -> list[Mention]:
    """The place a zone's name begins with (옌청 in ``옌청경제기술개발구``): a mention of its own."""
    found = zone_place(name, ctx.gaz)
    rec = ctx.gaz.best(found[0], {"City", "Province"}, context=ctx.places) if found else None
    if rec is None or not rec.hangul_matchable:
        return []
    return [_mention(a, start, start + len(found[0]), found[0], rec.type, "name-prefix-place",
                     gazetteer_id=rec.id, confidence=0.7)]


# words that make a kind of park, not a name ("경제기술개발구", "첨단기술산업개발구")
_PARK_KIND_WORDS = ("경제기술", "첨단기술", "첨단", "하이테크", "고신기술", "고신", "기술", "산업", "경제",
                    "국가급", "국가", "종합", "자유무역", "수출가공", "보세", "신")


def generic_park(stem: str) -> bool:
    """Is ``stem`` only words of a park's kind before its head?

    >>> generic_park("경제기술개발구"), generic_park("첨단기술산업개발구"), generic_park("쑤저우공업원구")
    (True, True, False)
    """
    for head in sorted((h for h, t in KO_SUFFIX_TYPES.items() if t == "Park"), key=len, reverse=True):
        if stem.endswith(head) and len(stem) > len(head):
            rest = stem[: -len(head)]
            return re.fullmatch(f"(?:{'|'.join(_PARK_KIND_WORDS)})+", rest) is not None
    return False


# what a firm is to another firm: after a place it is still no name
_RELATIONAL_FIRMS = {"자회사", "계열사", "모회사", "본사", "지사", "현지법인", "합작법인", "합작사",
                     "합작회사", "합자회사", "합자기업", "합작기업", "회사"}
# words that tie a name to another, before it: "그룹 산하 A", "합작사 B"
_RELATION_WORDS = _RELATIONAL_FIRMS | {"산하", "소속", "계열", "법인", "손자회사", "신설법인",
                                       # "상하이 소재 A", "현지 A": where it is, no part of it
                                       "소재", "소재지", "현지", "인근", "주변", "일대"}
_MISSION = re.compile(r"(대사관|영사관|총영사관|대표처|대표부|무역관)$")


_FIELD_HEADS = ("산업", "업계", "업종", "분야", "부문")
# nouns of quantity or kind that stand before a field without naming one ("대부분 농업 부문")
_NOT_FIELD_WORDS = {"대부분", "일부", "다수", "상당수", "모든", "여러", "다양", "기타", "이들", "그",
                    "첨단기술", "신기술", "기술", "경제", "사회"}


def _field_noun(w, ctx: Context) -> bool:  # noqa: ANN001 - Word
    """Can the bare noun ``w`` name a field before a head (``물류 분야``)?"""
    return bool(w.stem) and not w.particle and not w.text.endswith(",") and \
        re.fullmatch(r"[가-힣A-Za-z0-9]{2,10}", w.stem) is not None and \
        re.match(r"\d+[가-힣]*$", w.stem) is None and not w.stem.endswith(("급", "위안", "달러")) and \
        w.stem not in NOT_SECTOR and w.stem not in _MODIFIERS and w.stem not in _NOT_FIELD_WORDS and \
        not ctx.gaz.lookup(w.stem) and not suffix_type(w.stem) and \
        all(t.startswith(("NN", "SL", "SN")) for _, t in w.tags)


class IndustryExtractor:
    """``반도체 산업``, ``스마트 물류 분야``: the nouns before 산업 or 분야 name a sector."""

    name = "industry"

    def __call__(self, a: Analysed, ctx: Context) -> list[Mention]:
        out = []
        for k in range(1, len(a.words)):
            w, prev = a.words[k], a.words[k - 1]
            if w.stem not in _FIELD_HEADS or not _field_noun(prev, ctx):
                continue
            first = prev
            if k >= 2 and _field_noun(a.words[k - 2], ctx):
                first = a.words[k - 2]
            text = a.clean[first.start:prev.start + len(prev.stem)]
            out.append(_mention(a, first.start, prev.start + len(prev.stem), text, "Sector",
                                "industry", confidence=0.6))
        return out
