// name: facility_users
// title: Who operates, leases, owns or uses a facility
// description: Every country, organisation, person or programme related to the facility:
//   operating, owning, leasing (with the lease end), building, funding, launching from it or
//   taking part in its work. One row per user and relationship.
// param: facility string = "Baikonur Cosmodrome" -- the facility (canonical name)
// variants: embedded

MATCH (f:Facility {name: $facility})<-[r:OPERATES|OWNS|LEASES|BUILDS|FUNDS|LAUNCHES_FROM|PARTICIPATES_IN]-(who)
OPTIONAL MATCH (who)-[:LOCATED_IN*0..1]->(home:Country)
RETURN who.name AS user, labels(who)[0] AS user_label, home.name AS user_country,
       toLower(type(r)) AS relation, r.until AS until, coalesce(r.doc_count, 0) AS documents
ORDER BY relation, user, user_country;
