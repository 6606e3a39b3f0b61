"""Chinese name tools: pinyin, Hangul transcription and Sino-Korean readings.

The Hangul transcription follows the official Korean standard for Mandarin
(외래어 표기법, 문교부 고시 제85-11호, 1986: 표 5, the table of Zhuyin/Hanyu Pinyin
against Hangul, and the 중국어의 표기 rules: tones are not written, and ㅑ/ㅖ/ㅛ/ㅠ
become ㅏ/ㅔ/ㅗ/ㅜ after ㅈ/ㅉ/ㅊ). A syllable is transcribed as its initial
consonant (성모) combined with the Hangul of its final (운모), so the whole table is
derived from two small maps instead of being listed syllable by syllable.

Examples:
    >>> hanzi_to_hangul("洛陽")
    '뤄양'
    >>> hanzi_to_pinyin("西安")
    "Xī'ān"
    >>> sino_korean("洛陽")
    '낙양'
    >>> reading_matches("뤄양시", "洛陽")
    True
"""

import functools
import logging
import re
import unicodedata

import hanja
import opencc
from pypinyin import Style, pinyin

from kg.cache import preload_hanja

preload_hanja()
logger = logging.getLogger(__name__)

__all__ = [
    "best_reading",
    "has_han",
    "hanzi_syllables",
    "hanzi_to_hangul",
    "hanzi_to_pinyin",
    "is_han",
    "pinyin_to_hangul",
    "reading_matches",
    "sino_korean",
    "to_simplified",
    "to_traditional",
]

# --------------------------------------------------------------------------------------
# Han script
# --------------------------------------------------------------------------------------

#: CJK ideographs: 〇, Extension A, the URO, compatibility ideographs, Extensions B-I and
#: the compatibility supplement, Extensions G-H.
_HAN_CHARS = (
    "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\U00020000-\U0002a6df\U0002a700-\U0002ee5f\U0002f800-\U0002fa1f"
    "\U00030000-\U000323af"
)
_HAN_RE = re.compile(f"[{_HAN_CHARS}]")
_HAN_RUN_RE = re.compile(f"([{_HAN_CHARS}]+)")
_ALL_HAN_RE = re.compile(f"[{_HAN_CHARS}]+")


def is_han(text: str) -> bool:
    """Whether ``text`` is non-empty and made of CJK ideographs only.

    >>> is_han("洛陽"), is_han("洛陽 市"), is_han("G20杭州"), is_han("")
    (True, False, False, False)
    """
    return bool(_ALL_HAN_RE.fullmatch(text))


def has_han(text: str) -> bool:
    """Whether ``text`` contains at least one CJK ideograph.

    >>> has_han("G20杭州"), has_han("뤄양")
    (True, False)
    """
    return bool(_HAN_RE.search(text))


# --------------------------------------------------------------------------------------
# Simplified / traditional
# --------------------------------------------------------------------------------------


