"""The small typed records that the pipeline stages hand to each other."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Article:
    """One source document, cleaned of web-page chrome.

    Offsets of sentences and mentions refer to ``text``.
    """

    id: str
    text: str
    title: str = ""
    date: str = ""  # ISO date (YYYY-MM-DD) or ""
    publisher: str = ""
    sources: list[str] = field(default_factory=list)  # cited outlets, as written
    source_date: str = ""  # date the cited outlets published, if given
    path: str = ""
    content_hash: str = ""


@dataclass
class Sentence:
    """A sentence with its character offsets in the article text."""

    article_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass
class Mention:
    """A span of text that names an entity."""

    text: str  # the name as the text writes it, parentheses removed
    type: str  # core class local name (Firm, City, ...)
    start: int  # article offsets of the whole span, parentheses included
    end: int
    sentence: int
    zh: str = ""  # Chinese characters given in parentheses
    en: str = ""  # Latin-script name given in parentheses
    rule: str = ""  # which extractor rule found it
    confidence: float = 0.8
    gazetteer_id: str = ""  # key of a gazetteer record, when one matched
    head: str = ""  # compact surface used for merging
    entity: str = ""  # key of the entity it was resolved to
    refers_to: int = -1  # article offset of the mention a short name stands for ("이하 X")


@dataclass
class Entity:
    """One real-world thing, merged from mentions (and gazetteer records)."""

    key: str  # canonical key; the IRI is minted from it
    type: str
    label: str  # preferred Korean label
    labels: dict[str, set[str]] = field(default_factory=dict)  # lang -> names
    mentions: list[Mention] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    mentioned: bool = True  # False when only a gazetteer added it
    gazetteer_id: str = ""
    geonames_id: int | None = None
    lat: float | None = None
    long: float | None = None
    population: int | None = None
    en: str = ""  # the gazetteer's English name (preferred English label)
    readings: set[str] = field(default_factory=set)  # Sino-Korean readings of the Chinese name
    notes: list[str] = field(default_factory=list)  # data-quality notes
    same_as: set[str] = field(default_factory=set)  # outside identifiers (a user gazetteer's)
    derived_from: set[str] = field(default_factory=set)  # SHA-256 of user gazetteers used

    def add_label(self, lang: str, name: str) -> None:
        """Record ``name`` under language tag ``lang`` (empty names are ignored)."""
        name = " ".join(name.split())
        if name:
            self.labels.setdefault(lang, set()).add(name)


@dataclass
class Relation:
    """A core-property statement between two entities, with its evidence."""

    subject: str  # entity key
    predicate: str  # kgo local name
    object: str
    article_id: str = ""
    sentence: int | None = None
    rule: str = ""
    confidence: float = 0.7
    origin: str = "text"  # "text" or "gazetteer"


@dataclass
class Fact:
    """A typed value stated about an entity (amount, date, count, role...)."""

    subject: str  # entity key
    kind: str  # investment, target, area, count, date, role, ...
    value: str  # lexical form: decimal, ISO date, or text
    datatype: str = ""  # xsd local name (decimal, integer, gYearMonth, date, gYear, string)
    unit: str = ""  # ISO 4217 currency, m2, km2, ...
    year: int | None = None  # target year
    article_id: str = ""
    sentence: int | None = None
    rule: str = ""
    gloss: str = ""  # English gloss (posts)
    surface: str = ""  # the words of the text that state it
