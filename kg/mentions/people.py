"""People introduced by their post: the constructions of Korean news.

* ``NAME POST``: ``이강덕 시장``, ``천이웨이 주석``;
* ``ORG NAME POST``: ``지식경제부 이윤호 장관``, ``새만금개발청 박희민 교류협력과장``;
* ``NAME ORG… POST``: ``신문범 LG전자 중국법인 사장``, ``김장수 주중 한국 대사``;
* ``NAME PLACE+POST``: ``안상수 인천시장``, ``안희정 충남지사`` (the post glued to its place);
* ``PLACE(POST NAME)``: ``포항시(시장 이강덕)``.

A word is taken for a name when it looks like one: two to four Hangul syllables
starting with a Korean or Chinese surname (``kg/data/surnames.tsv``; Chinese
surnames are transcribed into Hangul), or glossed with two to four Han characters,
and not a word the gazetteer or a type suffix knows. Posts that are also common
nouns (시장 market, 성장 growth) need more: Kiwi's proper-noun tag or a gloss.
"""

from __future__ import annotations

import re
from functools import cache

from kg.gazetteer import HANGUL, _data_rows, compact
from kg.mentions.analysis import Analysed, Word
from kg.mentions.base import Context, _gov_ministry, _mention, suffix_type
from kg.mentions.tables import BODY_UNITS, CORPORATE_POSTS
from kg.records import Mention

# posts not in kg.facts.POSTS that the press uses for officials and managers
EXTRA_POSTS = {"팀장": "Team Leader", "부지사": "Vice Governor", "경제부지사": "Vice Governor",
               "행정부지사": "Vice Governor", "단장": "Head", "센터장": "Center Director",
               "위원": "Member", "처장": "Division Director", "사무국장": "Secretary-General",
               "주임": "Director", "서기관": "Secretary", "참사관": "Counsellor",
               "대표이사": "CEO",
               "CEO": "CEO", "COO": "COO", "CFO": "CFO", "CTO": "CTO",
               # heads of districts, counties and towns (区长, 县长, 镇长; 군수, 구청장)
               "구장": "District Head", "부구장": "Deputy District Head", "진장": "Town Head",
               "군수": "County Governor", "부군수": "Deputy County Governor",
               "구청장": "District Mayor", "부구청장": "Deputy District Mayor",
               # a mission's attachés and a museum's or centre's head
               "상무관": "Commercial Attaché", "주재관": "Attaché", "관장": "Director",
               "부단장": "Deputy Head",
               # heads of a body's branches and offices abroad
               "지부장": "Branch Head", "무역관장": "Trade Office Director",
               "사무소장": "Office Head", "대표처장": "Representative Office Head",
               # who founded a firm: "마윈 알리바바 창업자"
               "창업자": "Founder", "창업주": "Founder", "창립자": "Founder", "설립자": "Founder"}
# posts that are also ordinary words (구장 ballpark, 관장 to be in charge): as AMBIGUOUS_POSTS
_AMBIGUOUS_EXTRA = frozenset({"구장", "관장", "진장"})
# a body's unit, named before a person's name: "중국법인 김철수 법인장" (no first name)
_UNIT_WORD = re.compile("(?:" + "|".join((*BODY_UNITS, "공장", "본사")) + ")$")
# parts of a post phrase that may stand between the name and the post: "COO(사장)"
_NAME = re.compile(r"[가-힣]{2,4}")


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """Korean surnames and the Hangul of Chinese surnames (official and press spellings).

    >>> ko, zh = surnames()
    >>> "김" in ko, "자오" in zh, "먀오" in zh, "레이" in zh
    (True, True, True, True)
    """
    from kg.transcribe import _press_variants, hanzi_syllables

    ko: set[str] = set()
    zh: set[str] = set()
    for row in _data_rows("surnames.tsv"):
        if row["script"] == "ko":
            ko.add(row["surname"])
        else:
            for syl in hanzi_syllables(row["surname"]):
                try:
                    zh |= _press_variants(syl)
                except ValueError:
                    continue
    return frozenset(ko), frozenset(zh)


