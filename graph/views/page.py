"""The page around the data: vis-network inlined from pyvis, the template, safe JSON.

pyvis's own template always links Bootstrap from a CDN (even with cdn_resources="in_line")
and can put tooltip strings into innerHTML, so the page comes from spacegraph's template:
vis-network's JS and CSS inlined, data as escaped JSON, a Content-Security-Policy that
forbids every fetch.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape

from graph import __version__
from graph.model import ConfigError

ASSETS = Path(__file__).with_name("assets")
# Characters that could end a <script> element or confuse an HTML parser inside one.
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)
_SCRIPT_END = re.compile(r"</script|<!--", re.IGNORECASE)


@dataclass(frozen=True)
class VisAssets:
    """vis-network as shipped inside the pyvis package."""

    version: str
    js: str
    css: str


@cache
def vis_assets() -> VisAssets:
    """vis-network JS and CSS from pyvis's package data (newest bundled version)."""
    lib = Path(pyvis.__file__).parent / "templates" / "lib"
    candidates = sorted(
        lib.glob("vis-*/vis-network.min.js"), key=lambda p: _version_key(p.parent.name)
    )
    if not candidates:
        raise ConfigError(f"pyvis {pyvis.__version__} ships no vis-network under {lib}")
    js_path = candidates[-1]
    # The source-map comment would send DevTools looking for a file that is not there.
    js = _SOURCE_MAP.sub("", js_path.read_text(encoding="utf-8"))
    css = js_path.with_name("vis-network.css").read_text(encoding="utf-8")
    for name, text in (("vis-network.min.js", js), ("vis-network.css", css)):
        _check_inlinable(name, text)
    return VisAssets(version=js_path.parent.name.removeprefix("vis-"), js=js, css=css)


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", name))


def _check_inlinable(name: str, text: str) -> None:
    if _SCRIPT_END.search(text):
        raise ConfigError(f"{name} contains '</script' or '<!--' and cannot be inlined safely")


def script_json(data: Any) -> str:
    """JSON safe inside <script type="application/json">: no '<', '>' or '&' survive raw.

    >>> script_json({"name": "</script><img src=x onerror=alert(1)>"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in _JSON_ESCAPES.items():
        text = text.replace(raw, escaped)
    return text


def render_page(data: dict[str, Any], *, title: str, subtitle: str, size_by: str) -> str:
    """The HTML page: template, inlined vis-network and view assets, `data` as JSON."""
    assets = vis_assets()
    view_js = (ASSETS / "view.js").read_text(encoding="utf-8")
    view_css = (ASSETS / "view.css").read_text(encoding="utf-8")
    for name, text in (("view.js", view_js), ("view.css", view_css)):
        _check_inlinable(name, text)
    template = _environment().get_template("view.html.j2")
    return template.render(
        title=title,
        subtitle=subtitle,
        size_by=size_by,
        version=__version__,
        pyvis_version=pyvis.__version__,
        vis_version=assets.version,
        vis_js=assets.js,
        vis_css=assets.css,
        view_js=view_js,
        view_css=view_css,
        data_json=script_json(data),
    )


@cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(ASSETS)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        keep_trailing_newline=True,
    )
