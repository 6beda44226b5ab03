"""Round 22: subjects after an opening clause or a description, placing appositions in party
lists, names described with a country's possessive, and leases told owner first."""

from __future__ import annotations

from loaders.agreement_model import use_agreement_model
from tests.loaders.helpers import agreement_between, gold, recognised_types, resolved


def rules_only(text: str, published: str | None = "2025-03-01") -> dict:
    with use_agreement_model(None):
        return gold("Notes\n\n" + text, published)


def test_it_after_an_opening_clause_is_the_subject_of_the_sentence_before() -> None:
    text = (
        "Rather than sell a satellite, Orbital Pixel Ltd sells tasking time on its fleet. "
        "Last month it closed a five-year deal with the Peruvian Space Agency."
    )
    assert resolved(text)["it"] == ["Orbital Pixel Ltd"]


def test_it_after_a_described_subject_is_that_subject() -> None:
    text = (
        "Korean ground-segment specialist Contec, based in Daejeon, rents antenna time to "
        "whoever needs it. In March it signed a 12-year lease with CONIDA."
    )
    assert resolved(text)["it"] == ["Contec"]


def test_a_country_qualifying_a_described_subject_is_not_it() -> None:
    text = (
        "A smaller New Zealand player, Dawn Aerospace, is taking a different route. In March "
        "it signed a memorandum with Japan's SPACE COTAN."
    )
    assert resolved(text)["it"] == ["Dawn Aerospace"]


def test_a_dateline_city_is_no_opening_clause() -> None:
    # "CHRISTCHURCH, New Zealand" opens the line: New Zealand is no subject of it
    text = (
        "CHRISTCHURCH, New Zealand - Dawn Aerospace builds spaceplanes. "
        "It signed a memorandum with SPACE COTAN."
    )
    assert resolved(text).get("It") != ["New Zealand"]


def test_a_placing_apposition_ends_the_list_of_counterparts() -> None:
    found = rules_only(
        "Telesat builds satellites. In 2024 it signed a memorandum of understanding with "
        "Nepal Telecom, the state-owned operator in Nepal, to test LEO backhaul."
    )["agreements"]
    assert agreement_between(found, "Telesat", "Nepal Telecom")["kind"] == "MoU"


def test_a_name_described_with_a_countrys_possessive_is_a_company() -> None:
    found = recognised_types(
        "Radiocom, Romania's state-owned broadcasting and telecoms infrastructure company, "
        "runs the station."
    )
    assert found["Radiocom"] == ("Organization", "company")


def test_a_description_that_goes_on_to_a_name_types_no_place() -> None:
    found = recognised_types(
        "Yesterday, at its plant in Sacheon, South Korea's largest aerospace manufacturer, "
        "Korea Aerospace Industries (KAI), concluded a contract."
    )
    assert "Sacheon" not in found
    assert found["Korea Aerospace Industries"] == ("Organization", "company")


def test_formally_names_the_same_company() -> None:
    found = recognised_types(
        "Tongasat, Tonga's national satellite company, signed the lease. Tongasat, formally "
        "Friendly Islands Satellite Communications Ltd, was set up in 1989."
    )
    assert "Friendly Islands Satellite Communications Ltd" not in found
    assert found["Tongasat"] == ("Organization", "company")


def test_a_possessed_name_before_a_site_word_is_no_company() -> None:
    found = recognised_types("Romania's Cheia teleport will host Finnish radar antennas.")
    assert "Cheia" not in found


def test_a_lease_told_owner_first_names_lessor_and_lessee() -> None:
    found = rules_only(
        "In 2024 the Space Research and Technology Institute leased part of the site to the "
        "Finnish satellite operator Kuva Space."
    )["agreements"]
    lease = agreement_between(found, "Space Research and Technology Institute", "Kuva Space")
    assert (lease["kind"], lease["status"], lease["date"]) == ("lease", "signed", "2024")


def test_renting_out_makes_the_subject_the_lessor() -> None:
    found = rules_only(
        "Radiocom, Romania's state-owned broadcasting company, will rent out part of its "
        "historic Cheia satellite ground station in Prahova county to ICEYE, the Finnish "
        "operator."
    )["agreements"]
    lease = agreement_between(found, "Radiocom", "ICEYE")
    assert (lease["kind"], lease["status"]) == ("lease", "planned")
    assert len(found) == 1  # Radiocom is no lessee of its own station


def test_a_headline_country_stands_for_its_body_in_the_lead() -> None:
    text = (
        "Brazil leases Alcantara launch area to South Korea's Innospace for 10 years\n\n"
        "BRASILIA, Nov 14 (Reuters) - Brazil's Air Force on Thursday signed a 10-year lease "
        "giving South Korean rocket maker Innospace exclusive use of a launch area at the "
        "Alcantara Launch Center."
    )
    with use_agreement_model(None):
        found = gold(text, "2024-11-14")["agreements"]
    assert [a["kind"] for a in found] == ["lease"]


