"""Fifth round of general rules: launch chains, "owns and operates" after a possessive
apposition, relative-clause operators, leases with a named lessor, people whose surname is a
country, hyphen-numbered programme names, bodies named before "Institute/Authority for ...",
regions that are not organisations, the month "May" that hedges nothing, and agreement nouns
("letter of intent", "cooperation agreement" between states). Sentences are invented."""

from __future__ import annotations

from tests.loaders.helpers import entities, gold, triples


def test_launch_chain_gives_payload_and_vehicle_the_site() -> None:
    found = triples(
        "The Korvik-2 satellite was launched in May 2021 on a SpaceX Falcon 9 rocket from "
        "the Kennedy Space Center in Florida."
    )
    assert ("Korvik-2", "LAUNCHES_FROM", "Kennedy Space Center") in found
    assert ("Falcon 9", "LAUNCHES_FROM", "Kennedy Space Center") in found


def test_lifted_off_at_a_time_aboard_a_vehicle_from_a_site() -> None:
    found = triples(
        "The Velmar-1 satellite lifted off at 09:14 local time on 3 March 2020 aboard a "
        "Long March 2D rocket from the Jiuquan Satellite Launch Center."
    )
    assert ("Long March 2D", "LAUNCHES_FROM", "Jiuquan Satellite Launch Center") in found
    assert ("Velmar-1", "LAUNCHES_FROM", "Jiuquan Satellite Launch Center") in found


def test_vehicle_operated_by_a_company_from_a_site() -> None:
    found = triples(
        "The Andor-1 satellite was placed in orbit last night by a Vega operated by "
        "Arianespace from the Guiana Space Centre."
    )
    assert ("Arianespace", "LAUNCHES_FROM", "Guiana Space Centre") in found
    assert ("Vega", "LAUNCHES_FROM", "Guiana Space Centre") in found


def test_vehicle_named_after_the_site() -> None:
    found = triples(
        "The Ostra-1 satellite was launched from Baikonur on a Proton-M rocket in 2017."
    )
    assert ("Proton-M", "LAUNCHES_FROM", "Baikonur Cosmodrome") in found


def test_month_may_is_no_hedge() -> None:
    found = triples("The Ostra-2 satellite was launched from Baikonur in May 2019.")
    assert ("Ostra-2", "LAUNCHES_FROM", "Baikonur Cosmodrome") in found
    hedged = triples("The Ostra-2 satellite may be launched from Baikonur.")
    assert not any(p == "LAUNCHES_FROM" for _, p, _ in hedged)


def test_owns_and_operates_after_a_possessive_apposition() -> None:
    found = triples(
        "Arvel Space Ltd, Kenya's state-owned satellite operator, already owns and operates "
        "the Korvik-3 satellite."
    )
    assert ("Arvel Space Ltd", "OPERATES", "Korvik-3") in found
    assert ("Arvel Space Ltd", "OWNS", "Korvik-3") in found


def test_which_party_still_operates() -> None:
    found = triples(
        "The Chinese company built its replacement, the Nadra-2 satellite, which was launched "
        "in 2011 and which Arvel Space Ltd still operates."
    )
    assert ("Arvel Space Ltd", "OPERATES", "Nadra-2") in found


def test_funded_most_of_a_programme() -> None:
    found = triples("China funded most of the Nadra-3 satellite.")
    assert ("China", "FUNDS", "Nadra-3") in found


def test_it_was_launched_from_refers_to_the_satellite_before() -> None:
    found = triples(
        "The Tamra-1 satellite was built by Thales Alenia Space. "
        "It was launched from the Guiana Space Centre on 10 December 2017."
    )
    assert ("Tamra-1", "LAUNCHES_FROM", "Guiana Space Centre") in found


