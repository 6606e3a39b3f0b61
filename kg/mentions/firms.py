"""Firms of Korea's large business groups, named with no type cue.

The gazetteer holds the business groups that Korea's Fair Trade Commission designates
(``kg/data/kr_business_groups.tsv``; plus the big groups of the 1990s that older articles
name). A group's affiliates are written as the group's name and a name of their own
(``LG디스플레이``, ``포스코퓨처엠``, ``현대위아``, ``LG CNS``): each such compound is a firm.
"""

from __future__ import annotations

import re
from functools import cache

from kg.mentions.tables import SET_UP_AFTER
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
# a firm's head written as a word of its own after the name
_HEADS_APART = {"그룹", "유한공사", "유한회사", "주식회사", "회사", "집단", "고분유한공사", "그룹유한공사"}
# a predicate that says the subject is a firm: "… 생산기업이자", "… 업체다"
_IS_FIRM = re.compile(r"(기업|업체|회사|제조사|메이커|그룹|합작사|합작법인|합자회사|자회사|계열사)"
                      r"(이다|이며|이자|이고|으로서|으로|로서|다[.\s]|인데)")
# the verb of an adnominal clause whose subject set up the name after it
_MADE_BY_FIRM = re.compile(r"(?:설립|출자|합작|인수|투자)(?:한|했던)|세운|만든|차린")
# "누리다온은 한빛전자가 2010년 설립했다": the topic is what the firm after it set up
_SET_UP_BY = re.compile(r"^\s+(?:\S+\s+){0,3}?\S+" + SET_UP_AFTER)
# the common nouns a unit is called by, no name: "생산공장은 …의 법인이다"
_UNIT_HEADS = ("공장", "법인", "회사", "기업", "업체", "센터", "사무소", "지사", "본사", "단지", "기지",
               "사업", "부문", "사업부", "조직", "시설", "거점")
# "미래전지는 한빛전자의 중국 법인이다": a unit some body owns, named by its owner
_OWNED_UNIT = re.compile(r"^\s+(?:\S+\s+){0,2}?\S+의\s+(?:중국\s*|한국\s*|현지\s*|해외\s*|국내\s*)?"
                         r"(?:자회사|손자회사|계열사|법인|현지법인|판매법인|생산법인|합작법인|합작사)"
                         r"(?:이다|이며|이자|이고|으로서|로서|다[.\s]|였다|이었다)")


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


# a firm's deal with another firm: "B의 지분", "B를 인수", "B와 합작해"
_STAKE = re.compile(r"^(지분|주식|경영권|최대주주|2대주주|주요주주|대주주)")
_ACQUIRE = re.compile(r"^(인수|매입|합병)")
_JOINT = re.compile(r"^(합작|합자|공동\s?(?:출자|설립|투자))")
_SETS_UP = re.compile(r"^(설립|세웠|세운|세워|출범)")
_INVEST_IN = re.compile(r"^투자")
_STAKE_KIND = re.compile(r"^(지분|전략적|추가|직접|공동)$")


def _firm_word(ctx, w) -> bool:  # noqa: ANN001 - Context, Word
    """Does the gazetteer or a group's name make word ``w`` a firm (``포스코는``,
    ``LG화학이``)?"""
    from kg.mentions.base import suffix_type

    stem = w.stem or ""
    return bool(stem) and (any(r.type == "Firm" for r in ctx.gaz.lookup(stem)) or
                           affiliate(stem, w.tags) is not None or
                           suffix_type(stem, proper=True) == "Firm")


def _firm_subject(ctx, words) -> bool:  # noqa: ANN001 - Context, list[Word]
    """Is one of ``words`` a firm marked as subject (이/가)?"""
    return any(x.particle in ("이", "가") and _firm_word(ctx, x) for x in words)


