"""Curated facts files (YAML and CSV): records with curated evidence, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.model import InputError, Node, Relationship, load_model
from loaders import read_curated

YAML_FACTS = """\
source: Analyst notes
entities:
  - {name: Vellmar Launch Services, type: Organization, subtype: company, country: Kazakhstan,
     capabilities: [launch_access]}
relations:
  - {subject: Russia, predicate: LEASES, object: Baikonur Cosmodrome, until: "2050",
     evidence: "Lease runs to 2050."}
  - {subject: Vellmar Launch Services, predicate: OPERATES, object: Baikonur Cosmodrome}
agreements:
  - title: Baikonur Cosmodrome lease
    kind: lease
    status: in force
    date: "1994"
    end_date: "2050"
    value: 115000000
    currency: USD
    parties: [{name: Kazakhstan, role: lessor}, {name: Russia, role: lessee}]
    about: [Baikonur Cosmodrome]
claims:
  - {subject: Baikonur Cosmodrome, attribute: annual rent, value: "$115 million",
     value_number: 115000000, unit: USD}
"""

CSV_HEADER = (
    "record,name,type,subtype,subject,predicate,object,title,kind,status,date,parties,about,"
    "attribute,value,evidence,source\n"
)
CSV_FACTS = (
    CSV_HEADER
    + "\n".join(
        [
            "entity,Vellmar Launch Services,Organization,company,,,,,,,,,,,,,",
            "relation,,,,Vellmar Launch Services,OPERATES,Baikonur Cosmodrome,,,,,,,,,"
            "Operator site,Company web page",
            "agreement,,,,,,,Vellmar-Roscosmos services contract,contract,signed,2024-05,"
            "Vellmar Launch Services [contractor]; Roscosmos [customer],Baikonur Cosmodrome,,,,",
        ]
    )
    + "\n"
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_yaml_facts(tmp_path: Path) -> None:
    extraction = read_curated(_write(tmp_path, "facts.yaml", YAML_FACTS))
    extraction.validate(load_model())
    nodes = {n.key: n for n in extraction.nodes}
    lease = nodes["agreement:baikonur-cosmodrome-lease"]
    assert lease.properties["end_year"] == 2050 and lease.properties["value"] == 115e6
    assert "launch_infrastructure" in lease.properties["capabilities"]
    assert nodes["organization:vellmar-launch-services"].properties["catalogued"] is False
    assert nodes["facility:baikonur-cosmodrome"].properties["catalogued"] is True
    rels = {r.key: r for r in extraction.relationships}
    assert rels["LEASES|country:russia|facility:baikonur-cosmodrome|"].properties["until"] == "2050"
    assert "PARTY_TO|country:kazakhstan|agreement:baikonur-cosmodrome-lease|lessor" in rels
    text = extraction.document.text
    records: list[Node | Relationship] = [*extraction.nodes, *extraction.relationships]
    for record in records:
        for ev in record.evidence:
            assert ev.rule == "curated" and ev.source == "facts.yaml"
            assert 0 <= ev.start < ev.end <= len(text)
    first = extraction.relationships[0].evidence[0]
    assert first.sentence == "Lease runs to 2050. (source: Analyst notes)"
    # Home countries become Country nodes and LOCATED_IN: stated in the file, or catalogued.
    located = {r.source.key: r for r in extraction.relationships if r.type == "LOCATED_IN"}
    vellmar = located["organization:vellmar-launch-services"]
    assert vellmar.target.key == "country:kazakhstan" and vellmar.evidence[0].rule == "curated"
    assert "country:kazakhstan" in nodes


def test_csv_facts(tmp_path: Path) -> None:
    extraction = read_curated(_write(tmp_path, "facts.csv", CSV_FACTS))
    extraction.validate(load_model())
    roles = {
        (r.source.key, r.properties["role"])
        for r in extraction.relationships
        if r.type == "PARTY_TO"
    }
    assert roles == {
        ("organization:vellmar-launch-services", "contractor"),
        ("organization:roscosmos", "customer"),
    }
    operates = next(r for r in extraction.relationships if r.type == "OPERATES")
    ev = operates.evidence[0]
    assert ev.sentence == "Operator site (source: Company web page)"
    assert extraction.document.text[ev.start : ev.end].startswith("relation,")


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        (
            "a.yaml",
            "relations:\n  - {subject: Nowhere Corp, predicate: OWNS, object: Russia}\n",
            r"line 2 \(relations\[1\]\): 'Nowhere Corp' matches nothing in the catalogue",
        ),
        (
            "b.yaml",
            "relations:\n  - {subject: Russia, predicate: LIKES, object: Japan}\n",
            "unknown predicate 'LIKES'",
        ),
        (
            "c.yaml",
            "relations:\n  - {subject: Baikonur Cosmodrome, predicate: HEADS, object: Japan}\n",
            "HEADS may not join Facility",
        ),
        (
            "d.yaml",
            "agreements:\n  - {title: X, kind: treaty, parties: [Japan]}\n",
            "kind 'treaty' is not one of",
        ),
        (
            "e.yaml",
            "agreements:\n  - {title: X, kind: MoU, date: 'May 2020', parties: [Japan]}\n",
            "date 'May 2020' is not YYYY",
        ),
        ("f.yaml", "facts: []\n", "unknown section"),
        ("g.yaml", "entities:\n  - {name: Someone, type: Person}\n", "a Person needs a role"),
        ("h.csv", "record,name\nwidget,X\n", "row 2: record must be one of"),
        ("i.csv", "name,colour\nX,red\n", "CSV header must have a 'record' column"),
        (
            "j.csv",
            "record,subject,predicate,object\nrelation,Russia,LEASES\n",
            "row 2: missing 'object'",
        ),
        ("k.txt", "x", "must be .yaml, .yml or .csv"),
    ],
)
def test_errors_name_the_place(tmp_path: Path, name: str, text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_curated(_write(tmp_path, name, text))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such curated-facts file"):
        read_curated(tmp_path / "absent.yaml")


def test_bundled_example_reads(tmp_path: Path) -> None:
    example = Path(__file__).resolve().parents[2] / "loaders" / "data" / "curated"
    for path in sorted(example.glob("*.yaml")):
        read_curated(path).validate(load_model())
