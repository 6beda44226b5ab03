// name: agreement_details
// title: One agreement: parties, roles, subject, dates and value
// description: Everything the graph holds on one agreement: kind, status, signing and end
//   dates, value and currency, each party with its role and home country, what it concerns,
//   and how many documents state it.
// param: agreement string -- the agreement's name (find it with country_agreements or find_entity)

MATCH (a:Agreement {name: $agreement})
OPTIONAL MATCH (a)<-[p:PARTY_TO]-(party)
OPTIONAL MATCH (party)-[:LOCATED_IN]->(home:Country)
WITH a, collect(DISTINCT party.name + ' (' + coalesce(p.role, 'party') +
     CASE WHEN home IS NULL THEN '' ELSE ', ' + home.name END + ')') AS parties
OPTIONAL MATCH (a)-[:CONCERNS]->(subject)
RETURN a.name AS agreement, a.kind AS kind, a.status AS status, a.date AS date,
       a.end_date AS end_date, a.value AS value, a.currency AS currency, parties AS parties,
       collect(DISTINCT subject.name) AS concerns, coalesce(a.doc_count, 0) AS documents;
