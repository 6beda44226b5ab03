// name: find_entity
// title: Find entities by part of a name or alias
// description: Countries, organisations, facilities, programmes and people whose canonical
//   name or one of whose aliases contains the text, in any case. Use it to find the exact
//   name the other queries take. Most documented first. (Agreements are listed by
//   country_agreements and agreements_between.) The store keeps each entity's name and
//   aliases in lower case in `search_names`, which a text index serves on Neo4j, so the
//   search does not read every name.
// param: text string -- part of a name or alias, e.g. "baikonur" or "Роскосмос"
// param: limit integer = 50 -- most entities to list

WITH toLower($text) AS needle
MATCH (n:Country|Organization|Facility|Program|Person)
WHERE n.search_names CONTAINS needle
RETURN n.name AS name, n.key AS entity_key, n.subtype AS subtype,
       coalesce(n.catalogued, false) AS catalogued, coalesce(n.doc_count, 0) AS documents
ORDER BY documents DESC, entity_key
LIMIT $limit;
