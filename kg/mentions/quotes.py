"""Titles in 「」 and names in quotes, and the outlets of a ``출처:`` line.
"""

from __future__ import annotations

import re

from kg.gazetteer import HANGUL, compact
from kg.mentions.analysis import _QUOTES, Analysed
from kg.mentions.base import Context, _mention, suffix_type
from kg.records import Mention

# a quotation that is a clause: a topic or subject marked, then more words
_CLAUSE = re.compile(r"[가-힣\)](?:은|는|이|가)\s+\S+\s+\S+")


# what is done to a document: "'…'을 발표했다", "'…'가 공포됐다"
_PUBLISHED = re.compile(r"(?:을|를|이|가)\s+(?:\S+\s+){0,2}?(?:발표|공포|발간|제정|하달|인쇄발행|印發)")


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
            if not title and _CLAUSE.search(inner):
                continue  # “…산업단지는 양국이 공동으로 조성한 산업단지”: a quoted clause, not a name
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
                    # ("‘쌀로 고속철도 교환’이라는 계획": the class noun named)
                    after = re.match(r"\s*(?:(?:이)?라는\s+)?(?:(전략|계획|정책|이니셔티브|구상|규획|"
                                     r"방안)|(사업|프로젝트))", a.clean[m.end():m.end() + 12])
                    if cls is not None:
                        typ = "Firm" if cls[1] else "Park" if cls[2] else "Project"
                    elif after is not None:
                        typ = "Policy" if after[1] else "Project"
                    elif (_PUBLISHED.match(a.clean[m.end():m.end() + 30]) and
                          not re.search(r"[A-Za-z]", inner)):
                        typ = "Policy"  # '…로드맵 수정판'을 발표했다
                    else:
                        continue
            out.append(_mention(a, s, e, inner, typ, "quote", zh=gl.zh if gl else "",
                                en=gl.en if gl else "", confidence=0.85))
        return out


# a briefing's credit line: a region, the outlets in Latin script, a date
# ("라오스 Asianews, China Daily 2023/04/28")
_DATED_CREDITS = re.compile(r"\s*(?:[가-힣]{2,10}\s+)?(?P<outlets>[A-Z][\w.&'\- ]{1,40}?"
                            r"(?:\s*,\s*[A-Z][\w.&'\- ]{1,40}?)*)\s+\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}\.?\s*")


_EDITION = re.compile(r"(?:한국어|중국어|영어|일본어|중문|영문|한글|국문|인터넷|온라인|모바일|전자)\s?판")


class SourceLineExtractor:
    """The outlets of a ``출처:`` line: ``광명망(光明網), 국제일보(國際日報)``, and of a
    briefing's dated credit line: ``라오스 Asianews, China Daily 2023/04/28``."""

    name = "source-line"

    def __call__(self, a: Analysed, ctx: Context) -> list[Mention]:
        dated = _DATED_CREDITS.fullmatch(a.clean)
        if dated is not None:
            return self._dated_credits(a, ctx, dated)
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
            if _EDITION.fullmatch(stem):
                continue  # "인민망 한국어판": the edition of the outlet before it, no outlet
            if not HANGUL.search(stem):
                continue
            start = a.clean.find(stem, w.start)
            gl = next((g for g in a.glosses if start < g.at <= start + len(stem) + 1), None)
            rec = ctx.gaz.best(stem, types={"MediaOutlet"})
            out.append(_mention(a, start, start + len(stem), stem, "MediaOutlet", "source-line",
                                zh=gl.zh if gl else "", en=gl.en if gl else "",
                                gazetteer_id=rec.id if rec else "", confidence=0.9))
        return out

    @staticmethod
    def _dated_credits(a: Analysed, ctx: Context, m: re.Match) -> list[Mention]:
        out = []
        pos = m.start("outlets")
        for part in m["outlets"].split(","):
            name = part.strip()
            start = a.clean.find(name, pos)
            pos = start + len(name)
            rec = ctx.gaz.best(name, types={"MediaOutlet"})
            out.append(_mention(a, start, start + len(name), name, "MediaOutlet", "source-line",
                                en=name, gazetteer_id=rec.id if rec else "", confidence=0.8))
        return out
