"""Words glossed in Chinese or Latin script, and the governments of places.
"""

from __future__ import annotations

import re

from kg.gazetteer import HAN, HANGUL, compact
from kg.mentions.analysis import Analysed
from kg.mentions.base import (
    Context,
    _gov_ministry,
    _lookup_place,
    _mention,
    _place_word,
    glued_before,
    suffix_type,
    zh_type,
)
from kg.mentions.people import glossed_chinese_name, person_mention
from kg.mentions.sectors import canonical as sector_name
from kg.mentions.tables import (
    _APPOSITIVE,
    KO_SUFFIX_TYPES,
    PLACE_TYPES,
    STEM_PARTICLES,
    STOP_STEMS,
)
from kg.records import Mention
from kg.transcribe import sino_korean

# English words that make a gloss a place, zone or programme, not a brand
_GENERIC_EN = re.compile(r"\b(Area|Zone|Park|Bay|Region|Initiative|Road|Belt|Corridor|Railway|"
                         r"Port|City|Province|District|County|Plan|Strategy|Program|Programme|"
                         r"Project|Center|Centre|Forum|Expo|Summit|Agreement|Partnership)\b")


# a company's legal form in an English gloss: "(Toyota Tsusho Corporation)", "(… Co., Ltd.)",
# "(PT Vale Indonesia)"
_FIRM_FORM = re.compile(r"Co|Corp|Corporation|Company|Inc|Incorporated|Ltd|Limited|LLC|PLC|Group|"
                        r"Holdings|AG|GmbH|SA|NV|Bhd|Berhad|Tbk|JSC|Pte|PT|KK")
# the legal form written in Korean, as a word of its own
_FORM_WORDS = {"회사", "그룹", "상사", "공사", "유한공사", "주식회사", "홀딩스", "코퍼레이션", "컴퍼니",
               "집단", "유한회사"}
# words that open a clause before a name: not part of it
_CLAUSE_OPENERS = {"이번", "이날", "한편", "또", "특히", "당시", "최근", "현재", "또한", "및", "등"}


def _firm_of_words(a: Analysed, i: int) -> tuple[int, str] | None:
    """``도요타 통상(Toyota Tsusho Corporation)``: a firm whose Korean name has as many words
    as its English one before the legal form; the start and the name, or None.

    The words before the glossed one join the name when each is bare (no particle, no comma).
    """
    w = a.words[i]
    en = w.gloss.en if w.gloss else ""
    tokens = re.findall(r"[A-Za-z][\w&'-]*\.?", en.split(",")[0])
    forms = [t for t in tokens if _FIRM_FORM.fullmatch(t.rstrip("."))]
    if not forms or w.stem != w.text[:len(w.stem)] or w.gloss_at != len(w.stem):
        return None
    n = len(tokens) - len(forms)
    if w.stem in _FORM_WORDS:
        n += 1  # "철도 회사(Railway Co)": the legal form written in Korean too
    if n < 2:
        return None
    words = [w]
    for prev in reversed(a.words[max(0, i - n + 1):i]):
        # a bare word, however Kiwi reads it ("한빛": 한 + 빛), but no particle or ending
        if any(t.startswith(("J", "E", "V", "XSV", "XSA", "SF", "SP")) for _, t in prev.tags) or \
                prev.text in _CLAUSE_OPENERS or \
                not re.fullmatch(r"[가-힣A-Za-z0-9&][가-힣A-Za-z0-9&-]{0,15}", prev.text):
            break
        words.insert(0, prev)
    if len(words) < 2:
        return None
    return words[0].start, a.clean[words[0].start:w.start + len(w.stem)]


