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
//   kind of tie are listed. (A partner is never on the country's side, so the two
//   relationships of a shared agreement or programme are always distinct; whether a
//   partner is located in the country is checked once per partner, after counting.)
// param: country string = "Kazakhstan" -- the focal country (canonical name)
// param: limit integer = 100 -- most partners listed per kind of tie
// sort: ties desc, evidence desc, partner, tie

MATCH (c:Country {name: $country})<-[:LOCATED_IN*0..1]-(home)-[r:COOPERATES_WITH]-(partner)
WHERE partner <> c
WITH c, partner, count(DISTINCT r) AS ties, sum(coalesce(r.evidence_count, 0)) AS evidence,
     collect(DISTINCT home.name) AS via
WHERE NOT (partner)-[:LOCATED_IN]->(c)
WITH partner, ties, evidence, via
ORDER BY ties DESC, evidence DESC, partner.name LIMIT $limit
OPTIONAL MATCH (partner)-[:LOCATED_IN*0..1]->(pc:Country)
RETURN partner.name AS partner, pc.name AS partner_country, 'cooperation' AS tie,
       ties AS ties, evidence AS evidence, via AS via
UNION ALL
MATCH (c:Country {name: $country})<-[:LOCATED_IN*0..1]-(home)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(partner)
WHERE partner <> c
WITH DISTINCT c, partner, a
WITH c, partner, count(a) AS ties, sum(coalesce(a.evidence_count, 0)) AS evidence,
     collect(a.name) AS via
WHERE NOT (partner)-[:LOCATED_IN]->(c)
WITH partner, ties, evidence, via
ORDER BY ties DESC, evidence DESC, partner.name LIMIT $limit
OPTIONAL MATCH (partner)-[:LOCATED_IN*0..1]->(pc:Country)
RETURN partner.name AS partner, pc.name AS partner_country, 'agreement' AS tie,
       ties AS ties, evidence AS evidence, via AS via
UNION ALL
MATCH (c:Country {name: $country})<-[:LOCATED_IN]-(asset)
MATCH (asset)<-[r:LEASES|OPERATES|OWNS|BUILDS|FUNDS]-(partner)
WHERE partner <> c
WITH c, partner, count(DISTINCT r) AS ties, sum(coalesce(r.evidence_count, 0)) AS evidence,
     collect(DISTINCT asset.name) AS via
WHERE NOT (partner)-[:LOCATED_IN]->(c)
WITH partner, ties, evidence, via
ORDER BY ties DESC, evidence DESC, partner.name LIMIT $limit
OPTIONAL MATCH (partner)-[:LOCATED_IN*0..1]->(pc:Country)
RETURN partner.name AS partner, pc.name AS partner_country, 'asset in country' AS tie,
       ties AS ties, evidence AS evidence, via AS via
UNION ALL
MATCH (c:Country {name: $country})<-[:LOCATED_IN*0..1]-(home)-[:PARTICIPATES_IN|BUILDS|FUNDS|OPERATES|OWNS]->(p:Program)<-[r:PARTICIPATES_IN|BUILDS|FUNDS|OPERATES|OWNS]-(partner)
WHERE partner <> c
WITH c, partner, count(DISTINCT p) AS ties, sum(coalesce(r.evidence_count, 0)) AS evidence,
     collect(DISTINCT p.name) AS via
WHERE NOT (partner)-[:LOCATED_IN]->(c)
WITH partner, ties, evidence, via
ORDER BY ties DESC, evidence DESC, partner.name LIMIT $limit
OPTIONAL MATCH (partner)-[:LOCATED_IN*0..1]->(pc:Country)
RETURN partner.name AS partner, pc.name AS partner_country, 'joint programme' AS tie,
       ties AS ties, evidence AS evidence, via AS via;
