"""Query file headers: fields, parameters and their types, and the body they must match."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.model import QueryError
from graph.packs.header import SortKey, parse_header, parse_param
from graph.packs.params import REQUIRED
from graph.packs.query import load_query, orders_its_rows

GOOD = """\
// name: partners_of
// title: Partners of a country
// description: Every partner,
//   on two lines.
// param: country string = "Kazakhstan" -- the focal country
// param: limit integer = 20 -- most rows
// param: since date = "2020-01" -- earliest date
// param: kinds list = ["lease", "MoU"] -- agreement kinds
// param: ratio float = 0.5 -- a share
// param: strict boolean = true -- exact names only
// param: agreement string -- required: the agreement
// sort: ties desc, partner

MATCH (c:Country {name: $country})
WHERE $strict AND $ratio > 0 AND $since <> '' AND size($kinds) > 0 AND $agreement <> ''
RETURN c.name AS partner, 1 AS ties
LIMIT $limit
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.cypher"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_full_header_parses() -> None:
    header = parse_header(GOOD, "q")
    assert header.name == "partners_of"
    assert header.description == "Every partner, on two lines."
    assert header.sort == (SortKey("ties", True), SortKey("partner"))
    defaults = {p.name: p.default for p in header.params}
    assert defaults == {
        "country": "Kazakhstan",
        "limit": 20,
        "since": "2020-01",
        "kinds": ["lease", "MoU"],
        "ratio": 0.5,
        "strict": True,
        "agreement": REQUIRED,
    }
    assert header.param("agreement").required


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('country str = "x" -- d', "unknown type 'str'"),
        ('limit integer = "20" -- d', "not a valid integer"),
        ("limit integer = 1.5 -- d", "not a valid integer"),
        ('since date = "2020-13" -- d', "not a valid date"),
        ("country string = Kazakhstan -- d", "not a JSON literal"),
        ("country string = null -- d", "may not be null"),
        ('country string = "x"', "needs a description"),
        ('country string = "x" trailing', "unexpected"),
        ('= "x" -- d', "expected 'param: NAME TYPE"),
    ],
)
def test_bad_parameter_lines_are_refused(line: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_param(line, "q.cypher:3")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("MATCH (n) RETURN n", "no header"),
        ("// name: q\n// description: d\nRETURN 1 AS x", "lacks '// title"),
        ("// name: q\n// title: t\nRETURN 1 AS x", "lacks '// description"),
        ("// name: Q-1\n// title: t\n// description: d\nRETURN 1", "must be lower case"),
        ("// name: q\n// title: t\n// description: d\n// colour: red\n", "unknown header field"),
        ("// name: q\n// title: t\n// title: u\n// description: d\n", "given twice"),
        ("// name: q\n// title: t\n// description: d\n// just a note\n", "expected '// field"),
        ("// name: q\n// title: t\n// description: d\n// variants: oracle\n", "unknown backend"),
        ("// name: q\n// title: t\n// description: d\n// sort: a sideways\n", "sort keys"),
        ("// name: q\n// title: t\n// description: d\n// budget_ms: fast\n", "budget_ms"),
        (
            "// name: q\n// title: t\n// description: d\n// param: a string -- x\n"
            "// param: a integer -- y\n",
            "declared twice",
        ),
    ],
)
def test_bad_headers_are_refused(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_header(text, "q.cypher")


def test_a_header_error_names_file_and_line() -> None:
    with pytest.raises(QueryError, match=r"^q\.cypher:4: unknown header field 'colour'"):
        parse_header("// name: q\n// title: t\n// description: d\n// colour: red\n", "q.cypher")


def test_a_blank_line_ends_the_header_so_notes_can_follow() -> None:
    text = "// name: q\n// title: t\n// description: d\n\n// any note: at all\nRETURN 1 AS x"
    assert parse_header(text, "q").lines == 3


def test_a_good_file_loads(tmp_path: Path) -> None:
    query = load_query(write(tmp_path, "partners_of", GOOD), "mine")
    assert query.pack == "mine" and query.ordered


def test_a_parameter_used_but_not_declared_fails(tmp_path: Path) -> None:
    text = GOOD.replace("LIMIT $limit", "LIMIT $limit SKIP $offset")
    with pytest.raises(QueryError, match=r"uses \$offset, which the header does not declare"):
        load_query(write(tmp_path, "partners_of", text), "mine")


def test_a_parameter_declared_but_not_used_fails(tmp_path: Path) -> None:
    text = GOOD.replace("LIMIT $limit", "LIMIT 5")
    with pytest.raises(QueryError, match="declares parameter 'limit', which the query never"):
        load_query(write(tmp_path, "partners_of", text), "mine")


def test_parameters_in_comments_and_strings_do_not_count(tmp_path: Path) -> None:
    text = GOOD.replace("LIMIT $limit", "LIMIT $limit // not $offset\nRETURN '$nope' AS s")
    text = text.replace("RETURN '$nope' AS s", "")
    load_query(write(tmp_path, "partners_of", text), "mine")


def test_the_file_name_must_be_the_query_name(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match=r"name the file partners_of\.cypher"):
        load_query(write(tmp_path, "partners", GOOD), "mine")


def test_one_statement_per_file(tmp_path: Path) -> None:
    text = "// name: two\n// title: t\n// description: d\n\nRETURN 1 AS a;\nRETURN 2 AS b;\n"
    with pytest.raises(QueryError, match="one statement"):
        load_query(write(tmp_path, "two", text), "mine")


def test_a_declared_variant_must_exist(tmp_path: Path) -> None:
    text = "// name: v\n// title: t\n// description: d\n// variants: embedded\n\nRETURN 1 AS a\n"
    with pytest.raises(QueryError, match=r"v\.embedded\.cypher is missing"):
        load_query(write(tmp_path, "v", text), "mine")


def test_a_variant_is_checked_against_the_header(tmp_path: Path) -> None:
    text = "// name: v\n// title: t\n// description: d\n// variants: embedded\n\nRETURN 1 AS a\n"
    write(tmp_path, "v.embedded", "RETURN $other AS a\n")
    with pytest.raises(QueryError, match=r"v\.embedded\.cypher: uses \$other"):
        load_query(write(tmp_path, "v", text), "mine")


def test_variant_text_is_chosen_by_backend(tmp_path: Path) -> None:
    text = "// name: v\n// title: t\n// description: d\n// variants: embedded\n\nRETURN 1 AS a\n"
    write(tmp_path, "v.embedded", "// engine variant\nRETURN 2 AS a\n")
    query = load_query(write(tmp_path, "v", text), "mine")
    assert "RETURN 2" in query.text_for("embedded")
    assert "RETURN 1" in query.text_for("neo4j")


@pytest.mark.parametrize(
    ("text", "ordered"),
    [
        ("MATCH (n) RETURN n.x AS x ORDER BY x", True),
        ("MATCH (n) RETURN n.x AS x", False),
        ("MATCH (n) WITH n ORDER BY n.x LIMIT 3 RETURN n.x AS x", False),
        ("MATCH (n) RETURN n.x AS x UNION MATCH (m) RETURN m.x AS x ORDER BY x", False),
        ("MATCH (n) RETURN n.x AS x // ORDER BY x", False),
    ],
)
def test_row_order_is_detected(text: str, ordered: bool) -> None:
    assert orders_its_rows(text) is ordered
