"""Cooperation that is no signing: a firm supplying another, bodies hosting one event.

* ``A는 B에 배터리를 공급한다``, ``A가 B에 부품을 납품``: supplier and customer cooperate;
* ``A와 B가 주최하고 C가 주관하는 박람회``: the hosts and organisers of one event cooperate.

Each function takes the :class:`~kg.relations.RelationFinder` of the article, the analysed
sentence and its slots.
"""

from __future__ import annotations

import re

from kg.relations.structure import subject_of

_SUPPLIES = re.compile(r"\s*(?:\S+\s+){0,3}?(?:공급|납품)(?:하|해|한|할|했|키로|을|계약|받)")
_HOSTS = re.compile(r"\s*(?:공동\s*)?(?:으로\s*)?(?:주최|주관|공동\s*개최|공동\s*주최)")
FIRMS = {"Firm"}
HOSTS = {"Firm", "Organization", "GovernmentBody", "City", "Province", "MediaOutlet"}


def supplies(finder, a, slots) -> None:  # noqa: ANN001
    """The firm that supplies (the subject) and the firm supplied (marked 에/에게)."""
    ty = finder.type_of
    text = finder.article.text
    subject = subject_of(finder, slots, FIRMS)
    if subject is None:
        return
    for s in slots:
        if s.m.start <= subject.m.end or ty(s.m) not in FIRMS or s.m.entity == subject.m.entity:
            continue
        after = text[s.m.end + len(s.particle):s.m.end + len(s.particle) + 40]
        if s.particle in ("에", "에게", "에도") and _SUPPLIES.match(after):
            finder.add(subject.m.entity, "cooperatesWith", s.m.entity, a.sentence.index,
                       "supplies", 0.6)


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
