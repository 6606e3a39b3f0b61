"""A sentence cleaned of its glosses and cut into words with their noun stems (Kiwi).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from kg.gazetteer import HAN, HANGUL
from kg.records import Sentence
from kg.sentences import tokenize

# the piece keeps its dot, as a comma stays on a list item
_WORD = re.compile(r"[^\s·ㆍ]+[·ㆍ](?=[^\s·ㆍ\d])|[^\s·ㆍ]*[^\s]")
# what may follow a place's name in its full form: 광시장족자치구, 옌볜조선족자치주
_ADMIN_TAIL = re.compile(r"(?:[가-힣]{1,3}족)?(?:자치구|자치주|자치현|특별행정구|특별시|직할시|성|시|현|구)")
_ALIAS = re.compile(r"^(?P<rest>.*?)[,，]?\s*이하\s*[‘'\"“「]?(?P<alias>[^‘’'\"“”「」()]{1,20}?)[’'\"”」]?\s*(?:이라\s*한다|라\s*함|으로\s*약칭)?\s*$")
_GLOSS = re.compile(r"\(((?:[^()]|\([^()]{1,20}\)){1,80})\)|\[([\u3400-\u9fff\uf900-\ufaff]{1,20})\]")
_LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9&.'’\- ]*$")
# what a paper puts after a person's name and nothing else reads: an age, a sex, where the
# person stands in the photo: 김철수(56) 사장, 박영희(45·여) 대표, 왕밍(오른쪽) 시장
_ASIDE = re.compile(r"\d{2}(?:세)?(?:[·,]\s*(?:남|여|사진|[가-힣]{1,3}\s?출신))?"
                    r"|(?:사진\s*)?(?:왼쪽|오른쪽|가운데|맨\s?왼쪽|맨\s?오른쪽)(?:\s*(?:두|세|네)\s*번째)?"
                    r"|사진")
_QUOTES = re.compile(r"「([^」]{1,120})」|『([^』]{1,120})』|‘([^’]{1,60})’|“([^”]{1,60})”|《([^》]{1,80})》"
                     r"|'([^'\n]{1,60})'|\"([^\"\n]{1,60})\"")
_NUM_COUNTER = re.compile(r"^\d[\d,.]*(?:개|대|곳|개의|곳의|대의|여개|여 개)?(?:의)?$")
_NOUNISH = ("NN", "NR", "SL", "SH", "SN", "XSN", "XPN", "SO", "W_", "NP")


@dataclass
class Gloss:
    """A parenthesised gloss lifted out of the text."""

    at: int  # position in the cleaned sentence where it stood
    zh: str
    en: str
    start: int  # sentence offsets of "(...)"
    end: int


@dataclass
class Word:
    """A whitespace word of the cleaned sentence."""

    text: str
    start: int  # cleaned offsets
    end: int
    stem: str  # noun part, particles stripped
    particle: str  # what follows the stem
    tags: list[tuple[str, str]] = field(default_factory=list)
    gloss: Gloss | None = None
    gloss_at: int = -1  # position of the gloss inside the word


def _tag(token) -> str:  # noqa: ANN001 - kiwipiepy Token
    """Kiwi's tag, with a noun Kiwi guessed outside its dictionary (``oov``) read as proper:
    ``정수진``, ``미래전지`` are names, not common nouns."""
    if token.tag == "NNG" and getattr(token, "oov", False) and len(token.form) >= 2:
        return "NNP"
    return token.tag


def _glued_determiners(toks: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """The 한 (one) Kiwi reads glued to the noun after it is Korea's 한: ``한중산단에는`` at a
    sentence's start (Korean writes the determiner apart: ``한 곳``; ``전세계`` stays).

    >>> _glued_determiners([("한", "MM", 0, 1), ("중산", "NNG", 1, 3), ("한", "MM", 4, 5)])
    [('한', 'NNP', 0, 1), ('중산', 'NNG', 1, 3), ('한', 'MM', 4, 5)]

    Two or more adverbs and determiners that open a word and run into its noun are a name
    Kiwi cut into pieces (Korean writes them apart: ``다 온 에너지``):

    >>> _glued_determiners([("다", "MAG", 0, 1), ("온", "MM", 1, 2), ("에너지", "NNG", 2, 5)])[:2]
    [('다', 'NNP', 0, 1), ('온', 'NNP', 1, 2)]
    >>> _glued_determiners([("누리", "VV", 0, 2), ("바이오", "NNG", 2, 5)])[0]
    ('누리', 'NNP', 0, 2)
    >>> _glued_determiners([("각", "MM", 0, 1), ("국", "NNG", 1, 2)])[0]
    ('각', 'MM', 0, 1)
    """
    out = list(toks)
    for i, (form, tag, ts, te) in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        if tag == "MM" and form == "한" and nxt[2] == te and nxt[1].startswith("NN"):
            out[i] = (form, "NNP", ts, te)
    i = 0
    while i < len(toks):
        j = i
        # a run of adverbs and determiners at a word's start, each touching the next token
        while j < len(toks) and toks[j][1] in ("MAG", "MM", "VV", "VA") and \
                (j == i or toks[j][2] == toks[j - 1][3]):
            j += 1
        starts_word = i == 0 or toks[i - 1][3] < toks[i][2]
        # a verb stem with no ending before a noun is no verb either: 누리(VV)+바이오
        verb = any(toks[k][1] in ("VV", "VA") for k in range(i, j))
        if (j - i >= 2 or verb) and j < len(toks) and starts_word and \
                toks[j][2] == toks[j - 1][3] and toks[j][1].startswith("NN"):
            for k in range(i, j):
                out[k] = (toks[k][0], "NNP", toks[k][2], toks[k][3])
        i = max(j, i + 1)
    return out


@dataclass
class Analysed:
    """A sentence after cleaning and morphological analysis."""

    sentence: Sentence
    clean: str
    omap: list[int]  # cleaned offset -> sentence offset
    words: list[Word]
    glosses: list[Gloss]
    aliases: list[tuple[int, str]] = field(default_factory=list)  # (sentence offset, short name)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Article offsets of a cleaned span."""
        s0 = self.sentence.start
        return s0 + self.omap[start], s0 + self.omap[max(end - 1, start)] + 1