@cache
def all_posts() -> dict[str, str]:
    """Every post title with its English gloss (one dict: do not change it)."""
    from kg.facts import POSTS

    return {**POSTS, **EXTRA_POSTS}


def looks_like_name(stem: str, tags: list[tuple[str, str]] | None = None, zh: str = "") -> bool:
    """Could ``stem`` be a person's name (a Korean or transcribed Chinese one)?

    >>> looks_like_name("이윤호"), looks_like_name("자오커즈"), looks_like_name("협력")
    (True, True, False)
    >>> looks_like_name("주칭다오"), looks_like_name("남궁민수")
    (False, True)
    """
    if not _NAME.fullmatch(stem):
        return False
    if zh:
        return 2 <= len(zh) <= 4
    if tags and len(tags) == 1 and tags[0][1] == "NNG" and tags[0][0] == stem and not (
            len(stem) >= 4 and chinese_name(stem)):
        return False  # one dictionary noun: 관계자, 대표단 (Kiwi reads 샤오웨이 as one too)
    if stem[0] in "주재" and _is_place(stem[1:]):
        return False  # 주칭다오 (駐 Qingdao), 재중 (in China): a post abroad, not a name
    ko, _ = surnames()
    if len(stem) == 3 and stem[0] in ko or len(stem) == 4 and stem[:2] in ko:
        return True
    return chinese_name(stem)


def _is_place(name: str) -> bool:
    from kg.gazetteer import gazetteer

    return len(name) >= 1 and bool(gazetteer().lookup(name, {"City", "Province", "Country"})) \
        or name in ("중", "한", "미", "일")


def post_in(stem: str) -> tuple[str, int] | None:
    """The post a word ends with and where it starts: ``인천시장`` → (시장, 2).

    >>> post_in("부회장"), post_in("인천시장"), post_in("교류협력과장"), post_in("협력")
    (('부회장', 0), ('시장', 2), ('과장', 4), None)
    >>> post_in("2차관"), post_in("제1부총리")
    (('차관', 1), ('부총리', 2))
    """
    posts = all_posts()
    if stem in posts:
        return stem, 0
    numbered = re.fullmatch(r"(?:제)?\d(\S+)", stem)  # 2차관, 제1부총리, 1부시장
    if numbered:
        for rest in (numbered[1], re.sub(r"^(차|부)", "", numbered[1])):
            if rest in posts:
                return rest, len(stem) - len(rest)

    # the longest post of 2 syllables or more the word ends with, 2 syllables or more before
    best = next((stem[-n:] for n in range(len(stem) - 2, 1, -1) if stem[-n:] in posts), "")
    return (best, len(stem) - len(best)) if best else None


def person_mention(text: str, start: int, end: int, sentence: int, zh: str, rule: str,
                   confidence: float) -> Mention:
    """A Person mention (article offsets)."""
    from kg.gazetteer import compact

    return Mention(text=text, type="Person", start=start, end=end, sentence=sentence, zh=zh,
                   rule=rule, confidence=confidence, head=compact(text))


@cache
def _mandarin_syllables() -> frozenset[str]:
    """Every Hangul syllable the transcription of Mandarin can write (kept in the cache)."""
    from kg.cache import snapshot

    return snapshot("mandarin-syllables", _all_mandarin_syllables)


def _all_mandarin_syllables() -> frozenset[str]:
    from pypinyin.constants import PINYIN_DICT

    from kg.transcribe import _press_variants

    out: set[str] = set()
    for readings in PINYIN_DICT.values():
        for r in readings.split(","):
            base = re.sub(r"[^a-zü]", "", _strip_tone(r))
            if not base:
                continue
            try:
                for form in _press_variants(base):
                    out.update(form)
            except (ValueError, KeyError):
                continue
    return frozenset(out)


