"""Rules on how things are made of, made by and paid for by others.

* ``partOf``: a body named right after the body it belongs to (``국무원 공업정보화부``,
  ``베이징사범대학 정부관리연구원``), ``X 산하 Y``, ``자회사 Y``; the topic that is ``X의 일환``
  or ``X 중 하나``; members of what ``…을 포함하는`` topic;
* ``establishes``: ``T는 A와 B가 공동 설립한 회사다`` (the topic is what they set up);
* ``investsIn``: ``T는 A를 비롯해 B와 C가 각각 … 투자한 합작사다``, ``A가 N을 투자했고 B가 …``
  (what is invested in is the topic when the sentence does not name it); ``T는 A, B 등
  기업으로부터 N억 달러의 투자를 유치했다`` (the investors named before ``으로부터``).

Each function takes the :class:`~kg.relations.RelationFinder` of the article, the analysed
sentence, its slots and the current topic.
"""

from __future__ import annotations

import re

from kg.gazetteer import gazetteer

# what a place is of a regional programme: "대만구의 중요한 성장 엔진", "…의 핵심 도시"
_MEMBER_ROLE = re.compile(r"의\s*(?:가장\s*)?(?:중요한\s*|핵심\s*|주요\s*|중심\s*)?"
                          r"(?:성장\s*)?(?:엔진|거점|핵심|중심|도시|일원|구성원|관문|허브)")
GOV = {"GovernmentBody"}
ORG = {"Organization"}
CONTAINERS = {"Project", "Park", "Policy", "Organization", "Firm", "GovernmentBody"}


def subject_of(finder, slots, types=None):  # noqa: ANN001, ANN201
    """The first slot marked as subject or topic (은/는/이/가), of ``types`` if given."""
    return next((s for s in slots if s.particle in ("은", "는", "이", "가") and
                 (types is None or finder.type_of(s.m) in types)), None)


def modifier_follows(a, word: int, reach: int, serial: bool = True) -> bool:  # noqa: ANN001
    """Does a modifier ending (ETM: ``설립한``, ``건설할 데``) come in the ``reach`` words after
    word ``word``, before any final or connective ending? With ``serial``, a verb joined to the
    next by 어/아 (``출자해 설립한``) is one predicate with it, no end."""
    for w in a.words[word + 1:word + 1 + reach]:
        tags = {t for _, t in w.tags}
        if "ETM" in tags:
            return True
        joined = serial and not w.text.endswith(",") and \
            any(t == "EC" and f in ("어", "아", "여") for f, t in w.tags)
        if "EF" in tags or ("EC" in tags and not joined):
            return False
    return False


def embedded(a, slot) -> bool:  # noqa: ANN001 - Analysed, Slot
    """Is ``slot`` (marked 이/가) the subject of an adnominal clause (``한빛전자가 설립한
    누리다온은``: 한빛전자 makes, 누리다온 is the sentence's subject)?"""
    return slot.particle in ("이", "가") and slot.word >= 0 and modifier_follows(a, slot.word, 5)


def _gap(finder, x, y) -> str:  # noqa: ANN001
    return re.sub(r"\([^)]*\)|\[[^\]]*\]", "", finder.article.text[x.m.end:y.m.start])


def _listed_after(finder, slots, k: int) -> list:  # noqa: ANN001
    """The slots listed after ``slots[k]`` with its type: ``B와 C, D``, ``B·C 및 D``."""
    text = finder.article.text
    out = []
    cur = slots[k]
    for nxt in slots[k + 1:]:
        if finder.type_of(nxt.m) != finder.type_of(cur.m) or nxt.m.start < cur.m.end:
            break
        gap = text[cur.m.end:nxt.m.start]
        if not re.fullmatch(r"(?:와|과)?\s*(?:[,·ㆍ]|및)?\s*", gap) or gap.strip() == "":
            break
        out.append(nxt)
        cur = nxt
    return out