def _bare_head_after_body(a: Analysed, i: int, ctx: Context) -> int | None:
    """Where the body begins that the glossed word ``i`` is a bare office of (판공실, 사무국
    after a commission's name): None if it is not one."""
    w = a.words[i]
    pre = w.stem[: max(w.gloss_at, 0)]
    if pre != w.stem or KO_SUFFIX_TYPES.get(pre) not in ("GovernmentBody", "Organization") or \
            i == 0:
        return None
    prev = a.words[i - 1]
    if prev.particle or prev.stem != prev.text or prev.gloss or not HANGUL.search(prev.stem):
        return None
    body = ctx.gaz.best(prev.stem)
    if suffix_type(prev.stem) not in ("GovernmentBody", "Organization") and not (
            body is not None and body.type in ("GovernmentBody", "Organization")):
        return None
    start = prev.start
    before = glued_before(a.words, i - 1)
    if before is not None and before.particle in ("·", "ㆍ") and \
            all(t == "NNG" for f, t in before.tags if f not in "·ㆍ"):
        start = before.start  # "중앙인터넷보안·정보화위원회": a dotted compound
    return start


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
            joined = _firm_of_words(a, i)
            if joined is not None:
                out.append(_mention(a, joined[0], w.end - len(w.particle), joined[1], "Firm",
                                    "gloss+firm", zh=g.zh, en=g.en, confidence=0.85))
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
                    # "판공청(商務部辦公廳)도": Kiwi may read the particle after the gloss as
                    # part of the noun; the gloss ends the name
                    glued = w.stem[len(pre):] in STEM_PARTICLES
                    stem = pre if glued else w.stem
                    out.append(_mention(a, prev.start, lead + len(stem) if glued else
                                        w.end - len(w.particle),
                                        f"{prev.stem} {stem}", typ, "gloss+body", zh=g.zh,
                                        en=g.en, gazetteer_id=rec.id if rec else "",
                                        confidence=0.9))
                    continue
                head = _bare_head_after_body(a, i, ctx)
                if head is not None:
                    # "중앙인터넷보안·정보화위원회 판공실(中央网信办)": the office of the body
                    out.append(_mention(a, head, lead + len(pre), a.clean[head:lead + len(pre)],
                                        KO_SUFFIX_TYPES[pre], "gloss+body", zh=g.zh, en=g.en,
                                        confidence=0.85))
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
            if pre.startswith("주") and len(pre) >= 3 and w.stem == pre:
                # "주칭다오(青岛)": the place a mission abroad is in (駐)
                prec = _lookup_place(ctx, pre[1:], zh=g.zh, en=g.en, strict=False)
                if prec is not None and prec.type in PLACE_TYPES:
                    out.append(_mention(a, lead + 1, lead + len(pre), pre[1:], prec.type,
                                        "gloss+gazetteer", zh=g.zh, en=g.en,
                                        gazetteer_id=prec.id, confidence=0.85))
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
            # no Korean head: the gloss itself may tell the type ("반도체(芯片)" is a field)
            typ = "Sector" if sector_name(pre) else \
                suffix_type(pre, quoted=True) or (zh_type(g.zh) if g.zh else None)
            if typ is None and _gov_ministry(pre):
                typ = "GovernmentBody"
            if typ is None and g.zh and w.stem[len(pre):] in ("", *STEM_PARTICLES) and \
                    glossed_chinese_name(pre, g.zh):
                # "왕샤오밍(王小明)은": a Chinese person, by surname and reading, with no post
                out.append(person_mention(pre, *a.span(lead, lead + len(pre)), a.sentence.index,
                                          g.zh, "glossed-name", 0.6))
                continue
            if typ is None and prev is not None and _APPOSITIVE.search(prev.text):
                typ = KO_SUFFIX_TYPES.get(_APPOSITIVE.search(prev.text)[1], "Firm")
            if typ is None and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", g.en) and \
                    not _GENERIC_EN.search(g.en) and (
                    not g.zh or len(compact(g.zh)) >= 3) and \
                    any(t in ("NNP", "NNG") for _, t in w.tags):
                typ = "Firm"  # 테슬라(Tesla), 화유코발트(華友鈷業, Huayou Cobalt): a brand
            out.append(_mention(a, lead, lead + len(pre), pre, typ or "?", "gloss",
                                zh=g.zh, en=g.en, confidence=0.8 if typ else 0.5))
        return out


def _foreign_ministry(ctx: Context, country, w) -> bool:  # noqa: ANN001 - Word
    """``베트남 외교부``, ``태국 재무부``: a ministry named after a country other than Korea or
    China is that country's (the gazetteer's bare 외교부 is Korea's)."""
    rec = ctx.gaz.best(country.stem, {"Country"})
    if rec is None or rec.id in ("country/CN", "country/KR") or not w.stem or w.gloss:
        return False
    known = ctx.gaz.lookup(w.stem, {"GovernmentBody"})
    if known:
        return all(r.id.startswith("org/kr_") or r.source == "kr_government.tsv" for r in known)
    # a short one the suffix rule leaves ("태국 재무부"; 산업무역부 is found by its suffix)
    return re.fullmatch(r"[가-힣]{2}(부|청|처)", w.stem) is not None and w.stem != "정부" and \
        not re.search(r"[동서남북중]부$", w.stem)  # 동북부: a part of the country


class GovernmentExtractor:
    """``태국 정부``, ``산시성 정부``: the government of a place, as an actor; ``베트남
    외교부``: a ministry of a country other than Korea or China.

    China's and Korea's own ``정부`` stay with the country: in these articles
    they are the generic central government.
    """

    name = "government"

    def __call__(self, a: Analysed, ctx: Context) -> list[Mention]:
        out = []
        for k in range(1, len(a.words)):
            w, prev = a.words[k], a.words[k - 1]
            if prev.particle or prev.stem != prev.text or not prev.stem:
                continue
            if _foreign_ministry(ctx, prev, w):
                out.append(_mention(a, prev.start, w.start + len(w.stem), f"{prev.stem} {w.stem}",
                                    "GovernmentBody", "country-body", confidence=0.7))
                continue
            if w.stem not in ("정부", "인민정부", "시정부", "성정부"):
                continue
            rec = ctx.gaz.best(prev.stem, PLACE_TYPES, context=ctx.places)
            if rec is None or rec.id in ("country/CN", "country/KR"):
                continue
            out.append(_mention(a, prev.start, w.start + len(w.stem), f"{prev.stem} {w.stem}",
                                "GovernmentBody", "government-of", confidence=0.7))
        return out
