"""Mention -> :class:`~kg.records.Entity`: merge the mentions of one thing, mint keys.

Keys (and so IRIs) depend only on the name, never on input order:

* a gazetteer match is keyed by the gazetteer id (``city/1801792``, ``org/most``);
* any other name by its type and compact Korean name, with a leading place or
  country name dropped when what is left is still a typed name
  (``하얼빈창룽그룹`` → ``firm/창룽그룹``).

Within an article, a name that repeats the Chinese of another (same gloss), an
abbreviated title (``「의견」``) and a bare head noun used as a back-reference
(``공업원``) join the entity they refer to.
"""

from __future__ import annotations

import logging
import re

from kg.gazetteer import HAN, Gazetteer, compact, gazetteer
from kg.mentions import KO_SUFFIX_TYPES, PLACE_TYPES, STOP_STEMS, country_pair, suffix_type
from kg.mentions.firms import affiliate
from kg.mentions.sectors import canonical as sector_name
from kg.mentions.suffixes import generic_park, zone_place
from kg.mentions.tables import LINK_HEADS, PARK_HEADS, POLICY_HEADS
from kg.records import Entity, Mention

logger = logging.getLogger(__name__)

LANG_ZH_HANT = "zh-Hant"
LANG_ZH_HANS = "zh-Hans"


def zh_lang(text: str) -> str:
    """``zh-Hans`` when the text is already simplified, else ``zh-Hant``.

    >>> zh_lang("洛阳"), zh_lang("洛陽")
    ('zh-Hans', 'zh-Hant')
    """
    from kg.transcribe import to_simplified, to_traditional

    if to_simplified(text) == text and to_traditional(text) != text:
        return LANG_ZH_HANS
    if to_simplified(text) != text:
        return LANG_ZH_HANT
    return LANG_ZH_HANS if to_traditional(text) == text else LANG_ZH_HANT


_PAIR_LINK = re.compile(r"([가-힣]{1,8})\s*[-–‐·]\s*([가-힣]{1,8}?)\s*"
                        f"({'|'.join(sorted(LINK_HEADS, key=len, reverse=True))})")


_LEGAL_TAIL = re.compile(r"(?:고분)?유한(?:책임)?(?:회사|공사)$|주식회사$|(?<=.)(?:㈜|\(주\))$")


def canonical_key(m: Mention, gaz: Gazetteer) -> str:
    """The entity key of a mention (see the module doc)."""
    if m.gazetteer_id:
        return m.gazetteer_id
    if m.type == "Sector" and (known := sector_name(m.text)) is not None:
        return f"sector/{compact(known[0])}"  # 2차전지 and 이차전지 are one field
    name = compact(m.text)
    if m.type in ("City", "Province") and len(name) > 2 and name[-1] in "시성주":
        name = name[:-1]  # 퉁샹시 and 퉁샹 are one city
    pair = _PAIR_LINK.fullmatch(m.text) if m.type == "Project" else None
    if pair:
        # "중국-라오스 철도" and "라오스-중국 철도": one line between two places
        a, b = sorted((compact(pair[1]), compact(pair[2])))
        return f"project/{a}{b}{compact(pair[3])}"
    if m.type == "Park" and (zone := zone_place(name, gaz)) is not None:
        name = "".join(zone)  # 옌청시경제기술개발구 is 옌청경제기술개발구
    if m.rule == "suffix+place":
        return f"{m.type.lower()}/{name}"  # the place is part of the name: 하얼빈종합보세구
    if m.type == "Firm":
        # "창안자동차유한회사" is 창안자동차: the legal form closing a firm's name
        name = _LEGAL_TAIL.sub("", name) if len(_LEGAL_TAIL.sub("", name)) >= 2 else name
    if m.type == "Firm" and len(name) >= 3 and name.endswith("차") and \
            not name.endswith(("자동차", "기차", "전차")):
        name = name[:-1] + "자동차"  # 현대차 is 현대자동차, 기아차 기아자동차
    if m.type == "Park" and len(name) >= 4 and name.endswith("산단"):
        name = name[:-2] + "산업단지"  # 한중산단 is 한중산업단지, 블루밸리국가산단 …국가산업단지
    stripped = _strip_place(name, m.type, gaz, m.text)
    return f"{m.type.lower()}/{stripped}"


