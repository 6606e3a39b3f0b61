"""Words the gazetteer knows: countries (also as pairs and lists), provinces, cities, bodies.
"""

from __future__ import annotations

import re

from kg.gazetteer import HAN, HANGUL, compact
from kg.mentions.analysis import Analysed, Word
from kg.mentions.base import Context, _mention, suffix_type
from kg.mentions.tables import (
    COUNTRY_ABBR,
    GENERIC_TAILS,
    PLACE_TYPES,
    STEM_PARTICLES,
    country_pair,
)
from kg.records import Mention

_DOT_SPACE = re.compile(r"([·ㆍ]) ")
_COUNTRY_POSTS = ("총리", "대통령", "국왕", "대사", "총영사", "부총리", "외교장관", "외무장관")


def _pair_list(ctx: Context, text: str) -> bool:
    """Does ``text`` list three or more pairs of places (``A-B, C-D, E-F``), most of whose
    sides the gazetteer knows?"""
    pairs = re.findall(r"(?<![가-힣])([가-힣]{2,4})[-‐–]([가-힣]{2,4})(?![가-힣])", text)
    if len(pairs) < 3:
        return False
    sides = [p for pair in pairs for p in pair]
    known = sum(1 for p in sides if ctx.gaz.best(p, PLACE_TYPES) is not None)
    return 2 * known > len(sides)


# what is said to be in a place: "선전에 본사를 둔", "선전에 있는", "선전 소재"
_WHERE_NOUNS = ("본사", "본부", "공장", "법인", "사무소", "지사", "연구소", "센터", "위치", "소재", "있는",
                "있다", "자리", "거점", "생산기지")


def _placed(ctx: Context, rec, w: Word, nxt: str) -> bool:  # noqa: ANN001 - Record
    """A city whose name Kiwi reads as a common noun (선전, propaganda) is the city where the
    article named its province before, or where the word is a place something is in."""
    if rec.parent and rec.parent in ctx.places:
        return True
    return (w.particle in ("에", "에서", "에는", "에서는") or (not w.particle and nxt == "소재")) \
        and nxt.startswith(_WHERE_NOUNS)


