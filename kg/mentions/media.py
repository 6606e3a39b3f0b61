"""The outlet that wrote the piece: datelines, bylines, e-mail addresses, copyright lines.

* ``[뉴스핌=김신정 기자]``, ``[아시아경제 창저우(중국)=김혜원 특파원]``, ``[아이뉴스24 김문기 기자]``;
* ``(서울=연합뉴스)``, ``(중국 상하이=신화통신)``;
* ``아주경제 베이징특파원 조용성 기자 =`` at the head of the story;
* ``[신화망 베이징 5월 30일]``, ``[한빛경제] …`` at the head of the story;
* a reporter's address ``jhjeong@kmib.co.kr`` (the outlet by its domain) and ``ⓒ 아시아경제``;
* the source a sentence opens with: ``10일 차이신망에 따르면``, a proper noun with an outlet's
  ending (``망`` 網, ``보`` 報, ``재경`` 財經, ``일보``, ``통신`` …).

An outlet named in a byline or a dateline is an outlet even when the gazetteer does not know
it, and so is one named in a rights line (``© 한빛경제 무단전재 금지``); one found from an
address, a bare copyright sign or ``[X 도시 날짜]`` must be in the gazetteer.
"""

from __future__ import annotations

import re

from kg.records import Mention

_REPORTER = r"[가-힣]{2,4}\s*(?:기자|특파원|객원기자|통신원)"
# (pattern, needs a gazetteer entry)
_PATTERNS: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"\[\s*(?P<o>[^\]\s=]{2,15})(?:\s+[^\]=]{1,20})?\s*=\s*" + _REPORTER + r"\s*\]"), False),
    (re.compile(r"\[\s*(?P<o>[^\]\s=]{2,15})\s+(?:[가-힣]{2,6}\s+)?" + _REPORTER + r"\s*\]"), False),
    (re.compile(r"[(\[【〔](?:[가-힣]{1,6}\s)?[가-힣]{2,8}\s*=\s*(?P<o>[^\s()\[\]【】〔〕=]{2,12})\s*[)\]】〕]"),
     False),
    # "(베이징=연합뉴스 김영수 특파원)", "[상하이=아주경제 이민수 기자]"
    (re.compile(r"[(\[](?:[가-힣]{1,6}\s)?[가-힣]{2,8}\s*=\s*(?P<o>[^\s()\[\]=]{2,12})\s+"
                + _REPORTER + r"\s*[)\]]"), False),
    # "… 밝혔다. /베이징=한빛일보 김영수 특파원": the dateline written after the story
    (re.compile(r"/\s*(?:[가-힣]{1,6}\s)?[가-힣]{2,8}\s*=\s*(?P<o>[^\s()\[\]=/]{2,12})\s+"
                + _REPORTER), False),
    # "저작권자 © 한빛경제 무단전재 및 재배포 금지": the rights line names the outlet
    (re.compile(r"(?:ⓒ|©|\([cC]\))\s*(?:\d{4}[\s.,-]*)?(?P<o>[가-힣A-Za-z0-9]{2,15})\s*[.,]?\s*"
                r"(?:무단\s?전재|무단\s?복제|All\s+[Rr]ights)"), False),
    (re.compile(r"^\s*(?P<o>[^\s\[\]()=]{2,12})\s+(?:[^\s=]{1,12}\s+)?" + _REPORTER + r"\s*="), False),
    (re.compile(r"^\s*\[(?P<o>[^\]\s]{2,12})\s+[가-힣]{2,8}\s+\d{1,2}월\s*\d{1,2}일\s*\]"), True),
    # "[한빛경제] 중국 …": the outlet in brackets at the head of the story (one the gazetteer
    # knows, or a name with an outlet's ending; not "[단독]", "[사진]")
    (re.compile(r"^\s*[\[【](?P<o>[^\]】\s=]{2,12})[\]】]\s*(?=\S)"), True),
    (re.compile(r"^\s*[\[【](?P<o>[가-힣A-Za-z0-9]{1,10}(?:뉴스|일보|경제|신문|투데이|데일리|타임스|타임즈|"
                r"방송|저널|닷컴|미디어|포커스|비즈|위크|TV|통신|신보|만보))[\]】]\s*(?=\S)"), False),
    (re.compile(r"[A-Za-z0-9._-]+@(?P<o>[a-z0-9-]+\.(?:co\.kr|com|kr|net|or\.kr|co))\b"), True),
    (re.compile(r"(?:ⓒ|©|\([cC]\))\s*(?:\d{4}[\s.,-]*)?(?P<o>[^\s,.<>()\[\]|]{2,15}(?: [A-Z][a-z]+){0,3})"),
     True),
    (re.compile(r"(?:기사\s*제공|제공|출처|자료)\s*[=:：]\s*(?P<o>[^\s,.<>()\[\]|=]{2,15})"), True),
    (re.compile(r"(?:저작권자|Copyright|copyright|COPYRIGHT)\s*(?:ⓒ|©|\([cC]\))?\s*(?:\d{4}[\s.,-]*)?"
                r"(?P<o>[^\s,.<>()\[\]|ⓒ©]{2,15}(?: [A-Z][a-z]+){0,3})"), True),
]


# "10일 차이신망에 따르면": the source a sentence opens with (after its date)
_ACCORDING = re.compile(r"^\s*(?:(?:지난|오는)\s+)?(?:\d{1,4}\s*(?:년|월|일)\s*)*"
                        r"(?:(?P<place>[가-힣]{2,4})\s+)?(?P<o>[가-힣A-Za-z0-9]{2,12})(?:의\s+보도)?에\s+따르면")
