"""Article -> :class:`~kg.records.Sentence` with Kiwi's sentence splitter.

Each line (a bullet, a heading) is split on its own, so that a heading never
runs into the sentence after it; offsets are kept in article coordinates.
"""

from __future__ import annotations

import os
import re
from collections import OrderedDict
from functools import cache

from kg.records import Article, Sentence

_LEAD = re.compile(r"^[\s\-–—□■○●◦▪▶►※∙·•…]+")


@cache
def kiwi():  # noqa: ANN201 - kiwipiepy.Kiwi, imported lazily (it loads a model)
    """The shared Kiwi analyser, taught the gazetteer's names it would cut apart.

    Kiwi reads a transcribed Chinese name it does not know as ordinary words (``둥관`` as
    둥 + 관; 일대일로 as 일 + 대 + 일 + 로); each Korean name of a Chinese province or city, and
    each name of three or more syllables of a policy or programme
    of the gazetteer, that Kiwi does not read as one noun is added to its user dictionary as
    a proper noun (NNP).
    """
    from kg import early
    from kg.cache import snapshot
    from kg.gazetteer import builtin_digest

    # a helper process `kg build` started may have loaded it meanwhile (kg.early)
    remote = early.take(builtin_digest()) if early.running() else None
    if remote is not None:
        return remote
    from kiwipiepy import Kiwi

    # worker processes of a parallel build run Kiwi on one thread each (kg.parallel)
    k = Kiwi(num_workers=int(os.environ.get("KG_KIWI_THREADS", "-1")))
    # the words come from the built-in gazetteer, so what identifies it is in the key; the
    # words a previous process computed are added before the first analysis: Kiwi then
    # builds its model once (adding them after an analysis makes it build again, a second
    # or more) and reads every text as with computed words
    digest = builtin_digest()
    words = snapshot(f"kiwi-words-{digest}", lambda: _user_words(k)) if digest \
        else _user_words(k)
    for name in words:
        k.add_user_word(name, "NNP")
    return k


def _user_words(k) -> list[str]:  # noqa: ANN001 - kiwipiepy.Kiwi
    from kg.gazetteer import HANGUL, builtin

    names: set[str] = set()
    for rec in builtin().records.values():
        # Chinese places, whose transcribed names Kiwi does not know; Korean names it does,
        # and adding those would cut people's names apart (김철 + 민)
        named = rec.type in ("Policy", "Project")
        if not named and (rec.country != "CN" or rec.type not in ("City", "Province")):
            continue
        if rec.type == "City" and not rec.hangul_matchable:
            continue
        for n in {rec.ko} | rec.ko_alt:
            if (3 if named else 2) <= len(n) <= 10 and HANGUL.search(n) and " " not in n:
                names.add(n)
    out = []
    for n in sorted(names):
        toks = k.tokenize(n)
        if not (len(toks) == 1 and toks[0].tag.startswith("NN")):
            out.append(n)
    return out


_SEEN_MAX = 4096
_TOKENS: OrderedDict[str, list] = OrderedDict()
_SENTS: OrderedDict[str, list[tuple[int, int]]] = OrderedDict()


def _remember(table: OrderedDict, text: str, value: object) -> None:
    table[text] = value
    if len(table) > _SEEN_MAX:
        table.popitem(last=False)


def tokenize(text: str) -> list:
    """``kiwi().tokenize(text)``, kept for the texts seen last (Kiwi's reading of a text
    depends on the text alone): a line that is one sentence without glosses is analysed
    once, by :func:`split`, and lines an archive repeats (headings, source lines) once.
    The tokens are shared: read them, do not change them."""
    got = _TOKENS.get(text)
    if got is None:
        got = kiwi().tokenize(text)
        _remember(_TOKENS, text, got)
    else:
        _TOKENS.move_to_end(text)
    return got


def _sentences(body: str) -> list[tuple[int, int]]:
    """Kiwi's sentences of a line, as (start, end) offsets."""
    got = _SENTS.get(body)
    if got is not None:
        _SENTS.move_to_end(body)
        return got
    # the tokens come with the split at no cost: a line Kiwi reads as one sentence is
    # the text that analysis tokenizes next, when it has no gloss to lift out
    sents = kiwi().split_into_sents(body, return_tokens=True)
    got = _rejoin(body, [(sent.start, sent.end) for sent in sents])
    _remember(_SENTS, body, got)
    if len(sents) == 1 and got[0] == (0, len(body)) and body not in _TOKENS:
        _remember(_TOKENS, body, sents[0].tokens)
    return got


_PARTICLE_START = re.compile(r"(?:은|는|이|가|을|를|의|에|에서|와|과|로|으로|도|"
                             r"이라고|라고|라며|이라며)(?:\s|$)")


def _rejoin(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Kiwi ends a sentence at a closing bracket or quote (``《계획》|은 …``); a "sentence"
    that starts with the particle of the word before belongs to the sentence before.

    >>> _rejoin("《계획》은 바이오를 키운다.", [(0, 4), (4, 15)])
    [(0, 15)]
    >>> _rejoin("발표했다. 《계획》은 키운다.", [(0, 10), (10, 16)])
    [(0, 5), (6, 16)]
    >>> _rejoin("한.중.일 회의", [(0, 2), (2, 4), (4, 8)])
    [(0, 8)]
    """
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and out[-1][1] == start and re.search(r"(?:^|\.)[가-힣]{1,2}\.$",
                                                      body[out[-1][0]:out[-1][1]]):
            out[-1] = (out[-1][0], end)  # "한.중산업협력단지", "한.중.일": a dot between names
            continue
        if out and body[out[-1][1] - 1:out[-1][1]] in "》」』\"”’')" and \
                _PARTICLE_START.match(body[start:end]) and out[-1][1] >= start - 1:
            p_start, p_end = out[-1]
            # "…발표했다. 《계획》|은 …": the sentence before ends at its own full stop
            stops = list(re.finditer(r"[.!?。](?=\s)", body[p_start:p_end]))
            if stops:
                cut = p_start + stops[-1].end()
                nxt = cut + len(body[cut:p_end]) - len(body[cut:p_end].lstrip())
                out[-1] = (p_start, cut)
                out.append((nxt, end))
            else:
                out[-1] = (p_start, end)
        else:
            out.append((start, end))
    return out


def split(article: Article) -> list[Sentence]:
    """Split an article into sentences with character offsets.

    >>> from kg.records import Article
    >>> [s.text for s in split(Article("a", "제목\\n\\n- 첫 문장임. 둘째 문장임."))]
    ['제목', '첫 문장임.', '둘째 문장임.']
    """
    out: list[Sentence] = []
    pos = 0
    for line in article.text.split("\n"):
        start = pos
        pos += len(line) + 1
        lead = _LEAD.match(line)
        skip = lead.end() if lead else 0
        body = line[skip:]
        if not body.strip():
            continue
        for s_start, s_end in _sentences(body):
            text = body[s_start:s_end]
            s = start + skip + s_start
            out.append(Sentence(article.id, len(out), s, s + len(text), text))
    return out