def part_of(finder, a, slots, topic) -> None:  # noqa: ANN001
    """The ``partOf`` rules (see the module doc)."""
    idx = a.sentence.index
    ty = finder.type_of
    for x, y in zip(slots, slots[1:], strict=False):
        if y.m.start < x.m.end or x.particle:
            continue
        gap = _gap(finder, x, y).strip()
        pair = (ty(x.m), ty(y.m))
        if gap == "" and pair in (("GovernmentBody", "GovernmentBody"),
                                  ("Organization", "Organization"),
                                  ("Organization", "GovernmentBody")):
            finder.add(y.m.entity, "partOf", x.m.entity, idx, "body-of-body", 0.65)
        elif gap in ("산하", "산하의", "자회사", "자회사인", "계열사", "계열사인") and \
                pair[0] in CONTAINERS and pair[1] in CONTAINERS:
            # "A그룹 산하 B와 C는": every item of the list the tie opens
            for z in [y, *_listed_after(finder, slots, slots.index(y))]:
                finder.add(z.m.entity, "partOf", x.m.entity, idx, "under", 0.65)
    # "일대일로 해상실크로드": a programme named with the programme it is part of
    for x, y in zip(slots, slots[1:], strict=False):
        if ty(x.m) == ty(y.m) == "Policy" and x.particle in ("", "의") and \
                y.m.start >= x.m.end and _gap(finder, x, y).strip() in ("", "의"):
            finder.add(y.m.entity, "partOf", x.m.entity, idx, "programme-of-programme", 0.6)
    # "선전시가 웨강아오 대만구의 중요한 성장 엔진이", "홍콩은 … 대만구의 핵심 도시": a place is
    # part of the regional programme it is said to be an engine, hub or city of
    for sl in slots:
        if ty(sl.m) not in ("Project", "Policy") or sl.particle != "의" or \
                not _MEMBER_ROLE.match(finder.article.text[sl.m.end:sl.m.end + 16]):
            continue
        for pl in slots:
            if pl.m.end <= sl.m.start and ty(pl.m) == "City" and \
                    pl.particle in ("은", "는", "이", "가"):
                finder.add(pl.m.entity, "partOf", sl.m.entity, idx, "member-of-region", 0.6)
    # "한국화웨이": the unit is part of its group and in its country
    for sl in slots:
        if sl.m.rule != "country-unit":
            continue
        gaz = gazetteer()
        group = gaz.best(sl.m.text[2:], types={"Firm"})
        country = gaz.best(sl.m.text[:2], types={"Country"})
        if group is not None and group.id in finder.ents:
            finder.add(sl.m.entity, "partOf", group.id, idx, "country-unit", 0.75)
        if country is not None and country.id in finder.ents:
            finder.add(sl.m.entity, "locatedIn", country.id, idx, "country-unit", 0.75)
    # "중국전자(CEC)와 자회사 중국전자정보서비스"
    for x, y in zip(slots, slots[1:], strict=False):
        if x.particle in ("와", "과", "의") and re.fullmatch(
                r"(?:와|과|의)?\s*(자회사|계열사|자회사인|계열사인)\s*", _gap(finder, x, y)) and \
                ty(x.m) == ty(y.m) == "Firm":
            finder.add(y.m.entity, "partOf", x.m.entity, idx, "subsidiary", 0.65)
    text = a.sentence.text
    s0 = a.sentence.start
    subject = subject_of(finder, slots)
    own = subject.m.entity if subject is not None else topic
    # "… 일대일로 이니셔티브의 일환으로", "… 3개 한중산단 중 하나다"
    for m in re.finditer(r"의\s*일환|\s중\s*(?:하나|한\s*곳)", text):
        at = s0 + m.start()
        whole = [s for s in slots if s.m.end <= at and at - s.m.end <= 3 and
                 ty(s.m) in {"Project", "Policy", "Park", "Organization"}]
        if whole and own and own != whole[-1].m.entity:
            finder.add(own, "partOf", whole[-1].m.entity, idx, "one-of", 0.6)
    # "베트남은 일대일로에 참여하고", "A는 RCEP에 가입했다": the subject joins a programme or group
    joiners = {"Country", "City", "Province", "Firm", "Park", "Project", "Organization",
               "GovernmentBody"}
    for s in slots:
        if s.particle not in ("에", "에도") or ty(s.m) not in {"Project", "Policy", "Organization",
                                                                "Park"}:
            continue
        after = finder.article.text[s.m.end + len(s.particle):s.m.end + 20]
        joins = re.match(r"\s*(?:\S+\s+)?(?:참여|가입|편입|합류|동참)", after)
        # "광둥성은 웨강아오 대만구에 속한다": a place belongs to a region or programme
        belongs = re.match(r"\s*(?:속한|속하|속해|속했|포함돼|포함되)", after)
        if not joins and not belongs or (ty(s.m) == "Park" and not belongs):
            continue
        if subject is not None and subject.m.entity != s.m.entity and ty(subject.m) in joiners:
            if ty(s.m) == "Project" and ty(subject.m) in {"Firm", "GovernmentBody"} and \
                    re.search(r"(합작사업|합작 사업|투자사업|프로젝트)$", s.m.text):
                # "SK에너지는 … 에틸렌 생산공장 합작사업에 참여": a firm takes a share in it
                finder.add(subject.m.entity, "investsIn", s.m.entity, idx, "joins-venture", 0.6)
                continue
            # "한국과 중국은 RCEP에 가입했다": every party of the subject's list
            for mk in finder._chain(slots, slots.index(subject)):
                if ty(mk.m) in joiners and mk.m.entity != s.m.entity:
                    finder.add(mk.m.entity, "partOf", s.m.entity, idx, "joins", 0.6)
    # "베트남은 아세안 회원국이다": the subject is a member of the group named before the word
    for s in slots:
        if subject is None or s is subject or ty(s.m) != "Organization" or \
                s.particle not in ("", "의") or \
                not _MEMBER_OF.match(finder.article.text, s.m.end):
            continue
        for mk in finder._chain(slots, slots.index(subject)):
            if ty(mk.m) in {"Country", "City", "Province", "Firm", "Organization"} and \
                    mk.m.entity != s.m.entity:
                finder.add(mk.m.entity, "partOf", s.m.entity, idx, "member-state", 0.6)
    # "T는 A·B 등 … 와 C·D를 포함하는 …": the members of the topic
    if re.search(r"포함(하는|한|하고|하며|된)", text) and subject is not None and \
            subject.particle in ("은", "는") and ty(subject.m) in {"Project", "Park", "Policy",
                                                                "Organization"}:
        cue = s0 + re.search(r"포함", text).start()
        for s in slots:
            if subject.m.end <= s.m.start < cue and s.m.entity != subject.m.entity and \
                    ty(s.m) in {"City", "Province", "Park", "Firm", "Country", "Project"} and \
                    s.particle != "의" and not _adjective(finder, s, slots):
                finder.add(s.m.entity, "partOf", subject.m.entity, idx, "includes", 0.55)


