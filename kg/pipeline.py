"""build(paths) -> rdflib.Graph: the stages in order.

ingest → sentences → mentions → resolve → relations → (gazetteer hierarchy) → graph.
Articles are processed one at a time, in order of their id, and merged by
entity key, so the result does not depend on the order of the inputs.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path

from rdflib import Dataset, Graph

from kg import ingest, mentions, names, relations, resolve, sentences, usergaz
from kg.gazetteer import Gazetteer
from kg.graph import Corpus, build_dataset, build_graph
from kg.namespaces import KGE_IRI
from kg.records import Article, Entity, Mention, Relation

logger = logging.getLogger(__name__)

SAMPLE = Path(__file__).parent / "sample" / "csf-2015-07-16.txt"


def sample_paths() -> list[Path]:
    """The bundled article (CSF, 2015-07-16)."""
    return [SAMPLE]


GazetteerArg = str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | Gazetteer | None


def user_gazetteer(gazetteer: GazetteerArg) -> Gazetteer | None:
    """The gazetteer a build uses: ``None`` for the built-in one, else the built-in one with
    the entries of the CSV file(s) given (or a :class:`~kg.usergaz.UserGazetteer` as is).

    Raises:
        kg.usergaz.GazetteerError: a file is bad.
    """
    if gazetteer is None or isinstance(gazetteer, Gazetteer):
        return gazetteer
    if isinstance(gazetteer, str | os.PathLike):
        gazetteer = [gazetteer]
    files = list(gazetteer)
    return usergaz.load(files) if files else None


def process(articles: Iterable[Article], gazetteer: GazetteerArg = None) -> Corpus:
    """Run the text stages over articles and merge what they find.

    ``gazetteer``: user gazetteer CSV file(s) to use besides the built-in one, for this
    build only (see :mod:`kg.usergaz`).
    """
    with usergaz.active(user_gazetteer(gazetteer)) as gaz:
        return _process(articles, gaz)


def analyse(article: Article, gazetteer: Gazetteer | None = None) -> Corpus:
    """The per-article work, a pure function: one article in, its records out.

    Runs ingest's output through sentences → mentions → resolve → relations → facts and
    returns a one-article :class:`~kg.graph.Corpus`. Parts are combined with :func:`merge`
    and finished with :func:`finish`; nothing here depends on any other article, so parts
    may be made in any process, on any machine, in any order (:mod:`kg.parallel`).

    Args:
        article: one article, as :mod:`kg.ingest` reads it.
        gazetteer: the build's gazetteer (:func:`user_gazetteer`); ``None``: the built-in one.
    """
    with usergaz.active(gazetteer) as gaz:
        return _analyse(article, gaz)


def _analyse(art: Article, gaz: Gazetteer) -> Corpus:
    part = Corpus()
    sents = sentences.split(art)
    found, analysed = mentions.find(sents, art.date)
    usergaz.reconcile(found, gaz, art.path or art.id)
    if art.publisher:
        rec = gaz.best(art.publisher, types={"Organization", "MediaOutlet", "Firm",
                                             "GovernmentBody"})
        found.append(Mention(art.publisher, rec.type if rec else "Organization", 0, 0, -1,
                             rule="publisher", confidence=0.9,
                             gazetteer_id=rec.id if rec else ""))
    ents = resolve.resolve(found, art.id)
    for ent in ents.values():
        # the publisher is the article's metadata, not a name in its text
        ent.mentioned = any(m.rule != "publisher" for m in ent.mentions)
    if not any(ent.mentioned for ent in ents.values()):
        logger.warning("%s: no entity found in article %r", art.path or art.id, art.id)
        part.without_entities.append(art.id)
    rels, facts = relations.extract(art, analysed, found, ents)
    part.articles.append(art)
    part.sentences[art.id] = sents
    part.entities = dict(ents)
    part.relations = list(rels)
    part.facts = list(facts)
    return part


def merge(into: Corpus, *parts: Corpus) -> Corpus:
    r"""Add ``parts`` (of :func:`analyse`, or merged ones) to ``into`` and return it.

    Associative and order-free: whatever the grouping and order of the parts, the
    :func:`finish`\ ed result is the same (an entity's label, type and record come from
    the part of its smallest article id; everything else is a union). ``into`` is changed
    in place; the parts must not be used afterwards.
    """
    for part in parts:
        into.articles.extend(part.articles)
        into.sentences.update(part.sentences)
        for key, ent in part.entities.items():
            _merge(into.entities, key, ent)
        into.relations.extend(part.relations)
        into.facts.extend(part.facts)
        into.without_entities.extend(part.without_entities)
    return into


def finish(corpus: Corpus, gaz: Gazetteer) -> Corpus:
    """The corpus-level steps, once all parts are merged: the gazetteer's containing
    places, the user gazetteer's identifiers, preferred labels, names in every script, and
    the records sorted and deduplicated."""
    corpus.articles.sort(key=lambda a: a.id)
    corpus.without_entities.sort()
    _hierarchy(corpus, gaz)
    used = usergaz.annotate(corpus.entities.values(), gaz)
    corpus.gazetteers = [s for s in getattr(gaz, "sources", []) if s.sha256 in used]
    for ent in corpus.entities.values():
        ent.label = _preferred_label(ent)
    names.enrich(corpus.entities)
    # stable sorts: records that tie come from one article, in the order it found them
    corpus.relations.sort(key=lambda r: (r.subject, r.predicate, r.object, r.article_id,
                                         r.sentence if r.sentence is not None else -1, r.rule))
    seen: set[tuple[str, str, str, str, str]] = set()
    unique = []
    for r in corpus.relations:
        key = (r.subject, r.predicate, r.object, r.origin, r.article_id)
        if key not in seen:
            seen.add(key)
            unique.append(r)
    corpus.relations = unique
    corpus.facts.sort(key=lambda f: (f.subject, f.kind, f.value, f.article_id,
                                     f.sentence if f.sentence is not None else -1))
    return corpus


def _process(articles: Iterable[Article], gaz: Gazetteer) -> Corpus:
    corpus = Corpus()
    for art in sorted(articles, key=lambda a: a.id):
        merge(corpus, _analyse(art, gaz))
    return finish(corpus, gaz)


def _preferred_label(ent: Entity) -> str:
    """The Korean label, chosen from the key alone so no other article can change it."""
    from kg.gazetteer import compact

    if ent.gazetteer_id:
        return ent.label
    name = ent.key.split("/", 1)[-1]
    kos = sorted(ent.labels.get("ko", ()), key=lambda n: (len(n), n))
    exact = [n for n in kos if compact(n) == name]
    return (exact or kos or [ent.label])[0]


def _first(ent: Entity) -> str:
    return min(ent.articles, default="\U0010ffff")


def _merge(into: dict[str, Entity], key: str, ent: Entity) -> None:
    cur = into.get(key)
    if cur is None:
        into[key] = ent
        return
    if _first(ent) < _first(cur):  # the entity as its first article found it leads
        into[key] = ent
        cur, ent = ent, cur
    cur.mentions.extend(ent.mentions)
    cur.articles |= ent.articles
    cur.mentioned = cur.mentioned or ent.mentioned
    cur.readings |= ent.readings
    cur.notes.extend(n for n in ent.notes if n not in cur.notes)
    for lang, labels in ent.labels.items():
        for name in labels:
            cur.add_label(lang, name)


def _hierarchy(corpus: Corpus, gaz) -> None:  # noqa: ANN001
    """Add the gazetteer's containing places (city → province → country)."""
    for key in sorted(corpus.entities):
        ent = corpus.entities[key]
        rec = gaz.records.get(ent.gazetteer_id) if ent.gazetteer_id else None
        if rec is None:
            continue
        child, child_rec = key, rec
        for anc in gaz.ancestors(rec):
            if anc.id not in corpus.entities:
                new = Entity(key=anc.id, type=anc.type, label=anc.ko, mentioned=False)
                resolve._from_record(new, anc)
                corpus.entities[anc.id] = new
            corpus.relations.append(Relation(child, "locatedIn", anc.id,
                                             rule=f"gazetteer:{child_rec.source}",
                                             confidence=1.0, origin="gazetteer"))
            child, child_rec = anc.id, anc
            if rec.type not in ("City", "Province", "Country"):
                break


