"""Whose fields a sentence names when a policy is in view (``inSector``).

* ``반도체와 인공지능 산업을 지원하는 《…계획》``: the fields of the clause that modifies a
  policy's title;
* ``'중국제조 2025'를 발표했다. … 차세대 IT, 로봇, 항공우주 …``: a list of fields with no owner
  of its own, right after a policy is named, is the policy's;
* ``5대 산업은 ▲IT ▲바이오 …``, then ``계획은 5대 신성장산업의 …``: a policy that names a
  counted set of fields listed before has each of them.

The other field rules (a subject's, a firm's kind, a place's industries) are
:meth:`~kg.relations.RelationFinder._fields` and ``_sectors``.
"""

from __future__ import annotations

import re

from kg.mentions import PLACE_TYPES
from kg.relations.schema import AGENTS, HAS_SECTOR

# who issues policies: their fields are their policy's
_ISSUERS = {"GovernmentBody", "Organization", "Country"}
# the end of a clause that modifies the name after it: "… 산업을 지원하는 《계획》"
# (and its owner: "… 분야를 육성하는 중국의 '…'", "… 육성하고 있는 《…》")
_ADNOMINAL = re.compile(r"(?:하는|한|할|위한|대한|관한|관련한|겨냥한|위해 마련한|담은|있는)\s*"
                        r"(?:[가-힣]+의\s+)?[《「『‘'\"“〈<]?\s*$")
_BETWEEN_FIELDS = re.compile(r"\s*(?:\([^()]*\))?\s*(?:[,·ㆍ]|와|과|및)?\s*(?:\S*(?:산업|분야))?\s*"
                             r"(?:[,·ㆍ]|와|과|및)?\s*")


# a policy as the object of a verb that modifies the word after it: "…를 발표한 지", "…을
#내놓은 이후"
_BACKGROUND = re.compile(r"[》」』’'\"”〉>]*\s*(?:을|를)\s+(?:[가-힣]+\s+)?[가-힣]*(?:한|된|던|낸|은)\s")


def after_policy(finder, a, slots, sectors, topic, history) -> None:  # noqa: ANN001
    """Three or more fields with no owner in the sentence (nor a topic that has fields) are
    those of the policy named last in the two sentences before; a public body as the subject
    is no owner."""
    from kg.relations import SUBJECT

    ty = finder.type_of
    # "○○부는 A, B, C 등을 집중 육성하기로 했다": a public body as the subject speaks for its
    # policy (a firm or a place would own the fields itself)
    from kg.relations.structure import _adjective

    owners = [s for s in slots if ty(s.m) in HAS_SECTOR | PLACE_TYPES | AGENTS and
              not (ty(s.m) in _ISSUERS and s.particle in SUBJECT) and
              not (ty(s.m) == "Country" and (_adjective(finder, s, slots) or finder._nested(s, slots)
                                             or not s.particle))]
    # ("중국 ○○부는": the country names the body's; "중국 정부 부처인 ○○부는": a bare country
    # word modifies what follows it)
    if len(sectors) < 3 or owners or (topic and finder.ents[topic].type in HAS_SECTOR):
        return
    text = finder.article.text
    # ("이는 국무원이 '중국제조 2025'를 발표한 지 6년 만이다": a policy that is the object of a
    # clause describing something else is background, not the policy in view)
    # (nor is a public body named since: it speaks for the policy, as above)
    before = [t for prev in history[-2:] for t in prev
              if ty(t.m) in (HAS_SECTOR | AGENTS) - _ISSUERS and
              not (ty(t.m) == "Policy" and _BACKGROUND.match(text, t.m.end))]
    if before and ty(before[-1].m) == "Policy":
        for sec in sectors:
            finder.add(before[-1].m.entity, "inSector", sec.m.entity, a.sentence.index,
                       "fields-after-policy", 0.45)