def _abbreviates(short: str, before: str) -> bool:
    """Is ``short`` (Hangul, in parentheses) a short form of the word right before it,
    its syllables taken in order (발개위 of 국가발전개혁위원회, 산업부 of 산업통상자원부)?

    >>> _abbreviates("발개위", "중국 국가발전개혁위원회"), _abbreviates("시장 정우식", "김해시")
    (True, False)
    """
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    if not re.fullmatch(r"[가-힣]{2,5}", short) or not re.fullmatch(r"[가-힣]{3,}", word) or \
            len(short) >= len(word) or short[0] != word[0] and short[0] not in word[:len(word) // 2]:
        return False
    rest = iter(word)
    return all(ch in rest for ch in short)


def _split_gloss(content: str) -> tuple[str, str] | None:
    parts = [p.strip() for p in re.split(r"[,，;]", content) if p.strip()]
    zh, en = "", ""
    for p in parts:
        if HAN.search(p) and not HANGUL.search(p) and not re.search(r"[A-Za-z]", p):
            zh = zh or p.replace(" ", "")
        elif _LATIN.match(p) and not p.replace(".", "").isdigit():
            en = en or p
        else:
            return None
    return (zh, en) if (zh or en) else None


def analyse(sentence: Sentence) -> Analysed:
    """Lift glosses out, run Kiwi, cut the sentence into words with stems."""
    text = sentence.text
    clean_chars: list[str] = []
    omap: list[int] = []
    glosses: list[Gloss] = []
    pos = 0
    aliases: list[tuple[int, str]] = []
    at = 0
    while (m := _GLOSS.search(text, at)) is not None:
        content, alias = m.group(1) if m.group(1) is not None else m.group(2), ""  # (…) or [漢字]
        am = _ALIAS.match(content)
        if am is not None:
            # "중한산업협력단지(이하 협력구)", "(實施方案, 이하 ‘방안’)": a short name to come
            content, alias = am["rest"], am["alias"].strip()
        elif _abbreviates(content, text[:m.start()]):
            content, alias = "", content  # "국가발전개혁위원회(발개위)": its short name
        g = _split_gloss(content) if content.strip() else ("", "")
        if g is None and _ASIDE.fullmatch(content.strip()) and \
                HANGUL.match(text[m.start() - 1:m.start()] or " "):
            g = ("", "")
            alias = ""
            aside = True
        else:
            aside = False
        if g is None or (g == ("", "") and not alias and not aside):
            # no gloss, but it may hold some: "9개 도시(포산[佛山], 둥관[東莞])"
            at = m.start() + 1
            continue
        at = m.end()
        for i in range(pos, m.start()):
            clean_chars.append(text[i])
            omap.append(i)
        if g != ("", ""):
            glosses.append(Gloss(len(clean_chars), g[0], g[1], m.start(), m.end()))
        if alias:
            aliases.append((m.start(), alias))
        pos = m.end()
    for i in range(pos, len(text)):
        clean_chars.append(text[i])
        omap.append(i)
    omap.append(len(text))
    clean = "".join(clean_chars)
    tokens = tokenize(clean) if clean.strip() else []
    words: list[Word] = []
    spans: list[tuple[int, int]] = []
    for m in _WORD.finditer(clean):
        ws, we = m.start(), m.end()
        cuts = [g.at for g in glosses if ws < g.at <= we]
        # 중국과학기술부(科學技術部)자오젠린(曹健林): two names glued, cut after the first gloss
        for at in cuts[:-1]:
            spans.append((ws, at))
            ws = at
        # "도시(광저우, 선전)": a parenthesis opened in a word and closed after it holds a list
        paren = clean.find("(", ws, we)
        if paren > ws and ")" not in clean[paren:we]:
            spans.append((ws, paren + 1))
            ws = paren + 1
        spans.append((ws, we))
    all_toks = _glued_determiners([(t.form, _tag(t), t.start, t.start + t.len) for t in tokens])
    starts = [t[2] for t in all_toks]
    ordered = all(a <= b for a, b in zip(starts, starts[1:], strict=False))
    for ws, we in spans:
        if ordered:  # the tokens starting inside the word, found by bisection
            toks = all_toks[bisect_left(starts, ws):bisect_left(starts, we)]
        else:
            toks = [t for t in all_toks if ws <= t[2] < we]
        if not toks or toks[-1][3] > we:
            # a word cut out of a longer one: analyse it on its own
            toks = _glued_determiners([(t.form, _tag(t), ws + t.start, ws + t.start + t.len)
                                       for t in tokenize(clean[ws:we])])
        stem_end = ws
        for form, tag, ts, te in toks:
            if tag.startswith(_NOUNISH) or (tag == "SW" and form in "㎡㎢%"):
                if ts > stem_end and clean[stem_end:ts].strip(" -‐–") != "":
                    # punctuation between nouns (quotes): stop
                    if not re.fullmatch(r"[-‐–·•]*", clean[stem_end:ts]):
                        break
                stem_end = te
            elif tag in ("SSO", "SSC", "SP", "SF", "SE") and stem_end == ws:
                stem_end = te  # '"칭다오시와': an opening quote before the word
                continue
            elif tag == "SW" and stem_end == ws and form in "▲▷△▶►•ㆍ◆◇■□○●※㈜":
                stem_end = te  # "▲반도체": a bullet before the word; "㈜LG": the legal form
                continue
            elif tag == "SP" and form in "·・":
                continue  # 한국·일본: one word of two names
            elif tag in ("SSO", "SSC") and form in "()" and te < we and \
                    re.match(r"[가-힣A-Za-z]", clean[te:te + 1] or " ") and \
                    ((form == "(" and ")" in clean[te:we]) or "(" in clean[ws:ts]):
                stem_end = te  # 중한(옌타이)산업원: a name with a place in parentheses
            else:
                break
        lead = ws
        while lead < stem_end and clean[lead] in "‘’“”「」『』《》'\"(▲▷△▶►•ㆍ◆◇■□○●※㈜":
            lead += 1
        if clean[lead - 1:lead + 2] in ("(주)", "(유)") and lead + 2 < stem_end:
            lead += 2  # "(주)한빛소재": the name after its legal form
        stem = clean[lead:stem_end].strip("‘’“”「」『』《》'\",.·")
        gl = next((g for g in glosses if ws < g.at <= we), None)
        if gl is not None and lead + len(stem) < gl.at and \
                re.fullmatch(r"[가-힣A-Za-z·\-() ]+", clean[lead:gl.at]):
            rest = clean[gl.at:we]
            rest_toks = tokenize(rest) if rest.strip() else []
            rest_len = 0
            for t in rest_toks:
                if not t.tag.startswith(("NN", "XSN", "SL")):
                    break
                rest_len = t.start + t.len
            stem = clean[lead:gl.at] + rest[:rest_len]
            stem_end = gl.at + rest_len
        words.append(
            Word(
                text=clean[ws:we],
                start=ws,
                end=we,
                stem=stem,
                particle=clean[stem_end:we],
                tags=[(f, t) for f, t, _, _ in toks],
                gloss=gl,
                gloss_at=(gl.at - lead) if gl else -1,
            )
        )
    return Analysed(sentence, clean, omap, words, glosses, aliases)
