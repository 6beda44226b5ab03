// name: satellite_suppliers
// title: Who builds a country's satellites, and where they launch from
// description: Satellites that the country or one of its organisations operates or owns,
//   with who builds each one, the builders' home countries and the launch sites. An example
//   of a query of your own: copy the file, change it, and point `--pack-dir` (or `pack_dirs`
//   in Python) at its folder.
// param: country string = "Kazakhstan" -- the country (canonical name)

MATCH (c:Country {name: $country})
MATCH (operator)-[:OPERATES|OWNS]->(sat:Program {subtype: 'satellite'})
WHERE operator = c OR operator.country = c.key OR (operator)-[:LOCATED_IN]->(c)
OPTIONAL MATCH (sat)<-[:BUILDS]-(builder)
OPTIONAL MATCH (home:Country)
WHERE home = builder OR home.key = builder.country OR (builder)-[:LOCATED_IN]->(home)
OPTIONAL MATCH (sat)-[:LAUNCHES_FROM]->(site:Facility)
RETURN sat.name AS satellite, collect(DISTINCT operator.name) AS operators,
       collect(DISTINCT builder.name) AS builders,
       collect(DISTINCT coalesce(home.name, builder.country)) AS builder_countries,
       collect(DISTINCT site.name) AS launch_sites
ORDER BY satellite;
