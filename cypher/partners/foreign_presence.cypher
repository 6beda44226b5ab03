// name: foreign_presence
// title: Foreign governments and organisations present in a country
// description: Countries and organisations from elsewhere (or of unknown country) that lease,
//   operate, own, build, fund, launch from or take part in something located in the country:
//   a facility (or a site inside one), a programme, or one of its organisations (a joint
//   venture, say). One row per foreign actor, relationship and local asset.
// param: country string = "Kazakhstan" -- the host country (canonical name)
// param: limit integer = 100 -- most rows to return
// variants: embedded

MATCH (c:Country {name: $country})<-[:LOCATED_IN*1..2]-(local)
WITH DISTINCT c, local
MATCH (local)<-[r:LEASES|OPERATES|OWNS|BUILDS|FUNDS|LAUNCHES_FROM|PARTICIPATES_IN]-(actor:Country|Organization)
WHERE actor <> c AND NOT (actor)-[:LOCATED_IN]->(c)
OPTIONAL MATCH (actor)-[:LOCATED_IN*0..1]->(home:Country)
RETURN actor.name AS foreign_actor, home.name AS home_country, toLower(type(r)) AS relation,
       local.name AS asset, local.subtype AS asset_subtype, coalesce(r.doc_count, 0) AS documents
ORDER BY foreign_actor, home_country, relation, asset
LIMIT $limit;