_MEMBER_OF = re.compile(r"\s*(?:의\s*)?(?:정식\s*)?(?:회원국|회원사|회원|가맹국|가입국|일원|창립\s*회원국)"
                        r"(?:이다|이며|이자|이고|으로|이었다|다[.\s]|인)")
# what a programme does with the places that make it up: "…로 구성", "…를 지정", "…에 걸친"
_MADE_OF = re.compile(r"(구성|이루어|이뤄|아우르|아우른|포괄|지정|선정|편입|걸쳐|걸친|망라)")
# a list of places closed by its count or kind: "등 3곳", "등 9개 도시", "11개 도시"
# a line or corridor through the places listed: "… 등 8개 도시를 연결하는 경제회랑"
_LINKS = re.compile(r"(연결|잇는|이어지|잇고|경유|관통|지나)")
_PLACE_COUNT = re.compile(r"^\s*(?:등\s*)?(?:\d+|[한두세네]|열)\s*(?:개\s*)?(?:곳|도시|지역|성|시|지방)")
_SEP = re.compile(r"\s*\)?(?:[,，、·ㆍ‧]|들?(?:와|과)|및|그리고)?\s*")


def programme_places(finder, a, slots, topic) -> None:  # noqa: ANN001
    """``대만구는 홍콩, 마카오와 광저우, 선전 등 11개 도시로 구성된다``, ``한중산업협력단지로
    … 옌타이시‧옌청시‧후이저우시 등 3곳을 지정했다``, ``회랑은 A, B, C 등 5개 도시를 연결한다``:
    the places listed as what a programme is made of, designates or links are part of it
    (a line's two ends alone are where it runs, not its parts).

    The programme is the sentence's subject or topic (a Project); the places are a list of
    two or more, or one closed by its count, and the sentence says the programme is made of
    or designates them.
    """
    cues = finder._cues(a)
    made_of = bool(_MADE_OF.search(cues))
    links = bool(_LINKS.search(cues))
    if not (made_of or links):
        return
    ty = finder.type_of
    text = finder.article.text
    # a "park" made of cities is a programme of parks (한중산업협력단지: 옌타이·옌청·후이저우)
    subject = next((s for s in slots if ty(s.m) in ("Project", "Park") and (
        s.particle in ("은", "는", "이", "가") or (not s.particle and re.match(
            r"\s*(?:프로젝트|사업|구상|계획|건설)(?:은|는|이|가)\s", text[s.m.end:s.m.end + 12])))),
        None)
    whole = subject.m.entity if subject is not None else None
    if whole is None:
        # "…가 지정한 한중산업협력단지인 옌타이시, 옌청시, 후이저우시 3곳": the programme the
        # list is in apposition to
        apposed = next((s for s in slots if ty(s.m) in ("Project", "Park") and
                        s.particle in ("인", "이자")), None)
        whole = apposed.m.entity if apposed is not None else None
    if whole is None and topic and finder.ents[topic].type in ("Project", "Park"):
        whole = topic
    places = [s for s in slots if ty(s.m) in ("City", "Province")]
    # the most specific place of "산둥성 옌타이시": a province right before its city is not one
    places = [p for i, p in enumerate(places) if not finder.province_of_next(places, i)]
    runs: list[list] = []
    for p in places:
        if runs and re.fullmatch(_SEP, re.sub(r"[가-힣]+(?:성|도)\s", "",
                                               _gap(finder, runs[-1][-1], p) + " ")):
            runs[-1].append(p)
        else:
            runs.append([p])
    idx = a.sentence.index
    for run in runs:
        closed = _PLACE_COUNT.match(text[run[-1].m.end + len(run[-1].particle):][:20])
        if len(run) < 2 and not closed:
            continue
        if not made_of and not (closed or len(run) >= 3):
            continue  # "쿤밍과 비엔티안을 잇는 철도": the two ends of a line are where it runs
        before = subject is not None and run[0].m.start < subject.m.start
        owner = _whole_after(finder, run[-1], slots) if before or whole is None else whole
        if owner is None:
            continue
        for p in run:
            finder.add(p.m.entity, "partOf", owner, idx, "programme-places", 0.55)


