/* geoevents briefing map. Every string from the input is set with textContent, never as HTML.
 *
 * The events arrive by column (see briefing.py). Every marker stands at its place's coordinates:
 * events at one spot share one marker, a counted badge when there are several, whose popup lists
 * them. Past a threshold, points are aggregated on one canvas: a grid of cells in screen space,
 * redrawn on every move and timeline step (click: zoom in, or list the events of one spot).
 * Lines and areas are drawn as such; a point that stands for a vaguer place gets one faint
 * uncertainty disc per distinct place and radius, under everything else. Place names (the
 * events' places, then countries and main cities) are text elements placed without overlap.
 */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("geoevents-data").textContent);
  var BASEMAP = JSON.parse(document.getElementById("geoevents-basemap").textContent);
  var C = DATA.columns;
  var N = DATA.count;
  var kind = expand(C.kind, N), radius = expand(C.radius, N), typeKey = expand(C.type, N);
  var status = expand(C.status, N), precision = expand(C.precision, N), geoPrecision = expand(C.geoPrecision, N);
  var DAY = 86400000;
  var KIND_POINT = 1, KIND_LINE = 2, KIND_AREA = 3;
  var LANG = DATA.lang === "fr" ? "fr" : "en";
  // Date precisions that do not say on which day the event happened: until the interval has
  // passed, such an event is only "possible" on the day shown.
  var VAGUE = { week: 1, part_of_month: 1, month: 1, quarter: 1, half_year: 1, year: 1 };

  var STRINGS = {
    en: {
      eventsAt: "{n} events at {place}", eventsHere: "{n} events at this spot", more: "… and {n} more: narrow the dates",
      type: "Type", date: "Date as written", interval: "Interval", precision: "precision", openEnded: "open-ended",
      status: "Status", placeText: "Place as written", resolved: "Resolved to", approximate: "approximate",
      uncertainty: "Uncertainty", within: "within about {n} km", confidence: "Confidence", actors: "Actors",
      notes: "Notes", coordinates: "Coordinates", source: "Source: ", legendTitle: "Event types",
      possible: "possible: date vague, not yet certain on the day shown", planned: "dashed ring: planned",
      disc: "faint disc: how vague a place is", clusters: "numbered circles: events grouped (click)",
      onDay: "On {d}", windowOf: "Window {a} – {b}", since: "cumulative {a} – {b}", windowShort: "window {a} – {b}",
      nothing: "nothing in the filter range", noDates: "No dated events",
      shownOf: "{v} of {m} mapped events shown", panelCounts: "{v} shown of {n} events ({m} on the map), {s} {sources}",
      panelCountsNoSource: "{v} shown of {n} events ({m} on the map)",
      notPlaced: "{n} event(s) not on the map (place unresolved)", noPlace: "no place", pause: "Pause", play: "Play",
      inView: "Events in view ({n})", offline: "Offline basemap (no network)", streets: "Streets (OpenStreetMap)",
      satellite: "Satellite (Esri World Imagery)", terrain: "Terrain (OpenTopoMap)", statuses: { happened: "happened", ongoing: "ongoing", planned: "planned" },
      moreInView: "… and {n} more: zoom in or narrow the dates", precisions: {}, places: {}
    },
    fr: {
      eventsAt: "{n} événements à {place}", eventsHere: "{n} événements à cet endroit", more: "… et {n} de plus : resserrez les dates",
      type: "Type", date: "Date telle qu'écrite", interval: "Intervalle", precision: "précision", openEnded: "sans fin connue",
      status: "Statut", placeText: "Lieu tel qu'écrit", resolved: "Localisé à", approximate: "approximatif",
      uncertainty: "Incertitude", within: "à environ {n} km près", confidence: "Confiance", actors: "Acteurs",
      notes: "Notes", coordinates: "Coordonnées", source: "Source : ", legendTitle: "Types d'événements",
      possible: "possible : date vague, pas encore certain ce jour-là", planned: "anneau pointillé : prévu",
      disc: "disque pâle : imprécision du lieu", clusters: "cercles numérotés : événements groupés (cliquer)",
      onDay: "Le {d}", windowOf: "Fenêtre du {a} au {b}", since: "cumulé {a} – {b}", windowShort: "fenêtre {a} – {b}",
      nothing: "rien dans la période filtrée", noDates: "Aucun événement daté",
      shownOf: "{v} sur {m} événements cartographiés affichés", panelCounts: "{v} affichés sur {n} événements ({m} sur la carte), {s} {sources}",
      panelCountsNoSource: "{v} affichés sur {n} événements ({m} sur la carte)",
      notPlaced: "{n} événement(s) hors carte (lieu non résolu)", noPlace: "sans lieu", pause: "Pause", play: "Lecture",
      inView: "Événements visibles ({n})", offline: "Fond de carte hors ligne (sans réseau)", streets: "Rues (OpenStreetMap)",
      satellite: "Satellite (Esri World Imagery)", terrain: "Relief (OpenTopoMap)", statuses: { happened: "survenu", ongoing: "en cours", planned: "prévu" },
      moreInView: "… et {n} de plus : zoomez ou resserrez les dates",
      precisions: { day: "jour", week: "semaine", part_of_month: "partie du mois", month: "mois", quarter: "trimestre",
        half_year: "semestre", year: "année", range: "intervalle" },
      places: { site: "site", town: "localité", district: "district", province: "province", country: "pays", line: "ligne", area: "zone" }
    }
  };
  var S = STRINGS[LANG];
  function fmt(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, k) { return values[k] === undefined ? "" : String(values[k]); });
  }

  // One SVG shape per event type (24 x 24), drawn white on the type's colour: no font glyphs.
  var ICONS = {
    offensive: "M12 3l9 17H3z",
    airstrike: "M12 2l2.6 6.6 7.1.5-5.5 4.5 1.8 6.9L12 16.7l-6 3.8 1.8-6.9-5.5-4.5 7.1-.5z",
    capture: "M6 2h2v20H6zM8 3l12 5-12 5z",
    clashes: "M4.9 7.1l2.2-2.2L12 9.8l4.9-4.9 2.2 2.2-4.9 4.9 4.9 4.9-2.2 2.2-4.9-4.9-4.9 4.9-2.2-2.2 4.9-4.9z",
    casualties: "M9.5 3h5v6.5H21v5h-6.5V21h-5v-6.5H3v-5h6.5z",
    statement: "M3 4h18v12h-9l-5 4v-4H3z",
    displacement: "M2 9.5h11V4l9 8-9 8v-5.5H2z",
    other: "M12 5a7 7 0 1 1 0 14 7 7 0 0 1 0-14z"
  };
  var SVG_NS = "http://www.w3.org/2000/svg";
  function svgIcon(key, color) {
    var svg = document.createElementNS(SVG_NS, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    var path = document.createElementNS(SVG_NS, "path");
    path.setAttribute("d", ICONS[key] || ICONS.other);
    path.setAttribute("fill", color);
    svg.appendChild(path);
    return svg;
  }

  function dayNumber(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / DAY); }
  function isoDay(n) { return new Date(n * DAY).toISOString().slice(0, 10); }
  // A column is a list (one value per event), {c: value} (the same for all), or a dictionary
  // column {v: distinct values, i: index per event, or one index for all}.
  function val(col, i) {
    if (Array.isArray(col)) return col[i];
    if ("c" in col) return col.c;
    return col.v[typeof col.i === "number" ? col.i : col.i[i]];
  }
  function expand(col, n) { var out = new Array(n); for (var i = 0; i < n; i++) out[i] = val(col, i); return out; }
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function safeUrl(url) { return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null; }
  function fold(text) { return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }

  var hasDates = DATA.first !== "";
  var first = hasDates ? dayNumber(DATA.first) : 0;
  var last = hasDates ? dayNumber(DATA.last) : 0;
  var viewFirst = hasDates ? dayNumber(DATA.viewFirst) : 0;
  var viewLast = hasDates ? dayNumber(DATA.viewLast) : 0;
  var styles = {};
  DATA.allTypes.forEach(function (t) { styles[t.key] = t; });
  function typeLabel(key) { var s = styles[key]; return s ? (LANG === "fr" ? s.label_fr : s.label) : key; }

  // --- map, panes, offline basemap, optional tiles ---------------------------------------------
  var map = L.map("map", { zoomControl: true, maxZoom: 18, minZoom: 1, worldCopyJump: true });
  // Under everything drawn for the events: the uncertainty discs; above the shapes: the place
  // names (they never take clicks); above the markers: the aggregated clusters.
  map.createPane("discPane").style.zIndex = 350;
  map.createPane("labelPane").style.zIndex = 450;
  map.getPane("labelPane").style.pointerEvents = "none";
  map.createPane("clusterPane").style.zIndex = 620;
  map.getPane("clusterPane").style.pointerEvents = "none";

  // The basemap arrives delta-encoded (briefing.py, delta_encode): [x0, y0, dx1, dy1, ...]. It is
  // drawn by its own canvas layer: projected once to Web Mercator units ([0, 1]), simplified once
  // per zoom level (Douglas-Peucker, half a pixel), each ring skipped when outside the view. Leaflet's
  // own polygons re-projected all 130,000 points at every zoom step (~140 ms a step).
  var COUNTRY_STYLE = { color: "#8a8a8a", weight: 0.8, fill: "#f4f1ea" }, RIVER_COLOR = "#b7cfe0";
  function unitX(lon) { return (lon + 180) / 360; }
  function unitY(lat) {
    var r = Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI / 180;
    return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2;
  }
  function decodeUnit(flat) {
    var pts = new Float64Array(flat.length), x = 0, y = 0, s = BASEMAP.scale;
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (var j = 0; j < flat.length; j += 2) {
      x += flat[j]; y += flat[j + 1];
      var ux = unitX(x / s), uy = unitY(y / s);
      pts[j] = ux; pts[j + 1] = uy;
      if (ux < x0) x0 = ux; if (ux > x1) x1 = ux; if (uy < y0) y0 = uy; if (uy > y1) y1 = uy;
    }
    return { pts: pts, x0: x0, y0: y0, x1: x1, y1: y1 };
  }
  var landRings = [];
  BASEMAP.countries.forEach(function (country) { country.forEach(function (polygon) { polygon.forEach(function (ring) { landRings.push(decodeUnit(ring)); }); }); });
  var riverLines = BASEMAP.rivers.map(decodeUnit);
  function simplify(pts, tolerance) {
    var n = pts.length / 2;
    if (n <= 3) return pts;
    var keep = new Uint8Array(n), stack = [0, n - 1], t2 = tolerance * tolerance, kept = 2;
    keep[0] = keep[n - 1] = 1;
    while (stack.length) {
      var last = stack.pop(), firstI = stack.pop();
      var ax = pts[2 * firstI], ay = pts[2 * firstI + 1], bx = pts[2 * last], by = pts[2 * last + 1];
      var dx = bx - ax, dy = by - ay, len = dx * dx + dy * dy, worst = -1, at = -1;
      for (var k = firstI + 1; k < last; k++) {
        var px = pts[2 * k] - ax, py = pts[2 * k + 1] - ay, d;
        if (len === 0) d = px * px + py * py;
        else { var u = Math.max(0, Math.min(1, (px * dx + py * dy) / len)); var ex = px - u * dx, ey = py - u * dy; d = ex * ex + ey * ey; }
        if (d > worst) { worst = d; at = k; }
      }
      if (worst > t2) { keep[at] = 1; kept += 1; stack.push(firstI, at, at, last); }
    }
    var out = new Float64Array(2 * kept), o = 0;
    for (var m = 0; m < n; m++) if (keep[m]) { out[o++] = pts[2 * m]; out[o++] = pts[2 * m + 1]; }
    return out;
  }
  var lodCache = {};
  function basemapAt(zoom) {
    var level = Math.max(0, Math.min(9, Math.floor(zoom)));
    if (!lodCache[level]) {
      var tolerance = 0.5 / (256 * Math.pow(2, level));
      lodCache[level] = {
        land: landRings.map(function (r) { return level >= 9 ? r.pts : simplify(r.pts, tolerance); }),
        rivers: riverLines.map(function (r) { return level >= 9 ? r.pts : simplify(r.pts, tolerance); })
      };
    }
    return lodCache[level];
  }
  // Draw the basemap: a unit point (x, y) lands on the canvas at (x * scale - ox, y * scale - oy).
  function drawBasemap(ctx, ox, oy, scale, width, height, zoom) {
    var lod = basemapAt(zoom);
    var vx0 = ox / scale, vy0 = oy / scale, vx1 = (ox + width) / scale, vy1 = (oy + height) / scale;
    function trace(list, bounds, close) {
      for (var r = 0; r < list.length; r++) {
        var b = bounds[r];
        if (b.x1 < vx0 || b.x0 > vx1 || b.y1 < vy0 || b.y0 > vy1) continue;
        var pts = list[r];
        ctx.moveTo(pts[0] * scale - ox, pts[1] * scale - oy);
        for (var j = 2; j < pts.length; j += 2) ctx.lineTo(pts[j] * scale - ox, pts[j + 1] * scale - oy);
        if (close) ctx.closePath();
      }
    }
    ctx.fillStyle = "#dfe9f2"; ctx.fillRect(0, 0, width, height);
    ctx.beginPath(); trace(lod.land, landRings, true);
    ctx.fillStyle = COUNTRY_STYLE.fill; ctx.fill("evenodd");
    ctx.strokeStyle = COUNTRY_STYLE.color; ctx.lineWidth = COUNTRY_STYLE.weight; ctx.lineJoin = "round"; ctx.stroke();
    ctx.beginPath(); trace(lod.rivers, riverLines, false);
    ctx.strokeStyle = RIVER_COLOR; ctx.lineWidth = 1; ctx.stroke();
  }
  var BASE_PAD = 0.3;
  // A canvas covering the view (and a margin for panning), redrawn after every move by
  // options.draw(ctx, ox, oy, scale, width, height, zoom): a Mercator unit point (x, y) is at
  // (x * scale - ox, y * scale - oy) on it.
  var CanvasLayer = L.Layer.extend({
    initialize: function (options) { L.setOptions(this, options); },  // (L.Layer ignores its options)
    onAdd: function () {
      this._canvas = L.DomUtil.create("canvas", this.options.className + " leaflet-zoom-animated");
      this._canvas.setAttribute("aria-hidden", "true");
      this.getPane().appendChild(this._canvas);
      map.on("moveend zoomend resize viewreset", this.redraw, this);
      if (map._zoomAnimated) map.on("zoomanim", this._animate, this);
      this.redraw();
    },
    onRemove: function () {
      map.off("moveend zoomend resize viewreset", this.redraw, this);
      map.off("zoomanim", this._animate, this);
      L.DomUtil.remove(this._canvas);
    },
    redraw: function () {
      if (!this._map) return;
      var size = map.getSize(), ratio = window.devicePixelRatio || 1;
      var topLeft = map.containerPointToLayerPoint([-size.x * BASE_PAD, -size.y * BASE_PAD]).round();
      var width = Math.round(size.x * (1 + 2 * BASE_PAD)), height = Math.round(size.y * (1 + 2 * BASE_PAD));
      var canvas = this._canvas;
      canvas.width = width * ratio; canvas.height = height * ratio;
      canvas.style.width = width + "px"; canvas.style.height = height + "px";
      L.DomUtil.setPosition(canvas, topLeft);
      this._center = map.getCenter(); this._zoom = map.getZoom();
      var origin = map.getPixelOrigin().add(topLeft), scale = 256 * Math.pow(2, this._zoom);
      var ctx = canvas.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, width, height);
      this.options.draw(ctx, origin.x, origin.y, scale, width, height, this._zoom);
    },
    // During a zoom animation, the canvas is scaled as Leaflet scales its own renderers.
    _animate: function (e) {
      var scale = map.getZoomScale(e.zoom, this._zoom);
      var viewHalf = map.getSize().multiplyBy(0.5 + BASE_PAD);
      var offset = viewHalf.multiplyBy(-scale).add(map.project(this._center, e.zoom)).subtract(map._getNewPixelOrigin(e.center, e.zoom));
      L.DomUtil.setTransform(this._canvas, offset, scale);
    }
  });
  var offline = new CanvasLayer({ pane: "tilePane", className: "ge-basemap", draw: drawBasemap });
  offline.addTo(map);
  var tileOptions = { maxZoom: 18, crossOrigin: true };
  var baseLayers = {};
  baseLayers[S.offline] = offline;
  baseLayers[S.streets] = L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    Object.assign({ attribution: "© OpenStreetMap contributors" }, tileOptions));
  baseLayers[S.satellite] = L.tileLayer(
    "https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}",
    Object.assign({ attribution: "Tiles © Esri, Maxar, Earthstar Geographics" }, tileOptions));
  baseLayers[S.terrain] = L.tileLayer("https://{s}.tile.opentopomap.org/{z}/{x}/{y}.png",
    Object.assign({ attribution: "© OpenStreetMap contributors, SRTM; style © OpenTopoMap (CC-BY-SA)", maxZoom: 17 }, tileOptions));
  var ATTRIBUTION = "Basemap: Natural Earth; rivers: GSHHG (LGPL-3.0); names: Natural Earth, GeoNames (CC BY 4.0)";
  map.attributionControl.addAttribution(ATTRIBUTION);
  L.control.scale({ imperial: false, maxWidth: 160 }).addTo(map);

  // --- one event, for popups and lists ------------------------------------------------------------
  var start = new Int32Array(N), end = new Int32Array(N);
  for (var s0 = 0; s0 < N; s0++) { start[s0] = first + C.start[s0]; end[s0] = first + C.end[s0]; }

  // The date as written, or else the interval in ISO form (as TimeSpan.label() writes it).
  function dateText(i) {
    var text = val(C.dateText, i);
    if (text) return text;
    if (start[i] === end[i] && val(C.open, i) !== 1) return isoDay(start[i]);
    return isoDay(start[i]) + "/" + (val(C.open, i) === 1 ? ".." : isoDay(end[i]));
  }
  // The pass-through attributes of one event, as [name, value] pairs in the source's order.
  function attributesOf(i) {
    var out = [];
    C.attributes.names.forEach(function (name, k) {
      var value = val(C.attributes.values[k], i);
      if (value !== null && value !== undefined && value !== "") out.push([name, String(value)]);
    });
    return out;
  }
  function eventAt(i) {
    var actors = val(C.actors.i, i).map(function (k) { return C.actors.v[k]; });
    return {
      id: C.id[i], title: C.title[i], type: typeKey[i], status: status[i],
      precision: precision[i], dateText: dateText(i), open: val(C.open, i) === 1,
      placeText: val(C.placeText, i), placeName: val(C.placeName, i), geoPrecision: geoPrecision[i],
      approximate: val(C.approximate, i) === 1, score: val(C.score, i), actors: actors, description: val(C.description, i),
      notes: val(C.notes, i), attributes: attributesOf(i),
      source: val(C.source, i), url: val(C.url, i) + val(C.urlTail, i), published: val(C.published, i), radius: radius[i]
    };
  }
  function eventLatLng(i) {
    return kind[i] === KIND_POINT ? L.latLng(C.lat[i], C.lon[i]) : L.latLng(val(C.labelLat, i), val(C.labelLon, i));
  }

  function popupContent(i) {
    var ev = eventAt(i);
    var root = el("div", null, "ge-popup");
    root.appendChild(el("h2", ev.title));
    var dl = el("dl");
    function row(label, value) {
      if (value === undefined || value === null || value === "") return;
      dl.appendChild(el("dt", label));
      dl.appendChild(el("dd", value));
    }
    row(S.type, typeLabel(ev.type));
    var datePrecision = S.precisions[ev.precision] || ev.precision.replace(/_/g, " ");
    row(S.date, ev.dateText + " (" + S.precision + ": " + datePrecision + (ev.open ? ", " + S.openEnded : "") + ")");
    row(S.interval, start[i] === end[i] ? isoDay(start[i]) : isoDay(start[i]) + " – " + (ev.open ? "…" : isoDay(end[i])));
    row(S.status, S.statuses[ev.status] || ev.status);
    row(S.placeText, ev.placeText);
    var resolved = ev.placeName ? ev.placeName + " [" + (S.places[ev.geoPrecision] || ev.geoPrecision) + (ev.approximate ? ", " + S.approximate : "") + "]" : "";
    row(S.resolved, resolved);
    var at = eventLatLng(i);
    row(S.coordinates, at.lat.toFixed(4) + ", " + at.lng.toFixed(4));
    if (ev.radius > 0) row(S.uncertainty, fmt(S.within, { n: Math.round(ev.radius / 1000) }));
    if (ev.score !== null && ev.score !== undefined) row(S.confidence, Math.round(ev.score * 100) + "%");
    row(S.actors, ev.actors.join(", "));
    ev.attributes.forEach(function (pair) { row(pair[0], pair[1]); });
    row(S.notes, ev.notes);
    root.appendChild(dl);
    if (ev.description) root.appendChild(el("p", ev.description));
    var url = safeUrl(ev.url);
    var sourceText = ev.source || url || "";
    if (sourceText) {
      var p = el("p", S.source);
      if (url) {
        var a = el("a", sourceText);
        a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
        p.appendChild(a);
      } else {
        p.appendChild(document.createTextNode(sourceText));
      }
      if (ev.published) p.appendChild(document.createTextNode(" (" + ev.published + ")"));
      root.appendChild(p);
    }
    return root;
  }
  function openEventPopup(i) {
    L.popup({ maxWidth: 360 }).setLatLng(eventLatLng(i)).setContent(popupContent(i)).openOn(map);
  }

  function listPopup(indices, place) {
    var root = el("div", null, "ge-popup");
    root.appendChild(el("h2", place ? fmt(S.eventsAt, { n: indices.length, place: place }) : fmt(S.eventsHere, { n: indices.length })));
    var list = el("ul", null, "ge-list");
    indices.slice(0, 500).forEach(function (i) {
      var item = el("li");
      var button = el("button", C.title[i] + " (" + dateText(i) + ")");
      button.type = "button";
      var sw = svgIcon(typeKey[i], styles[typeKey[i]].color); sw.setAttribute("class", "ge-li-icon");
      button.insertBefore(sw, button.firstChild);
      button.addEventListener("click", function () { openEventPopup(i); });
      item.appendChild(button);
      list.appendChild(item);
    });
    root.appendChild(list);
    if (indices.length > 500) root.appendChild(el("p", fmt(S.more, { n: indices.length - 500 })));
    return root;
  }

  // --- what is visible: time, type, search and filters --------------------------------------------
  var located = [];
  for (var k0 = 0; k0 < N; k0++) if (kind[k0] !== 0) located.push(k0);
  var pointCount = 0;
  located.forEach(function (i) { if (kind[i] === KIND_POINT) pointCount += 1; });
  var many = pointCount > DATA.clusterThreshold;
  var shown = new Uint8Array(N), possible = new Uint8Array(N), matches = new Uint8Array(N).fill(1);
  var typeOn = {};
  DATA.types.forEach(function (t) { typeOn[t.key] = true; });
  function isVisible(i) { return shown[i] === 1 && matches[i] === 1 && typeOn[typeKey[i]] === true; }
  function visibleIndices() { return located.filter(isVisible); }
  var searchText = new Array(N);
  for (var q = 0; q < N; q++) {
    searchText[q] = fold([C.title[q], val(C.placeText, q), val(C.placeName, q), val(C.description, q)].concat(
      val(C.actors.i, q).map(function (a) { return C.actors.v[a]; })).join("\n"));
  }

  // --- lines and areas ------------------------------------------------------------------------------
  // A country-wide area is background: a fainter tint than a province or a field.
  function areaFill(i) { return geoPrecision[i] === "country" ? 0.05 : 0.12; }
  var shapeLayer = new Array(N);
  var shapeGroup = L.featureGroup().addTo(map);
  located.forEach(function (i) {
    if (kind[i] === KIND_POINT) return;
    var style = styles[typeKey[i]];
    var area = kind[i] === KIND_AREA;
    var dashed = val(C.approximate, i) === 1 || status[i] === "planned";
    var layer = L.geoJSON(C.shapes[val(C.shape, i)], {
      style: { color: style.color, weight: area ? 2 : 4, opacity: 0.9, fillColor: style.color,
        fillOpacity: area ? areaFill(i) : 0, dashArray: dashed ? "6 4" : null },
      pointToLayer: function (feature, latlng) {
        return L.circleMarker(latlng, { radius: 6, color: "#fff", weight: 1.5, fillColor: style.color, fillOpacity: 0.9 });
      }
    });
    layer.bindPopup(function () { return popupContent(i); }, { maxWidth: 360 });
    shapeLayer[i] = layer;
  });

  // --- uncertainty: one disc per distinct place and radius ------------------------------------------
  // All shown discs are one path filled once (the non-zero rule fills their union), so that
  // overlapping discs never pile up into an opaque wash; thin outlines tell them apart.
  var discs = [], discIndex = {};
  located.forEach(function (i) {
    if (kind[i] !== KIND_POINT || radius[i] <= 0) return;
    var key = C.lon[i] + "," + C.lat[i] + "," + radius[i];
    var disc = discIndex[key];
    if (!disc) {
      disc = discIndex[key] = { members: [], on: false, lat: C.lat[i], lon: C.lon[i], radius: radius[i], ux: unitX(C.lon[i]), uy: unitY(C.lat[i]) };
      discs.push(disc);
    }
    disc.members.push(i);
  });
  var EARTH_M = 40075016.686;
  function drawDiscs(ctx, ox, oy, scale, width, height) {
    ctx.beginPath();
    discs.forEach(function (d) {
      if (!d.on) return;
      var x = d.ux * scale - ox, y = d.uy * scale - oy;
      var r = d.radius / (EARTH_M * Math.cos(d.lat * Math.PI / 180)) * scale;
      if (x + r < 0 || x - r > width || y + r < 0 || y - r > height) return;
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, 2 * Math.PI);
    });
    ctx.fillStyle = "rgba(81,96,111,0.08)"; ctx.fill("nonzero");
    ctx.strokeStyle = "rgba(81,96,111,0.35)"; ctx.lineWidth = 1; ctx.stroke();
  }
  var discLayer = new CanvasLayer({ pane: "discPane", className: "ge-discs", draw: drawDiscs });
  function updateDiscs() {
    discs.forEach(function (disc) { disc.on = disc.members.some(isVisible); });
    if (discLayer._map) discLayer.redraw();
  }

  // --- spots: all point events at one place share one marker ---------------------------------------
  var spots = [], spotIndex = {};
  located.forEach(function (i) {
    if (kind[i] !== KIND_POINT) return;
    var key = C.lon[i] + "," + C.lat[i];
    var spot = spotIndex[key];
    if (!spot) { spot = spotIndex[key] = { lat: C.lat[i], lon: C.lon[i], members: [], visible: [], marker: null, sig: "" }; spots.push(spot); }
    spot.members.push(i);
  });
  // The spot's name as the input writes it (its most frequent "place as written").
  spots.forEach(function (spot) {
    var counts = {}, best = "";
    spot.members.forEach(function (i) {
      var name = val(C.placeText, i) || val(C.placeName, i);
      counts[name] = (counts[name] || 0) + 1;
      if (!best || counts[name] > counts[best]) best = name;
    });
    spot.name = best;
  });

  function mainType(indices) {
    var byType = {}, main = null;
    indices.forEach(function (i) { byType[typeKey[i]] = (byType[typeKey[i]] || 0) + 1; });
    Object.keys(byType).forEach(function (t) { if (!main || byType[t] > byType[main]) main = t; });
    return main;
  }
  function eventIcon(i) {
    var style = styles[typeKey[i]];
    var cls = "ge-icon" + (status[i] === "planned" ? " planned" : "") + (possible[i] ? " possible" : "");
    var div = el("div", null, cls);
    div.style.setProperty("--c", style.color);
    div.appendChild(svgIcon(typeKey[i], possible[i] ? style.color : "#fff"));
    return L.divIcon({ html: div, className: "ge-marker", iconSize: [24, 24], iconAnchor: [12, 12], popupAnchor: [0, -12] });
  }
  function badgeIcon(indices) {
    var div = el("div", String(indices.length), "ge-badge" + (indices.every(function (i) { return possible[i]; }) ? " possible" : ""));
    div.style.setProperty("--c", styles[mainType(indices)].color);
    return L.divIcon({ html: div, className: "ge-marker", iconSize: [28, 28], iconAnchor: [14, 14], popupAnchor: [0, -14] });
  }
  function updateSpot(spot) {
    spot.visible = spot.members.filter(isVisible);
    var sig = spot.visible.map(function (i) { return i + (possible[i] ? "p" : ""); }).join(",");
    if (sig === spot.sig) return;
    spot.sig = sig;
    if (!spot.visible.length) { if (spot.marker) spot.marker.remove(); return; }
    var single = spot.visible.length === 1;
    var title = single ? C.title[spot.visible[0]] : fmt(S.eventsAt, { n: spot.visible.length, place: spot.name });
    var icon = single ? eventIcon(spot.visible[0]) : badgeIcon(spot.visible);
    if (!spot.marker) {
      spot.marker = L.marker([spot.lat, spot.lon], { icon: icon, title: title, alt: title, keyboard: true, riseOnHover: true });
      spot.marker.bindPopup(function () {
        return spot.visible.length === 1 ? popupContent(spot.visible[0]) : listPopup(spot.visible, spot.name);
      }, { maxWidth: 380 });
    } else {
      spot.marker.options.title = title;
      spot.marker.options.alt = title;
      spot.marker.setIcon(icon);
    }
    var element = spot.marker.getElement();
    if (element) { element.title = title; element.setAttribute("aria-label", title); }
    if (!map.hasLayer(spot.marker)) spot.marker.addTo(map);
    element = spot.marker.getElement();
    if (element) element.setAttribute("aria-label", title);
  }

  // --- many points: one canvas, aggregated by screen cell -----------------------------------------
  var CELL = 44;      // px: points closer than about this share a cell
  var MAX_ZOOM = 18;
  var pointIdx = [], mx = new Float64Array(N), my = new Float64Array(N);
  located.forEach(function (i) {
    if (kind[i] !== KIND_POINT) return;
    pointIdx.push(i);
    var lat = Math.max(-85.0511, Math.min(85.0511, C.lat[i])) * Math.PI / 180;
    mx[i] = (C.lon[i] + 180) / 360;
    my[i] = (1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2;
  });

  function drawCell(ctx, cell) {
    var color = styles[cell.main].color;
    ctx.beginPath();
    ctx.arc(cell.x, cell.y, cell.r, 0, 2 * Math.PI);
    if (cell.n === 1) {
      var i = cell.first;
      ctx.fillStyle = possible[i] ? "#fff" : color;
      ctx.fill();
      ctx.setLineDash(status[i] === "planned" ? [3, 2] : []);
      ctx.lineWidth = 2;
      ctx.strokeStyle = possible[i] ? color : status[i] === "planned" ? "#222" : "#fff";
      ctx.stroke();
      ctx.setLineDash([]);
      return;
    }
    // A group: a white disc ringed in its main type's colour, the count in near-black (17:1).
    ctx.fillStyle = "#fff";
    ctx.fill();
    ctx.lineWidth = 4;
    ctx.strokeStyle = color;
    ctx.globalAlpha = cell.allPossible ? 0.5 : 1;
    ctx.stroke();
    ctx.globalAlpha = 1;
    ctx.fillStyle = "#111";
    ctx.fillText(String(cell.n), cell.x, cell.y);
  }

  var Aggregate = L.Layer.extend({
    options: { pane: "clusterPane" },
    onAdd: function () {
      this._canvas = L.DomUtil.create("canvas", "ge-aggregate leaflet-zoom-hide");
      this._canvas.setAttribute("aria-hidden", "true");
      this.getPane().appendChild(this._canvas);
      this._cells = [];
      map.on("moveend zoomend resize viewreset", this.redraw, this);
      map.on("mousemove", this._onMove, this);
      this.redraw();
    },
    onRemove: function () {
      map.off("moveend zoomend resize viewreset", this.redraw, this);
      map.off("mousemove", this._onMove, this);
      L.DomUtil.remove(this._canvas);
    },
    // Bin the visible points into CELL-pixel squares of the current view (plus a margin for panning).
    redraw: function () {
      if (!this._map) return;
      var size = map.getSize(), pad = 0.25;
      var topLeft = map.containerPointToLayerPoint([-size.x * pad, -size.y * pad]);
      var width = Math.round(size.x * (1 + 2 * pad)), height = Math.round(size.y * (1 + 2 * pad));
      var ratio = window.devicePixelRatio || 1;
      var canvas = this._canvas;
      canvas.width = width * ratio; canvas.height = height * ratio;
      canvas.style.width = width + "px"; canvas.style.height = height + "px";
      L.DomUtil.setPosition(canvas, topLeft);
      var origin = map.getPixelOrigin().add(topLeft);
      var scale = 256 * Math.pow(2, map.getZoom());
      var cells = new Map(), list = [];
      for (var j = 0; j < pointIdx.length; j++) {
        var i = pointIdx[j];
        if (!isVisible(i)) continue;
        var x = mx[i] * scale - origin.x, y = my[i] * scale - origin.y;
        if (x < -CELL || y < -CELL || x > width + CELL || y > height + CELL) continue;
        var key = Math.floor(x / CELL) * 100003 + Math.floor(y / CELL);
        var cell = cells.get(key);
        if (!cell) {
          cell = { n: 0, sx: 0, sy: 0, members: [], sameSpot: true, first: i, allPossible: true };
          cells.set(key, cell);
          list.push(cell);
        }
        cell.n += 1; cell.sx += x; cell.sy += y; cell.members.push(i);
        if (!possible[i]) cell.allPossible = false;
        if (cell.sameSpot && (C.lon[i] !== C.lon[cell.first] || C.lat[i] !== C.lat[cell.first])) cell.sameSpot = false;
      }
      var ctx = canvas.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, width, height);
      ctx.textAlign = "center"; ctx.textBaseline = "middle";
      ctx.font = "700 12px system-ui, sans-serif";
      list.forEach(function (cell) {
        cell.x = cell.sx / cell.n; cell.y = cell.sy / cell.n;
        cell.main = mainType(cell.members);
        cell.r = cell.n === 1 ? 7 : Math.min(CELL / 2 - 2, 11 + 2 * Math.log(cell.n));
        drawCell(ctx, cell);
      });
      this._cells = list;
      this._topLeft = topLeft;
    },
    cellAt: function (containerPoint) {
      var p = map.containerPointToLayerPoint(containerPoint).subtract(this._topLeft), best = null, bestD = Infinity;
      this._cells.forEach(function (cell) {
        var d = Math.sqrt((cell.x - p.x) * (cell.x - p.x) + (cell.y - p.y) * (cell.y - p.y));
        if (d <= cell.r + 3 && d < bestD) { best = cell; bestD = d; }
      });
      return best;
    },
    _onMove: function (e) {
      map.getContainer().style.cursor = this.cellAt(e.containerPoint) ? "pointer" : "";
    },
    open: function (cell) {
      var latlng = L.latLng(C.lat[cell.first], C.lon[cell.first]);
      if (cell.n === 1) {
        openEventPopup(cell.first);
      } else if (cell.sameSpot || map.getZoom() >= MAX_ZOOM) {
        var spot = spotIndex[C.lon[cell.first] + "," + C.lat[cell.first]];
        L.popup({ maxWidth: 380 }).setLatLng(latlng).setContent(listPopup(cell.members, cell.sameSpot && spot ? spot.name : "")).openOn(map);
      } else {
        var b = L.latLngBounds(cell.members.map(function (i) { return [C.lat[i], C.lon[i]]; }));
        map.fitBounds(b.pad(0.2), { maxZoom: Math.max(map.getZoom() + 1, Math.min(MAX_ZOOM, map.getBoundsZoom(b))) });
      }
    }
  });
  var aggregate = many ? new Aggregate() : null;
  // Clusters are on top and take the click before any area or line under them (capture phase);
  // a click that ends a drag is not one.
  var pressedAt = null;
  map.getContainer().addEventListener("mousedown", function (e) { pressedAt = [e.clientX, e.clientY]; }, true);
  map.getContainer().addEventListener("click", function (e) {
    if (!aggregate || !aggregate._map) return;
    if (pressedAt && Math.abs(e.clientX - pressedAt[0]) + Math.abs(e.clientY - pressedAt[1]) > 4) return;
    if (e.target.closest && e.target.closest(".leaflet-control, .leaflet-popup")) return;
    var cell = aggregate.cellAt(map.mouseEventToContainerPoint(e));
    if (!cell) return;
    e.stopPropagation();
    e.preventDefault();
    aggregate.open(cell);
  }, true);

  // --- place names -----------------------------------------------------------------------------------
  // Candidates in order of priority: the events' places (shown ones), then countries (low zooms),
  // then cities. Each is placed unless its box meets one already placed (or a marker).
  var LABEL_FONT = { event: "600 12px system-ui, sans-serif", country: "600 11px system-ui, sans-serif", city: "12px system-ui, sans-serif" };
  var measureCtx = document.createElement("canvas").getContext("2d");
  var widthCache = {};
  function textWidth(text, font) {
    var key = font + "|" + text;
    if (!(key in widthCache)) { measureCtx.font = font; widthCache[key] = measureCtx.measureText(text).width; }
    return widthCache[key];
  }
  var areaPlaces = [], areaIndex = {};
  located.forEach(function (i) {
    if (kind[i] === KIND_POINT || geoPrecision[i] === "country") return;
    var name = val(C.placeText, i) || val(C.placeName, i);
    var key = name + "|" + val(C.labelLon, i) + "," + val(C.labelLat, i);
    if (!areaIndex[key]) { areaIndex[key] = { name: name, lat: val(C.labelLat, i), lon: val(C.labelLon, i), members: [] }; areaPlaces.push(areaIndex[key]); }
    areaIndex[key].members.push(i);
  });
  var Labels = L.Layer.extend({
    options: { pane: "labelPane" },
    onAdd: function () {
      this._box = L.DomUtil.create("div", "ge-labels leaflet-zoom-hide", this.getPane());
      map.on("moveend zoomend resize viewreset", this.redraw, this);
      this.redraw();
    },
    onRemove: function () { map.off("moveend zoomend resize viewreset", this.redraw, this); L.DomUtil.remove(this._box); },
    candidates: function () {
      var zoom = map.getZoom(), out = [];
      if (aggregate) {
        // Grouped: a name for each circle that holds one place only (drawn on that place).
        (aggregate._cells || []).forEach(function (cell) {
          if (!cell.sameSpot) return;
          var spot = spotIndex[C.lon[cell.first] + "," + C.lat[cell.first]];
          out.push({ text: spot.name, lat: spot.lat, lon: spot.lon, cls: "event", dx: cell.r + 4 });
        });
      } else {
        spots.filter(function (spot) { return spot.visible.length; })
          .sort(function (a, b) { return b.visible.length - a.visible.length; })
          .forEach(function (spot) { out.push({ text: spot.name, lat: spot.lat, lon: spot.lon, cls: "event", dx: 15 }); });
      }
      areaPlaces.forEach(function (place) {
        if (place.members.some(isVisible)) out.push({ text: place.name, lat: place.lat, lon: place.lon, cls: "event", dx: 0, centre: true });
      });
      if (zoom <= 7) BASEMAP.labels.countries.forEach(function (c) {
        if (zoom >= c[2]) out.push({ text: LANG === "fr" ? c[4] : c[3], lat: c[1], lon: c[0], cls: "country", dx: 0, centre: true });
      });
      BASEMAP.labels.cities.forEach(function (c) {
        if (zoom >= c[2]) out.push({ text: LANG === "fr" ? c[6] : c[3], lat: c[1], lon: c[0], cls: "city" + (c[4] ? " capital" : ""), dx: 7 });
      });
      return out;
    },
    redraw: function () {
      if (!this._map) return;
      var size = map.getSize(), placed = [];
      // Markers are obstacles for the names of countries and cities (not for their own names).
      var markers = [];
      if (aggregate && aggregate._topLeft) {
        var offset0 = map.layerPointToContainerPoint(aggregate._topLeft);
        aggregate._cells.forEach(function (cell) {
          var x = cell.x + offset0.x, y = cell.y + offset0.y, r = cell.r + 2;
          markers.push({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });
        });
      } else {
        spots.forEach(function (spot) {
          if (!spot.visible.length) return;
          var p = map.latLngToContainerPoint([spot.lat, spot.lon]);
          markers.push({ x0: p.x - 13, y0: p.y - 13, x1: p.x + 13, y1: p.y + 13 });
        });
      }
      // The title panel and the legend float over the map: no name is put under them.
      var mapRect = mapBox.getBoundingClientRect(), covers = [];
      [document.getElementById("panel"), document.querySelector(".legend")].forEach(function (node) {
        if (!node || !node.offsetWidth) return;
        var r = node.getBoundingClientRect();
        covers.push({ x0: r.left - mapRect.left, y0: r.top - mapRect.top, x1: r.right - mapRect.left, y1: r.bottom - mapRect.top });
      });
      function free(box, obstacles) {
        for (var j = 0; j < obstacles.length; j++) {
          var o = obstacles[j];
          if (box.x0 < o.x1 && box.x1 > o.x0 && box.y0 < o.y1 && box.y1 > o.y0) return false;
        }
        return true;
      }
      var chosen = [];
      this.candidates().forEach(function (c) {
        var p = map.latLngToContainerPoint([c.lat, c.lon]);
        if (p.x < -50 || p.y < -20 || p.x > size.x + 50 || p.y > size.y + 20) return;
        var font = LABEL_FONT[c.cls.split(" ")[0]];
        // Country names are drawn in capitals, letter-spaced (briefing.css): measured so.
        var w = c.cls === "country" ? textWidth(c.text.toUpperCase(), font) + 0.7 * c.text.length + 6 : textWidth(c.text, font) + 6;
        var h = 16;
        // Where the name may go: centred (countries, areas), right of the point (cities), or the
        // first of right, left, above, below that is clear (an event's place beside its marker).
        var spots0 = c.centre ? [[p.x - w / 2, p.y - h / 2]] : [[p.x + c.dx, p.y - h / 2]];
        if (c.cls === "event" && !c.centre) {
          spots0.push([p.x - c.dx - w, p.y - h / 2], [p.x - w / 2, p.y - c.dx - h + 2], [p.x - w / 2, p.y + c.dx - 2]);
        }
        var box = null, fallback = null;
        for (var k = 0; k < spots0.length && !box; k++) {
          var b = { x0: spots0[k][0], y0: spots0[k][1], x1: spots0[k][0] + w, y1: spots0[k][1] + h };
          if (!free(b, placed) || !free(b, covers)) continue;
          if (free(b, markers)) box = b; else if (!fallback && c.cls === "event") fallback = b;
        }
        box = box || fallback;
        if (!box) return;
        placed.push(box);
        c.x = box.x0; c.y = box.y0;
        chosen.push(c);
      });
      var boxNode = this._box;
      while (boxNode.firstChild) boxNode.removeChild(boxNode.firstChild);
      var offset = map.containerPointToLayerPoint([0, 0]);
      chosen.forEach(function (c) {
        var node = el("div", c.text, "ge-label " + c.cls);
        L.DomUtil.setPosition(node, L.point(Math.round(c.x + offset.x), Math.round(c.y + offset.y)));
        boxNode.appendChild(node);
      });
      var labels = chosen;
      this._labels = labels;
    }
  });
  var labels = new Labels();

  // --- legend: types with counts, each a toggle ---------------------------------------------------------
  var legendRows = {};
  var legend = L.control({ position: "bottomright" });
  legend.onAdd = function () {
    var div = el("div", null, "legend");
    L.DomEvent.disableClickPropagation(div);
    L.DomEvent.disableScrollPropagation(div);
    div.appendChild(el("strong", S.legendTitle));
    DATA.types.forEach(function (t) {
      var label = el("label", null, "legend-row");
      var box = el("input"); box.type = "checkbox"; box.checked = true; box.value = t.key;
      box.addEventListener("change", function () { typeOn[t.key] = box.checked; update(); });
      var sw = el("span", null, "swatch"); sw.style.setProperty("--c", t.color); sw.appendChild(svgIcon(t.key, "#fff"));
      var count = el("span", "", "legend-count");
      label.appendChild(box); label.appendChild(sw); label.appendChild(el("span", typeLabel(t.key), "legend-label")); label.appendChild(count);
      legendRows[t.key] = { box: box, count: count };
      div.appendChild(label);
    });
    var possibleRow = el("div", null, "legend-note legend-possible");
    var ring = el("span", null, "swatch possible"); possibleRow.appendChild(ring); possibleRow.appendChild(el("span", S.possible));
    div.appendChild(possibleRow);
    div.appendChild(el("div", S.planned, "legend-note"));
    div.appendChild(el("div", S.disc, "legend-note"));
    if (many) div.appendChild(el("div", S.clusters, "legend-note"));
    return div;
  };
  legend.addTo(map);
  var totals = {};
  located.forEach(function (i) { totals[typeKey[i]] = (totals[typeKey[i]] || 0) + 1; });
  function updateLegend() {
    var seen = {};
    located.forEach(function (i) { if (shown[i] && matches[i]) seen[typeKey[i]] = (seen[typeKey[i]] || 0) + 1; });
    DATA.types.forEach(function (t) {
      var row = legendRows[t.key];
      row.count.textContent = (typeOn[t.key] ? seen[t.key] || 0 : 0) + "/" + (totals[t.key] || 0);
    });
  }
  L.control.layers(baseLayers, {}, { collapsed: true }).addTo(map);

  // --- first view: the sub-national events (country-wide ones only when nothing else) -------------------
  function fitEvents() {
    var bounds = L.latLngBounds([]), fallback = L.latLngBounds([]);
    located.forEach(function (i) {
      var b = kind[i] === KIND_POINT ? L.latLngBounds([[C.lat[i], C.lon[i]], [C.lat[i], C.lon[i]]]) : shapeLayer[i].getBounds();
      fallback.extend(b);
      if (geoPrecision[i] !== "country") bounds.extend(b);
    });
    var target = bounds.isValid() ? bounds : fallback;
    if (!target.isValid()) { map.setView([20, 0], 2); return; }
    // The title panel (top left) and the legend (bottom right) cover parts of the map: on a narrow
    // screen the events are fitted between them, top to bottom; on a wide one, beside them.
    var size = map.getSize(), panel = document.getElementById("panel"), legendBox = document.querySelector(".legend");
    var narrow = panel.offsetWidth > 0.6 * size.x;
    var top = narrow ? panel.offsetTop + panel.offsetHeight + 10 : 30;
    var bottom = narrow && legendBox ? Math.min(legendBox.offsetHeight, size.y / 3) + 10 : 30;
    var left = narrow ? 30 : panel.offsetLeft + panel.offsetWidth + 10;
    var right = !narrow && legendBox ? legendBox.offsetWidth + 20 : 30;
    map.fitBounds(target, { maxZoom: 9, animate: false, paddingTopLeft: [left, top], paddingBottomRight: [right, bottom] });
  }

  // --- title panel, filters ---------------------------------------------------------------------------
  document.getElementById("briefing-title").textContent = DATA.title;
  var noteBox = document.getElementById("briefing-note");
  noteBox.textContent = DATA.note || "";
  noteBox.hidden = !DATA.note;
  var unlocatedCount = N - located.length;
  if (unlocatedCount) {
    var box = document.getElementById("unlocated");
    box.hidden = false;
    box.querySelector("summary").textContent = fmt(S.notPlaced, { n: unlocatedCount });
    var ul = box.querySelector("ul");
    for (var u = 0; u < N && ul.childNodes.length < 200; u++) {
      if (kind[u] !== 0) continue;
      ul.appendChild(el("li", C.title[u] + " — " + (val(C.placeText, u) || S.noPlace) + " (" + dateText(u) + ")"));
    }
  }
  var searchInput = document.getElementById("search");
  var actorSel = document.getElementById("actor-filter");
  var placeSel = document.getElementById("place-filter");
  C.actors.v.slice().sort().forEach(function (name) { var o = el("option", name); o.value = name; actorSel.appendChild(o); });
  var placeNames = {};
  located.forEach(function (i) { placeNames[val(C.placeName, i)] = true; });
  Object.keys(placeNames).sort().forEach(function (name) { if (!name) return; var o = el("option", name); o.value = name; placeSel.appendChild(o); });
  function updateMatches() {
    var words = fold(searchInput.value).split(/\s+/).filter(Boolean);
    var actor = actorSel.value, place = placeSel.value;
    var actorIdx = actor ? C.actors.v.indexOf(actor) : -1;
    for (var i = 0; i < N; i++) {
      var ok = words.every(function (w) { return searchText[i].indexOf(w) >= 0; });
      if (ok && actor) ok = val(C.actors.i, i).indexOf(actorIdx) >= 0;
      if (ok && place) ok = val(C.placeName, i) === place;
      matches[i] = ok ? 1 : 0;
    }
  }
  [searchInput, actorSel, placeSel].forEach(function (input) {
    input.addEventListener("input", function () { updateMatches(); update(); });
  });

  // Events in view: a list sorted by date; each opens its popup (the keyboard's way to every event).
  var IN_VIEW_MAX = 500;
  var inView = document.getElementById("inview");
  var inViewList = inView.querySelector("ol");
  function updateInView() {
    var b = map.getBounds();
    var list = visibleIndices().filter(function (i) { return b.contains(eventLatLng(i)) || (shapeLayer[i] && b.intersects(shapeLayer[i].getBounds())); });
    inView.querySelector("summary").textContent = fmt(S.inView, { n: list.length });
    if (!inView.open) return;
    while (inViewList.firstChild) inViewList.removeChild(inViewList.firstChild);
    list.sort(function (a, b) { return start[a] - start[b] || end[a] - end[b] || a - b; });
    if (list.length > IN_VIEW_MAX) inViewList.appendChild(el("li", fmt(S.moreInView, { n: list.length - IN_VIEW_MAX }), "more"));
    list.slice(0, IN_VIEW_MAX).forEach(function (i) {
      var item = el("li");
      var button = el("button", isoDay(start[i]) + " · " + C.title[i]);
      button.type = "button";
      button.insertBefore(svgIcon(typeKey[i], styles[typeKey[i]].color), button.firstChild);
      button.addEventListener("click", function () { openEventPopup(i); });
      item.appendChild(button);
      inViewList.appendChild(item);
    });
  }
  inView.addEventListener("toggle", updateInView);

  // --- timeline -------------------------------------------------------------------------------------
  var slider = document.getElementById("tl-slider");
  var dateOut = document.getElementById("tl-date");
  var periodOut = document.getElementById("tl-period");
  var countOut = document.getElementById("tl-count");
  var modeSel = document.getElementById("tl-mode");
  var windowInput = document.getElementById("tl-window");
  var speedSel = document.getElementById("tl-speed");
  var stepSel = document.getElementById("tl-step");
  var fromInput = document.getElementById("tl-from");
  var toInput = document.getElementById("tl-to");
  var playBtn = document.getElementById("tl-play");
  var axis = document.getElementById("tl-axis");
  fromInput.min = toInput.min = DATA.first; fromInput.max = toInput.max = DATA.last;
  fromInput.value = hasDates ? DATA.viewFirst : ""; toInput.value = hasDates ? DATA.viewLast : "";
  if (DATA.windowDays > 0) { modeSel.value = "window"; windowInput.value = DATA.windowDays; }
  windowInput.disabled = modeSel.value !== "window";

  function filterRange() {
    var from = fromInput.value ? dayNumber(fromInput.value) : first;
    var to = toInput.value ? dayNumber(toInput.value) : last;
    if (isNaN(from)) from = first;
    if (isNaN(to)) to = last;
    return from <= to ? [from, to] : [to, from];
  }
  // The slider spans the filter range: the main events' span unless the user widens it.
  function rescaleSlider() {
    var range = filterRange(), current = first + Number(slider.value);
    slider.min = String(range[0] - first); slider.max = String(range[1] - first);
    slider.value = String(Math.min(range[1], Math.max(range[0], current)) - first);
    drawAxis(range);
  }

  // The days whose events are shown: [lo, hi] (an event shows if its interval meets them).
  function shownDays() {
    var current = first + Number(slider.value);
    var range = filterRange();
    var lo = range[0], hi = Math.min(range[1], current);
    if (modeSel.value === "window") lo = Math.max(lo, current - Math.max(1, Number(windowInput.value) || 1) + 1);
    return { current: current, lo: lo, hi: hi };
  }

  // Ticks under the slider: years, months or days, as many as fit (about one per 70 px).
  function drawAxis(range) {
    while (axis.firstChild) axis.removeChild(axis.firstChild);
    var width = axis.clientWidth, span = range[1] - range[0];
    if (!width || span <= 0) return;
    var per = span / width, ticks = [];
    var d0 = new Date(range[0] * DAY), d1 = new Date(range[1] * DAY);
    if (per * 70 > 300) {
      var stepY = Math.max(1, Math.ceil(per * 70 / 365));
      for (var y = d0.getUTCFullYear() + 1; y <= d1.getUTCFullYear(); y += 1) if (y % stepY === 0) ticks.push([dayNumber(y + "-01-01"), String(y)]);
    } else if (per * 70 > 20) {
      var stepM = Math.max(1, Math.ceil(per * 70 / 30));
      var m = d0.getUTCFullYear() * 12 + d0.getUTCMonth() + 1;
      for (; m <= d1.getUTCFullYear() * 12 + d1.getUTCMonth(); m += 1) {
        if (m % stepM) continue;
        var iso = Math.floor(m / 12) + "-" + ("0" + (m % 12 + 1)).slice(-2) + "-01";
        ticks.push([dayNumber(iso), iso.slice(0, 7)]);
      }
    } else {
      var stepD = Math.max(1, Math.ceil(per * 70));
      for (var d = range[0]; d <= range[1]; d += 1) {
        var day = new Date(d * DAY).getUTCDate();
        if ((day - 1) % stepD === 0 && day + stepD <= 32) ticks.push([d, isoDay(d).slice(5)]);
      }
    }
    ticks.forEach(function (tick) {
      var x = width * (tick[0] - range[0]) / span;
      if (x > width - 20) return;  // it would run into the date shown beside the slider
      var node = el("span", tick[1], "tick");
      node.style.left = (100 * x / width) + "%";
      if (x < 20) node.style.transform = "none";
      axis.appendChild(node);
    });
  }

  // Above the slider: how many visible-type, matching events are under way each day of the range.
  var densityCanvas = document.getElementById("tl-density");
  function drawDensity(days) {
    var width = densityCanvas.clientWidth, height = densityCanvas.clientHeight, ratio = window.devicePixelRatio || 1;
    var range = filterRange(), span = range[1] - range[0] + 1;
    if (!width || !hasDates) return;
    var diff = new Int32Array(span + 1);
    located.forEach(function (i) {
      if (!matches[i] || !typeOn[typeKey[i]] || end[i] < range[0] || start[i] > range[1]) return;
      diff[Math.max(0, start[i] - range[0])] += 1; diff[Math.min(span, end[i] - range[0] + 1)] -= 1;
    });
    var active = new Int32Array(span), run = 0, peak = 1;
    for (var d = 0; d < span; d++) { run += diff[d]; active[d] = run; if (run > peak) peak = run; }
    densityCanvas.width = width * ratio; densityCanvas.height = height * ratio;
    var ctx = densityCanvas.getContext("2d");
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    var perPixel = span / width;
    for (var x = 0; x < width; x++) {
      var from = Math.floor(x * perPixel), to = Math.max(from + 1, Math.floor((x + 1) * perPixel)), top = 0;
      for (var day = from; day < to && day < span; day++) if (active[day] > top) top = active[day];
      if (!top) continue;
      var inRange = range[0] + from <= days.hi && range[0] + to - 1 >= days.lo;
      ctx.fillStyle = inRange ? "#1f4e79" : "#b8c4d0";
      var h = Math.max(1, Math.round(height * top / peak));
      ctx.fillRect(x, height - h, 1, h);
    }
  }
  window.addEventListener("resize", function () { drawAxis(filterRange()); drawDensity(shownDays()); layout(); });

  var panelPeriod = document.getElementById("briefing-period");
  var panelCounts = document.getElementById("briefing-counts");
  function updatePanel(days, n) {
    if (!hasDates) panelPeriod.textContent = S.noDates;
    else if (modeSel.value === "window") panelPeriod.textContent = fmt(S.windowOf, { a: isoDay(days.lo), b: isoDay(days.hi) });
    else panelPeriod.textContent = fmt(S.onDay, { d: isoDay(days.current) });
    // an input that names no source says nothing about sources (not "0 sources")
    panelCounts.textContent = fmt(DATA.sources.length ? S.panelCounts : S.panelCountsNoSource, { v: n, n: N,
      m: located.length, s: DATA.sources.length, sources: DATA.sources.length === 1 ? "source" : "sources" });
  }

  function update() {
    var days = shownDays();
    for (var j = 0; j < located.length; j++) {
      var i = located[j];
      shown[i] = days.lo <= days.hi && start[i] <= days.hi && end[i] >= days.lo ? 1 : 0;  // (an empty range shows nothing)
      possible[i] = shown[i] && VAGUE[precision[i]] && days.current < end[i] ? 1 : 0;
      var layer = shapeLayer[i];
      if (layer) {
        var on = isVisible(i);
        if (on !== shapeGroup.hasLayer(layer)) { if (on) shapeGroup.addLayer(layer); else shapeGroup.removeLayer(layer); }
        if (on) layer.setStyle({ opacity: possible[i] ? 0.45 : 0.9, fillOpacity: kind[i] === KIND_AREA ? areaFill(i) * (possible[i] ? 0.4 : 1) : 0 });
      }
    }
    if (!many) spots.forEach(updateSpot); else spots.forEach(function (spot) { spot.visible = spot.members.filter(isVisible); });
    updateDiscs();
    if (aggregate && aggregate._map) aggregate.redraw();
    drawDensity(days);
    dateOut.textContent = hasDates ? isoDay(days.current) : "–";
    periodOut.textContent = !hasDates ? "" : days.lo > days.hi ? S.nothing
      : fmt(modeSel.value === "window" ? S.windowShort : S.since, { a: isoDay(days.lo), b: isoDay(days.hi) });
    slider.setAttribute("aria-valuetext", dateOut.textContent);
    var n = visibleIndices().length;
    countOut.textContent = fmt(S.shownOf, { v: n, m: located.length });
    document.body.setAttribute("data-visible", String(n));
    updatePanel(days, n);
    updateLegend();
    updateInView();
    if (labels._map) labels.redraw();  // last: the panel and legend it keeps clear of are up to date
    writeHash();
  }

  var timer = null;
  function step(direction) {
    var size = Number(stepSel.value) || 1;
    var value = Math.min(Number(slider.max), Math.max(Number(slider.min), Number(slider.value) + direction * size));
    slider.value = String(value);
    update();
    return value;
  }
  function setPlaying(on) {
    playBtn.classList.toggle("playing", on);
    playBtn.setAttribute("aria-label", on ? S.pause : S.play);
    playBtn.setAttribute("aria-pressed", on ? "true" : "false");
  }
  function pause() { if (timer) { clearInterval(timer); timer = null; } setPlaying(false); }
  function play() {
    if (timer) return;
    if (Number(slider.value) >= Number(slider.max)) slider.value = slider.min;
    update();
    setPlaying(true);
    timer = setInterval(function () { if (step(1) >= Number(slider.max)) pause(); }, Number(speedSel.value));
  }
  function toggle() { if (timer) pause(); else play(); }
  playBtn.addEventListener("click", toggle);
  document.getElementById("tl-back").addEventListener("click", function () { pause(); step(-1); });
  document.getElementById("tl-forward").addEventListener("click", function () { pause(); step(1); });
  speedSel.addEventListener("change", function () { if (timer) { pause(); play(); } });
  modeSel.addEventListener("change", function () { windowInput.disabled = modeSel.value !== "window"; });
  [slider, modeSel, windowInput].forEach(function (input) {
    input.addEventListener("input", update);
    input.addEventListener("change", update);
  });
  [fromInput, toInput].forEach(function (input) {
    input.addEventListener("input", function () { rescaleSlider(); update(); });
    input.addEventListener("change", function () { rescaleSlider(); update(); });
  });
  // Keyboard: space or k play/pause, ← → step, Home/End first/last day, Escape closes a popup;
  // not while typing in a field, and not when the map has the focus (it pans).
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { map.closePopup(); return; }
    var target = e.target || document.body;
    var tag = target.tagName || "";
    if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA" || e.altKey || e.ctrlKey || e.metaKey) return;
    if (target.closest && target.closest("#map")) return;
    if (tag === "BUTTON" && (e.key === " " || e.key === "Enter")) return;  // the button's own click
    if (e.key === " " || e.key === "k") { e.preventDefault(); toggle(); }
    else if (e.key === "ArrowRight") { e.preventDefault(); pause(); step(1); }
    else if (e.key === "ArrowLeft") { e.preventDefault(); pause(); step(-1); }
    else if (e.key === "Home") { e.preventDefault(); pause(); slider.value = slider.min; update(); }
    else if (e.key === "End") { e.preventDefault(); pause(); slider.value = slider.max; update(); }
  });

  // --- state in the URL hash: #map=ZOOM/LAT/LON&date=YYYY-MM-DD&mode=...&window=...&from=&to=&q=&actor=&place=&off=
  var readingHash = false;
  function writeHash() {
    if (readingHash || !map._loaded) return;
    var c = map.getCenter(), z = map.getZoom();
    var digits = Math.max(2, Math.ceil(Math.log(Math.pow(2, z)) / Math.LN10) + 1);
    var parts = ["map=" + z + "/" + c.lat.toFixed(digits) + "/" + c.lng.toFixed(digits)];
    if (hasDates) parts.push("date=" + isoDay(first + Number(slider.value)));
    parts.push("mode=" + modeSel.value);
    if (modeSel.value === "window") parts.push("window=" + encodeURIComponent(windowInput.value));
    if (fromInput.value) parts.push("from=" + fromInput.value);
    if (toInput.value) parts.push("to=" + toInput.value);
    var off = DATA.types.filter(function (t) { return !typeOn[t.key]; }).map(function (t) { return t.key; });
    if (off.length) parts.push("off=" + off.join(","));
    if (searchInput.value) parts.push("q=" + encodeURIComponent(searchInput.value));
    if (actorSel.value) parts.push("actor=" + encodeURIComponent(actorSel.value));
    if (placeSel.value) parts.push("place=" + encodeURIComponent(placeSel.value));
    var hash = "#" + parts.join("&");
    if (location.hash !== hash) history.replaceState(null, "", hash);
  }
  function readHash() {
    var params = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
      var at = pair.indexOf("=");
      if (at > 0) { try { params[pair.slice(0, at)] = decodeURIComponent(pair.slice(at + 1)); } catch (err) { /* ignored */ } }
    });
    return params;
  }
  function applyHash(params) {
    var iso = /^\d{4}-\d{2}-\d{2}$/;
    if (params.from && iso.test(params.from)) fromInput.value = params.from;
    if (params.to && iso.test(params.to)) toInput.value = params.to;
    if (params.mode === "window" || params.mode === "cumulative") modeSel.value = params.mode;
    if (params.window && /^\d+$/.test(params.window)) windowInput.value = params.window;
    windowInput.disabled = modeSel.value !== "window";
    if (params.off) params.off.split(",").forEach(function (key) { if (key in typeOn) { typeOn[key] = false; if (legendRows[key]) legendRows[key].box.checked = false; } });
    if (params.q) searchInput.value = params.q;
    if (params.actor && C.actors.v.indexOf(params.actor) >= 0) actorSel.value = params.actor;
    if (params.place && placeNames[params.place]) placeSel.value = params.place;
    rescaleSlider();
    if (params.date && iso.test(params.date)) slider.value = String(dayNumber(params.date) - first);
    var view = /^(\d{1,2})\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(params.map || "");
    if (view) { map.setView([Number(view[2]), Number(view[3])], Number(view[1]), { animate: false }); return true; }
    return false;
  }

  // --- layout: the map ends where the timeline begins (it grows on a phone) ----------------------------
  var timelineBox = document.getElementById("timeline");
  var mapBox = document.getElementById("map");
  function layout() {
    var h = timelineBox.offsetHeight + "px";
    if (mapBox.style.bottom !== h) { mapBox.style.bottom = h; map.invalidateSize({ animate: false }); }
  }

  // --- PNG export: the map as drawn, redrawn on one canvas in the page (no network) ----------------------
  // Each part of the picture is one function drawing on ctx in container pixels.
  function exportProject(latlng) { return map.latLngToContainerPoint(latlng); }
  function exportShapes(ctx) {
    function ringPath(ring) { ring.forEach(function (ll, j) { var p = exportProject(ll); if (j) ctx.lineTo(p.x, p.y); else ctx.moveTo(p.x, p.y); }); }
    located.forEach(function (i) {
      if (!shapeLayer[i] || !shapeGroup.hasLayer(shapeLayer[i])) return;
      var style = styles[typeKey[i]], area = kind[i] === KIND_AREA;
      var dashed = val(C.approximate, i) === 1 || status[i] === "planned";
      shapeLayer[i].eachLayer(function (layer) {
        if (!layer.getLatLngs) return;
        ctx.beginPath();
        (function walk(list) { if (list.length && list[0].lat !== undefined) { ringPath(list); if (area) ctx.closePath(); } else list.forEach(walk); })(layer.getLatLngs());
        if (area) { ctx.globalAlpha = areaFill(i) * (possible[i] ? 0.4 : 1); ctx.fillStyle = style.color; ctx.fill("evenodd"); }
        ctx.globalAlpha = possible[i] ? 0.45 : 0.9;
        ctx.setLineDash(dashed ? [6, 4] : []);
        ctx.strokeStyle = style.color; ctx.lineWidth = area ? 2 : 4; ctx.stroke();
        ctx.setLineDash([]); ctx.globalAlpha = 1;
      });
    });
  }
  function exportMarkers(ctx) {
    ctx.textAlign = "center"; ctx.textBaseline = "middle"; ctx.font = "700 12px system-ui, sans-serif";
    if (aggregate) {
      var off = aggregate._topLeft.subtract(map.containerPointToLayerPoint([0, 0]));
      ctx.save(); ctx.translate(off.x, off.y);
      aggregate._cells.forEach(function (cell) { drawCell(ctx, cell); });
      ctx.restore();
      return;
    }
    spots.forEach(function (spot) {
      if (!spot.visible.length) return;
      var p = exportProject([spot.lat, spot.lon]), i = spot.visible[0];
      var cell = { x: p.x, y: p.y, n: spot.visible.length, first: i, main: mainType(spot.visible),
        r: spot.visible.length === 1 ? 11 : 13, allPossible: spot.visible.every(function (j) { return possible[j]; }) };
      drawCell(ctx, cell);
      if (cell.n !== 1) return;
      ctx.save(); ctx.translate(p.x - 7, p.y - 7); ctx.scale(14 / 24, 14 / 24);
      ctx.fillStyle = possible[i] ? styles[typeKey[i]].color : "#fff";
      ctx.fill(new Path2D(ICONS[typeKey[i]] || ICONS.other)); ctx.restore();
    });
  }
  function exportLabels(ctx) {
    ctx.textAlign = "left"; ctx.textBaseline = "top";
    (labels._labels || []).forEach(function (c) {
      ctx.font = LABEL_FONT[c.cls.split(" ")[0]];
      var text = c.cls === "country" ? c.text.toUpperCase() : c.text;
      ctx.lineWidth = 3; ctx.strokeStyle = "rgba(255,255,255,0.9)"; ctx.strokeText(text, c.x + 2, c.y + 1);
      ctx.fillStyle = c.cls === "country" ? "#6b6255" : "#222"; ctx.fillText(text, c.x + 2, c.y + 1);
    });
  }
  function exportBox(ctx, x, y, w, h) {
    ctx.fillStyle = "rgba(255,255,255,0.94)"; ctx.fillRect(x, y, w, h);
    ctx.strokeStyle = "#999"; ctx.lineWidth = 1; ctx.strokeRect(x, y, w, h);
  }
  // Title, day and counts (top left), as the title panel says them.
  function exportTitle(ctx) {
    var lines = [DATA.title, panelPeriod.textContent, panelCounts.textContent];
    function font(j) { return j ? "13px system-ui, sans-serif" : "700 16px system-ui, sans-serif"; }
    ctx.textAlign = "left"; ctx.textBaseline = "top";
    var width = Math.max.apply(null, lines.map(function (t, j) { ctx.font = font(j); return ctx.measureText(t).width; }));
    exportBox(ctx, 10, 10, width + 20, 66);
    lines.forEach(function (t, j) { ctx.font = font(j); ctx.fillStyle = "#111"; ctx.fillText(t, 20, 18 + j * 19); });
  }
  // The legend (bottom right): each type with its colour and its visible/total count.
  function exportLegend(ctx, size) {
    ctx.textAlign = "left"; ctx.textBaseline = "top"; ctx.font = "12px system-ui, sans-serif";
    var rows = DATA.types.map(function (t) { return [t, typeLabel(t.key) + "  " + legendRows[t.key].count.textContent]; });
    var lw = Math.max.apply(null, rows.map(function (r) { return ctx.measureText(r[1]).width; })) + 44;
    var lh = 22 + rows.length * 18, lx = size.x - lw - 10, ly = size.y - lh - 30;
    exportBox(ctx, lx, ly, lw, lh);
    ctx.fillStyle = "#111"; ctx.font = "700 12px system-ui, sans-serif"; ctx.fillText(S.legendTitle, lx + 8, ly + 6);
    ctx.font = "12px system-ui, sans-serif";
    rows.forEach(function (r, j) {
      var y = ly + 24 + j * 18;
      ctx.fillStyle = r[0].color; ctx.beginPath(); ctx.arc(lx + 16, y + 6, 7, 0, 2 * Math.PI); ctx.fill();
      ctx.fillStyle = typeOn[r[0].key] ? "#111" : "#888"; ctx.fillText(r[1], lx + 30, y);
    });
  }
  // The scale bar (bottom left) as the map's own, and the attribution (bottom right).
  function exportScaleAndCredits(ctx, size) {
    ctx.textAlign = "left"; ctx.textBaseline = "top"; ctx.font = "12px system-ui, sans-serif";
    var scale = document.querySelector(".leaflet-control-scale-line");
    if (scale) {
      var sw = scale.offsetWidth, sy = size.y - 26;
      exportBox(ctx, 10, sy - 4, sw + 12, 22);
      ctx.strokeStyle = "#222"; ctx.lineWidth = 2; ctx.beginPath();
      ctx.moveTo(16, sy + 2); ctx.lineTo(16, sy + 12); ctx.lineTo(16 + sw, sy + 12); ctx.lineTo(16 + sw, sy + 2); ctx.stroke();
      ctx.fillStyle = "#111"; ctx.fillText(scale.textContent, 20, sy);
    }
    ctx.font = "11px system-ui, sans-serif"; ctx.textAlign = "right";
    var attribution = ATTRIBUTION + (map.hasLayer(offline) ? "" : "; tiles as credited on the map");
    var aw = ctx.measureText(attribution).width;
    exportBox(ctx, size.x - aw - 16, size.y - 18, aw + 16, 18);
    ctx.fillStyle = "#333"; ctx.fillText(attribution, size.x - 8, size.y - 15);
  }
  // The map at its current state on one canvas, twice the screen's resolution. Online tiles
  // cannot be drawn (another origin): with a tile layer on, the picture has no basemap.
  function exportCanvas() {
    var size = map.getSize(), ratio = 2, zoom = map.getZoom(), scale = 256 * Math.pow(2, zoom);
    var canvas = document.createElement("canvas");
    canvas.width = size.x * ratio; canvas.height = size.y * ratio;
    var ctx = canvas.getContext("2d");
    ctx.scale(ratio, ratio);
    ctx.fillStyle = "#dfe9f2"; ctx.fillRect(0, 0, size.x, size.y);
    var o = map.getPixelOrigin().add(map.containerPointToLayerPoint([0, 0]));
    if (map.hasLayer(offline)) drawBasemap(ctx, o.x, o.y, scale, size.x, size.y, zoom);
    drawDiscs(ctx, o.x, o.y, scale, size.x, size.y);
    exportShapes(ctx);
    exportMarkers(ctx);
    exportLabels(ctx);
    exportTitle(ctx);
    exportLegend(ctx, size);
    exportScaleAndCredits(ctx, size);
    return canvas;
  }
  // Print format: A4 landscape (the default page) or a 16:9 slide (the named page "slide").
  document.getElementById("print-format").addEventListener("change", function (e) {
    document.body.classList.toggle("print-slide", e.target.value === "slide");
  });
  document.getElementById("export-png").addEventListener("click", function () {
    var link = el("a");
    link.href = exportCanvas().toDataURL("image/png");
    link.download = "briefing-map-" + (hasDates ? isoDay(first + Number(slider.value)) : "undated") + ".png";
    document.body.appendChild(link);
    link.click();
    link.remove();
  });

  // --- start ------------------------------------------------------------------------------------------
  if (!hasDates) { slider.disabled = true; playBtn.disabled = true; }
  layout();
  slider.min = String(viewFirst - first); slider.max = String(viewLast - first); slider.value = slider.max;
  var hashed = false;
  readingHash = true;
  if (location.hash.length > 1) hashed = applyHash(readHash());
  else rescaleSlider();
  if (!hashed) fitEvents();
  updateMatches();
  discLayer.addTo(map);
  if (aggregate) aggregate.addTo(map);
  labels.addTo(map);
  readingHash = false;
  update();
  map.on("moveend", function () { updateInView(); writeHash(); });
  // Printing hides the timeline: the map takes the page, then gets its place back.
  window.addEventListener("beforeprint", function () { mapBox.style.bottom = "0px"; map.invalidateSize({ animate: false }); });
  window.addEventListener("afterprint", layout);

  // For tests and scripted use: a read-only view of the state.
  window.geoevents = {
    map: map,
    many: many,
    visibleIds: function () { return visibleIndices().map(function (i) { return C.id[i]; }); },
    possibleIds: function () { return visibleIndices().filter(function (i) { return possible[i]; }).map(function (i) { return C.id[i]; }); },
    setDay: function (iso) { slider.value = String(dayNumber(iso) - first); update(); return dateOut.textContent; },
    counts: function () {
      var c = { points: 0, lines: 0, areas: 0, uncertainty: 0 };
      visibleIndices().forEach(function (i) {
        if (kind[i] === KIND_POINT) c.points += 1; else if (kind[i] === KIND_LINE) c.lines += 1; else c.areas += 1;
      });
      discs.forEach(function (disc) { if (disc.on) c.uncertainty += 1; });
      return c;
    },
    markers: function () {  // every marker drawn: its place and where its centre is on screen
      var out = [];
      spots.forEach(function (spot) {
        var element = spot.marker && map.hasLayer(spot.marker) ? spot.marker.getElement() : null;
        if (!element) return;
        var r = element.getBoundingClientRect(), box = mapBox.getBoundingClientRect();
        var at = map.containerPointToLatLng([r.left + r.width / 2 - box.left, r.top + r.height / 2 - box.top]);
        out.push({ lat: spot.lat, lon: spot.lon, drawnLat: at.lat, drawnLon: at.lng, n: spot.visible.length, title: element.title });
      });
      return out;
    },
    labels: function () { return (labels._labels || []).map(function (c) { return { text: c.text, cls: c.cls, lat: c.lat, lon: c.lon }; }); },
    cells: function () {  // the aggregated circles drawn (many points), in container pixels
      if (!aggregate) return [];
      var offset = map.layerPointToContainerPoint(aggregate._topLeft);
      return aggregate._cells.map(function (c) { return { n: c.n, x: c.x + offset.x, y: c.y + offset.y, sameSpot: c.sameSpot }; });
    },
    exportPng: function () { return exportCanvas().toDataURL("image/png"); }
  };
  document.body.setAttribute("data-ready", "true");
  document.body.setAttribute("data-loaded", "true");
})();
