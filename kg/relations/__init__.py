"""Sentence + entities -> :class:`~kg.records.Relation` and :class:`~kg.records.Fact`.

Rules read the sentence's structure: the particle after each mention (은/는/이/가
mark the subject, 과/와 a partner, 을/를 an object, 에 a place), adjacency
(``하얼빈 종합보세구``: a place before a name), coordinated lists, and cue words
(``제휴``/``협력``/``체결`` → cooperatesWith, ``설립``/``조성`` → establishes, …).
The subject of a sentence without one is the subject of the sentence before
(within a section), as Korean briefs drop repeated subjects.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass

from kg.gazetteer import gazetteer
from kg.mentions import PLACE_TYPES, Analysed
from kg.mentions.tables import BODY_UNITS, KO_SUFFIX_TYPES, LINK_HEADS, SET_UP_AFTER, STEM_PARTICLES
from kg.records import Article, Entity, Fact, Mention, Relation
from kg.relations import fields, partners, places, structure, within
from kg.relations.schema import AGENTS, HAS_SECTOR, allowed

logger = logging.getLogger(__name__)

SUBJECT = ("은", "는", "이", "가", "께서", "도")
PARTNER = ("과", "와", "과의", "와의", "과는", "와는", "간", "간의", "사이", "사이의", "과도", "와도")
OBJECT = ("을", "를", "의")
TOPIC_LOC = ("에는", "에서는", "에서도")
GENERIC_NEXT = {"정부", "국가", "국가간의", "국가간", "국가와", "정부와", "정부는", "정부가", "측",
                "당국"}
_COUNT_OF_PARTIES = re.compile(r"\s+(?:[2-9]|양|두|세|네)\s?(?:사|개사|개\s?기업|개\s?회사|개\s?업체)"
                               r"(은|는|이|가|와|과|의)(?=\s)")
BETWEEN_OK = {"수도", "서부", "동부", "남부", "북부", "중부", "인근", "내", "소재", "소재의"}

COOP = re.compile(r"제휴|협력|합작|합자|자매|우호|총판|합의|협약|협정|계약|MOU|양해각서|의정서|서명|조인|파트너|손잡|손을 잡|"
                  r"맞손|협업|공조|동맹|컨소시엄|"
                  r"공동\s*(?:설립|개발|투자|건설|추진|운영|개최|주최|주관|연구|출자|진행|생산)|공동으로|"
                  r"함께\s+(?:\S+\s+){0,2}?(?:개발|연구|투자|설립|짓|세우|세운|건설|조성|생산|운영|추진)")
_SET_UP_AFTER = re.compile(SET_UP_AFTER)
# between a body and a person: its unit ("투자전략국", "상하이지부", "광저우무역관")
_PAST_UNIT = re.compile(r"(\([^)]*\))?(의)?\s*(\S+(국|과|실|팀|부|처|" + "|".join(BODY_UNITS) + r")"
                        r"(\([^)]*\))?\s+)?")
# "이 회사 김철수 대표": the firm the article is about, named by a pointing word
_THIS_FIRM = re.compile(r"(?:^|\s)(?:이|해당|같은|동)\s?(?:회사|기업|업체)(?:의)?\s+$")
SIGNING = re.compile(r"MOU|양해각서|협약|협정|계약|의정서|서명|조인")
ESTABLISH = re.compile(r"설립|조성|구축|건설|세[우운웠워]|주도|건립|착공|출범|개발하")
ISSUE = re.compile(r"발표|내세|제시|공포|공표|발간|발행|제정|시행|내놓|내놨|내놔|공개|마련|하달|배포|발의|출범|제창|주창")
DESIGNATE = re.compile(r"선정|지정|비준|승인|인가|허가|인정")
INCLUDE = re.compile(r"포함")
FUNDING = re.compile(r"자금|출자|융자|대출")
INVEST = re.compile(r"투자")
_JOINT_BUILT = re.compile(r"(?:합자|합작|공동\s?투자|공동\s?출자|출자|투자)(?:로|으로)\s?"
                          r"(?:건설|설립|조성|건립|추진|개발)(?:된|되는|돼|되어|한)")
# a relative clause of making: "(가) 공동으로 조성한 ", "(가) 건설할 "
_MADE_BY_CLAUSE = re.compile(r"\s*(?:공동으로\s*|함께\s*|직접\s*|합작해\s*|합작하여\s*)?"
                             r"(?:조성|건설|설립|개발|건립|세우|세운|만든)"
                             r"(?:한|할|하는|하고\s*있는|해\s*온)?\s")
_BUILT_AT = re.compile(r"(착공|준공|가동|완공|기공)(됐|되었|했|하였|되|식)")
PART_CUE = re.compile(r"^(협력|사업|프로젝트|거점|핵심|대표|중점|주요|일환)")
_LINK_HEAD = re.compile(f"({'|'.join(LINK_HEADS)})$")
# a place a name is for, not in: "한국 전용 산업단지", "한국기업 전용공단", "대만 투자구"
_FOR_PLACE = re.compile(r"\s?(?:기업\s?)?(?:전용|투자)")
# "김철수 대표가 이끄는 한빛전자": what the person and post lead
_LEADS = re.compile(r"(?:이|가)\s+(?:\S+\s+)?(?:이끄는|이끌고\s+있는|맡고\s+있는|이끌었던)\s+")
# "중국 정부가 지정한", "태국 정부는 … 발표": a country's government as the subject
_GOVERNMENT_SUBJECT = re.compile(r"\s*(?:중앙\s*)?정부(?:가|는|도|에서)\s")
LOCATE = re.compile(r"위치|소재|본사|산하|자리|조성된|들어선|설립된|건설된")

# "양국은", "양사가", "두 도시는": the two parties named before
_BOTH = re.compile(r"(양\s?국|양\s?사|두\s?나라|두\s?회사|양\s?도시|두\s?도시|양\s?측|양\s?기관|양\s?지역)"
                   r"(?:은|는|이|가|의|간|정부|\s)")
_BOTH_KINDS = {"양국": {"Country"}, "두나라": {"Country"}, "양사": {"Firm"}, "두회사": {"Firm"},
               "양도시": {"City"}, "두도시": {"City"}, "양지역": {"City", "Province"},
               "양측": {"Firm", "GovernmentBody", "Organization", "City", "Province", "Country"},
               "양기관": {"GovernmentBody", "Organization"}}
# between a country and a firm: "의", or a few words ending with the firm's kind
_KIND_GAP = re.compile(r"(?:의)?\s*(?:\S+\s+){0,3}?\S*(?:기업|업체|메이커|회사|경쟁사|제조사|유통사|"
                       r"생산기업|그룹|은행|통신사|자회사|합작사|법인)(?:인|이자|로|으로)?\s+|의\s+|\s*")
# "중국 최대 파운드리인 X": a rank and a field the firm is
_RANKED_FIELD = re.compile(r"(?:의)?\s+(?:최대|\d+위|선두|대표)\s+[가-힣A-Za-z]+(?:인|이자)\s+")


# "태국 최초의", "한국 최대의", "중국 유일의": the first or largest of a country
_SUPERLATIVE = re.compile(r"\s(?:최초|최대|최고|유일|첫|제1|1위|최장)의?\s(?:[가-힣A-Za-z0-9]+\s){0,3}?"
                          r"[가-힣A-Za-z0-9]+?(?:이다|다|였다|이었다|이며|이자|로서|으로서)(?=[\s.,]|$)")
# what the words of the superlative's noun phrase may not end in: a particle of another role
_ROLE_PARTICLE = re.compile(r"(?:에|을|를|에서|과|와|이|가|은|는|하여|해|고|며)\s")
# a firm's suppliers, not a pact: "삼성전자·LG전자 협력사"
_SUPPLIERS = re.compile(r"(?:협력|파트너|계약)\s?(?:사|업체|기업)")


def _field_named(gap: str) -> bool:
    """Is ``gap`` one field of the table with a copula (``파운드리인``): a firm named by it?

    >>> _field_named(" 파운드리인 "), _field_named(" 출신인 ")
    (True, False)
    """
    from kg.mentions.sectors import canonical

    words = gap.split()
    return len(words) == 1 and re.fullmatch(r"[가-힣A-Za-z]+(?:인|이자)", words[0]) is not None \
        and canonical(re.sub(r"(?:인|이자)$", "", words[0])) is not None


def _field_firm_word(gap: str) -> bool:
    """Is ``gap`` one word naming a firm by its field and 사 (``배터리사``, ``제약사인``)?

    >>> _field_firm_word(" 배터리사 "), _field_firm_word(" 역사 ")
    (True, False)
    """
    from kg.mentions.sectors import _split_head

    words = gap.split()
    return len(words) == 1 and _split_head(re.sub(r"(인|로|으로)$", "", words[0]))[1] == "사"


# the country whose provinces a governor's title belongs to
_POST_COUNTRY = {"도지사": "KR", "지사": "KR", "부지사": "KR", "성장": "CN", "부성장": "CN"}
# posts that belong to a place of one rank: a governor to a province, a mayor to a city
_PLACE_POSTS = {"성장": "Province", "부성장": "Province", "도지사": "Province", "지사": "Province",
                "부지사": "Province", "시장": "City", "부시장": "City", "현장": "City"}
PARTY = AGENTS | PLACE_TYPES | {"Park"}
# what says a place's industries are its own: "주력 산업은", "… 산업을 육성"
_PLACE_FIELD = re.compile(r"(주력|주요|핵심|전략|특화|기간|지주|중점|선도)\s?산업|육성|특화")
# gazetteer tables of one country's bodies (their records carry no country of their own)
_SOURCE_COUNTRY = {"kr_government.tsv": "KR", "kr_business_groups.tsv": "KR",
                   "cn_government.tsv": "CN"}
BUILT = {"Park", "Firm", "Project"}


@dataclass
class Slot:
    """A mention in its sentence: which word it ends in and what follows it."""

    m: Mention
    word: int
    particle: str
    next_word: str  # stem of the following word
    acts: bool = False  # a place acting through its government ("우시시 정부와")


def _nested_in(t: Slot, slots: list[Slot]) -> bool:
    """Is ``t`` a name inside another's (중국 in 한중우호협회)?"""
    return any(o is not t and o.m.start <= t.m.start and t.m.end <= o.m.end and
               o.m.end - o.m.start > t.m.end - t.m.start for o in slots)


