// Embedded (Ladybug) variant of facility_users.cypher, whose header applies:
// the engine has label(x) for a node's label and a relationship's type, where Neo4j has
// labels(x)[0] and type(r).

MATCH (f:Facility {name: $facility})<-[r:OPERATES|OWNS|LEASES|BUILDS|FUNDS|LAUNCHES_FROM|PARTICIPATES_IN]-(who)
OPTIONAL MATCH (who)-[:LOCATED_IN*0..1]->(home:Country)
RETURN who.name AS user, label(who) AS user_label, home.name AS user_country,
       toLower(label(r)) AS relation, r.until AS until, coalesce(r.doc_count, 0) AS documents
ORDER BY relation, user, user_country;
