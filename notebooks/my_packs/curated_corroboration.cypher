// name: curated_corroboration
// title: Curated facts, and how many articles state them too
// description: Each relationship a curated-facts file states (evidence rule "curated"), with
//   the two entities, the statement and source given for it, and how many loaded articles
//   state the same relationship. Zero articles: the fact rests on the curated file alone.
//   `relationship` is the relationship key, TYPE|source key|target key|role.
// param: file string = "" -- only this curated file (its name, e.g. "my_facts.yaml"); empty for all

MATCH (e:Evidence {rule: 'curated'})
WHERE ($file = '' OR e.doc_id = $file) AND NOT (e)-[:SUPPORTS]->()
MATCH (a)-[r]->(b)
WHERE r.key = e.fact_key
OPTIONAL MATCH (read:Evidence {fact_key: r.key})
WHERE read.rule <> 'curated'
RETURN e.doc_id AS file, a.name AS subject, r.key AS relationship, b.name AS object,
       count(DISTINCT read.doc_id) AS articles, e.sentence AS statement
ORDER BY file, relationship;
