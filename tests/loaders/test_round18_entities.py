"""Stock-ticker brackets name no entity, wire-release furniture ("SOURCE X", "/Wire/" datelines,
one-line contacts, forward-looking statements) is dropped, and weather-satellite generations,
data-broadcast systems and investment strategies are catalogued apart: invented sentences."""

from __future__ import annotations

import pytest

from loaders.catalogue import load_catalogue
from loaders.furniture import remove_furniture
from loaders.recognise import Recognition, recognise


def _result(text: str) -> Recognition:
    # A lone line reads as a headline (names there are only looked up again): give a title.
    return recognise("Notes\n\n" + text, load_catalogue())


def _names(text: str) -> set[str]:
    return {e.name for e in _result(text).entities.values()}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ridgeline Orbital, Inc. (NYSE American: GSAT) ordered four spacecraft from Canada.",
        "The buyer, U.S. operator Ridgeline Orbital Inc. (Nasdaq: GSAT), signed on Monday.",
        "Ridgeline Orbital (TSX:GSAT; OTCQX: GSATF) said the deal was worth $40 million.",
        "Shares of Ridgeline Orbital Ltd. (ticker: GSAT) rose after it chose a Canadian builder.",
        "Ridgeline Orbital S.A. (Euronext Paris: GSAT, GSATW), which runs a fleet, agreed terms.",
    ],
)
def test_a_ticker_in_brackets_is_no_satellite(sentence: str) -> None:
    assert "GSAT" not in _names(sentence)


def test_the_same_letters_outside_a_listing_still_name_the_satellite() -> None:
    assert "GSAT" in _names("India's GSAT satellites serve broadcasters across the country.")


def test_a_listing_bracket_keeps_the_company_before_it() -> None:
    names = _names("Airbus (Euronext Paris: AIR) will build the satellite for the agency.")
    assert "Airbus" in names


@pytest.mark.parametrize(
    "line",
    [
        "SOURCE Ridgeline Orbital Ltd.",
        "SOURCE: Ridgeline Orbital, Inc.",
        "For further information: Jo Bloggs, +1 555 0100, press@example.org",
        "For more details: media@example.org",
    ],
)
def test_wire_release_closing_lines_are_furniture(line: str) -> None:
    text = f"Deal signed\n\nRidgeline Orbital signed a contract.\n\n{line}\n"
    cleaned = remove_furniture(text)
    assert line not in cleaned.text
    assert "Ridgeline Orbital signed a contract." in cleaned.text


def test_a_sentence_about_a_source_stays() -> None:
    text = "Deal signed\n\nA source said the deal was close.\nSources close to the agency agreed."
    assert "A source said the deal was close." in remove_furniture(text).text


@pytest.mark.parametrize(
    "dateline",
    [
        "TORONTO, March 3, 2023 /CNW/ - Ridgeline Orbital signed a contract.",
        "PARIS, 3 March 2023 /PRNewswire/ -- Ridgeline Orbital signed a contract.",
        "DENVER, March 3, 2023 /Business Wire/ — Ridgeline Orbital signed a contract.",
    ],
)
def test_a_wire_service_in_the_dateline_still_gives_the_date(dateline: str) -> None:
    assert remove_furniture(f"Deal signed\n{dateline}\nMore text.").published == "2023-03-03"


@pytest.mark.parametrize(
    "marker",
    ["Forward-looking statements", "Forward-Looking Information", "Safe Harbor Statement"],
)
def test_forward_looking_statements_close_the_release(marker: str) -> None:
    body = "\n".join(f"Paragraph {n} about the contract." for n in range(6))
    text = f"Deal signed\n{body}\n{marker}\nThis release mentions Ridgeline Orbital plans.\n"
    cleaned = remove_furniture(text)
    assert "Paragraph 5 about the contract." in cleaned.text
    assert "Ridgeline Orbital plans" not in cleaned.text


@pytest.mark.parametrize(
    "sentence, expected, absent",
    [
        (
            "Stations must be replaced for Meteosat Third Generation (MTG) data by 2027.",
            "Meteosat Third Generation",
            "Meteosat",
        ),
        (
            "Forecasters still read MSG imagery while EUMETSAT moves to MTG satellites.",
            "Meteosat Second Generation",
            None,
        ),
        (
            "Imagery reaches African users through EUMETCast, a broadcast system.",
            "EUMETCast",
            None,
        ),
        (
            "The EU paid for the African Monitoring of the Environment for Sustainable "
            "Development programme.",
            "African Monitoring of the Environment for Sustainable Development",
            None,
        ),
        (
            "An EU programme, ClimSA (Climate Services and related Applications), pays for it.",
            "ClimSA",
            None,
        ),
    ],
)
def test_weather_satellite_generations_and_programmes(
    sentence: str, expected: str, absent: str | None
) -> None:
    names = _names(sentence)
    assert expected in names
    if absent:
        assert absent not in names


