"""Names that begin with a place, short forms without a group word, wire credits and press
contacts, coordinated ministries, foreign-language schools, spelled-out satellite numbers,
ministries named by their portfolio, technique acronyms, award recipients and described
constellations: invented sentences."""

from __future__ import annotations

from loaders.acronyms import term_acronyms
from loaders.company_names import short_forms
from loaders.furniture import remove_furniture
from tests.loaders.helpers import recognised_aliases, recognised_types


def test_a_company_named_after_a_place_keeps_the_place_and_its_short_form() -> None:
    text = (
        "Kenya signed a deal with New Zealand Orbital Works Group on Monday. Later, New Zealand "
        "Orbital Works, which makes small rockets, said the site was ready."
    )
    found = recognised_types(text)
    assert found["New Zealand Orbital Works Group"] == ("Organization", "company")
    assert "New Zealand" not in found  # the place is part of the name both times
    assert "New Zealand Orbital Works" in recognised_aliases(
        text, "New Zealand Orbital Works Group"
    )


def test_a_short_form_needs_a_word_of_its_own() -> None:
    assert short_forms("Abu Dhabi Launch Services Holdings Group") == [
        "Abu Dhabi Launch Services Holdings",
        "Abu Dhabi Launch Services",
    ]
    assert short_forms("Orbit Group") == []  # one word would be left
    # "Space Technology" alone is too generic to be found again as the company.
    found = recognised_types(
        "Space Technology Group signed. Officials said Space Technology was growing."
    )
    assert "Space Technology" not in found


def test_a_stock_exchange_named_after_a_place_is_no_mention_of_it() -> None:
    found = recognised_types(
        "Orbital Dragon Holdings said in a filing to the Hong Kong stock exchange."
    )
    assert "Hong Kong" not in found


def test_a_wire_credit_in_the_dateline_is_no_source_but_a_citation_is() -> None:
    dateline = "LIMA, May 5, 2025 (Reuters) - Peru signed a satellite deal with France."
    assert "Reuters" not in recognised_types(dateline)
    cited = dateline + "\n\nA Peruvian official told Reuters the deal was worth $50 million."
    assert "Reuters" in recognised_types(cited)
    # A local outlet credited the same way is still an entity.
    assert "Astana Times" in " ".join(
        recognised_types("ASTANA (The Astana Times) - Kazakhstan said.")
    )


def test_press_contacts_and_wire_credits_are_furniture() -> None:
    page = (
        "Velmora launches its first satellite\n\n"
        "The Velmora Space Agency launched its first satellite on Monday.\n\n"
        "(Reporting by Ana Ruiz in Lima; Editing by Tom Hale)\n\n"
        "Media contact:\nJo Bloggs, Communications Manager, Velmora Space Agency\n"
        "press@velmora.example | +1 555 0100\n\n"
        "###"
    )
    cleaned = remove_furniture(page)
    assert "Jo Bloggs" not in cleaned.text
    assert "Reporting by" not in cleaned.text
    assert "launched its first satellite on Monday" in cleaned.text
    assert "Jo Bloggs" not in recognised_types(cleaned.text)


def test_a_second_and_after_a_ministry_joins_another_party() -> None:
    found = recognised_types(
        "On Friday, Velmora's Ministry of Higher Education and Scientific Research and ORBITEL "
        "signed a memorandum. The Ministry of Defence and Roscosmos also agreed."
    )
    assert "Ministry of Higher Education and Scientific Research of Velmora" not in found
    assert any(n.startswith("Ministry of Higher Education and Scientific Research") for n in found)
    assert not any("ORBITEL" in n for n in found if n.startswith("Ministry"))
    assert found["Ministry of Defence"] == ("Organization", "ministry")
    assert found["Roscosmos"][0] == "Organization"
    # One "and" inside a ministry's name stays: "Ministry of Science and ICT".
    assert "Ministry of Science and ICT" in recognised_types(
        "The Ministry of Science and ICT agreed."
    )


def test_a_federal_ministry_keeps_federal_and_a_bare_mention_joins_the_national_one() -> None:
    text = (
        "A letter between Austria's Federal Ministry of Climate, Energy and Mobility and the "
        "Norwegian Ministry of Trade, Industry and Fisheries is planned. The state acts through "
        "the Ministry of Trade, Industry and Fisheries."
    )
    found = recognised_types(text)
    assert any(n.startswith("Federal Ministry of Climate, Energy and Mobility") for n in found)
    ministries = [n for n in found if "Trade, Industry and Fisheries" in n]
    assert ministries == ["Ministry of Trade, Industry and Fisheries of Norway"]


