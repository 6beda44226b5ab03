// name: country_partners
// title: Partners of a country, by kind of tie
// description: Foreign countries, organisations and people tied to the country or to
//   anything located in it (its organisations, facilities, programmes, people), one row per
//   partner and kind of tie. Ties: `cooperation` (stated cooperation), `agreement` (party to
//   the same agreement), `asset in country` (leases, operates, owns, builds or funds a
//   facility, programme or organisation located in the country) and `joint programme` (takes
//   part in, builds, funds, operates or owns a programme the country's side also does).
//   `ties` counts distinct relationships, agreements or programmes; `evidence` the sentences
//   stating them; `via` names what links the two. The strongest `limit` partners of each
//   kind of tie are listed. (The country's side, the country and what is located in it,
//   is collected first (as keys: the embedded engine cannot compare nodes in a list), and
//   a partner is anything outside it: the two relationships of a shared agreement or
//   programme are then always distinct, and no partner needs a path check of its own.)
// param: country string = "Kazakhstan" -- the focal country (canonical name)
// param: limit integer = 100 -- most partners listed per kind of tie
// sort: ties desc, evidence desc, partner, tie, partner_country

MATCH (c:Country {name: $country})<-[:LOCATED_IN*0..1]-(home)
WITH c, collect(home.key) AS side_keys
MATCH (c)<-[:LOCATED_IN*0..1]-(home)-[r:COOPERATES_WITH]-(partner)
WHERE NOT partner.key IN side_keys
WITH partner, count(DISTINCT r) AS ties, sum(coalesce(r.evidence_count, 0)) AS evidence,
     collect(DISTINCT home.name) AS via
WITH partner, ties, evidence, via
ORDER BY ties DESC, evidence DESC, partner.name LIMIT $limit
OPTIONAL MATCH (partner)-[:LOCATED_IN*0..1]->(pc:Country)
RETURN partner.name AS partner, pc.name AS partner_country, 'cooperation' AS tie,
       ties AS ties, evidence AS evidence, via AS via
UNION ALL
MATCH (c:Country {name: $country})<-[:LOCATED_IN*0..1]-(home)
WITH c, collect(home.key) AS side_keys
MATCH (c)<-[:LOCATED_IN*0..1]-(home)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(partner)
WHERE NOT partner.key IN side_keys
WITH DISTINCT partner, a
WITH partner, count(a) AS ties, sum(coalesce(a.evidence_count, 0)) AS evidence,
     collect(a.name) AS via
WITH partner, ties, evidence, via
ORDER BY ties DESC, evidence DESC, partner.name LIMIT $limit
OPTIONAL MATCH (partner)-[:LOCATED_IN*0..1]->(pc:Country)
RETURN partner.name AS partner, pc.name AS partner_country, 'agreement' AS tie,
       ties AS ties, evidence AS evidence, via AS via
UNION ALL
MATCH (c:Country {name: $country})<-[:LOCATED_IN*0..1]-(home)
WITH c, collect(home.key) AS side_keys
MATCH (c)<-[:LOCATED_IN]-(home)<-[r:LEASES|OPERATES|OWNS|BUILDS|FUNDS]-(partner)
WHERE NOT partner.key IN side_keys
WITH partner, count(DISTINCT r) AS ties, sum(coalesce(r.evidence_count, 0)) AS evidence,
     collect(DISTINCT home.name) AS via
WITH partner, ties, evidence, via
ORDER BY ties DESC, evidence DESC, partner.name LIMIT $limit
OPTIONAL MATCH (partner)-[:LOCATED_IN*0..1]->(pc:Country)
RETURN partner.name AS partner, pc.name AS partner_country, 'asset in country' AS tie,
       ties AS ties, evidence AS evidence, via AS via
UNION ALL
MATCH (c:Country {name: $country})<-[:LOCATED_IN*0..1]-(home)
WITH c, collect(home.key) AS side_keys
MATCH (c)<-[:LOCATED_IN*0..1]-(home)-[:PARTICIPATES_IN|BUILDS|FUNDS|OPERATES|OWNS]->(p:Program)<-[r:PARTICIPATES_IN|BUILDS|FUNDS|OPERATES|OWNS]-(partner)
WHERE NOT partner.key IN side_keys
WITH partner, count(DISTINCT p) AS ties, sum(coalesce(r.evidence_count, 0)) AS evidence,
     collect(DISTINCT p.name) AS via
WITH partner, ties, evidence, via
ORDER BY ties DESC, evidence DESC, partner.name LIMIT $limit
OPTIONAL MATCH (partner)-[:LOCATED_IN*0..1]->(pc:Country)
RETURN partner.name AS partner, pc.name AS partner_country, 'joint programme' AS tie,
       ties AS ties, evidence AS evidence, via AS via;