def _slots(a: Analysed, ms: list[Mention]) -> list[Slot]:
    out = []
    for m in ms:
        wi = -1
        for i, w in enumerate(a.words):
            ws, we = a.span(w.start, w.end)
            if ws <= m.end - 1 < we:
                wi = i
                break
        if wi < 0:
            continue
        w = a.words[wi]
        _, we_art = a.span(w.start, w.end)
        stem_end_art = a.span(w.start, w.start + len(w.text) - len(w.particle))[1] if w.particle \
            else we_art
        particle = w.particle if m.end >= stem_end_art - 0 else ""
        if m.end > stem_end_art:
            # the name runs past Kiwi's stem ("LG디스플레이 차이나는": 차이 + 나는)
            particle = a.sentence.text[m.end - a.sentence.start:we_art - a.sentence.start]
        nxt = a.words[wi + 1].stem if wi + 1 < len(a.words) else ""
        acts = bool(re.match(r"^(정부|당국|인민정부|시정부|성정부)", nxt))
        # "산시성 정부와", "아세안 국가간의": the particle of a generic noun after the name
        if not particle and wi + 1 < len(a.words) and (
                a.words[wi + 1].text in GENERIC_NEXT or a.words[wi + 1].stem in ("측", "당국")):
            particle = a.words[wi + 1].particle or a.words[wi + 1].text
            particle = re.sub(r"^(정부|국가|측|당국)", "", particle)
        # "A, B, C 3사가", "A와 B 양사는": the particle of the count of the parties listed
        count = _COUNT_OF_PARTIES.match(a.sentence.text, we_art - a.sentence.start) \
            if not particle and m.end >= stem_end_art else None
        if count:
            particle = count.group(1)
        if m.end < stem_end_art and m.end < we_art:
            rest = a.sentence.text[m.end - a.sentence.start:stem_end_art - a.sentence.start]
            # "상하이시가": a particle Kiwi left in the stem is still the name's particle
            particle = rest + w.particle if rest in STEM_PARTICLES else ""
        # "‘웨강아오 대만구’는": the particle after the closing quote
        particle = particle.strip(",.").lstrip("’'\"”」』》〉") if particle else ""
        out.append(Slot(m, wi, particle, nxt, acts))
    return out