# "… 등 8개 도시를 연결하는 경제권", "…로 구성된 대만구": the verb of the list, as the
# clause that names the programme after it
_MAKES_UP_CLAUSE = re.compile(r"^[^.,]{0,16}?(?:연결|잇|아우르|아우른|포괄|구성|이루|이룬|이뤄진|망라)"
                              r"\S*(?:하는|한|된|는|은|른|진)\s*(?:\S+\s+){0,2}$")


def _whole_after(finder, last, slots):  # noqa: ANN001, ANN202
    """The Project or Park a relative clause on the listed places names: ``A·B 및 C를
    연결하는 X``; ``None`` when the list is no such clause."""
    text = finder.article.text
    for s in slots:
        if s.m.start < last.m.end:
            continue
        if finder.type_of(s.m) in ("Project", "Park"):
            gap = text[last.m.end:s.m.start]
            return s.m.entity if _MAKES_UP_CLAUSE.match(gap) else None
    return None


_STAKE_IN = re.compile(r"\s*(?:지분|주식|경영권|(?:최대|2대|주요|대)\s?주주)")
_BUYS = re.compile(r"\s*(?:\S+\s+){0,2}?(?:인수|매입)")
_PAID_INTO = re.compile(r"\s*(?:\S+\s+){0,3}?투자(?:했|하였|한다|하기로|할|해|하고|하며|한\s)")
# "크래프톤, 넷마블 등에 투자": the 등 that closes a list, and the particle after it
_ETC = re.compile(r"\s*등\s*(에도|에|의|을|를)")


def stakes(finder, a, slots) -> None:  # noqa: ANN001
    """``알리바바는 쑤닝의 지분 20%를 인수했다``, ``삼성전자는 BOE를 인수했다``, ``삼성전자는
    중국 BOE에 1조원을 투자했다``: the subject firm invests in the firm it takes a stake in,
    buys, or pays into."""
    ty = finder.type_of
    text = finder.article.text
    subject = subject_of(finder, slots, ("Firm", "Organization", "GovernmentBody"))
    if subject is None:
        return
    idx = a.sentence.index
    for k, s in enumerate(slots):
        if s.m.start <= subject.m.end or ty(s.m) != "Firm" or s.m.entity == subject.m.entity:
            continue
        at, particle = s.m.end + len(s.particle), s.particle
        etc = _ETC.match(text, at) if not particle else None
        if etc:
            at, particle = etc.end(), etc.group(1)
        after = text[at:at + 40]
        if (particle in ("의", "") and _STAKE_IN.match(after) and not _SOLD.search(after)) or \
                (particle in ("을", "를") and _BUYS.match(after)) or \
                (particle in ("에", "에도") and _PAID_INTO.match(after)):
            # "크래프톤과 넷마블에 투자": every firm of the list the particle closes
            for t in finder._chain(slots, k):
                if ty(t.m) == "Firm" and t.m.entity != subject.m.entity and \
                        t.m.start > subject.m.end:
                    finder.add(subject.m.entity, "investsIn", t.m.entity, idx, "stake", 0.6)


