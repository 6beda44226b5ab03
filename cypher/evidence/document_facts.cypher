// name: document_facts
// title: Relationships a document states, with the sentences
// description: The relationship facts (who leases, operates, is party to... what) that a
//   document supports, each with its sentence and offsets. `fact` is the relationship key:
//   TYPE|source key|target key|role.
// param: doc_id string -- the document id (its file name, as `documents` lists it)

MATCH (d:Document {key: $doc_id})<-[:FROM_DOCUMENT]-(e:Evidence)
// Evidence for a node SUPPORTS it; the rest is evidence for relationships. (An OPTIONAL
// MATCH kept only where it misses is 30 times faster on the embedded engine than NOT (...).)
OPTIONAL MATCH (e)-[s:SUPPORTS]->()
WITH e, s
WHERE s IS NULL
RETURN e.fact_key AS fact, e.sentence AS sentence, e.char_start AS char_start,
       e.char_end AS char_end, e.rule AS rule
ORDER BY char_start, fact;
