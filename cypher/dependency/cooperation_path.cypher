// name: cooperation_path
// title: Shortest cooperation paths between two entities
// description: Every shortest chain of ties linking two entities (countries, organisations,
//   facilities, programmes, agreements, people), at most 6 relationships long, through
//   agreements, cooperation, location, operation, ownership, leases, building, funding,
//   launches, participation, membership, parts and heads; documents, evidence and claims are
//   not crossed. `route` lists the entities in order, `steps` the relationship types. A path
//   search: its cost grows with the graph's density, hence its own latency budget.
// param: source string = "Turkey" -- where the path starts (canonical name)
// param: target string = "Russia" -- where it ends (canonical name)
// param: limit integer = 25 -- most paths to return
// variants: embedded
// budget_ms: 500

MATCH (a:Country|Organization|Facility|Program|Agreement|Person {name: $source})
MATCH (b:Country|Organization|Facility|Program|Agreement|Person {name: $target})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:PARTY_TO|COOPERATES_WITH|LOCATED_IN|OPERATES|OWNS|LEASES|BUILDS|FUNDS|LAUNCHES_FROM|PARTICIPATES_IN|MEMBER_OF|PART_OF|HEADS|CONCERNS*..6]-(b))
WITH length(p) AS hops, [n IN nodes(p) | n.name] AS names, [r IN relationships(p) | type(r)] AS types
RETURN DISTINCT hops AS hops, reduce(s = head(names), n IN tail(names) | s + ' > ' + n) AS route,
       reduce(s = head(types), t IN tail(types) | s + ' > ' + t) AS steps
ORDER BY hops, route, steps
LIMIT $limit;
