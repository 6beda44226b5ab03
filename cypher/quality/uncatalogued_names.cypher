// name: uncatalogued_names
// title: Names the loader found that are not in the catalogue
// description: Organisations, facilities, programmes and people the loader recognised by
//   their shape ("... Space Agency", "... Cosmodrome", company suffixes) but could not match
//   to the curated catalogue (catalogued = false): candidates for review and for adding to
//   the catalogue. Most documented first.
// param: min_documents integer = 1 -- only names found in at least this many documents
// param: limit integer = 100 -- most rows to return

MATCH (n:Organization|Facility|Program|Person)
WHERE n.catalogued = false AND coalesce(n.doc_count, 0) >= $min_documents
RETURN n.name AS name, n.key AS entity_key, n.subtype AS subtype,
       coalesce(n.doc_count, 0) AS documents, coalesce(n.aliases, []) AS aliases
ORDER BY documents DESC, entity_key
LIMIT $limit;