@functools.cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Convert traditional Chinese characters to simplified ones (OpenCC ``t2s``).

    >>> to_simplified("洛陽市")
    '洛阳市'
    """
    return _converter("t2s").convert(text)


def to_traditional(text: str) -> str:
    """Convert simplified Chinese characters to traditional ones (OpenCC ``s2t``).

    >>> to_traditional("洛阳市")
    '洛陽市'
    """
    return _converter("s2t").convert(text)


# --------------------------------------------------------------------------------------
# Hangul syllable arithmetic
# --------------------------------------------------------------------------------------

_LEADS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_HANGUL_BASE = 0xAC00


def _decompose(syllable: str) -> tuple[str, str, int]:
    """Split a precomposed Hangul syllable into lead jamo, vowel jamo and tail index."""
    code = ord(syllable) - _HANGUL_BASE
    lead, rest = divmod(code, 21 * 28)
    vowel, tail = divmod(rest, 28)
    return _LEADS[lead], _VOWELS[vowel], tail


def _compose(lead: str, vowel: str, tail: int) -> str:
    """Build a precomposed Hangul syllable from lead jamo, vowel jamo and tail index."""
    return chr(_HANGUL_BASE + (_LEADS.index(lead) * 21 + _VOWELS.index(vowel)) * 28 + tail)


# --------------------------------------------------------------------------------------
# Pinyin syllable -> Hangul (외래어 표기법 표 5)
# --------------------------------------------------------------------------------------

#: Initials (성모) and the Hangul consonant the table gives them.
_INITIALS: dict[str, str] = {
    "b": "ㅂ", "p": "ㅍ", "m": "ㅁ", "f": "ㅍ",
    "d": "ㄷ", "t": "ㅌ", "n": "ㄴ", "l": "ㄹ",
    "g": "ㄱ", "k": "ㅋ", "h": "ㅎ",
    "j": "ㅈ", "q": "ㅊ", "x": "ㅅ",
    "zh": "ㅈ", "ch": "ㅊ", "sh": "ㅅ", "r": "ㄹ",
    "z": "ㅉ", "c": "ㅊ", "s": "ㅆ",
}  # fmt: skip

#: Finals (운모) in their after-consonant pinyin spelling, written as they are when they
#: stand alone. "uei", "uen" and "ueng" are the stand-alone finals of wei/wen/weng, which
#: the table writes differently from the after-consonant ui/un/ong (웨이/우이, 원/운, 웡/웅).
_FINALS: dict[str, str] = {
    "a": "아", "o": "오", "e": "어", "ê": "에", "ai": "아이", "ei": "에이",
    "ao": "아오", "ou": "어우", "an": "안", "en": "언", "ang": "앙", "eng": "엉",
    "er": "얼", "ong": "웅",
    "i": "이", "ia": "야", "io": "요", "ie": "예", "iai": "야이", "iao": "야오",
    "iu": "유", "ian": "옌", "in": "인", "iang": "양", "ing": "잉", "iong": "융",
    "u": "우", "ua": "와", "uo": "워", "uai": "와이", "ui": "우이", "uan": "완",
    "un": "운", "uang": "왕", "uei": "웨이", "uen": "원", "ueng": "웡",
    "ü": "위", "üe": "웨", "üan": "위안", "ün": "윈",
}  # fmt: skip

#: Syllables with no initial, spelled with y/w (or a bare vowel), and their final.
_ZERO_INITIAL: dict[str, str] = {
    "yi": "i", "ya": "ia", "yo": "io", "ye": "ie", "yai": "iai", "yao": "iao",
    "you": "iu", "yan": "ian", "yin": "in", "yang": "iang", "ying": "ing",
    "yong": "iong", "yu": "ü", "yue": "üe", "yuan": "üan", "yun": "ün",
    "wu": "u", "wa": "ua", "wo": "uo", "wai": "uai", "wei": "uei", "wan": "uan",
    "wen": "uen", "wang": "uang", "weng": "ueng",
    **{v: v for v in ("a", "o", "e", "ê", "ai", "ei", "ao", "ou", "an", "en", "ang",
                      "eng", "er")},
}  # fmt: skip

#: Syllabic nasals of interjections (呣 m, 嗯 n/ng, 噷 hm, 哼 hng). They are not in the
#: official table; these spellings are a pragmatic fallback.
_SYLLABIC_NASALS: dict[str, str] = {"m": "음", "n": "은", "ng": "응", "hm": "흠", "hng": "흥"}

#: Initials after which "i" is the apical vowel written 으 (zhi 즈, si 쓰).
_APICAL_INITIALS = frozenset({"zh", "ch", "sh", "r", "z", "c", "s"})
#: Initials after which pinyin "u" spells ü.
_PALATAL_INITIALS = frozenset({"j", "q", "x"})
#: Finals that j/q/x (palatals) can take; also the finals that only they and n/l can take.
_PALATAL_FINALS = frozenset(
    {"i", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "ü", "üe", "üan", "ün"}
)
#: Initials that never precede an i- or ü- final (apart from the apical -i).
_NON_PALATAL_INITIALS = _APICAL_INITIALS | {"g", "k", "h", "f"}
_U_FINALS = frozenset({"ü", "üe", "üan", "ün"})
#: 표기 세칙 제2항: after ㅈ ㅉ ㅊ the vowels ㅑ ㅖ ㅛ ㅠ are written ㅏ ㅔ ㅗ ㅜ.
_AFFRICATES = frozenset("ㅈㅉㅊ")
_UNPALATALISE = {"ㅑ": "ㅏ", "ㅖ": "ㅔ", "ㅛ": "ㅗ", "ㅠ": "ㅜ"}

_TONE_DIGITS_RE = re.compile(r"[0-5]$")
_INITIAL_RE = re.compile(r"(zh|ch|sh|[bpmfdtnlgkhjqxrzcs])?(.*)")


def _normalise_syllable(syllable: str) -> str:
    """Lower-case, drop tone marks and tone digits, and spell ü as ``ü``."""
    text = _TONE_DIGITS_RE.sub("", _toneless(syllable.strip().lower()))
    return text.replace("u:", "ü").replace("v", "ü")


def _parse(syllable: str) -> tuple[str, str]:
    """Split a normalised pinyin syllable into (initial, final key of ``_FINALS``).

    The initial is ``""`` for zero-initial syllables; the final key ``"-i"`` is the apical
    vowel of zhi/chi/shi/ri/zi/ci/si.
    """
    if syllable in _ZERO_INITIAL:
        return "", _ZERO_INITIAL[syllable]
    match = _INITIAL_RE.fullmatch(syllable)
    initial, final = (match.group(1) or "", match.group(2)) if match else ("", syllable)
    if not initial or not final:
        raise ValueError(f"not a pinyin syllable: {syllable!r}")
    if initial in _PALATAL_INITIALS and final.startswith("u"):
        final = "ü" + final[1:]
    elif initial in {"n", "l"} and final == "ue":  # nüe/lüe are often written nue/lue
        final = "üe"
    if initial in _APICAL_INITIALS and final == "i":
        return initial, "-i"
    if final not in _FINALS:
        raise ValueError(f"not a pinyin syllable: {syllable!r}")
    if initial in _PALATAL_INITIALS and final not in _PALATAL_FINALS:
        raise ValueError(f"not a pinyin syllable: {syllable!r}")
    if final in _U_FINALS and initial not in _PALATAL_INITIALS | {"n", "l"}:
        raise ValueError(f"not a pinyin syllable: {syllable!r}")
    if final.startswith("i") and initial in _NON_PALATAL_INITIALS:
        raise ValueError(f"not a pinyin syllable: {syllable!r}")
    if final in {"uei", "uen", "ueng", "er", "ê"}:
        raise ValueError(f"not a pinyin syllable: {syllable!r}")
    return initial, final


def _attach(lead: str, final_hangul: str, *, contract: bool = True) -> str:
    """Put the consonant ``lead`` on the first (ㅇ-initial) syllable of ``final_hangul``.

    With ``contract`` the rule ㅈ/ㅉ/ㅊ + ㅑ/ㅖ/ㅛ/ㅠ → ㅏ/ㅔ/ㅗ/ㅜ is applied.
    """
    _, vowel, tail = _decompose(final_hangul[0])
    if contract and lead in _AFFRICATES:
        vowel = _UNPALATALISE.get(vowel, vowel)
    return _compose(lead, vowel, tail) + final_hangul[1:]


@functools.lru_cache(maxsize=4096)
def pinyin_to_hangul(syllable: str) -> str:
    """Transcribe one pinyin syllable into Hangul (외래어 표기법, 중국어의 표기).

    Tones (marks or digits) are ignored; ü may be written ``ü``, ``v`` or ``u:``.

    Args:
        syllable: One pinyin syllable such as ``"luo"``, ``"lü"`` or ``"zhuang"``.

    Returns:
        The Hangul transcription, e.g. ``"뤄"``.

    Raises:
        ValueError: If ``syllable`` is not a Mandarin pinyin syllable.

    >>> [pinyin_to_hangul(s) for s in ("luo", "yang", "zhuang", "lv", "er", "xiang")]
    ['뤄', '양', '좡', '뤼', '얼', '샹']
    >>> [pinyin_to_hangul(s) for s in ("zhi", "shi", "si", "zi", "jia", "jie", "tian")]
    ['즈', '스', '쓰', '쯔', '자', '제', '톈']
    >>> pinyin_to_hangul("Guǎng")
    '광'
    """
    normal = _normalise_syllable(syllable)
    if normal in _SYLLABIC_NASALS:
        logger.debug("syllabic nasal %r has no official transcription", syllable)
        return _SYLLABIC_NASALS[normal]
    initial, final = _parse(normal)
    if not initial:
        return _FINALS[final]
    lead = _INITIALS[initial]
    if final == "-i":
        return _compose(lead, "ㅡ", 0)
    return _attach(lead, _FINALS[final])


def _press_variants(syllable: str) -> frozenset[str]:
    """The official Hangul of a pinyin syllable plus common, conservative press variants.

    The variants never change a consonant's aspiration or place, so ji/zhi (ㅈ) and
    qi/chi/ci (ㅊ) stay apart. They are: plain ㅈ/ㅅ for the tense ㅉ/ㅆ of z/s
    (쑤저우/수저우); ㅔ for ㅖ after a consonant (톈/텐); ㅑ/ㅖ/ㅛ/ㅠ kept after ㅈ/ㅊ
    (자/쟈); 이우 for iu (류/리우); and 옹 for ong (둥/동).
    """
    normal = _normalise_syllable(syllable)
    official = pinyin_to_hangul(normal)
    if normal in _SYLLABIC_NASALS:
        return frozenset({official})
    initial, final = _parse(normal)
    forms = {official}
    if not initial or final == "-i":
        if final == "-i" and initial in {"z", "s"}:
            forms.add(_compose({"z": "ㅈ", "s": "ㅅ"}[initial], "ㅡ", 0))
        return frozenset(forms)
    leads = {_INITIALS[initial]}
    if initial in {"z", "s"}:
        leads.add({"z": "ㅈ", "s": "ㅅ"}[initial])
    finals = {_FINALS[final]}
    if final in {"ie", "ian"}:
        finals.add({"ie": "에", "ian": "엔"}[final])
    if final == "iu":
        finals.add("이우")
    if final == "ong":
        finals.add("옹")
    for lead in leads:
        for final_hangul in finals:
            forms.add(_attach(lead, final_hangul))
            forms.add(_attach(lead, final_hangul, contract=False))
    return frozenset(forms)


# --------------------------------------------------------------------------------------
# Hanzi -> pinyin
# --------------------------------------------------------------------------------------


#: Place names whose reading pypinyin's phrase dictionary gets wrong (simplified forms,
#: tone-marked pinyin). Kept short: only well-known names.
_NAME_PHRASES: dict[str, tuple[str, ...]] = {
    "朝阳": ("cháo", "yáng"),
    "漯河": ("luò", "hé"),
    "洪洞": ("hóng", "tóng"),
    "浚县": ("xùn", "xiàn"),
    "筠连": ("jūn", "lián"),
    "涡阳": ("guō", "yáng"),
    "六合": ("lù", "hé"),
    "长子": ("zhǎng", "zǐ"),
    "曾都": ("zēng", "dū"),
    "单县": ("shàn", "xiàn"),
    "华县": ("huà", "xiàn"),
    "华阴": ("huà", "yīn"),
}

#: Readings that a character usually has in proper nouns where pypinyin's default is a
#: common-word reading (长 zhǎng "to grow", 都 dōu "all", 勒 lēi "to tie"). They replace
#: the default only, never a reading pypinyin took from a phrase.
_NAME_CHARS: dict[str, str] = {"长": "cháng", "長": "cháng", "都": "dū", "勒": "lè"}


def _pinyin_source(run: str) -> str:
    """The text given to pypinyin, whose phrase dictionary is keyed on simplified forms.

    A run written in traditional characters (one that ``s2t`` leaves alone) is simplified;
    any other run is kept, since ``t2s`` may rewrite simplified characters too (乾县 → 干县).
    """
    if to_traditional(run) != run:
        return run
    simplified = to_simplified(run)
    return simplified if len(simplified) == len(run) else run


@functools.lru_cache(maxsize=8192)
def _default_reading(char: str) -> str:
    """pypinyin's reading of a character on its own (tone-marked)."""
    return pinyin(char, style=Style.TONE, v_to_u=True)[0][0]


