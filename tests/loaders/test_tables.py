"""Relations from table rows: a header names the columns, each row relates its cells.
Tables are invented."""

from __future__ import annotations

from pathlib import Path

from loaders import extract, read_document, to_gold_format
from tests.loaders.helpers import triples

HEADER = "| Satellite | Builder | Launch vehicle | Launch site | Status |"
ROWS = [
    "| KazSat-3 | ISS-Reshetnev | Proton-M | Baikonur Cosmodrome | in service |",
    "| Arabsat-6A | Lockheed Martin (via Airbus Defence and Space) | Falcon 9 | Cape Canaveral "
    "| in service |",
]


def _relations(path: Path) -> set[tuple[str, str, str]]:
    found = to_gold_format(extract(read_document(path)))["relations"]
    return {(r["subject"], r["predicate"], r["object"]) for r in found}


def test_pipe_table_in_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "fleet.txt"
    path.write_text("Fleet overview\n\n" + "\n".join([HEADER, "|---|---|---|---|---|", *ROWS]))
    found = _relations(path)
    assert ("ISS-Reshetnev", "BUILDS", "KazSat-3") in found
    assert ("KazSat-3", "LAUNCHES_FROM", "Baikonur Cosmodrome") in found
    assert ("Proton-M", "LAUNCHES_FROM", "Baikonur Cosmodrome") in found
    assert ("Lockheed Martin", "BUILDS", "Arabsat-6A") in found
    # A bracketed aside in a cell names no builder.
    assert not any(s == "Airbus Defence and Space" for s, _, _ in found)


def test_markdown_table_keeps_its_columns(tmp_path: Path) -> None:
    path = tmp_path / "fleet.md"
    path.write_text("# Fleet\n\n" + "\n".join([HEADER, "|---|---|---|---|---|", *ROWS]) + "\n")
    found = _relations(path)
    assert ("ISS-Reshetnev", "BUILDS", "KazSat-3") in found
    assert ("Falcon 9", "LAUNCHES_FROM", "Cape Canaveral Space Force Station") in found


def test_row_without_a_recognised_item_does_not_credit_its_vehicle() -> None:
    text = "\n".join(
        [
            "| Satellite | Builder | Launch |",
            "| an unnamed relay | Thales Alenia Space | 2015, Proton-M |",
            "| KazSat-3 | ISS-Reshetnev | 2014, Proton-M |",
        ]
    )
    found = triples(text)
    assert ("Thales Alenia Space", "BUILDS", "Proton-M") not in found
    assert ("ISS-Reshetnev", "BUILDS", "KazSat-3") in found


def test_table_whose_header_states_no_relation_gives_none() -> None:
    found = triples(
        "| Year | Event | Notes |\n"
        "| 2014 | KazSat-3 | Proton-M, Baikonur Cosmodrome |\n"
        "| 2019 | Arabsat-6A | Falcon 9, Cape Canaveral |"
    )
    assert not any(p in ("BUILDS", "LAUNCHES_FROM") for _, p, _ in found)


def test_html_table_rows_are_read(tmp_path: Path) -> None:
    path = tmp_path / "fleet.html"
    path.write_text(
        "<html><head><title>Fleet</title></head><body><nav>Home | News | Sport</nav><article>"
        "<h1>Satellites of the region</h1><p>The region has bought several satellites from "
        "foreign builders over the past decade, and the list below gives each one with its "
        "builder and launch site as reported by the operators.</p><table>"
        "<tr><th>Satellite</th><th>Builder</th><th>Launch site</th></tr>"
        "<tr><td>KazSat-3</td><td>ISS-Reshetnev</td><td>Baikonur Cosmodrome</td></tr>"
        "<tr><td>Arabsat-6A</td><td>Lockheed Martin</td><td>Cape Canaveral</td></tr>"
        "</table><p>More launches are planned in the coming years, according to officials "
        "who spoke at a conference in the capital on Tuesday.</p></article>"
        "<footer>Related articles</footer></body></html>",
        encoding="utf-8",
    )
    found = _relations(path)
    assert ("ISS-Reshetnev", "BUILDS", "KazSat-3") in found
    assert ("Arabsat-6A", "LAUNCHES_FROM", "Cape Canaveral Space Force Station") in found


def test_each_row_of_a_table_of_agreements_is_an_agreement(tmp_path: Path) -> None:
    path = tmp_path / "agreements.md"
    path.write_text(
        "# Agreements\n\n"
        "| Year | Agreement | Parties | Status |\n"
        "|---|---|---|---|\n"
        "| 2015 | Framework agreement on space cooperation | Kazakhstan, France | in force |\n"
        "| 2019 | MoU on satellite data | KazCosmos, Roscosmos | expired in 2023 |\n"
        "| 2024 | KazSat-3 replacement contract | Kazakhstan, ISS-Reshetnev | completed |\n",
        encoding="utf-8",
    )
    found = {
        frozenset(a["parties"]): a
        for a in to_gold_format(extract(read_document(path)))["agreements"]
    }
    framework = found[frozenset({"Kazakhstan", "France"})]
    assert (framework["kind"], framework["status"], framework["date"]) == (
        "intergovernmental agreement",
        "in force",
        "2015",
    )
    mou = found[frozenset({"KazCosmos", "Roscosmos"})]
    assert (mou["kind"], mou["status"]) == ("MoU", "expired")
    contract = found[frozenset({"Kazakhstan", "ISS-Reshetnev"})]
    assert (contract["kind"], contract["status"]) == ("contract", "signed")
    assert "KazSat-3" in contract["about"]


def test_a_table_of_one_sides_signatures_binds_each_to_the_page_subject(tmp_path: Path) -> None:
    """The partner's agency signs for its country; the other side is what the page is about."""
    path = tmp_path / "cnsa_partners.md"
    path.write_text(
        "# China National Space Administration (CNSA)\n\n"
        "The China National Space Administration signs agreements with many partners.\n\n"
        "| Partner | Signatory on the partner side | Instrument | Signed |\n"
        "|---|---|---|---|\n"
        "| Egypt | Egyptian Space Agency (EgSA) | memorandum of understanding | 2023 |\n"
        "| Nicaragua | Government of Nicaragua | memorandum of understanding | 2024 |\n",
        encoding="utf-8",
    )
    found = {
        frozenset(a["parties"]): a
        for a in to_gold_format(extract(read_document(path)))["agreements"]
    }
    egypt = found[frozenset({"Egyptian Space Agency", "China National Space Administration"})]
    assert (egypt["kind"], egypt["date"]) == ("MoU", "2023")
    assert frozenset({"Nicaragua", "China National Space Administration"}) in found
    assert not any("Egypt" in parties for parties in found)