_STAKE_SOLD = re.compile(r"\s*(?:지분|주식)\s*(?:[\d.,]+\s*%\s*)?(?:전량|전부|일부)?\s*(?:을|를)\s")
_SELL = "매각|양도|매도|넘기|넘긴"
_SOLD = re.compile(_SELL + "|팔았|판다|팔기")
_SELLS = re.compile(r"\s*(?:\S+\s+){0,1}?(?:" + _SELL + "|팔)")


def sold_to(finder, a, slots) -> None:  # noqa: ANN001
    """``A는 B의 지분 100%를 C에 매각했다``: the firm a stake is sold to invests in the firm
    whose stake it is."""
    ty = finder.type_of
    text = finder.article.text
    firms = [s for s in slots if ty(s.m) == "Firm"]
    for i, o in enumerate(firms):
        if o.particle != "의" or not _STAKE_SOLD.match(text[o.m.end + 1:o.m.end + 30]):
            continue
        for buyer in firms[i + 1:]:
            if buyer.particle in ("에", "에게") and \
                    _SELLS.match(text[buyer.m.end + len(buyer.particle):buyer.m.end + 30]):
                finder.add(buyer.m.entity, "investsIn", o.m.entity, a.sentence.index,
                           "stake-sold-to", 0.6)
                break


_PARTNER_CITY = re.compile(r"\s*(?:우호|자매|우호협력|자매결연)\s?(?:도시|관계\s?도시|성|주|지역)(?:인|이자|로|으로)?\s")


def partner_places(finder, a, slots) -> None:  # noqa: ANN001
    """``창원시의 우호도시인 중국 우시시``, ``인천시 자매도시 톈진``: a place's sister or
    friendship city, named as such, cooperates with it."""
    ty = finder.type_of
    text = finder.article.text
    places = [s for s in slots if ty(s.m) in ("City", "Province")]
    for x in places:
        if x.particle not in ("의", ""):
            continue
        m = _PARTNER_CITY.match(text[x.m.end + len(x.particle):x.m.end + len(x.particle) + 16])
        if m is None:
            continue
        at = x.m.end + len(x.particle) + m.end()
        after = [s for s in places if at <= s.m.start <= at + 12 and s.m.entity != x.m.entity]
        if after:
            finder.add(x.m.entity, "cooperatesWith", after[0].m.entity, a.sentence.index,
                       "partner-city", 0.65)


def members(finder, a, slots) -> None:  # noqa: ANN001
    """``아세안 회원국인 베트남``, ``베트남, 태국 등 아세안 국가``: members of an organisation."""
    idx = a.sentence.index
    ty = finder.type_of
    text = finder.article.text
    for i, o in enumerate(slots):
        if ty(o.m) != "Organization":
            continue
        tail = text[o.m.end:o.m.end + 12]
        head = re.match(r"\s*(?:\d+개\s*)?(회원국|국가|참여국|가입국|회원사|회원|소속)(인|이자|의|들)?", tail)
        if head is None:
            continue
        # "아세안 회원국인 베트남, 태국": the list after
        after = [s for s in slots[i + 1:] if ty(s.m) in ("Country", "City", "Firm")]
        chain = []
        if head[2] == "인" and after:
            k = slots.index(after[0])
            j = k
            chain = [slots[k]]
            while j + 1 < len(slots) and re.fullmatch(r"\s*[,·ㆍ]\s*|\s*(?:와|과)\s*", _gap(
                    finder, slots[j], slots[j + 1])) and ty(slots[j + 1].m) == ty(slots[k].m):
                j += 1
                chain.append(slots[j])
        # "베트남, 태국 등 아세안 국가": the list before, closed by 등
        before = text[max(0, o.m.start - 3):o.m.start]
        if not chain and "등" in before and i > 0:
            chain = [s for s in finder._chain(slots, i - 1) if ty(s.m) in ("Country", "City", "Firm")]
        for s in chain:
            finder.add(s.m.entity, "partOf", o.m.entity, idx, "member-of-organisation", 0.6)


BUILT_BY = re.compile(r"(?:이|가)\s+(?:\S+\s+){0,3}?(?:공동\s*)?(?:(?:설립|건설|조성|건립)한|세운|"
                       r"(?:공동\s*)?출자(?:해|하여)\s+(?:설립|세운)한?|출자한\s+(?=합작))"
                       r"(?:\s*(?:합작법인|합작사|합작회사|합자회사|현지법인|법인|자회사|회사))?")