class GazetteerExtractor:
    """Words that are names in the gazetteer (countries, places, bodies)."""

    name = "gazetteer"

    def __call__(self, a: Analysed, ctx: Context) -> list[Mention]:
        from kg.mentions.firms import _COMMON_WORDS
        from kg.mentions.sectors import canonical as sector_name

        out: list[Mention] = []
        after: tuple[int, object] | None = None  # the place the last word named: (index, record)
        for i, w in enumerate(a.words):
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
                    if not other_ok and _pair_list(ctx, a.clean):
                        # "인천-톈진, 여수-항저우, 부산-상하이": in a list of such pairs, mostly
                        # of known places, every side is a place
                        other_ok = all(r is not None or (re.fullmatch(r"[가-힣]{2,4}", p) and
                                                         not ctx.gaz.lookup(p))
                                       for p, r in zip(parts, places, strict=True))
                    if other_ok and (any(places) or _pair_list(ctx, a.clean)):
                        off = lead
                        for p, rec in zip(parts, places, strict=True):
                            ps = a.clean.find(p, off)
                            out.append(_mention(a, ps, ps + len(p), p, rec.type if rec else "City",
                                                "place-pair", gazetteer_id=rec.id if rec else "",
                                                confidence=0.8 if rec else 0.6))
                            off = ps + len(p)
                continue
            pair = country_pair(stem)
            before = a.words[i - 1] if i else None
            city = after[1] if after and after[0] == i - 1 and before is not None and \
                not before.particle.strip() else None
            following = a.words[i + 1].text if i + 1 < len(a.words) else ""
            rec, probe = (None, "") if pair else self._match(ctx, stem, w, city, following)
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
            name = probe if probe == w.text.strip("‘’“”「」『』《》'\",.·:;!?[]【】<>〈〉") else stem
            if stem.startswith(probe) and stem[len(probe):] in STEM_PARTICLES:
                name = probe  # "상하이시가": the name without the particle Kiwi kept
            if rec.type == "Country" and stem.startswith(probe) and probe != stem and \
                    stem[len(probe):] in GENERIC_TAILS:
                name = probe  # "한국기업": the country, named as written
            if probe and stem.startswith("주" + probe) and rec.type in PLACE_TYPES:
                lead, name = lead + 1, probe  # 주칭다오: the place, without 駐
            elif rec.type == "Country" and probe != stem and stem.startswith(probe) and \
                    stem[len(probe):] in _COUNTRY_POSTS:
                name = probe  # 태국총리: the country
            if rec.type in PLACE_TYPES:
                ctx.places.update({rec.id, rec.parent})
                after = (i, rec)
            nxt = a.words[i + 1] if i + 1 < len(a.words) else None
            if rec.type == "Firm" and name == w.text and nxt is not None and nxt.stem and \
                    name in _COMMON_WORDS and sector_name(nxt.stem):
                continue  # "현대 서비스업과 현대 농업": modern, not the group
            if rec.type == "Firm" and stem.startswith(("중국", "한국")) and \
                    compact(probe) == compact(stem[2:]):
                # "한국화웨이", "중국삼성": a group's unit in a country, a firm of its own
                out.append(_mention(a, lead, lead + len(stem), stem, "Firm", "country-unit",
                                    confidence=0.8))
                continue
            out.append(_mention(a, lead, lead + len(name), name, rec.type, "gazetteer",
                                gazetteer_id=rec.id, confidence=0.9))
        return out

    @staticmethod
    def _country(ctx: Context, part: str):
        if part in COUNTRY_ABBR:
            return ctx.gaz.records.get(f"country/{COUNTRY_ABBR[part]}")
        return ctx.gaz.best(part, types={"Country"})

    @staticmethod
    def _match(ctx: Context, stem: str, w: Word, city: object = None, nxt: str = ""):
        """The record ``stem`` names and the name it was found by; ``city``: the place the
        word before named, whose district a shared district name (중구) after it is."""
        tags = {t for _, t in w.tags}
        proper = "NNP" in tags or "SL" in tags or "SH" in tags
        whole = w.text.strip("‘’“”「」『』《》'\",.·:;!?[]【】<>〈〉")
        probes = [whole, stem] if whole != stem and HANGUL.search(whole) else [stem]
        if stem.endswith("들") and re.search(r"[시성도]들$", stem) and len(stem) >= 4:
            probes.append(stem[:-1])  # "르자오시들과": the places named in the plural
        for tail in GENERIC_TAILS if stem.endswith(GENERIC_TAILS) else ():
            if stem.endswith(tail) and len(stem) > len(tail) + 1:
                probes.append(stem[: -len(tail)])
        for pfx in ("중국", "한국"):
            if stem.startswith(pfx) and len(stem) > len(pfx) + 2:
                probes.append(stem[len(pfx):])
        # "주칭다오 총영사관", "주베트남 대사": the place a mission abroad is in (駐)
        if stem.startswith("주") and len(stem) >= 3 and \
                ctx.gaz.lookup(stem[1:], {"City", "Country", "Province"}):
            probes.append(stem[1:])
        # "태국총리", "베트남대통령": a country glued to its head of state or government
        glued_posts = set()
        for post in _COUNTRY_POSTS if stem.endswith(_COUNTRY_POSTS) else ():
            if stem.endswith(post) and len(stem) >= len(post) + 2:
                probes.append(stem[: -len(post)])
                glued_posts.add(stem[: -len(post)])
        # "상하이시가": Kiwi read 시가 (market price) where the text has 상하이시 + 가
        for particle in STEM_PARTICLES if stem.endswith(STEM_PARTICLES) else ():
            if stem.endswith(particle) and len(stem) - len(particle) >= 2 and \
                    re.search(r"[시성도군현]$", stem[: -len(particle)]):
                probes.append(stem[: -len(particle)])
                break
        for probe in probes:
            recs = ctx.gaz.lookup(probe)
            if not recs:
                continue
            rec = ctx.gaz.best(probe, context=ctx.places)
            if rec is None or (probe == whole != stem and rec.type in PLACE_TYPES):
                continue
            if probe in glued_posts and rec.type != "Country":
                continue  # "상무부총리": a vice premier, not the ministry 상무부 and a 총리
            if city is not None and rec.type == "City" and rec.parent != city.id:
                # "경남 고성군": the one in the place just named, whatever else the text named
                inside = [r for r in recs if r.type == "City" and r.parent == city.id]
                if len(inside) == 1:
                    rec = inside[0]
            if rec.type == "City" and not rec.hangul_matchable and not (
                    re.search(r"[가-힣](시|현)$", probe) and (proper or len(probe) >= 3)):
                continue  # a small city only with its suffix: 장자강시, 창싱현
            if rec.type == "Firm" and not proper and HANGUL.search(probe) and not rec.user_row:
                continue  # 현대 (modern times): a group's name only as a proper noun
            if rec.type == "City" and not proper and not probe.endswith("시") and \
                    compact(probe) not in {compact(n) for n in rec.ko_alt | {rec.ko}}:
                continue
            if rec.type == "City" and not proper and len(probe) <= 2 and not stem.endswith("시") \
                    and not _placed(ctx, rec, w, nxt):
                continue
            return rec, probe
        if city is not None and getattr(city, "country", "") == "KR" and HANGUL.search(stem):
            # "부산 중구", "경남 고성군": a district whose name several share, after its place
            inside = [r for r in ctx.gaz.lookup(f"{city.ko} {stem}", {"City"})
                      if r.country == "KR" and r.parent == city.id]
            if len(inside) == 1:
                return inside[0], stem
        if proper:
            rec = ctx.gaz.sino_korean_place(stem)
            if rec is not None:
                return rec, stem
        return None, ""