def test_it_in_reported_speech_is_the_speaker() -> None:
    text = (
        "The Ministry of Science leads the national programme. The Ministry also recalls that "
        "in April it hired the Mihajlo Pupin Institute in Belgrade to design a data centre."
    )
    found = rules_only(text)["agreements"]
    hire = agreement_between(found, "Ministry of Science", "Mihajlo Pupin Institute")
    assert hire["kind"] == "contract"


def test_it_after_a_sentence_adverb_is_the_subject_of_the_sentence_before() -> None:
    text = (
        "Meanwhile, Cambodia's Ministry of Posts and Telecommunications has taken a different "
        "path. In August 2023 it signed a memorandum of understanding with Chang Guang "
        "Satellite Technology."
    )
    assert resolved(text)["it"] == ["Ministry of Posts and Telecommunications of Cambodia"]


def test_a_country_whose_body_speaks_is_not_it() -> None:
    text = (
        "Zimbabwe's space agency said on Tuesday it had signed a launch services agreement "
        "with German rideshare company Exolaunch."
    )
    assert resolved(text).get("it") != ["Zimbabwe"]


def test_a_dateline_country_is_not_the_speaker() -> None:
    text = (
        "Lomazzo, Italy - 5 November 2024 - Leaf Space, the Italian provider of ground "
        "services, today announced that it has signed a 20-year lease with the University of "
        "Antananarivo."
    )
    assert resolved(text)["it"] == ["Leaf Space"]


def test_a_minister_named_after_a_portfolio_with_commas() -> None:
    found = recognised_types(
        "Minister of Science, Technological Development and Innovation Jelena Begović and the "
        "Director General of ESA signed the agreement. Minister of Trade Ana Costa signed too."
    )
    assert found["Jelena Begović"][0] == "Person"
    assert found["Ana Costa"][0] == "Person"


def test_awarding_a_company_a_deal_is_a_contract() -> None:
    found = rules_only(
        "In December 2004 the government of Nigeria awarded China Great Wall Industry "
        "Corporation (CGWIC) a turnkey deal for a geostationary communications satellite."
    )["agreements"]
    deal = agreement_between(found, "Nigeria", "CGWIC")
    assert (deal["kind"], deal["date"]) == ("contract", "2004-12")


def test_a_saints_abbreviation_opens_a_university_name() -> None:
    found = recognised_types("SatRev signed a contract with Ss. Cyril and Methodius University.")
    assert found["Ss. Cyril and Methodius University"] == ("Organization", "university")


def test_two_european_programmes_named_together_vouch_for_each_other() -> None:
    found = recognised_types("Copernicus and Galileo matters fall to the Ministry of Transport.")
    assert found["Copernicus"][0] == found["Galileo"][0] == "Program"


def test_an_acronym_spells_a_name_joined_by_in() -> None:
    found = recognised_types(
        "The Association of Universities for Research in Astronomy (AURA) runs the site."
    )
    assert found["Association of Universities for Research in Astronomy"][0] == "Organization"
    assert "Association of Universities for Research" not in found


def test_a_dollar_sign_after_a_country_code_is_a_currency() -> None:
    found = recognised_types(
        "CONIDA agreed to pay Chang Guang Satellite Technology about US$9 million, and NZ$15 "
        "million went to Rocket Lab. A grant of 1.1 million US dollars came from Korea."
    )
    assert "United States" not in found and "New Zealand" not in found


def test_paying_a_company_for_imagery_is_a_contract() -> None:
    found = rules_only(
        "In May the National Commission for Aerospace Research and Development (CONIDA) agreed "
        "to pay Chang Guang Satellite Technology about US$9 million for three years of Jilin-1 "
        "imagery."
    )["agreements"]
    assert agreement_between(found, "CONIDA", "Chang Guang Satellite Technology")["kind"] == (
        "contract"
    )


def test_a_plural_of_a_country_name_is_no_typo_of_it() -> None:
    assert "United States" not in recognised_types("Hispasat covers the Americas from Madrid.")
    # a real typo still reads: "Rocketsan" is Roketsan
    assert "Roketsan" in recognised_types("Rocketsan builds missiles in Turkey.")


def test_esas_plan_for_cooperating_states_is_a_programme() -> None:
    found = recognised_types(
        "Estonia joined the Plan for European Cooperating States (PECS) in 2010."
    )
    assert found["Plan for European Cooperating States"] == ("Program", "project")
