// name: agreements_ending
// title: A country's agreements that end by a date
// description: Agreements of the country (or of its organisations and people) with a stated
//   end date on or before `ending_by`, soonest first, with the other parties. Partial dates compare
//   as text, so "2050" counts as ending by "2050-12-31" and after "2049-12-31".
// param: country string = "Kazakhstan" -- the country (canonical name)
// param: ending_by date = "2060-12-31" -- latest end date to include (YYYY, YYYY-MM or YYYY-MM-DD)
// param: limit integer = 100 -- most agreements to list

MATCH (c:Country {name: $country})<-[:LOCATED_IN*0..1]-(home)-[:PARTY_TO]->(a:Agreement)
WITH DISTINCT a
WHERE a.end_date IS NOT NULL AND a.end_date <= $ending_by
WITH a ORDER BY a.end_date, a.name LIMIT $limit
MATCH (a)<-[:PARTY_TO]-(party)
RETURN a.name AS agreement, a.kind AS kind, a.status AS status, a.end_date AS end_date,
       a.end_year AS end_year, collect(DISTINCT party.name) AS parties
ORDER BY end_date, agreement;