def _strip_place(name: str, typ: str, gaz: Gazetteer, text: str = "") -> str:
    if typ in PLACE_TYPES or typ in ("Person", "Sector", "Policy", "GovernmentBody"):
        return name  # 광둥성 상무청 and 후이저우시 상무국 are bodies of their places
    for cut in range(min(len(name) - 2, 6), 1, -1):  # the longest place first: 인도네시아, not 인도
        head, rest = name[:cut], name[cut:]
        if suffix_type(rest, quoted=typ == "Park") != typ or rest in STOP_STEMS \
                or rest in KO_SUFFIX_TYPES or _generic(rest) or \
                (typ == "Park" and generic_park(rest)):  # 쿤산경제기술개발구: the place tells it
            continue
        if len(head) == 2 and country_pair(head):
            continue  # 한중기술산업타운: Korea-China, not the city 한중 (Hanzhong)
        written = text.replace(" ", "")
        if written.startswith(head) and written[len(head):len(head) + 1] in ("-", "‐", "–", "·"):
            continue  # 중국-벨라루스 공업원: a pair of countries names the park
        if any(r.hangul_matchable for r in gaz.lookup(head, PLACE_TYPES)):
            if typ == "Firm" and (affiliate(rest, []) or gaz.lookup(rest, {"Firm"})):
                return name  # 톈진삼성전자: a local firm of a group, not 삼성전자 itself
            return rest
    return name


def _generic(name: str) -> bool:
    """A head noun after another head noun (자동차그룹): nothing proper is left.

    >>> _generic("자동차그룹"), _generic("창룽그룹")
    (True, False)
    """
    for suf in sorted(KO_SUFFIX_TYPES, key=len, reverse=True):
        if name.endswith(suf) and len(name) > len(suf):
            return name[: -len(suf)] in KO_SUFFIX_TYPES
    return False


def resolve(mentions: list[Mention], article_id: str) -> dict[str, Entity]:
    """Merge an article's mentions into entities keyed by canonical key.

    Sets ``Mention.entity`` on every mention kept; mentions that resolve to
    nothing (an unresolved back-reference, an untyped name) are dropped.
    """
    gaz = gazetteer()
    ents: dict[str, Entity] = {}
    zh_owner: dict[tuple[str, str], str] = {}
    order = sorted(mentions, key=lambda m: (m.start, -m.end))
    key_at: dict[int, str] = {}
    for m in order:
        if m.refers_to >= 0 and m.refers_to in key_at:
            key = key_at[m.refers_to]  # "(이하 협력구)": the short name of what came before
        elif m.type == "?":
            key = _antecedent(m, ents)
            if key is None:
                continue
        elif m.type == "Policy" and (key := _abbreviation(m, ents)) is not None:
            pass
        elif m.rule == "known-name" and not m.gazetteer_id and \
                (key := _named_before(m, ents)) is not None:
            pass
        else:
            key = canonical_key(m, gaz)
            if m.zh and not m.gazetteer_id:
                owner = zh_owner.get((m.type, compact(m.zh)))
                if owner is not None:
                    key = owner
        m.entity = key
        key_at.setdefault(m.start, key)
        ent = ents.get(key)
        if ent is None:
            ent = Entity(key=key, type=m.type if m.type != "?" else "Organization", label=m.text)
            rec = gaz.records.get(m.gazetteer_id) if m.gazetteer_id else None
            if rec is not None:
                _from_record(ent, rec)
            ents[key] = ent
        ent.mentions.append(m)
        ent.articles.add(article_id)
        ent.add_label("ko", m.text)
        if m.zh:
            ent.add_label(zh_lang(m.zh), m.zh)
            zh_owner.setdefault((ent.type, compact(m.zh)), key)
        if m.en:
            ent.add_label("en", m.en)
        if ent.type == "Sector" and (known := sector_name(m.text)) is not None:
            ent.add_label("ko", known[0])
            if known[1]:
                ent.add_label("en", known[1])
    _short_zones(ents, gaz)
    _record_choices(ents, gaz)
    return ents


def _short_zones(ents: dict[str, Entity], gaz: Gazetteer) -> None:
    """A zone named by its place and a bare head (``옌청개발구``) is the one zone of that place
    and head the article names in full (``옌청경제기술개발구``), when there is one."""
    parks = {k: k.split("/", 1)[1] for k, e in ents.items()
             if e.type == "Park" and not e.gazetteer_id}
    for key, name in sorted(parks.items()):
        place, head = zone_place(name, gaz) or ("", "")
        if head not in PARK_HEADS:
            continue
        longer = [k for k, n in parks.items() if k in ents and k != key and len(n) > len(name) and
                  n.startswith(place) and n.endswith(head)]
        if len(longer) == 1:
            _merge(ents, key, longer[0])


def _merge(ents: dict[str, Entity], source: str, target: str) -> None:
    """Fold entity ``source`` into ``target``: its mentions, articles and names."""
    short, full = ents.pop(source), ents[target]
    for m in short.mentions:
        m.entity = full.key
    full.mentions = sorted(full.mentions + short.mentions, key=lambda m: (m.start, -m.end))
    full.articles |= short.articles
    for lang, names in short.labels.items():
        for n in names:
            full.add_label(lang, n)


