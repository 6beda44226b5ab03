// name: document_facts
// title: Relationships a document states, with the sentences
// description: The relationship facts (who leases, operates, is party to... what) that a
//   document supports, each with its sentence and offsets. `fact` is the relationship key:
//   TYPE|source key|target key|role.
// param: doc_id string -- the document id (its file name, as `documents` lists it)

MATCH (e:Evidence {doc_id: $doc_id})
WHERE NOT (e)-[:SUPPORTS]->()
RETURN e.fact_key AS fact, e.sentence AS sentence, e.char_start AS char_start,
       e.char_end AS char_end, e.rule AS rule
ORDER BY char_start, fact;
