"""Parks named by two countries, and the programme of such parks.

``한·중 산업협력단지``, ``한.중산업협력단지``, ``중·한 산업단지``, ``한중 FTA 산단``: the two
countries may be written with a middle dot, a full stop or a space, which the suffix rule
(one word ending in a park's head) does not see. A place right before the pair is part of
the name (``새만금 한·중 산업협력단지``, ``옌청 한중 산업단지``).

A pair name with no place, where the article has named one pair park with its place
(``중한옌청산업협력단지 … 중한산업협력단지``, ``옌청 한중 산업단지 … 한중 산업단지``), is the
short name of that park.

A pair name with no place that the sentence counts (``3개 한중산단``, ``한중산업협력단지 3곳``)
or spreads over several places (``… 옌타이·옌청·후이저우``) names the programme of those
parks, a Project, not one park.
"""

from __future__ import annotations

import re

from kg.mentions.analysis import Analysed
from kg.mentions.base import Context, _mention, _place_word
from kg.records import Mention

_HEADS = r"(?:산업협력단지|협력단지|경협단지|경제협력단지|산업단지|산단|산업원|단지)"
# 한·중, 한.중, 한-중, 한 중, 중한 … and an optional FTA between the pair and the head
_PAIR = (r"(?P<a>한|중)\s?[·.‧ㆍ\-]?\s?(?P<b>중|한)\s?(?:FTA\s?|자유무역협정\s?)?"
         r"(?:산업\s?|경제\s?)?(?:협력\s?)?" + _HEADS)
PAIR_PARK = re.compile(r"(?<![가-힣])" + _PAIR)
# what may follow the name in its word: nothing or a particle
_END = re.compile(r"(?:은|는|이|가|을|를|의|에|에서|에는|와|과|와의|과의|도|로|으로|내|들|인|이자|이며|이다)?(?:[^가-힣]|$)")
PAIR_NAME = re.compile(_PAIR)
_COUNTED_BEFORE = re.compile(r"(?:\d+|[두세네])\s?개\s?$")
_COUNT_FIRST = re.compile(r"(?:\d+|[두세네])\s?개\s")
_PLACES_COUNTED = re.compile(r"(?:\d+|[두세네])\s?(?:곳|개\s?(?:도시|지역|곳))")
_COUNTED_AFTER = re.compile(r"\s?(?:\d+|[두세네])\s?(?:곳|개)")


class PairParkExtractor:
    """Parks named by two countries (see the module doc)."""

    name = "pair-park"

    def __call__(self, a: Analysed, ctx: Context) -> list[Mention]:
        out: list[Mention] = []
        text = a.clean
        for m in PAIR_PARK.finditer(text):
            if m["a"] == m["b"] or not _END.match(text, m.end()):
                continue
            start = m.start()
            before = text[:start]
            place = re.search(r"([가-힣]{2,6})\s$", before)
            if place and _place_word(ctx, place[1]):
                start = place.start(1)  # "새만금 한·중 산업협력단지": the park of that place
            elif (count := _COUNTED_BEFORE.search(before)) is not None:
                start = count.start()  # "3개 한중산단": the parks counted, one programme
            out.append(_mention(a, start, m.end(), text[start:m.end()], "Park", "pair-park",
                                confidence=0.7))
        return out


def programmes(analysed: list[Analysed], per_sentence: list[list[Mention]]) -> None:
    """Retype as a Project each pair park a sentence counts or spreads over places it
    counts (``… 옌타이시·옌청시·후이저우시 등 3곳을 지정``), wherever the article names it."""
    names: set[str] = set()
    for a, ms in zip(analysed, per_sentence, strict=True):
        s0, text = a.sentence.start, a.sentence.text
        places = {m.text for m in ms if m.type in ("City", "Province")}
        for m in ms:
            if m.type != "Park" or not PAIR_NAME.fullmatch(m.text):
                continue
            if _COUNTED_AFTER.match(text[m.end - s0:]) or (
                    len(places) >= 3 and _PLACES_COUNTED.search(text)):
                names.add(m.head)
    for ms in per_sentence:
        for m in ms:
            if m.type == "Park" and (m.head in names or _COUNT_FIRST.match(m.text)):
                m.type = "Project"


# a pair park with its place: "중한옌청산업협력단지", "중한(옌청)산업원", "옌청 한중 산업단지"
_PLACED = [re.compile(r"(?P<pair>(?:한|중)\s?[·.‧ㆍ\-]?\s?(?:중|한))\s?\(?(?P<place>[가-힣]{2,5}?)\)?\s?"
                      r"(?P<rest>(?:산업|경제|협력|FTA|\s)*" + _HEADS + ")"),
           re.compile(r"(?P<place>[가-힣]{2,5})\s(?P<pair>(?:한|중)\s?[·.‧ㆍ\-]?\s?(?:중|한))\s?"
                      r"(?P<rest>(?:산업|경제|협력|FTA|\s)*" + _HEADS + ")")]


def short_forms(per_sentence: list[list[Mention]]) -> None:
    """A pair park named without its place refers to the one pair park the article named
    with its place before (see the module doc)."""
    from kg.gazetteer import compact, gazetteer
    from kg.mentions.tables import PLACE_TYPES

    placed: dict[str, list[Mention]] = {}
    for ms in per_sentence:
        for m in ms:
            if m.type != "Park":
                continue
            for pat in _PLACED:
                g = pat.fullmatch(m.text)
                if g is not None and gazetteer().lookup(g["place"], PLACE_TYPES):
                    short = compact(g["pair"] + g["rest"])
                    if m.head not in {x.head for x in placed.get(short, [])}:
                        placed.setdefault(short, []).append(m)
                    break
    for ms in per_sentence:
        for m in ms:
            full = placed.get(m.head, [])
            if m.type == "Park" and len(full) == 1 and PAIR_NAME.fullmatch(m.text) and \
                    full[0].start < m.start and m.refers_to < 0:
                m.refers_to = full[0].start
