/* geoevents briefing map. Every string from the input is set with textContent, never as HTML.
 *
 * The events arrive by column (see briefing.py). Few points are drawn as symbol markers (markers
 * at the same spot fanned out so that each stays clickable); past a threshold, points are
 * aggregated on one canvas: a grid of cells in screen space, redrawn on every move and timeline
 * step, a cell showing its count in the colour of its main event type (click: zoom in, or list
 * the events when they share one spot). Lines and areas are drawn as such; a point that stands
 * for a vaguer place gets a shaded, dashed uncertainty circle.
 */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("geoevents-data").textContent);
  var BASEMAP = JSON.parse(document.getElementById("geoevents-basemap").textContent);
  var C = DATA.columns;
  var N = DATA.count;
  var kind = expand(C.kind, N), radius = expand(C.radius, N), typeKey = expand(C.type, N);
  var DAY = 86400000;
  var KIND_POINT = 1, KIND_LINE = 2, KIND_AREA = 3;

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

  var hasDates = DATA.first !== "";
  var first = hasDates ? dayNumber(DATA.first) : 0;
  var last = hasDates ? dayNumber(DATA.last) : 0;
  var styles = {};
  DATA.types.forEach(function (t) { styles[t.key] = t; });

  // --- map, offline basemap, optional tiles ---------------------------------------------------
  var map = L.map("map", { zoomControl: true, maxZoom: 18, minZoom: 1, worldCopyJump: true });
  // The basemap arrives delta-encoded (briefing.py, delta_encode): [x0, y0, dx1, dy1, ...].
  function decodeLine(flat) {
    var out = new Array(flat.length / 2), x = 0, y = 0, s = BASEMAP.scale;
    for (var j = 0; j < flat.length; j += 2) { x += flat[j]; y += flat[j + 1]; out[j / 2] = [y / s, x / s]; }
    return out;
  }
  var basemapRenderer = L.canvas({ padding: 0.3 });
  var offline = L.layerGroup([
    L.polygon(BASEMAP.countries.map(function (country) {
      return country.map(function (polygon) { return polygon.map(decodeLine); });
    }).reduce(function (all, polygons) { return all.concat(polygons); }, []), {
      color: "#8a8a8a", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1, interactive: false, renderer: basemapRenderer
    }),
    L.polyline(BASEMAP.rivers.map(decodeLine), {
      color: "#7fb0d8", weight: 1, interactive: false, renderer: basemapRenderer
    })
  ]);
  offline.addTo(map);
  var tileOptions = { maxZoom: 18, crossOrigin: true };
  var baseLayers = {
    "Offline basemap (no network)": offline,
    "Streets (OpenStreetMap)": L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png",
      Object.assign({ attribution: "© OpenStreetMap contributors" }, tileOptions)),
    "Satellite (Esri World Imagery)": L.tileLayer(
      "https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}",
      Object.assign({ attribution: "Tiles © Esri, Maxar, Earthstar Geographics" }, tileOptions)),
    "Terrain (OpenTopoMap)": L.tileLayer("https://{s}.tile.opentopomap.org/{z}/{x}/{y}.png",
      Object.assign({ attribution: "© OpenStreetMap contributors, SRTM; style © OpenTopoMap (CC-BY-SA)", maxZoom: 17 }, tileOptions))
  };
  map.attributionControl.addAttribution("Basemap: Natural Earth; rivers: GSHHG (LGPL-3.0)");

  // --- one event, for popups and lists ------------------------------------------------------------
  function eventAt(i) {
    var actors = val(C.actors.i, i).map(function (k) { return C.actors.v[k]; });
    return {
      id: C.id[i], title: C.title[i], type: typeKey[i], status: val(C.status, i),
      precision: val(C.precision, i), dateText: val(C.dateText, i), open: val(C.open, i) === 1,
      placeText: val(C.placeText, i), placeName: val(C.placeName, i), geoPrecision: val(C.geoPrecision, i),
      approximate: val(C.approximate, i) === 1, score: val(C.score, i), actors: actors, description: val(C.description, i),
      source: val(C.source, i), url: val(C.url, i), published: val(C.published, i), radius: radius[i]
    };
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
    row("Type", (styles[ev.type] || {}).label || ev.type);
    row("Date", ev.dateText + " (precision: " + ev.precision.replace(/_/g, " ") + (ev.open ? ", open-ended" : "") + ")");
    row("Status", ev.status);
    row("Place as written", ev.placeText);
    var resolved = ev.placeName ? ev.placeName + " [" + ev.geoPrecision + (ev.approximate ? ", approximate" : "") + "]" : "";
    row("Resolved to", resolved);
    if (ev.radius > 0) row("Uncertainty", "within about " + Math.round(ev.radius / 1000) + " km");
    if (ev.score !== null && ev.score !== undefined) row("Confidence", Math.round(ev.score * 100) + "%");
    row("Actors", ev.actors.join(", "));
    root.appendChild(dl);
    if (ev.description) root.appendChild(el("p", ev.description));
    var url = safeUrl(ev.url);
    var sourceText = ev.source || url || "";
    if (sourceText) {
      var p = el("p", "Source: ");
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

  // --- layers: one toggle per event type ------------------------------------------------------------
  var pointCount = 0;
  for (var k = 0; k < N; k++) if (kind[k] === KIND_POINT) pointCount += 1;
  var many = pointCount > DATA.clusterThreshold;
  var aggregate = null;

  var typeLayers = {}, pointGroups = {}, shapeGroups = {}, typeOn = {};
  var overlays = {};
  DATA.types.forEach(function (t) {
    pointGroups[t.key] = L.featureGroup();  // stays empty when the aggregate layer draws the points
    shapeGroups[t.key] = L.featureGroup();
    typeLayers[t.key] = L.layerGroup([shapeGroups[t.key], pointGroups[t.key]]);
    typeOn[t.key] = true;
    var label = document.createElement("span");
    var sw = el("span", t.symbol, "swatch"); sw.style.color = t.color;
    label.appendChild(sw); label.appendChild(document.createTextNode(" " + t.label));
    overlays[label.outerHTML] = typeLayers[t.key];  // our own label, built from our own constants
  });
  map.on("overlayadd overlayremove", function (e) {
    DATA.types.forEach(function (t) { if (typeLayers[t.key] === e.layer) typeOn[t.key] = e.type === "overlayadd"; });
    refreshCount();
    if (aggregate) aggregate.redraw();
  });

  // Points at the very same spot (small sets): fan them out around the spot, a fixed number of
  // pixels away at any zoom, so that each marker stays visible and clickable.
  function spotOffsets() {
    var spots = {}, offsets = {};
    for (var i = 0; i < N; i++) {
      if (kind[i] !== KIND_POINT) continue;
      var key = C.lon[i] + "," + C.lat[i];
      (spots[key] = spots[key] || []).push(i);
    }
    Object.keys(spots).forEach(function (key) {
      var list = spots[key];
      if (list.length < 2) return;
      var r = 10 + 3 * list.length;
      list.forEach(function (i, j) {
        var angle = 2 * Math.PI * j / list.length - Math.PI / 2;
        offsets[i] = [Math.round(r * Math.cos(angle)), Math.round(r * Math.sin(angle))];
      });
    });
    return offsets;
  }

  function symbolMarker(i, latlng, offset) {
    var style = styles[typeKey[i]];
    var size = radius[i] > 0 ? 18 : 22;
    var div = el("div", style.symbol, "ge-icon" + (val(C.status, i) === "planned" ? " planned" : ""));
    div.style.background = style.color;
    div.style.width = div.style.height = size + "px";
    var dx = offset ? offset[0] : 0, dy = offset ? offset[1] : 0;
    var icon = L.divIcon({ html: div, className: "ge-marker", iconSize: [size, size],
      iconAnchor: [size / 2 - dx, size / 2 - dy], popupAnchor: [dx, dy - size / 2] });
    return L.marker(latlng, { icon: icon, title: C.title[i], keyboard: true, riseOnHover: true });
  }

  function shapeLayer(i) {
    var style = styles[typeKey[i]];
    var area = kind[i] === KIND_AREA;
    var dashed = val(C.approximate, i) === 1 || val(C.status, i) === "planned";
    return L.geoJSON(C.shapes[val(C.shape, i)], {
      style: { color: style.color, weight: area ? 2 : 4, opacity: 0.9, fillColor: style.color,
        fillOpacity: area ? 0.15 : 0, dashArray: dashed ? "6 4" : null },
      // points inside a multi-geometry: small circles (Leaflet's default icon needs image files)
      pointToLayer: function (feature, latlng) {
        return L.circleMarker(latlng, { radius: 6, color: "#fff", weight: 1.5, fillColor: style.color, fillOpacity: 0.9 });
      }
    });
  }

  function uncertaintyCircle(i, latlng) {
    var style = styles[typeKey[i]];
    return L.circle(latlng, { radius: radius[i], color: style.color, weight: 1.5, dashArray: "4 4",
      fillColor: style.color, fillOpacity: 0.15, interactive: false });
  }

  var located = [];                 // indices of events with a place
  var start = new Int32Array(N), end = new Int32Array(N), shown = new Uint8Array(N);
  var mainLayer = new Array(N), extraLayer = new Array(N);
  var offsets = many ? {} : spotOffsets();
  for (var i = 0; i < N; i++) {
    start[i] = first + C.start[i];
    end[i] = first + C.end[i];
    if (kind[i] === 0) continue;
    located.push(i);
    var layer = null;
    if (kind[i] === KIND_POINT) {
      var latlng = L.latLng(C.lat[i], C.lon[i]);
      if (!many) layer = symbolMarker(i, latlng, offsets[i]);
      if (radius[i] > 0) extraLayer[i] = uncertaintyCircle(i, latlng);
    } else {
      layer = shapeLayer(i);
    }
    if (layer) {
      layer.bindPopup((function (index) { return function () { return popupContent(index); }; })(i), { maxWidth: 360 });
      mainLayer[i] = layer;
    }
  }

  // --- many points: one canvas, aggregated by screen cell -----------------------------------------
  var CELL = 44;      // px: points closer than about this share a cell
  var MAX_ZOOM = 18;

  function listPopup(indices, latlng) {
    var root = el("div", null, "ge-popup");
    root.appendChild(el("h2", indices.length + " events at this spot"));
    var list = el("ul", null, "ge-list");
    indices.slice(0, 500).forEach(function (i) {
      var item = el("li");
      var button = el("button", C.title[i] + " (" + val(C.dateText, i) + ")");
      button.type = "button";
      button.addEventListener("click", function () { L.popup({ maxWidth: 360 }).setLatLng(latlng).setContent(popupContent(i)).openOn(map); });
      item.appendChild(button);
      list.appendChild(item);
    });
    root.appendChild(list);
    if (indices.length > 500) root.appendChild(el("p", "… and " + (indices.length - 500) + " more: narrow the dates"));
    return root;
  }

  var Aggregate = L.Layer.extend({
    onAdd: function () {
      this._canvas = L.DomUtil.create("canvas", "ge-aggregate leaflet-zoom-hide");
      this._canvas.setAttribute("aria-hidden", "true");
      this.getPane().appendChild(this._canvas);
      this._cells = [];
      map.on("moveend zoomend resize viewreset", this.redraw, this);
      map.on("click", this._onClick, this);
      map.on("mousemove", this._onMove, this);
      this.redraw();
    },
    onRemove: function () {
      map.off("moveend zoomend resize viewreset", this.redraw, this);
      map.off("click", this._onClick, this);
      map.off("mousemove", this._onMove, this);
      L.DomUtil.remove(this._canvas);
    },
    // Bin the shown points into CELL-pixel squares of the current view (plus a margin for panning).
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
        if (!shown[i] || !typeOn[typeKey[i]]) continue;
        var x = mx[i] * scale - origin.x, y = my[i] * scale - origin.y;
        if (x < -CELL || y < -CELL || x > width + CELL || y > height + CELL) continue;
        var key = Math.floor(x / CELL) * 100003 + Math.floor(y / CELL);
        var cell = cells.get(key);
        if (!cell) {
          cell = { n: 0, sx: 0, sy: 0, members: [], byType: {}, sameSpot: true, first: i };
          cells.set(key, cell);
          list.push(cell);
        }
        cell.n += 1; cell.sx += x; cell.sy += y; cell.members.push(i);
        cell.byType[typeKey[i]] = (cell.byType[typeKey[i]] || 0) + 1;
        if (cell.sameSpot && (C.lon[i] !== C.lon[cell.first] || C.lat[i] !== C.lat[cell.first])) cell.sameSpot = false;
      }
      var ctx = canvas.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, width, height);
      ctx.textAlign = "center"; ctx.textBaseline = "middle";
      ctx.font = "600 12px system-ui, sans-serif";
      list.forEach(function (cell) {
        cell.x = cell.sx / cell.n; cell.y = cell.sy / cell.n;
        var main = null;
        Object.keys(cell.byType).forEach(function (t) { if (!main || cell.byType[t] > cell.byType[main]) main = t; });
        cell.r = cell.n === 1 ? 7 : Math.min(CELL / 2 - 2, 10 + 2 * Math.log(cell.n));
        ctx.beginPath();
        ctx.arc(cell.x, cell.y, cell.r, 0, 2 * Math.PI);
        ctx.fillStyle = styles[main].color;
        ctx.globalAlpha = cell.n === 1 ? 0.95 : 0.85;
        ctx.fill();
        ctx.globalAlpha = 1;
        ctx.lineWidth = cell.n === 1 ? 1.5 : 3;
        ctx.strokeStyle = "rgba(255,255,255,0.9)";
        ctx.stroke();
        if (cell.n > 1) { ctx.fillStyle = "#fff"; ctx.fillText(String(cell.n), cell.x, cell.y); }
      });
      this._cells = list;
      this._topLeft = topLeft;
    },
    _cellAt: function (containerPoint) {
      var p = map.containerPointToLayerPoint(containerPoint).subtract(this._topLeft), best = null, bestD = Infinity;
      this._cells.forEach(function (cell) {
        var d = Math.sqrt((cell.x - p.x) * (cell.x - p.x) + (cell.y - p.y) * (cell.y - p.y));
        if (d <= cell.r + 3 && d < bestD) { best = cell; bestD = d; }
      });
      return best;
    },
    _onMove: function (e) {
      map.getContainer().style.cursor = this._cellAt(e.containerPoint) ? "pointer" : "";
    },
    _onClick: function (e) {
      var cell = this._cellAt(e.containerPoint);
      if (!cell) return;
      var latlng = L.latLng(C.lat[cell.first], C.lon[cell.first]);
      if (cell.n === 1) {
        L.popup({ maxWidth: 360 }).setLatLng(latlng).setContent(popupContent(cell.first)).openOn(map);
      } else if (cell.sameSpot || map.getZoom() >= MAX_ZOOM) {
        L.popup({ maxWidth: 380 }).setLatLng(latlng).setContent(listPopup(cell.members, latlng)).openOn(map);
      } else {
        var b = L.latLngBounds(cell.members.map(function (i) { return [C.lat[i], C.lon[i]]; }));
        map.fitBounds(b.pad(0.2), { maxZoom: Math.max(map.getZoom() + 1, Math.min(MAX_ZOOM, map.getBoundsZoom(b))) });
      }
    }
  });

  // Web Mercator coordinates in [0, 1] of every point, computed once.
  var pointIdx = [], mx = new Float64Array(N), my = new Float64Array(N);
  located.forEach(function (i) {
    if (kind[i] !== KIND_POINT) return;
    pointIdx.push(i);
    var lat = Math.max(-85.0511, Math.min(85.0511, C.lat[i])) * Math.PI / 180;
    mx[i] = (C.lon[i] + 180) / 360;
    my[i] = (1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2;
  });

  var bounds = L.latLngBounds([]);
  located.forEach(function (i) {
    if (kind[i] === KIND_POINT) bounds.extend([C.lat[i], C.lon[i]]);
    else bounds.extend(mainLayer[i].getBounds());
  });
  if (bounds.isValid()) map.fitBounds(bounds.pad(0.15), { maxZoom: 9, animate: false }); else map.setView([20, 0], 2);
  DATA.types.forEach(function (t) { typeLayers[t.key].addTo(map); });
  if (many) aggregate = new Aggregate({ pane: "markerPane" }).addTo(map);
  L.control.layers(baseLayers, overlays, { collapsed: true }).addTo(map);

  var legend = L.control({ position: "bottomright" });
  legend.onAdd = function () {
    var div = el("div", null, "legend");
    div.appendChild(el("strong", "Event types"));
    DATA.types.forEach(function (t) {
      var row = el("div");
      var sw = el("span", t.symbol, "swatch"); sw.style.color = t.color;
      row.appendChild(sw); row.appendChild(el("span", t.label));
      div.appendChild(row);
    });
    div.appendChild(el("div", "dashed: planned, or place approximate", "legend-note"));
    div.appendChild(el("div", "shaded: area, or how vague a place is", "legend-note"));
    if (many) div.appendChild(el("div", "numbered circles: events grouped (click to zoom in)", "legend-note"));
    return div;
  };
  legend.addTo(map);

  // --- title panel --------------------------------------------------------------------------------
  document.getElementById("briefing-title").textContent = DATA.title;
  document.getElementById("briefing-period").textContent =
    hasDates ? "Period: " + DATA.first + " – " + DATA.last : "No dated events";
  document.getElementById("briefing-counts").textContent =
    N + " event" + (N === 1 ? "" : "s") + " (" + located.length + " on the map), " +
    DATA.sources.length + " source" + (DATA.sources.length === 1 ? "" : "s");
  var noteBox = document.getElementById("briefing-note");
  noteBox.textContent = DATA.note || "";
  noteBox.hidden = !DATA.note;
  var unlocatedCount = N - located.length;
  if (unlocatedCount) {
    var box = document.getElementById("unlocated");
    box.hidden = false;
    box.querySelector("summary").textContent = unlocatedCount + " event(s) not on the map (place unresolved)";
    var ul = box.querySelector("ul");
    for (var u = 0; u < N && ul.childNodes.length < 200; u++) {
      if (kind[u] !== 0) continue;
      ul.appendChild(el("li", C.title[u] + " — " + (val(C.placeText, u) || "no place") + " (" + val(C.dateText, u) + ")"));
    }
  }

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
  slider.min = "0"; slider.max = String(last - first); slider.value = slider.max;
  fromInput.value = DATA.first; toInput.value = DATA.last;
  fromInput.min = toInput.min = DATA.first; fromInput.max = toInput.max = DATA.last;
  if (DATA.windowDays > 0) { modeSel.value = "window"; windowInput.value = DATA.windowDays; }
  windowInput.disabled = modeSel.value !== "window";

  function filterRange() {
    var from = fromInput.value ? dayNumber(fromInput.value) : first;
    var to = toInput.value ? dayNumber(toInput.value) : last;
    if (isNaN(from)) from = first;
    if (isNaN(to)) to = last;
    return from <= to ? [from, to] : [to, from];
  }

  // The days whose events are shown: [lo, hi] (an event shows if its interval meets them).
  function shownDays() {
    var current = first + Number(slider.value);
    var range = filterRange();
    var lo = range[0], hi = Math.min(range[1], current);
    if (modeSel.value === "window") lo = Math.max(lo, current - Math.max(1, Number(windowInput.value) || 1) + 1);
    return { current: current, lo: lo, hi: hi };
  }

  function visibleIndices() {
    return located.filter(function (i) { return shown[i] && typeOn[typeKey[i]]; });
  }
  function refreshCount() {
    var n = visibleIndices().length;
    countOut.textContent = n + " of " + located.length + " mapped events shown";
    document.body.setAttribute("data-visible", String(n));
  }

  function setShown(i, show) {
    shown[i] = show;
    var key = typeKey[i];
    var layer = mainLayer[i], group = kind[i] === KIND_POINT ? pointGroups[key] : shapeGroups[key];
    if (layer) { if (show) group.addLayer(layer); else group.removeLayer(layer); }
    if (extraLayer[i]) { if (show) shapeGroups[key].addLayer(extraLayer[i]); else shapeGroups[key].removeLayer(extraLayer[i]); }
  }

  // Above the slider: how many mapped events are under way each day (a bar per pixel column,
  // its highest day), the days shown now in a darker tone.
  var densityCanvas = document.getElementById("tl-density");
  var active = (function () {
    var span = last - first + 1, diff = new Int32Array(span + 1), out = new Int32Array(span), run = 0;
    located.forEach(function (i) { diff[start[i] - first] += 1; diff[end[i] - first + 1] -= 1; });
    for (var d = 0; d < span; d++) { run += diff[d]; out[d] = run; }
    return out;
  })();
  function drawDensity(days) {
    var width = densityCanvas.clientWidth, height = densityCanvas.clientHeight, ratio = window.devicePixelRatio || 1;
    if (!width || !active.length) return;
    densityCanvas.width = width * ratio; densityCanvas.height = height * ratio;
    var ctx = densityCanvas.getContext("2d");
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    var peak = 1;
    for (var d = 0; d < active.length; d++) if (active[d] > peak) peak = active[d];
    var perPixel = active.length / width;
    for (var x = 0; x < width; x++) {
      var from = Math.floor(x * perPixel), to = Math.max(from + 1, Math.floor((x + 1) * perPixel)), top = 0;
      for (var day = from; day < to && day < active.length; day++) if (active[day] > top) top = active[day];
      if (!top) continue;
      var inRange = first + from <= days.hi && first + to - 1 >= days.lo;
      ctx.fillStyle = inRange ? "#1f4e79" : "#b8c4d0";
      var h = Math.max(1, Math.round(height * top / peak));
      ctx.fillRect(x, height - h, 1, h);
    }
  }
  window.addEventListener("resize", function () { drawDensity(shownDays()); });

  function update() {
    var days = shownDays();
    drawDensity(days);
    for (var j = 0; j < located.length; j++) {
      var i = located[j];
      var show = start[i] <= days.hi && end[i] >= days.lo ? 1 : 0;
      if (show !== shown[i]) setShown(i, show);
    }
    if (aggregate) aggregate.redraw();
    dateOut.textContent = hasDates ? isoDay(days.current) : "–";
    periodOut.textContent = !hasDates ? "" : days.lo > days.hi ? "nothing in the filter range"
      : (modeSel.value === "window" ? "window " : "cumulative ") + isoDay(days.lo) + " – " + isoDay(days.hi);
    slider.setAttribute("aria-valuetext", dateOut.textContent);
    refreshCount();
  }

  var timer = null;
  function step(direction) {
    var size = Number(stepSel.value) || 1;
    var value = Math.min(Number(slider.max), Math.max(0, Number(slider.value) + direction * size));
    slider.value = String(value);
    update();
    return value;
  }
  function setPlaying(on) {
    playBtn.textContent = on ? "⏸" : "▶";
    playBtn.setAttribute("aria-label", on ? "Pause" : "Play");
    playBtn.setAttribute("aria-pressed", on ? "true" : "false");
  }
  function pause() { if (timer) { clearInterval(timer); timer = null; } setPlaying(false); }
  function play() {
    if (timer) return;
    var from = filterRange()[0] - first;
    if (Number(slider.value) >= Number(slider.max) || Number(slider.value) < from) slider.value = String(Math.max(0, from));
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
  [slider, modeSel, windowInput, fromInput, toInput].forEach(function (input) {
    input.addEventListener("input", update);
    input.addEventListener("change", update);
  });
  // Keyboard: space or k play/pause, ← → step, Home/End first/last day; the slider itself also
  // takes arrow keys. Not while typing in a field, and not when the map has the focus (it pans).
  document.addEventListener("keydown", function (e) {
    var target = e.target || document.body;
    var tag = target.tagName || "";
    if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA" || e.altKey || e.ctrlKey || e.metaKey) return;
    if (target.closest && target.closest("#map")) return;
    if (tag === "BUTTON" && (e.key === " " || e.key === "Enter")) return;  // the button's own click
    if (e.key === " " || e.key === "k") { e.preventDefault(); toggle(); }
    else if (e.key === "ArrowRight") { e.preventDefault(); pause(); step(1); }
    else if (e.key === "ArrowLeft") { e.preventDefault(); pause(); step(-1); }
    else if (e.key === "Home") { e.preventDefault(); pause(); slider.value = "0"; update(); }
    else if (e.key === "End") { e.preventDefault(); pause(); slider.value = slider.max; update(); }
  });

  if (!hasDates) { slider.disabled = true; playBtn.disabled = true; }
  update();

  // For tests and scripted use: a read-only view of the state.
  window.geoevents = {
    map: map,
    many: many,
    visibleIds: function () { return visibleIndices().map(function (i) { return C.id[i]; }); },
    setDay: function (iso) { slider.value = String(dayNumber(iso) - first); update(); return dateOut.textContent; },
    counts: function () {
      var c = { points: 0, lines: 0, areas: 0, uncertainty: 0 };
      visibleIndices().forEach(function (i) {
        if (kind[i] === KIND_POINT) c.points += 1; else if (kind[i] === KIND_LINE) c.lines += 1; else c.areas += 1;
        if (extraLayer[i]) c.uncertainty += 1;
      });
      return c;
    },
    cells: function () {  // the aggregated circles drawn (many points), in container pixels
      if (!aggregate) return [];
      var offset = map.layerPointToContainerPoint(aggregate._topLeft);
      return aggregate._cells.map(function (c) { return { n: c.n, x: c.x + offset.x, y: c.y + offset.y, sameSpot: c.sameSpot }; });
    }
  };
  document.body.setAttribute("data-ready", "true");
  document.body.setAttribute("data-loaded", "true");
})();
