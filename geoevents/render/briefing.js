/* geoevents briefing map. Every string from the input is set with textContent, never as HTML. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("geoevents-data").textContent);
  var BASEMAP = JSON.parse(document.getElementById("geoevents-basemap").textContent);
  var DAY = 86400000;
  var CLUSTER_THRESHOLD = 200;

  function dayNumber(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / DAY); }
  function isoDay(n) { return new Date(n * DAY).toISOString().slice(0, 10); }
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function safeUrl(url) { return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null; }

  var first = dayNumber(DATA.first), last = dayNumber(DATA.last);
  var styles = {};
  DATA.types.forEach(function (t) { styles[t.key] = t; });

  // --- map, offline basemap, optional tiles ---------------------------------------------------
  var map = L.map("map", { zoomControl: true, maxZoom: 18, minZoom: 1, worldCopyJump: true, preferCanvas: false });
  var offline = L.layerGroup([
    L.geoJSON(BASEMAP.countries, { style: { color: "#8a8a8a", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 }, interactive: false }),
    L.geoJSON(BASEMAP.rivers, { style: { color: "#7fb0d8", weight: 1 }, interactive: false })
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

  // --- events -----------------------------------------------------------------------------------
  function popupContent(ev) {
    var root = el("div", null, "ge-popup");
    root.appendChild(el("h2", ev.title));
    var dl = el("dl");
    function row(label, value) {
      if (value === undefined || value === null || value === "") return;
      dl.appendChild(el("dt", label));
      dl.appendChild(el("dd", value));
    }
    row("Type", (styles[ev.type] || {}).label || ev.type);
    row("Date", ev.dateText + " (" + ev.precision.replace(/_/g, " ") + (ev.open ? ", open-ended" : "") + ")");
    row("Status", ev.status);
    row("Place as written", ev.placeText);
    var resolved = ev.placeName ? ev.placeName + " [" + ev.geoPrecision + (ev.approximate ? ", approximate" : "") + "]" : "";
    row("Resolved to", resolved);
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

  function pointIcon(ev) {
    var style = styles[ev.type];
    var size = ev.geoPrecision === "country" || ev.geoPrecision === "province" ? 18 : 22;
    var html = document.createElement("div");
    html.className = "ge-icon" + (ev.status === "planned" ? " planned" : "");
    html.style.background = style.color;
    html.style.width = html.style.height = size + "px";
    html.textContent = style.symbol;
    return L.divIcon({ html: html, className: "", iconSize: [size, size] });
  }

  var typeGroups = {};
  var overlays = {};
  var manyEvents = DATA.events.length > CLUSTER_THRESHOLD;
  DATA.types.forEach(function (t) {
    var group = manyEvents && L.markerClusterGroup ? L.markerClusterGroup({ chunkedLoading: true }) : L.featureGroup();
    typeGroups[t.key] = group;
    group.addTo(map);
    var label = document.createElement("span");
    var sw = el("span", t.symbol, "swatch"); sw.style.color = t.color;
    label.appendChild(sw); label.appendChild(document.createTextNode(" " + t.label));
    overlays[label.outerHTML] = group;  // our own label, built from our own constants
  });

  var items = [];
  var unlocated = [];
  DATA.events.forEach(function (ev) {
    var item = { ev: ev, start: dayNumber(ev.start), end: dayNumber(ev.end), layer: null, shown: false };
    if (!ev.geometry) { unlocated.push(ev); return; }
    var style = styles[ev.type];
    var layer;
    if (ev.geometry.type === "Point") {
      var c = ev.geometry.coordinates;
      layer = L.marker([c[1], c[0]], { icon: pointIcon(ev), title: ev.title, keyboard: true });
    } else {
      var area = /Polygon/.test(ev.geometry.type);
      layer = L.geoJSON(ev.geometry, {
        style: {
          color: style.color, weight: area ? 2 : 4, opacity: 0.9,
          fillColor: style.color, fillOpacity: area ? 0.12 : 0,
          dashArray: ev.approximate || ev.status === "planned" ? "6 4" : null
        }
      });
    }
    layer.bindPopup(function () { return popupContent(ev); }, { maxWidth: 360 });
    layer.geoeventsId = ev.id;
    item.layer = layer;
    items.push(item);
  });

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
    div.appendChild(el("div", "dashed: planned or approximate", "basemap-label"));
    return div;
  };
  legend.addTo(map);

  // --- title panel --------------------------------------------------------------------------------
  document.getElementById("briefing-title").textContent = DATA.title;
  document.getElementById("briefing-period").textContent = "Period: " + DATA.first + " – " + DATA.last;
  document.getElementById("briefing-counts").textContent =
    DATA.events.length + " events, " + DATA.sources.length + " source" + (DATA.sources.length === 1 ? "" : "s");
  document.getElementById("briefing-note").textContent = DATA.note || "";
  if (unlocated.length) {
    var box = document.getElementById("unlocated");
    box.hidden = false;
    box.querySelector("summary").textContent = unlocated.length + " event(s) not on the map (place unresolved)";
    var ul = box.querySelector("ul");
    unlocated.forEach(function (ev) { ul.appendChild(el("li", ev.title + " — " + (ev.placeText || "no place") + " (" + ev.dateText + ")")); });
  }

  // --- timeline -------------------------------------------------------------------------------------
  var slider = document.getElementById("tl-slider");
  var dateOut = document.getElementById("tl-date");
  var countOut = document.getElementById("tl-count");
  var modeSel = document.getElementById("tl-mode");
  var windowInput = document.getElementById("tl-window");
  var speedSel = document.getElementById("tl-speed");
  var stepSel = document.getElementById("tl-step");
  var fromInput = document.getElementById("tl-from");
  var toInput = document.getElementById("tl-to");
  var playBtn = document.getElementById("tl-play");
  slider.min = 0; slider.max = String(last - first); slider.value = slider.max;
  fromInput.value = DATA.first; toInput.value = DATA.last;
  fromInput.min = toInput.min = DATA.first; fromInput.max = toInput.max = DATA.last;
  if (DATA.windowDays > 0) { modeSel.value = "window"; windowInput.value = DATA.windowDays; }

  function filterRange() {
    var from = fromInput.value ? dayNumber(fromInput.value) : first;
    var to = toInput.value ? dayNumber(toInput.value) : last;
    return from <= to ? [from, to] : [to, from];
  }

  function update() {
    var current = first + Number(slider.value);
    var range = filterRange();
    var lo = range[0], hi = Math.min(range[1], current);
    if (modeSel.value === "window") lo = Math.max(lo, current - Math.max(1, Number(windowInput.value) || 1) + 1);
    var visible = 0;
    items.forEach(function (item) {
      var show = item.start <= hi && item.end >= lo;
      if (show !== item.shown) {
        var group = typeGroups[item.ev.type];
        if (show) group.addLayer(item.layer); else group.removeLayer(item.layer);
        item.shown = show;
      }
      if (show) visible += 1;
    });
    dateOut.textContent = modeSel.value === "window" ? isoDay(lo) + " → " + isoDay(current) : "until " + isoDay(current);
    countOut.textContent = visible + " of " + items.length + " located events shown";
    document.body.setAttribute("data-visible", String(visible));
  }

  var timer = null;
  function step(direction) {
    var size = Number(stepSel.value) || 1;
    var value = Math.min(Number(slider.max), Math.max(0, Number(slider.value) + direction * size));
    slider.value = String(value);
    update();
    return value;
  }
  function pause() { if (timer) { clearInterval(timer); timer = null; } playBtn.textContent = "▶"; playBtn.setAttribute("aria-label", "Play"); }
  function play() {
    if (Number(slider.value) >= Number(slider.max)) slider.value = "0";
    update();
    playBtn.textContent = "⏸"; playBtn.setAttribute("aria-label", "Pause");
    timer = setInterval(function () { if (step(1) >= Number(slider.max)) pause(); }, Number(speedSel.value));
  }
  playBtn.addEventListener("click", function () { if (timer) pause(); else play(); });
  document.getElementById("tl-back").addEventListener("click", function () { pause(); step(-1); });
  document.getElementById("tl-forward").addEventListener("click", function () { pause(); step(1); });
  speedSel.addEventListener("change", function () { if (timer) { pause(); play(); } });
  [slider, modeSel, windowInput, fromInput, toInput].forEach(function (input) {
    input.addEventListener("input", update);
    input.addEventListener("change", update);
  });
  document.addEventListener("keydown", function (e) {
    var tag = (e.target && e.target.tagName) || "";
    if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") return;
    if (e.key === " ") { e.preventDefault(); if (timer) pause(); else play(); }
    else if (e.key === "ArrowRight" && e.shiftKey) { pause(); step(1); }
    else if (e.key === "ArrowLeft" && e.shiftKey) { pause(); step(-1); }
  });

  update();
  var bounds = L.latLngBounds([]);
  items.forEach(function (item) {
    bounds.extend(item.layer.getBounds ? item.layer.getBounds() : L.latLngBounds([item.layer.getLatLng()]));
  });
  if (bounds.isValid()) map.fitBounds(bounds.pad(0.15), { maxZoom: 9 }); else map.setView([20, 0], 2);

  // For tests and scripted use: a read-only view of the state.
  window.geoevents = {
    map: map,
    visibleIds: function () { return items.filter(function (i) { return i.shown; }).map(function (i) { return i.ev.id; }); },
    setDay: function (iso) { slider.value = String(dayNumber(iso) - first); update(); },
    counts: function () {
      var c = { points: 0, lines: 0, areas: 0 };
      items.forEach(function (i) {
        if (!i.shown) return;
        var t = i.ev.geometry.type;
        if (t === "Point") c.points += 1; else if (/Line/.test(t)) c.lines += 1; else c.areas += 1;
      });
      return c;
    }
  };
  document.body.setAttribute("data-ready", "true");
})();
