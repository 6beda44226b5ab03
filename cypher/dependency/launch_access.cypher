// name: launch_access
// title: Launch sites and launch vehicles a country relies on
// description: How the country reaches orbit. Launch sites: those the country, or something
//   located in it, launches from, or its programmes (satellites, missions) launch from.
//   Launch vehicles: programmes of subtype "launch vehicle" that the country's side takes
//   part in, builds, funds, operates or owns (directly or as part of a larger programme), or
//   that an agreement it is party to concerns. `links` counts the ties, `countries` is where
//   a site is or who builds a vehicle, `through` names what ties the country to it. The
//   `limit` most linked of each kind are listed.
// param: country string = "Kazakhstan" -- the country (canonical name)
// param: limit integer = 100 -- most sites or vehicles listed per kind of tie
// sort: kind, links desc, name, how

MATCH (c:Country {name: $country})<-[:LOCATED_IN*0..1]-(home)-[:LAUNCHES_FROM]->(site:Facility)
WITH site, count(*) AS links, collect(DISTINCT home.name) AS through
ORDER BY links DESC, site.name LIMIT $limit
OPTIONAL MATCH (site)-[:LOCATED_IN*1..2]->(host:Country)
RETURN 'launch site' AS kind, site.name AS name, 'launches from it' AS how, links AS links,
       collect(DISTINCT host.name) AS countries, through AS through
UNION ALL
MATCH (c:Country {name: $country})<-[:LOCATED_IN*0..1]-(home)-[:PARTICIPATES_IN|BUILDS|FUNDS|OPERATES|OWNS]->(prog:Program)-[:LAUNCHES_FROM]->(site:Facility)
WITH site, count(DISTINCT prog) AS links, collect(DISTINCT prog.name) AS through
ORDER BY links DESC, site.name LIMIT $limit
OPTIONAL MATCH (site)-[:LOCATED_IN*1..2]->(host:Country)
RETURN 'launch site' AS kind, site.name AS name, 'its programmes launch from it' AS how,
       links AS links, collect(DISTINCT host.name) AS countries, through AS through
UNION ALL
MATCH (c:Country {name: $country})<-[:LOCATED_IN*0..1]-(home)-[:PARTICIPATES_IN|BUILDS|FUNDS|OPERATES|OWNS]->(prog:Program)
MATCH (v:Program {subtype: 'launch vehicle'})-[:PART_OF*0..1]->(prog)
WITH v, count(DISTINCT prog) AS links, collect(DISTINCT prog.name) AS through
ORDER BY links DESC, v.name LIMIT $limit
OPTIONAL MATCH (v)<-[:BUILDS]-(builder)
OPTIONAL MATCH (builder)-[:LOCATED_IN*0..1]->(maker:Country)
RETURN 'launch vehicle' AS kind, v.name AS name, 'takes part in it' AS how, links AS links,
       collect(DISTINCT maker.name) AS countries, through AS through
UNION ALL
MATCH (c:Country {name: $country})<-[:LOCATED_IN*0..1]-(home)-[:PARTY_TO]->(a:Agreement)-[:CONCERNS]->(v:Program {subtype: 'launch vehicle'})
WITH v, count(DISTINCT a) AS links, collect(DISTINCT a.name) AS through
ORDER BY links DESC, v.name LIMIT $limit
OPTIONAL MATCH (v)<-[:BUILDS]-(builder)
OPTIONAL MATCH (builder)-[:LOCATED_IN*0..1]->(maker:Country)
RETURN 'launch vehicle' AS kind, v.name AS name, 'agreement concerns it' AS how, links AS links,
       collect(DISTINCT maker.name) AS countries, through AS through;