class GazetteerPhraseExtractor:
    """Names of several words the gazetteer knows: ``한중 FTA``, ``13차 5개년 계획``,
    ``징진지 협동발전``, ``주중국 대한민국 대사관`` (places are left to single words)."""

    name = "gazetteer-phrase"

    def __call__(self, a: Analysed, ctx: Context) -> list[Mention]:
        out: list[Mention] = []
        words = a.words
        # "한·중 FTA": the analyser cuts a word after its middle dot
        dotted = [w.text.endswith(("·", "ㆍ")) and w.text[:-1].isalpha() for w in words]
        # a word that ends a phrase before the last word: a particle after it, or a gloss
        ends = [bool(w.particle.strip()) and not d or bool(w.gloss)
                for w, d in zip(words, dotted, strict=True)]
        no_stem = [not w.stem and not d for w, d in zip(words, dotted, strict=True)]
        bare = [w.text.strip("‘’“”「」『』《》'\"<>〈〉[]【】") for w in words]
        for i in range(len(words)):
            for n in (4, 3, 2):
                if i + n > len(words):
                    continue
                span = words[i:i + n]
                if any(ends[i:i + n - 1]):
                    continue
                if not span[-1].stem or any(no_stem[i:i + n]):
                    continue
                text = " ".join(bare[i:i + n - 1])
                text = f"{text} {span[-1].stem}".strip()
                if "· " in text or "ㆍ " in text:
                    text = _DOT_SPACE.sub(r"\1", text)
                rec = next((r for r in ctx.gaz.lookup(text) if r.type not in PLACE_TYPES), None)
                if rec is None:
                    continue
                lead = span[0].start + (len(span[0].text) - len(span[0].text.lstrip(
                    "‘’“”「」『』《》'\"<>〈〉[]【】")))
                end = span[-1].start + max(span[-1].text.find(span[-1].stem), 0) + \
                    len(span[-1].stem)
                out.append(_mention(a, lead, end, a.clean[lead:end], rec.type, "gazetteer-phrase",
                                    gazetteer_id=rec.id, confidence=0.9))
                break
        return out
