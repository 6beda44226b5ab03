"""Round 25: craft named only by the noun after them ("the I-Hab habitation module"), a
description that opens the main clause after a prepositional phrase, the operator a satellite
is named after, and joint ventures described "with" a partner."""

from __future__ import annotations

from loaders.agreement_model import use_agreement_model
from loaders.agreements import split_distributed
from loaders.facts import AgreementFact, Party
from loaders.mentions import Entity
from loaders.relation_model import use_relation_model
from tests.loaders.helpers import context_of, gold


def rules_only(text: str, published: str | None = "2025-03-01") -> dict:
    with use_agreement_model(None), use_relation_model(None):
        return gold(text, published)


def entity_types(found: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in found["entities"]}


def agreements(found: dict) -> list[tuple[str, frozenset[str]]]:
    return [(a["kind"], frozenset(a["parties"])) for a in found["agreements"]]


# --- craft named by the noun after them ---


def test_an_unknown_name_before_a_module_or_satellite_noun_is_a_programme() -> None:
    found = entity_types(
        rules_only(
            "Thales Alenia Space in Turin builds the I-Hab habitation module and the ESPRIT "
            "refuelling module. Liquid leased capacity on Telesat's Telstar 11N geostationary "
            "satellite. Canada provided the NIRISS instrument."
        )
    )
    assert found.get("I-Hab") == "Program"
    assert found.get("ESPRIT") == "Program"
    assert found.get("Telstar 11N") == "Program"
    assert found.get("NIRISS") == "Program"


def test_descriptive_words_and_compound_nouns_name_no_craft() -> None:
    found = entity_types(
        rules_only(
            "Paying an American firm to launch a European weather satellite drew criticism. "
            "RFA is owned by the Bremen satellite maker OHB."
            " The Ka-band satellite is full."
        )
    )
    for word in ("European", "Bremen", "Ka-band"):
        assert found.get(word) != "Program", word


def test_a_family_with_a_numbered_member_is_not_named_by_the_craft_noun() -> None:
    found = entity_types(
        rules_only("Chile will build a second Quelcasat satellite. Quelcasat-2 flies in 2027.")
    )
    assert "Quelcasat" not in found
    assert found["Quelcasat-2"] == "Program"


# --- "the company" after a fronted prepositional phrase ---


def resolved(text: str, words: str) -> list[str]:
    ctx = context_of(text)
    return [
        entity.name
        for view in ctx.views
        for m in view.mentions
        if m.text == words and (entity := ctx.entity(m)) is not None
    ]


def test_the_company_after_a_fronted_phrase_is_the_topic_not_the_name_inside_it() -> None:
    text = (
        "Isar Aerospace builds small rockets. Under a 20-year lease agreed in 2021 with Andøya "
        "Space, the company has exclusive use of one launch pad at the spaceport."
    )
    assert resolved(text, "the company") == ["Isar Aerospace"]
    text = "Eutelsat owns satellites. Following its merger with OneWeb, the company hired Airbus."
    assert resolved(text, "the company") == ["Eutelsat"]


def test_without_a_fronted_phrase_the_nearest_company_is_still_meant() -> None:
    text = "Eutelsat flies satellites. Airbus built OneWeb's craft, and the company hired MDA."
    assert resolved(text, "the company") != ["Eutelsat"]


# --- a satellite named after its operator ---


def test_capacity_on_a_satellite_is_leased_from_the_company_it_is_named_after() -> None:
    found = rules_only(
        "Cyprus telecommunications operator Cyta is a long-standing customer of Hellas Sat. "
        "Cyta leases Ku-band capacity on Hellas Sat 3 for its television platform under a "
        "ten-year lease signed in 2018."
    )
    lease = next(a for a in found["agreements"] if a["kind"] == "lease")
    assert set(lease["parties"]) == {"Cyta", "Hellas Sat"}
    assert lease["date"] == "2018"
    # the lessee leases the satellite, as it would a facility
    assert ("Cyta", "LEASES", "Hellas Sat 3") in relations(found)


def test_no_namesake_lessor_when_two_companies_could_be_it() -> None:
    found = rules_only(
        "Arabsat and Arabsat Holding are both named in the filing. Cyta leases capacity on "
        "Arabsat 7A for its platform."
    )
    assert not any(kind == "lease" for kind, _ in agreements(found))


# --- joint ventures described "with" a partner ---


def test_a_venture_described_with_a_partner_binds_the_subject_and_the_partner() -> None:
    found = rules_only(
        "In Luxembourg, SES remains a partner in LuxGovSat, its 50:50 joint venture with the "
        "Luxembourg government, which operates the GovSat-1 military satellite."
    )
    venture = next(a for a in found["agreements"] if a["kind"] == "joint venture")
    assert set(venture["parties"]) == {"SES", "Luxembourg"}
    assert venture["title"] == "LuxGovSat joint venture"
    assert venture["status"] == "in force"
    assert entity_types(found)["LuxGovSat"] == "Organization"