@pytest.mark.parametrize(
    "sentence",
    [
        "The EU's Global Gateway strategy now pays for two ground stations in Africa.",
        "Brussels sold Global Gateway as an answer to infrastructure lending from Beijing.",
        "Under Global Gateway, the Commission financed a satellite data centre.",
    ],
)
def test_global_gateway_is_not_the_lunar_station(sentence: str) -> None:
    names = _names(sentence)
    assert "Global Gateway" in names
    assert "Lunar Gateway" not in names


@pytest.mark.parametrize(
    "sentence",
    [
        "The ground station was financed under China's Belt and Road Initiative.",
        "Critics compare the scheme with Belt and Road lending to African states.",
        "Beijing folded the satellite into its Belt and Road initiative in 2019.",
    ],
)
def test_belt_and_road(sentence: str) -> None:
    assert "Belt and Road" in _names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The centre will turn Copernicus data into flood warnings for the region.",
        "Copernicus and Meteosat imagery feed the new drought bulletins.",
        "Users get free access to Copernicus imagery through the national hub.",
    ],
)
def test_copernicus_named_with_its_data(sentence: str) -> None:
    assert "Copernicus" in _names(sentence)


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("It was signed in the presence of the Danish Ambassador to Peru, Lars Holm.", "Lars Holm"),
        ("Also present was the British High Commissioner, Jane Okafor.", "Jane Okafor"),
        ("Kenya's ambassador to France, Ruth Kamau, attended the ceremony.", "Ruth Kamau"),
        ("The agency's chief, Tomas Berg, said the launch would slip.", "Tomas Berg"),
        ("The Minister of Science, Ana Ruiz, and the Director of Finance, Jo Ko, spoke.", "Jo Ko"),
    ],
)
def test_a_role_before_a_comma_and_a_name(sentence: str, person: str) -> None:
    people = {e.name: e.role for e in _result(sentence).entities.values() if e.label == "Person"}
    assert person in people
    assert people[person]


@pytest.mark.parametrize(
    "sentence, company",
    [
        (
            "The prime contractor, Thales Alenia Space, delivered the platform.",
            "Thales Alenia Space",
        ),
        ("The company's partner, OHB, will build the bus.", "OHB"),
    ],
)
def test_a_firm_after_a_role_like_noun_stays_a_firm(sentence: str, company: str) -> None:
    found = {e.name: e.label for e in _result(sentence).entities.values()}
    assert found[company] == "Organization"


@pytest.mark.parametrize(
    "sentence, person",
    [
        (
            '"It matters," said Marta Kowalczyk, who was science minister when it was signed.',
            "Marta Kowalczyk",
        ),
        (
            "Marek Nowak, an ESA reserve astronaut and engineer from Gdansk, flew in June.",
            "Marek Nowak",
        ),
        ("Ola Berg, a former pilot and later minister of defence, retired in 2020.", "Ola Berg"),
        (
            "Piotr Zielinski, who was deputy minister until the election, signed it.",
            "Piotr Zielinski",
        ),
    ],
)
def test_an_apposed_role_with_a_second_role_or_a_time_clause(sentence: str, person: str) -> None:
    people = {e.name for e in _result(sentence).entities.values() if e.label == "Person"}
    assert person in people


@pytest.mark.parametrize(
    "sentence, park",
    [
        (
            "The ground station stands in the Danube Hi-Tech Park, east of the capital.",
            "Danube Hi-Tech Park",
        ),
        ("The institute moved into Lakeside Science Park in 1991.", "Lakeside Science Park"),
        ("A test hall is being built at the Northgate Research Park.", "Northgate Research Park"),
    ],
)
def test_technology_and_science_parks_are_facilities(sentence: str, park: str) -> None:
    found = {e.name: e.label for e in _result(sentence).entities.values()}
    assert found.get(park) == "Facility"


def test_countries_listed_in_apposition_are_no_people() -> None:
    sentence = "The buyers, Poland and Romania, signed the deal when the minister visited."
    assert not [e for e in _result(sentence).entities.values() if e.label == "Person"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Under a 2013 deal between the agency and the China Satellite Navigation Office, "
        "reference stations were built.",
        "The China Satellite Navigation Office (CSNO) signed a BeiDou agreement with Laos.",
    ],
)
def test_the_beidou_office_is_one_agency(sentence: str) -> None:
    found = {e.name: e.label for e in _result(sentence).entities.values()}
    assert found.get("China Satellite Navigation Office") == "Organization"