def _toneless(syllable: str) -> str:
    """Drop tone marks but keep ü and ê: ``"lǚ"`` → ``"lü"``."""
    text = unicodedata.normalize("NFD", syllable)
    text = "".join(ch for ch in text if not unicodedata.combining(ch) or ch in "\u0308\u0302")
    return unicodedata.normalize("NFC", text)


@functools.lru_cache(maxsize=4096)
def _tone_readings(run: str) -> tuple[str, ...]:
    """One tone-marked pinyin reading per character of a run of Han characters.

    pypinyin's phrase-aware reading, corrected by ``_NAME_PHRASES`` and ``_NAME_CHARS``.
    """
    source = _pinyin_source(run)
    readings = [
        item[0]
        for item in pinyin(source, style=Style.TONE, v_to_u=True, errors=lambda cs: list(cs))
    ]
    if len(readings) != len(run):  # pragma: no cover - pypinyin keeps one item per char
        logger.warning("pypinyin returned %d readings for %r", len(readings), run)
        return tuple(readings)
    fixed = [False] * len(run)
    for phrase, phrase_readings in _NAME_PHRASES.items():
        for match in re.finditer(phrase, source):
            span = range(match.start(), match.end())
            readings[span.start : span.stop] = phrase_readings
            for i in span:
                fixed[i] = True
    for i, char in enumerate(source):
        name_reading = _NAME_CHARS.get(char)
        if name_reading and not fixed[i] and readings[i] == _default_reading(char):
            readings[i] = name_reading
    return tuple(readings)


