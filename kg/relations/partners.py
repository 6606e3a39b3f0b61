"""Cooperation that is no signing: a firm supplying another, bodies hosting one event.

* ``A는 B에 배터리를 공급한다``, ``A가 B에 부품을 납품``, ``A는 B 장비를 도입``: supplier
  and customer cooperate;
* ``A와 B가 주최하고 C가 주관하는 박람회``: the hosts and organisers of one event cooperate;
* ``A는 … . 또 B와도 손잡았다``: a sentence with no subject whose partners are marked 와/과
  cooperates with the topic carried from the sentences before;
* ``A·B·C 업무협약 체결``: parties joined by middle dots right before the pact sign it together;
* ``김철수 A 대표와 왕밍 B시 시장이 협약을 체결``: people who sign for their bodies make the
  bodies partners.

Each function takes the :class:`~kg.relations.RelationFinder` of the article, the analysed
sentence and its slots.
"""

from __future__ import annotations

import re

from kg.mentions import PLACE_TYPES
from kg.relations.structure import subject_of

_SUPPLIES = re.compile(r"\s*(?:\S+\s+){0,3}?(?:공급|납품)(?:하|해|한|할|했|키로|을|계약|받)")
_HOSTS = re.compile(r"\s*(?:공동\s*)?(?:으로\s*)?(?:주최|주관|공동\s*개최|공동\s*주최)")
FIRMS = {"Firm"}
HOSTS = {"Firm", "Organization", "GovernmentBody", "City", "Province", "MediaOutlet"}


def _trades_with(finder, a, slots, particles, cue, rule, confidence) -> None:  # noqa: ANN001
    """The subject firm and each other firm marked by ``particles`` and followed by ``cue``."""
    ty = finder.type_of
    text = finder.article.text
    subject = subject_of(finder, slots, FIRMS)
    if subject is None:
        return
    for s in slots:
        if s.m.start <= subject.m.end or ty(s.m) not in FIRMS or s.m.entity == subject.m.entity:
            continue
        after = text[s.m.end + len(s.particle):s.m.end + len(s.particle) + 40]
        if s.particle in particles and cue.match(after):
            finder.add(subject.m.entity, "cooperatesWith", s.m.entity, a.sentence.index, rule,
                       confidence)


# "B의 … 배터리 공급사로 선정됐다": chosen as the supplier of B
_SUPPLIER_OF = re.compile(r"\s*(?:\S+\s+){0,5}?\S*(?:공급|납품|협력)\s?(?:사|업체|기업|사업자)(?:로|으로)\s*"
                          r"(?:최종\s*)?(?:선정|낙점|채택|지정|확정)")


def supplies(finder, a, slots) -> None:  # noqa: ANN001
    """The firm that supplies (the subject) and the firm supplied (marked 에/에게), or the
    firm whose supplier the subject is chosen as (``B의 … 공급사로 선정``)."""
    _trades_with(finder, a, slots, ("에", "에게", "에도"), _SUPPLIES, "supplies", 0.6)
    # ("B 신형 전기차 1차 배터리 공급사로": B bare before what it buys)
    _trades_with(finder, a, slots, ("의", ""), _SUPPLIER_OF, "supplier-chosen", 0.6)


_BUYS = re.compile(r"\s*(?:\S+\s+)?(?:장비|제품|부품|솔루션|기술|설비)(?:을|를)?\s+(?:\S+\s+)?"
                   r"(?:도입|구매|구입|채택)")


def buys(finder, a, slots) -> None:  # noqa: ANN001
    """``A는 B 장비를 도입``: the firm that buys another's equipment and its supplier."""
    _trades_with(finder, a, slots, ("", "의"), _BUYS, "buys-from", 0.55)


def co_hosts(finder, a, slots) -> None:  # noqa: ANN001
    """Every party that hosts or organises the event of the sentence with every other."""
    ty = finder.type_of
    text = finder.article.text
    hosts = []
    for i, s in enumerate(slots):
        if s.particle not in ("이", "가") or ty(s.m) not in HOSTS:
            continue
        if not _HOSTS.match(text[s.m.end + len(s.particle):s.m.end + len(s.particle) + 16]):
            continue
        hosts += [t for t in finder._chain(slots, i) if ty(t.m) in HOSTS]
    keys = sorted({h.m.entity for h in hosts})
    for x in keys:
        for y in keys:
            if x < y:
                finder.add(x, "cooperatesWith", y, a.sentence.index, "co-hosts", 0.55)


