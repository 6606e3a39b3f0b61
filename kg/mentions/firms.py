"""Firms of Korea's large business groups, named with no type cue.

The gazetteer holds the business groups that Korea's Fair Trade Commission designates
(``kg/data/kr_business_groups.tsv``; plus the big groups of the 1990s that older articles
name). A group's affiliates are written as the group's name and a name of their own
(``LG디스플레이``, ``포스코퓨처엠``, ``현대위아``, ``LG CNS``): each such compound is a firm.
"""

from __future__ import annotations

import re
from functools import cache

from kg.records import Mention

_SOURCE = "kr_business_groups.tsv"
# what may follow a group's name without making an affiliate's name
_NOT_AFFILIATE = {"그룹", "그룹사", "계열", "계열사", "측", "화", "적", "인", "사회", "식", "판",
                  "동", "가", "家", "일가", "오너", "회장", "총수", "맨"}
# a subsidiary named by its market: "LG디스플레이 차이나"
_REGIONS = {"차이나", "코리아", "아메리카", "재팬", "유럽", "베트남", "인디아", "China", "Korea",
            "America", "Japan", "Europe"}
_REGION = re.compile(r"(" + "|".join(sorted(_REGIONS, key=len, reverse=True)) +
                     r")(?:은|는|이|가|와|과|의|을|를|에|도|로|에서)?[,.]?$")
# groups whose names are also ordinary words (현대 "modern times", 대우 "treatment")
_COMMON_WORDS = {"현대", "대우", "쌍용", "기아", "삼양", "동원", "한솔", "중앙", "영풍", "태광", "세아",
                 "효성", "농협", "신세계", "하림", "원익", "삼천리", "한진", "태영"}


@cache
def group_names() -> tuple[tuple[str, str], ...]:
    """(name, record id) of every business group, longest name first."""
    from kg.gazetteer import gazetteer

    out = []
    for rec in gazetteer().records.values():
        if rec.source != _SOURCE:
            continue
        for n in {rec.ko} | rec.ko_alt | rec.abbr:
            if not n.endswith("그룹"):
                out.append((n, rec.id))
    return tuple(sorted(out, key=lambda x: (-len(x[0]), x[0])))


