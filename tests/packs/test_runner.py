"""The runner and the Python API: parameters, order, plain values, output formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest

from graph.model import QueryError
from graph.packs import list_queries, load_registry, run_query
from graph.packs.output import render
from graph.packs.runner import plain
from graph.stores.base import QueryResult, Store

RESULT = QueryResult(
    ["partner", "ties", "via"],
    [("Russia", 2, ["Baikonur Cosmodrome lease", "a|b"]), ("Tür, kiye", 1, [])],
)


def test_run_query_returns_a_dataframe(handmade_embedded: Store) -> None:
    frame = run_query(handmade_embedded, "facility_users", {"facility": "Baikonur Cosmodrome"})
    assert isinstance(frame, pd.DataFrame)
    russia = frame[frame["user"] == "Russia"].iloc[0]
    assert russia["relation"] == "leases" and russia["until"] == "2050"


def test_run_query_takes_text_values_and_user_packs(
    handmade_embedded: Store, pack_dir: Path
) -> None:
    (pack_dir / "agreements_since.cypher").write_text(
        "// name: agreements_since\n// title: t\n// description: d\n"
        "// param: since integer -- first year\n\n"
        "MATCH (a:Agreement) WHERE a.year >= $since\n"
        "RETURN a.name AS agreement ORDER BY agreement\n"
    )
    frame = run_query(handmade_embedded, "agreements_since", {"since": "2020"}, [pack_dir])
    assert list(frame["agreement"]) == [
        "Kazcosmos-Turkish Aerospace memorandum",
        "Soyuz-5 launch services contract",
    ]


def test_list_queries_is_a_table_of_the_catalogue() -> None:
    frame = list_queries()
    row = frame[frame["name"] == "agreements_ending"].iloc[0]
    assert row["pack"] == "agreements"
    assert row["parameters"] == 'country="Kazakhstan", ending_by="2060-12-31", limit=100'


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({}, r"needs parameter 'agreement' \(string: .*\); pass -p agreement=VALUE"),
        ({"agreement": "x", "agrement": "y"}, "has no parameter 'agrement'; did you mean"),
    ],
)
def test_parameter_mistakes_are_one_line_errors(params: dict[str, str], message: str) -> None:
    query = load_registry().get("agreement_details")
    with pytest.raises(QueryError, match=message):
        query.bind(params)


def test_bad_values_are_refused_before_the_database(handmade_embedded: Store) -> None:
    with pytest.raises(QueryError, match="'soon' is not a valid date"):
        run_query(handmade_embedded, "agreements_ending", {"ending_by": "soon"})


def test_sort_header_orders_union_results(handmade_embedded: Store) -> None:
    frame = run_query(handmade_embedded, "country_partners")
    keys = [
        (-row.ties, -row.evidence, row.partner.casefold(), row.tie) for row in frame.itertuples()
    ]
    assert keys == sorted(keys) and len(keys) == 12


def test_plain_values_match_across_backends() -> None:
    import datetime as dt
    import decimal

    assert plain([decimal.Decimal("3"), dt.date(2050, 1, 1)]) == [3, "2050-01-01"]


def test_output_formats() -> None:
    table = render(RESULT, "table")
    assert table.splitlines()[0].split() == ["partner", "ties", "via"]
    assert "Baikonur Cosmodrome lease; a|b" in table and table.endswith("(2 rows)\n")
    rows = list(csv.reader(io.StringIO(render(RESULT, "csv"))))
    assert rows == [
        ["partner", "ties", "via"],
        ["Russia", "2", "Baikonur Cosmodrome lease; a|b"],
        ["Tür, kiye", "1", ""],
    ]
    assert json.loads(render(RESULT, "json"))[0] == {
        "partner": "Russia",
        "ties": 2,
        "via": ["Baikonur Cosmodrome lease", "a|b"],
    }
    md = render(RESULT, "md").splitlines()
    assert md[0] == "| partner | ties | via |"
    assert md[2] == "| Russia | 2 | Baikonur Cosmodrome lease, a\\|b |"


def test_long_cells_are_shortened_only_in_tables() -> None:
    long = QueryResult(["sentence"], [("word " * 40,)])
    assert "…" in render(long, "table")
    assert "…" not in render(long, "csv")
