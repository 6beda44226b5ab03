// name: graph_overview
// title: What the graph holds: nodes per label, relationships per type
// description: The number of nodes of each label and relationships of each type, zeros
//   included; the first thing to look at after a load. One branch per label and type keeps
//   the query portable (labels() and type() differ between Neo4j and the embedded engine);
//   a test checks that every label and type of the model has its branch. Counting in WITH
//   before naming the row keeps the zero rows (a grouped count of nothing has no rows).
// sort: kind, name

MATCH (n:Country) WITH count(n) AS total RETURN 'node' AS kind, 'Country' AS name, total AS total
UNION ALL
MATCH (n:Organization) WITH count(n) AS total RETURN 'node' AS kind, 'Organization' AS name, total AS total
UNION ALL
MATCH (n:Facility) WITH count(n) AS total RETURN 'node' AS kind, 'Facility' AS name, total AS total
UNION ALL
MATCH (n:Program) WITH count(n) AS total RETURN 'node' AS kind, 'Program' AS name, total AS total
UNION ALL
MATCH (n:Agreement) WITH count(n) AS total RETURN 'node' AS kind, 'Agreement' AS name, total AS total
UNION ALL
MATCH (n:Person) WITH count(n) AS total RETURN 'node' AS kind, 'Person' AS name, total AS total
UNION ALL
MATCH (n:Claim) WITH count(n) AS total RETURN 'node' AS kind, 'Claim' AS name, total AS total
UNION ALL
MATCH (n:Document) WITH count(n) AS total RETURN 'node' AS kind, 'Document' AS name, total AS total
UNION ALL
MATCH (n:Evidence) WITH count(n) AS total RETURN 'node' AS kind, 'Evidence' AS name, total AS total
UNION ALL
MATCH ()-[r:PARTY_TO]->() WITH count(r) AS total
RETURN 'relationship' AS kind, 'PARTY_TO' AS name, total AS total
UNION ALL
MATCH ()-[r:LOCATED_IN]->() WITH count(r) AS total
RETURN 'relationship' AS kind, 'LOCATED_IN' AS name, total AS total
UNION ALL
MATCH ()-[r:OPERATES]->() WITH count(r) AS total
RETURN 'relationship' AS kind, 'OPERATES' AS name, total AS total
UNION ALL
MATCH ()-[r:OWNS]->() WITH count(r) AS total
RETURN 'relationship' AS kind, 'OWNS' AS name, total AS total
UNION ALL
MATCH ()-[r:LEASES]->() WITH count(r) AS total
RETURN 'relationship' AS kind, 'LEASES' AS name, total AS total
UNION ALL
MATCH ()-[r:BUILDS]->() WITH count(r) AS total
RETURN 'relationship' AS kind, 'BUILDS' AS name, total AS total
UNION ALL
MATCH ()-[r:LAUNCHES_FROM]->() WITH count(r) AS total
RETURN 'relationship' AS kind, 'LAUNCHES_FROM' AS name, total AS total
UNION ALL
MATCH ()-[r:PARTICIPATES_IN]->() WITH count(r) AS total
RETURN 'relationship' AS kind, 'PARTICIPATES_IN' AS name, total AS total
UNION ALL
MATCH ()-[r:MEMBER_OF]->() WITH count(r) AS total
RETURN 'relationship' AS kind, 'MEMBER_OF' AS name, total AS total
UNION ALL
MATCH ()-[r:PART_OF]->() WITH count(r) AS total
RETURN 'relationship' AS kind, 'PART_OF' AS name, total AS total
UNION ALL
MATCH ()-[r:FUNDS]->() WITH count(r) AS total
RETURN 'relationship' AS kind, 'FUNDS' AS name, total AS total
UNION ALL
MATCH ()-[r:HEADS]->() WITH count(r) AS total
RETURN 'relationship' AS kind, 'HEADS' AS name, total AS total
UNION ALL
MATCH ()-[r:COOPERATES_WITH]->() WITH count(r) AS total
RETURN 'relationship' AS kind, 'COOPERATES_WITH' AS name, total AS total
UNION ALL
MATCH ()-[r:CONCERNS]->() WITH count(r) AS total
RETURN 'relationship' AS kind, 'CONCERNS' AS name, total AS total
UNION ALL
MATCH ()-[r:ABOUT]->() WITH count(r) AS total
RETURN 'relationship' AS kind, 'ABOUT' AS name, total AS total
UNION ALL
MATCH ()-[r:CONTRADICTS]->() WITH count(r) AS total
RETURN 'relationship' AS kind, 'CONTRADICTS' AS name, total AS total
UNION ALL
MATCH ()-[r:SUPPORTS]->() WITH count(r) AS total
RETURN 'relationship' AS kind, 'SUPPORTS' AS name, total AS total
UNION ALL
MATCH ()-[r:FROM_DOCUMENT]->() WITH count(r) AS total
RETURN 'relationship' AS kind, 'FROM_DOCUMENT' AS name, total AS total;