def _run_pinyin(run: str, style: Style) -> list[str]:
    """One pinyin reading per character of a run of Han characters (phrase-aware).

    ``style`` is ``Style.TONE`` or ``Style.NORMAL``.
    """
    readings = _tone_readings(run)
    if style == Style.TONE:
        return list(readings)
    return [_toneless(reading) for reading in readings]


def _split_runs(text: str) -> list[tuple[str, bool]]:
    """Split ``text`` into (chunk, is_han) pieces."""
    return [(chunk, i % 2 == 1) for i, chunk in enumerate(_HAN_RUN_RE.split(text)) if chunk]


def _starts_with_vowel(syllable: str) -> bool:
    return _normalise_syllable(syllable[:1])[:1] in {"a", "o", "e", "ê"}


def hanzi_to_pinyin(text: str, tones: bool = True) -> str:
    """Romanise Chinese characters as a proper noun in Hanyu Pinyin.

    Each run of Han characters is one capitalised word; an apostrophe separates a
    syllable starting with a, o or e from the one before it. Other characters are kept.

    Args:
        text: Simplified or traditional Chinese; non-Han characters pass through.
        tones: Write tone marks (``Style.TONE``) or not (``Style.NORMAL``).

    Returns:
        The pinyin, e.g. ``"Luòyáng"``.

    >>> hanzi_to_pinyin("洛陽"), hanzi_to_pinyin("洛阳", tones=False)
    ('Luòyáng', 'Luoyang')
    >>> hanzi_to_pinyin("哈尔滨", tones=False), hanzi_to_pinyin("重庆")
    ("Ha'erbin", 'Chóngqìng')
    >>> hanzi_to_pinyin("毛 泽东 (1893)")
    'Máo Zédōng (1893)'
    """
    style = Style.TONE if tones else Style.NORMAL
    parts: list[str] = []
    for chunk, han in _split_runs(text):
        if not han:
            parts.append(chunk)
            continue
        word = ""
        for syllable in _run_pinyin(chunk, style):
            if word and _starts_with_vowel(syllable):
                word += "'"
            word += syllable
        parts.append(word[:1].upper() + word[1:])
    return "".join(parts)


