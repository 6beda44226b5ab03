// name: contradicting_claims
// title: Claims that contradict each other across documents
// description: Pairs of claims about the same entity and attribute (a cost, a date, a
//   cadence) whose values differ and that come from different documents, with both
//   documents; for a reviewer to settle. Filter on one entity with `entity`. The pairs are
//   the CONTRADICTS relationships the store derives whenever claims are written, so this
//   reads the contradictions only, however many claims agree.
// param: entity string = "" -- only claims about this entity (canonical name); empty for all
// param: limit integer = 100 -- most pairs to return

MATCH (topic)<-[:ABOUT]-(c1:Claim)-[:CONTRADICTS]->(c2:Claim)
WHERE $entity = '' OR topic.name = $entity
RETURN topic.name AS subject, c1.attribute AS attribute, c1.value AS value_a,
       c1.doc_id AS document_a, c2.value AS value_b, c2.doc_id AS document_b
ORDER BY subject, attribute, value_a, value_b, document_a, document_b
LIMIT $limit;
