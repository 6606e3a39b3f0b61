"""What every extractor shares: the :class:`Extractor` protocol, the reading context, typing
by head noun or Chinese suffix, and place look-ups in every script.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from kg.gazetteer import HANGUL, Gazetteer, compact, gazetteer
from kg.mentions.analysis import _ADMIN_TAIL, Analysed
from kg.mentions.tables import (
    COUNTRY_ABBR,
    FOREIGN_CITY_BY_HANZI,
    KO_SUFFIX_TYPES,
    PLACE_TYPES,
    QUOTE_ONLY,
    ZH_SUFFIX_TYPES,
)
from kg.records import Mention


def suffix_type(name: str, quoted: bool = False, proper: bool = False) -> str | None:
    """Type of a Korean name by its head noun (longest match).

    ``quoted`` names (in quotes or glossed) may end in any head; ``proper`` ones
    (a brand or proper noun before the head: ``LG화학``) in any but a title's.

    >>> suffix_type("하얼빈창룽그룹"), suffix_type("친저우산업단지"), suffix_type("교육")
    ('Firm', 'Park', None)
    >>> suffix_type("LG화학"), suffix_type("LG화학", proper=True)
    (None, 'Firm')
    """
    # the longest ending of the name that is a head (one dict look-up per length)
    best = next((name[-n:] for n in range(len(name), 0, -1) if name[-n:] in KO_SUFFIX_TYPES),
                "")
    if not best:
        return None
    if best in QUOTE_ONLY and not quoted and not (proper and KO_SUFFIX_TYPES[best] != "Policy"):
        return None
    if len(name) <= len(best) and not quoted:
        return None
    if best == "부" and len(name) < 4:
        return None
    if best == "통신사" and name.endswith(("이동통신사", "이통사")):
        return None  # 한국이동통신사: mobile carriers, not a news agency
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


def glued_before(words, k: int):  # noqa: ANN001, ANN201 - list[Word] -> Word | None
    """The word glued to ``words[k]`` by a middle dot (Kiwi's words of ``중·라오스`` are
    ``중·`` and ``라오스``), or None."""
    p = words[k - 1] if k > 0 else None
    if p is not None and p.end == words[k].start and p.text.endswith(("·", "ㆍ")):
        return p
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
                               "전부", "본부", "세부", "간부", "대부", "정부", "부부", "구락부",
                               # a body's branch or department, no ministry: 상하이지부
                               "지부", "사업부", "지도부", "영업부", "편집부", "취재부"))
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




def ctx_country(word: str) -> bool:
    """Is the word a country's name (``한국 업체``: the country before a list's head)?"""
    return bool(word) and bool(gazetteer().lookup(word, {"Country"}))
