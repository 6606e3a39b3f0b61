"""Cities the gazetteer does not know, named with their administrative suffix.

``이우시``, ``쿤산시``, ``창싱현``, ``영월군``: a proper noun (Kiwi's NNP, or Hangul that transcribes
Mandarin syllable by syllable) followed by 시, 현, 구 or 군 names a city, county or district.
Dictionary words that end the same way (당시, 도시, 연구) are not names.
"""

from __future__ import annotations

import re

from kg.records import Mention

_SUFFIXED = re.compile(r"([가-힣]{2,5})(시|현|구|군)")
_PROVINCE_SUFFIXES: tuple[str, ...] = ()  # 성 and 주 end too many words (위성, 광주) to be used


class PlaceSuffixExtractor:
    """Unknown cities and counties by their suffix (see the module doc)."""

    name = "place-suffix"

    def __call__(self, a, ctx) -> list[Mention]:  # noqa: ANN001 - Analysed, Context
        from kg.gazetteer import compact
        from kg.mentions.base import suffix_type
        from kg.mentions.people import _mandarin_syllables as mandarin_syllables
        from kg.mentions.people import looks_like_name
        from kg.mentions.tables import KO_SUFFIX_TYPES

        out: list[Mention] = []
        for w in a.words:
            if w.gloss or not w.stem:
                continue
            m = _SUFFIXED.fullmatch(w.stem)
            if m is None:
                continue
            base, suffix = m.groups()
            if ctx.gaz.lookup(w.stem) or ctx.gaz.lookup(base) or w.stem in KO_SUFFIX_TYPES or \
                    suffix_type(w.stem, proper=True) or suffix_type(base, proper=True):
                continue
            tags = w.tags
            if not tags or (tags[0][0] == w.stem and tags[0][1].startswith("NNG")):
                continue  # 당시, 도시: one dictionary word
            proper = tags[0][1] == "NNP" and tags[0][0] in (base, w.stem)
            mandarin = all(c in mandarin_syllables() for c in base)
            if looks_like_name(w.stem) and not mandarin:
                continue  # 김동현, 방재현: a person's name
            if not proper and not (mandarin and tags[0][1] != "NNG"):
                continue
            if suffix in ("구", "군", *_PROVINCE_SUFFIXES) and not proper:
                continue
            lead = w.start + max(w.text.find(w.stem), 0)
            s, e = a.span(lead, lead + len(w.stem))
            typ = "Province" if suffix in _PROVINCE_SUFFIXES else "City"
            out.append(Mention(text=w.stem, type=typ, start=s, end=e,
                               sentence=a.sentence.index, rule="place-suffix", confidence=0.6,
                               head=compact(w.stem)))
        return out


class PlaceListExtractor:
    """``베이징, 톈진, 스자좡, 탕산에서``: in a list whose items are mostly places, every item
    the gazetteer knows as a place is one, even a small city a bare word would not name."""

    name = "place-list"

    def __call__(self, a, ctx) -> list[Mention]:  # noqa: ANN001 - Analysed, Context
        from kg.gazetteer import compact
        from kg.mentions.coordination import coordinated

        out: list[Mention] = []
        words = a.words
        seen: set[int] = set()
        for i in range(len(words)):
            if i in seen:
                continue
            items = coordinated(words, i)
            seen.update(items)
            if len(items) < 2:
                continue
            recs = {}
            for k in items:
                w = words[k]
                if not w.stem or w.gloss or not re.fullmatch(r"[가-힣]{2,8}", w.stem):
                    continue
                rec = ctx.gaz.best(w.stem, types={"City", "Province", "Country"},
                                   context=ctx.places)
                if rec is not None:
                    recs[k] = rec
            if len(recs) < 2 or 2 * len(recs) < len(items):
                continue
            for k, rec in recs.items():
                w = words[k]
                lead = w.start + max(w.text.find(w.stem), 0)
                s, e = a.span(lead, lead + len(w.stem))
                out.append(Mention(text=w.stem, type=rec.type, start=s, end=e,
                                   sentence=a.sentence.index, rule="place-list", confidence=0.7,
                                   gazetteer_id=rec.id, head=compact(w.stem)))
                if rec.type != "Country":
                    ctx.places.update({rec.id, rec.parent})
        return out


# a council named by its level alone ("백인규 시의회 의장"): the council of the place of that
# level the article named last
_BARE_COUNCILS = {"시의회": "City", "도의회": "Province", "군의회": "City", "구의회": "City"}


def councils_of_the_place(analysed, per_sentence) -> None:  # noqa: ANN001 - Analysed, Mention
    """``포항시(시장 이강덕)는 … 백인규 시의회 의장``: a bare ``시의회`` (``도의회``, ``군의회``) is
    the council of the city (province) the article named last before it; it is named after
    it (포항시의회). Without such a place it stays a common noun."""
    from kg.gazetteer import compact

    last: dict[str, Mention] = {}
    for a, ms in zip(analysed, per_sentence, strict=True):
        taken = [(m.start, m.end) for m in ms]
        extra: list[Mention] = []
        for k, w in enumerate(a.words):
            kind = _BARE_COUNCILS.get(w.stem)
            s, e = a.span(w.start, w.start + len(w.stem)) if kind else (0, 0)
            place = last.get(kind or "")
            if kind is None or place is None or any(x < e and s < y for x, y in taken):
                continue
            prev = a.words[k - 1] if k else None
            if prev is not None and not prev.particle and prev.stem and \
                    any(m.type in ("City", "Province") and
                        m.start <= a.span(prev.start, prev.end)[0] < m.end for m in ms):
                continue  # "경북도 도의회": a place before it names it already
            level = w.stem[0]
            base = place.text if place.text.endswith(level) else place.text + level
            name = base + w.stem[1:]
            extra.append(Mention(text=name, type="GovernmentBody", start=s, end=e,
                                 sentence=a.sentence.index, rule="council-of-place",
                                 confidence=0.6, head=compact(name)))
        for m in sorted(ms, key=lambda m: m.start):
            if m.type in ("City", "Province") and m.gazetteer_id:
                last[m.type] = m
        ms.extend(extra)
