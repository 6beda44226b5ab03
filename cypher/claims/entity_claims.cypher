// name: entity_claims
// title: Everything claimed about an entity, per source
// description: The quantitative and dated claims about an entity (costs, dates, cadences,
//   rankings), each with its value, the document it comes from and the sentence.
// param: entity string = "Baikonur Cosmodrome" -- the entity (canonical name)

MATCH (n:Country|Organization|Facility|Program|Agreement|Person {name: $entity})<-[:ABOUT]-(c:Claim)
OPTIONAL MATCH (c)<-[:SUPPORTS]-(e:Evidence)
RETURN c.attribute AS attribute, c.value AS value, c.value_number AS number, c.unit AS unit,
       c.doc_id AS document, collect(DISTINCT e.sentence) AS sentences
ORDER BY attribute, value, document;