@cache
def _groups_by_initial() -> dict[str, tuple[tuple[str, str], ...]]:
    """:func:`group_names` by first character, in the same order."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name, rid in group_names():
        out.setdefault(name[:1], []).append((name, rid))
    return {k: tuple(v) for k, v in out.items()}


def affiliate(stem: str, tags: list[tuple[str, str]]) -> str | None:
    """The group whose affiliate ``stem`` names, if it is one.

    >>> affiliate("LG디스플레이", []), affiliate("현대화", []), affiliate("포스코", [])
    ('org/group_lg', None, None)
    """
    for name, rid in _groups_by_initial().get(stem[:1], ()):
        if not stem.startswith(name) or len(stem) == len(name):
            continue
        rest = stem[len(name):]
        if rest in _NOT_AFFILIATE or not re.fullmatch(r"[가-힣A-Za-z0-9&+]{1,10}", rest):
            return None
        if name in _COMMON_WORDS and not any(t == "NNP" and len(f) >= len(stem) - 1
                                             for f, t in tags):
            from kg.mentions.tables import KO_SUFFIX_TYPES

            if KO_SUFFIX_TYPES.get(rest) != "Firm" and not re.match(r"[A-Za-z]", rest):
                return None
        return rid
    return None


class AffiliateExtractor:
    """``LG디스플레이``, ``LG CNS``: a business group's name and an affiliate's own."""

    name = "affiliate"

    def __call__(self, a, ctx) -> list[Mention]:  # noqa: ANN001 - Analysed, Context
        from kg.gazetteer import compact

        out: list[Mention] = []
        words = a.words
        for i, w in enumerate(words):
            stem = w.stem
            if not stem or w.gloss:
                continue
            lead = w.start + max(w.text.find(stem), 0)
            end = lead + len(stem)
            nxt = words[i + 1] if i + 1 < len(words) else None
            rec = ctx.gaz.best(stem, types={"Firm"})
            group = (rec is not None and rec.source == _SOURCE) or affiliate(stem, w.tags)
            region = _REGION.match(nxt.text) if nxt is not None else None
            if group and not w.particle and nxt is not None and (
                    re.fullmatch(r"[A-Z][A-Za-z&+]{1,8}", nxt.stem) and rec is not None
                    or region is not None):
                unit = region[1] if region is not None else nxt.stem
                name = f"{stem} {unit}"  # LG CNS, LG디스플레이 차이나
                end = nxt.start + len(unit)
            elif affiliate(stem, w.tags) and not ctx.gaz.lookup(stem):
                name = stem
            else:
                continue
            s, e = a.span(lead, end)
            out.append(Mention(text=name, type="Firm", start=s, end=e, sentence=a.sentence.index,
                               rule="affiliate", confidence=0.75, head=compact(name)))
        return out


# class nouns that introduce a firm's name: "유통업체 여우미와", "유통사인 코마트레이드"
_CLASS = re.compile(r"(업체|기업|회사|유통사|제조사|메이커|자회사|계열사|법인|스타트업|브랜드|통신사|이통사)(인)?$")
# a predicate that says the subject is a firm: "… 생산기업이자", "… 업체다"
_IS_FIRM = re.compile(r"(기업|업체|회사|제조사|메이커|그룹)(이다|이며|이자|이고|으로서|으로|로서|다[.\s]|인데)")


def _unknown_proper(ctx, w, loose: bool = False) -> bool:  # noqa: ANN001 - Context, Word
    """An unknown proper noun: Kiwi's NNP (or Latin), not a place, body or typed noun;
    ``loose`` (after a class noun) also takes a word Kiwi cuts into pieces it does not
    know as one dictionary word (``코마트레이드``)."""
    from kg.mentions.base import suffix_type

    stem = w.stem
    if not stem:
        return False
    if w.gloss is not None and w.gloss_at == len(stem) and 2 <= len(stem) <= 8:
        return not ctx.gaz.lookup(stem)  # "업체 산산(杉杉)": a glossed name
    if not (re.fullmatch(r"[가-힣]{2,10}", stem) or re.fullmatch(r"[A-Z][A-Za-z0-9&.\-]{1,15}", stem)):
        return False
    nouns = [t for f, t in w.tags if not t.startswith(("J", "SP", "SF", "SS"))]
    if not w.tags or (w.tags[0][1] not in ("NNP", "SL") and not (
            loose and len(nouns) >= 2 and all(t.startswith(("NN", "XSN", "SL")) for t in nouns))):
        return False
    if ctx.gaz.lookup(stem):
        return False
    typ = suffix_type(stem, proper=True)
    return typ in (None, "Firm")


class FirmByClassExtractor:
    """Names a class noun or a predicate makes firms: ``유통업체 여우미와``,
    ``화유코발트는 … 최대 코발트 생산기업이자``."""

    name = "firm-by-class"

    def __call__(self, a, ctx) -> list[Mention]:  # noqa: ANN001 - Analysed, Context
        from kg.gazetteer import compact

        out: list[Mention] = []
        words = a.words
        for i, w in enumerate(words):
            target = None
            if i > 0 and _CLASS.search(words[i - 1].stem + ("인" if words[i - 1].particle == "인"
                                                             else "")) and \
                    words[i - 1].particle in ("", "인") and _unknown_proper(
                        ctx, w, loose=words[i - 1].text.endswith("인")):
                target = "class"
            elif w.particle in ("은", "는", "이", "가") and _unknown_proper(ctx, w) and \
                    _IS_FIRM.search(a.clean[w.end:]):
                target = "predicate"
            if target is None:
                continue
            lead = w.start + max(w.text.find(w.stem), 0)
            name = w.stem
            prev = words[i - 1] if i > 0 else None
            if target == "predicate" and prev is not None and not prev.particle and \
                    prev.stem == prev.text and ctx.gaz.lookup(prev.stem, {"City", "Province"}):
                # "장자강 포항불수강은": the firm is named with its place
                lead, name = prev.start, f"{prev.stem} {w.stem}"
            s, e = a.span(lead, w.start + max(w.text.find(w.stem), 0) + len(w.stem))
            out.append(Mention(text=name, type="Firm", start=s, end=e,
                               sentence=a.sentence.index, rule=f"firm-by-{target}",
                               confidence=0.6, head=compact(name),
                               en=w.gloss.en if w.gloss else ""))
        return out