def test_universities_keep_the_words_before_them() -> None:
    found = recognised_types(
        "Students of the National University of Velmora and the Kestria International "
        "University of Science and Technology built it."
    )
    assert found["National University of Velmora"] == ("Organization", "university")
    assert found["Kestria International University of Science and Technology"][0] == (
        "Organization"
    )


def test_schools_named_in_another_language() -> None:
    found = recognised_types(
        "The centre will be at the Ecole Nationale d'Ingenieurs de Sfax, and engineers from the "
        "Universidad Tecnológica de Velmora will train there."
    )
    assert found["Ecole Nationale d'Ingenieurs de Sfax"] == ("Organization", "university")
    assert found["Universidad Tecnológica de Velmora"] == ("Organization", "university")


def test_satellites_numbered_with_words() -> None:
    found = recognised_types(
        "The firm will put a second locally built satellite, Horizon Two, into orbit. It built "
        "Horizon One, the first satellite assembled in the country."
    )
    assert found["Horizon One"] == ("Program", "satellite")
    assert found["Horizon Two"] == ("Program", "satellite")
    # A count or a section is no satellite, even near the word.
    assert "Phase Two" not in recognised_types(
        "Phase Two, the satellite stage of the plan, starts."
    )


def test_a_ministry_named_by_its_portfolio_after_a_country() -> None:
    text = "A draft is under review, a Norwegian foreign ministry official said."
    found = recognised_types(text)
    assert found["Ministry of Foreign Affairs of Norway"] == ("Organization", "ministry")
    assert "Norwegian foreign ministry" in recognised_aliases(
        text, "Ministry of Foreign Affairs of Norway"
    )
    found = recognised_types("Chile's defence ministry declined to comment.")
    assert found["Ministry of Defence of Chile"] == ("Organization", "ministry")
    # Without a country the ministry stays unnamed.
    assert not any("Ministry" in n for n in recognised_types("The finance ministry must sign off."))


def test_technique_acronyms_are_no_programmes() -> None:
    text = (
        "Orbitra, an operator of synthetic aperture radar (SAR) satellites, runs the largest "
        "constellation of SAR satellites."
    )
    assert term_acronyms(text) == {"SAR"}
    assert "SAR" not in recognised_types(text)
    # A place before a verb and "mission" is no mission: "in Lund and provide mission support".
    found = recognised_types(
        "Orbitra will build them at its plant in Lund and provide mission support."
    )
    assert "Lund" not in found


def test_the_recipient_of_an_award_is_an_organisation() -> None:
    found = recognised_types(
        "2019 - ESA awards KORVEX a contract for a thermal coating; KORVEX delivered."
    )
    assert found["KORVEX"] == ("Organization", "company")


def test_constellations_described_by_owner_or_nationality() -> None:
    found = recognised_types(
        "It gives access to the ICEYE constellation.\n\n"
        "Orbitra and Kanto Trading sign contract for Japanese SAR satellite constellation.\n\n"
        "Korea plans a national KASA constellation of small satellites."
    )
    assert found["ICEYE constellation"] == ("Program", "other")
    assert found["Japanese SAR satellite constellation"] == ("Program", "other")
    assert "KASA constellation" not in found  # any such constellation, not a named one


def test_press_release_about_headings_and_job_titles_are_no_names() -> None:
    found = recognised_types(
        "About Kanto Trading Corporation\nKanto Trading Corporation is a trading company.\n\n"
        '"We are proud," said Dr Mira Tamm, Chief Executive Officer of Orbitra.'
    )
    assert "About Kanto Trading Corporation" not in found
    assert "Kanto Trading Corporation" in found
    assert "Officer" not in found


def test_catalogued_met_services_and_science_missions() -> None:
    found = recognised_types(
        "A memorandum between Met Eireann and the UK Met Office is proposed. ESA awarded the "
        "coating for the Solar Orbiter heat shield, and students joined the Fly Your Satellite! "
        "programme."
    )
    assert found["Met Éireann"] == ("Organization", "agency")
    assert found["UK Met Office"] == ("Organization", "agency")
    assert found["Solar Orbiter"] == ("Program", "mission")
    assert found["Fly Your Satellite!"] == ("Program", "project")
    assert "Iceland" not in recognised_types("It flew from Wallops Island, Virginia.")