def hanzi_syllables(text: str) -> list[str]:
    """Toneless pinyin syllables of the Han characters in ``text`` (phrase-aware).

    Non-Han characters are skipped; ü is written ``ü``; a Han character pypinyin has no
    reading for is returned as itself.

    >>> hanzi_syllables("長沙"), hanzi_syllables("吕梁 2")
    (['chang', 'sha'], ['lü', 'liang'])
    """
    syllables: list[str] = []
    for chunk, han in _split_runs(text):
        if han:
            syllables.extend(_run_pinyin(chunk, Style.NORMAL))
    return syllables


def _syllable_hangul(syllable: str) -> str:
    try:
        return pinyin_to_hangul(syllable)
    except ValueError:
        logger.warning("cannot transcribe %r into Hangul; keeping it", syllable)
        return syllable


def hanzi_to_hangul(text: str) -> str:
    """Transcribe a Chinese name into Hangul following the official standard.

    Syllables are concatenated without spaces; non-Han characters pass through.

    >>> [hanzi_to_hangul(s) for s in ("洛陽", "哈尔滨", "欽州", "曹健林", "西安")]
    ['뤄양', '하얼빈', '친저우', '차오젠린', '시안']
    """
    parts: list[str] = []
    for chunk, han in _split_runs(text):
        if han:
            parts.extend(_syllable_hangul(s) for s in _run_pinyin(chunk, Style.NORMAL))
        else:
            parts.append(chunk)
    return "".join(parts)