_MAKERS = {"Firm", "GovernmentBody", "Organization", "City", "Province", "Country"}


def made_in_clause(finder, slots, verb: re.Pattern[str]):  # noqa: ANN001, ANN201
    """Each (maker index, made slot) of ``A(와 B)가 … 설립한 X``: an adnominal clause whose
    subject made (``verb``: or paid for, ``투자한``) the name it modifies."""
    ty = finder.type_of
    text = finder.article.text
    for i, s in enumerate(slots):
        if s.particle not in ("이", "가") or ty(s.m) not in _MAKERS:
            continue
        m = verb.match(text[s.m.end:s.m.end + 50])
        if m is None:
            continue
        end = s.m.end + m.end()
        made = next((t for t in slots[i + 1:] if t.m.start >= end and t.m.start - end <= 3), None)
        if made is not None and ty(made.m) in {"Firm", "Park", "Project", "Organization"}:
            yield i, made


PAID_BY = re.compile(r"(?:이|가)\s+(?:\S+\s+){0,4}?(?:공동\s*)?투자한\s*"
                      r"(?:합작법인|합작사|회사|기업|법인|업체|스타트업)?")


def paid_by(finder, a, slots) -> None:  # noqa: ANN001
    """``한빛전자가 2019년 투자한 누리다온``: the subject of the adnominal clause invests in the
    name it modifies (each firm of its list)."""
    ty = finder.type_of
    for i, paid in made_in_clause(finder, slots, PAID_BY):
        if ty(paid.m) not in {"Firm", "Park", "Project"}:
            continue
        for mk in finder._chain(slots, i):
            if ty(mk.m) in _MAKERS and mk.m.entity != paid.m.entity:
                finder.add(mk.m.entity, "investsIn", paid.m.entity, a.sentence.index,
                           "paid-by-clause", 0.6)


def built_by(finder, a, slots) -> None:  # noqa: ANN001
    """``포스코가 1997년 설립한 장자강포항불수강``: the agent of an adnominal clause made the
    name it modifies."""
    idx = a.sentence.index
    ty = finder.type_of
    text = finder.article.text
    for i, made in made_in_clause(finder, slots, BUILT_BY):
        # "한빛전자와 다온에너지가 설립한 누리다온": every founder listed before the verb
        for mk in finder._chain(slots, i):
            if ty(mk.m) in _MAKERS and mk.m.entity != made.m.entity:
                finder.add(mk.m.entity, "establishes", made.m.entity, idx, "built-by", 0.6)
    # "산진광뎬 회사의 … 편광판 생산공장 건설 프로젝트": a firm's project of building
    for i, s in enumerate(slots[:-1]):
        nxt = next((t for t in slots[i + 1:] if ty(t.m) != "Sector"), None)  # past "(LCD)"
        if nxt is None or ty(s.m) != "Firm" or ty(nxt.m) != "Project" or \
                not _BUILDING.search(nxt.m.text):
            continue
        gap = re.sub(r"\([^)]*\)", "", text[s.m.end:nxt.m.start])
        if len(gap.split()) <= 4 and re.fullmatch(
                r"\s*(?:(?:회사|기업|그룹|업체)\s*)?의(?:\s+[가-힣A-Za-z]+)*\s*", gap):
            finder.add(s.m.entity, "establishes", nxt.m.entity, idx, "project-of-firm", 0.55)


_BUILDING = re.compile(r"(?:건설|설립|건립|착공|증설)\s*(?:프로젝트|사업)$")


def _adjective(finder, s, slots) -> bool:  # noqa: ANN001
    """A place written before another name (``광둥성의 핵심 도시``, ``중국 기업``) modifies it."""
    after = [t for t in slots if t.m.start >= s.m.end]
    return bool(after) and s.particle in ("", "의") and \
        _gap(finder, s, after[0]).strip() in ("", "의")


_MADE = re.compile(r"(?:공동\s*)?(?:(?:설립|건립|조성|건설|출자)(?:한|된)|세운|세워진|만든)\s*(?:회사|합작사|합작법인|법인|기업|"
                   r"단지|공장|프로젝트)")
_PAID = re.compile(r"투자한\s*(?:합작사|합작법인|회사|법인|기업|프로젝트|단지)")
_INVEST = re.compile(r"투자(?:했|하였|해|하기로|할|를|하는)|자금을\s*(?:댔|대|지원)|출자")