def _deal_party(ctx, words, i: int) -> bool:  # noqa: ANN001 - Context, list[Word]
    """``알리바바는 쑤닝의 지분을``, ``… BOE를 인수``, ``포스코는 화유코발트와 합작해``,
    ``… 화유포스코를 설립``: an unknown name a firm (the subject) takes a stake in, buys, goes
    into a venture with or sets up."""
    w = words[i]
    nxt = words[i + 1].stem if i + 1 < len(words) and words[i + 1].stem else ""
    nxt2 = words[i + 2].stem if i + 2 < len(words) and words[i + 2].stem else ""
    deal = (w.particle in ("의", "") and _STAKE.match(nxt)) or \
        (w.particle in ("을", "를") and (_ACQUIRE.match(nxt) or _SETS_UP.match(
            words[i + 1].text if i + 1 < len(words) else ""))) or \
        (w.particle in ("와", "과") and (_JOINT.match(nxt) or _JOINT.match(nxt2))) or \
        (w.particle == "의" and _JOINT.match(nxt)) or \
        (w.particle in ("에", "에도") and (_INVEST_IN.match(nxt) or  # "B에 (지분) 투자"
                                         (_STAKE_KIND.match(nxt) and _INVEST_IN.match(nxt2))))
    if not deal:
        return False
    common = any(f == w.stem and t == "NNG" for f, t in w.tags)  # 공장: a word Kiwi knows
    from kg.mentions.people import mandarin_reading

    if not (_unknown_proper(ctx, w) or (mandarin_reading(w.stem) and not common and
                                        not ctx.gaz.lookup(w.stem))):
        return False
    if w.particle == "의":  # "A와 B의 합작사": a firm anywhere beside it in the sentence
        return any(k != i and _firm_word(ctx, x) for k, x in enumerate(words))
    return any(k != i and x.particle in ("은", "는", "이", "가") and _firm_word(ctx, x)
               for k, x in enumerate(words[:i]))


class FirmByClassExtractor:
    """Names a class noun, a predicate, a firm's deal or a head apart makes firms: ``유통업체
    여우미와``, ``화유코발트는 … 최대 코발트 생산기업이자``, ``알리바바는 쑤닝의 지분을``,
    ``대풍해항 그룹과``."""

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
            elif w.particle in ("은", "는", "이", "가") and (
                    (_unknown_proper(ctx, w) and _IS_FIRM.search(a.clean[w.end:])) or
                    (_OWNED_UNIT.match(a.clean[w.end:]) and _unknown_proper(ctx, w, loose=True)
                     and not w.stem.endswith(_UNIT_HEADS))):
                target = "predicate"
            elif _deal_party(ctx, words, i):
                target = "deal"
            elif i > 0 and _MADE_BY_FIRM.fullmatch(words[i - 1].text) and \
                    w.particle in ("은", "는", "이", "가", "을", "를", "의", "와", "과", "") and \
                    _unknown_proper(ctx, w) and _firm_subject(ctx, words[:i - 1]):
                target = "made"  # "한빛전자가 2019년 세운 누리다온은": what a firm set up
            elif w.particle in ("은", "는") and _unknown_proper(ctx, w) and \
                    _SET_UP_BY.match(a.clean[w.end:]) and _firm_subject(ctx, words[i + 1:]):
                target = "made"  # "누리다온은 한빛전자가 설립했다"
            elif i + 1 < len(words) and words[i + 1].stem in _HEADS_APART and not w.particle and \
                    not w.text.endswith((",", "·")) and _unknown_proper(ctx, w, loose=True):
                target = "head"  # "대풍해항 그룹과", "산진광뎬(杉金光電) 회사의": a name, its head apart
            if target is None:
                continue
            lead = w.start + max(w.text.find(w.stem), 0)
            name = w.stem
            prev = words[i - 1] if i > 0 else None
            if target == "predicate" and prev is not None and not prev.particle and \
                    prev.stem == prev.text and ctx.gaz.lookup(prev.stem, {"City", "Province"}):
                # "장자강 포항불수강은": the firm is named with its place
                lead, name = prev.start, f"{prev.stem} {w.stem}"
            end = w.start + max(w.text.find(w.stem), 0) + len(w.stem)
            if target == "head" and not (w.gloss and w.gloss.zh):
                # a glossed name stands alone ("산진광뎬(杉金光電) 회사"); else its head is a part
                head = words[i + 1]
                name, end = f"{w.stem} {head.stem}", head.start + len(head.stem)
            s, e = a.span(lead, end)
            out.append(Mention(text=name, type="Firm", start=s, end=e,
                               sentence=a.sentence.index, rule=f"firm-by-{target}",
                               confidence=0.6, head=compact(name),
                               zh=w.gloss.zh if w.gloss and target == "head" else "",
                               en=w.gloss.en if w.gloss else ""))
        return out


