"""Which types each core property links (the contract's domains and ranges, as data).

A relation a rule proposes between types the schema does not allow is dropped (and logged):
a rule may misread a clause, but it cannot make a sector located in a firm.

>>> allowed("locatedIn", "Firm", "City"), allowed("locatedIn", "Sector", "City")
(True, False)
"""

from __future__ import annotations

AGENT = frozenset({"Firm", "GovernmentBody", "Organization", "MediaOutlet"})
# the parties rules take as acting (signing, investing, setting up): agents but outlets
AGENTS = frozenset({"Firm", "GovernmentBody", "Organization"})
# what a field (Sector) can be the field of, as the rules read it
HAS_SECTOR = frozenset({"Firm", "Park", "Project", "Policy"})
PLACE = frozenset({"Country", "Province", "City"})

# property -> (subject types, object types)
SCHEMA: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "cooperatesWith": (AGENT | PLACE | {"Park"}, AGENT | PLACE | {"Park"}),
    "locatedIn": (AGENT | PLACE | {"Park", "Project"}, PLACE | {"Park"}),
    "establishes": (AGENT | PLACE, frozenset({"Firm", "Park", "Project", "Organization",
                                              "GovernmentBody"})),
    "issuedBy": (frozenset({"Policy", "Project"}), AGENT | PLACE),
    "designatedBy": (frozenset({"Park", "Project", "Policy", "City"}), AGENT | PLACE),
    "partOf": (AGENT | PLACE | {"Park", "Project", "Policy"},
               AGENT | PLACE | {"Park", "Project", "Policy"}),
    "memberOf": (frozenset({"Person"}), AGENT | PLACE),
    "inSector": (AGENT | PLACE | {"Park", "Project", "Policy"}, frozenset({"Sector"})),
    "investsIn": (AGENT | PLACE | {"Park"}, AGENT | PLACE | {"Park", "Project"}),
}


def allowed(prop: str, subject_type: str, object_type: str) -> bool:
    """Does the schema allow ``prop`` from ``subject_type`` to ``object_type``?"""
    types = SCHEMA.get(prop)
    return types is not None and subject_type in types[0] and object_type in types[1]
