// name: agreement_timeline
// title: Timeline of a country's agreements, by year and status
// description: How many agreements the country (or its organisations and people) entered
//   each year, split by status, with their names. Agreements without a known year are left
//   out; `country_agreements` lists them.
// param: country string = "Kazakhstan" -- the country (canonical name)
// param: from_year integer = 1991 -- first year shown
// param: to_year integer = 2100 -- last year shown

MATCH (c:Country {name: $country})<-[:LOCATED_IN*0..1]-(home)-[:PARTY_TO]->(a:Agreement)
WITH DISTINCT a
WHERE a.year >= $from_year AND a.year <= $to_year
RETURN a.year AS year, coalesce(a.status, 'unknown') AS status, count(a) AS agreements,
       collect(a.name) AS names
ORDER BY year, status;