# the head a list of firms closes with: "… 등 전자상거래 업체가", "… 등 중국 브랜드"
_FIRM_LIST_HEAD = re.compile(r"^(?:\S+\s+){0,2}?(업체|기업|회사|브랜드|메이커|제조사|그룹|완성차)")


# kinds of firm, which close a list of firms ("등 3개 대기업과") and are no item of it
_CLASS_NOUNS = ("기업", "업체", "회사", "기업들", "업체들", "회사들", "계열사", "협력사")


def listed_firms(a, ms: list[Mention], ctx) -> list[Mention]:  # noqa: ANN001 - Analysed, Context
    """``삼성전자, LG전자, 하이센스, 창훙 등``: unknown names listed with firms are firms.

    The list holds two firms already known (by the gazetteer, a group's name or a firm's
    suffix), or one and closes with a firm's class noun (``등 … 업체``); an item is taken
    when it is a name of its own (not a word of the tables, a place or a field).
    """
    from kg.gazetteer import compact
    from kg.mentions.coordination import coordinated
    from kg.mentions.people import post_in
    from kg.mentions.sectors import canonical
    from kg.mentions.tables import KO_SUFFIX_TYPES, LIST_HEADS, NOT_SECTOR, STOP_STEMS

    words = a.words
    firm_words: set[int] = set()
    typed_words: set[int] = set()
    for i, w in enumerate(words):
        ws, we = a.span(w.start, w.end)
        for m in ms:
            if ws <= m.start < we:
                typed_words.add(i)
                if m.type == "Firm":
                    firm_words.add(i)
    out: list[Mention] = []
    done: set[int] = set()
    for i in sorted(firm_words):
        items = coordinated(words, i)
        if len(items) < 3 or items[0] in done:
            continue
        done.update(items)
        known = [k for k in items if k in firm_words]
        others = [k for k in items if k in typed_words and k not in firm_words]
        last = words[items[-1]]
        tail = " ".join(x.text for x in words[items[-1] + 1:items[-1] + 4])
        closed = bool(re.match(r"등", tail)) and bool(_FIRM_LIST_HEAD.match(tail[1:].strip()))
        # "삼성전자와 노키아, 에릭슨": one firm known and the rest proper nouns Kiwi does not know
        untyped = [words[k] for k in items if k not in typed_words]
        proper = bool(untyped) and all(
            x.tags and x.tags[0][1] in ("NNP", "SL") and not x.gloss and x.stem for x in untyped)
        if others or not (len(known) >= 2 or (known and (closed or proper))):
            continue
        for k in items:
            w = words[k]
            if k in typed_words or w.gloss:
                continue
            raw = w.text.rstrip(",、·ㆍ")
            raw = raw[: len(raw) - len(w.particle)] if w.particle and raw.endswith(w.particle) \
                else raw
            if w is last and raw.endswith("등"):
                raw = raw[:-1]
            if w.stem and raw.startswith(w.stem) and len(raw) - len(w.stem) <= 2 and \
                    re.fullmatch(r"(으로|로|에|에서|의|도|만|까지|부터)?", raw[len(w.stem):]):
                raw = w.stem  # "도시로": Kiwi's stem without its particle
            if not re.fullmatch(r"[가-힣]{2,8}|[A-Z][A-Za-z0-9&.\-]{1,15}", raw) or \
                    raw in STOP_STEMS or raw in NOT_SECTOR or raw in KO_SUFFIX_TYPES or \
                    raw in LIST_HEADS or post_in(raw) or canonical(raw) or \
                    any(r.type != "City" or r.hangul_matchable for r in ctx.gaz.lookup(raw)) or \
                    raw.endswith(_CLASS_NOUNS) or any(t == "XSN" and f == "적" for f, t in w.tags):
                continue  # "… 등 3개 대기업과 B": the class of the items is not one of them;
                # "B와 전략적 제휴": an adjectival noun is no item
            lead = w.start + max(w.text.find(raw), 0)
            s, e = a.span(lead, lead + len(raw))
            out.append(Mention(text=raw, type="Firm", start=s, end=e, sentence=a.sentence.index,
                               rule="firm-list", confidence=0.55, head=compact(raw)))
    return out


