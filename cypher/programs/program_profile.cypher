// name: program_profile
// title: One programme: builders, operators, funders, partners, launch sites, agreements
// description: Who builds, operates, owns, funds and takes part in the programme, the larger
//   programme it is part of, its parts, where it launches from, and the agreements that
//   concern it. One row; each column a list of names.
// param: program string = "Soyuz-5" -- the programme (canonical name)

MATCH (p:Program {name: $program})
OPTIONAL MATCH (p)<-[:BUILDS]-(builder)
WITH p, collect(DISTINCT builder.name) AS builders
OPTIONAL MATCH (p)<-[:OPERATES]-(operator)
WITH p, builders, collect(DISTINCT operator.name) AS operators
OPTIONAL MATCH (p)<-[:OWNS]-(owner)
WITH p, builders, operators, collect(DISTINCT owner.name) AS owners
OPTIONAL MATCH (p)<-[:FUNDS]-(funder)
WITH p, builders, operators, owners, collect(DISTINCT funder.name) AS funders
OPTIONAL MATCH (p)<-[:PARTICIPATES_IN]-(participant)
WITH p, builders, operators, owners, funders,
     collect(DISTINCT participant.name) AS participants
OPTIONAL MATCH (p)-[:PART_OF]->(whole)
WITH p, builders, operators, owners, funders, participants,
     collect(DISTINCT whole.name) AS part_of
OPTIONAL MATCH (p)<-[:PART_OF]-(part)
WITH p, builders, operators, owners, funders, participants, part_of,
     collect(DISTINCT part.name) AS parts
OPTIONAL MATCH (p)-[:LAUNCHES_FROM]->(site:Facility)
WITH p, builders, operators, owners, funders, participants, part_of, parts,
     collect(DISTINCT site.name) AS launch_sites
OPTIONAL MATCH (p)<-[:CONCERNS]-(a:Agreement)
RETURN p.name AS program, p.subtype AS subtype, builders AS builders, operators AS operators,
       owners AS owners, funders AS funders, participants AS participants, part_of AS part_of,
       parts AS parts, launch_sites AS launch_sites, collect(DISTINCT a.name) AS agreements;