def made_by(finder, a, slots, topic) -> None:  # noqa: ANN001
    # ``topic``: what the sentences before this one are about (not this one's subject)
    """``establishes`` and ``investsIn`` with the topic as the thing made or paid for."""
    idx = a.sentence.index
    ty = finder.type_of
    text = a.sentence.text
    topical = next((s for s in slots if s.particle in ("은", "는") and
                    ty(s.m) in {"Firm", "Park", "Project"}), None)
    made, paid = _MADE.search(text), _PAID.search(text)
    if topical is not None and (made or paid):
        # "A를 비롯해 B와 C가", "A(POSCO)와 중국의 B그룹이"
        makers = []
        for s in slots:
            if s.m.start <= topical.m.end or s.m.entity == topical.m.entity:
                continue
            if ty(s.m) not in {"Firm", "GovernmentBody", "Organization", "Park", "City",
                               "Province", "Country"}:
                continue
            if _adjective(finder, s, slots):
                continue
            after = finder.article.text[s.m.end:s.m.end + 6]
            if s.particle in ("이", "가", "와", "과", "을", "를") or after.startswith(
                    ("를 비롯", "을 비롯")) or finder.article.text[s.m.end:s.m.end + 2] in (", ",):
                makers.append(s)
        for mk in makers:
            if made:
                finder.add(mk.m.entity, "establishes", topical.m.entity, idx, "made-topic", 0.6)
            if paid:
                finder.add(mk.m.entity, "investsIn", topical.m.entity, idx, "paid-topic", 0.6)
        return
    # "A가 N을 투자했고 B와 C가 각각 M을 투자했다": what the sentences before are about
    if not _INVEST.search(text) or topic is None or ty_of(finder, topic) not in {
            "Park", "Project", "Firm"}:
        return
    if any(ty(s.m) in {"Park", "Project"} for s in slots):
        return  # the sentence names what is invested in: the invest-cue rule's case
    for i, s in enumerate(slots):
        if s.particle in ("이", "가") and ty(s.m) in {"Firm", "GovernmentBody", "Organization"} \
                and s.m.entity != topic:
            for mk in finder._chain(slots, i):
                if ty(mk.m) in {"Firm", "GovernmentBody", "Organization"}:
                    finder.add(mk.m.entity, "investsIn", topic, idx, "invest-topic", 0.5)


_JV_OF = re.compile(r"\s*(?:합작사|합작법인|합자회사|합작기업|합작회사|합자기업)(?:다|이다|이며|이자|로|으로|인)")
JV_SENTENCE = re.compile(r"의\s*(?:합작사|합작법인|합자회사|합작기업|합작회사|합자기업)"
                         r"(?:다|이다|이며|이자|로|으로|인)")
_SHARE = re.compile(r"\s*(?:지분\s*)?\d+(?:\.\d+)?\s*%")
_HOLDS = re.compile(r"보유|출자|투자|소유")


def _firms_of_the_subject(finder, slots, what: re.Pattern[str]):  # noqa: ANN001, ANN202
    """The subject firm and each later firm (its index) marked 의 and followed by ``what``
    (``A는 B의 합작사다``, ``A는 B의 자회사다``)."""
    subject = subject_of(finder, slots, ("Firm",))
    if subject is None:
        return
    text = finder.article.text
    for i, s in enumerate(slots):
        if s.particle == "의" and s.m.start > subject.m.end and finder.type_of(s.m) == "Firm" \
                and what.match(text[s.m.end + 1:s.m.end + 16]):
            yield subject, i


def joint_venture_of(finder, a, slots) -> None:  # noqa: ANN001
    """``화유포스코는 포스코퓨처엠과 화유코발트의 합작사다``: the firms whose joint venture the
    subject is set it up."""
    ty = finder.type_of
    for subject, i in _firms_of_the_subject(finder, slots, _JV_OF):
        for mk in finder._chain(slots, i):
            if ty(mk.m) == "Firm" and mk.m.entity != subject.m.entity:
                finder.add(mk.m.entity, "establishes", subject.m.entity, a.sentence.index,
                           "joint-venture-of", 0.6)


_SUBSIDIARY_OF = re.compile(r"\s*(?:중국\s*|한국\s*|현지\s*|해외\s*)?(?:자회사|계열사|손자회사|子公司|법인|"
                            r"현지법인|판매법인|생산법인)"
                            r"(?:다|이다|이며|이자|로|으로|인|였다|이었다)")