# --------------------------------------------------------------------------------------
# Sino-Korean readings
# --------------------------------------------------------------------------------------


def sino_korean(text: str) -> str:
    """The Sino-Korean (한자음) reading of Chinese characters, via the ``hanja`` package.

    Simplified characters are first converted to traditional ones (hanja readings are
    keyed on traditional forms, e.g. 广 would otherwise read 엄); the initial-sound rule
    (두음법칙) is applied as the package applies it, at the start of a word.

    >>> [sino_korean(s) for s in ("洛陽", "北京", "河南", "广州", "大連")]
    ['낙양', '북경', '하남', '광주', '대련']
    """
    return hanja.translate(to_traditional(text), "substitution")


# --------------------------------------------------------------------------------------
# Matching a Hangul name against the Chinese in parentheses
# --------------------------------------------------------------------------------------

#: Administrative suffixes: Hangul and the Chinese characters that correspond to them.
_ADMIN_SUFFIXES: dict[str, frozenset[str]] = {
    "시": frozenset("市"),
    "성": frozenset("省"),
    "구": frozenset("区區"),
    "현": frozenset("县縣"),
}
_HAN_SUFFIXES = frozenset().union(*_ADMIN_SUFFIXES.values())

#: Established Korean names (관용, 외래어 표기법 제1장 제5항) that are neither the
#: transcription nor the Sino-Korean reading; keyed on traditional characters.
_CONVENTIONAL_NAMES: dict[str, frozenset[str]] = {
    "香港": frozenset({"홍콩"}),
    "澳門": frozenset({"마카오"}),
}
_SEPARATORS_RE = re.compile(r"[\s·ㆍ・‧\-]+")


def _stem_pairs(hangul: str, hanzi: str) -> list[tuple[str, str]]:
    """(Hangul, Chinese) pairs to compare, with administrative suffixes stripped.

    A suffix may be dropped on either side; when both sides have one they must agree.
    """
    pairs = [(hangul, hanzi)]
    h_suffix = hangul[-1] if len(hangul) > 1 and hangul[-1] in _ADMIN_SUFFIXES else ""
    z_suffix = hanzi[-1] if len(hanzi) > 1 and hanzi[-1] in _HAN_SUFFIXES else ""
    if h_suffix:
        pairs.append((hangul[:-1], hanzi))
    if z_suffix:
        pairs.append((hangul, hanzi[:-1]))
    if h_suffix and z_suffix and z_suffix in _ADMIN_SUFFIXES[h_suffix]:
        pairs.append((hangul[:-1], hanzi[:-1]))
    return pairs


