"""More ways Korean news says where a park, project or firm is (``locatedIn``).

* ``X는 옌청시 동부에 있다``: a place, a part of it (동부, 인근, 일대, 남쪽 20km 지점), and 에
  있다/위치; ``옌청시에 있는 X``;
* ``X는 상하이시 푸둥에 조성됐다``, ``… 들어선다``: the subject built, set up or opened in a place;
* ``X(쑤저우 소재)``: the place in a parenthesis with 소재;
* ``량장신구가 자리한 충칭``: the subject of a relative clause of lying in the place after it;
* ``서해안신구 내 중한혁신산업원``: a park, firm or project inside a park; ``A는 …개발구에
  입주했다``: a firm that moves into a park;
* ``본사를 상하이에 둔 A``, ``A는 본사를 상하이로 옮겼다``, ``A의 본사는 상하이에 있다``,
  ``A(본사 상하이)``: where a firm's head office is, is where the firm is.

Each function takes the :class:`~kg.relations.RelationFinder` of the article, the analysed
sentence and its slots.
"""

from __future__ import annotations

import re

from kg.mentions.tables import PLACE_TYPES
from kg.relations.structure import subject_of

_PART = (r"(?:동부|서부|남부|북부|중부|동남부|서남부|동북부|서북부|인근|외곽|일대|근교|교외|중심부|시내|"
         r"동쪽|서쪽|남쪽|북쪽|동남쪽|서남쪽|동북쪽|서북쪽)")
# "옌청시 남쪽 20km 지점에": a part of the place, a distance from it
_AWAY = r"(?:\s*\d+(?:\.\d+)?\s*(?:km|㎞|킬로미터|킬로))?\s*(?:지점|거리|떨어진\s*곳)?"
_LIES = re.compile(r"\s*" + _PART + r"?" + _AWAY + r"\s*에\s*(?:있|위치|자리)")
_BUILT = (r"(?:(?:조성|건설|설립|건립|개원|개소|문을\s*열)(?:됐|되었|된다|될|했|한다|하였|할)|"
          r"들어(?:섰|선다|설|선|서))")
_BUILT_IN = re.compile(r"\s*(?:\S+\s+)?" + _BUILT)
_PART_BUILT = re.compile(r"\s*" + _PART + _AWAY + r"\s*에\s*(?:\S+\s+)?" + _BUILT)
# "옌청시에 있는 한빛산업단지": the name the relative clause of lying there modifies
_THERE_BEFORE = re.compile(r"\s*(?:있는|있던)\s+")
_LOCATED_PAREN = re.compile(r"\s*\(\s*([^()]{2,20}?)\s*소재\s*\)")
_LIES_BEFORE = re.compile(r"\s*(?:자리한|자리잡은|위치한|들어선|입주한)\s")
_HOSTS = {"Park", "Project", "Firm", "Organization", "GovernmentBody"}
_MOVES_IN = re.compile(r"\s*(?:\S+\s+){0,2}?(?:입주|입점|둥지를\s*틀)(?:했|하였|한다|하기로|해|할|하며|하고|한\s|었|어)")
_HQ = r"(?:본사|본부|본점)"
_HQ_BEFORE = re.compile(_HQ + r"(?:를|을)\s+$")  # "본사를 [상하이에] 둔"
_HQ_VERB = re.compile(r"\s*(?:둔|두고|두며|둔다|뒀|옮기|옮겨|옮긴|옮겼|이전)")
_HQ_TOPIC = re.compile(r"의\s+" + _HQ + r"(?:는|은|가|이)\s+$")  # "A의 본사는 [상하이]에 있다"
_HQ_PAREN = re.compile(r"\(\s*" + _HQ + r"\s*:?\s*$")  # "A(본사 [상하이])"


