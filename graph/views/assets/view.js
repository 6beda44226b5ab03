/* spacegraph network view: search, legend filters, tooltips, details, physics control.
 *
 * Names, aliases and evidence come from documents, so they are only ever written into the
 * page with textContent (or drawn on the canvas as labels): no string from the data is
 * parsed as HTML anywhere in this file, and vis-network never receives a `title`.
 */
(function () {
  "use strict";

  var payload = JSON.parse(document.getElementById("sg-data").textContent);
  var meta = payload.meta;
  var nodes = new vis.DataSet(payload.nodes);
  var edges = new vis.DataSet(payload.edges);
  var container = document.getElementById("sg-network");
  var main = document.getElementById("sg-main");
  var tooltip = document.getElementById("sg-tooltip");
  var details = document.getElementById("sg-details");
  var detailsBody = document.getElementById("sg-details-body");
  var progress = document.getElementById("sg-progress");
  var progressBar = document.getElementById("sg-progress-bar");
  var physicsButton = document.getElementById("sg-physics");
  var SVG = "http://www.w3.org/2000/svg"; // an XML namespace name, never fetched

  var state = {
    hiddenKinds: new Set(),
    hiddenStatuses: new Set(),
    hiddenRelTypes: new Set(),
    physicsOn: false,
    ready: false
  };
  // A Map, not an object: document ids are data and must not reach Object.prototype.
  var documentTitles = new Map(Object.entries(meta.documents));
  var kindStyle = {};
  meta.legend.kinds.forEach(function (k) { kindStyle[k.kind] = k; });
  var statusStyle = {};
  meta.legend.statuses.forEach(function (s) { statusStyle[s.status] = s; });

  // ---------------------------------------------------------------- DOM helpers
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function svgEl(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }

  function clip(text, max) {
    text = String(text);
    return text.length > max ? text.slice(0, max - 1) + "…" : text;
  }

  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  // ---------------------------------------------------------------- legend swatches
  function starPoints(cx, cy, outer, inner) {
    var pts = [];
    for (var i = 0; i < 10; i++) {
      var r = i % 2 === 0 ? outer : inner;
      var a = Math.PI / 5 * i - Math.PI / 2;
      pts.push((cx + r * Math.cos(a)).toFixed(1) + "," + (cy + r * Math.sin(a)).toFixed(1));
    }
    return pts.join(" ");
  }

  function shapeSwatch(shape, color, border) {
    var svg = svgEl("svg", { width: 18, height: 18, viewBox: "0 0 18 18", "aria-hidden": "true" });
    var paint = { fill: color, stroke: border, "stroke-width": 1.2 };
    var s;
    if (shape === "diamond") {
      s = svgEl("polygon", Object.assign({ points: "9,1.5 16.5,9 9,16.5 1.5,9" }, paint));
    } else if (shape === "square") {
      s = svgEl("rect", Object.assign({ x: 3, y: 3, width: 12, height: 12 }, paint));
    } else if (shape === "triangle") {
      s = svgEl("polygon", Object.assign({ points: "9,2 16.5,15.5 1.5,15.5" }, paint));
    } else if (shape === "star") {
      s = svgEl("polygon", Object.assign({ points: starPoints(9, 9.6, 8.4, 3.6) }, paint));
    } else if (shape === "ellipse") {
      s = svgEl("ellipse", Object.assign({ cx: 9, cy: 9, rx: 8, ry: 5 }, paint));
    } else if (shape === "box" || shape === "text") {
      s = svgEl("rect", Object.assign({ x: 1.5, y: 4, width: 15, height: 10, rx: 2 }, paint));
    } else {
      s = svgEl("circle", Object.assign({ cx: 9, cy: 9, r: 6.5 }, paint));
    }
    svg.appendChild(s);
    return svg;
  }

  function lineSwatch(color, dashes, arrow) {
    var svg = svgEl("svg", { width: 26, height: 12, viewBox: "0 0 26 12", "aria-hidden": "true" });
    var line = svgEl("line", { x1: 1, y1: 6, x2: arrow ? 20 : 25, y2: 6, stroke: color, "stroke-width": 2.2 });
    if (dashes) { line.setAttribute("stroke-dasharray", dashes.map(function (d) { return d / 2; }).join(" ")); }
    svg.appendChild(line);
    if (arrow) { svg.appendChild(svgEl("polygon", { points: "19,2 25,6 19,10", fill: color })); }
    return svg;
  }

  // ---------------------------------------------------------------- filters + legend
  function legendRow(parent, swatch, text, count, onToggle) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", function () {
      label.classList.toggle("sg-off", !box.checked);
      onToggle(box.checked);
    });
    label.appendChild(box);
    label.appendChild(swatch);
    label.appendChild(el("span", "sg-legend-text", text));
    label.appendChild(el("span", "sg-count", count));
    parent.appendChild(label);
    return box;
  }

  var kindBoxes = {};
  var statusBoxes = {};
  function buildLegend() {
    var kindsEl = document.getElementById("sg-legend-kinds");
    meta.legend.kinds.forEach(function (k) {
      kindBoxes[k.kind] = legendRow(kindsEl, shapeSwatch(k.shape, k.color, k.border), k.kind, k.count,
        function (on) { toggle(state.hiddenKinds, k.kind, on); });
    });
    var statusEl = document.getElementById("sg-legend-statuses");
    if (meta.legend.statuses.length === 0) {
      document.getElementById("sg-status-section").hidden = true;
    }
    meta.legend.statuses.forEach(function (s) {
      statusBoxes[s.status] = legendRow(statusEl, lineSwatch(s.color, s.dashes, false), s.label, s.count,
        function (on) { toggle(state.hiddenStatuses, s.status, on); });
    });
    var relsEl = document.getElementById("sg-legend-rels");
    meta.legend.relationships.forEach(function (r) {
      legendRow(relsEl, lineSwatch(r.color, false, true), r.label, r.count,
        function (on) { toggle(state.hiddenRelTypes, r.type, on); });
    });
  }

  function toggle(set, key, on) {
    if (on) { set.delete(key); } else { set.add(key); }
    applyFilters();
  }

  function nodeHidden(n) {
    return state.hiddenKinds.has(n.kind) ||
      (n.kind === "Agreement" && state.hiddenStatuses.has(n.status_key));
  }

  function applyFilters() {
    var nodeChanges = [];
    nodes.forEach(function (n) {
      var hide = nodeHidden(n);
      if (Boolean(n.hidden) !== hide) { nodeChanges.push({ id: n.id, hidden: hide }); }
    });
    nodes.update(nodeChanges);
    var edgeChanges = [];
    edges.forEach(function (e) {
      var hide = state.hiddenRelTypes.has(e.type) ||
        (Boolean(e.status_key) && state.hiddenStatuses.has(e.status_key));
      if (Boolean(e.hidden) !== hide) { edgeChanges.push({ id: e.id, hidden: hide }); }
    });
    edges.update(edgeChanges);
    updateStats();
  }

  function updateStats() {
    var shown = nodes.get({ filter: function (n) { return !n.hidden; } }).length;
    var text = plural(meta.node_count, "node", "nodes") + " · " +
      plural(meta.edge_count, "relationship", "relationships");
    if (shown !== meta.node_count) { text += " · " + shown + " shown"; }
    document.getElementById("sg-stats").textContent = text;
    document.getElementById("sg-empty").hidden = shown !== 0;
  }

  // ---------------------------------------------------------------- cards (tooltip/details)
  function facts(list, rows) {
    var dl = el("dl", "sg-facts");
    rows.forEach(function (r) {
      if (r[1] === undefined || r[1] === null || r[1] === "" ||
          (Array.isArray(r[1]) && r[1].length === 0)) { return; }
      dl.appendChild(el("dt", null, r[0]));
      dl.appendChild(el("dd", null, Array.isArray(r[1]) ? r[1].join(", ") : r[1]));
    });
    if (dl.childNodes.length) { list.appendChild(dl); }
  }

  function evidenceList(card, item, limit, sentenceMax) {
    var evidence = item.evidence || [];
    var total = Math.max(item.evidence_count || 0, evidence.length);
    if (total === 0) { return; }
    var head = "Evidence: " + plural(total, "sentence", "sentences");
    if (item.doc_count) { head += " from " + plural(item.doc_count, "document", "documents"); }
    card.appendChild(el("div", "sg-evidence-head", head));
    var ul = el("ul", "sg-evidence");
    evidence.slice(0, limit).forEach(function (ev) {
      var li = el("li");
      li.appendChild(el("q", null, clip(ev[0], sentenceMax)));
      var title = documentTitles.get(ev[1]);
      var cite = title && title !== ev[1] ? title + " (" + ev[1] + ")" : ev[1];
      li.appendChild(el("cite", null, "— " + cite));
      ul.appendChild(li);
    });
    card.appendChild(ul);
    var shown = Math.min(limit, evidence.length);
    if (total > shown) {
      card.appendChild(el("div", "sg-more", plural(total - shown, "more sentence", "more sentences") +
        " in the database"));
    }
  }

  function chip(text, color) {
    var c = el("span", "sg-chip", text);
    c.style.background = color || "#616e7c";
    return c;
  }

  function nodeCard(n, full) {
    var card = el("div", "sg-card");
    var style = kindStyle[n.kind] || {};
    card.appendChild(chip(n.kind + (n.subtype ? " · " + n.subtype : ""), style.color));
    card.appendChild(el("div", "sg-card-title", n.name));
    var aliases = n.aliases || [];
    facts(card, [
      ["Also", full ? aliases : aliases.slice(0, 6).concat(aliases.length > 6 ? ["…"] : [])],
      ["Status", n.status],
      ["Kind", n.agreement_kind],
      ["Date", n.date],
      ["Ends", n.end_date],
      ["Country", n.country_name],
      ["Role", n.role],
      ["Capabilities", n.capabilities],
      ["Key", full ? n.id : null]
    ]);
    evidenceList(card, n, full ? 50 : 3, full ? 2000 : 240);
    return card;
  }

  function edgeCard(e, full) {
    var card = el("div", "sg-card");
    card.appendChild(chip(e.type, e.color && e.color.color));
    var from = nodes.get(e.from);
    var to = nodes.get(e.to);
    card.appendChild(el("div", "sg-card-title",
      (from ? from.name : e.from) + " → " + (to ? to.name : e.to)));
    facts(card, [["Role", e.role], ["Until", e.until], ["Status", e.status]]);
    evidenceList(card, e, full ? 50 : 3, full ? 2000 : 240);
    return card;
  }

  function neighbourList(card, id) {
    var items = [];
    network.getConnectedEdges(id).forEach(function (edgeId) {
      var e = edges.get(edgeId);
      if (!e) { return; }
      var other = e.from === id ? e.to : e.from;
      var n = nodes.get(other);
      if (n) { items.push({ node: n, rel: e.label, out: e.from === id }); }
    });
    if (items.length === 0) { return; }
    items.sort(function (a, b) { return a.node.name.localeCompare(b.node.name); });
    card.appendChild(el("div", "sg-evidence-head", "Connections (" + items.length + ")"));
    var ul = el("ul", "sg-neighbours");
    items.slice(0, 60).forEach(function (it) {
      var li = el("li");
      li.appendChild(el("span", "sg-rel", (it.out ? "→ " : "← ") + it.rel + " "));
      var b = el("button", null, it.node.name);
      b.type = "button";
      b.addEventListener("click", function () { focusNode(it.node.id); });
      li.appendChild(b);
      ul.appendChild(li);
    });
    card.appendChild(ul);
    if (items.length > 60) { card.appendChild(el("div", "sg-more", (items.length - 60) + " more")); }
  }

  function showTooltip(card, pointer) {
    tooltip.replaceChildren(card);
    tooltip.hidden = false;
    var pad = 14;
    var w = tooltip.offsetWidth;
    var h = tooltip.offsetHeight;
    var x = pointer.x + pad;
    var y = pointer.y + pad;
    if (x + w > main.clientWidth - 4) { x = Math.max(4, pointer.x - w - pad); }
    if (y + h > main.clientHeight - 4) { y = Math.max(4, main.clientHeight - h - 4); }
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }

  function hideTooltip() { tooltip.hidden = true; }

  function showDetails(card) {
    detailsBody.replaceChildren(card);
    details.hidden = false;
  }

  function hideDetails() { details.hidden = true; }

  // ---------------------------------------------------------------- search
  function norm(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .toLowerCase().replace(/\s+/g, " ").trim();
  }

  var searchIndex = nodes.get().map(function (n) {
    var names = [n.name].concat(n.aliases || []).map(norm);
    return { id: n.id, names: names, raw: [n.name].concat(n.aliases || []), weight: n.importance || 0 };
  });

  function search(query) {
    var q = norm(query);
    if (!q) { return []; }
    var hits = [];
    searchIndex.forEach(function (entry) {
      var best = Infinity;
      var via = null;
      entry.names.forEach(function (name, i) {
        var alias = i === 0 ? 0 : 1;
        var score = Infinity;
        if (name === q) { score = 0; }
        else if (name.indexOf(q) === 0) { score = 2; }
        else if (name.indexOf(" " + q) >= 0) { score = 4; }
        else if (name.indexOf(q) > 0) { score = 6; }
        score += alias;
        if (score < best) { best = score; via = i === 0 ? null : entry.raw[i]; }
      });
      if (best < Infinity) { hits.push({ id: entry.id, score: best, weight: entry.weight, via: via }); }
    });
    hits.sort(function (a, b) { return a.score - b.score || b.weight - a.weight; });
    return hits.slice(0, 12);
  }

  var searchInput = document.getElementById("sg-search");
  var resultsEl = document.getElementById("sg-results");
  var currentHits = [];

  function renderResults() {
    currentHits = search(searchInput.value);
    resultsEl.replaceChildren();
    if (!searchInput.value.trim()) { resultsEl.hidden = true; return; }
    if (currentHits.length === 0) {
      resultsEl.appendChild(el("li", "sg-none", "No node matches"));
    }
    currentHits.forEach(function (hit, i) {
      var n = nodes.get(hit.id);
      var li = el("li", i === 0 ? "sg-active" : null);
      li.setAttribute("role", "option");
      li.appendChild(el("span", null, n.name));
      if (hit.via) { li.appendChild(el("span", "sg-result-alias", "(" + clip(hit.via, 30) + ")")); }
      li.appendChild(el("span", "sg-result-kind", n.kind));
      li.addEventListener("mousedown", function (ev) {
        ev.preventDefault();
        chooseResult(hit.id);
      });
      resultsEl.appendChild(li);
    });
    resultsEl.hidden = false;
  }

  function chooseResult(id) {
    resultsEl.hidden = true;
    focusNode(id);
  }

  searchInput.addEventListener("input", renderResults);
  searchInput.addEventListener("focus", function () { if (searchInput.value) { renderResults(); } });
  searchInput.addEventListener("blur", function () { resultsEl.hidden = true; });
  searchInput.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      ev.preventDefault();
      var hits = search(searchInput.value);
      if (hits.length) { chooseResult(hits[0].id); }
    } else if (ev.key === "Escape") {
      resultsEl.hidden = true;
    }
  });

  function focusNode(id) {
    var n = nodes.get(id);
    if (!n) { return false; }
    if (nodeHidden(n)) {
      // Searching for a hidden node brings its type (and status) back into view.
      if (kindBoxes[n.kind] && state.hiddenKinds.has(n.kind)) { kindBoxes[n.kind].click(); }
      if (n.kind === "Agreement" && statusBoxes[n.status_key] &&
          state.hiddenStatuses.has(n.status_key)) { statusBoxes[n.status_key].click(); }
    }
    network.selectNodes([id]);
    var card = nodeCard(n, true);
    neighbourList(card, id);
    showDetails(card);
    // Centre the node in the part of the canvas the details panel leaves visible.
    network.focus(id, {
      scale: Math.max(network.getScale(), 1.1),
      offset: { x: -details.offsetWidth / 2, y: 0 },
      animation: { duration: 450, easingFunction: "easeInOutQuad" }
    });
    return true;
  }

  // ---------------------------------------------------------------- network + physics
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, payload.options);

  function setPhysics(on) {
    state.physicsOn = on;
    network.setOptions({ physics: { enabled: on } });
    if (on) { network.startSimulation(); }
    physicsButton.textContent = on ? "Freeze layout" : "Resume layout";
    physicsButton.setAttribute("aria-pressed", on ? "true" : "false");
    physicsButton.title = on ? "Stop the force layout" : "Let nodes move again";
  }

  // Nodes without ties drift to the rim and shrink the overview; line them up, grouped by
  // type, under the connected part instead.
  function shelveUnconnected() {
    var connected = [];
    var loose = [];
    nodes.getIds().forEach(function (id) {
      (network.getConnectedEdges(id).length ? connected : loose).push(id);
    });
    if (loose.length === 0) { return; }
    var minX = 0;
    var maxX = 0;
    var maxY = 0;
    if (connected.length) {
      var pos = network.getPositions(connected);
      minX = Infinity; maxX = -Infinity; maxY = -Infinity;
      connected.forEach(function (id) {
        minX = Math.min(minX, pos[id].x);
        maxX = Math.max(maxX, pos[id].x);
        maxY = Math.max(maxY, pos[id].y);
      });
    }
    var stepX = 140;
    var stepY = 70;
    var perRow = Math.max(4, Math.floor((maxX - minX) / stepX) + 1,
      Math.ceil(Math.sqrt(loose.length)));
    var order = meta.legend.kinds.map(function (k) { return k.kind; });
    loose.sort(function (a, b) {
      var na = nodes.get(a);
      var nb = nodes.get(b);
      return order.indexOf(na.kind) - order.indexOf(nb.kind) || na.name.localeCompare(nb.name);
    });
    loose.forEach(function (id, i) {
      network.moveNode(id, minX + (i % perRow) * stepX, maxY + 2 * stepY + Math.floor(i / perRow) * stepY);
    });
  }

  function finishLayout() {
    if (state.ready) { return; }
    setPhysics(false);
    shelveUnconnected();
    progressBar.style.width = "100%";
    progress.hidden = true;
    network.fit();
    state.ready = true;
    document.body.setAttribute("data-ready", "true");
  }

  network.on("stabilizationProgress", function (p) {
    progressBar.style.width = Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", finishLayout);
  network.once("stabilized", finishLayout);

  network.on("hoverNode", function (p) {
    var n = nodes.get(p.node);
    if (n) { showTooltip(nodeCard(n, false), p.pointer.DOM); }
  });
  network.on("hoverEdge", function (p) {
    var e = edges.get(p.edge);
    if (e) { showTooltip(edgeCard(e, false), p.pointer.DOM); }
  });
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);
  network.on("click", function (p) {
    hideTooltip();
    if (p.nodes.length) {
      var card = nodeCard(nodes.get(p.nodes[0]), true);
      neighbourList(card, p.nodes[0]);
      showDetails(card);
    } else if (p.edges.length) {
      showDetails(edgeCard(edges.get(p.edges[0]), true));
    } else {
      hideDetails();
    }
  });

  document.getElementById("sg-details-close").addEventListener("click", function () {
    hideDetails();
    network.unselectAll();
  });
  physicsButton.addEventListener("click", function () { setPhysics(!state.physicsOn); });
  document.getElementById("sg-fit").addEventListener("click", function () {
    network.fit({ animation: { duration: 400, easingFunction: "easeInOutQuad" } });
  });

  buildLegend();
  updateStats();
  document.getElementById("sg-progress-label").textContent =
    "Laying out " + plural(meta.node_count, "node", "nodes") + "…";
  if (payload.options.physics && payload.options.physics.enabled) {
    state.physicsOn = true;
    physicsButton.textContent = "Freeze layout";
  } else {
    finishLayout();
  }

  // For notebooks, scripts and tests: the page's live objects.
  window.spacegraphView = {
    network: network,
    nodes: nodes,
    edges: edges,
    state: state,
    meta: meta,
    search: search,
    focusNode: focusNode,
    setPhysics: setPhysics
  };
}());
