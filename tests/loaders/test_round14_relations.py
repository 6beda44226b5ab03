"""Fourteenth round of relation rules: a member named in an apposition, a satellite built at a
university, a contract worth an amount with a builder, and a company contracted by a customer
that is no company. Sentences are invented."""

from __future__ import annotations

from tests.loaders.helpers import triples


def test_an_associate_member_in_an_apposition() -> None:
    found = triples(
        "Latvia, an associate member of the European Space Agency since 2020, will sign a plan."
    )
    assert ("Latvia", "MEMBER_OF", "European Space Agency") in found


def test_an_acronym_member_in_an_apposition() -> None:
    found = triples("Finland, an ESA member since 1995, launched a radar satellite in 2018.")
    assert ("Finland", "MEMBER_OF", "European Space Agency") in found


def test_a_member_of_a_programme_is_no_member_of_an_organisation() -> None:
    found = triples("Finland, a partner in the Artemis programme, launched a satellite.")
    assert not [t for t in found if t[1] == "MEMBER_OF"]


def test_a_satellite_built_at_a_university() -> None:
    found = triples(
        "Ghana launched GhanaSat-1, a student cubesat built at the Kyushu Institute of "
        "Technology, in 2017."
    )
    assert ("Kyushu Institute of Technology", "BUILDS", "GhanaSat-1") in found


def test_a_contract_worth_an_amount_with_the_builder() -> None:
    found = triples(
        "Arabsat has signed a contract worth $250 million with Thales Alenia Space to build "
        "Arabsat-7A, a communications satellite."
    )
    assert ("Thales Alenia Space", "BUILDS", "Arabsat-7A") in found
    assert ("Arabsat", "BUILDS", "Arabsat-7A") not in found


def test_a_company_contracted_by_an_agency_builds() -> None:
    found = triples(
        "Surrey Satellite Technology, the British satellite manufacturer, today announced a "
        "contract worth GBP 20 million with Kenya's Kenya Space Agency (KSA) to design and "
        "build the Taifa-1 satellite."
    )
    assert ("Surrey Satellite Technology", "BUILDS", "Taifa-1") in found
    assert ("Kenya Space Agency", "BUILDS", "Taifa-1") not in found