def of_policy_clause(finder, a, sectors, policies) -> None:  # noqa: ANN001
    """The fields listed in the clause right before a policy's title, which modifies it."""
    text = finder.article.text
    for pol in policies:
        if pol.m.rule == "anaphor":
            continue  # "지원할 계획임": a plan, not the title named before
        before = [s for s in sectors if s.m.end <= pol.m.start]
        if not before or pol.m.start - before[-1].m.end > 40:
            continue
        gap = text[before[-1].m.end:pol.m.start]
        if re.search(r"[.!?]|다\s|,\s*(?:그리고|또)", gap) or not _ADNOMINAL.search(gap):
            continue
        run = [before[-1]]
        for s in reversed(before[:-1]):
            if not _BETWEEN_FIELDS.fullmatch(text[s.m.end:run[0].m.start]):
                break
            run.insert(0, s)
        for s in run:
            finder.add(pol.m.entity, "inSector", s.m.entity, a.sentence.index,
                       "field-of-policy-clause", 0.55)


# the end of a relative clause right before the name it describes:
# "배터리 분야에서 강점을 가진 B와", "반도체를 생산하는 C는"
_DESCRIBES = re.compile(r"(?:는|한|된|인|던|진|운|갖춘|둔|난)$")
_CLAUSE_BREAK = re.compile(r"[,.;:()\"“”]|(?:고|며|면서|지만|으나|는데|한데|해|하여)\s")


def described_firm(text: str, sec, holders, places=()):  # noqa: ANN001, ANN201 - Slot
    """The firm a relative clause about a field describes: in ``반도체 분야에서 강점을 가진
    B와`` (or ``전자제품으로 유명한 중국 B``, past its country), the field is B's, whatever the
    sentence's subject."""
    after = [h for h in holders if h.m.start >= sec.m.end]
    if not after:
        return None
    end = after[0].m.start
    before = [p for p in places if sec.m.end < p.m.start and p.m.end <= end and
              not text[p.m.end:end].strip()]
    if before:
        end = before[0].m.start  # "유명한 중국 B": the firm's country between
    gap = text[sec.m.end:end]
    words = gap.split()
    # "나타내고 있는": a progressive, not a clause's end
    if not words or len(gap) > 40 or _CLAUSE_BREAK.search(re.sub(r"고\s+있", "고있", gap) + " ") or \
            not _DESCRIBES.search(words[-1]):
        return None
    return after[0]


def quoted(text: str, start: int, at: int) -> bool:
    """Is offset ``at`` inside double quotes opened after ``start`` (a speaker's words)?

    >>> quoted('그는 "반도체가 중요하다"고 했다', 0, 5), quoted('그는 "반도체"라고', 0, 11)
    (True, False)
    """
    seg = text[start:at]
    return seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1


# "5대 신성장동력 산업", "10대 중점 분야": a counted set of fields
_COUNTED = re.compile(r"(\d{1,2})\s*대\s*(?:[가-힣]{1,8}\s*){0,2}?(?:산업|분야)")


def counted_fields(finder, a, slots, sectors) -> None:  # noqa: ANN001
    """Remember the fields a counted set lists (``5대 산업은 ▲A ▲B …``); give them to the
    policy of a later sentence that names a set of that count."""
    sets = finder.counted_fields
    counts = {m[1] for m in _COUNTED.finditer(a.sentence.text)}
    if not counts:
        return
    listed = sorted({s.m.entity for s in sectors})
    for n in counts:
        if len(listed) == int(n) and n not in sets:
            sets[n] = listed
            return
    policies = [s for s in slots if finder.type_of(s.m) == "Policy"]
    if not policies or sectors:
        return
    for n in counts:
        for key in sets.get(n, ()):
            finder.add(policies[0].m.entity, "inSector", key, a.sentence.index, "counted-fields", 0.5)


def possessor(text: str, sec, holders):  # noqa: ANN001, ANN201 - Slot
    """The firm whose product the field is: ``B의 8.5세대 LCD 패널 공장`` (B, then at most two
    words, then the field)."""
    before = [h for h in holders if h.m.end <= sec.m.start and h.particle == "의"]
    if not before:
        return None
    gap = re.sub(r"\d+(?:\.\d+)?", "0", text[before[-1].m.end:sec.m.start])  # "8.5세대"
    words = gap.split()
    if not gap.startswith("의") or len(words) > 3 or _CLAUSE_BREAK.search(gap + " ") or \
            not _PRODUCT_HEAD.match(text[sec.m.end:sec.m.end + 12]):
        return None
    return before[-1]


# what a firm makes the field in: "LCD 패널 공장", "배터리 생산라인"
_PRODUCT_HEAD = re.compile(r"\s*(?:\S+\s+)?(?:생산\s*)?(?:공장|생산기지|생산라인|라인|제품|양산)")
