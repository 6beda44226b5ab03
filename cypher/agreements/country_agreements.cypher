// name: country_agreements
// title: Agreements of a country, with parties and subjects
// description: Agreements the country, or an organisation or person located in it, is party
//   to: kind, status, dates, value, every party with its role, and what the agreement
//   concerns. Newest first, undated ones last; filter on one status with `status`.
// param: country string = "Kazakhstan" -- the country (canonical name)
// param: status string = "" -- only this status (signed, in force, expired...); empty: all
// param: limit integer = 200 -- most agreements to list

MATCH (c:Country {name: $country})<-[:LOCATED_IN*0..1]-(home)-[:PARTY_TO]->(a:Agreement)
WITH DISTINCT a
WHERE $status = '' OR a.status = $status
WITH a ORDER BY coalesce(a.year, 0) DESC, coalesce(a.date, '') DESC, a.name LIMIT $limit
MATCH (a)<-[p:PARTY_TO]-(party)
WITH a, collect(DISTINCT party.name + ' (' + coalesce(p.role, 'party') + ')') AS parties
OPTIONAL MATCH (a)-[:CONCERNS]->(subject)
RETURN a.name AS agreement, a.kind AS kind, a.status AS status, a.date AS date,
       a.year AS year, a.end_date AS end_date, a.value AS value, a.currency AS currency,
       parties AS parties, collect(DISTINCT subject.name) AS concerns
ORDER BY coalesce(year, 0) DESC, coalesce(date, '') DESC, agreement;
