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


def affiliate(stem: str, tags: list[tuple[str, str]]) -> str | None:
    """The group whose affiliate ``stem`` names, if it is one.

    >>> affiliate("LG디스플레이", []), affiliate("현대화", []), affiliate("포스코", [])
    ('org/kr_lg', None, None)
    """
    for name, rid in group_names():
        if not stem.startswith(name) or len(stem) == len(name):
            continue
        rest = stem[len(name):]
        if rest in _NOT_AFFILIATE or not re.fullmatch(r"[가-힣A-Za-z0-9&+]{1,10}", rest):
            return None
        if name in _COMMON_WORDS and not any(t == "NNP" and len(f) >= len(stem) - 1
                                             for f, t in tags):
            from kg.mentions import KO_SUFFIX_TYPES

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
            if rec is not None and rec.source == _SOURCE and not w.particle and nxt is not None \
                    and re.fullmatch(r"[A-Z][A-Za-z&+]{1,8}", nxt.stem) and \
                    not ctx.gaz.lookup(nxt.stem):
                name = f"{stem} {nxt.stem}"  # LG CNS
                end = nxt.start + len(nxt.stem)
            elif affiliate(stem, w.tags) and not ctx.gaz.lookup(stem):
                name = stem
            else:
                continue
            s, e = a.span(lead, end)
            out.append(Mention(text=name, type="Firm", start=s, end=e, sentence=a.sentence.index,
                               rule="affiliate", confidence=0.75, head=compact(name)))
        return out
