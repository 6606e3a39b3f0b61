"""User gazetteers: an analyst's own CSV of firms, people and places.

A file has a header row and the columns ``name,type,aliases,iri`` (any order), and
optionally ``parent`` and ``country``::

    name,type,aliases,iri,parent,country
    루미나크,Firm,Luminark|路米纳克|路米納克,https://www.wikidata.org/entity/Q1,선전,CN

* ``name``: the Korean (or any) preferred name; ``type``: one of the 12 core classes;
* ``aliases``: other names separated by ``|``, in Hangul (labelled ``ko``), Chinese
  characters (``zh-Hans`` or ``zh-Hant``) or Latin script (``en``);
* ``iri``: an outside identifier (Wikidata, a registry), written as ``owl:sameAs``;
* ``parent``: a place (or body) the entry is in, by a name the gazetteers know: the
  entry is ``kgo:locatedIn`` it, a statement whose rule names the file;
* ``country``: an ISO 3166-1 alpha-2 code.

A file is read whole and checked before anything is built: a fault is a
:class:`GazetteerError` naming the file, the row (the header is row 1) and the problem.
An entry extends the built-in record of the same name and type, else it is a new record
keyed like a name found in the text (``firm/루미나크``), so the entity is the same with or
without the gazetteer. :func:`active` makes the built-in gazetteer plus the user's entries
the gazetteer of one build (a context variable), without changing the built-in one.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import logging
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kg.gazetteer import (
    _ACTIVE,
    HAN,
    HANGUL,
    Gazetteer,
    Record,
    _s2t,
    _t2s,
    builtin,
    compact,
)
from kg.namespaces import CORE_CLASSES
from kg.records import Entity, Mention

logger = logging.getLogger(__name__)

REQUIRED = ("name", "type", "aliases", "iri")
OPTIONAL = ("parent", "country")
# an absolute IRI (RFC 3987 in outline): a scheme, then no space, control or <>"{}|\^`
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20\x7f<>\"{}|\\^`]+")
_LATIN = re.compile(r"[A-Za-z]")
_OTHER_SCRIPT = re.compile(r"[^\W\dA-Za-z\u00c0-\u024f\uac00-\ud7a3\u3400-\u4dbf\u4e00-\u9fff"
                           r"\uf900-\ufaff_]")


class GazetteerError(ValueError):
    """A user gazetteer that cannot be used: ``file: row N: problem``."""


@dataclass
class Entry:
    """One row of a user gazetteer."""

    file: str  # the file's name as given
    row: int  # the header is row 1
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    iri: str = ""
    parent: str = ""
    country: str = ""

    @property
    def where(self) -> str:
        """``firms.csv row 3``."""
        return f"{Path(self.file).name} row {self.row}"


@dataclass
class Source:
    """A user gazetteer file: its name and the SHA-256 of its bytes."""

    file: str  # the name, as the graph gives it (kgo:sourceFile)
    sha256: str
    path: str = ""  # as given


def script_lang(name: str) -> str:
    """The language tag of a name by its script (``''``: none we tag).

    >>> [script_lang(n) for n in ("루미나크", "路米纳克", "路米納克", "Lumi")]
    ['ko', 'zh-Hans', 'zh-Hant', 'en']
    >>> script_lang("Люмина")
    ''
    """
    if _OTHER_SCRIPT.search(name):
        return ""
    if HANGUL.search(name):
        return "ko"
    if HAN.search(name):
        return "zh-Hant" if _t2s(name) != name else "zh-Hans"
    return "en" if _LATIN.search(name) else ""


def read(path: str | os.PathLike[str]) -> tuple[list[Entry], Source]:
    """The entries of one gazetteer file, checked row by row.

    Raises:
        GazetteerError: the file cannot be read or a row is bad.
    """
    name = os.fspath(path)
    label = Path(name).name
    try:
        data = Path(name).read_bytes()
    except FileNotFoundError:
        raise GazetteerError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise GazetteerError(f"{name}: a folder, not a CSV file") from None
    except OSError as exc:
        raise GazetteerError(f"{name}: cannot read ({exc.strerror or exc})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GazetteerError(f"{name}: not UTF-8 text (byte {exc.start})") from None
    if b"\x00" in data:
        raise GazetteerError(f"{name}: binary file, not CSV text (NUL bytes)")
    rows = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(rows, None)
        if header is None or not any(h.strip() for h in header):
            raise GazetteerError(f"{name}: the file is empty (needs the header "
                                 f"{','.join(REQUIRED)})")
        cols = [h.strip().lower() for h in header]
        missing = [c for c in REQUIRED if c not in cols]
        unknown = [c for c in cols if c not in REQUIRED + OPTIONAL]
        twice = sorted({c for c in cols if cols.count(c) > 1})
        if missing or unknown or twice:
            why = (f"missing column {', '.join(missing)}" if missing else
                   f"unknown column {unknown[0]!r}" if unknown else f"column {twice[0]!r} twice")
            raise GazetteerError(f"{name}: row 1: wrong header ({why}); needs "
                                 f"{','.join(REQUIRED)} (optional: {','.join(OPTIONAL)})")
        entries: list[Entry] = []
        seen: dict[tuple[str, str], int] = {}
        for cells in rows:
            row = rows.line_num
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(cols):
                raise GazetteerError(f"{name}: row {row}: {len(cells)} fields, the header has "
                                     f"{len(cols)} (quote a name that holds a comma)")
            values = dict(zip(cols, (c.strip() for c in cells), strict=False))
            entry = _entry(name, row, values)
            key = (entry.type, compact(entry.name))
            if key in seen:
                raise GazetteerError(f"{name}: row {row}: {entry.type} {entry.name!r} is "
                                     f"listed twice (row {seen[key]})")
            seen[key] = row
            entries.append(entry)
    except csv.Error as exc:
        raise GazetteerError(f"{name}: row {rows.line_num}: not CSV ({exc})") from None
    return entries, Source(label, hashlib.sha256(data).hexdigest(), name)


def _entry(file: str, row: int, v: dict[str, str]) -> Entry:
    def fault(problem: str) -> GazetteerError:
        return GazetteerError(f"{file}: row {row}: {problem}")

    name = " ".join(v.get("name", "").split())
    if not name or not compact(name):
        raise fault("empty name")
    typ = v.get("type", "")
    if typ not in CORE_CLASSES:
        near = [c for c in CORE_CLASSES if c.lower() == typ.lower()]
        hint = f" (did you mean {near[0]}?)" if near else f" (one of {', '.join(CORE_CLASSES)})"
        raise fault(f"unknown type {typ!r}{hint}" if typ else f"empty type{hint}")
    aliases = []
    for alias in (" ".join(a.split()) for a in v.get("aliases", "").split("|")):
        if not alias:
            continue
        if not script_lang(alias):
            raise fault(f"alias {alias!r} is not in Hangul, Chinese characters or Latin script")
        if alias != name and alias not in aliases:
            aliases.append(alias)
    if not script_lang(name):
        raise fault(f"name {name!r} is not in Hangul, Chinese characters or Latin script")
    iri = v.get("iri", "")
    if iri and not _IRI.fullmatch(iri):
        raise fault(f"malformed IRI {iri!r} (needs a scheme, e.g. https://, and no spaces "
                    "or <>\"{}|\\^`)")
    country = v.get("country", "").upper()
    if country and not (re.fullmatch(r"[A-Z]{2}", country) and
                        f"country/{country}" in builtin().records):
        raise fault(f"unknown country {v['country']!r} (an ISO 3166-1 alpha-2 code: CN, KR)")
    return Entry(file, row, name, typ, aliases, iri, v.get("parent", ""), country)


def load(paths: Iterable[str | os.PathLike[str]]) -> UserGazetteer:
    """The built-in gazetteer with the entries of ``paths`` (checked, in order).

    Raises:
        GazetteerError: a file is bad (the first fault).
    """
    entries: list[Entry] = []
    sources: list[Source] = []
    first: dict[tuple[str, str], Entry] = {}
    for path in paths:
        got, src = read(path)
        for e in got:
            prev = first.setdefault((e.type, compact(e.name)), e)
            if prev is not e:
                raise GazetteerError(f"{e.file}: row {e.row}: {e.type} {e.name!r} is listed "
                                     f"already ({prev.where})")
        entries.extend(got)
        sources.append(src)
    return UserGazetteer(builtin(), entries, sources)


class UserGazetteer(Gazetteer):
    """The built-in gazetteer's records plus a user's; the built-in one is left unchanged."""

    def __init__(self, base: Gazetteer, entries: list[Entry], sources: list[Source]) -> None:
        # no Gazetteer.__init__: the records are the built-in ones, shared (never mutated)
        self.records = dict(base.records)
        self._index = defaultdict(list, {k: list(v) for k, v in base._index.items()})
        self._sino, self._sino_any = base._sino, base._sino_any
        self.entries = entries
        self.sources = sources
        self.entry_of: dict[str, Entry] = {}
        for e in entries:
            rec = self._record(base, e)
            self.records[rec.id] = rec
            self.entry_of[rec.id] = e
            for n in rec.names():
                key = compact(n)
                if key and rec.id not in self._index[key]:
                    self._index[key].insert(0, rec.id)
        for e in entries:  # parents may be entries of the files too
            if e.parent:
                rid = next(r for r, x in self.entry_of.items() if x is e)
                parent = self._parent(e, rid)
                self.records[rid].parent = parent.id
                if parent.country and not self.records[rid].country:
                    self.records[rid].country = parent.country

    def _parent(self, e: Entry, rid: str) -> Record:
        cands = [r for r in self.lookup(e.parent) if r.id != rid]
        if not cands:
            raise GazetteerError(f"{e.file}: row {e.row}: parent {e.parent!r} is a name no "
                                 "gazetteer knows")
        return cands[0]

    @staticmethod
    def _record(base: Gazetteer, e: Entry) -> Record:
        same = [r for r in base.lookup(e.name, {e.type})
                if compact(e.name) in {compact(n) for n in r.names()} and not r.user_row]
        if same:  # the built-in record of that name: the user's names and link added to it
            r = same[0]
            rec = dataclasses.replace(r, ko_alt=set(r.ko_alt), en_alt=set(r.en_alt),
                                      abbr=set(r.abbr))
            for attr in ("geonames_admin1", "approximate_point"):
                if hasattr(r, attr):
                    setattr(rec, attr, getattr(r, attr))
        else:
            rec = Record(id=f"{e.type.lower()}/{compact(e.name)}", type=e.type, ko="",
                         hangul_matchable=True)
        rec.source = Path(e.file).name
        rec.user_row = e.where
        rec.country = e.country or rec.country
        names = [e.name, *e.aliases]
        for n in names:
            lang = script_lang(n)
            if lang == "ko":
                if not rec.ko:
                    rec.ko = n
                elif n != rec.ko:
                    rec.ko_alt.add(n)
            elif lang.startswith("zh"):
                hans, hant = (n, _s2t(n)) if lang == "zh-Hans" else (_t2s(n), n)
                if not rec.zh_hans:
                    rec.zh_hans, rec.zh_hant = hans, hant
                else:
                    rec.abbr |= {hans, hant} - {rec.zh_hans, rec.zh_hant}
            elif not rec.en:
                rec.en = n
            elif n != rec.en:
                rec.en_alt.add(n)
        if not rec.ko:  # no Hangul name: the first name is the label
            rec.ko = e.name
        return rec

    def lookup(self, name: str, types: set[str] | None = None,
               hangul_only: bool = False) -> list[Record]:
        """As :meth:`Gazetteer.lookup`, the user's entries first."""
        found = super().lookup(name, types, hangul_only)
        return sorted(found, key=lambda r: not r.user_row)

    def entry(self, record_id: str) -> Entry | None:
        """The user's entry behind a record id, if any."""
        return self.entry_of.get(record_id)


