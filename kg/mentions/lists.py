"""Coordinated lists ``A, B 및 C 등 N개 분야``, typed by the list's head noun.
"""

from __future__ import annotations

import re

from kg.gazetteer import HANGUL
from kg.mentions.analysis import Analysed, Word
from kg.mentions.base import Context, _mention, ctx_country
from kg.mentions.tables import _MODIFIERS, KO_SUFFIX_TYPES, LIST_HEADS, NOT_SECTOR, PLACE_TYPES
from kg.records import Mention

# nouns that close a clause rather than begin an item
_NOT_IN_ITEM = {"뒤", "후", "전", "중", "때", "간", "내", "외", "이후", "이전", "동안", "가운데", "이번",
                "올해", "지난해", "최근", "현재"}


class ListExtractor:
    """Coordinated lists ``A, B 및 C 등 N개 분야``: items typed by the list's head."""

    name = "list"

    def __call__(self, a: Analysed, ctx: Context) -> list[Mention]:
        out: list[Mention] = []
        words = a.words
        for k, w in enumerate(words):
            if not (w.stem == "등" or w.text.startswith("등") and w.tags and w.tags[0][1] == "NNB"):
                continue
            head = self._head(words, k)
            items = self._items(words, k, a)
            if len(items) < 2:
                continue
            # "시안, 창사 등에": a list of places, each found in the gazetteer
            places = [(s, e, t, ctx.gaz.best(t, PLACE_TYPES, context=ctx.places))
                      for s, e, t in items]
            places = [p for p in places if p[3] is not None and p[3].hangul_matchable]
            if len(places) >= 2 and len(places) == len(items):
                for s, e, text, rec in places:
                    out.append(_mention(a, s, e, text, rec.type, "list+gazetteer",
                                        gazetteer_id=rec.id, confidence=0.75))
                continue
            if head is None:
                continue
            for s, e, text in items:
                if head == "Sector":
                    if text in NOT_SECTOR or text.endswith(("운영", "전시")) or _head_with_ro(text):
                        continue
                    out.append(_mention(a, s, e, text, "Sector", "list", confidence=0.6))
                elif head != "Place":
                    out.append(_mention(a, s, e, text, head, "list-head", confidence=0.4))
        # lists ended by their head: "자동차, 전자정보, 첨단장비 산업이"
        for k, w in enumerate(words):
            if w.stem in ("산업", "분야", "부문", "업종") and k > 0 and not words[k - 1].particle \
                    and "," in a.clean[max(0, words[k - 1].start - 40):words[k - 1].start] \
                    and not any(x.stem == "등" for x in words[max(0, k - 4):k]):
                items = self._items(words, k, a)
                if len(items) >= 2:
                    for s, e, text in items:
                        if text not in NOT_SECTOR and not _head_with_ro(text):
                            out.append(_mention(a, s, e, text, "Sector", "list", confidence=0.6))
        return out

    @staticmethod
    def _head(words: list[Word], k: int) -> str | None:
        w = words[k]
        if w.text not in ("등", "등의") and not w.text.startswith("등"):
            return None
        # "주요 산업은 A, B 등이며": the head is the topic before the list
        if w.text != "등" and w.text != "등의":
            for j in range(k - 1, max(-1, k - 12), -1):
                stem = words[j].stem
                if words[j].particle in ("은", "는") and stem in LIST_HEADS:
                    return LIST_HEADS[stem]
            return None
        for j in range(k + 1, min(len(words), k + 5)):
            stem = words[j].stem
            if re.fullmatch(r"[\d,.]+(?:만|천|백|억)?[\d,.]*여?(?:개|대|곳|개사|명)?(?:의)?", words[j].text) \
                    or words[j].text in ("근", "약", "총", "모두", "무려", "현재", "외국", "국내",
                                         "해외", "외국계", "현지", "대형", "유명") \
                    or ctx_country(words[j].stem):
                continue  # "1만509개", "1,000여개의", "근 1000개": a count before the head
            stem = re.sub(r"^\d[\d,]*(개|대|곳|여)?", "", stem)
            stem = re.sub(r"(?<=..)들$", "", stem)  # "한국 업체들이": the plural is the head
            if not stem or (stem in _MODIFIERS and stem not in LIST_HEADS) or stem in (
                    "여러", "다양한", "다수", "주요", "각종", "중국", "전문", "해외", "유명", "대형",
                    "글로벌", "중점", "핵심", "주력", "전략", "전략적", "우선", "중요", "차세대",
                    "신성장"):
                continue
            for h, typ in LIST_HEADS.items():
                if stem == h or (stem.endswith(h) and len(h) >= 2):
                    nxt = words[j + 1] if j + 1 < len(words) else None
                    if not words[j].particle and nxt is not None and nxt.stem and \
                            all(t.startswith("NN") for _, t in nxt.tags[:1]) and \
                            nxt.stem not in LIST_HEADS:
                        return None  # "등 완성차 생산 설비": the head modifies another noun
                    return typ
            if stem.endswith("기술"):
                continue
            if j - k <= 2 and not words[j].particle and words[j].tags and \
                    all(t == "NNG" for _, t in words[j].tags):
                continue  # "등 혁신 중소기업", "등 배터리 소재 기업": a modifier before the head
            return None
        return None

    @staticmethod
    def _items(words: list[Word], k: int, a: Analysed) -> list[tuple[int, int, str]]:
        """Items before word ``k``, split at commas and 및."""
        items: list[tuple[int, int, str]] = []
        cur: list[Word] = []
        j = k - 1
        while j >= 0:
            w = words[j]
            ends_item = w.text.endswith((",", "·", "ㆍ"))
            if ends_item and cur:
                items.append(_join(cur))
                cur = []
            if w.text == "및":
                if cur:
                    items.append(_join(cur))
                cur = []
                j -= 1
                continue
            if w.particle.strip(",·ㆍ") or not w.stem or \
                    w.text.startswith(("‘", "「")) or w.text.endswith(("’", "」")):
                break
            if cur and (w.stem in _NOT_IN_ITEM or any(t in ("NNB", "MM", "MAG") for _, t in w.tags)):
                break  # "맺은 뒤 바이오, 반도체 등": 뒤 ends the clause before the list
            if len(cur) >= 3:
                break
            cur.insert(0, w)
            j -= 1
        if cur:
            items.append(_join(cur))
        items.reverse()
        return [it for it in items if it[2] and HANGUL.search(it[2]) or (it[2] and it[2].isalpha())]





def _head_with_ro(text: str) -> bool:
    """``국가급 신구로``: a head noun and the particle 로 that Kiwi left glued together.

    >>> _head_with_ro("국가급 신구로"), _head_with_ro("집적회로")
    (True, False)
    """
    return text.endswith("로") and any(text[:-1].endswith(h) for h in KO_SUFFIX_TYPES)


def _join(ws: list[Word]) -> tuple[int, int, str]:
    text = " ".join(w.stem for w in ws)
    return ws[0].start, ws[-1].start + len(ws[-1].stem), text