def _record_choices(ents: dict[str, Entity], gaz: Gazetteer) -> None:
    """Note on each place how an ambiguous name was resolved (three 洛阳 in GeoNames)."""
    named = {e.gazetteer_id for e in ents.values() if e.gazetteer_id}
    for ent in ents.values():
        rec = gaz.records.get(ent.gazetteer_id) if ent.gazetteer_id else None
        if rec is None or rec.type != "City":
            continue
        forms = {m.zh for m in ent.mentions if m.zh} | {m.text for m in ent.mentions}
        cands = {c.id: c for f in forms for c in gaz.lookup(f, {"City"})}
        if len(cands) < 2:
            continue
        why = ("it is in a province the text names" if rec.parent in named
               else "it is the most populous")
        others = ", ".join(f"{c.id} ({c.en}, pop. {c.population or 0})"
                           for c in sorted(cands.values(), key=lambda c: c.id) if c.id != rec.id)
        note = (f"gazetteer: {len(cands)} GeoNames places match this name; chose "
                f"{rec.geonames_id} ({rec.en}) because {why}; others: {others}")
        if note not in ent.notes:
            ent.notes.append(note)


def _from_record(ent: Entity, rec) -> None:  # noqa: ANN001 - gazetteer.Record
    ent.type = rec.type
    ent.label = rec.ko
    ent.gazetteer_id = rec.id
    ent.add_label("ko", rec.ko)
    for n in rec.ko_alt:
        ent.add_label("ko", n)
    if rec.zh_hans:
        ent.add_label(LANG_ZH_HANS, rec.zh_hans)
    if rec.zh_hant:
        ent.add_label(LANG_ZH_HANT, rec.zh_hant)
    if rec.en:
        ent.add_label("en", rec.en)
        ent.en = rec.en
    for n in rec.en_alt | rec.abbr:
        if not HAN.search(n):
            ent.add_label("en", n)
    ent.geonames_id = rec.geonames_id
    ent.lat, ent.long, ent.population = rec.lat, rec.long, rec.population
    if getattr(rec, "approximate_point", False):
        note = ("coordinates approximate: population-weighted centre of the GeoNames cities "
                "in this province")
        if note not in ent.notes:
            ent.notes.append(note)


def _named_before(m: Mention, ents: dict[str, Entity]) -> str | None:
    """The entity whose earlier mention introduced the name ``m`` repeats."""
    form = m.text.replace(" ", "")
    for key, ent in ents.items():
        if ent.type == m.type and any(
                em.text.replace(" ", "") in (form, form + "시", form + "성", form + "사")
                for em in ent.mentions if em.rule != "known-name"):
            return key
    return None


def _bare_name(text: str) -> str:
    """A name without the parenthesis that closes it: the years or the abbreviation of a title.

    >>> _bare_name("신에너지자동차 산업 발전 계획(2021~2035년)")
    '신에너지자동차산업발전계획'
    """
    return compact(re.sub(r"\s*\([^()]*\)\s*$", "", text))


def _antecedent(m: Mention, ents: dict[str, Entity]) -> str | None:
    """The latest entity whose name ends with the bare head noun ``m`` (for a policy's
    head, the latest policy)."""
    head = compact(m.text)
    best: tuple[int, str] | None = None
    for key, ent in ents.items():
        if ent.type in PLACE_TYPES or ent.type == "Sector":
            continue
        for em in ent.mentions:
            ends = _bare_name(em.text).endswith(head) or (head in POLICY_HEADS and
                                                           ent.type == "Policy")
            if em.start < m.start and ends and compact(em.text) != head:
                if best is None or em.start > best[0]:
                    best = (em.start, key)
    if best is None and head in PARK_HEADS:
        # "산업원에는": the park named last, whatever its own head (…산업협력단지)
        for key, ent in ents.items():
            for em in ent.mentions if ent.type == "Park" else ():
                if em.start < m.start and (best is None or em.start > best[0]):
                    best = (em.start, key)
    return best[1] if best else None



def _abbreviation(m: Mention, ents: dict[str, Entity]) -> str | None:
    """A short title (``「의견」``) that ends a longer one named before it."""
    head = compact(m.text)
    best: tuple[int, str] | None = None
    for key, ent in ents.items():
        if ent.type != "Policy":
            continue
        for em in ent.mentions:
            name = _bare_name(em.text)
            if em.start < m.start and name != head and name.endswith(head):
                if best is None or em.start > best[0]:
                    best = (em.start, key)
    return best[1] if best else None
