"""Relations a name states by itself, read once the article's entities are known.

* ``locatedIn``: a body or firm whose name begins with a place the article names
  (``선전투자홀딩스`` → 선전, ``중국전자`` → 중국, ``인천상공회의소`` → 인천); an office a place
  keeps elsewhere (``부산시 무역사무소``, ``주칭다오 총영사관``) is not where it is;
* ``inSector``: a field named inside the title of a policy, project or park
  (``「반도체 산업 발전 촉진 방안」``, ``편광판 생산공장 건설 프로젝트``, ``이차전지 특화단지``).

Each function takes the :class:`~kg.relations.RelationFinder` of the article and the
article's mentions.
"""

from __future__ import annotations

import re

from kg.gazetteer import compact
from kg.records import Mention

# an outlet's name is a brand (중국경제망, 서울경제신문), not its address
_NAMED_BY_PLACE = {"Firm", "Organization", "GovernmentBody"}
_PLACES = {"Country", "Province", "City"}
# an office abroad, or a place's stand at an event, is not in the place that owns it
_ABROAD = re.compile(r"(사무소|사무처|대표처|대표부|영사관|대사관|무역관|홍보관|연락처|지사)$")
_TITLED = {"Policy", "Project", "Park"}


def _place_names(finder, mentions: list[Mention]) -> list[tuple[str, str]]:  # noqa: ANN001
    """(compact name, entity key) of every place the article names, longest first; a
    city's or province's name also without its 시/성."""
    names: set[tuple[str, str]] = set()
    for m in mentions:
        if not m.entity or m.entity not in finder.ents or \
                finder.ents[m.entity].type not in _PLACES:
            continue
        name = compact(m.text)
        if len(name) < 2 or not re.fullmatch(r"[가-힣]+", name):
            continue
        names.add((name, m.entity))
        if len(name) >= 3 and name[-1] in "시성":
            names.add((name[:-1], m.entity))
    return sorted(names, key=lambda x: (-len(x[0]), x))


def place_prefix(finder, mentions: list[Mention]) -> None:  # noqa: ANN001
    """``선전투자홀딩스``: a firm or body named after the place it is in; ``한중(옌타이)산업단지``:
    a park with its place in parentheses.

    The rest of the name must be a word of its own (two syllables or more, not a second
    place: ``중국-라오스 철도`` is a line between two countries, not in the first).
    """
    places = _place_names(finder, mentions)
    if not places:
        return
    done: set[str] = set()
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        key = m.entity
        if not key or key in done or key not in finder.ents:
            continue
        name = compact(m.text)
        inner = re.search(r"\(\s*([가-힣]{2,8})\s*\)", m.text)  # "한중(옌타이)산업단지"
        pkey = next((k for p, k in places if inner and p == inner[1]), None)
        if pkey is not None and finder.ents[key].type in ("Park", "Project"):
            finder.add(key, "locatedIn", pkey, m.sentence, "place-in-parenthesis", 0.6)
            done.add(key)
            continue
        if finder.ents[key].type not in _NAMED_BY_PLACE or _ABROAD.search(name) or \
                name.startswith("주"):
            continue
        for place, pkey in places:
            rest = name[len(place):]
            if name.startswith(place) and len(rest) >= 2 and not rest.startswith(("-", "·")):
                if any(rest.startswith(p) for p, _ in places):
                    break
                finder.add(key, "locatedIn", pkey, m.sentence, "place-prefix", 0.55)
                done.add(key)
                break


def sector_in_title(finder, mentions: list[Mention]) -> None:  # noqa: ANN001
    """A field named inside a policy's, project's or park's title is its field."""
    titled = [m for m in mentions if m.entity in finder.ents and
              finder.ents[m.entity].type in _TITLED]
    if not titled:
        return
    for s in mentions:
        if s.entity not in finder.ents or finder.ents[s.entity].type != "Sector":
            continue
        for t in titled:
            if t.start <= s.start and s.end <= t.end and (t.start, t.end) != (s.start, s.end):
                finder.add(t.entity, "inSector", s.entity, s.sentence, "field-in-title", 0.6)
