"""Minister names after a portfolio, initials after a title, "Co." companies, bureaus and
secretariats, adjectives and phrases that end no name, places that are no countries, near-miss
spellings at a sentence start, parents named with their nationality, national subsidiaries,
control centres and bases, military camps, stations in a plain list, bullet heads typed by
their own head word, "also known as" and satellites named by "named": invented sentences."""

from __future__ import annotations

from loaders.furniture import remove_furniture
from tests.loaders.helpers import recognised_aliases, recognised_types


def test_a_minister_named_after_a_long_portfolio_and_before_and() -> None:
    found = recognised_types(
        "The notes were exchanged by Minister of Foreign Affairs Ana Lucía Herrera and the "
        "ambassador. The deal was signed by Minister of Digital Economy and Innovation Kofi "
        "Mensah and a company founder."
    )
    assert found["Ana Lucía Herrera"] == ("Person", None)
    assert found["Kofi Mensah"] == ("Person", None)
    assert not any(name.startswith(("Affairs", "Innovation")) for name in found)


def test_a_name_with_an_initial_after_a_title() -> None:
    found = recognised_types(
        "The agency, led by its Chairman R. Venkatesan, trained the engineers."
    )
    assert found["R. Venkatesan"] == ("Person", None)


def test_a_company_whose_name_ends_in_co_with_its_dot() -> None:
    found = recognised_types(
        "The venture is owned by Meridian Orbital Satellite Co. (MOSC), a Thai firm."
    )
    assert found["Meridian Orbital Satellite Co."] == ("Organization", "company")


def test_bureaus_and_secretariats_named_by_their_remit() -> None:
    found = recognised_types(
        "The data go to the National Bureau for Mapping and Land Studies (NBMLS). The "
        "government, through the National Secretariat of Research and Innovation, agreed."
    )
    assert found["National Bureau for Mapping and Land Studies"][0] == "Organization"
    assert found["National Secretariat of Research and Innovation"][0] == "Organization"
    assert "NBMLS" in recognised_aliases(
        text="The data go to the National Bureau for Mapping and Land "
        "Studies (NBMLS). NBMLS will use them.",
        name="National Bureau for Mapping and Land Studies",
    )


def test_a_demonym_before_a_lower_case_word_ends_no_name() -> None:
    found = recognised_types(
        "They will use Esrange Space Center for Japanese balloon flights next year."
    )
    assert found["Esrange Space Center"][0] == "Facility"
    assert not any("for Japanese" in name for name in found)


def test_outer_space_ends_a_phrase_not_a_company() -> None:
    found = recognised_types(
        "They recalled the agreement on Cooperation in the Peaceful Exploration of Outer Space "
        "signed in 2019."
    )
    assert not any("Outer Space" in name for name in found)


def test_places_named_after_countries_are_no_countries() -> None:
    found = recognised_types(
        "The satellite will watch erosion along the Gulf of Guinea. It will launch from a "
        "centre in Inner Mongolia, and the Spanish station in Spain's Canary Islands receives "
        "its data."
    )
    assert "Guinea" not in found
    assert "Mongolia" not in found
    assert not any("Mongolia" in name or "Canary" in name for name in found)
    assert found["Spain"] == ("Country", None)


def test_a_near_miss_spelling_that_opens_a_sentence_is_an_ordinary_word() -> None:
    found = recognised_types(
        "Turnkey contracts with state credit are common. The builder is Rokketsan."
    )
    assert "Turkey" not in found
    assert found["Roketsan"][0] == "Organization"


def test_a_parent_named_with_its_nationality_is_the_parent() -> None:
    found = recognised_types(
        "Thales Alenia Space, owned by France's Thales and Italy's Leonardo, built the satellite."
    )
    assert found["Thales Group"] == ("Organization", "company")
    assert "Thales" not in recognised_aliases(
        "Thales Alenia Space, owned by France's Thales and Italy's Leonardo, built it.",
        "Thales Alenia Space",
    )


def test_a_catalogued_company_and_a_country_name_its_subsidiary() -> None:
    text = "Its subsidiary ClearSpace UK won a study contract. SpaceX Japan Airlines is no name."
    found = recognised_types(text)
    assert found["ClearSpace UK"] == ("Organization", "company")
    assert "SpaceX Japan" not in found


def test_control_centres_and_bases_named_with_their_kind() -> None:
    found = recognised_types(
        "The minister spoke at the Colonel Ana Ruiz satellite control base in the north. The "
        "satellite is flown from the TerraSat ground control centre in the capital."
    )
    assert found["Colonel Ana Ruiz satellite control base"] == ("Facility", "ground station")
    assert found["TerraSat ground control centre"] == ("Facility", "ground station")


def test_a_military_camp_in_a_sentence_about_bases() -> None:
    found = recognised_types("The country hosts a large French base at Camp Duval near the port.")
    assert found["Camp Duval"] == ("Facility", "other")
    assert "Camp Nou" not in recognised_types("The final was played at Camp Nou in Barcelona.")


def test_stations_in_a_plain_plural_list_are_not_named() -> None:
    found = recognised_types(
        "The data centre operates receiving stations in Tarvos, Kelmar and Urvan."
    )
    assert not any(name.endswith("ground station") for name in found)
    owned = recognised_types("The agency's ground stations at Tarvos and Kelmar track it.")
    assert owned["Tarvos ground station"] == ("Facility", "ground station")


