// name: country_partners
// title: Partners of a country, by kind of tie
// description: Every foreign country, organisation or person tied to the country or to
//   anything located in it (its organisations, facilities, programmes, people), one row per
//   partner and kind of tie. Ties: `cooperation` (stated cooperation), `agreement` (party to
//   the same agreement), `asset in country` (leases, operates, owns, builds or funds a
//   facility, programme or organisation located in the country) and `joint programme` (takes
//   part in, builds, funds, operates or owns a programme the country's side also does).
//   `ties` counts distinct relationships or agreements, `documents` the distinct documents
//   stating them, `via` names what links the two.
// param: country string = "Kazakhstan" -- the focal country (canonical name)
// sort: ties desc, partner, tie

MATCH (c:Country {name: $country})<-[:LOCATED_IN*0..1]-(home)-[r:COOPERATES_WITH]-(partner)
WHERE partner <> c AND NOT (partner)-[:LOCATED_IN]->(c)
OPTIONAL MATCH (partner)-[:LOCATED_IN*0..1]->(pc:Country)
OPTIONAL MATCH (ev:Evidence {fact_key: r.key})
RETURN partner.name AS partner, pc.name AS partner_country,
       'cooperation' AS tie, count(DISTINCT r) AS ties, count(DISTINCT ev.doc_id) AS documents,
       collect(DISTINCT home.name) AS via
UNION ALL
MATCH (c:Country {name: $country})<-[:LOCATED_IN*0..1]-(home)-[r1:PARTY_TO]->(a:Agreement)
MATCH (a)<-[r2:PARTY_TO]-(partner)
WHERE r1 <> r2 AND partner <> c AND NOT (partner)-[:LOCATED_IN]->(c)
OPTIONAL MATCH (partner)-[:LOCATED_IN*0..1]->(pc:Country)
OPTIONAL MATCH (ev:Evidence)-[:SUPPORTS]->(a)
RETURN partner.name AS partner, pc.name AS partner_country,
       'agreement' AS tie, count(DISTINCT a) AS ties, count(DISTINCT ev.doc_id) AS documents,
       collect(DISTINCT a.name) AS via
UNION ALL
MATCH (c:Country {name: $country})<-[:LOCATED_IN]-(asset)
MATCH (asset)<-[r:LEASES|OPERATES|OWNS|BUILDS|FUNDS]-(partner)
WHERE partner <> c AND NOT (partner)-[:LOCATED_IN]->(c)
OPTIONAL MATCH (partner)-[:LOCATED_IN*0..1]->(pc:Country)
OPTIONAL MATCH (ev:Evidence {fact_key: r.key})
RETURN partner.name AS partner, pc.name AS partner_country,
       'asset in country' AS tie, count(DISTINCT r) AS ties,
       count(DISTINCT ev.doc_id) AS documents, collect(DISTINCT asset.name) AS via
UNION ALL
MATCH (c:Country {name: $country})<-[:LOCATED_IN*0..1]-(home)
MATCH (home)-[r1:PARTICIPATES_IN|BUILDS|FUNDS|OPERATES|OWNS]->(p:Program)
MATCH (p)<-[r2:PARTICIPATES_IN|BUILDS|FUNDS|OPERATES|OWNS]-(partner)
WHERE r1 <> r2 AND partner <> c AND NOT (partner)-[:LOCATED_IN]->(c)
OPTIONAL MATCH (partner)-[:LOCATED_IN*0..1]->(pc:Country)
OPTIONAL MATCH (ev:Evidence {fact_key: r2.key})
RETURN partner.name AS partner, pc.name AS partner_country,
       'joint programme' AS tie, count(DISTINCT p) AS ties,
       count(DISTINCT ev.doc_id) AS documents, collect(DISTINCT p.name) AS via;