def head_office(finder, a, slots) -> None:  # noqa: ANN001
    """Where a firm's head office is (the last item of the module doc)."""
    ty = finder.type_of
    text = finder.article.text
    idx = a.sentence.index
    for i, sl in enumerate(slots):
        if ty(sl.m) not in PLACE_TYPES:
            continue
        before = text[max(0, sl.m.start - 12):sl.m.start]
        firm = None
        if sl.particle in ("에", "으로", "로") and _HQ_BEFORE.search(before) and \
                _HQ_VERB.match(text, sl.m.end + len(sl.particle)):
            verb = _HQ_VERB.match(text, sl.m.end + len(sl.particle))
            if verb[0].strip() == "둔":  # the name the clause modifies
                firm = next((t for t in slots[i + 1:] if ty(t.m) in _HOSTS - {"Park", "Project"}),
                            None)
            else:  # the subject
                firm = subject_of(finder, [t for t in slots[:i]], _HOSTS - {"Park", "Project"})
        elif sl.particle == "에" and _LIES.match(text[sl.m.end:sl.m.end + 12]) and \
                _HQ_TOPIC.search(before):
            at = sl.m.start - len(_HQ_TOPIC.search(before)[0])
            firm = next((t for t in reversed(slots[:i]) if t.m.end == at and
                         ty(t.m) in _HOSTS - {"Park", "Project"}), None)
        elif _HQ_PAREN.search(before) and text[sl.m.end:sl.m.end + 1] == ")":
            at = sl.m.start - len(_HQ_PAREN.search(before)[0])
            firm = next((t for t in reversed(slots[:i]) if t.m.end == at and
                         ty(t.m) in _HOSTS - {"Park", "Project"}), None)
        if firm is not None and firm.m.entity != sl.m.entity:
            finder.add(firm.m.entity, "locatedIn", sl.m.entity, idx, "head-office", 0.75)


def where(finder, a, slots) -> None:  # noqa: ANN001
    """The ``locatedIn`` rules of the module doc."""
    ty = finder.type_of
    text = finder.article.text
    idx = a.sentence.index
    subject = subject_of(finder, slots, _HOSTS)
    for i, sl in enumerate(slots):
        t = ty(sl.m)
        after = text[sl.m.end:sl.m.end + 30]
        if t in PLACE_TYPES | {"Park"} and subject is not None and sl is not subject and \
                sl.m.start > subject.m.end:
            # "옌청시 동부에 있다" (the part of the place carries 에), "푸둥에 조성됐다"
            # (what a firm builds somewhere is its plant, not the firm: parks and projects only)
            if (not sl.particle and _LIES.match(after)) or \
                    (ty(subject.m) in ("Park", "Project") and (
                        (sl.particle == "에" and _BUILT_IN.match(text[sl.m.end + 1:sl.m.end + 30]))
                        or (not sl.particle and _PART_BUILT.match(after)))):
                finder.add(subject.m.entity, "locatedIn", sl.m.entity, idx, "lies-in", 0.65)
        if t == "Park" and sl.particle in ("에", "에도") and subject is not None and \
                sl.m.start > subject.m.end and ty(subject.m) in ("Firm", "Organization") and \
                _MOVES_IN.match(text, sl.m.end + len(sl.particle)):
            # "한빛전자는 옌청 경제기술개발구에 입주했다": a firm moving into a park is there
            finder.add(subject.m.entity, "locatedIn", sl.m.entity, idx, "moves-in", 0.65)
        if t in PLACE_TYPES | {"Park"} and sl.particle == "에" and i + 1 < len(slots):
            # "옌청시에 있는 한빛산업단지"
            m = _THERE_BEFORE.match(text, sl.m.end + 1)
            nxt = slots[i + 1]
            if m is not None and nxt.m.start == m.end() and ty(nxt.m) in _HOSTS:
                finder.add(nxt.m.entity, "locatedIn", sl.m.entity, idx, "there-is-clause", 0.65)
        if t in _HOSTS:
            # "쑤저우공업원구(쑤저우 소재)"
            m = _LOCATED_PAREN.match(text[sl.m.end:sl.m.end + 26])
            if m is not None:
                lo, hi = sl.m.end + m.start(1), sl.m.end + m.end(1)
                for p in slots:
                    if lo <= p.m.start < hi and ty(p.m) in PLACE_TYPES | {"Park"}:
                        finder.add(sl.m.entity, "locatedIn", p.m.entity, idx, "소재", 0.75)
            # "량장신구가 자리한 충칭은"
            if sl.particle in ("이", "가") and _LIES_BEFORE.match(text[sl.m.end + 1:sl.m.end + 12]):
                nxt = slots[i + 1] if i + 1 < len(slots) else None
                if nxt is not None and ty(nxt.m) in PLACE_TYPES | {"Park"} and \
                        nxt.m.start - sl.m.end <= 12:
                    finder.add(sl.m.entity, "locatedIn", nxt.m.entity, idx, "lies-in-clause",
                               0.65)
        if t == "Park" and not sl.particle and i + 1 < len(slots):
            # "서해안신구 내 중한혁신산업원"
            nxt = slots[i + 1]
            if ty(nxt.m) in _HOSTS and re.fullmatch(r"\s*(?:내|안|내의|안의)\s*",
                                                      text[sl.m.end:nxt.m.start]):
                finder.add(nxt.m.entity, "locatedIn", sl.m.entity, idx, "inside", 0.7)
