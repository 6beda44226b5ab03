"""Agreements: list labels that are no titles, parties stood for by "the two organisations", by
an earlier agreement or by the two states of the sentence, opening nouns and back-references,
bare joint ventures, commercial nouns, attributive and passive givers, "Under a ..." clauses
(short invented sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.loaders.helpers import gold


def agreements(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return list(gold(text, published)["agreements"])


def only(found: list[dict[str, Any]]) -> dict[str, Any]:
    assert len(found) == 1, found
    return found[0]


def test_a_country_label_before_a_dash_is_no_party_of_the_item() -> None:
    found = only(
        agreements(
            "Cooperation\n\n- Japan – ISRO signed a memorandum of understanding with the Japan "
            "Aerospace Exploration Agency (JAXA) in 2020 on lunar science.\n"
        )
    )
    assert found["kind"] == "MoU"
    assert set(found["parties"]) == {"ISRO", "JAXA"}
    assert found["date"] == "2020"


def test_a_dashed_pair_before_the_noun_is_still_a_title() -> None:
    found = only(agreements("The Mexico-Chile framework agreement was renewed in 2021."))
    assert set(found["parties"]) == {"Mexico", "Chile"}


def test_the_two_organisations_are_the_parties_of_the_agreement_the_sentence_is_about() -> None:
    found = agreements(
        "Arianespace signed a launch services contract with ESA in 2021. The contract follows "
        "a memorandum of understanding between the two organisations signed in 2019."
    )
    memo = only([a for a in found if a["kind"] == "MoU"])
    assert set(memo["parties"]) == {"Arianespace", "European Space Agency"}
    assert memo["date"] == "2019"
    assert len(found) == 2


def test_an_implementing_arrangement_follows_the_last_agreement() -> None:
    found = agreements(
        "Brazil and Argentina signed a framework agreement on Tuesday. An implementing "
        "arrangement on ground stations is planned within a year, officials said."
    )
    assert len(found) == 2
    further = only([a for a in found if a["status"] == "planned"])
    assert further["kind"] == "other"
    assert set(further["parties"]) == {"Brazil", "Argentina"}


def test_a_further_arrangement_of_named_agencies_is_not_counted_twice() -> None:
    found = agreements(
        "NASA and JAXA signed a letter of intent on Monday. The agencies intend to agree a "
        "formal implementing arrangement by the end of 2026."
    )
    assert len(found) == 2


def test_a_state_instrument_with_no_party_takes_the_two_states_of_its_sentence() -> None:
    found = only(
        agreements(
            "Chile has offered Peru access to its ports before: a 2019 defence cooperation "
            "agreement gave Chilean ships a role in Peruvian waters."
        )
    )
    assert found["kind"] == "intergovernmental agreement"
    assert set(found["parties"]) == {"Chile", "Peru"}
    assert found["date"] == "2019"


def test_an_opening_noun_is_the_storys_and_a_definite_one_refers_back() -> None:
    found = agreements(
        "Mexico has a small space agency. Mexico and Russia signed an intergovernmental "
        "agreement on space cooperation in 2006. The 2006 agreement with Russia entered into "
        "force in 2009. A 2015 memorandum with Ukraine on rocket engines expired in 2020."
    )
    assert len(found) == 2
    russia = only([a for a in found if "Russia" in a["parties"]])
    assert russia["kind"] == "intergovernmental agreement"
    assert russia["status"] == "in force"
    ukraine = only([a for a in found if "Ukraine" in a["parties"]])
    assert set(ukraine["parties"]) == {"Mexico", "Ukraine"}
    assert (ukraine["kind"], ukraine["status"], ukraine["date"]) == ("MoU", "expired", "2015")


def test_a_joint_venture_between_two_companies_needs_no_agreement_noun() -> None:
    found = only(
        agreements(
            "A proposed joint venture between Airbus and OHB to build small satellites is "
            "still under review."
        )
    )
    assert found["kind"] == "joint venture"
    assert set(found["parties"]) == {"Airbus", "OHB"}
    assert found["status"] == "under review"


def test_a_public_private_partnership_is_a_contract_in_force() -> None:
    found = only(
        agreements(
            "The satellite is operated by Arianespace under a public-private partnership with CNES."
        )
    )
    assert (found["kind"], found["status"]) == ("contract", "in force")
    assert set(found["parties"]) == {"Arianespace", "CNES"}


# A rule's restraint; the learned agreement reader does take the builder for a party here
# (docs/loaders.md, "The learned agreement reader").
@pytest.mark.usefixtures("rules_only")
def test_an_unrecognised_passive_agent_leaves_the_agreement_without_a_subject() -> None:
    found = agreements(
        "The satellite, built by Airbus, is operated by Nusa Orbit Tiga under a public-private "
        "partnership with CNES."
    )
    assert not any("Airbus" in a["parties"] for a in found)


def test_a_distribution_agreement_is_a_contract() -> None:
    found = only(agreements("CNES receives imagery under a data distribution agreement with OHB."))
    assert found["kind"] == "contract"
    assert set(found["parties"]) == {"CNES", "OHB"}


def test_an_organisation_before_the_noun_gave_the_contract() -> None:
    found = only(agreements("The probe, built by OHB under an ESA contract, launches in 2026."))
    assert found["kind"] == "contract"
    roles = {
        r["subject"]: r
        for r in gold("The probe, built by OHB under an ESA contract, launches in 2026.")[
            "relations"
        ]
        if r["predicate"] == "PARTY_TO"
    }
    assert set(found["parties"]) == {"OHB", "European Space Agency"} == set(roles)


def test_a_contract_awarded_by_a_named_body() -> None:
    found = only(
        agreements(
            "Airbus Defence and Space has been awarded a contract by ESA to build two satellites."
        )
    )
    assert found["kind"] == "contract"
    assert set(found["parties"]) == {"Airbus Defence and Space", "European Space Agency"}


def test_the_actors_after_an_opening_under_clause_are_the_parties() -> None:
    found = only(agreements("Under a memorandum signed today, ESA and JAXA will share lunar data."))
    assert found["kind"] == "MoU"
    assert set(found["parties"]) == {"European Space Agency", "JAXA"}
    assert not agreements("Under the agreement, JAXA will fly an ESA instrument.")