def _strip_tone(syllable: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", syllable.replace("ü", "v"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("v", "ü")


def mandarin_reading(stem: str) -> bool:
    """A Hangul word of two to five syllables, each one the transcription of Mandarin can
    write (쑤닝, 징둥, 샤오웨이): the shape of a Chinese name.

    >>> mandarin_reading("닝더스다이"), mandarin_reading("삼성전자")
    (True, False)
    """
    return bool(re.fullmatch(r"[가-힣]{2,5}", stem)) and \
        all(c in _mandarin_syllables() for c in stem)


def chinese_name(stem: str) -> bool:
    """A Hangul word that transcribes a Chinese name: a Chinese surname, then syllables
    the Mandarin transcription can write.

    >>> chinese_name("자오커즈"), chinese_name("먀오워이"), chinese_name("김장수")
    (True, True, False)
    """
    _, zh = surnames()
    syl = _mandarin_syllables()
    return 2 <= len(stem) <= 4 and all(c in syl for c in stem) and \
        any(stem.startswith(s) and len(stem) > len(s) for s in zh)


@cache
def _chinese_surname_hanzi() -> frozenset[str]:
    """The Chinese surnames of the surname table, in Chinese characters (simplified)."""
    return frozenset(row["surname"] for row in _data_rows("surnames.tsv") if row["script"] != "ko")


def glossed_chinese_name(hangul: str, zh: str) -> bool:
    """Is ``hangul(zh)`` a Chinese person's name: three characters (or four after a surname of
    two) beginning with a Chinese surname, and the Hangul their reading?

    >>> glossed_chinese_name("왕샤오밍", "王小明"), glossed_chinese_name("뤄양", "洛陽")
    (True, False)
    >>> glossed_chinese_name("샤오미", "小米"), glossed_chinese_name("왕샤오밍", "王曉明")
    (False, True)
    """
    from kg.transcribe import reading_matches, to_simplified

    han = to_simplified(zh.replace(" ", ""))
    sur = _chinese_surname_hanzi()
    if not re.fullmatch(r"[\u4e00-\u9fff]{3,4}", han) or not (
            (len(han) == 3 and han[0] in sur) or (len(han) == 4 and han[:2] in sur)):
        return False
    return chinese_name(hangul) and reading_matches(hangul, zh)


_PAREN_POST = re.compile(r"\((?P<post>[가-힣]{2,5})\s*[:：]?\s+(?P<name>[가-힣]{2,4})\)")


class PostPersonExtractor:
    """Names next to a post (see the module doc); complements ``person``."""

    name = "person-name"

    def __call__(self, a, ctx) -> list[Mention]:  # noqa: ANN001 - Analysed, Context
        from kg.facts import AMBIGUOUS_POSTS

        out: list[Mention] = []
        words = a.words
        for k, w in enumerate(words):
            found = post_in(w.stem) if w.stem else None
            if found is None or k == 0:
                continue
            post, at = found
            prefix = w.stem[:at]
            # a post glued to a unit is unambiguous (교류협력과장); 시장/성장/현장 glued to
            # anything but a place stay words (증권시장, 경제성장)
            ambiguous = (post in AMBIGUOUS_POSTS or post in _AMBIGUOUS_EXTRA) and (
                at == 0 or re.match(r"\d", prefix) or (
                post in ("시장", "성장", "현장", "지사") and not ctx.gaz.lookup(prefix, {
                    "City", "Province", "Country"})))
            for j in range(k - 1, max(-1, k - 5), -1):
                cand = words[j]
                between = words[j + 1:k]
                if any(b.particle.strip("()") or b.text.endswith((",", "、", ".")) for b in between):
                    break
                if (cand.particle and not (cand.particle == "도" and j == k - 1 or
                                           looks_like_name(cand.stem + cand.particle))) or \
                        cand.text.endswith((",", "、")) and j < k - 1:
                    break
                zh = cand.gloss.zh if cand.gloss and cand.gloss_at == len(cand.stem) else ""
                name = cand.stem
                if (cand.particle == "도" or cand.particle == "이" and j == k - 1) and \
                        looks_like_name(cand.stem + cand.particle):
                    # 문재도, 왕이: Kiwi reads the last syllable as the particle 도 or 이
                    name = cand.stem + cand.particle
                # "주 샤오웨이 팀장", "…입니다"(자오 샤오펑 …)": a Chinese surname written apart
                sur = re.search(r"(?:^|\()([가-힣]{1,2})$", words[j - 1].text) if j > 0 else None
                if sur is not None and (zh or sur[1] not in surnames()[1] or
                                        not 2 <= len(name) <= 4 or not mandarin_reading(name)):
                    sur = None
                # "신화 LG화학 상무": a body between a name's shape and a post frames the name,
                # even one Kiwi reads as a common noun
                framed = j == k - 2 and _org_word(ctx, words[k - 1])
                if not (sur is not None or looks_like_name(name, None if framed else cand.tags, zh)) \
                        or ctx.gaz.lookup(name) or suffix_type(name, proper=True) or \
                        _gov_ministry(name):
                    continue
                proper = any(t == "NNP" and f == name for f, t in cand.tags) or sur is not None
                # "문재도 차관은": a post that heads its clause (its particle marks the subject)
                # after an unknown word of a name's shape is a post, not a loan or a market
                heads_clause = j == k - 1 and w.particle in ("은", "는", "이", "가", "도") and \
                    len(cand.tags) >= 2 and not any(t.startswith("V") for _, t in cand.tags)
                numbered = re.fullmatch(r"제?\d[차부]?", prefix) is not None  # 2차관
                if ambiguous and not (zh or proper or (j < k - 1 and (at == 0 or numbered)) or
                                      heads_clause):
                    break
                begin = cand.start
                if sur is not None:
                    name = f"{sur[1]} {name}"
                    begin = words[j - 1].start + len(words[j - 1].text) - len(sur[1])
                s, e = a.span(begin, cand.start + len(cand.stem if " " in name else name))
                out.append(person_mention(name, s, e, a.sentence.index, zh, "person-name",
                                          0.75 if (zh or proper) else 0.6))
                if j == k - 2 and at == 0 and post in CORPORATE_POSTS and \
                        _unknown_firm_word(ctx, words[k - 1]):
                    out.append(_post_holder(a, words[k - 1], post, 0.55))  # 최지훈 미래전지 전무
                holder = words[j - 1] if j > 0 else None
                if holder is not None and holder.particle == "의" and holder.stem and \
                        not holder.gloss and holder.tags and holder.tags[0][1] in ("NNP", "SL") \
                        and not ctx.gaz.lookup(holder.stem) and \
                        suffix_type(holder.stem, proper=True) is None and \
                        re.fullmatch(r"[가-힣A-Za-z0-9&]{2,12}", holder.stem):
                    # "씨트립의 량젠장 회장": the body whose post it is
                    hs, he = a.span(holder.start, holder.start + len(holder.stem))
                    typ = "Firm" if post in CORPORATE_POSTS else "Organization"
                    out.append(Mention(text=holder.stem, type=typ, start=hs, end=he,
                                       sentence=a.sentence.index, rule="post-holder",
                                       confidence=0.55, head=holder.stem))
                if at > 0 and post == "부장":
                    # "왕이 외교부장": a Chinese minister, his ministry glued to the title
                    bodies = [r for n in (w.stem[:at + 1], "중국" + w.stem[:at + 1])
                              for r in ctx.gaz.lookup(n, {"GovernmentBody"})]  # 외교부: Korea's
                    body = next((r for r in bodies if getattr(r, "country", "") == "CN"), None)
                    if body is not None:
                        lead = w.start + max(w.text.find(w.stem), 0)
                        bs, be = a.span(lead, lead + at + 1)
                        out.append(Mention(text=w.stem[:at + 1], type="GovernmentBody", start=bs,
                                           end=be, sentence=a.sentence.index, rule="post-place",
                                           confidence=0.8, gazetteer_id=body.id,
                                           head=w.stem[:at + 1]))
                if at > 0:
                    # "안상수 인천시장": the place the post belongs to
                    place = ctx.gaz.best(w.stem[:at], types={"City", "Province", "Country"},
                                         context=ctx.places)
                    if place is not None:
                        lead = w.start + max(w.text.find(w.stem), 0)
                        ps, pe = a.span(lead, lead + at)
                        out.append(Mention(text=w.stem[:at], type=place.type, start=ps, end=pe,
                                           sentence=a.sentence.index, rule="post-place",
                                           confidence=0.8, gazetteer_id=place.id,
                                           head=w.stem[:at]))
                break
        # "김민수 씨는", "왕웨이씨가": a name with the polite 씨
        for k, w in enumerate(words):
            nxt = words[k + 1] if k + 1 < len(words) else None
            glued = re.fullmatch(r"([가-힣]{2,4})씨(?:는|가|의|와|과|도|에게|를)?[,.]?", w.text)
            if nxt is not None and re.fullmatch(r"씨(?:는|가|의|와|과|도|에게|를)?[,.]?", nxt.text) \
                    and not w.particle and w.stem:
                name = w.stem
            elif glued:
                name = glued[1]
            else:
                continue
            if not looks_like_name(name, None if glued else w.tags) or ctx.gaz.lookup(name):
                continue
            lead = w.start + max(w.text.find(name), 0)
            s, e = a.span(lead, lead + len(name))
            out.append(person_mention(name, s, e, a.sentence.index, "", "person-ssi", 0.6))
        for m in _PAREN_POST.finditer(a.clean):
            if m["post"] not in all_posts() or not looks_like_name(m["name"]):
                continue
            s, e = a.span(m.start("name"), m.end("name"))
            # "(대표: 박정민(朴正民))": the name's own gloss
            zh = next((g.zh for g in a.glosses if g.at == m.end("name") and 2 <= len(g.zh) <= 4), "")
            out.append(person_mention(m["name"], s, e, a.sentence.index, zh, "person-paren", 0.7))
        out.extend(_post_first(a, ctx))
        out.extend(_foreign_names(a, ctx))
        return out


# words that may open a clause before a name: not part of it
_BEFORE_NAME = {"이날", "당시", "지난", "최근", "현재", "한편", "또", "특히", "전", "현", "신임", "전임",
                "이번", "올해", "오늘", "어제", "그", "이", "및", "또한"}


def _foreign_country(ctx: Context, w: Word, particles: tuple[str, ...] = ("",)) -> bool:
    """A country word that is neither Korea nor China (``베트남``, ``캄보디아``), with one of
    ``particles`` (``베트남의`` before a name: ``("", "의")``)."""
    if w.particle not in particles or not w.stem:
        return False
    hits = ctx.gaz.lookup(w.stem, {"Country"})
    return bool(hits) and not {h.id for h in hits} & {"country/KR", "country/CN"}


# posts of a state's leaders and ministers, which follow a foreign name right after its country
_STATE_POSTS = frozenset({"대통령", "부통령", "총리", "부총리", "국왕", "장관", "외교장관", "외무장관",
                          "국가주석", "주석", "대사"})


def _country_before_name(ctx: Context, w: Word) -> bool:
    """``베트남의``, ``필리핀``: a foreign country, bare or with 의, before a name."""
    return _foreign_country(ctx, w, ("", "의"))


def _known_firm(ctx: Context, name: str) -> bool:
    """Is ``name`` a firm the gazetteer knows, or its unit in Korea or China (한국화웨이)?"""
    names = [name] + ([name[2:]] if name.startswith(("한국", "중국")) and len(name) > 3 else [])
    return any(r.type == "Firm" for n in names for r in ctx.gaz.lookup(n))


def _foreign_names(a: Analysed, ctx: Context) -> list[Mention]:
    """``응우옌 반탄 베트남 산업무역부 장관``, ``훈 센 캄보디아 총리``, ``숀 멍 한국화웨이 CEO``:
    a name of two or three words, none known to the gazetteer, before a country that is not
    Korea or China (and its body), or a ministry or a known firm, and a post; such names have
    no surname table to check them by."""
    posts = all_posts()
    out = []
    words = a.words
    for k, w in enumerate(words):
        if not w.stem or w.stem not in posts:
            continue
        j = k - 1
        while j > 0 and not _foreign_country(ctx, words[j]) and _org_word(ctx, words[j]):
            j -= 1
        body = words[k - 1].stem
        if j == k - 1 and w.stem in CORPORATE_POSTS and _known_firm(ctx, body):
            j = k - 2  # "숀 멍 한국화웨이 CEO": the firm between the name and the post
        countryless = not (j >= 2 and _foreign_country(ctx, words[j]))
        # "베트남의 응우옌 쑤언 푹 총리": the country before the name, the post right after it
        country_first = countryless and j == k - 1 and w.stem in _STATE_POSTS
        if not countryless:
            j -= 1
        elif not country_first and not (j == k - 2 and (
                _gov_ministry(body) or _known_firm(ctx, body) or any(
                    h.type == "GovernmentBody" for h in ctx.gaz.lookup(body)))):
            continue  # no country: only right before a ministry or a firm known, and its post
        if re.fullmatch(r"주[가-힣]{1,2}", words[j].text) and _is_place(words[j].text[1:]):
            j -= 1  # "… 주한 베트남 대사"
        run: list[Word] = []
        while j >= 0 and len(run) < 4:
            c = words[j]
            surname = len(c.text) == 1 and c.text in surnames()[1]  # 멍 (孟), read as an adverb
            if country_first and j < k - 1 and _country_before_name(ctx, c):
                break
            # between a country and a state post, any bare word is a syllable of the name (푹)
            framed = country_first and re.fullmatch(r"[가-힣]{1,4}", c.text) is not None
            if not re.fullmatch(r"[가-힣]{1,4}", c.text) or c.stem != c.text and not (
                    surname or framed) or ctx.gaz.lookup(c.text) or c.text in posts or \
                    (any(not t.startswith("NN") for _, t in c.tags) and not (surname or framed)):
                break
            run.insert(0, c)
            j -= 1
        while run and run[0].text in _BEFORE_NAME:
            run.pop(0)
        if country_first and not (j >= 0 and run and (_country_before_name(ctx, words[j]) or (
                j >= 1 and _country_before_name(ctx, words[j - 1]) and not words[j].particle and
                (_gov_ministry(words[j].stem) or any(  # "베트남 산업무역부 응우옌 홍 디엔 장관"
                    h.type == "GovernmentBody" for h in ctx.gaz.lookup(words[j].stem)))))):
            continue
        if not 2 <= len(run) <= 3 or (countryless and not country_first and not any(
                t == "NNP" for c in run for _, t in c.tags)):
            continue
        name = a.clean[run[0].start:run[-1].end]
        s, e = a.span(run[0].start, run[-1].end)
        out.append(person_mention(name, s, e, a.sentence.index, "", "foreign-name", 0.6))
    return out


def _post_first(a: Analysed, ctx: Context) -> list[Mention]:
    """``한국무역협회 베이징지부 대표 정우성은``: a post, then a Korean name of three syllables
    (a known surname) that heads its clause or a list; ``옌청시 당서기 다이위안은``: after a
    body or place and its post, a transcribed Chinese name (a Chinese surname's Hangul)."""
    from kg.facts import AMBIGUOUS_POSTS, POSTS

    out = []
    words = a.words
    for k in range(1, len(words) - 1):
        post, cand = words[k], words[k + 1]
        if post.particle or post.stem not in POSTS or \
                (post.stem in AMBIGUOUS_POSTS and not _org_word(ctx, words[k - 1])):
            continue  # "대표 김철수는" only after its body: "…지부 대표 김철수는"
        name = cand.stem
        korean = bool(re.fullmatch(r"[가-힣]{3}", name or "")) and name[0] in surnames()[0]
        chinese = bool(re.fullmatch(r"[가-힣]{2,4}", name or "")) and \
            any(name[:n] in surnames()[1] and len(name) > n for n in (1, 2)) and \
            _org_word(ctx, words[k - 1])
        if cand.particle not in ("은", "는", "이", "가", "도", ",") or not (korean or chinese) or \
                not looks_like_name(name, cand.tags) or ctx.gaz.lookup(name) or \
                suffix_type(name, proper=True) or name in POSTS:
            continue
        s, e = a.span(cand.start, cand.start + len(name))
        out.append(person_mention(name, s, e, a.sentence.index, "", "post-first", 0.6))
    return out


def _org_word(ctx: Context, w: Word) -> bool:
    """Is the word an organisation or place name (the ORG in ``NAME ORG POST``)?"""
    if w.particle or not w.stem:
        return False
    if ctx.gaz.lookup(w.stem):
        return True
    proper = bool(re.match(r"^[A-Za-z]", w.stem)) or any(t in ("NNP", "SL") for _, t in w.tags)
    # "베이징지부", "광저우무역관": a body's unit in a place
    unit = _UNIT_WORD.search(w.stem) is not None and len(w.stem) >= 4
    return suffix_type(w.stem, proper=proper) is not None or _gov_ministry(w.stem) or unit





def _unknown_firm_word(ctx: Context, w: Word) -> bool:
    """A word Kiwi reads as one unknown noun (it cuts the compounds it knows), or a Latin
    one, that no gazetteer or type head claims: ``누리정밀``, ``Nexon``."""
    from kg.facts import POSTS

    if w.particle or not w.stem or w.stem in POSTS or ctx.gaz.lookup(w.stem):
        return False
    one_noun = len(w.tags) == 1 and w.tags[0][1] in ("NNG", "NNP") and len(w.stem) >= 3
    # "대한상사": a proper noun Kiwi knows and a common one, written as one word
    proper_compound = len(w.stem) >= 4 and w.tags[0][1] == "NNP" and len(w.tags) == 2 and \
        w.tags[1][1] == "NNG" and "".join(f for f, _ in w.tags) == w.stem
    return one_noun or proper_compound or bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9&.\-]{1,20}", w.stem))