class RelationFinder:
    """Applies the rules to one article."""

    def __init__(self, article: Article, ents: dict[str, Entity]) -> None:
        self.article = article
        self.ents = ents
        self.rels: list[Relation] = []
        self.facts: list[Fact] = []
        self._seen: set[tuple[str, str, str]] = set()
        self.mention_count: Counter[str] = Counter()
        self._cue_cache: dict[tuple[str, int], str] = {}
        # counted sets of fields listed so far: "5" -> the fields of "5대 산업은 ▲A ▲B …"
        self.counted_fields: dict[str, list[str]] = {}
        self._mentions_of: dict[int, list[Mention]] = {}
        self._sentence_text: dict[int, str] = {}

    def type_of(self, m: Mention) -> str:
        return self.ents[m.entity].type

    def add(self, s: str, p: str, o: str, sent: int, rule: str, conf: float = 0.7) -> None:
        if s == o or s not in self.ents or o not in self.ents:
            return
        if not allowed(p, self.ents[s].type, self.ents[o].type):
            logger.debug("rule %s: %s %s %s does not fit the schema; dropped", rule, s, p, o)
            return
        if p == "cooperatesWith" and "Park" in (self.ents[s].type, self.ents[o].type):
            # a park is a party only to what it signs (its committee's MOU), never with the
            # countries that built it (중국과 벨라루스가 합작한 공업원)
            other = self.ents[o if self.ents[s].type == "Park" else s].type
            if other == "Country" or not SIGNING.search(self._sentence_text.get(sent, "")):
                return
        if p == "cooperatesWith" and o < s:
            s, o = o, s
        key = (s, p, o)
        if key in self._seen:
            return
        self._seen.add(key)
        self.rels.append(Relation(s, p, o, self.article.id, sent, rule, conf))

    def fact(self, subject: str, kind: str, value: str, datatype: str, sent: int, rule: str,
             unit: str = "", year: int | None = None, gloss: str = "", surface: str = "") -> None:
        if subject not in self.ents:
            return
        f = Fact(subject, kind, value, datatype, unit, year, self.article.id, sent, rule, gloss,
                 surface)
        if f not in self.facts:
            self.facts.append(f)

    # -- the pass over the article -------------------------------------------
    def run(self, analysed: list[Analysed], mentions: list[Mention]) -> None:
        by_sent: dict[int, list[Mention]] = {}
        for m in mentions:
            if m.entity and m.entity in self.ents:
                by_sent.setdefault(m.sentence, []).append(m)
        self._mentions_of = by_sent
        topic: str | None = None
        history: list[list[Slot]] = []
        for a in analysed:
            self._sentence_text[a.sentence.index] = a.sentence.text
            ms = sorted(by_sent.get(a.sentence.index, []), key=lambda m: (m.start, -m.end))
            slots = _slots(a, ms)
            heading = self._is_heading(a)
            subj = self._subject(slots)
            if heading:
                topic = None
            cur_topic = subj or topic
            self._located(a, slots)
            places.where(self, a, slots)
            places.head_office(self, a, slots)
            self._listed_firms(a, slots)
            self._country_of_firm(a, slots)
            self._first_of_its_country(a, slots)
            self._cooperation(a, slots)
            self._both_parties(a, slots, history)
            self._establish(a, slots, cur_topic)
            self._issued(a, slots)
            self._designated(a, slots, cur_topic)
            self._part_of(a, slots, history)
            structure.part_of(self, a, slots, cur_topic)
            structure.programme_places(self, a, slots, cur_topic)
            structure.stakes(self, a, slots)
            structure.sold_to(self, a, slots)
            partners.supplies(self, a, slots)
            partners.buys(self, a, slots)
            partners.co_hosts(self, a, slots)
            partners.dotted_signers(self, a, slots)
            partners.between(self, a, slots)
            if subj is None and not heading:
                partners.topic_partner(self, a, slots, topic)
            structure.partner_places(self, a, slots)
            structure.joint_venture_of(self, a, slots)
            structure.subsidiary_of(self, a, slots)
            structure.shares(self, a, slots, topic)
            structure.drawn_investment(self, a, slots, cur_topic)
            structure.made_by(self, a, slots, topic)
            structure.members(self, a, slots)
            structure.built_by(self, a, slots)
            structure.paid_by(self, a, slots)
            self._members(a, slots, cur_topic)
            partners.representatives(self, a, slots)
            self._sectors(a, slots, cur_topic, history)
            self._invests(a, slots)
            self._facts(a, slots, cur_topic)
            for m in ms:
                self.mention_count[m.entity] += 1
            history.append(slots)
            if not heading and subj:
                topic = subj
            elif heading:
                topic = None
        kept = [m for m in mentions if m.entity and m.entity in self.ents]
        within.place_prefix(self, kept)
        within.sector_in_title(self, kept)

    def _cues(self, a: Analysed) -> str:
        """The sentence with its names blanked out, to look for cue words in
        (the 협력 of 경외경제무역협력구 is no cooperation)."""
        key = (a.sentence.article_id, a.sentence.index)
        if key not in self._cue_cache:
            text = list(a.sentence.text)
            s0 = a.sentence.start
            spans = [(m.start, m.end) for m in self._mentions_of.get(a.sentence.index, ())]
            # a word glossed in Chinese is a name even when its type stayed unknown
            spans += [a.span(w.start, w.start + len(w.stem)) for w in a.words if w.gloss and w.stem]
            for start, end in spans:
                for i in range(max(start - s0, 0), min(end - s0, len(text))):
                    text[i] = " "
            self._cue_cache[key] = "".join(text)
        return self._cue_cache[key]

    def _is_heading(self, a: Analysed) -> bool:
        text = self.article.text
        line_start = text.rfind("\n", 0, a.sentence.start) + 1
        lead = text[line_start:a.sentence.start]
        return a.sentence.index == 0 or any(c in lead for c in "□○■●◆◇")

    def _subject(self, slots: list[Slot]) -> str | None:
        for sl in slots:
            if sl.particle in SUBJECT + TOPIC_LOC and self.type_of(sl.m) in HAS_SECTOR | AGENTS:
                return sl.m.entity
        return None

    # -- rules -----------------------------------------------------------------
    def _located(self, a: Analysed, slots: list[Slot]) -> None:
        idx = a.sentence.index
        for i, sl in enumerate(slots):
            t1 = self.type_of(sl.m)
            if sl.m.rule == "country-compound" and t1 in PLACE_TYPES:
                # "중국-라오스 철도": a line, road or corridor named by the places it joins
                for other in slots:
                    om = other.m
                    if om.start <= sl.m.start and sl.m.end <= om.end and om is not sl.m and \
                            self.type_of(om) == "Project" and _LINK_HEAD.search(om.text):
                        self.add(om.entity, "locatedIn", sl.m.entity, idx, "places-joined", 0.7)
            if t1 not in PLACE_TYPES or sl.m.rule in ("country-compound", "country-abbreviation"):
                continue
            # a place inside a longer name: 친저우 in 친저우산업단지
            for other in slots:
                om = other.m
                if om is not sl.m and om.start <= sl.m.start and sl.m.end <= om.end and \
                        (om.start, om.end) != (sl.m.start, sl.m.end) and \
                        self.type_of(om) not in PLACE_TYPES | {"Person", "Sector", "Policy"} and \
                        not _FOR_PLACE.match(self.article.text, sl.m.end):
                    self.add(om.entity, "locatedIn", sl.m.entity, idx, "place-in-name", 0.8)
            if i + 1 >= len(slots):
                continue
            nxt = slots[i + 1]
            t2 = self.type_of(nxt.m)
            if nxt.m.start < sl.m.end:
                continue
            gap = self.article.text[sl.m.end:nxt.m.start]
            gap_words = gap.split()
            gap_clean = re.sub(r"\([^)]*\)", "", gap).strip()
            adjacent = gap_clean in ("", "의") or (len(gap_words) == 1 and gap_words[0] in
                                                    BETWEEN_OK)
            if len(gap_words) == 1 and re.fullmatch(r"[가-힣]{2,8}인", gap_words[0]) and \
                    t2 == "Park" and t1 in PLACE_TYPES:
                adjacent = True  # "충칭시 신시가지인 베이부신취": the park, in apposition
            if re.sub(r"\([^)]*\)", "", gap).strip() in ("시", "성") or \
                    re.fullmatch(r"(\([^)]*\))?(시|성)?\s*", gap):
                adjacent = True
            if not adjacent or sl.particle not in ("", "의", "시", "성"):
                continue
            if gap_clean == "의" and t2 not in ("Firm", "Organization", "Park"):
                continue
            rank = {"Country": 0, "Province": 1, "City": 2}
            district = t1 == t2 == "City" and (
                re.search(r"[구현진]$", nxt.m.text) or
                # "상하이시 푸둥": after a municipality written with its suffix, a place of
                # it is a part of it
                ((gap_clean == "시" or (gap_clean == "" and sl.m.text.endswith("시"))) and
                 self._in_municipality(nxt.m.entity, sl.m.entity)))
            if t2 in PLACE_TYPES and rank[t2] <= rank[t1] and not district:
                continue
            if nxt.m.rule == "source-line":
                continue  # "라오스 Asianews, China Daily 2023/04/28": what the brief is about
            if t2 in PLACE_TYPES | {"Park", "Firm", "Project", "Organization", "MediaOutlet"}:
                self.add(nxt.m.entity, "locatedIn", sl.m.entity, idx, "place-before-name", 0.75)
                # "한국의 누리전자·가온화학": the country of the first firm of a dotted pair
                # is the other's too
                last = nxt
                for more in slots[i + 2:] if (t1, t2) == ("Country", "Firm") else ():
                    if self.type_of(more.m) != "Firm" or not re.fullmatch(
                            r"\s*[·ㆍ]\s*", self.article.text[last.m.end:more.m.start]):
                        break
                    self.add(more.m.entity, "locatedIn", sl.m.entity, idx, "place-before-name", 0.7)
                    last = more
        # "충칭에는 창안자동차 등 완성차 업체가 모여 있어", "… 등이 둥지를 틀었다": what is there
        # is located there
        if re.search(r"모여|입주|자리(잡|하)|들어서|둥지|즐비|포진|밀집", a.clean):
            for sl in slots:
                if self.type_of(sl.m) in PLACE_TYPES | {"Park"} and sl.particle in ("에는", "에"):
                    for other in slots:
                        if other.m.start > sl.m.end and self.type_of(other.m) in ("Firm",
                                                                                   "Organization"):
                            self.add(other.m.entity, "locatedIn", sl.m.entity, idx, "there-is",
                                     0.6)
                    break
        # "협력구는 옌청시에 있다": the subject is where the place is
        for sl in slots:
            if self.type_of(sl.m) in PLACE_TYPES | {"Park"} and sl.particle in ("에", "에는") and \
                    re.match(r"\S*\s*(있|자리\S*\s*있)", self.article.text[sl.m.end:sl.m.end + 12]
                             .split(" ", 1)[-1] if " " in self.article.text[sl.m.end:sl.m.end + 12]
                             else ""):
                subj = next((s for s in slots if s.particle in SUBJECT and s.m.end <= sl.m.start
                             and self.type_of(s.m) in ("Park", "Firm", "Organization", "Project",
                                                       "GovernmentBody") and
                             not structure.embedded(a, s)), None)
                if subj is not None:
                    self.add(subj.m.entity, "locatedIn", sl.m.entity, idx, "에-있다", 0.7)
        # "프로젝트가 최근 장자강 경제기술개발구에서 착공됐다": what is started or built somewhere
        if _BUILT_AT.search(a.clean):
            subj = next((s for s in slots if s.particle in SUBJECT and
                         self.type_of(s.m) in ("Project", "Park")), None)
            at = next((s for s in slots if s.particle == "에서" and subj is not None and
                       s.m.start > subj.m.end and
                       self.type_of(s.m) in PLACE_TYPES | {"Park"}), None)
            if subj is not None and at is not None:
                self.add(subj.m.entity, "locatedIn", at.m.entity, idx, "built-at", 0.65)
        # "허난 서부에 위치한 뤄양시", "민스크 인근에 위치하며"
        for w in a.words:
            if not LOCATE.match(w.text):
                continue
            ws_art = a.span(w.start, w.end)[0]
            before = [s for s in slots if s.m.end <= ws_art and
                      self.type_of(s.m) in PLACE_TYPES | {"Park"}]
            if not before:
                continue
            # the name right before the verb, the longest of those ending there
            # ("광저우시 첨단기술산업 개발구에 위치한", not the city inside it)
            place = max(before, key=lambda s: (s.m.end, s.m.end - s.m.start))
            if w.text.startswith("소재") and not w.text.startswith(("소재지", "소재한", "소재하")):
                if self.article.text[place.m.end:ws_art].strip(" )"):
                    continue  # "배터리 소재 업체": materials, not "상하이 소재 업체"
                if w.text in ("소재", "소재의"):
                    # "상하이 소재 기업 화유코발트": the name it modifies, a kind word between
                    near = [s for s in slots if ws_art < s.m.start <= ws_art + 12 and
                            self.type_of(s.m) in ("Firm", "Organization", "Park", "Project",
                                                  "GovernmentBody")]
                    if near:
                        self.add(near[0].m.entity, "locatedIn", place.m.entity, idx, "소재", 0.75)
                    continue
            following = a.words[a.words.index(w) + 1].text if w is not a.words[-1] else ""
            adnominal = w.text.startswith(("위치한", "조성된", "들어선", "설립된", "건설된"))
            if w.text.startswith(("본사", "본부")) and not (
                    w.text.startswith(("본사를", "본부를", "본사가", "본사는")) or adnominal):
                continue  # "서울 본사에서 체결": where it happened, not where the firm is
            if adnominal or (w.text.startswith(("본사를", "본부를")) and
                             following.startswith("둔")):
                # the name the relative clause modifies: right after it ("본사를 둔 화리그룹"),
                # else the subject ("화유코발트는 퉁샹에 본사를 둔 … 업체로")
                near = 10**9 if adnominal else ws_art + 16
                after = [s for s in slots if ws_art < s.m.start <= near
                         and s.m.entity != place.m.entity]
                if after:
                    self.add(after[0].m.entity, "locatedIn", place.m.entity, idx, "위치한", 0.8)
                if after or adnominal:
                    continue
            subj = next((s for s in slots if s.particle in SUBJECT and s.m.end <= ws_art
                         and s.m.entity != place.m.entity), None)
            if subj is not None:
                self.add(subj.m.entity, "locatedIn", place.m.entity, idx, "위치하다", 0.8)

    def _in_municipality(self, part: str, whole: str) -> bool:
        """Is ``part`` a place of the municipality ``whole`` (상하이, 베이징, 톈진, 충칭)?"""
        gaz = gazetteer()
        p, w = (gaz.records.get(self.ents[k].gazetteer_id) for k in (part, whole))
        # a municipality is its own province (푸둥's parent is 상하이); two prefecture cities
        # of one province are no part of each other (난징, 쑤저우)
        return p is not None and w is not None and w.id.startswith("province/") and \
            p.parent == w.id and (p.population or 0) < (w.population or 0)

    def _first_of_its_country(self, a: Analysed, slots: list[Slot]) -> None:
        """``중국-태국철도는 … 태국 최초의 표준궤 철도로서``, ``한빛전자는 한국 최대의 가전
        업체다``: the subject, called its country's first or largest, is in that country."""
        text = self.article.text
        subj = next((s for s in slots if s.particle in SUBJECT and
                     self.type_of(s.m) in ("Project", "Park", "Firm")), None)
        if subj is None:
            return
        for c in slots:
            if self.type_of(c.m) == "Country" and not c.particle and c.m.start > subj.m.end and \
                    (sup := _SUPERLATIVE.match(text, c.m.end)) is not None and \
                    not _ROLE_PARTICLE.search(sup[0][1:].rsplit(" ", 1)[0] + " ") and \
                    not _nested_in(c, slots):
                self.add(subj.m.entity, "locatedIn", c.m.entity, a.sentence.index,
                         "first-of-its-country", 0.6)
                return

    def _country_of_firm(self, a: Analysed, slots: list[Slot]) -> None:
        """``중국 화학소재 업체 산산``, ``중국의 사강그룹``, ``한국 경쟁사인 X``: a firm introduced
        by its country and its kind is of that country."""
        idx = a.sentence.index
        text = self.article.text
        for i, c in enumerate(slots):
            if self.type_of(c.m) != "Country" or c.particle not in ("", "의"):
                continue
            # the kind's fields may come between: "중국 배터리·소재 업체 X"
            after = [s for s in slots[i + 1:] if self.type_of(s.m) != "Sector"]
            for f in after[:2]:
                if self.type_of(f.m) not in ("Firm", "Organization"):
                    continue
                gap = re.sub(r"\([^)]*\)", "", text[c.m.end:f.m.start])
                if _KIND_GAP.fullmatch(gap) or _field_firm_word(gap) or \
                        _RANKED_FIELD.fullmatch(gap) or _field_named(gap):
                    self.add(f.m.entity, "locatedIn", c.m.entity, idx, "country-kind-firm", 0.7)
                    self._listed_with(slots, slots.index(f), c.m.entity, idx)
                break
        # "중국의 화웨이, ZTE, 샤오미": the firms listed with the one a country introduces
        for i, c in enumerate(slots[:-1]):
            f = slots[i + 1]
            if self.type_of(c.m) == "Country" and c.particle in ("", "의") and \
                    self.type_of(f.m) in ("Firm", "Organization") and \
                    re.fullmatch(r"\s*(?:의\s*)?", text[c.m.end:f.m.start]):
                self._listed_with(slots, i + 1, c.m.entity, idx)

    def _listed_with(self, slots: list[Slot], j: int, country: str, idx: int) -> None:
        """The firms listed right after ``slots[j]`` (``A, B와 C``) are in its country too."""
        text = self.article.text
        for k in range(j + 1, len(slots)):
            prev, cur = slots[k - 1], slots[k]
            gap = re.sub(r"\([^)]*\)", "", text[prev.m.end + len(prev.particle):cur.m.start])
            joined = prev.particle in ("와", "과", ",") or re.fullmatch(r"\s*[,·ㆍ]\s*|\s+및\s+",
                                                                         gap)
            if not joined or not re.fullmatch(r"\s*(?:[,·ㆍ]|및)?\s*", gap) or \
                    self.type_of(cur.m) not in ("Firm", "Organization"):
                break
            self.add(cur.m.entity, "locatedIn", country, idx, "country-of-listed-firms", 0.6)

    def _listed_firms(self, a: Analysed, slots: list[Slot]) -> None:
        """``옌타이시에는 A, B, C 등 1,000여개의 한국기업이 진출해 있다``: the firms of a list
        closed by ``등 … COUNTRY 기업`` are of that country, and are in the place the
        sentence is about when it says they are there."""
        idx = a.sentence.index
        text = self.article.text
        s0 = a.sentence.start
        for m in re.finditer(r"등(?:의)?\s", a.sentence.text):
            at = s0 + m.start()
            listed: list[Slot] = []
            for sl in sorted((s for s in slots if s.m.end <= at), key=lambda s: -s.m.end):
                end = listed[-1].m.start if listed else at
                gap = re.sub(r"\([^)]*\)", "", text[sl.m.end:end])
                if not re.fullmatch(r"\s*(?:[,·ㆍ]|와|과|및)?\s*", gap):
                    break
                if self.type_of(sl.m) not in ("Firm", "Organization"):
                    break
                listed.append(sl)
            if not listed:
                continue
            tail = text[at:at + 30]
            kind = re.search(r"(기업|업체|회사|그룹|은행|투자기업)", tail)
            country = None if kind is None else \
                 next((s.m.entity for s in slots if at < s.m.start < at + kind.end() and
                      self.type_of(s.m) == "Country"), None)
            if country is None and kind is not None:
                # "한국기업": the country glued to the head
                glued = re.search(r"([가-힣]{2,6})\s?(?:기업|업체|회사)", tail)
                rec = gazetteer().best(glued[1], types={"Country"}) if glued else None
                country = rec.id if rec is not None and rec.id in self.ents else None
            for f in listed:
                if country is not None:
                    self.add(f.m.entity, "locatedIn", country, idx, "listed-firms-of", 0.65)
            if not re.search(r"진출|입주|즐비|둥지|모여|자리|들어서|포진|위치|가동", a.clean):
                continue
            place = next((s for s in slots if s.m.end <= listed[-1].m.start and
                          self.type_of(s.m) in PLACE_TYPES | {"Park"} and
                          s.particle in ("에는", "에", "에서는", "는", "은", "엔")), None)
            if place is not None:
                for f in listed:
                    self.add(f.m.entity, "locatedIn", place.m.entity, idx, "listed-firms-in",
                             0.6)

    def _appositive(self, sl: Slot) -> bool:
        """``합작법인인 베이징현대``: a name introduced as what others made."""
        before = self.article.text[max(0, sl.m.start - 12):sl.m.start].split()
        return bool(before) and bool(re.search(r"(합작법인|합자회사|자회사|법인)인$", before[-1]))

    def _parties(self, slots: list[Slot]) -> list[Slot]:
        out = []
        for i, sl in enumerate(slots):
            if self.type_of(sl.m) not in PARTY or self._appositive(sl):
                continue
            if sl.m.rule in ("country-abbreviation", "government-of"):
                continue  # 태국 정부: the place itself is the party
            p = sl.particle
            if p in SUBJECT or p in PARTNER or p.startswith(("과", "와")):
                out.append(sl)
            elif p == "의" and out and out[-1] is slots[i - 1] and \
                    out[-1].particle.startswith(("과", "와")):
                out.append(sl)  # "A와 B의 합작법인"
            elif p in ("", ",") and not self._nested(sl, slots) and (
                    (self._word_text(sl).endswith(",") and self._list_continues(slots, i))
                    or (sl.next_word == "등" and self._partner_head(sl))):
                out.append(sl)  # a list member: "A과 B, C가", "A, B, C 등 업체와"
        return out

    @staticmethod
    def _nested(sl: Slot, slots: list[Slot]) -> bool:
        return any(o.m is not sl.m and o.m.start <= sl.m.start and sl.m.end <= o.m.end
                   for o in slots)

    def _list_continues(self, slots: list[Slot], i: int) -> bool:
        """Is the next party of a comma list marked as subject or partner?"""
        for nxt in slots[i + 1:]:
            if self._nested(nxt, slots) or self.type_of(nxt.m) not in PARTY:
                continue
            if nxt.particle in SUBJECT + PARTNER or nxt.particle.startswith(("과", "와")):
                return True
            if not (self._word_text(nxt).endswith(",") or nxt.next_word == "등"):
                return False
            if nxt.next_word == "등":
                return self._partner_head(nxt)
        return False

    def _partner_head(self, sl: Slot) -> bool:
        """``A, B 등 (중국) 완성차 업체와``: the head after 등 is a partner."""
        rest = re.sub(r"\([^)]*\)", "", self.article.text[sl.m.end:sl.m.end + 40]).split()
        return any(w.endswith(("와", "과")) for w in rest[1:5])

    def _word_text(self, sl: Slot) -> str:
        return self.article.text[sl.m.end:sl.m.end + 12].split(" ")[0] if sl else ""

    def _cooperation(self, a: Analysed, slots: list[Slot]) -> None:
        idx = a.sentence.index
        # country pairs written as one word: 중-말레이시아, 한중
        compounds = [s for s in slots if s.m.rule in ("country-compound", "country-abbreviation",
                                                     "place-pair")]
        for x, y in zip(compounds, compounds[1:], strict=False):
            kinds = {self.type_of(x.m), self.type_of(y.m)}
            if "Country" in kinds and kinds & {"City", "Province"}:
                continue  # "인천-중국의 날": a city and a country name an event, not a pact
            if kinds <= {"City", "Province"} and any(
                    self.type_of(o.m) == "Project" and _LINK_HEAD.search(o.m.text) and
                    o.m.start <= x.m.start and y.m.end <= o.m.end for o in slots):
                continue  # "자카르타-반둥 고속철도": the two ends of a line, not partners
            if x.word == y.word and x.m.entity != y.m.entity:
                self.add(x.m.entity, "cooperatesWith", y.m.entity, idx, "country-compound", 0.6)
        if not COOP.search(self._cues(a)):
            return
        jv = structure.JV_SENTENCE.search(a.sentence.text)
        made = structure._MADE.search(a.sentence.text) or structure._PAID.search(a.sentence.text)
        if jv is None and not made:
            self._signing_groups(a, slots)
        parties = self._parties(slots)
        if jv is not None:
            # "T는 A와 B의 합작사다": A and B own T together; T signs with neither
            at = a.sentence.start + jv.start()
            parties = [p for p in parties if not (p.particle in SUBJECT and p.m.end <= at and
                                                  self.type_of(p.m) == "Firm" and
                                                  not p.particle.startswith(("와", "과")))]
        if made:
            # "T는 A와 B가 공동 설립한 회사다": T is what the partners made, not a partner
            parties = [p for p in parties if not (p.particle in ("은", "는") and
                       self.type_of(p.m) in ("Firm", "Park", "Project"))]
        # "A와 B가 설립한 X는": what the clause's subjects made is no party to their deal
        made_here = {t.m.entity for verb in (structure.BUILT_BY, structure.PAID_BY)
                     for _, t in structure.made_in_clause(self, slots, verb)}
        parties = [p for p in parties if p.m.entity not in made_here]
        # "중국의 사강그룹": a country naming a party's origin is no party itself
        parties = [p for p in parties if not (self.type_of(p.m) == "Country" and
                   p.particle in ("의", "") and structure._adjective(self, p, slots))]
        if not SIGNING.search(self._cues(a)):
            parties = [p for p in parties if self.type_of(p.m) != "Park"]  # what is made
        # "○○부는 … 중국과 인도네시아 (양국) 협력 프로젝트로": the pair deal with each other,
        # not with the subject
        for i, sl in enumerate(slots):
            if sl.particle in ("와", "과") and self._pair_phrase(slots, i):
                pair = (sl, slots[i + 1])
                if sl.m.entity != pair[1].m.entity:
                    self.add(sl.m.entity, "cooperatesWith", pair[1].m.entity, idx, "pair-phrase",
                             0.6)
                parties = [p for p in parties if p not in pair]
        topic = next((p.m.entity for p in parties if p.particle in ("은", "는")), None)
        owner = self._sister_owner(a, slots)
        if owner is not None:
            # "충남도의 중국 내 자매결연 자치단체는 허베이성과 헤이룽장성": each is the owner's
            self._cooperate(a, [owner] + [p for p in slots if p.m.start > owner.m.end and
                                          self.type_of(p.m) in ("City", "Province")],
                            owner.m.entity)
            return
        if topic is not None:
            # "옌청과 한국 새만금개발청, 경상북도, 대구광역시는 …": the topic marks a whole list
            at = next(i for i, sl in enumerate(slots) if sl.m.entity == topic and sl in parties)
            if len(self._chain(slots, at)) >= 2:
                topic = None
        for clause in self._clauses(a, parties):
            s0 = a.sentence.start
            if COOP.search(self._cues(a)[clause[0].m.start - s0:clause[-1].m.end - s0 + 40]) or \
                    len(self._clauses(a, parties)) == 1:
                self._cooperate(a, clause, topic)

    def _sister_owner(self, a: Analysed, slots: list[Slot]) -> Slot | None:
        """The place whose sister or friendship cities a topic phrase lists (``A의 자매도시는
        B, C``)."""
        text = self.article.text
        for sl in slots:
            if sl.particle == "의" and self.type_of(sl.m) in ("City", "Province") and \
                    re.match(r"\s*(?:\S+\s+){0,3}?\S*(?:자매|우호)\S*(?:\s+\S+){0,2}?(?:은|는)\s",
                             text[sl.m.end + 1:sl.m.end + 50]):
                return sl
        return None

    def _chain(self, slots: list[Slot], last: int) -> list[Slot]:
        """The parties listed with ``slots[last]``: ``경북도·포항시``, ``A, B와 C``, walking back
        over ``·``, commas, 와/과 and country adjectives (``中 절강화유코발트``)."""
        text = self.article.text
        out = [slots[last]]
        j = last - 1
        dotted = False
        start = slots[last].m.start  # where the current party begins, with its country
        while j >= 0:
            prev, cur = slots[j], out[-1]
            if prev.m.end > start:
                j -= 1
                continue
            gap = re.sub(r"\([^)]*\)", "", text[prev.m.end:start])
            if (self.type_of(prev.m) == "Country" and gap.strip() == "" and
                    self.type_of(cur.m) != "Country") or \
                    (self.type_of(prev.m) in ("City", "Province") and gap.strip() == "" and
                     self.type_of(cur.m) not in PLACE_TYPES):
                # "中 절강화유코발트", "한국 새만금개발청", "톈진 대성모터스": the party's place
                j -= 1
                start = prev.m.start
                continue
            if not re.fullmatch(r"\s*(?:[·ㆍ,、]|와|과|및|그리고)?\s*", gap) or \
                    self.type_of(prev.m) not in PARTY:
                break
            if dotted and "," in gap:
                break  # "경북도·포항시, 포스코퓨처엠·中 …와": commas part the dotted groups
            dotted = dotted or "·" in gap or "ㆍ" in gap
            out.append(prev)
            start = prev.m.start
            j -= 1
        return out[::-1]

    def _without_origins(self, group: list[Slot]) -> list[Slot]:
        """The parties of a group, less the countries beside them (``中 절강화유코발트``: a
        country beside other signers names one's origin); a group of countries only stays."""
        return [g for g in group if self.type_of(g.m) != "Country"] or group

    def province_of_next(self, places: list[Slot], k: int) -> bool:
        """Is ``places[k]`` a province written just before the city after it (``산둥성
        옌타이시``), so naming where that city is rather than a place of its own?"""
        if self.type_of(places[k].m) != "Province" or k + 1 >= len(places):
            return False
        nxt = places[k + 1]
        gap = re.sub(r"\([^)]*\)|\[[^\]]*\]", "", self.article.text[places[k].m.end:nxt.m.start])
        return self.type_of(nxt.m) == "City" and gap.strip() == ""

    def _pair_phrase(self, slots: list[Slot], i: int) -> bool:
        """Is the party marked by 와/과 at ``i`` joined to the party right after it (``중국과
        인도네시아 (간) 협력``), naming a pair inside a phrase rather than the partner of the
        subject?"""
        if i + 1 >= len(slots) or self.type_of(slots[i + 1].m) not in PARTY:
            return False
        nxt = slots[i + 1]
        gap = self.article.text[slots[i].m.end:nxt.m.start]
        after = self.article.text[nxt.m.end:nxt.m.end + 2]
        subject = any(t.particle in SUBJECT for t in slots[:i])
        return subject and len(self._chain(slots, i)) == 1 and re.fullmatch(r"\s*(?:와|과)?\s*", gap) is not None and \
            nxt.particle in ("", "의", "간", "간의", "사이") and \
            not re.match(r"\s*[,·ㆍ]", after) and self.type_of(nxt.m) == self.type_of(slots[i].m)

    def _listed_partners(self, slots: list[Slot], last: int, idx: int) -> None:
        """``A·B·C 맞손``, ``A·B가 협력을 강화``: the parties listed right before the cue,
        with no partner marked by 와/과, deal with one another."""
        group = self._without_origins(self._chain(slots, last))
        for k, x in enumerate(group):
            for y in group[k + 1:]:
                if x.m.entity != y.m.entity:
                    self.add(x.m.entity, "cooperatesWith", y.m.entity, idx, "listed-partners",
                             0.6)

    def _signing_groups(self, a: Analysed, slots: list[Slot]) -> None:
        """``경북도·포항시, 포스코퓨처엠·中 절강화유코발트와 투자 협약 체결``: every signer of the
        first group with every signer of the group marked by 와/과."""
        idx = a.sentence.index
        cues = self._cues(a)
        s0 = a.sentence.start
        text = a.sentence.text
        for i, sl in enumerate(slots):
            if not (sl.particle in ("와", "과", "와도", "과도", "와의", "과의") and
                    self.type_of(sl.m) in PARTY):
                # "포스코퓨처엠·中 닝보화룽과": the partner list may end in a name not found
                nxt_word = re.match(r"[·ㆍ]\s*(?:\S{1,2}\s+)?\S+?(와|과)\s", text[sl.m.end - s0:])
                if nxt_word is None and self.type_of(sl.m) == "Country" and not sl.particle and \
                        i > 0 and re.fullmatch(r"\s*[·ㆍ]\s*", text[slots[i - 1].m.end - s0:
                                                                      sl.m.start - s0]):
                    # "포스코퓨처엠·中 닝보화룽과": a country before a partner not found, in a list
                    nxt_word = re.match(r"\s+\S+?(와|과)\s", text[sl.m.end - s0:])
                if nxt_word is None and self.type_of(sl.m) in PARTY and not any(
                        t.particle.startswith(("와", "과")) for t in slots) and \
                        sl.particle in ("", ",", "이", "가", "은", "는", "도") and \
                        COOP.match(cue := cues[sl.m.end - s0:sl.m.end - s0 + 12].lstrip(
                            " ,이가은는도")) and not _SUPPLIERS.match(cue):
                    self._listed_partners(slots, i, idx)
                    continue
                if not (nxt_word and self.type_of(sl.m) in PARTY) or \
                        not COOP.search(cues[sl.m.end - s0 + nxt_word.end():][:40]):
                    continue
            elif not COOP.search(cues[sl.m.end - s0:sl.m.end - s0 + 40]):
                continue
            elif self._pair_phrase(slots, i):
                continue  # "○○부는 … 중국과 인도네시아 협력 프로젝트로 지정": a pair, no partner
            partners = self._chain(slots, i)
            first = partners[0]
            before = [k for k, t in enumerate(slots) if t.m.end <= first.m.start]
            subjects: list[Slot] = []
            subj_i = next((k for k in reversed(before) if slots[k].particle in SUBJECT and
                           self.type_of(slots[k].m) in PARTY), None)
            if subj_i is not None:
                subjects = self._chain(slots, subj_i)
            elif before and before[-1] == before[-1] and slots[before[-1]].particle in ("", ","):
                # a headline without particles: the group just before the partners
                gap = self.article.text[slots[before[-1]].m.end:first.m.start]
                if re.fullmatch(r"\s*,\s*", re.sub(r"\([^)]*\)", "", gap)):
                    subjects = self._chain(slots, before[-1])
            def parties(group: list[Slot]) -> list[Slot]:
                # "장쑤성 옌청시와": a province just before its city says where the city is
                group = self._without_origins(group)
                ordered = sorted(group, key=lambda g: g.m.start)
                where = {id(g) for k, g in enumerate(ordered) if self.province_of_next(ordered, k)}
                return [g for g in group if id(g) not in where]

            for x in parties(subjects):
                for y in parties(partners):
                    if x.m.entity != y.m.entity:
                        self.add(x.m.entity, "cooperatesWith", y.m.entity, idx, "signing-groups",
                                 0.65)

    def _both_parties(self, a: Analysed, slots: list[Slot], history: list[list[Slot]]) -> None:
        """``양국은 … 협력하기로 했다``, ``양사는 … 계약을 체결``: the two parties named last."""
        if not COOP.search(self._cues(a)):
            return
        seen = self._the_two(a, slots, history)
        if len(seen) == 2:
            self.add(seen[0], "cooperatesWith", seen[1], a.sentence.index, "both-parties", 0.55)

    def _the_two(self, a: Analysed, slots: list[Slot], history: list[list[Slot]]) -> list[str]:
        """The two parties ``양사``, ``양국``, ``두 회사`` … refer to: the two of the kind named
        last before it (in this sentence or the three before); fewer if there are none."""
        m = _BOTH.search(a.sentence.text)
        if m is None:
            return []
        kinds = _BOTH_KINDS[re.sub(r"\s", "", m[1])]
        at = a.sentence.start + m.start()
        seen: list[str] = []
        pools = [[s for s in slots if s.m.end <= at]] + [h for h in reversed(history[-3:])]
        for pool in pools:
            for s in sorted(pool, key=lambda s: -s.m.start):
                if self.type_of(s.m) in kinds and s.m.entity not in seen:
                    seen.append(s.m.entity)
                if len(seen) == 2:
                    break
            if len(seen) == 2:
                break
        return seen if len(seen) == 2 else []

    def _clauses(self, a: Analysed, parties: list[Slot]) -> list[list[Slot]]:
        """Parties grouped by clause: a comma after a connective ending (…하고, …하며) ends one."""
        cuts = []
        for w in a.words:
            if w.text.endswith(",") and any(t == "EC" for _, t in w.tags):
                cuts.append(a.span(w.start, w.end)[1])
        groups: list[list[Slot]] = [[] for _ in range(len(cuts) + 1)]
        for p in parties:
            groups[sum(1 for c in cuts if c <= p.m.start)].append(p)
        return [g for g in groups if g]

    def _cooperate(self, a: Analysed, parties: list[Slot], topic: str | None) -> None:
        idx = a.sentence.index
        keys = []
        for p in parties:
            if p.m.entity not in keys:
                keys.append(p.m.entity)
        # a place that is the subject of the cooperation acts through its government
        acting = {p.m.entity for p in parties if p.acts or p.particle in SUBJECT}
        if SIGNING.search(a.clean):
            # "KITA는 톈진시와 양해각서를 체결": a place named as the other signer acts
            acting |= {p.m.entity for p in parties if p.particle.startswith(("과", "와"))}
        if topic is not None and topic not in keys:
            topic = None
        if len(keys) < 2 or len(keys) > 6:
            return
        places = [k for k in keys if self.ents[k].type in PLACE_TYPES]
        # "A는 B, C 등과 계약": the topic deals with each; "A과 B, C가 공동 설립": all together
        pairs = [(k1, k2) for i, k1 in enumerate(keys) for k2 in keys[i + 1:]
                 if topic is None or topic in (k1, k2)]
        countries = {k: self._country(k) for k in keys}
        if len(set(countries.values()) - {""}) >= 2:
            # signers of two countries: each side deals with the other, not with its own
            pairs = [(k1, k2) for k1, k2 in pairs
                     if not (countries[k1] and countries[k1] == countries[k2])]
        for k1, k2 in pairs:
            # a firm and a city are not partners unless the city acts (정부)
            if (k1 in places) != (k2 in places) and not any(
                    self.ents[k].type in ("Province", "Country") or k in acting
                    for k in (k1, k2)):
                continue
            self.add(k1, "cooperatesWith", k2, idx, "cooperation-cue", 0.7)

    def _country(self, key: str) -> str:
        """The ISO code of the country an entity belongs to, when the gazetteer says."""
        ent = self.ents[key]
        if ent.type == "Country":
            return key.rsplit("/", 1)[-1]
        rec = gazetteer().records.get(ent.gazetteer_id) if ent.gazetteer_id else None
        if rec is None:
            return ""
        return rec.country or _SOURCE_COUNTRY.get(rec.source, "")

    def _agents(self, slots: list[Slot]) -> list[Slot]:
        subj = [s for s in slots if s.particle in SUBJECT and self.type_of(s.m) in AGENTS]
        if subj:
            partners = [s for s in slots if (s.particle in PARTNER or s.particle.startswith(
                ("과", "와"))) and self.type_of(s.m) in AGENTS]
            listed = [s for i, s in enumerate(slots) if self._word_text(s).endswith(",") and
                      self.type_of(s.m) in AGENTS and i + 1 < len(slots) and slots[i + 1] in
                      subj + partners]
            # "A, B, C 3사가": every party of the subject's list
            chained = [t for s in subj for t in self._chain(slots, slots.index(s))
                       if t not in subj and self.type_of(t.m) in AGENTS and
                       self._word_text(t).endswith((",", "·", "ㆍ"))]
            return subj + partners + listed + [t for t in chained if t not in listed]
        return []

    def _establish(self, a: Analysed, slots: list[Slot], topic: str | None = None) -> None:
        idx = a.sentence.index
        # "A와 B의 합작법인인 C": A and B set up C
        for i, sl in enumerate(slots):
            if self.type_of(sl.m) == "Firm" and self._appositive(sl):
                makers = [s for s in slots[:i] if self.type_of(s.m) == "Firm" and
                          (s.particle.startswith(("과", "와")) or s.particle == "의")]
                for mk in makers:
                    self.add(mk.m.entity, "establishes", sl.m.entity, idx, "joint-venture", 0.6)
        # "후이저우시가 조성할 한중산단", "한중 양국이 공동으로 조성한 산업단지": the maker named
        # in the relative clause before what it makes
        text = self.article.text
        for i, sl in enumerate(slots):
            both = re.match(r"\s*양\s?(?:국|측|도시|사)\s?(?:이|가)", text[sl.m.end:sl.m.end + 8]) \
                if self.type_of(sl.m) in PARTY and not sl.particle else None
            if (sl.particle not in ("이", "가") and both is None) or \
                    self.type_of(sl.m) not in PARTY:
                continue
            lead = sl.m.end + (both.end() if both else len(sl.particle))
            rel = _MADE_BY_CLAUSE.match(text[lead:lead + 30])
            if rel is None:
                continue
            at = lead + rel.end()
            made = next((s for s in slots[i + 1:] if s.m.start >= at - 1 and s.m.start - at <= 2
                         and self.type_of(s.m) in BUILT), None)
            if made is None:
                # "X는 한중 양국이 공동으로 조성한 산업단지": a bare head noun; the topic is it
                head = re.match(r"[가-힣]+", text[at:at + 12])
                if head and head[0].rstrip("이다로서") in KO_SUFFIX_TYPES:
                    made = next((s for s in slots[:i] if s.particle in ("은", "는") and
                                 self.type_of(s.m) in BUILT), None)
            if made is None:
                continue
            makers = self._chain(slots, i)
            if both:  # "한중 양국이": the pair in the word before
                makers = [t for t in slots if t.word == sl.word and self.type_of(t.m) in PARTY]
            for maker in makers:
                if self.type_of(maker.m) in PARTY:
                    self.add(maker.m.entity, "establishes", made.m.entity, idx, "made-by-clause",
                             0.65)
        if not ESTABLISH.search(self._cues(a)):
            return
        # "누리다온은 한빛전자가 2010년 설립했다": the topic is what the firm after it set up
        made_topic = next((s for s in slots if s.particle in ("은", "는") and
                           self.type_of(s.m) == "Firm"), None)
        maker = next((s for s in slots if made_topic is not None and s.m.start > made_topic.m.end
                      and s.particle in ("이", "가") and self.type_of(s.m) in AGENTS and
                      _SET_UP_AFTER.match(self.article.text, s.m.end)), None)
        if maker is not None:
            for mk in self._chain(slots, slots.index(maker)):
                if self.type_of(mk.m) in AGENTS:
                    self.add(mk.m.entity, "establishes", made_topic.m.entity, idx,
                             "establish-topic", 0.6)
            return
        agents = self._agents(slots)
        place_agents = not agents
        if place_agents:
            # "난퉁시는 한중산업단지를 조성했다": a place (its government) makes a park or project
            agents = [s for s in slots if s.particle in SUBJECT and
                      self.type_of(s.m) in ("City", "Province", "Country") and
                      not structure.embedded(a, s)][:1]
        # "A는 B협회와 C연합회를 설립": B is one of what is set up, not a founder beside A
        agents = [s for s in agents if not (s.particle in ("와", "과") and any(
            t.m.start > s.m.end and t.particle in ("을", "를") and
            self.type_of(t.m) == self.type_of(s.m) and
            self.article.text[s.m.end + len(s.particle):t.m.start].strip() == ""
            for t in slots))]
        if not agents:
            return
        agent_keys = {s.m.entity for s in agents}
        objects = [s for s in slots if s.m.entity not in agent_keys and
                   self.type_of(s.m) in BUILT and (s.particle in ("을", "를") or
                                                   ESTABLISH.match(s.next_word or ""))]
        topical = [s for s in slots if s.particle in ("은", "는") and s.m.entity not in agent_keys
                   and self.type_of(s.m) in {"Park", "Project"}]
        if not objects and topical:
            # "공업원은 A와 B가 합작해 조성했으며": the topic is what they built
            for ag in sorted(agent_keys):
                self.add(ag, "establishes", topical[0].m.entity, idx, "establish-topic", 0.6)
        for s in slots:
            if s.m.entity in agent_keys or self.type_of(s.m) not in BUILT | {"Organization"}:
                continue
            if place_agents and (self.type_of(s.m) not in ("Park", "Project") or
                                 s.particle not in ("을", "를") or
                                 structure.modifier_follows(a, s.word, 2, serial=False)):
                continue  # "…를 공동 건설할 데 관한 양해각서": a pact about building, no making
            if s.particle in ("을", "를") or ESTABLISH.match(s.next_word or "") or \
                    (s.next_word or "").startswith(("개발", "건설", "조성")):
                # "A협회와 B연합회를 설립": every item of the object's list
                outer = [t for t in slots if t is s or not _nested_in(t, slots)]
                made = [t for t in self._chain(outer, outer.index(s)) if t.m.entity not in agent_keys
                        and self.type_of(t.m) == self.type_of(s.m)] \
                    if s.particle in ("을", "를") else [s]
                for ag in agent_keys:
                    for t in made:
                        self.add(ag, "establishes", t.m.entity, idx, "establish-cue", 0.65)
                # "종합보세구에 …회사를 설립": where it was set up
                for loc in slots:
                    if loc.particle in ("에", "에서") and loc.m.start < s.m.start and \
                            self.type_of(loc.m) in PLACE_TYPES | {"Park"}:
                        self.add(s.m.entity, "locatedIn", loc.m.entity, idx, "established-in", 0.6)

    def _issued(self, a: Analysed, slots: list[Slot]) -> None:
        idx = a.sentence.index
        # "베트남의 '양랑일권' 구상", "중국의 A·B": a country's own policies, as named
        for i, c in enumerate(slots[:-1]):
            if self.type_of(c.m) != "Country" or c.particle != "의":
                continue
            last = c
            for p in slots[i + 1:i + 4]:
                gap = self.article.text[last.m.end:p.m.start]
                if self.type_of(p.m) != "Policy" or p.m.rule in ("gazetteer", "quote+gazetteer") \
                        or not re.fullmatch(r"(?:의)?\s*[‘'\"“「《]?|[’'\"”」》]?\s*[·ㆍ,]\s*[‘'\"“「《]?",
                                            gap):
                    break
                self.add(p.m.entity, "issuedBy", c.m.entity, idx, "policy-of-country", 0.6)
                last = p
        if not ISSUE.search(self._cues(a)):
            return
        policies = [s for s in slots if self.type_of(s.m) == "Policy"]
        if not policies:
            return
        kinds = {"GovernmentBody", "City", "Province", "Country", "Organization"}
        issuers = [s for s in slots if s.particle in SUBJECT and self.type_of(s.m) in kinds] or \
            [s for s in slots if self._government_of(s)]  # "중국 정부는 「P」를 발표"
        if issuers:
            # "재정부와 공업정보화부 등 5개 부처는": the bodies coordinated with the subject
            first = issuers[0]
            issuers = [s for s in slots if s.m.start < first.m.start and self.type_of(s.m) ==
                       "GovernmentBody" and (s.particle.startswith(("과", "와")) or
                                             self._word_text(s).endswith(","))] + [first]
        else:
            # "A와 B 등 5개 부처는 「P」를 발표": the bodies named before the title
            gov = [s for s in slots if self.type_of(s.m) == "GovernmentBody"]
            before = [s for s in gov if s.m.end <= policies[0].m.start]
            issuers = before or gov[:1]
        for p in policies:
            if p.m.rule == "gazetteer" or p.m.rule == "quote+gazetteer":
                continue
            for issuer in issuers:
                self.add(p.m.entity, "issuedBy", issuer.m.entity, idx, "issue-cue", 0.75)

    def _government_of(self, s: Slot) -> bool:
        """Is the slot a country written with its government as the subject (``중국 정부가``,
        ``태국 정부는``)? The country then acts as its government does."""
        return self.type_of(s.m) == "Country" and \
            _GOVERNMENT_SUBJECT.match(self.article.text, s.m.end) is not None

    def _object_of_designation(self, a: Analysed, s: Slot) -> bool:
        """Is an object (을/를, with the names listed before it) what the sentence's
        designation acts on? ``P를 위해``, ``A, B를 묶어 … 승인했다``: the object of another
        verb is not."""
        i = s.word
        # "A, 3개 현의 B를": the object particle of the list the name is in
        while i < len(a.words) and a.words[i].particle in ("", ",", "·", "와", "과", "및", "의") \
                and not any(t.startswith(("VV", "XSV", "VA", "VCP")) for _, t in a.words[i].tags):
            i += 1
        if i >= len(a.words) or a.words[i].particle not in ("을", "를"):
            return True
        for w in a.words[i + 1:]:
            if any(t.startswith(("VV", "XSV", "VA")) for _, t in w.tags):
                return DESIGNATE.search(w.text) is not None
        return True

    def _designated(self, a: Analysed, slots: list[Slot], topic: str | None) -> None:
        if not DESIGNATE.search(self._cues(a)):
            return
        idx = a.sentence.index
        # a country's government only where no body is named ("중국 정부가 지정한")
        gov = [s for s in slots if self.type_of(s.m) == "GovernmentBody"] or \
            [s for s in slots if self._government_of(s)]
        if not gov:
            return
        subj = [s for s in gov if s.particle in SUBJECT]
        # "상무부와 재정부의 심사를 거쳐 … 지정됐다": every body named, when none is the subject
        by = subj[:1] if subj else gov[:3]
        # "국가입법회의에서 … 양해각서 초안을 비준": the agreement approved, not what it is about
        approved = [s for s in slots if self.type_of(s.m) == "Policy" and
                    (s.particle in ("을", "를") or
                     re.match(r"\s*(초안|안)(을|를)", self.article.text[s.m.end:s.m.end + 6])) and
                    self._object_of_designation(a, s)]
        # a project named inside the agreement's title is what it is about
        about = {s.m.entity for s in slots for p in approved
                 if p.m.start <= s.m.start and s.m.end <= p.m.end and s is not p}
        targets = [s.m.entity for s in approved] + [
            s.m.entity for s in slots if self.type_of(s.m) in ("Park", "Project") and
            s.m.entity not in about and self._object_of_designation(a, s)]
        if not targets and topic and self.ents[topic].type in ("Park", "Project"):
            targets = [topic]  # the park the sentences before are about
        for t in targets:
            for b in by:
                if t != b.m.entity:
                    self.add(t, "designatedBy", b.m.entity, idx, "designate-cue", 0.7)

    def _part_of(self, a: Analysed, slots: list[Slot], history: list[list[Slot]]) -> None:
        idx = a.sentence.index
        include = INCLUDE.search(self._cues(a))
        if include:
            cue_at = a.sentence.start + include.start()
            container = next((s.m.entity for s in slots if s.particle.startswith("에") and
                              self.type_of(s.m) in ("Project", "Policy")), None)
            if container is None:
                for prev in reversed(history[-2:]):
                    cands = [s for s in prev if self.type_of(s.m) == "Project"]
                    if cands:
                        container = cands[-1].m.entity
                        break
            if container is not None:
                for i, s in enumerate(slots):
                    t = self.type_of(s.m)
                    if s.m.entity == container or t not in ("Park", "City", "Province", "Project"):
                        continue
                    if s.m.start > cue_at:
                        continue  # "통과 시간을 포함하여 쿤밍과 …": what is included comes first
                    nxt = slots[i + 1] if i + 1 < len(slots) else None
                    if t in PLACE_TYPES and nxt is not None and nxt.m.start - s.m.end <= 1 + \
                            len(self.article.text[s.m.end:nxt.m.start]) and \
                            self.article.text[s.m.end:nxt.m.start].strip() == "":
                        continue  # "베이징 중관춘": the place of a member, not a member
                    if t in PLACE_TYPES and any(o.m.start <= s.m.start and s.m.end <= o.m.end and
                                                o.m is not s.m for o in slots):
                        continue
                    self.add(s.m.entity, "partOf", container, idx, "include-cue", 0.65)
        # "중국-태국철도 방콕-나콘랏차시마 구간": a section of the line named right before it
        lines = [s for s in slots if self.type_of(s.m) == "Project"]
        for x, y in zip(lines, lines[1:], strict=False):
            if y.m.text.endswith("구간") and not x.particle and \
                    self.article.text[x.m.end:y.m.start].strip() == "":
                self.add(y.m.entity, "partOf", x.m.entity, idx, "section-of-line", 0.7)
        # "공업원이 일대일로 협력의 대표 사업으로"
        for s in slots:
            if self.type_of(s.m) != "Policy" or not PART_CUE.match(s.next_word or ""):
                continue
            for t in slots:
                if t.particle in SUBJECT and self.type_of(t.m) in ("Park", "Project"):
                    self.add(t.m.entity, "partOf", s.m.entity, idx, "policy-project", 0.6)

    def _members(self, a: Analysed, slots: list[Slot], topic: str | None = None) -> None:
        from kg.mentions.people import all_posts, post_in

        posts = all_posts()
        idx = a.sentence.index
        holders = AGENTS | PLACE_TYPES
        text = self.article.text
        for i, s in enumerate(slots):
            if self.type_of(s.m) != "Person":
                continue
            # "포항시(시장 이강덕)": the post and the name in parentheses after the body
            if s.m.rule == "person-paren":
                before = [t for t in slots if t.m.end <= s.m.start and
                          re.fullmatch(r"\s*\([가-힣]{2,5}\s*[:：]?\s+", text[t.m.end:s.m.start])]
                post = text[s.m.start - 1 - len(text[:s.m.start].rsplit("(", 1)[-1]):s.m.start]
                if before and self.type_of(before[-1].m) in holders:
                    self.add(s.m.entity, "memberOf", before[-1].m.entity, idx, "person-paren", 0.7)
                continue
            if s.m.rule == "post-first":
                # "한국무역협회 베이징지부 대표 정우성은": the body before the post
                m = re.search(r"(\S+)\s+$", text[:s.m.start])
                before = [t for t in slots if m is not None and t.m.end <= m.start(1) and
                          self.type_of(t.m) in holders and
                          re.fullmatch(r"\s*(?:\S+(?:국|과|실|팀|부|처|센터|본부|지부|사무소|법인))?\s*",
                                       text[t.m.end:m.start(1)])]
                if before:  # the body, past its unit
                    self.add(s.m.entity, "memberOf", before[0].m.entity, idx, "post-first", 0.6)
                if m is not None:
                    self.fact(s.m.entity, "role", m[1], "string", idx, "post-first",
                              gloss=posts.get(m[1], ""))
                continue
            # the post: the first word after the name that is or ends with a post, within
            # four words and no comma
            found = None
            for w in a.words:
                ws = a.span(w.start, w.end)[0]
                if ws < s.m.end:
                    continue
                if ws - s.m.end > 40:
                    break
                hit = post_in(w.stem) if w.stem else None
                if hit is not None:
                    post, at = hit
                    lead = w.start + max(w.text.find(w.stem), 0)
                    found = (post, a.span(lead + at, lead + at + 1)[0])
                    break
                if w.particle.strip("()") or w.text.endswith(","):
                    break
            if found is None:
                # "한빛전자 대표 김철수씨", "산업부 차관 김철수 씨": the body and post before
                before = slots[i - 1] if i > 0 else None
                post = self._post_between(before, s, holders, posts)
                if post:
                    self.add(s.m.entity, "memberOf", before.m.entity, idx, "post-before", 0.6)
                    self.fact(s.m.entity, "role", post, "string", idx, "post-before",
                              gloss=posts.get(post, ""))
                continue
            post, post_start = found
            # "정의선 현대자동차 부회장", "안상수 인천시장": the body between name and post;
            # "지식경제부 이윤호 장관": else the body right before the name
            between = [t for t in slots if s.m.end <= t.m.start < post_start and
                       self.type_of(t.m) in holders]
            # "유일호 한국 부총리 겸 기획재정부 장관": the body of the second post too
            second = re.match(r"\s*겸\s+(\S+)\s+(\S+)", text[post_start + len(post):][:40])
            if second:
                b0 = post_start + len(post) + second.start(1)
                also = [t for t in slots if b0 <= t.m.start < b0 + len(second[1]) + 1 and
                        self.type_of(t.m) in holders]
                between = [t for t in between if self.type_of(t.m) != "Country"] + also
            org = between[-1] if between else None
            if org is not None and self.type_of(org.m) == "Country" and len(between) > 1:
                org = between[-2]  # "LG전자 중국법인 사장": the firm, not the country
            # the name right before the person; a country inside a longer name is that
            # name ("중국 상무부 왕서우원 부부장": 중국 상무부, not 중국)
            prev = slots[i - 1] if i > 0 else None
            if prev is not None and self.type_of(prev.m) == "Country":
                prev = next((t for t in slots[:i] if t is not prev and t.m.start <= prev.m.start
                             and prev.m.end <= t.m.end and t.m.end <= s.m.start), prev)
            if org is None and self._post_between(prev, s, holders, posts):
                org = prev  # "한빛전자 창업주 김철수 회장": the body, past another post
            if org is None and prev is not None and self.type_of(prev.m) in holders and \
                    _PAST_UNIT.fullmatch(text[prev.m.end:s.m.start]):
                # "새만금개발청 투자전략국 김채규 국장": the body, past its unit
                org = prev
            rank = _PLACE_POSTS.get(post)
            if org is None and rank is not None:
                # "광둥성 … 주샤오단(朱小丹) 성장": a governor of the province named before
                prior = [t for t in slots if t.m.end <= s.m.start and self.type_of(t.m) == rank]
                # 지사 governs a Korean province, 성장 a Chinese one
                country = _POST_COUNTRY.get(post)
                if country:
                    prior = [t for t in prior if self._country(t.m.entity) in ("", country)]
                org = prior[-1] if prior else None
            if org is None and topic is not None and self.ents[topic].type == "Firm" and \
                    _THIS_FIRM.search(text[max(0, s.m.start - 8):s.m.start]):
                # "한빛전자는 … . 이 회사 김철수 대표는": the firm the sentences are about
                self.add(s.m.entity, "memberOf", topic, idx, "post-of-this-firm", 0.6)
            if org is None:
                # "김철수 대표가 이끄는 한빛전자": the body the person leads, right after
                led = _LEADS.match(text, post_start + len(post))
                org = next((t for t in slots if led is not None and t.m.start == led.end() and
                            self.type_of(t.m) in AGENTS), None)
            target = org.m.entity if org is not None else None
            if org is not None and self.type_of(org.m) in PLACE_TYPES and \
                    text[org.m.start - 1:org.m.start] == "주" and \
                    (org.m.start < 2 or not text[org.m.start - 2].strip()):
                # "박진웅 주칭다오 총영사": a post of the mission in the place, not of the place
                head = "주" + org.m.text.replace(" ", "")
                target = next((k for k, e in sorted(self.ents.items()) if
                               e.type == "GovernmentBody" and
                               any(lab.replace(" ", "").startswith(head)
                                   for lab in [e.label, *(m.text for m in e.mentions)])), None)
            if target is not None:
                self.add(s.m.entity, "memberOf", target, idx, "person-post", 0.75)
            self.fact(s.m.entity, "role", post, "string", idx, "person-post",
                      gloss=posts.get(post, ""))

    def _post_between(self, body: Slot | None, person: Slot, holders: set[str],
                      posts: dict[str, str]) -> str:
        """The one word between ``body`` (of ``holders``) and ``person`` if it is a post
        (``한빛전자 대표 김철수씨``), else ''."""
        if body is None or self.type_of(body.m) not in holders:
            return ""
        gap = self.article.text[body.m.end:person.m.start].split()
        return gap[0] if len(gap) == 1 and gap[0] in posts else ""

    def _sectors(self, a: Analysed, slots: list[Slot], topic: str | None,
                 history: list[list[Slot]]) -> None:
        idx = a.sentence.index
        sectors = [s for s in slots if self.type_of(s.m) == "Sector"]
        fields.counted_fields(self, a, slots, sectors)
        if not sectors:
            return
        self._fields(a, slots, sectors, topic, self._the_two(a, slots, history))
        fields.after_policy(self, a, slots, sectors, topic, history)
        listed = [s for s in sectors if s.m.rule == "list"]
        subj = topic if topic and self.ents[topic].type in HAS_SECTOR else None
        if subj and any(s.particle in ("은", "는") and s.m.entity != subj and
                        self.type_of(s.m) in PLACE_TYPES | AGENTS | HAS_SECTOR for s in slots):
            subj = None  # "○○시는 A와 B 등 3대 산업을": the sentence's own subject, not the topic
        policies = [s for s in slots if self.type_of(s.m) == "Policy"]
        place = None if subj else self._place_with_fields(a, slots)
        fields.of_policy_clause(self, a, sectors, policies)
        for s in sectors:
            if s in listed and subj:
                self.add(subj, "inSector", s.m.entity, idx, "sector-list", 0.6)
            elif s in listed and place:
                self.add(place, "inSector", s.m.entity, idx, "sector-list-of-place", 0.55)
            elif policies and s.m.start > policies[0].m.start:
                self.add(policies[0].m.entity, "inSector", s.m.entity, idx, "policy-sector", 0.5)

    def _fields(self, a: Analysed, slots: list[Slot], sectors: list[Slot],
                topic: str | None, pair: list[str] | None = None) -> None:
        """Fields found in prose (rules ``sector``, ``industry``): whose field each is;
        ``pair``: the two parties ``양사`` refers to, the subject of a sentence naming none."""
        from kg.mentions.sectors import firm_head

        idx = a.sentence.index
        text = self.article.text
        holders = [s for s in slots if self.type_of(s.m) in HAS_SECTOR]
        subject = next((s for s in holders if s.particle in SUBJECT), None)
        for sec in sectors:
            if sec.m.rule not in ("sector", "industry"):
                continue
            # "화학소재 업체 산산", "드론제조업체인 다장", "IT 기업과": a kind of firm
            tail = text[sec.m.end:sec.m.end + 16].split()
            named = re.match(r"(?:인|이자)\s+", text[sec.m.end:sec.m.end + 4])
            if named:  # "세계 최대 파운드리인 TSMC": the firm right after is of the field
                firm = next((s for s in holders if s.m.start == sec.m.end + named.end() and
                             self.type_of(s.m) == "Firm"), None)
                if firm is not None:
                    self.add(firm.m.entity, "inSector", sec.m.entity, idx, "field-of-firm", 0.55)
            elif tail and (firm_head(tail[0]) or (len(tail) > 1 and firm_head(tail[1]) and
                                                  not tail[0].endswith(","))):
                after = [s for s in holders if s.m.start >= sec.m.end and
                         self.type_of(s.m) == "Firm"][:4]
                cut = text.rfind("등", 0, sec.m.start)
                before = [s for s in holders if self.type_of(s.m) == "Firm" and
                          s.m.end <= sec.m.start and cut >= 0 and s.m.end <= cut and
                          sec.m.start - cut < 20]
                near = before if before else after[:1]
                for h in near:
                    self.add(h.m.entity, "inSector", sec.m.entity, idx, "field-of-firm", 0.55)
                kind = tail[0] if firm_head(tail[0]) else tail[1]
                if near or re.search(r"(?:을|를|에|에게|와|과|의|들)$", kind):
                    continue  # "두 유통사를 통해": other firms of the kind, not the subject
            # the subject of this sentence; the topic carried over from the sentences before
            # only when nothing else in the sentence could own the field (a topic carried past
            # other names was wrong more often than right on the real articles read)
            described = fields.described_firm(
                text, sec, holders, [s for s in slots if self.type_of(s.m) in PLACE_TYPES])
            if described is not None and self.type_of(described.m) == "Firm":
                self.add(described.m.entity, "inSector", sec.m.entity, idx, "field-of-described", 0.5)
                continue
            maker = fields.possessor(text, sec, holders)
            if maker is not None and self.type_of(maker.m) == "Firm":
                self.add(maker.m.entity, "inSector", sec.m.entity, idx, "field-of-maker", 0.5)
                continue
            s0 = a.sentence.start
            if fields.quoted(text, s0, sec.m.start) and (
                    subject is None or not fields.quoted(text, s0, subject.m.start)):
                continue  # a speaker's words: not what the subject works in
            owner = subject.m.entity if subject is not None else None
            others = [s for s in slots if self.type_of(s.m) != "Sector"]
            own_topic = any(s.m.entity == topic for s in slots)  # "공업원에는 … 주요 산업은"
            if owner is None and topic and self.ents[topic].type in HAS_SECTOR and \
                    (own_topic or not others):
                owner = topic
            if owner is None and subject is None and pair and \
                    _BOTH.search(a.sentence.text[:sec.m.start - a.sentence.start]):
                # "양사는 배터리와 소재 분야에서 협력": the fields of the two parties
                for k in pair:
                    if self.ents[k].type in HAS_SECTOR:
                        self.add(k, "inSector", sec.m.entity, idx, "field-of-both", 0.45)
                continue
            if owner is not None:
                self.add(owner, "inSector", sec.m.entity, idx, "field-of-subject", 0.5)
                if subject is not None and owner == subject.m.entity:
                    # "A·B·C도 … 배터리 투자": each firm of the subject's dotted list (not of
                    # one joined by 와/과: "A와 B는 … 합작법인을 설립해 C를 생산" is what
                    # the venture makes)
                    for o in self._chain(slots, slots.index(subject))[:-1]:
                        if self.type_of(o.m) == self.type_of(subject.m) and \
                                text[o.m.end:o.m.end + 1] in ("·", "ㆍ"):
                            self.add(o.m.entity, "inSector", sec.m.entity, idx,
                                     "field-of-subject", 0.45)
            elif (firm := self._firm_with_line(slots, sec)) is not None:
                self.add(firm, "inSector", sec.m.entity, idx, "field-of-main-line", 0.5)
            elif (place := self._place_with_fields(a, slots)) is not None:
                self.add(place, "inSector", sec.m.entity, idx, "field-of-place", 0.5)

    def _firm_with_line(self, slots: list[Slot], sec: Slot) -> str | None:
        """``한빛전자의 주력 제품은 배터리다``: the firm whose main line the field is."""
        from kg.mentions.sectors import MAIN_LINE

        text = self.article.text
        for s in slots:
            if s.particle == "의" and self.type_of(s.m) == "Firm" and s.m.end < sec.m.start and \
                    MAIN_LINE.fullmatch(text[s.m.end + 1:sec.m.start].lstrip() or "-"):
                return s.m.entity
        # "주력 사업은 반도체와 디스플레이다": a field listed after one that is the main line
        prev = next((s for s in reversed(slots) if s.m.end <= sec.m.start), None)
        if prev is not None and self.type_of(prev.m) == "Sector" and \
                re.fullmatch(r"\s*(?:와|과|,|및|·|ㆍ)\s*", text[prev.m.end:sec.m.start]):
            return self._firm_with_line(slots, prev)
        return None

    def _place_with_fields(self, a: Analysed, slots: list[Slot]) -> str | None:
        """``충칭시의 주력 산업은 …``, ``옌타이시는 … 산업을 육성``: the city or province whose
        industries the sentence names."""
        if not _PLACE_FIELD.search(self._cues(a)):
            return None
        place = next((s for s in slots if self.type_of(s.m) in ("City", "Province") and
                      (s.particle in SUBJECT + TOPIC_LOC or
                       (s.particle == "의" and _PLACE_FIELD.match(
                           self.article.text[s.m.end:s.m.end + 12].split(" ", 1)[-1])) or
                       # "자동차는 창춘시 주력 산업이다": the place before its industries
                       (not s.particle and _PLACE_FIELD.match(
                           self.article.text[s.m.end:s.m.end + 12].lstrip()) and
                        self.article.text[s.m.end:s.m.end + 1] == " "))), None)
        return place.m.entity if place is not None else None

    def _invests(self, a: Analysed, slots: list[Slot]) -> None:
        idx = a.sentence.index
        joint = _JOINT_BUILT.search(a.sentence.text)
        if joint:
            self._joint_investment(a, slots, joint)
        funding = FUNDING.search(self._cues(a))
        if not (funding or INVEST.search(self._cues(a))):
            return
        cue = (funding or INVEST.search(self._cues(a))).start()
        cue_art = a.sentence.start + cue
        investors = [s for s in slots if s.particle in SUBJECT and self.type_of(s.m) in AGENTS
                     and s.m.end <= cue_art]
        if not investors:
            return
        # "포스코퓨처엠과 절강화유코발트는 … 투자해": every party of the subject's list
        last = slots.index(investors[-1])
        investors = [p for p in self._chain(slots, last) if self.type_of(p.m) in AGENTS]
        targets = [s for s in slots if self.type_of(s.m) in ("Park", "Project")
                   and s.m.entity != investors[0].m.entity and s.particle in ("에", "에는", "을",
                                                                               "를", "의")]
        if not targets:
            # "화웨이는 한국에 … 투자했다", "포스코는 장자강에 투자": a place invested in
            targets = [s for s in slots if self.type_of(s.m) in PLACE_TYPES and
                       s.m.entity != investors[0].m.entity and s.particle in ("에", "에도") and
                       investors[0].m.end <= s.m.start < cue_art]
        if not targets:
            # "한빛전자는 누리바이오에 (지분) 투자했다": a firm just before the word of investing
            text = self.article.text
            targets = [s for s in slots if self.type_of(s.m) == "Firm" and
                       s.m.entity != investors[0].m.entity and s.particle in ("에", "에도") and
                       investors[0].m.end <= s.m.start < cue_art and
                       re.fullmatch(r"(?:에|에도)\s+(?:\S+\s+){0,2}?", text[s.m.end:cue_art])]
        if targets:
            for t in targets:
                for inv in investors:
                    self.add(inv.m.entity, "investsIn", t.m.entity, idx, "invest-cue", 0.6)
        elif funding and not any(self.type_of(s.m) in {"Park", "Project"} | PLACE_TYPES
                                 for s in slots if s is not investors[0]):
            # "은행은 … 자금을 지원했다": the park the article is about
            parks = [k for k, _ in self.mention_count.most_common()
                     if self.ents[k].type in ("Park", "Project")]
            if parks:
                self.add(investors[0].m.entity, "investsIn", parks[0], idx, "funding-topic", 0.5)

    def _joint_investment(self, a: Analysed, slots: list[Slot], joint: re.Match) -> None:
        """``철도는 중국과 태국의 합자로 건설된``: the parties whose money built it invest in it."""
        at = a.sentence.start + joint.start()
        before = [i for i, s in enumerate(slots) if s.m.end <= at and s.particle == "의"
                  and self.type_of(s.m) in PARTY]
        if not before or at - slots[before[-1]].m.end > 2:
            return
        parties = self._chain(slots, before[-1])
        built = next((s for s in slots if s.m.end <= parties[0].m.start and
                      s.particle in ("은", "는", "이", "가") and
                      self.type_of(s.m) in ("Project", "Park")), None)
        if built is None:
            built = next((s for s in slots if s.m.start > at and
                          self.type_of(s.m) in ("Project", "Park")), None)
        if built is None:
            return
        for p in parties:
            self.add(p.m.entity, "investsIn", built.m.entity, a.sentence.index, "joint-investment",
                     0.65)

    def _facts(self, a: Analysed, slots: list[Slot], topic: str | None) -> None:
        try:
            from kg.facts import scan
        except ImportError:  # pragma: no cover
            return
        idx = a.sentence.index
        if re.match(r"^\s*(출처|자료|Source)\s*[:：]", a.sentence.text, re.I):
            return  # the source line's dates are the outlets', not the article's facts
        found = scan(a.sentence.text, self.article.date)
        if not found:
            return
        s0 = a.sentence.start
        # a target is "2030년까지" or "2030년 6월까지": the year is its first four digits
        target_year = next((int(f.value[:4]) for f in found if f.kind == "target_year"
                            and f.value[:4].isdigit()), None)
        policies = [s for s in slots if self.type_of(s.m) == "Policy"]
        named = [s for s in slots if self.type_of(s.m) in ("Park", "Project", "Firm", "Policy")]

        def after(pos: int) -> str | None:
            for s in slots:
                if s.m.start >= s0 + pos and s.m.start - (s0 + pos) <= 40 and \
                        self.type_of(s.m) in ("Park", "Project", "Firm", "Policy"):
                    return s.m.entity
            return None

        for f in found:
            if f.kind in ("post", "target_year", "duration"):
                continue
            if f.kind == "amount":
                if target_year is not None:
                    subj = policies[0].m.entity if policies else topic
                    kind = "target"
                else:
                    window = a.sentence.text[max(0, f.start - 12):f.end + 12]
                    kind = "investment" if "투자" in window else "amount"
                    subj = after(f.end) or topic
                if subj:
                    self.fact(subj, kind, f.value, f.datatype, idx, "amount", unit=f.unit,
                              year=target_year if kind == "target" else None, surface=f.text)
            elif f.kind in ("area", "count", "capacity"):
                subj = after(f.end)
                modifies = re.match(r"\s*(?:의|면적의|규모의|\S*의)\s", a.sentence.text[f.end:])
                if subj is None and f.kind != "count" and not modifies:
                    subj = topic  # "공업원은 … 총 면적은 112㎢에 달한다"
                if subj:
                    self.fact(subj, f.kind, f.value, f.datatype, idx, f.kind, unit=f.unit,
                              surface=f.text)
            elif f.kind == "date":
                subj = None
                if policies:
                    subj = policies[0].m.entity
                elif named:
                    subj = named[-1].m.entity if DESIGNATE.search(self._cues(a)) else named[0].m.entity
                else:
                    subj = topic
                if subj:
                    self.fact(subj, "date", f.value, f.datatype, idx, "date", surface=f.text)


def extract(article: Article, analysed: list[Analysed], mentions: list[Mention],
            ents: dict[str, Entity]) -> tuple[list[Relation], list[Fact]]:
    """All relations and facts of one article."""
    finder = RelationFinder(article, ents)
    finder.run(analysed, mentions)
    return finder.rels, finder.facts
