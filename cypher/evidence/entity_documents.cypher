// name: entity_documents
// title: Documents supporting an entity, with the sentences
// description: The documents that mention an entity (country, organisation, facility,
//   programme, agreement, person), with each document's sentences about it. Newest first.
// param: entity string = "Baikonur Cosmodrome" -- the entity (canonical name)

MATCH (n:Country|Organization|Facility|Program|Agreement|Person {name: $entity})
MATCH (n)<-[:SUPPORTS]-(e:Evidence)-[:FROM_DOCUMENT]->(d:Document)
RETURN d.key AS document, d.title AS title, d.published AS published,
       count(DISTINCT e) AS mentions, collect(DISTINCT e.sentence) AS sentences
ORDER BY published DESC, document;