def _post_holder(a: Analysed, org: Word, post: str, confidence: float) -> Mention:
    """The body whose post it is, named by one word: a firm for a firm's post."""
    typ = "Firm" if post in CORPORATE_POSTS else "Organization"
    return _mention(a, org.start, org.start + len(org.stem), org.stem, typ, "post-holder",
                    confidence=confidence)


class PersonExtractor:
    """A name next to a post title: ``자오젠린(曹健林) 부부장``, ``정의선 현대자동차 부회장``."""

    name = "person"

    def __call__(self, a: Analysed, ctx: Context) -> list[Mention]:
        from kg.facts import AMBIGUOUS_POSTS, POSTS

        out: list[Mention] = []
        words = a.words
        for k, w in enumerate(words):
            post = w.stem
            if post not in POSTS or k == 0:
                continue
            # 시장 (market), 성장 (growth): a post only right after a name glossed in Chinese,
            # or after a place before it (궁정(龔正) 산둥성 성장)
            glossed_name = any(words[j].gloss and words[j].gloss.zh and
                               2 <= len(words[j].gloss.zh) <= 4 and not words[j].particle
                               for j in (k - 1, k - 2) if j >= 0)
            # "김철수(한빛전자 대표)": a name, then its body and post in parentheses
            paren_frame = k >= 2 and words[k - 2].particle == "(" and \
                w.particle.startswith(")") and _org_word(ctx, words[k - 1])
            if post in AMBIGUOUS_POSTS and not glossed_name and not paren_frame:
                continue
            # name right before the post, or before an organisation/place before the post;
            # a name glossed in Chinese two words back wins: 천쉐화(陳雪華) 화유코발트 회장
            order = (k - 1, k - 2)
            if k >= 2 and words[k - 2].gloss and words[k - 2].gloss.zh and \
                    2 <= len(words[k - 2].gloss.zh) <= 4 and not words[k - 2].particle and \
                    not words[k - 1].gloss and not words[k - 1].particle:
                order = (k - 2,)
                org = words[k - 1]
                if HANGUL.search(org.stem) and not ctx.gaz.lookup(org.stem) and \
                        not _org_word(ctx, org) and any(t == "NNP" for _, t in org.tags):
                    out.append(_post_holder(a, org, post, 0.6))
            for j in order:
                if j < 0:
                    break
                cand = words[j]
                # "김철수(한빛전자 대표)는": the body and post in parentheses after the name
                in_parens = cand.particle == "(" and j == k - 2 and w.particle.startswith(")")
                if (cand.particle and not in_parens) or not cand.stem or \
                        not HANGUL.search(cand.stem):
                    continue
                name = cand.stem[: cand.gloss_at] if cand.gloss and cand.gloss_at > 0 else cand.stem
                if cand.gloss and cand.gloss_at > 0 and len(cand.stem) > cand.gloss_at:
                    continue
                zh = cand.gloss.zh if cand.gloss else ""
                if zh and not (2 <= len(zh) <= 4):
                    continue
                if ctx.gaz.lookup(name) or suffix_type(name) or _gov_ministry(name):
                    continue
                if not (2 <= len(name) <= 5) or not re.fullmatch(r"[가-힣]+", name):
                    # an organisation glued before the name: 중국과학기술부자오젠린
                    continue
                # "허리펑 국가발전개혁위원회 주임": between a name's shape and a post, a body
                # makes the word a name even where Kiwi reads it as one common noun
                framed = j == k - 2 and _org_word(ctx, words[k - 1]) and looks_like_name(name)
                if not zh and not framed and not looks_like_name(name, cand.tags) and not (
                        len(cand.tags) == 1 and cand.tags[0] == (name, "NNP")):
                    continue  # 중국법인 사장, 주중 대사: not a name
                if not zh and j == k - 2 and not (
                        any(t == "NNP" for _, t in cand.tags) or _org_word(ctx, words[k - 1]) or
                        (post in CORPORATE_POSTS and looks_like_name(name) and
                         _unknown_firm_word(ctx, words[k - 1]))):
                    continue
                start = cand.start
                full = name
                # a foreign name of two words: 알렉산드르 루카셴코
                if j > 0 and not zh and looks_like_name(words[j - 1].stem) and \
                        not looks_like_name(name):
                    continue  # "박진웅 주칭다오 총영사": the name is the word before
                if j > 0 and not zh:
                    p = words[j - 1]
                    # ("루훗 판자이탄": a first word of two syllables before a name no Korean
                    # one, Kiwi reading both as proper nouns)
                    short = p.stem is not None and len(p.stem) == 2 and p.tags == [(p.stem, "NNP")] \
                        and len(name) >= 4
                    if not p.particle and p.stem and (re.fullmatch(r"[가-힣]{3,6}", p.stem) or short) \
                            and not ctx.gaz.lookup(p.stem) and not suffix_type(p.stem) and \
                            not _UNIT_WORD.search(p.stem) and \
                            any(t == "NNP" for _, t in p.tags) and len(name) >= 3:
                        full = p.stem + " " + name
                        start = p.start
                out.append(_mention(a, start, cand.start + len(name), full, "Person", "person-post",
                                    zh=zh, confidence=0.8))
                if j == k - 2 and post in CORPORATE_POSTS and _unknown_firm_word(ctx, words[k - 1]):
                    # "최지훈 누리정밀 사장": the one word Kiwi does not know between a name
                    # and a firm's post is the firm
                    out.append(_post_holder(a, words[k - 1], post, 0.55))
                break
        return out


