// name: contradicting_claims
// title: Claims that contradict each other across documents
// description: Pairs of claims about the same entity and attribute (a cost, a date, a
//   cadence) whose values differ and that come from different documents, with both
//   documents; for a reviewer to settle. Filter on one entity with `entity`.
// param: entity string = "" -- only claims about this entity (canonical name); empty for all
// param: limit integer = 100 -- most rows to return

MATCH (c1:Claim)
MATCH (c2:Claim {subject: c1.subject, attribute: c1.attribute})
WHERE c1.key < c2.key AND c1.value <> c2.value AND c1.doc_id <> c2.doc_id
OPTIONAL MATCH (c1)-[:ABOUT]->(n)
WITH c1, c2, coalesce(n.name, c1.subject) AS subject
WHERE $entity = '' OR subject = $entity
RETURN subject AS subject, c1.attribute AS attribute, c1.value AS value_a,
       c1.doc_id AS document_a, c2.value AS value_b, c2.doc_id AS document_b
ORDER BY subject, attribute, value_a, value_b, document_a, document_b
LIMIT $limit;
