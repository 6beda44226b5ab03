// name: facility_leases
// title: Leases of facilities in a country, and when they end
// description: Facilities in the country leased by someone, with the end of the lease as
//   stated on the lease itself (`lease_until`) and the lease agreement, its status and end
//   date, when the graph has one the lessee is party to.
// param: country string = "Kazakhstan" -- the host country (canonical name)

MATCH (c:Country {name: $country})<-[:LOCATED_IN*1..2]-(f:Facility)
WITH DISTINCT f
MATCH (f)<-[l:LEASES]-(tenant)
OPTIONAL MATCH (f)<-[:CONCERNS]-(a:Agreement)
WHERE (tenant)-[:PARTY_TO]->(a)
RETURN f.name AS facility, tenant.name AS lessee, l.until AS lease_until,
       a.name AS agreement, a.status AS status, a.end_date AS agreement_ends,
       a.end_year AS agreement_end_year
ORDER BY facility, lessee, agreement;
