"""Article -> :class:`~kg.records.Sentence` with Kiwi's sentence splitter.

Each line (a bullet, a heading) is split on its own, so that a heading never
runs into the sentence after it; offsets are kept in article coordinates.
"""

from __future__ import annotations

import re
from functools import cache

from kg.records import Article, Sentence

_LEAD = re.compile(r"^[\s\-–—□■○●◦▪▶►※∙·•…]+")


@cache
def kiwi():  # noqa: ANN201 - kiwipiepy.Kiwi, imported lazily (it loads a model)
    """The shared Kiwi analyser."""
    from kiwipiepy import Kiwi

    return Kiwi()


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
        for sent in kiwi().split_into_sents(body):
            text = body[sent.start : sent.end]
            s = start + skip + sent.start
            out.append(Sentence(article.id, len(out), s, s + len(text), text))
    return out
