// name: country_facilities
// title: Facilities in a country
// description: Cosmodromes, launch pads and complexes, ground stations located in the
//   country, directly or inside another facility there (a pad at a cosmodrome), with the
//   facility they sit in, who operates and who leases them.
// param: country string = "Kazakhstan" -- the host country (canonical name)

MATCH (c:Country {name: $country})<-[:LOCATED_IN*1..2]-(f:Facility)
WITH DISTINCT f
OPTIONAL MATCH (f)-[:LOCATED_IN|PART_OF]->(site:Facility)
WITH f, collect(DISTINCT site.name) AS inside
OPTIONAL MATCH (f)<-[:OPERATES]-(operator)
WITH f, inside, collect(DISTINCT operator.name) AS operators
OPTIONAL MATCH (f)<-[:LEASES]-(lessee)
RETURN f.name AS facility, f.subtype AS subtype, inside AS inside, operators AS operators,
       collect(DISTINCT lessee.name) AS lessees, coalesce(f.doc_count, 0) AS documents
ORDER BY facility;
