"""Names in every script: Chinese both ways, pinyin, Sino-Korean readings.

For every entity with a Chinese name, add the other character set (OpenCC),
pinyin with and without tones, and the Sino-Korean reading; check that the
Korean the text writes matches its Chinese and note it when it does not.
"""

from __future__ import annotations

import logging

from kg import transcribe
from kg.records import Entity

logger = logging.getLogger(__name__)

ZH = ("zh-Hant", "zh-Hans")


def enrich(entities: dict[str, Entity]) -> None:
    """Add derived names and data-quality notes to ``entities`` in place."""
    for key in sorted(entities):
        ent = entities[key]
        zh = sorted(set(ent.labels.get("zh-Hant", set())) | set(ent.labels.get("zh-Hans", set())))
        for name in zh:
            ent.add_label("zh-Hans", transcribe.to_simplified(name))
            ent.add_label("zh-Hant", transcribe.to_traditional(name))
        # every Chinese name gets its pinyin and reading, so that a name added
        # by another article only ever adds labels
        for main in sorted(ent.labels.get("zh-Hans", set())) if ent.type != "Sector" else ():
            ent.add_label("zh-Latn-pinyin", transcribe.hanzi_to_pinyin(main, tones=True))
            ent.add_label("zh-Latn-pinyin", transcribe.hanzi_to_pinyin(main, tones=False))
            if ent.type in ("City", "Province", "Person", "Park"):
                ent.add_label("en", transcribe.hanzi_to_pinyin(main, tones=False))
            reading = transcribe.sino_korean(main)
            if reading and reading != main:
                ent.readings.add(reading)
                ent.add_label("ko", reading)  # 낙양: an alternative Korean name
        _check_readings(ent)


def _check_readings(ent: Entity) -> None:
    """Flag a Hangul name whose glossed Chinese reads otherwise (자오젠린 / 曹健林)."""
    for m in ent.mentions:
        if not m.zh or not m.text or m.type not in ("Person", "City", "Province"):
            continue
        hangul = m.text.replace(" ", "")
        if transcribe.reading_matches(hangul, m.zh):
            continue
        expected = transcribe.hanzi_to_hangul(m.zh)
        note = (f"name mismatch: the text writes {m.text} for {m.zh}, "
                f"which reads {transcribe.hanzi_to_pinyin(m.zh, tones=False)} = {expected}")
        if note not in ent.notes:
            ent.notes.append(note)
            logger.warning("%s: %s", ent.key, note)
