"""vis-network options: looks from the style, physics bounded and tuned to graph size."""

from __future__ import annotations

import math
from typing import Any

from graph.views.items import node_color
from graph.views.style import ViewStyle

FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif'
# vis-network draws the label inside these shapes, on the node's colour.
LABEL_INSIDE_SHAPES = frozenset({"ellipse", "box", "circle", "database"})


def vis_options(style: ViewStyle, node_count: int, edge_count: int) -> dict[str, Any]:
    """vis-network options: bounded stabilisation, tuned for the graph's size."""
    physics = style.physics
    solver = physics["solver"]
    iterations = int(
        max(
            physics["iterations_min"],
            min(physics["iterations_max"], physics["iteration_budget"] / max(node_count, 1)),
        )
    )
    big = edge_count > physics["hide_edges_on_drag_min"]
    # Bigger graphs are seen zoomed out: let hubs and their labels grow so the overview
    # still names the main actors (labels never exceed maxVisible on screen).
    grow = min(max(math.sqrt(node_count / 150), 1.0), 3.0)
    smooth: dict[str, Any] | bool = (
        {"enabled": True, "type": "continuous", "roundness": 0.35}
        if edge_count <= physics["smooth_edges_max"]
        else False
    )
    groups: dict[str, Any] = {}
    for label, look in style.node_styles.items():
        group: dict[str, Any] = {"shape": look["shape"], "color": node_color(look["color"])}
        if look["shape"] in LABEL_INSIDE_SHAPES:
            group["font"] = {"color": "#ffffff", "strokeWidth": 0}
        groups[label] = group
    return {
        "autoResize": True,
        "groups": groups,
        "nodes": {
            "borderWidth": 1.5,
            "borderWidthSelected": 3,
            "font": {
                "face": FONT,
                "size": style.node_label["min"],
                "color": "#1f2933",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
            "scaling": {
                "min": style.node_size["min"],
                "max": round(style.node_size["max"] * grow),
                "label": {
                    "enabled": True,
                    "min": style.node_label["min"],
                    "max": round(style.node_label["max"] * grow),
                    "maxVisible": style.node_label["max"] + 4,
                    "drawThreshold": style.node_label["draw_threshold"],
                },
            },
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.45}},
            "arrowStrikethrough": False,
            "font": {
                "face": FONT,
                "size": style.edge_label["size"],
                "color": "#5f6b7a",
                "strokeWidth": 4,
                "strokeColor": "#ffffff",
                "align": "middle",
            },
            "scaling": {
                "min": style.edge_width["min"],
                "max": style.edge_width["max"],
                "label": {"enabled": False, "drawThreshold": style.edge_label["draw_threshold"]},
            },
            "selectionWidth": 1.5,
            "hoverWidth": 0.8,
            "smooth": smooth,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "keyboard": {"enabled": True, "bindToWindow": False},
            "navigationButtons": False,
        },
        "layout": {
            "randomSeed": 7,
            "improvedLayout": node_count <= physics["improved_layout_max_nodes"],
        },
        "physics": {
            "enabled": node_count > 0,
            "solver": solver,
            solver: {
                **physics["forces"],
                **(
                    physics["small_graph_forces"]
                    if node_count <= physics["small_graph_max"]
                    else {}
                ),
                **(
                    physics["large_graph_forces"]
                    if node_count >= physics["large_graph_min"]
                    else {}
                ),
            },
            "stabilization": {
                "enabled": True,
                "iterations": iterations,
                "updateInterval": 20,
                "fit": True,
            },
            "minVelocity": physics["min_velocity"],
            "maxVelocity": 40,
            "timestep": physics["timestep"],
            # Adaptive timesteps cost about three force passes per step; fixed is ~2x faster.
            "adaptiveTimestep": False,
        },
    }
