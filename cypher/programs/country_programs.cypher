// name: country_programs
// title: Programmes a country takes part in, and who builds them
// description: Launch vehicles, satellites, stations, missions and projects that the
//   country, or something located in it, takes part in, builds, funds, operates or owns;
//   with who of the country is involved, who builds each programme and who else takes part.
//   Most documented first.
// param: country string = "Kazakhstan" -- the country (canonical name)
// param: limit integer = 100 -- most rows to return

MATCH (c:Country {name: $country})<-[:LOCATED_IN*0..1]-(home)
MATCH (home)-[:PARTICIPATES_IN|BUILDS|FUNDS|OPERATES|OWNS]->(p:Program)
WITH p, collect(DISTINCT home.name) AS involved
ORDER BY coalesce(p.doc_count, 0) DESC, p.name LIMIT $limit
OPTIONAL MATCH (p)<-[:BUILDS]-(builder)
WITH p, involved, collect(DISTINCT builder.name) AS builders
OPTIONAL MATCH (p)<-[:PARTICIPATES_IN|FUNDS|OPERATES|OWNS]-(other)
RETURN p.name AS program, p.subtype AS subtype, involved AS involved, builders AS builders,
       collect(DISTINCT other.name) AS participants, coalesce(p.doc_count, 0) AS documents
ORDER BY documents DESC, program;
