// name: country_organizations
// title: Organisations of a country
// description: Agencies, companies, ministries, universities and joint ventures located in
//   the country, with how many agreements each is party to and how many documents mention it.
// param: country string = "Kazakhstan" -- the country (canonical name)
// param: limit integer = 100 -- most rows to return

MATCH (c:Country {name: $country})<-[:LOCATED_IN]-(o:Organization)
OPTIONAL MATCH (o)-[:PARTY_TO]->(a:Agreement)
RETURN o.name AS organization, o.subtype AS subtype, count(DISTINCT a) AS agreements,
       coalesce(o.doc_count, 0) AS documents, coalesce(o.catalogued, false) AS catalogued
ORDER BY agreements DESC, documents DESC, organization
LIMIT $limit;