@contextmanager
def active(gaz: Gazetteer | None) -> Iterator[Gazetteer]:
    """Make ``gaz`` the gazetteer of what runs inside (``None``: the built-in one).

    Caches built from the built-in gazetteer (Kiwi's user words, the business groups) are
    filled first, so that no user entry leaks into them and so into a later build.
    """
    from kg import sentences
    from kg.mentions import firms

    if gaz is None:
        yield builtin()
        return
    sentences.kiwi()
    firms.group_names()
    token = _ACTIVE.set(gaz)
    try:
        yield gaz
    finally:
        _ACTIVE.reset(token)


def reconcile(mentions: list[Mention], gaz: Gazetteer, where: str) -> None:
    """Give a user's entry to the mentions of its names that only a guess typed.

    A mention whose words are exactly a name of an entry takes the entry's type and record,
    unless the text states otherwise in a gloss (``X(X縣)``: a county, not the firm X): then
    the text is kept, for every mention of that name, and the clash is logged with the
    file and row. ``where`` names the article in the log.
    """
    if not isinstance(gaz, UserGazetteer):
        return
    by_name: dict[str, Record] = {}
    for rid in gaz.entry_of:
        rec = gaz.records[rid]
        for n in rec.names():
            by_name.setdefault(compact(n), rec)
    from kg.mentions.base import zh_type

    stated: dict[str, Mention] = {}
    for m in mentions:
        rec = by_name.get(compact(m.text))
        if rec is None or not m.rule.startswith("gloss"):
            continue
        said = zh_type(m.zh) if m.zh else None
        if m.gazetteer_id == rec.id and said not in (None, rec.type):
            m.type, m.gazetteer_id, m.rule = said, "", "gloss"  # 위통(偉通縣): a county
        elif m.gazetteer_id == rec.id or m.type in ("?", rec.type):
            continue
        if compact(m.text) not in stated:
            stated[compact(m.text)] = m
        logger.warning("%s: %s %r is typed %s in %s by the text's gloss (%s); the text is kept",
                       rec.user_row, rec.type, rec.ko, m.type, where,
                       m.zh or m.en or m.text)
    for m in mentions:
        key = compact(m.text)
        rec = by_name.get(key)
        if rec is None or m in stated.values():
            continue
        if key in stated:  # the name the text glossed: its other mentions follow the gloss
            if m.gazetteer_id == rec.id:
                src = stated[key]
                m.type, m.gazetteer_id, m.rule = src.type, src.gazetteer_id, "known-name"
            continue
        if m.gazetteer_id == rec.id:
            continue
        if m.type not in ("?", rec.type) or m.gazetteer_id:
            logger.info("%s: %r in %s was a guess (%s, rule %s): typed %s", rec.user_row,
                        m.text, where, m.type, m.rule, rec.type)
        m.type, m.gazetteer_id = rec.type, rec.id


def annotate(entities: Iterable[Entity], gaz: Gazetteer) -> set[str]:
    """Add the user's identifiers and labels to the entities of its entries; returns the
    SHA-256 of the gazetteer files they came from."""
    used: set[str] = set()
    if not isinstance(gaz, UserGazetteer):
        return used
    sha = {s.path: s.sha256 for s in gaz.sources}
    for ent in entities:
        e = gaz.entry(ent.gazetteer_id) if ent.gazetteer_id else None
        if e is None:
            continue
        if e.iri:
            ent.same_as.add(e.iri)
        for n in (e.name, *e.aliases):
            ent.add_label(script_lang(n), n)
        digest = sha[e.file]
        ent.derived_from.add(digest)
        used.add(digest)
    return used