def test_which_x_leases_from_y_names_lessee_and_lessor() -> None:
    facts = gold(
        "The rocket lifted off from the Baikonur Cosmodrome, which Russia leases from "
        "Kazakhstan, on Wednesday."
    )
    relations = {(r["subject"], r["predicate"], r["object"]) for r in facts["relations"]}
    assert ("Russia", "LEASES", "Baikonur Cosmodrome") in relations
    leases = [a for a in facts["agreements"] if a["kind"] == "lease"]
    assert leases and set(leases[0]["parties"]) == {"Russia", "Kazakhstan"}


def test_lease_from_a_named_lessor() -> None:
    facts = gold("Arvel Space Ltd leases the Baikonur Cosmodrome site from Kazakhstan.")
    leases = [a for a in facts["agreements"] if a["kind"] == "lease"]
    assert leases and set(leases[0]["parties"]) == {"Arvel Space Ltd", "Kazakhstan"}


def test_surname_that_is_a_country_is_part_of_the_person() -> None:
    facts = gold("Pierre Israël, Chief Executive of Arianespace, welcomed the launch.")
    people = [e["name"] for e in facts["entities"] if e["type"] == "Person"]
    assert people == ["Pierre Israël"]
    assert not any(e["type"] == "Country" for e in facts["entities"])
    relations = {(r["subject"], r["predicate"], r["object"]) for r in facts["relations"]}
    assert ("Pierre Israël", "HEADS", "Arianespace") in relations


def test_hyphen_numbered_names_near_cubesat_or_built_are_programmes() -> None:
    found = entities("The three cubesats, Tarsa-1, Meloka-1 and others, were released.")
    assert found.get("Tarsa-1", ("", ""))[0] == "Program"
    built = entities("Ondra-1, built by a local university, failed in orbit.")
    assert built.get("Ondra-1", ("", ""))[0] == "Program"


def test_far_satellite_noun_sets_the_subtype_but_a_nearer_one_wins() -> None:
    far = entities("Tamra-1, Algeria's first communications satellite, is in orbit.")
    assert far.get("Tamra-1") == ("Program", "satellite")
    near = entities(
        "The agency will place its next Earth observation satellite, Falka-3, into orbit on "
        "an H3 rocket."
    )
    assert near.get("Falka-3") == ("Program", "satellite")


def test_capitalised_words_before_institute_belong_to_the_name() -> None:
    found = entities(
        "In the end, Sri Lanka's Arthur Perera Institute for Modern Technologies (APIMT) "
        "built the small satellite."
    )
    assert "Arthur Perera Institute for Modern Technologies" in found
    assert "Arthur Perera" not in found
    authority = entities(
        "A lease was signed on Monday by the operator and by Oman's Public Authority for "
        "Special Economic Zones and Free Zones (OPAZ), which runs the area around the port."
    )
    assert "Public Authority for Special Economic Zones and Free Zones" in authority
    assert "Public Authority" not in authority


def test_regions_and_sentence_conjunctions_are_no_organisations() -> None:
    found = entities(
        "Most satellites in Latin America were bought abroad. "
        "Whether Bolivia orders a replacement is open."
    )
    assert "Latin America" not in found
    assert "Whether Bolivia" not in found


def test_letter_of_intent_is_an_agreement() -> None:
    facts = gold(
        "Arvel Space Ltd has signed a letter of intent with Airbus Defence and Space for an "
        "Earth observation satellite."
    )
    parties = [set(a["parties"]) for a in facts["agreements"]]
    assert {"Arvel Space Ltd", "Airbus Defence and Space"} in parties


def test_cooperation_agreement_between_states_is_intergovernmental() -> None:
    facts = gold("Ethiopia and China signed a space cooperation agreement in 2018.")
    kinds = [a["kind"] for a in facts["agreements"]]
    assert kinds == ["intergovernmental agreement"]


def test_government_to_government_agreement_is_intergovernmental() -> None:
    facts = gold(
        "The satellite was built under the government-to-government agreement that Peru and "
        "France signed in April 2014."
    )
    kinds = [a["kind"] for a in facts["agreements"]]
    assert kinds == ["intergovernmental agreement"]