def subsidiary_of(finder, a, slots) -> None:  # noqa: ANN001
    """``한빛전자는 대성그룹의 자회사다``: the subject firm is part of the firm it is a
    subsidiary of."""
    for subject, i in _firms_of_the_subject(finder, slots, _SUBSIDIARY_OF):
        if slots[i].m.entity == subject.m.entity:
            continue
        finder.add(subject.m.entity, "partOf", slots[i].m.entity, a.sentence.index,
                   "subsidiary-of", 0.6)
        return


def shares(finder, a, slots, topic) -> None:  # noqa: ANN001
    """``포스코퓨처엠이 지분 60%를, 화유코발트가 40%를 보유한다``: each holder of a share
    invests in what the sentence (or the one before) is about."""
    ty = finder.type_of
    text = finder.article.text
    if not _HOLDS.search(a.sentence.text):
        return
    holders = [s for s in slots if s.particle in ("이", "가") and
               ty(s.m) in {"Firm", "GovernmentBody", "Organization"} and
               _SHARE.match(text[s.m.end + len(s.particle):s.m.end + len(s.particle) + 12])]
    if not holders:
        return
    # "'저장화유포스코'의 지분은 A가 60%": the firm whose shares they are; else the subject
    held = next((s.m.entity for s in slots if s.particle == "의" and
                 ty(s.m) in {"Firm", "Project", "Park"} and
                 re.match(r"\W*의?\s*지분", text[s.m.end:s.m.end + 8])), None) or \
        next((s.m.entity for s in slots if s.particle in ("은", "는") and
              ty(s.m) in {"Firm", "Project", "Park"} and s not in holders), None) or topic
    if held is None or ty_of(finder, held) not in {"Firm", "Project", "Park"} or \
            held in {h.m.entity for h in holders}:
        return
    for h in holders:
        if h.m.entity != held:
            finder.add(h.m.entity, "investsIn", held, a.sentence.index, "share-holder", 0.6)


def ty_of(finder, key: str) -> str:  # noqa: ANN001
    return finder.ents[key].type


# "A, B 등 3개 기업으로부터 … 투자를 유치했다": investment drawn from the firms before it
_DRAWN_FROM = re.compile(r"(?:으로|로|에게서|에서)\s?부터\s+(?:\S+\s+){0,4}?투자(?:를|금을|금|액을)?\s*"
                         r"(?:\S+\s+)?(?:유치|받|끌어|이끌어|얻|확보|따내|따냈)")
_INCLUDING = re.compile(r"\s*(?:을|를)\s*비롯(?:해|하여|한)\s*")
_INVESTORS_END = re.compile(r"\s*(?:등\s*)?(?:\d+\s*개(?:의)?\s*)?(?:[가-힣]{1,6}들?\s*)?")


def drawn_investment(finder, a, slots, topic) -> None:  # noqa: ANN001
    """The investors a park, project or place draws money from (``…으로부터 투자를 유치``):
    the firms listed right before ``으로부터`` invest in the subject, or, in a sentence with
    none, in the topic carried from the sentence before."""
    from kg.relations import SUBJECT

    m = _DRAWN_FROM.search(a.sentence.text)
    if m is None:
        return
    at = a.sentence.start + m.start()
    text = finder.article.text
    before = [i for i, s in enumerate(slots) if s.m.end <= at and
              finder.type_of(s.m) in ("Firm", "Organization")]
    if not before or not _INVESTORS_END.fullmatch(text[slots[before[-1]].m.end:at]):
        return
    investors = [p for p in finder._chain(slots, before[-1])
                 if finder.type_of(p.m) in ("Firm", "Organization")]
    first = slots.index(investors[-1])
    if first > 0 and finder.type_of(slots[first - 1].m) in ("Firm", "Organization") and \
            _INCLUDING.fullmatch(text[slots[first - 1].m.end:investors[-1].m.start]):
        investors.append(slots[first - 1])  # "A를 비롯해 B, C 등": A first of all
    keys = {p.m.entity for p in investors}
    subj = next((s for s in slots if s.particle in SUBJECT and s.m.end <= investors[-1].m.start
                 and s.m.entity not in keys), None)
    receivers = ("Park", "Project", "City", "Province", "Firm")
    if subj is not None:
        target = subj.m.entity if finder.type_of(subj.m) in receivers else None
    elif topic is not None and ty_of(finder, topic) in receivers[:4]:
        target = topic
    else:  # the topic is a speaker: the park or project the article is about
        target = next((k for k, _ in finder.mention_count.most_common()
                       if finder.ents[k].type in ("Park", "Project")), None)
    if target is None:
        return
    for k in sorted(keys - {target}):
        finder.add(k, "investsIn", target, a.sentence.index, "drawn-investment", 0.55)

