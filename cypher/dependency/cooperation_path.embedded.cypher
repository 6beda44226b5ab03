// Embedded (Ladybug) variant of cooperation_path.cypher, whose header applies: the engine
// writes a shortest-path search as [* ALL SHORTEST 1..6] where Neo4j has allShortestPaths,
// and builds the route with list_transform/list_to_string where Neo4j uses a list
// comprehension and reduce().

MATCH (a:Country|Organization|Facility|Program|Agreement|Person {name: $source})
MATCH (b:Country|Organization|Facility|Program|Agreement|Person {name: $target})
WHERE a <> b
MATCH p = (a)-[:PARTY_TO|COOPERATES_WITH|LOCATED_IN|OPERATES|OWNS|LEASES|BUILDS|FUNDS|LAUNCHES_FROM|PARTICIPATES_IN|MEMBER_OF|PART_OF|HEADS|CONCERNS* ALL SHORTEST 1..6]-(b)
RETURN DISTINCT length(p) AS hops,
       list_to_string(' > ', list_transform(nodes(p), n -> n.name)) AS route,
       list_to_string(' > ', list_transform(rels(p), r -> label(r))) AS steps
ORDER BY hops, route, steps
LIMIT $limit;
