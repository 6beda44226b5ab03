// name: agreements_between
// title: Agreements between two parties
// description: Agreements with one side on each end: a party is the named country or
//   organisation, or, for a country, any organisation or person located in it (so
//   Kazakhstan-Russia includes agreements between their agencies). One row per agreement and
//   pair of signing parties, with their roles.
// param: party_a string = "Kazakhstan" -- first party: a country or organisation (canonical name)
// param: party_b string = "Russia" -- second party: a country or organisation (canonical name)
// param: limit integer = 100 -- most rows to return

MATCH (pa:Country|Organization {name: $party_a})<-[:LOCATED_IN*0..1]-(side_a)-[ra:PARTY_TO]->(a:Agreement)<-[rb:PARTY_TO]-(side_b)-[:LOCATED_IN*0..1]->(pb:Country|Organization {name: $party_b})
WHERE side_a <> side_b
RETURN a.name AS agreement, a.kind AS kind, a.status AS status, a.date AS date,
       side_a.name AS party_a_side, ra.role AS role_a, side_b.name AS party_b_side,
       rb.role AS role_b
ORDER BY date, agreement, party_a_side, party_b_side
LIMIT $limit;
