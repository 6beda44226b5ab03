"""Catalogue breadth: real actors of international space cooperation (manufacturers, launch
providers, operators, military space commands, export-credit agencies, institutes, national
satellites, launch vehicles and sites) are recognised with their type, subtype and home
country; names that are also common words, other names or foreign words need context
(short invented texts)."""

from __future__ import annotations

import pytest

from loaders.catalogue import load_catalogue
from tests.loaders.helpers import entities

# (sentence, canonical name, label, subtype)
RECOGNISED = [
    (
        "The Bulgarian smallsat maker EnduroSat will supply three buses for the constellation.",
        "EnduroSat",
        "Organization",
        "company",
    ),
    (
        "Solid-rocket motors for the new launcher come from Europropulsion in Le Haillan.",
        "Europropulsion",
        "Organization",
        "joint venture",
    ),
    (
        "The microsatellite platform was designed by Space Flight Laboratory in Toronto.",
        "Space Flight Laboratory",
        "Organization",
        "company",
    ),
    (
        "Decades earlier, TRW had built the relay satellites under a NASA contract.",
        "TRW",
        "Organization",
        "company",
    ),
    (
        "The export loan is insured by Credendo and arranged by a Belgian bank.",
        "Credendo",
        "Organization",
        "other",
    ),
    (
        "Sinosure covered the political risk of the satellite financing package.",
        "Sinosure",
        "Organization",
        "other",
    ),
    (
        "Airbus will deliver two more Pléiades Neo spacecraft to the operator next year.",
        "Pléiades Neo",
        "Program",
        "satellite",
    ),
    (
        "The reusable Space Rider vehicle will return experiments to a runway after two months.",
        "Space Rider",
        "Program",
        "project",
    ),
    (
        "The Falcon 9 carried SpainSat NG II toward geostationary orbit on Tuesday.",
        "SpainSat NG II",
        "Program",
        "satellite",
    ),
    (
        "Officials at United States Space Command briefed allies on the conjunction.",
        "United States Space Command",
        "Organization",
        "other",
    ),
    (
        "The Colombian Aerospace Force operates a small imaging satellite.",
        "Colombian Aerospace Force",
        "Organization",
        "other",
    ),
    (
        "Engineers at the Liquid Propulsion Systems Centre tested the cryogenic stage.",
        "Liquid Propulsion Systems Centre",
        "Organization",
        "agency",
    ),
    (
        "Students from Universidad Sergio Arboleda built the first Colombian CubeSat.",
        "Universidad Sergio Arboleda",
        "Organization",
        "university",
    ),
    (
        "Telemetry was received at the Usuda Deep Space Center after the flyby.",
        "Usuda Deep Space Center",
        "Facility",
        "ground station",
    ),
    (
        "A sounding rocket lifted off from SvalRak in Ny-Ålesund on Friday.",
        "SvalRak",
        "Facility",
        "launch complex",
    ),
    (
        "The last flight of the Athena I carried a small science payload.",
        "Athena I",
        "Program",
        "launch vehicle",
    ),
    (
        "Myriota plans a second generation of its messaging nanosatellites.",
        "Myriota",
        "Organization",
        "company",
    ),
    (
        "Mongolia's first CubeSat, Mazaalai, was deployed from the station in 2017.",
        "Mazaalai",
        "Program",
        "satellite",
    ),
]


@pytest.mark.parametrize(("text", "name", "label", "subtype"), RECOGNISED)
def test_real_actors_are_recognised_with_type_and_subtype(
    text: str, name: str, label: str, subtype: str
) -> None:
    assert entities(text).get(name) == (label, subtype)


@pytest.mark.parametrize(
    ("surface", "label", "name", "country"),
    [
        ("UTIAS Space Flight Laboratory", "Organization", "Space Flight Laboratory", "Canada"),
        ("Pleiades Neo", "Program", "Pléiades Neo", "France"),
        ("Força Aérea Brasileira", "Organization", "Brazilian Air Force", "Brazil"),
        ("국방과학연구소", "Organization", "Agency for Defense Development", "South Korea"),
        ("行政院", "Organization", "Executive Yuan", "Taiwan"),
        (
            "Korea Trade Insurance Corporation",
            "Organization",
            "Korea Trade Insurance Corporation",
            "South Korea",
        ),
        ("A*STAR", "Organization", "Agency for Science, Technology and Research", "Singapore"),
        ("Hapith I", "Program", "Hapith I", "Taiwan"),
        ("Xi'an Satellite Control Center", "Facility", "Xi'an Satellite Control Center", "China"),
    ],
)
def test_aliases_and_native_names_resolve_to_one_entry_with_its_country(
    surface: str, label: str, name: str, country: str
) -> None:
    found = load_catalogue().lookup(surface, label)
    assert [(e.name, e.country) for e in found] == [(name, country)]


@pytest.mark.parametrize(
    ("surface", "label"),
    [
        ("Triton", "Program"),
        ("Ariane", "Program"),
        ("Taurus", "Program"),
        ("Scout", "Program"),
        ("Paz", "Program"),
        ("Ingenio", "Program"),
        ("Horus", "Program"),
        ("Skynet", "Program"),
        ("WGS", "Program"),
        ("LSTM", "Program"),
        ("Sateliot", "Organization"),
        ("Telecomm", "Organization"),
        ("ADD", "Organization"),
    ],
)
def test_names_that_are_also_ordinary_words_need_context(surface: str, label: str) -> None:
    entries = load_catalogue().lookup(surface, label)
    assert entries, surface
    assert all(e.needs_context(surface) for e in entries), surface


def test_a_common_word_name_stands_only_with_its_context() -> None:
    assert "Triton" not in entities("Voyager 2 photographed Triton, the largest moon of Neptune.")
    assert entities(
        "TASA's Triton weather satellite will ride a Vega launch from Kourou next year."
    ).get("Triton") == ("Program", "satellite")
    assert "Ariane" not in entities("Ariane Cornell said the company would talk to customers.")
    assert "Scout" not in entities("A boy scout group visited the museum on Saturday.")


def test_foreign_words_and_generic_phrases_do_not_name_new_entries() -> None:
    # "Satelit" is Indonesian for satellite; "Telecom" starts many operators' names.
    found = entities("SATRIA-1 (Satelit Republik Indonesia) was built by Thales Alenia Space.")
    assert "Sateliot" not in found
    assert "Telecomunicaciones de México" not in entities(
        "The deal was signed with Italy's Telecom provider group."
    )
    assert "Airbus OneWeb Satellites" not in entities(
        "Rwanda signed a deal with OneWeb satellites."
    )
    assert "Goliat" not in entities("It was a struggle of David and Goliath in the market.")
