// name: capability_ties
// title: What a country's ties for one capability rest on
// description: Entities and agreements tagged with the capability that the country, or
//   something located in it, is tied to: directly (party to, operates, owns, leases, builds,
//   launches from, takes part in, is member of, funds, cooperates with) or through an
//   agreement that concerns them. `located_in` shows whether the capability sits at home or
//   abroad. Capabilities: launch_access, launch_vehicles, launch_infrastructure,
//   satellite_manufacturing, earth_observation, telecommunications, crew_training, science.
//   The `limit` most connected of each kind are listed.
// param: country string = "Kazakhstan" -- the country (canonical name)
// param: capability string = "launch_access" -- a capability id of the model
// param: limit integer = 100 -- most entities listed per kind of tie
// sort: links desc, name, how

MATCH (c:Country {name: $country})<-[:LOCATED_IN*0..1]-(home)-[:PARTY_TO|OPERATES|OWNS|LEASES|BUILDS|LAUNCHES_FROM|PARTICIPATES_IN|MEMBER_OF|FUNDS|COOPERATES_WITH]-(asset)
WHERE $capability IN asset.capabilities
WITH asset, count(*) AS links, collect(DISTINCT home.name) AS through
ORDER BY links DESC, asset.name LIMIT $limit
OPTIONAL MATCH (asset)-[:LOCATED_IN*0..2]->(place:Country)
RETURN asset.name AS name, asset.subtype AS subtype, 'direct tie' AS how, links AS links,
       collect(DISTINCT place.name) AS located_in, through AS through
UNION ALL
MATCH (c:Country {name: $country})<-[:LOCATED_IN*0..1]-(home)-[:PARTY_TO]->(a:Agreement)-[:CONCERNS]->(asset)
WHERE $capability IN asset.capabilities
WITH asset, count(DISTINCT a) AS links, collect(DISTINCT a.name) AS through
ORDER BY links DESC, asset.name LIMIT $limit
OPTIONAL MATCH (asset)-[:LOCATED_IN*0..2]->(place:Country)
RETURN asset.name AS name, asset.subtype AS subtype, 'agreement concerns it' AS how,
       links AS links, collect(DISTINCT place.name) AS located_in, through AS through;