def build(paths: Iterable[str | os.PathLike[str]] | None = None, base: str = KGE_IRI,
          gazetteer: GazetteerArg = None) -> Graph:
    """Build the knowledge graph of the articles at ``paths`` (files, folders, JSON Lines).

    With no paths, builds the bundled sample article. ``gazetteer``: user gazetteer CSV
    file(s) (:mod:`kg.usergaz`), checked before any article is read.
    """
    gaz = user_gazetteer(gazetteer)
    arts = ingest.read_paths(list(paths) if paths else sample_paths())
    return build_graph(process(arts, gaz), base)


def build_named(paths: Iterable[str | os.PathLike[str]] | None = None,
                base: str = KGE_IRI, gazetteer: GazetteerArg = None) -> Dataset:
    """Like :func:`build` but keeps one named graph per article (an rdflib Dataset)."""
    gaz = user_gazetteer(gazetteer)
    arts = ingest.read_paths(list(paths) if paths else sample_paths())
    return build_dataset(process(arts, gaz), base)


def build_corpus(paths: Iterable[str | os.PathLike[str]] | None = None,
                 gazetteer: GazetteerArg = None) -> Corpus:
    """Like :func:`build` but returns the records instead of the graph."""
    gaz = user_gazetteer(gazetteer)
    return process(ingest.read_paths(list(paths) if paths else sample_paths()), gaz)
