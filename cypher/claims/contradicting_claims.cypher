// name: contradicting_claims
// title: Claims that contradict each other across documents
// description: Pairs of claims about the same entity and attribute (a cost, a date, a
//   cadence) whose values differ and that come from different documents, with both
//   documents; for a reviewer to settle. Filter on one entity with `entity`. Claims are
//   grouped by entity and attribute first, so only groups of two or more are paired.
// param: entity string = "" -- only claims about this entity (canonical name); empty for all
// param: limit integer = 100 -- most pairs to return

MATCH (c:Claim)-[:ABOUT]->(topic)
WHERE $entity = '' OR topic.name = $entity
WITH topic, c.attribute AS attribute, collect(c) AS claims
WHERE size(claims) > 1
UNWIND claims AS c1
UNWIND claims AS c2
WITH topic, attribute, c1, c2
WHERE c1.key < c2.key AND c1.value <> c2.value AND c1.doc_id <> c2.doc_id
RETURN topic.name AS subject, attribute AS attribute, c1.value AS value_a,
       c1.doc_id AS document_a, c2.value AS value_b, c2.doc_id AS document_b
ORDER BY subject, attribute, value_a, value_b, document_a, document_b
LIMIT $limit;