_OUTLET_END = re.compile(r"(?:망|보|재경|일보|신문|통신|방송|TV|미디어|뉴스|닷컴|타임스)$")


def _source_outlet(a, ctx) -> Mention | None:  # noqa: ANN001 - Analysed, Context
    """The outlet of ``X에 따르면`` at a sentence's head: a name the gazetteer does not
    give another type, with an outlet's ending, that Kiwi reads as a proper noun (or does
    not know): ``차이신망``, not ``전망`` or ``업계 정보``."""
    from kg.mentions.analysis import _tag
    from kg.sentences import tokenize

    m = _ACCORDING.match(a.sentence.text)
    if m is None or not _OUTLET_END.search(m["o"]):
        return None
    if m["place"] and not ctx.gaz.lookup(m["place"], {"Country", "Province", "City"}):
        return None  # "중국 21세기경제보도에 따르면": only a place may stand before the name
    name = m["o"]
    rec = ctx.gaz.best(name, types={"MediaOutlet"})
    if rec is None:
        toks = tokenize(name)
        if ctx.gaz.lookup(name) or not toks or any(_tag(t) not in ("NNP", "SL", "SN")
                                                    for t in toks):
            return None
    s = a.sentence.start + m.start("o")
    return _outlet(a, name, s, s + len(name), "according-to", rec)


def _outlet(a, name: str, start: int, end: int, rule: str, rec) -> Mention:  # noqa: ANN001
    """A MediaOutlet mention found by a cue: surer when the gazetteer knows the outlet."""
    from kg.gazetteer import compact

    return Mention(text=name, type="MediaOutlet", start=start, end=end, sentence=a.sentence.index,
                   rule=rule, confidence=0.8 if rec else 0.6, gazetteer_id=rec.id if rec else "",
                   head=compact(name))


class BylineExtractor:
    """Outlets of datelines and bylines (see the module doc)."""

    name = "byline"

    def __call__(self, a, ctx) -> list[Mention]:  # noqa: ANN001 - Analysed, Context
        from kg.gazetteer import HANGUL, compact

        out: list[Mention] = []
        text = a.sentence.text
        for pattern, needs_record in _PATTERNS:
            for m in pattern.finditer(text):
                name = m["o"].strip()
                rec = ctx.gaz.best(name, types={"MediaOutlet"})
                if rec is None and "." in name:  # jhjeong@kmib.co.kr: the domain, or its stem
                    name = name.split(".")[0]
                    rec = ctx.gaz.best(name, types={"MediaOutlet"})
                while rec is None and " " in name:  # "한국경제 All rights reserved"
                    name = name.rsplit(" ", 1)[0]
                    rec = ctx.gaz.best(name, types={"MediaOutlet"})
                if rec is None and needs_record:
                    continue
                if rec is None and (not (HANGUL.search(name) or re.fullmatch(r"[A-Za-z][\w]+", name))
                                    or ctx.gaz.lookup(name)):
                    continue  # a place or a body, not an unknown outlet
                s = a.sentence.start + m.start("o")
                # "(서울=연합뉴스)", "[아시아경제 창저우(중국)=…]": the dateline's place is the
                # reporter's whereabouts, not a name of the story; a blank mention holds its span
                eq = text.find("=", m.start(), m.end())
                if eq > 0 and pattern.pattern.startswith(("[(\\[", "\\[")):
                    for pm in re.finditer(r"[가-힣]{2,8}", text[m.start():eq]):
                        ps = a.sentence.start + m.start() + pm.start()
                        if ps != s:
                            out.append(Mention(text=pm[0], type="?", start=ps, end=ps + len(pm[0]),
                                               sentence=a.sentence.index, rule="dateline-place",
                                               confidence=0.1))
                out.append(Mention(text=name, type="MediaOutlet", start=s, end=s + len(name),
                                   sentence=a.sentence.index, rule="byline",
                                   confidence=0.9 if rec else 0.7,
                                   gazetteer_id=rec.id if rec else "", head=compact(name)))
        for source in [_source_outlet(a, ctx), *_outlets_of_a_kind(a, ctx)]:
            if source is not None and not any(m.start == source.start for m in out):
                out.append(source)
        return out


# "기술 전문매체인 X는", "관영 언론 X는": a name right after the word for an outlet
_OUTLET_KIND = re.compile(r"(?:매체|언론|언론사|신문|일간지|경제지|전문지|통신사|방송사)(?:인)?$")


def _outlets_of_a_kind(a, ctx) -> list[Mention]:  # noqa: ANN001 - Analysed, Context
    """A name the word for an outlet stands before (``중국 기술매체인 콰이커지는``): a word
    Kiwi reads as a proper noun (or does not know) that the gazetteer does not type."""
    out = []
    words = a.words
    for k in range(len(words) - 1):
        w, nxt = words[k], words[k + 1]
        if w.particle not in ("", "인") or not _OUTLET_KIND.search(w.text) or not nxt.stem or \
                nxt.particle not in ("은", "는", "이", "가", "에", "의", "도") or \
                not re.fullmatch(r"[가-힣A-Za-z0-9]{2,12}", nxt.stem):
            continue
        rec = ctx.gaz.best(nxt.stem, types={"MediaOutlet"})
        if rec is None and (ctx.gaz.lookup(nxt.stem) or not _OUTLET_END.search(nxt.stem) and
                            any(t not in ("NNP", "SL", "SN") for _, t in nxt.tags[:-1] or nxt.tags)):
            continue
        out.append(_outlet(a, nxt.stem, *a.span(nxt.start, nxt.start + len(nxt.stem)),
                           "outlet-of-a-kind", rec))
    return out
