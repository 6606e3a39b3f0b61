"""Every IRI the project uses, declared once.

The ontology terms live in :class:`KGO`, an rdflib ``DefinedNamespace``: a
misspelled term raises ``AttributeError`` instead of minting a new predicate.
Entities are minted under :data:`KGE`; users who mint under their own domain
pass ``base=`` to :func:`kg.build` (or ``--base`` on the command line).
"""

from __future__ import annotations

import re

from rdflib import Graph, Namespace
from rdflib.namespace import (
    DCTERMS,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SH,
    SKOS,
    XSD,
    DefinedNamespace,
)
from rdflib.term import URIRef

ONTOLOGY_IRI = "https://w3id.org/kg-china/ontology"
KGO_IRI = ONTOLOGY_IRI + "#"
KGE_IRI = "https://w3id.org/kg-china/id/"


class KGO(DefinedNamespace):
    """The kg ontology (``kgo:``): the contract terms and our additions."""

    _NS = Namespace(KGO_IRI)
    _fail = True

    # classes of the contract
    Firm: URIRef
    GovernmentBody: URIRef
    Organization: URIRef
    MediaOutlet: URIRef
    Country: URIRef
    Province: URIRef
    City: URIRef
    Park: URIRef
    Policy: URIRef
    Project: URIRef
    Person: URIRef
    Sector: URIRef
    Article: URIRef
    # our classes
    Place: URIRef
    Agent: URIRef
    Sentence: URIRef
    Statement: URIRef
    Fact: URIRef
    Extraction: URIRef
    Gazetteer: URIRef

    # object properties of the contract
    cooperatesWith: URIRef
    locatedIn: URIRef
    establishes: URIRef
    issuedBy: URIRef
    designatedBy: URIRef
    partOf: URIRef
    memberOf: URIRef
    inSector: URIRef
    investsIn: URIRef
    mentions: URIRef
    # our object properties
    citesSource: URIRef
    publishedBy: URIRef
    hasFact: URIRef
    hasSentence: URIRef
    evidence: URIRef
    inArticle: URIRef
    factSubject: URIRef

    # data properties
    role: URIRef
    roleEn: URIRef
    rule: URIRef
    confidence: URIRef
    origin: URIRef
    factType: URIRef
    value: URIRef
    unit: URIRef
    year: URIRef
    date: URIRef
    surface: URIRef
    contentHash: URIRef
    sourceFile: URIRef
    population: URIRef
    dataQualityNote: URIRef
    sinoKoreanReading: URIRef


# local names of the contract's entity classes and relations, in the contract's order
CORE_CLASSES: tuple[str, ...] = (
    "Firm", "GovernmentBody", "Organization", "MediaOutlet", "Country", "Province", "City",
    "Park", "Policy", "Project", "Person", "Sector",
)
CORE_RELATIONS: tuple[str, ...] = (
    "cooperatesWith", "locatedIn", "establishes", "issuedBy", "designatedBy", "partOf",
    "memberOf", "inSector", "investsIn",
)

KGE = Namespace(KGE_IRI)
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ORG = Namespace("http://www.w3.org/ns/org#")
WGS84 = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
GEONAMES = Namespace("https://sws.geonames.org/")

PREFIXES: dict[str, Namespace | str] = {
    "kgo": KGO_IRI,
    "kge": KGE_IRI,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "schema": SDO,
    "prov": PROV,
    "dcterms": DCTERMS,
    "geo": WGS84,
    "org": ORG,
    "nif": NIF,
    "sh": SH,
    "gn": GEONAMES,
}


def bind_all(graph: Graph, entity_base: str = KGE_IRI) -> Graph:
    """Bind the project's prefixes on ``graph`` (replacing rdflib's defaults).

    >>> g = bind_all(Graph())
    >>> dict(g.namespaces())["kgo"] == URIRef(KGO_IRI)
    True
    """
    for prefix, ns in PREFIXES.items():
        iri = entity_base if prefix == "kge" else str(ns)
        graph.bind(prefix, Namespace(iri), override=True, replace=True)
    return graph


# RFC 3987 ipchar less "%" (always escaped, so that minting is one-to-one): ASCII
# letters, digits, -._~ !$&'()*+,;= :@ and "/" between segments, and the ucschar
# ranges less spaces, invisible format characters and bidi controls (RFC 3987 §4.1).
# Fixed code-point ranges, not Unicode categories, so that a newer Unicode in a
# newer Python never changes an IRI.
_UCS = [(0xA0, 0xD7FF), (0xF900, 0xFDCF), (0xFDF0, 0xFFEF),
        *((p << 16, (p << 16) + 0xFFFD) for p in range(1, 14)), (0xE1000, 0xEFFFD)]
_NOT = "\u00a0\u00ad\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\ufff9-\ufffb"
_UNSAFE = re.compile(
    "[^A-Za-z0-9\\-._~!$&'()*+,;=:@/" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _UCS) + "]"
    f"|[{_NOT}]"
)


def iri_path(key: str) -> str:
    """``key`` as the path of an IRI: characters an IRI may not hold percent-encoded.

    Keys of ordinary names pass unchanged; every other string still gives a valid
    IRI path, and two different keys never give the same path (``%`` itself is
    encoded, and so are the dots of a ``.`` or ``..`` segment).

    >>> iri_path("firm/창룽그룹"), iri_path('a b<"%>'), iri_path("x/../y")
    ('firm/창룽그룹', 'a%20b%3C%22%25%3E', 'x/%2E%2E/y')
    """
    path = _UNSAFE.sub(
        lambda m: "".join(f"%{b:02X}" for b in m[0].encode("utf-8", "surrogatepass")), key)
    return "/".join("%2E" * len(seg) if seg in (".", "..") else seg for seg in path.split("/"))


def mint(base: str, key: str) -> URIRef:
    """The IRI of ``key`` under ``base`` (see :func:`iri_path`)."""
    return URIRef(base + iri_path(key))
