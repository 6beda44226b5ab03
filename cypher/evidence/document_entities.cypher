// name: document_entities
// title: Entities a document mentions, with the sentences
// description: Every entity, agreement and claim a document supports, with the sentences
//   that mention it and their character offsets in the cleaned text. Most mentioned first.
// param: doc_id string -- the document id (its file name, as `documents` lists it)

MATCH (d:Document {key: $doc_id})<-[:FROM_DOCUMENT]-(e:Evidence)
// OPTIONAL MATCH, then dropping the misses: on large graphs the embedded engine (Ladybug
// 0.22) returns no rows for the plain pattern (d)<-(e)->(n) with n of any label.
OPTIONAL MATCH (e)-[:SUPPORTS]->(n)
WITH e, n
WHERE n IS NOT NULL
RETURN n.name AS entity, n.key AS entity_key, n.subtype AS subtype,
       count(DISTINCT e) AS mentions, collect(DISTINCT e.sentence) AS sentences,
       min(e.char_start) AS first_offset
ORDER BY mentions DESC, entity_key;