def test_a_bullet_head_typed_by_its_own_head_word_or_its_subject() -> None:
    found = recognised_types(
        "Partners:\n\n"
        "- Northern Development Bank: the bank finances the Kelmar ground station.\n"
        "- Gobi Orbital Works: the company builds the receiving dish.\n"
    )
    assert found["Northern Development Bank"][0] == "Organization"
    assert found["Gobi Orbital Works"] == ("Organization", "company")


def test_also_known_as_makes_one_entity() -> None:
    text = (
        "The country's first satellite, the Rio Grande communications spacecraft, also known "
        "as VENESAT-1, was lost in 2020."
    )
    found = recognised_types(text)
    assert "Rio Grande" not in found
    assert "Rio Grande" in recognised_aliases(text, "Venesat-1")


def test_a_satellite_named_by_a_naming_verb_far_from_its_noun() -> None:
    found = recognised_types(
        "The group signed a memorandum to develop a communications satellite for the kingdom, "
        "provisionally named Lumen-1. The ministry agreed."
    )
    assert found["Lumen-1"][0] == "Program"


def test_a_united_nations_office_named_in_full_is_one_body() -> None:
    found = recognised_types(
        "It was run by the United Nations Office for Outer Space Affairs and JAXA."
    )
    assert found["UNOOSA"][0] == "Organization"
    assert "United Nations" not in found


def test_related_coverage_lines_are_furniture() -> None:
    text = "The satellite launched.\n\nRelated coverage: Turkish firm wins radar deal (May 2025)\n"
    assert "Turkish" not in remove_furniture(text).text


def test_a_lower_case_portfolio_list_before_a_name() -> None:
    found = recognised_types(
        "The deal was signed by Kenya's minister of roads, transport and public works, "
        "Wanjiru Kamau."
    )
    assert found["Wanjiru Kamau"] == ("Person", None)


def test_a_vice_chancellor_is_a_role() -> None:
    found = recognised_types('"It will help," said Amara Okafor, vice-chancellor of the institute.')
    assert found["Amara Okafor"] == ("Person", None)


def test_a_table_row_is_no_headline() -> None:
    found = recognised_types(
        "| Field | Value |\n|---|---|\n| Parent body | Ministry of Trade, Science and Industry |\n"
    )
    assert found["Ministry of Trade, Science and Industry"][0] == "Organization"


def test_societies_associations_and_launch_service_companies() -> None:
    found = recognised_types(
        "The Kenyan Space Science Society was founded in 2004. The Estonian Space Association "
        "welcomed it. The venture, to be called Baram Coast Launch Services, is 60% owned."
    )
    assert found["Kenyan Space Science Society"][0] == "Organization"
    assert found["Estonian Space Association"][0] == "Organization"
    assert found["Baram Coast Launch Services"] == ("Organization", "company")


def test_of_the_country_after_a_name_is_an_alias_and_the_country_stays() -> None:
    text = (
        "A memorandum with the National Centre for Glacier Research and Mapping of the Kyrgyz "
        "Republic was signed."
    )
    found = recognised_types(text)
    assert found["National Centre for Glacier Research and Mapping"][0] == "Organization"
    assert found["Kyrgyzstan"] == ("Country", None)
    full = "National Centre for Glacier Research and Mapping of the Kyrgyz Republic"
    assert full in recognised_aliases(text, "National Centre for Glacier Research and Mapping")


def test_svalbard_is_a_region_of_norway_not_a_country() -> None:
    found = recognised_types("Rockets were once launched from Svalbard by the Norwegian range.")
    assert not any("Svalbard" in name for name in found)


def test_a_programme_head_after_two_names_is_a_programme() -> None:
    found = recognised_types(
        "Funding comes from the Maltese National Small Satellite Programme this year."
    )
    assert found["Maltese National Small Satellite Programme"][0] == "Program"


def test_a_code_name_beside_its_description_as_a_craft() -> None:
    found = recognised_types(
        "The firm won a study for TIDY, a national debris mission that would remove two "
        "satellites. Peru's first experimental weather satellite, CONDOR, was launched in 1990. "
        "ABCL, the state-owned satellite operator, signed."
    )
    assert found["TIDY"] == ("Program", "mission")
    assert found["CONDOR"] == ("Program", "satellite")
    assert "ABCL" not in found or found["ABCL"][0] != "Program"


def test_an_agency_named_for_its_remit_keeps_the_whole_name() -> None:
    found = recognised_types(
        "In 2013 the Gabonese Agency for Space Studies and Observations (AGEOS) hired Astrium."
    )
    assert found["Gabonese Agency for Space Studies and Observations"] == (
        "Organization",
        "agency",
    )
    assert "Gabonese Agency" not in found
    # a known agency followed by "for" and a lower-case word stays as it is
    assert "European Space Agency" in recognised_types("The European Space Agency for years flew.")


def test_a_named_joint_venture_is_an_organisation() -> None:
    found = recognised_types("Dawn flies under a site agreement with Tāwhaki Joint Venture.")
    assert found["Tāwhaki Joint Venture"] == ("Organization", "joint venture")
