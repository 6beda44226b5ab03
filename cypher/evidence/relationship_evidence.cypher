// name: relationship_evidence
// title: Evidence for the relationships between two entities
// description: Every relationship between two entities, in either direction, with the
//   documents and sentences that state it. `relationship` is the relationship key,
//   TYPE|source key|target key|role. Curated facts show rule "curated" and their source file.
// param: source string = "Russia" -- one entity (canonical name)
// param: target string = "Baikonur Cosmodrome" -- the other entity (canonical name)

MATCH (a:Country|Organization|Facility|Program|Agreement|Person {name: $source})
MATCH (a)-[r:PARTY_TO|LOCATED_IN|OPERATES|OWNS|LEASES|BUILDS|LAUNCHES_FROM|PARTICIPATES_IN|MEMBER_OF|PART_OF|FUNDS|HEADS|COOPERATES_WITH|CONCERNS]-(b)
WHERE b.name = $target
MATCH (e:Evidence {fact_key: r.key})-[:FROM_DOCUMENT]->(d:Document)
RETURN r.key AS relationship, d.key AS document, e.sentence AS sentence,
       e.char_start AS char_start, e.rule AS rule, e.source AS source
ORDER BY relationship, document, char_start;