def topic_partner(finder, a, slots, topic) -> None:  # noqa: ANN001
    """The partners of a subjectless sentence of cooperation and the topic before it."""
    from kg.relations import COOP, SUBJECT

    if topic is None or not COOP.search(finder._cues(a)):
        return
    parties = finder._parties(slots)
    if not parties or any(p.particle in SUBJECT for p in parties) or \
            any(s.particle in SUBJECT and s.m.start < parties[-1].m.start for s in slots):
        return
    if not all(p.particle.startswith(("과", "와")) or p.particle in ("", ",") for p in parties) or \
            not parties[-1].particle.startswith(("과", "와")):
        return
    keys = sorted({p.m.entity for p in parties} - {topic})
    if not 1 <= len(keys) <= 3 or _key_type(finder, topic) not in HOSTS | {"Country"}:
        return
    for k in keys:
        place = {_key_type(finder, x) in PLACE_TYPES for x in (k, topic)}
        if len(place) == 2 and not {_key_type(finder, x) for x in (k, topic)} & {"Province", "Country"}:
            continue  # a firm and a city are no partners unless the place acts
        finder.add(topic, "cooperatesWith", k, a.sentence.index, "topic-partner", 0.55)


def _key_type(finder, key: str) -> str:  # noqa: ANN001
    """The type of the entity ``key``."""
    return finder.ents[key].type


_PACT_AFTER = re.compile(r"\s*(?:간\s*|간의\s*|공동\s*)?(?:업무\s*)?(?:협약|MOU|양해각서|협정|협력\s*협약|손잡)")


def dotted_signers(finder, a, slots) -> None:  # noqa: ANN001
    """Every party of a dotted list right before the pact's word with every other."""
    from kg.relations import PARTY

    text = finder.article.text
    run: list = []
    for s in slots + [None]:
        if s is not None and finder.type_of(s.m) in PARTY and (
                not run or text[run[-1].m.end:s.m.start] in ("·", "ㆍ")):
            run.append(s)
            continue
        if len(run) >= 2 and not run[-1].particle and _PACT_AFTER.match(text[run[-1].m.end:]):
            keys = sorted({r.m.entity for r in run})
            for i, x in enumerate(keys):
                for y in keys[i + 1:]:
                    finder.add(x, "cooperatesWith", y, a.sentence.index, "dotted-signers", 0.55)
        run = [s] if s is not None and finder.type_of(s.m) in PARTY else []


# "한빛전자와 대성전자 간의 협력": the two named before 간/사이 and cooperation
_BETWEEN = re.compile(r"\s*(?:간|사이)(?:의|에|에서)?\s+(?:\S+\s+)?(?:협력|교류|합작|협약|제휴|협정|"
                      r"경제협력|산업협력|무역협력|파트너십)")


def between(finder, a, slots) -> None:  # noqa: ANN001
    """``A와 B 간의 협력``, ``A·B 사이의 교류``: the parties named right before 간/사이."""
    from kg.relations import PARTY

    text = finder.article.text
    for i, y in enumerate(slots):
        if i == 0 or y.particle or finder.type_of(y.m) not in PARTY or \
                not _BETWEEN.match(text, y.m.end):
            continue
        x = slots[i - 1]
        if finder.type_of(x.m) in PARTY and x.m.entity != y.m.entity and \
                re.fullmatch(r"\s*(?:와|과|·|ㆍ|-)\s*", text[x.m.end:y.m.start]):
            finder.add(x.m.entity, "cooperatesWith", y.m.entity, a.sentence.index, "between", 0.6)


# after the last signer's post: what the people signed (within a few words)
_SIGNED = re.compile(r"(?:\S+\s+){0,2}?\S*(?:이|가|은|는|도)\s+(?:\S+\s+){0,6}?\S*(?:협약|MOU|양해각서|협정|계약|의정서|"
                     r"서명|조인|손잡|손을\s*잡|맞손)")
_WITNESS = re.compile(r"(?:\S+\s+){0,4}?\S*(?:가운데|입회|배석|참관|임석|지켜보|참석한)")


def representatives(finder, a, slots) -> None:  # noqa: ANN001
    """``김철수 한빛전자 대표와 왕밍 난퉁시 시장은 … 협약을 체결``: people listed with 와/과 or
    commas who sign stand for the bodies this sentence makes them members of."""
    idx = a.sentence.index
    text = finder.article.text
    body = {r.subject: r.object for r in finder.rels if r.sentence == idx and r.predicate == "memberOf"}
    people = [s for s in slots if finder.type_of(s.m) == "Person" and s.m.entity in body]
    if len(people) < 2:
        return
    group = [people[0]]
    for prev, cur in zip(people, people[1:], strict=False):
        # the words from one person to the next: the post, then 와/과 or a comma
        gap = text[prev.m.end:cur.m.start]
        if re.fullmatch(r"(?:\([^)]*\))?\s*(?:\S+\s+){0,3}?\S*(?:와|과|,)\s+(?:\S+\s+){0,2}?", gap):
            group.append(cur)
            continue
        break
    if len(group) < 2:
        return
    last = group[-1]
    after = text[last.m.end:a.sentence.end][:80].lstrip()
    if not _SIGNED.match(after) or _WITNESS.match(after):
        return  # "A 총리와 B 총리가 지켜보는 가운데 양국이 서명": they watch, others sign
    orgs = sorted({body[g.m.entity] for g in group})
    for i, x in enumerate(orgs):
        for y in orgs[i + 1:]:
            finder.add(x, "cooperatesWith", y, idx, "representatives", 0.55)
