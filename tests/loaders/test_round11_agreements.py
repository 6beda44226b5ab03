"""Agreements: an agency's reference page titled with its acronym, a list item headed by a
partner country on such a page, an agreement signed by three or more states, and a headline
below a date line (short invented documents)."""

from __future__ import annotations

from typing import Any

from graph.model import Document
from loaders import extract, to_gold_format
from tests.loaders.helpers import gold


def page_agreements(title: str, body: str) -> list[dict[str, Any]]:
    """The agreements of a page whose title line is `title`."""
    text = f"{title}\n\n{body}"
    found = to_gold_format(extract(Document(doc_id="page.md", title=title, text=text)))
    return list(found["agreements"])


def agreements(text: str) -> list[dict[str, Any]]:
    return list(gold(text)["agreements"])


def only(found: list[dict[str, Any]]) -> dict[str, Any]:
    assert len(found) == 1, found
    return found[0]


AGENCY_TITLE = "Kenya Space Agency (KSA)"


def test_a_dated_item_on_an_agency_page_is_the_agencys_own_agreement() -> None:
    found = only(
        page_agreements(
            AGENCY_TITLE,
            "The Kenya Space Agency is based in Nairobi and reports to the defence ministry.\n\n"
            "## Agreements\n\n"
            "- **2021** - memorandum of understanding with CNES on Earth observation training, "
            "in force.\n",
        )
    )
    assert set(found["parties"]) == {"Kenya Space Agency", "CNES"}
    assert found["kind"] == "MoU"


def test_a_country_page_keeps_the_country_as_the_home_party() -> None:
    found = only(
        page_agreements(
            "Kenya",
            "Kenya runs a small space programme.\n\n"
            "## Agreements\n\n"
            "- **2021** - memorandum of understanding with CNES on Earth observation training, "
            "in force.\n",
        )
    )
    assert set(found["parties"]) == {"Kenya", "CNES"}


def test_a_partner_headed_item_on_an_agency_page_gives_the_agency() -> None:
    found = only(
        page_agreements(
            AGENCY_TITLE,
            "The Kenya Space Agency is based in Nairobi.\n\n"
            "## Partners\n\n"
            "- China: the KenyaSat-2 satellite was supplied under a contract with China Great "
            "Wall Industry Corporation (CGWIC), which also launched it.\n",
        )
    )
    assert set(found["parties"]) == {"Kenya Space Agency", "CGWIC"}
    assert found["kind"] == "contract"


def test_an_agreement_signed_by_three_or_more_states_is_intergovernmental() -> None:
    found = only(
        agreements(
            "In 2012 the regional data agreement was signed by Kenya, Nigeria, Ghana and "
            "Senegal, according to the ministry."
        )
    )
    assert set(found["parties"]) == {"Kenya", "Nigeria", "Ghana", "Senegal"}
    assert found["kind"] == "intergovernmental agreement"


def test_a_bilateral_agreement_between_states_keeps_its_kind() -> None:
    found = only(agreements("In 2012 Kenya signed an agreement with Nigeria on data sharing."))
    assert found["kind"] == "other"


def test_a_headline_below_a_date_line_and_a_signing_told_again_are_the_lead_agreement() -> None:
    found = only(
        agreements(
            "June 4, 2025 10:12 AM GMT Updated an hour ago\n\n"
            "Kenya, Mexico sign space pact on small satellites\n\n"
            "NAIROBI, June 4 - Kenya and Mexico signed a memorandum of understanding on "
            "Wednesday on the joint design of small satellites, officials said.\n\n"
            "The accord was signed in Nairobi by Ann Wanjiru, director of the Kenya Space "
            "Agency (KSA), and Luis Ortega, head of the Mexican Space Agency (AEM)."
        )
    )
    assert set(found["parties"]) == {"Kenya", "Mexico"}
    assert found["kind"] == "MoU"


def test_a_subcontract_is_a_contract() -> None:
    found = only(
        agreements(
            "The radar antenna will be supplied by Thales Alenia Space under a subcontract with "
            "OHB System."
        )
    )
    assert set(found["parties"]) == {"Thales Alenia Space", "OHB"}
    assert found["kind"] == "contract"