def test_a_place_opening_the_sentence_is_not_the_ventures_owner() -> None:
    found = rules_only(
        "Hispasat flies satellites over the Americas. In Brazil, Hispasat works through "
        "Hispamar, a joint venture with Brazilian telecom operator Oi."
    )
    assert ("joint venture", frozenset({"Hispasat", "Oi"})) in agreements(found)
    assert not any("Brazil" in parties for _, parties in agreements(found))


def test_a_venture_between_its_owners_tells_no_agreement() -> None:
    found = rules_only(
        "Thales Alenia Space, a joint venture between France's Thales and Italy's Leonardo, "
        "built the satellite."
    )
    assert not any(kind == "joint venture" for kind, _ in agreements(found))


# --- launch vehicles and the companies that fly them ---


def relations(found: dict) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in found["relations"]}


def test_a_rocket_of_or_flown_by_a_company_is_operated_by_it() -> None:
    found = relations(
        rules_only(
            "The satellite went up on the Electron rocket of Rocket Lab. Transporter missions "
            "are rideshare flights of the Falcon 9 rocket flown by SpaceX."
        )
    )
    assert ("Rocket Lab", "OPERATES", "Electron") in found
    assert ("SpaceX", "OPERATES", "Falcon 9") in found


def test_part_of_a_fleet_flown_on_a_customers_rockets_is_no_subsidiary() -> None:
    found = relations(
        rules_only("OneWeb hired SpaceX to fly part of the fleet on its Falcon 9 rockets.")
    )
    assert not any(p == "PART_OF" for _, p, _ in found)
    found = relations(rules_only("Glavkosmos, the commercial subsidiary of Roscosmos, sold it."))
    assert ("Glavkosmos", "PART_OF", "Roscosmos") in found


def test_an_arrangement_with_a_company_covering_flights_is_a_contract() -> None:
    found = agreements(
        rules_only(
            "Exolaunch agreed a multi-launch arrangement with SpaceX covering a series of "
            "Transporter flights."
        )
    )
    assert ("contract", frozenset({"Exolaunch", "SpaceX"})) in found
    found = agreements(
        rules_only("ESA signed an arrangement with JAXA for cooperation on flights of astronauts.")
    )
    assert ("contract", frozenset({"European Space Agency", "JAXA"})) not in found


def _contract(sentence: str) -> AgreementFact:
    def body(name: str) -> Entity:
        return Entity("Organization", name, "company", False)

    return AgreementFact(
        "contract",
        "signed",
        [
            Party(body("DLR"), "customer"),
            Party(body("Isar Aerospace"), "contractor"),
            Party(body("Rocket Factory Augsburg"), "contractor"),
        ],
        [],
        [context_of(sentence).views[-1]],
        "test",
    )


def test_each_of_several_chosen_contractors_has_a_contract_of_its_own() -> None:
    fact = _contract(
        "In 2022 DLR picked Isar Aerospace and Rocket Factory Augsburg, each winning a "
        "contract worth up to €11 million."
    )
    split = split_distributed([fact])
    assert [[p.entity.name for p in f.parties] for f in split] == [
        ["DLR", "Isar Aerospace"],
        ["DLR", "Rocket Factory Augsburg"],
    ]
    assert len({f.title for f in split}) == 2


def test_a_contract_shared_by_a_consortium_stays_one_contract() -> None:
    fact = _contract("DLR hired Isar Aerospace and Rocket Factory Augsburg under one contract.")
    assert split_distributed([fact]) == [fact]


def test_a_shareholder_owns_part_of_the_company_and_an_investor_funds_it() -> None:
    found = relations(
        rules_only(
            "Saudi Arabia is the largest shareholder of Arabsat. The Spanish state, through the "
            "holding company SEPI, is Indra's largest shareholder with about 28%. Nilesat is "
            "listed in Cairo. Nilesat's largest shareholder is Egypt. Lockheed Martin is among the "
            "investors in Rocket Lab."
        )
    )
    assert ("Saudi Arabia", "OWNS", "Arabsat") in found
    assert ("Spain", "OWNS", "Indra Sistemas") in found
    assert ("Egypt", "OWNS", "Nilesat") in found
    assert ("Lockheed Martin", "FUNDS", "Rocket Lab") in found
    assert ("Saudi Arabia", "FUNDS", "Arabsat") not in found


def test_satellites_named_after_their_operator_with_a_lettered_or_flight_number() -> None:
    found = rules_only(
        "Intelsat 33e, a Boeing-built high-throughput satellite launched in 2016, broke up. "
        "Inmarsat-6 F2, a new Airbus-built satellite, failed."
    )
    assert entity_types(found).get("Intelsat 33e") == "Program"
    assert ("Boeing", "BUILDS", "Intelsat 33e") in relations(found)
    assert ("Airbus", "BUILDS", "Inmarsat-6 F2") in relations(found)


def test_two_trades_joined_by_and_before_a_kind_noun_place_the_company() -> None:
    found = relations(
        rules_only("Spanish defence and technology group Indra agreed to buy Hispasat.")
    )
    assert ("Indra Sistemas", "LOCATED_IN", "Spain") in found
    found = relations(rules_only("Spanish satellites and Indra radars are on show."))
    assert not any(p == "LOCATED_IN" for _, p, _ in found)