def _char_readings(char: str, phrase_reading: str) -> set[str]:
    """Every toneless pinyin reading of one character: in context and all heteronyms."""
    readings = {phrase_reading}
    for form in {char, to_simplified(char), to_traditional(char)}:
        for item in pinyin(form, style=Style.NORMAL, heteronym=True, v_to_u=True):
            readings.update(item)
    return readings


def _char_options(hanzi: str) -> list[frozenset[str]]:
    """For each character of ``hanzi``, the Hangul spellings accepted for it."""
    options: list[frozenset[str]] = []
    for chunk, han in _split_runs(hanzi):
        if not han:
            options.extend(frozenset({char}) for char in chunk)
            continue
        for char, reading in zip(chunk, _run_pinyin(chunk, Style.NORMAL), strict=True):
            spellings: set[str] = set()
            for candidate in _char_readings(char, reading):
                try:
                    spellings |= _press_variants(candidate)
                except ValueError:
                    logger.debug("skipping reading %r of %r", candidate, char)
            options.append(frozenset(spellings))
    return options


def _spelled_by(hangul: str, options: list[frozenset[str]]) -> bool:
    """Whether ``hangul`` is one spelling per character, concatenated in order."""
    ends = {0}
    for spellings in options:
        ends = {end + len(s) for end in ends for s in spellings if hangul.startswith(s, end)}
        if not ends:
            return False
    return len(hangul) in ends


def best_reading(hangul: str, hanzi: str) -> str:
    """Say how a Hangul name corresponds to the Chinese given for it.

    Args:
        hangul: The Hangul as written in the text, e.g. ``"뤄양시"``.
        hanzi: The Chinese in parentheses, e.g. ``"洛陽"``.

    Returns:
        ``"transcription"`` when the Hangul is the transcription of the Chinese (the
        official one, an established name such as 홍콩 for 香港, or one using another
        heteronym reading or a common press variant),
        ``"sino-korean"`` when it is the Sino-Korean reading, else ``""``. An
        administrative suffix (시/성/구/현, 市/省/区/县) may be present on either side.

    >>> best_reading("뤄양", "洛陽"), best_reading("장강", "張江"), best_reading("자오", "曹")
    ('transcription', 'sino-korean', '')
    """
    hangul = _SEPARATORS_RE.sub("", hangul)
    hanzi = _SEPARATORS_RE.sub("", hanzi)
    if not hangul or not has_han(hanzi):
        return ""
    pairs = _stem_pairs(hangul, hanzi)
    if any(h == hanzi_to_hangul(z) for h, z in pairs):
        return "transcription"
    if any(h in _CONVENTIONAL_NAMES.get(to_traditional(z), ()) for h, z in pairs):
        return "transcription"
    if any(h == sino_korean(z) for h, z in pairs):
        return "sino-korean"
    if any(_spelled_by(h, _char_options(z)) for h, z in pairs):
        return "transcription"
    return ""


def reading_matches(hangul: str, hanzi: str) -> bool:
    """Whether the Hangul written in a text corresponds to the Chinese in parentheses.

    True when the Hangul is the transcription or the Sino-Korean reading of the Chinese,
    allowing an administrative suffix on either side, heteronym readings and common press
    variants (see :func:`best_reading`).

    >>> reading_matches("뤄양", "洛陽"), reading_matches("자오젠린", "曹健林")
    (True, False)
    >>> reading_matches("우한동후", "武漢東湖"), reading_matches("난징쯔진", "紫金")
    (True, False)
    """
    return bool(best_reading(hangul, hanzi))
