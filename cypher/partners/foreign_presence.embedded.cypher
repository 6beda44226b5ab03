// Embedded (Ladybug) variant of foreign_presence.cypher, whose header applies:
// the engine names a relationship's type with label(r) where Neo4j uses type(r).

MATCH (c:Country {name: $country})<-[:LOCATED_IN*1..2]-(local)
WITH DISTINCT c, local
MATCH (local)<-[r:LEASES|OPERATES|OWNS|BUILDS|FUNDS|LAUNCHES_FROM|PARTICIPATES_IN]-(actor:Country|Organization)
WHERE actor <> c AND NOT (actor)-[:LOCATED_IN]->(c)
OPTIONAL MATCH (actor)-[:LOCATED_IN*0..1]->(home:Country)
RETURN actor.name AS foreign_actor, home.name AS home_country, toLower(label(r)) AS relation,
       local.name AS asset, local.subtype AS asset_subtype, coalesce(r.doc_count, 0) AS documents
ORDER BY foreign_actor, home_country, relation, asset
LIMIT $limit;
