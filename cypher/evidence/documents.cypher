// name: documents
// title: Documents loaded, with how much each supports
// description: The loaded documents (id, title, publication date) with the number of
//   evidence snippets taken from each and the number of distinct facts they support.
//   Newest first; documents without a date last.
// param: limit integer = 100 -- most documents to list

MATCH (d:Document)
WITH d ORDER BY d.published DESC, d.key LIMIT $limit
OPTIONAL MATCH (d)<-[:FROM_DOCUMENT]-(e:Evidence)
RETURN d.key AS document, d.title AS title, d.published AS published,
       count(e) AS evidence, count(DISTINCT e.fact_key) AS facts
ORDER BY published DESC, document;