def surname_post_mentions(analysed: list[Analysed], per_sentence: list[list[Mention]]) -> None:
    """``왕 주임은``, ``리 부장``, ``김 대표``: a surname and a post refer to the person of that
    surname the article named before (the latest one)."""
    ko, zh = surnames()
    posts = all_posts()
    people: list[Mention] = []
    for a, ms in zip(analysed, per_sentence, strict=True):
        extra = []
        words = a.words
        for k in range(len(words) - 1):
            w, nxt = words[k], words[k + 1]
            if w.particle or w.text != w.stem or not (1 <= len(w.stem) <= 2) or \
                    w.stem not in ko | zh or nxt.stem not in posts:
                continue
            start, _ = a.span(w.start, w.end)
            src = next((p for p in reversed(people) if p.start < start and
                        p.text.replace(" ", "").startswith(w.stem) and
                        len(p.text.replace(" ", "")) > len(w.stem)), None)
            if src is None:
                continue
            s, e = a.span(w.start, nxt.start + len(nxt.stem))
            if any(m.start < e and s < m.end for m in ms):
                continue
            extra.append(Mention(text=f"{w.stem} {nxt.stem}", type="Person", start=s, end=e,
                                 sentence=a.sentence.index, rule="alias", confidence=0.7,
                                 head=compact(w.stem + nxt.stem), refers_to=src.start))
        if extra:
            ms[:] = sorted(ms + extra, key=lambda m: (m.start, -m.end))
        people.extend(m for m in ms if m.type == "Person" and m.rule != "alias")
