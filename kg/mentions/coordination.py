"""Coordinated words: the items of a list joined by commas, middle dots, 및 and 와/과."""

from __future__ import annotations


def coordinated(words, i: int) -> list[int]:  # noqa: ANN001 - list[Word]
    """Indexes of the words coordinated with word ``i`` (commas, ``·``, 및, 와/과)."""

    def joins(k: int) -> bool:
        w = words[k]
        return w.text.endswith((",", "、", "·", "ㆍ")) or w.particle in ("와", "과") or \
            (k + 1 < len(words) and words[k + 1].text == "및")

    out = [i]
    j = i - 1
    while j >= 0:
        if words[j].text == "및":
            j -= 1
            continue
        if not joins(j):
            break
        out.insert(0, j)
        j -= 1
    j = i
    while joins(j):
        j += 1
        if j < len(words) and words[j].text == "및":
            j += 1
        if j >= len(words):
            break
        out.append(j)
    return out