# "㈜LG", "(주)한빛소재": a firm written with its legal form before the name
_LEGAL_FORM = re.compile(r"(?:㈜|\(주\)|\(유\)|\(株\))\s?(?P<n>[가-힣A-Za-z0-9&]{1,15}?)"
                         r"(?=(?:은|는|이|가|을|를|의|와|과|에|도|로|으로|에서)?(?:\s|$|[,.·)]))")


class LegalFormExtractor:
    """``조준호 ㈜LG 사장``, ``(주)한빛소재는``: the name after a firm's legal form."""

    name = "legal-form"

    def __call__(self, a, ctx) -> list[Mention]:  # noqa: ANN001 - Analysed, Context
        from kg.gazetteer import compact

        out = []
        for m in _LEGAL_FORM.finditer(a.clean):
            rec = ctx.gaz.best(m["n"], types={"Firm"})
            start, name = m.start("n"), m["n"]
            if rec is not None and rec.source == "kr_business_groups.tsv":
                # "㈜LG": the company of that name, not its business group
                start, name, rec = m.start(), a.clean[m.start():m.end("n")], None
            s, e = a.span(start, m.end("n"))
            out.append(Mention(text=name, type="Firm", start=s, end=e, sentence=a.sentence.index,
                               rule="legal-form", confidence=0.8, head=compact(name),
                               gazetteer_id=rec.id if rec else ""))
        return out


# the deal a firm strikes with a partner named right before it: "B와 전략적 제휴를 맺었다"
_DEAL_AFTER = re.compile(r"\s*(?:전략적\s*|포괄적\s*|업무\s*)?(?:제휴|합작|손잡|손을 잡|파트너십|"
                         r"공급\s*계약|기술\s*협력)")


class DealPartnerExtractor:
    """``한빛전자는 누리켐, 다온과 전략적 제휴를 맺었다``: the partners a firm (the subject)
    strikes a deal with, words Kiwi reads as proper nouns that the gazetteer does not type."""

    name = "deal-partner"

    def __call__(self, a, ctx) -> list[Mention]:  # noqa: ANN001 - Analysed, Context
        from kg.gazetteer import compact
        from kg.mentions.base import suffix_type
        from kg.mentions.people import looks_like_name

        words = a.words
        subject = next((w for w in words if w.particle in ("은", "는", "이", "가") and w.stem), None)
        if subject is None or not (suffix_type(subject.stem) == "Firm" or any(
                r.type == "Firm" for r in ctx.gaz.lookup(subject.stem))):
            return []

        def partner(w) -> bool:  # noqa: ANN001 - Word
            return bool(w.stem) and re.fullmatch(r"[가-힣A-Za-z][가-힣A-Za-z0-9]{1,9}", w.stem) is not None \
                and bool(w.tags) and all(t in ("NNP", "SL", "SN") for f, t in w.tags
                                         if not t.startswith(("J", "SP"))) \
                and not ctx.gaz.lookup(w.stem) and not suffix_type(w.stem) and \
                not looks_like_name(w.stem, w.tags)

        out = []
        for k, w in enumerate(words):
            if w is subject or w.particle not in ("와", "과") or \
                    not _DEAL_AFTER.match(a.clean, w.end) or not partner(w):
                continue
            group = [w]
            j = k - 1
            while j >= 0 and words[j] is not subject and words[j].text.endswith(",") and \
                    partner(words[j]):
                group.insert(0, words[j])
                j -= 1
            for p in group:
                s, e = a.span(p.start, p.start + len(p.stem))
                out.append(Mention(text=p.stem, type="Firm", start=s, end=e,
                                   sentence=a.sentence.index, rule="deal-partner",
                                   confidence=0.5, head=compact(p.stem)))
        return out
