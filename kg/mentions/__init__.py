"""Sentence -> :class:`~kg.records.Mention`: names found by morphology and patterns.

A sentence is first *cleaned* (``analysis``): parenthesised glosses in Chinese characters or
Latin script (``뤄양(洛陽)``, ``국무원(國務院, State Council)``) are lifted out and attached to
the word they follow, ``(이하 X)`` short names are noted, and Kiwi cuts the text into words
that keep their noun stem (particles stripped: ``포켓모바일과`` → ``포켓모바일``). Extractors,
small classes behind :class:`~kg.mentions.base.Extractor` registered by name, turn words into
typed mentions; one module a family of patterns:

* ``gloss``: a word glossed in Chinese or Latin script, and the governments of places;
* ``gazetteer_names``: countries, provinces, cities, bodies and firms the gazetteer knows;
* ``suffixes``: compounds typed by their head (``…그룹`` Firm, ``…산업단지`` Park), industries;
* ``quotes``: ``「…」`` titles and quoted names, the outlets of a ``출처:`` line;
* ``lists``: items of ``A, B 및 C 등 N개 분야`` typed by the list's head;
* ``people``: persons next to their post, in every order Korean news writes them;
* ``media``: the outlet of a dateline, a byline, an address or a copyright line;
* ``firms``: affiliates of business groups, firms named by a class noun or a predicate or
  written with their legal form (``㈜LG``);
* ``sectors``: industries named in running prose as the field of something;
* ``places``: unknown cities by their suffix, lists and pairs of places.

The word tables are in ``tables``. What an extractor returns is validated before it is used;
overlapping mentions are resolved by rule priority, and names an article has introduced are
found again wherever they stand (``find``).
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from kg.gazetteer import HANGUL, compact, gazetteer
from kg.mentions import pair_parks
from kg.mentions.analysis import Analysed, Gloss, Word, analyse
from kg.mentions.base import Context, Extractor, suffix_type, zh_type
from kg.mentions.firms import (
    AffiliateExtractor,
    DealPartnerExtractor,
    FirmByClassExtractor,
    LegalFormExtractor,
    listed_firms,
)
from kg.mentions.gazetteer_names import GazetteerExtractor, GazetteerPhraseExtractor
from kg.mentions.gloss import GlossExtractor, GovernmentExtractor
from kg.mentions.lists import ListExtractor
from kg.mentions.media import BylineExtractor
from kg.mentions.pair_parks import PairParkExtractor
from kg.mentions.people import PersonExtractor, PostPersonExtractor, surname_post_mentions
from kg.mentions.places import PlaceListExtractor, PlaceSuffixExtractor, councils_of_the_place
from kg.mentions.quotes import QuoteExtractor, SourceLineExtractor
from kg.mentions.sectors import SectorExtractor
from kg.mentions.suffixes import IndustryExtractor, SuffixExtractor
from kg.mentions.tables import (
    KO_SUFFIX_TYPES,
    PLACE_TYPES,
    STOP_STEMS,
    country_pair,
)
from kg.namespaces import CORE_CLASSES
from kg.records import Mention, Sentence

__all__ = ["KO_SUFFIX_TYPES", "PLACE_TYPES", "STOP_STEMS", "Analysed", "Context", "Extractor",
           "Gloss", "Word", "analyse", "country_pair", "find", "register", "suffix_type",
           "validate", "zh_type", "EXTRACTORS"]

logger = logging.getLogger(__name__)


EXTRACTORS: dict[str, Extractor] = {}


def register(extractor: Extractor) -> Extractor:
    """Register an extractor under its name (later ones with the same name replace it)."""
    EXTRACTORS[extractor.name] = extractor
    return extractor


for _ex in (SourceLineExtractor(), QuoteExtractor(), GlossExtractor(), PersonExtractor(),
            PostPersonExtractor(), GovernmentExtractor(), BylineExtractor(), AffiliateExtractor(),
            SectorExtractor(), FirmByClassExtractor(), PlaceSuffixExtractor(),
            PlaceListExtractor(), GazetteerPhraseExtractor(),
            GazetteerExtractor(), SuffixExtractor(), ListExtractor(), IndustryExtractor(),
            LegalFormExtractor(), PairParkExtractor(), DealPartnerExtractor()):
    register(_ex)


def validate(m: object, sentence: Sentence) -> bool:
    """Is what an extractor returned a usable mention? Logs why not."""
    if not isinstance(m, Mention):
        logger.warning("extractor returned %r, not a Mention: dropped", type(m).__name__)
        return False
    if m.type not in CORE_CLASSES and m.type != "?":
        logger.warning("mention %r has unknown type %r: dropped", m.text, m.type)
        return False
    if not m.text.strip() or not (sentence.start <= m.start < m.end <= sentence.end):
        logger.warning("mention %r has bad offsets %d-%d: dropped", m.text, m.start, m.end)
        return False
    return True


def find(sentences: list[Sentence], article_date: str = "",
         extractors: list[str] | None = None) -> tuple[list[Mention], list[Analysed]]:
    """Run the extractors over an article's sentences.

    Returns the mentions (overlaps resolved: gazetteer and gloss beat suffix,
    the longer span wins among equals) and the analysed sentences.
    """
    ctx = Context(gaz=gazetteer(), article_date=article_date)
    names = extractors or list(EXTRACTORS)
    analysed: list[Analysed] = []
    per_sentence: list[list[Mention]] = []
    for sent in sentences:
        a = analyse(sent)
        analysed.append(a)
        found: list[Mention] = []
        for name in names:
            for m in EXTRACTORS[name](a, ctx):
                if validate(m, sent):
                    found.append(m)
        per_sentence.append(_resolve_overlaps(found))
    for a, ms in zip(analysed, per_sentence, strict=True):
        _type_by_neighbours(a, ms)
        extra = listed_firms(a, ms, ctx)
        if extra:
            ms[:] = _resolve_overlaps(ms + extra)
    if extractors is None:
        # a name the article has introduced is a name wherever it stands again:
        # "퉁샹(桐鄕)시에 … 퉁샹에서", "포켓모바일(pocketmobile)사는 … 포켓모바일과"
        known = _known_names(m for ms in per_sentence for m in ms)
        glossed = _known_names(m for ms in per_sentence for m in ms
                               if m.rule.startswith("gloss") and (m.zh or m.en))
        for ms in per_sentence:
            for m in ms:
                # "라용(Rayong)주 … 라용 공업원": the article's own glossed name beats a
                # gazetteer guess from Hangul alone
                src = glossed.get(m.text.replace(" ", ""))
                if m.rule == "gazetteer" and src is not None and \
                        (src.type, src.gazetteer_id) != (m.type, m.gazetteer_id):
                    m.type, m.gazetteer_id, m.rule = src.type, src.gazetteer_id, "known-name"
        titles = list({m.text: m for ms in per_sentence for m in ms
                       if m.type in _KNOWN_TITLE_TYPES and " " in m.text and
                       len(m.text.replace(" ", "")) >= 6}.values())
        for a, ms in zip(analysed, per_sentence, strict=True):
            extra = _known_name_mentions(a, known, ms, titles)
            if extra:
                ms[:] = _resolve_overlaps(ms + extra)
        _alias_mentions(analysed, per_sentence)
        pair_parks.programmes(analysed, per_sentence)
        pair_parks.short_forms(per_sentence)
        councils_of_the_place(analysed, per_sentence)
        surname_post_mentions(analysed, per_sentence)
    return [m for ms in per_sentence for m in ms], analysed


def _alias_mentions(analysed: list[Analysed], per_sentence: list[list[Mention]]) -> None:
    """``(이하 협력구)``: the short name is a mention of the name before the parenthesis,
    there and wherever it stands again."""
    short: dict[str, Mention] = {}
    for a, ms in zip(analysed, per_sentence, strict=True):
        for at, alias in a.aliases:
            pos = a.sentence.start + at
            before = [m for m in ms if m.end <= pos + 1 and pos - m.end <= 2 and m.type != "?"]
            if before:
                short[alias.replace(" ", "")] = max(before, key=lambda m: m.end)
        if not short:
            continue
        extra = []
        for w in a.words:
            src = short.get(w.stem.strip("‘’'\"“”「」")) if w.stem else None
            if src is None:
                continue
            lead = w.start + max(w.text.find(w.stem.strip("‘’'\"“”「」")), 0)
            s, e = a.span(lead, lead + len(w.stem.strip("‘’'\"“”「」")))
            if any(m.start < e and s < m.end and m.rule != "anaphor" for m in ms if m is not src):
                continue
            extra.append(Mention(text=w.stem.strip("‘’'\"“”「」"), type=src.type, start=s, end=e,
                                 sentence=a.sentence.index, rule="alias", confidence=0.8,
                                 gazetteer_id=src.gazetteer_id, head=compact(w.stem),
                                 refers_to=src.start))
        if extra:
            ms[:] = [m for m in ms if not any(m.start < x.end and x.start < m.end for x in extra)]
            ms[:] = sorted(ms + extra, key=lambda m: (m.start, -m.end))


def _type_by_neighbours(a: Analysed, ms: list[Mention]) -> None:
    """``쿤밍(昆明), 훙허(紅河), 더훙(德宏)``: an untyped glossed name listed among places
    is a place of the same kind; listed with a firm (``CATL과 궈쉬안(國軒)``), a firm."""
    ordered = sorted(ms, key=lambda m: m.start)
    for i, m in enumerate(ordered):
        if m.type != "?" or m.rule != "gloss":
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(ordered):
                continue
            n = ordered[j]
            gap = a.sentence.text[min(m.end, n.end) - a.sentence.start:
                                  max(m.start, n.start) - a.sentence.start]
            if n.type in ("City", "Province") and n.gazetteer_id and \
                    re.fullmatch(r"\s*(\([^)]*\)|\[[^\]]*\])?\s*[,，、]\s*", gap):  # (…) or […]
                m.type, m.rule = n.type, "gloss+list-place"
                break
            if n.type == "Firm" and n.rule not in ("firm-list", "firm-by-predicate") and \
                    re.fullmatch(r"\s*(\([^)]*\))?\s*(?:[,，、·ㆍ]|와|과)\s*", gap):
                m.type, m.rule = "Firm", "gloss+list-firm"  # "CATL과 궈쉬안(國軒)"
                break


_KNOWN_TYPES = {"Firm", "GovernmentBody", "Organization", "City", "Province", "Park", "Person",
                "Project", "Country"}
# titles are known again only in full, as names of several words (a 「의견」 stays a word)
_KNOWN_TITLE_TYPES = {"Policy"}


def _known_names(mentions: object) -> dict[str, Mention]:
    """Names introduced with a type in this article (first mention wins), by compact form."""
    known: dict[str, Mention] = {}
    for m in mentions:  # type: ignore[attr-defined]
        if m.type not in _KNOWN_TYPES or m.rule in ("anaphor", "list-head"):
            continue
        forms = {m.text.replace(" ", "")}
        if m.type in ("City", "Province") and re.search(r"[가-힣][시성주]$", m.text):
            forms.add(m.text[:-1])
        for form in forms:
            if len(form) >= 2 and HANGUL.search(form) and form not in STOP_STEMS:
                known.setdefault(form, m)
    return known


@lru_cache(maxsize=8192)
def _flexible(name: str) -> re.Pattern[str]:
    """``name`` written with or without its spaces, at the start of a word."""
    return re.compile(r"(?<![가-힣A-Za-z])" +
                      r"\s?".join(re.escape(c) for c in name.replace(" ", "")))


_WORD_CHAR = re.compile(r"[가-힣A-Za-z]")


def _flexible_hits(name: str, text: str) -> list[tuple[int, int]]:
    """The spans ``_flexible(name).finditer(text)`` gives, found without compiling the
    pattern (a pattern a name, most names new: compiling was most of the time)."""
    chars = name.replace(" ", "")
    if not chars or any(c.isspace() for c in chars):
        return [m.span() for m in _flexible(name).finditer(text)]
    out = []
    n, last = len(text), len(chars) - 1
    pos = text.find(chars[0])
    while pos != -1:
        j, ok = pos, True
        for i, c in enumerate(chars):  # each character, then at most one white space
            if j >= n or text[j] != c:
                ok = False
                break
            j += 1
            if i < last and j < n and text[j].isspace():
                j += 1
        if ok and (pos == 0 or not _WORD_CHAR.match(text[pos - 1])):
            out.append((pos, j))
            pos = text.find(chars[0], j)
        else:
            pos = text.find(chars[0], pos + 1)
    return out


def _known_name_mentions(a: Analysed, known: dict[str, Mention],
                         have: list[Mention], titles: list[Mention] = ()) -> list[Mention]:
    out = []
    titles = list(titles)
    for w in a.words:
        stem = w.stem
        if not stem or stem not in known or w.gloss:
            continue
        lead = w.start + w.text.find(stem)
        s, e = a.span(lead, lead + len(stem))
        if any(m.start < e and s < m.end for m in have):
            continue
        src = known[stem]
        out.append(Mention(text=stem, type=src.type, start=s, end=e, sentence=a.sentence.index,
                           zh="", en="", rule="known-name", confidence=0.7,
                           gazetteer_id=src.gazetteer_id, head=compact(stem)))
    # a name of several words ("블루밸리 국가산단") again, where only a part of it was found
    text, s0 = a.sentence.text, a.sentence.start
    for src in {id(m): m for m in list(known.values()) + titles}.values():
        if src.type in PLACE_TYPES or src.type == "Person" or \
                (" " not in src.text and len(src.text) < 4):
            continue
        # written with or without its spaces ("협력 양해각서", "협력양해각서"); a word Kiwi
        # cut up ("한국화웨이" read 한 + 국화 + 웨이) at the start of a word
        for hit_start, hit_end in _flexible_hits(src.text, text):
            s, e = s0 + hit_start, s0 + hit_end
            if any(m.start < e and s < m.end and not (s <= m.start and m.end <= e)
                   for m in have) or any((m.start, m.end) == (s, e) for m in have):
                continue
            out.append(Mention(text=src.text, type=src.type, start=s, end=e,
                               sentence=a.sentence.index, zh="", en="", rule="known-name",
                               confidence=0.7, gazetteer_id=src.gazetteer_id,
                               head=compact(src.text)))
    return out


_PRIORITY = {"gloss+body": 1, "gloss+place-body": 2, "source-line": 0, "quote": 1, "quote+gazetteer": 1, "gloss+gazetteer": 2,
             "gloss-prefix-place": 2, "name-prefix-place": 2, "country-compound": 2, "country-list": 2, "person-post": 2, "gloss+suffix": 3,
             "gloss": 4, "gloss+list-head": 4, "gazetteer": 3, "suffix": 5, "suffix+place": 5, "list": 6, "industry": 6,
             "list-head": 7, "list+gazetteer": 3, "known-name": 5, "post-holder": 6,
             "gloss+list-place": 4, "gloss+list-firm": 4, "government-of": 3, "person-name": 3, "person-paren": 3, "post-first": 4, "foreign-name": 2, "gloss+firm": 2, "country-body": 2, "person-ssi": 4, "byline": 0, "dateline-place": 0, "alias": 1, "affiliate": 2, "firm-by-class": 5, "place-suffix": 5, "place-list": 4, "place-pair": 2, "gazetteer-phrase": 2, "country-unit": 3, "firm-by-predicate": 5, "firm-by-head": 3, "legal-form": 2, "firm-by-deal": 5, "firm-by-made": 5, "deal-partner": 6, "firm-list": 6, "pair-park": 3, "post-place": 2, "sector": 6,
             "country-abbreviation": 8, "anaphor": 9}


_PLACE_RULES = ("gloss+gazetteer", "gloss-prefix-place", "name-prefix-place", "country-compound",
                "country-list",
                "place-pair",
                "country-abbreviation", "gazetteer")


def _nested_mention(inner: Mention, outer: Mention) -> bool:
    """A place named inside a longer name (친저우 in 친저우산업단지) is a mention of its own;
    so is a field inside a title (반도체 in 「반도체 산업 발전 방안」)."""
    if inner.type == "Sector" and inner.rule == "sector" and \
            outer.type in ("Policy", "Project", "Park") and \
            outer.start <= inner.start and inner.end <= outer.end and \
            (inner.start, inner.end) != (outer.start, outer.end):
        return True
    return (inner.type in PLACE_TYPES and inner.rule in _PLACE_RULES
            and outer.start <= inner.start and inner.end <= outer.end
            and (inner.start, inner.end) != (outer.start, outer.end)
            and outer.rule not in ("quote", "source-line", "list", "list-head"))


def _resolve_overlaps(found: list[Mention]) -> list[Mention]:
    keep: list[Mention] = []
    # quotes and titles own their span; inside them nothing else is a mention,
    # except places glossed inside a name
    for m in found:
        if m.type == "?":
            typed = [k for k in found if k.rule == "list-head" and k.start <= m.start
                     and m.end <= k.end and k.type not in PLACE_TYPES]
            if typed:
                m.type, m.rule = typed[0].type, "gloss+list-head"
    found = [m for m in found if not (m.rule == "list-head" and any(
        k is not m and k.start >= m.start and k.end <= m.end and k.rule != "list-head"
        for k in found))]
    # a listed field with its modifiers ("차세대 정보기술(IT)") is the field, not its last word
    whole_fields = {id(m) for m in found if m.rule == "list" and m.type == "Sector" and any(
        k.type == "Sector" and k.rule in ("gloss", "sector") and m.start < k.start and k.end <= m.end
        for k in found)}
    ordered = sorted(found, key=lambda m: (1 if id(m) in whole_fields else _PRIORITY.get(m.rule, 5),
                                           -(m.end - m.start), m.start))
    for m in ordered:
        clash = False
        for k in keep:
            if m.start < k.end and k.start < m.end:
                same_span = m.start == k.start and m.end == k.end
                nested = _nested_mention(m, k) or _nested_mention(k, m)
                # a name inside a list item is its own mention, but a field inside a field
                # is not ("첨단장비 제조" is one item, not 첨단장비 and 제조 besides)
                inner_list = k.rule in ("list", "list-head") and m.rule != "anaphor" and \
                    not (k.type == m.type == "Sector")
                if same_span or not (nested or inner_list):
                    if k.type == "?" and m.type != "?" and same_span and k.rule != "dateline-place":
                        k.type = m.type
                    clash = True
                    break
        if not clash:
            keep.append(m)
    # list-typed items yield to any better typed mention on the same words
    keep.sort(key=lambda m: (m.start, -m.end))
    return keep
