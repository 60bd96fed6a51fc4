// sitrep web UI: a map, a weekly timeline, the event list and an evidence view. No network beyond this server.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const COLORS = {
  "Battles": "#c0392b", "Explosions/Remote violence": "#e67e22", "Violence against civilians": "#8e44ad",
  "Protests": "#2e86c1", "Riots": "#17a589", "Strategic developments": "#7f8c8d",
};
// The server filters (any number of stored events): the page holds the newest PAGE matching events, drawn on the
// map and listed (more on request), while the summary and timeline count every matching event (/events/overview).
const PAGE = 2000;
const state = { events: [], shown: [], total: 0, overview: null, world: null, selected: null, bbox: null, proj: null, asked: 0 };

// Build DOM nodes without innerHTML: report text is untrusted.
function el(tag, attrs, ...children) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key === "onclick") node.addEventListener("click", value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function getJSON(url) {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function actors(e) { return [e.actor1, e.actor2].filter(Boolean).join(" vs "); }
// Location, admin1, country without repeats ("Mopti, Mopti, Mali" reads "Mopti, Mali"), led by the place the
// sources named when the gazetteer did not know it and the event is coded at a nearby or enclosing place.
function place(e, parts = [e.location, e.admin1, e.country]) {
  const coded = [...new Set(parts.filter(Boolean))].join(", ");
  return e.location_reported && e.location_reported !== e.location ? `${e.location_reported} (coded at ${coded || "unknown place"})` : coded;
}
const TIME_PRECISION = { 1: "exact day", 2: "within a week", 3: "within a month" };
const GEO_PRECISION = { 1: "the named place", 2: "near the named place", 3: "region only" };
function color(type) { return COLORS[type] || "#555"; }

function filterQuery() {
  const value = (id) => document.getElementById(id).value.trim();
  const bbox = state.bbox && state.bbox.map((v) => v.toFixed(3)).join(",");
  const filters = { country: value("f-country"), type: value("f-type"), actor: value("f-actor"),
    since: value("f-since"), until: value("f-until"), bbox };
  return new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
}

// Ask the server for the filtered events and their overview; a slower answer to an older question is dropped.
async function applyFilters() {
  const query = filterQuery(), asked = ++state.asked;
  document.getElementById("summary").textContent = "Loading…";
  let list, overview;
  try {
    [list, overview] = await Promise.all([getJSON(`/events?compact=true&limit=${PAGE}&${query}`), getJSON(`/events/overview?${query}`)]);
  } catch (err) {
    if (asked === state.asked) document.getElementById("summary").textContent = `Could not load events: ${err.message}`;
    return;
  }
  if (asked !== state.asked) return;
  state.events = state.shown = list.events; state.total = list.total; state.overview = overview;
  showSummary();
  const country = query.get("country") || "", since = query.get("since") || "", until = query.get("until") || "";
  document.querySelectorAll("#downloads a[data-format]").forEach((a) => { a.href = `/export/${a.dataset.format}?${query}`; });
  // A brief covers one country (the type, actor and map-box filters do not apply to it).
  const brief = document.getElementById("brief-link");
  brief.hidden = !country;
  brief.querySelector("a").href = `/brief?${new URLSearchParams(Object.entries({ region: country, since, until }).filter(([, v]) => v))}`;
  document.getElementById("zoom-out").hidden = !state.bbox;
  history.replaceState(null, "", `${query.size ? "?" + query : location.pathname}${location.hash}`);
  drawMap(); drawTimeline(); drawTable();
}

function showSummary() {
  const { total, fatalities, undated_left_out: undated } = state.overview;
  document.getElementById("summary").textContent =
    `${total} event${total === 1 ? "" : "s"} · ${fatalities} reported fatalities` +
    // A date filter hides undated events: say how many, so they are not silently lost.
    (undated ? ` · ${undated} undated not shown` : "") +
    (state.events.length < state.total ? ` · newest ${state.events.length} drawn (see below the list)` : "");
  const more = document.getElementById("more");
  more.hidden = state.events.length >= state.total;
  more.querySelector("span").textContent = `The map and list show the newest ${state.events.length} of ${state.total}: ` +
    "narrow the dates (click a timeline bar), drag a box on the map, or ";
}

// The next page of the same filters, appended to the map and list.
async function loadMore() {
  const asked = state.asked;
  const list = await getJSON(`/events?compact=true&limit=${PAGE}&offset=${state.events.length}&${filterQuery()}`);
  if (asked !== state.asked) return;
  state.events = state.shown = [...state.events, ...list.events];
  showSummary(); drawMap(); drawTable();
}

function fillSelect(id, values) {
  const select = document.getElementById(id);
  for (const value of [...new Set(values.filter(Boolean))].sort()) select.append(el("option", { value }, value));
}

// Equirectangular projection fitted to the shown events (or the world when none have coordinates).
function extent(points) {
  if (!points.length) return { x0: -20, x1: 40, y0: -10, y1: 35 };
  let x0 = Math.min(...points.map((p) => p[0])), x1 = Math.max(...points.map((p) => p[0]));
  let y0 = Math.min(...points.map((p) => p[1])), y1 = Math.max(...points.map((p) => p[1]));
  const pad = Math.max(1.5, (x1 - x0) * 0.15, (y1 - y0) * 0.15);
  x0 -= pad; x1 += pad; y0 -= pad; y1 += pad;
  const minSpan = 6;
  if (x1 - x0 < minSpan) { const c = (x0 + x1) / 2; x0 = c - minSpan / 2; x1 = c + minSpan / 2; }
  if (y1 - y0 < minSpan * 0.6) { const c = (y0 + y1) / 2; y0 = c - minSpan * 0.3; y1 = c + minSpan * 0.3; }
  return { x0, x1, y0, y1 };
}

// Country labels at the centroid of each country's largest visible part (clipped to the view, as the
// briefs do); from the events when outlines are missing.
function clipRing(ring, box) {
  const edges = [
    [(p) => p[0] >= box.x0, (a, b) => [box.x0, a[1] + (b[1] - a[1]) * (box.x0 - a[0]) / (b[0] - a[0])]],
    [(p) => p[0] <= box.x1, (a, b) => [box.x1, a[1] + (b[1] - a[1]) * (box.x1 - a[0]) / (b[0] - a[0])]],
    [(p) => p[1] >= box.y0, (a, b) => [a[0] + (b[0] - a[0]) * (box.y0 - a[1]) / (b[1] - a[1]), box.y0]],
    [(p) => p[1] <= box.y1, (a, b) => [a[0] + (b[0] - a[0]) * (box.y1 - a[1]) / (b[1] - a[1]), box.y1]],
  ];
  let points = ring;
  for (const [inside, cross] of edges) {
    const out = [];
    points.forEach((cur, i) => {
      const prev = points[(i + points.length - 1) % points.length];
      if (inside(cur)) { if (!inside(prev)) out.push(cross(prev, cur)); out.push(cur); }
      else if (inside(prev)) out.push(cross(prev, cur));
    });
    points = out;
    if (!points.length) break;
  }
  return points;
}

function centroid(ring) {
  let area = 0, cx = 0, cy = 0;
  ring.forEach(([x0, y0], i) => {
    const [x1, y1] = ring[(i + 1) % ring.length], cross = x0 * y1 - x1 * y0;
    area += cross; cx += (x0 + x1) * cross; cy += (y0 + y1) * cross;
  });
  return { area: Math.abs(area / 2), x: cx / (3 * area), y: cy / (3 * area) };
}

function labelPoints(located, box) {
  if (!state.world) {
    const byCountry = {};
    for (const e of located) (byCountry[e.country || "?"] ||= []).push(e);
    return Object.entries(byCountry).map(([name, evs]) => [name,
      evs.reduce((s, e) => s + e.longitude, 0) / evs.length, evs.reduce((s, e) => s + e.latitude, 0) / evs.length + 0.5]);
  }
  const minArea = 0.03 * (box.x1 - box.x0) * (box.y1 - box.y0);
  return state.world.features.map((f) => {
    const parts = f.geometry.coordinates.map((polygon) => clipRing(polygon[0], box)).filter((p) => p.length >= 3)
      .map(centroid).filter((c) => c.area >= minArea).sort((a, b) => b.area - a.area);
    return parts.length ? [f.properties.name, parts[0].x, parts[0].y] : null;
  }).filter(Boolean);
}

function drawMap() {
  const svg = document.getElementById("map");
  svg.replaceChildren();
  const located = state.shown.filter((e) => e.latitude !== null && e.longitude !== null);
  const box = state.bbox ? { x0: state.bbox[0], y0: state.bbox[1], x1: state.bbox[2], y1: state.bbox[3] }
    : extent(located.map((e) => [e.longitude, e.latitude]));
  // Drawn at the panel's own pixel width, so labels keep their size instead of being scaled down.
  const width = Math.round(svg.clientWidth) || 800;
  // Height within 0.55-1.1 of the width and at most 600 px: the box is widened, never stretched.
  const dx = box.x1 - box.x0, dy = box.y1 - box.y0;
  const aspect = Math.max(0.55, Math.min(dy / dx, 1.1, 600 / width));
  if (dy / dx < aspect) { const c = (box.y0 + box.y1) / 2; box.y0 = c - (dx * aspect) / 2; box.y1 = c + (dx * aspect) / 2; }
  else { const c = (box.x0 + box.x1) / 2; box.x0 = c - dy / aspect / 2; box.x1 = c + dy / aspect / 2; }
  const height = width * aspect;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const px = (lon) => ((lon - box.x0) / (box.x1 - box.x0)) * width;
  const py = (lat) => ((box.y1 - lat) / (box.y1 - box.y0)) * height;
  state.proj = { box, width, height };
  if (state.world) {
    const land = el("svg:g", { class: "land-layer" });
    for (const feature of state.world.features) {
      const d = feature.geometry.coordinates.flatMap((polygon) => polygon.map((ring) =>
        "M" + ring.map(([lon, lat]) => `${px(lon).toFixed(1)},${py(lat).toFixed(1)}`).join("L") + "Z")).join("");
      land.append(el("svg:path", { d, class: "land" }, el("svg:title", {}, feature.properties.name)));
    }
    svg.append(land);
  }
  const span = box.x1 - box.x0;
  const step = span > 60 ? 20 : span > 25 ? 10 : span > 10 ? 5 : span > 4 ? 2 : 1;
  const grid = el("svg:g", {});
  for (let lon = Math.ceil(box.x0 / step) * step; lon <= box.x1; lon += step) {
    grid.append(el("svg:line", { x1: px(lon), x2: px(lon), y1: 0, y2: height, class: "grid" }),
      el("svg:text", { x: px(lon) + 2, y: height - 3, class: "grid-label" }, `${lon}°`));
  }
  for (let lat = Math.ceil(box.y0 / step) * step; lat <= box.y1; lat += step) {
    grid.append(el("svg:line", { x1: 0, x2: width, y1: py(lat), y2: py(lat), class: "grid" }),
      el("svg:text", { x: 2, y: py(lat) - 2, class: "grid-label" }, `${lat}°`));
  }
  svg.append(grid);
  // Events a few pixels apart become one numbered cluster (a click zooms to it): thousands of dots on a few
  // towns hid each other. Big circles first so small ones stay clickable; the selected event last, on top.
  const groups = clusterEvents(located.filter((e) => e.event_id !== state.selected), px, py);
  const singles = groups.filter((g) => g.length === 1).map((g) => g[0]);
  for (const members of groups.filter((g) => g.length > 1).sort((a, b) => b.length - a.length)) {
    svg.append(clusterMarker(members, px, py));
  }
  const dots = singles.sort((a, b) => (b.fatalities || 0) - (a.fatalities || 0));
  for (const e of [...dots, ...located.filter((e) => e.event_id === state.selected)]) {
    const r = 4 + Math.sqrt(e.fatalities || 0) * 1.6;
    svg.append(el("svg:circle", {
      cx: px(e.longitude).toFixed(1), cy: py(e.latitude).toFixed(1), r: r.toFixed(1),
      fill: color(e.event_type), class: "event" + (state.selected === e.event_id ? " selected" : ""),
      "data-id": e.event_id, onclick: () => select(e.event_id),
    }, el("svg:title", {}, `${e.event_date || "?"} ${e.event_type} — ${e.location || "?"} (${e.fatalities || 0} killed)`)));
  }
  for (const [name, lon, lat] of labelPoints(located, box)) {
    if (lon > box.x0 && lon < box.x1 && lat > box.y0 && lat < box.y1) {
      svg.append(el("svg:text", { x: px(lon), y: py(lat), class: "country-label" }, name));
    }
  }
  const legend = document.getElementById("legend");
  legend.replaceChildren(...[...new Set(state.shown.map((e) => e.event_type))].sort().map((t) =>
    el("span", { style: `--c:${color(t)}` }, t)));
  const missing = state.shown.length - located.length;
  if (missing) legend.append(el("em", {}, `${missing} without coordinates`));
}

// Events within CLUSTER_PX of a cluster's first event join it (greedy, newest first; a grid of those first
// events finds the near ones), so clusters stay about that far apart and do not hide each other.
const CLUSTER_PX = 30;
function clusterEvents(located, px, py) {
  const seeds = new Map(), groups = [];
  for (const e of located) {
    const x = px(e.longitude), y = py(e.latitude), gx = Math.floor(x / CLUSTER_PX), gy = Math.floor(y / CLUSTER_PX);
    let near = null;
    for (let i = -1; i <= 1 && !near; i++) {
      for (let j = -1; j <= 1 && !near; j++) {
        near = (seeds.get(`${gx + i},${gy + j}`) || []).find((g) => Math.hypot(g.x - x, g.y - y) < CLUSTER_PX);
      }
    }
    if (near) { near.members.push(e); continue; }
    const group = { x, y, members: [e] };
    if (!seeds.has(`${gx},${gy}`)) seeds.set(`${gx},${gy}`, []);
    seeds.get(`${gx},${gy}`).push(group);
    groups.push(group);
  }
  return groups.map((g) => g.members);
}

// A cluster: a circle in the colour of its commonest event type, its count, and a click that zooms the map to
// its events (the list then holds only them).
function clusterMarker(members, px, py) {
  const lons = members.map((e) => e.longitude), lats = members.map((e) => e.latitude);
  const x = lons.reduce((a, b) => a + b, 0) / members.length, y = lats.reduce((a, b) => a + b, 0) / members.length;
  const types = {};
  for (const e of members) types[e.event_type] = (types[e.event_type] || 0) + 1;
  const ranked = Object.entries(types).sort((a, b) => b[1] - a[1]);
  const dead = members.reduce((s, e) => s + (e.fatalities || 0), 0);
  const zoom = () => {
    const pad = (lo, hi) => Math.max(0.05, (hi - lo) * 0.2);
    const [x0, x1, y0, y1] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
    state.bbox = [Math.max(-180, x0 - pad(x0, x1)), Math.max(-90, y0 - pad(y0, y1)),
      Math.min(180, x1 + pad(x0, x1)), Math.min(90, y1 + pad(y0, y1))];
    applyFilters();
  };
  const r = Math.min(CLUSTER_PX / 2 + 1, 8 + Math.sqrt(members.length));
  const title = `${members.length} events, ${dead} killed: ` + ranked.map(([t, n]) => `${n} ${t}`).join(", ") +
    " (click: zoom in)";
  return el("svg:g", { class: "cluster", "data-count": members.length, onclick: zoom },
    el("svg:circle", { cx: px(x).toFixed(1), cy: py(y).toFixed(1), r: r.toFixed(1), fill: color(ranked[0][0]) }),
    el("svg:text", { x: px(x).toFixed(1), y: (py(y) + 4).toFixed(1) }, members.length),
    el("svg:title", {}, title));
}

// Timeline bars per week, month or year, by the span shown (10-40 bars), labelled with the year.
function timelineUnit(first, last) {
  const days = (Date.parse(last) - Date.parse(first)) / 86400000 + 1;
  return days <= 183 ? "week" : days <= 1098 ? "month" : "year";
}

function periodStart(iso, unit) {
  if (unit === "month") return iso.slice(0, 7) + "-01";
  if (unit === "year") return iso.slice(0, 4) + "-01-01";
  const d = new Date(iso + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

function shiftPeriod(iso, unit, n) {
  const d = new Date(iso + "T00:00:00Z");
  if (unit === "week") d.setUTCDate(d.getUTCDate() + 7 * n);
  else if (unit === "month") d.setUTCMonth(d.getUTCMonth() + n);
  else d.setUTCFullYear(d.getUTCFullYear() + n);
  return d.toISOString().slice(0, 10);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function periodLabel(iso, unit, withYear) {
  const [y, m, d] = iso.split("-");
  if (unit === "year") return y;
  if (unit === "month") return `${MONTHS[m - 1]} ${y}`;
  return `${Number(d)} ${MONTHS[m - 1]}` + (withYear ? ` ${y}` : "");
}

function drawTimeline() {
  const svg = document.getElementById("timeline");
  svg.replaceChildren();
  const days = state.overview ? state.overview.days : [];  // every matching event, not only the page drawn
  const dated = days.map((d) => d.date);
  const width = Math.round(svg.clientWidth) || 800, height = 140, left = 30, bottom = 18;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  if (!dated.length) {
    document.getElementById("timeline-title").textContent = "Timeline";
    svg.append(el("svg:text", { x: 10, y: 20 }, "No dated events"));
    return;
  }
  const first = document.getElementById("f-since").value || dated[0];
  const last = document.getElementById("f-until").value || dated[dated.length - 1];
  const unit = timelineUnit(first, last);
  document.getElementById("timeline-title").textContent = `Per ${unit}`;
  const periods = {};
  for (const d of days) {
    const w = (periods[periodStart(d.date, unit)] ||= { n: 0, dead: 0 });
    w.n += d.events; w.dead += d.fatalities;
  }
  const all = [];
  for (let k = periodStart(first, unit); k <= last; k = shiftPeriod(k, unit, 1)) all.push(k);
  if (!all.length) { svg.append(el("svg:text", { x: 10, y: 20 }, "The period ends before it starts")); return; }
  // At least 8 bars, so one busy week reads as a peak rather than a wall.
  for (let i = 0; all.length < 8; i++) {
    if (i % 2) all.unshift(shiftPeriod(all[0], unit, -1)); else all.push(shiftPeriod(all[all.length - 1], unit, 1));
  }
  const maxN = Math.max(1, ...all.map((k) => periods[k]?.n || 0)), maxD = Math.max(1, ...all.map((k) => periods[k]?.dead || 0));
  const bw = (width - left - 40) / all.length, h = height - bottom - 18;
  const every = Math.ceil(all.length / Math.max(2, Math.floor(width / 90)));
  const points = [];
  let labelledYear = null;
  all.forEach((k, i) => {
    const n = periods[k]?.n || 0, dead = periods[k]?.dead || 0, x = left + i * bw;
    const name = unit === "week" ? `week of ${k}` : periodLabel(k, unit);
    // A bar's click narrows the dates to its period (the full column height, so short bars are easy to hit).
    const pick = () => setDates(k, shiftPeriod(k, unit, 1));
    svg.append(el("svg:rect", { x, width: bw, y: 0, height: height - bottom, class: "bar-hit", onclick: pick },
      el("svg:title", {}, `${name}: ${n} events, ${dead} killed (click: only this ${unit})`)));
    svg.append(el("svg:rect", { x: x + 1, width: Math.max(1, bw - 2), y: height - bottom - (n / maxN) * h,
      height: (n / maxN) * h, class: "bar", onclick: pick }, el("svg:title", {}, `${name}: ${n} events, ${dead} killed`)));
    points.push(`${x + bw / 2},${height - bottom - (dead / maxD) * h}`);
    if (i % every === 0) {
      svg.append(el("svg:text", { x, y: height - 4 }, periodLabel(k, unit, k.slice(0, 4) !== labelledYear)));
      labelledYear = k.slice(0, 4);
    }
  });
  svg.append(el("svg:polyline", { points: points.join(" "), class: "line" }));
  for (const [x, y] of points.map((p) => p.split(","))) svg.append(el("svg:circle", { cx: x, cy: y, r: 2.5, class: "dot" }));
  svg.append(el("svg:text", { x: 0, y: 12, class: "scale" }, `${maxN} event${maxN === 1 ? "" : "s"}`),
    el("svg:text", { x: width, y: 12, class: "scale dead" }, `${maxD} killed`));
}

// The period from `start` to the day before `next` becomes the date filter.
function setDates(start, next) {
  const end = new Date(next + "T00:00:00Z");
  end.setUTCDate(end.getUTCDate() - 1);
  document.getElementById("f-since").value = start;
  document.getElementById("f-until").value = end.toISOString().slice(0, 10);
  applyFilters();
}

// Dragging a box on the map zooms to it: the server then gives the events inside it, whatever their number.
function mapDrag(svg) {
  const point = (event) => {
    const r = svg.getBoundingClientRect(), { box, width, height } = state.proj;
    const x = ((event.clientX - r.left) / r.width) * width, y = ((event.clientY - r.top) / r.height) * height;
    return { x, y, lon: box.x0 + (x / width) * (box.x1 - box.x0), lat: box.y1 - (y / height) * (box.y1 - box.y0) };
  };
  let start = null, rect = null;
  svg.addEventListener("mousedown", (event) => {
    if (!state.proj || event.button !== 0) return;
    start = point(event);
    rect = el("svg:rect", { class: "drag", x: start.x, y: start.y, width: 0, height: 0 });
    svg.append(rect);
    event.preventDefault();
  });
  svg.addEventListener("mousemove", (event) => {
    if (!start) return;
    const p = point(event);
    rect.setAttribute("x", Math.min(p.x, start.x)); rect.setAttribute("y", Math.min(p.y, start.y));
    rect.setAttribute("width", Math.abs(p.x - start.x)); rect.setAttribute("height", Math.abs(p.y - start.y));
  });
  window.addEventListener("mouseup", (event) => {
    if (!start) return;
    const p = point(event), from = start;
    start = null; rect.remove();
    if (Math.abs(p.x - from.x) < 8 || Math.abs(p.y - from.y) < 8) return;  // a click, not a box
    const clamp = (v, limit) => Math.max(-limit, Math.min(limit, v));
    state.bbox = [clamp(Math.min(p.lon, from.lon), 180), clamp(Math.min(p.lat, from.lat), 90),
      clamp(Math.max(p.lon, from.lon), 180), clamp(Math.max(p.lat, from.lat), 90)];
    applyFilters();
  });
}

// Keyboard: Enter opens the focused event; arrow keys move through the list and open as they go.
function tableKeys(event) {
  const row = event.target.closest("tr[data-id]");
  if (!row) return;
  const next = { ArrowDown: row.nextElementSibling, ArrowUp: row.previousElementSibling, Enter: row }[event.key];
  if (!next) return;
  event.preventDefault();
  next.focus();
  select(next.dataset.id);
}

function drawTable() {
  const body = document.querySelector("#events tbody");
  body.replaceChildren(...state.shown.map((e) => el("tr", {
    "data-id": e.event_id, class: state.selected === e.event_id ? "selected" : null, onclick: () => select(e.event_id),
    tabindex: 0,
  }, el("td", { class: "d" }, e.event_date || "?"), el("td", {}, (e.sub_event_type || e.event_type).replaceAll("/", "/\u200b")),
    el("td", {}, place(e)), el("td", {}, actors(e)),
    el("td", { class: "n" }, e.fatalities ?? ""), el("td", { class: "n" }, e.number_of_sources))));
}

function row(label, value) { return value === null || value === undefined || value === "" ? [] : [el("dt", {}, label), el("dd", {}, value)]; }

// Sources disagree when two articles give different sets of values (one article may give several parts of a toll).
function sourcesDisagree(claims) {
  const byArticle = {};
  for (const c of claims) (byArticle[c.article_id] ||= new Set()).add(String(c.value));
  const sets = Object.values(byArticle).map((s) => [...s].sort().join("|"));
  return new Set(sets).size > 1;
}

// A toll is disputed when the resolver kept a range, or sources disagree on it.
// Who the best estimate's dead were (UCDP's deaths by side), when the reports say: "Civilians (Mali) 5; JNIM 2".
function whoDied(e) {
  const d = e.deaths;
  if (!d || d.unknown === d.actor1 + d.actor2 + d.civilians + d.unknown) return null;
  const civilians = e.inter2 === 7 ? e.actor2 : "civilians";
  return [[e.actor1, d.actor1], [e.actor2, d.actor2], [civilians, d.civilians], ["side not reported", d.unknown]]
    .filter(([, n]) => n > 0).map(([who, n]) => `${who || "unnamed side"} ${n}`).join("; ");
}

function tollDisputed(e) {
  const range = e.fatalities_low !== null && e.fatalities_high !== null && e.fatalities_low !== e.fatalities_high;
  return range || sourcesDisagree(e.claims.filter((c) => c.field === "fatalities"));
}

// Only web addresses become links: a report's `javascript:` URL must not run when clicked.
function webAddress(url) { return typeof url === "string" && /^https?:\/\//i.test(url); }

// The claim whose value the event carries (event_type claims read "Type: Sub-type").
function coded(e, c) {
  if (c.value === null || c.value === undefined) return false;
  const value = String(c.value);
  return value === String(e[c.field] ?? "") || (c.field === "event_type" && value === `${e.event_type}: ${e.sub_event_type}`);
}

// The report's own text, fetched when first opened, with the quoted sentences marked.
function reportText(articleId, claims) {
  const quotes = [...new Set(claims.filter((c) => c.article_id === articleId && c.quote).map((c) => c.quote))];
  const box = el("details", { class: "report" }, el("summary", {}, "Report text"));
  box.addEventListener("toggle", async () => {
    if (!box.open || box.dataset.loaded) return;
    box.dataset.loaded = "1";
    let article;
    try { article = (await getJSON(`/articles/${encodeURIComponent(articleId)}`)).article; }
    catch (err) { box.append(el("p", { class: "hint" }, `Report text not available: ${err.message}`)); return; }
    box.append(el("p", { class: "report-title" }, article.title || ""), el("p", { class: "report-text" }, marked(article.text, quotes)));
  });
  return box;
}

// Text nodes and <mark>s for every occurrence of the quotes (earliest first, no overlaps).
function marked(text, quotes) {
  const spans = [];
  for (const q of quotes) {
    for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + q.length)) spans.push([at, at + q.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const parts = [];
  let pos = 0;
  for (const [start, end] of spans) {
    if (start < pos) continue;
    parts.push(text.slice(pos, start), el("mark", {}, text.slice(start, end)));
    pos = end;
  }
  parts.push(text.slice(pos));
  return parts;
}

// The store's explanation: its merge history as a list, anything else as JSON.
function explanation(info) {
  if (!info) return "";
  const history = Array.isArray(info.history) ? info.history : null;
  if (!history) return [el("h3", {}, "Explanation"), el("pre", { class: "explanation" }, typeof info === "string" ? info : JSON.stringify(info, null, 2))];
  return [el("h3", {}, "How this event was built"), el("ol", { class: "history" }, history.map((h) => el("li", {},
    el("b", {}, h.action), h.mention_id ? ` ${h.mention_id}` : "", h.score !== null && h.score !== undefined ? ` (score ${h.score.toFixed(2)}${h.threshold ? ` ≥ ${h.threshold}` : ""})` : "",
    h.reason ? ` — ${h.reason}` : "")))];
}

// Claims grouped by field, in the order of the event's own fields above; other fields after, as they come.
const FIELDS = {
  event_date: "Date", event_type: "Type", location: "Place", actor1: "Actor 1", actor2: "Actor 2",
  fatalities: "Fatalities", injured: "Injured", missing: "Missing",
};
function claimGroups(claims) {
  const groups = new Map(Object.keys(FIELDS).map((field) => [field, []]));
  for (const claim of claims) {
    if (!groups.has(claim.field)) groups.set(claim.field, []);
    groups.get(claim.field).push(claim);
  }
  return [...groups].filter(([, group]) => group.length);
}

async function select(id) {
  state.selected = id;
  history.replaceState(null, "", `#event=${encodeURIComponent(id)}`);
  document.querySelectorAll("tr[data-id]").forEach((n) => n.classList.toggle("selected", n.dataset.id === id));
  if (state.proj) drawMap();  // the selected event leaves its cluster, drawn last: on top of the events around it
  document.querySelector(`tr[data-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "nearest" });
  const panel = document.getElementById("evidence");
  panel.replaceChildren(el("p", { class: "hint" }, "Loading…"));
  let body;
  try { body = await getJSON(`/events/${encodeURIComponent(id)}`); }
  catch (err) { panel.replaceChildren(el("p", { class: "disputed" }, `Could not load event: ${err.message}`)); return; }
  const e = body.event;
  const disputed = tollDisputed(e);
  const outlets = Object.fromEntries(e.sources.map((s) => [s.article_id, s.outlet || s.article_id]));
  panel.replaceChildren(...[
    el("h2", {}, `${e.sub_event_type} — ${e.location_reported || e.location || e.admin1 || e.country || "unknown place"}`),
    el("dl", {},
      row("Event", e.event_id), row("Date", e.event_date && `${e.event_date} (${TIME_PRECISION[e.time_precision] || "precision unknown"})`),
      row("Type", `${e.event_type} / ${e.sub_event_type}`), row("Actor 1", e.actor1), row("Actor 2", e.actor2),
      row("Associated", [...e.assoc_actor_1, ...e.assoc_actor_2].join("; ")),
      row("Place", place(e, [e.location, e.admin2, e.admin1, e.country])),
      row("Coordinates", e.latitude !== null ? `${e.latitude.toFixed(4)}, ${e.longitude.toFixed(4)} (${GEO_PRECISION[e.geo_precision] || "precision unknown"})` : null),
      row("Fatalities", e.fatalities !== null ? `${e.fatalities}` + (e.fatalities_high !== null && e.fatalities_high !== e.fatalities ? ` (reports range ${e.fatalities_low}–${e.fatalities_high})` : "") : null),
      row("Who died", whoDied(e)), row("Injured", e.injured), row("Notes", e.notes)),
    disputed ? el("p", { class: "disputed" }, `Disputed toll: reports range ${e.fatalities_low}–${e.fatalities_high}; see each source's figure below`) : "",
    el("h3", {}, `Sources (${e.number_of_sources})`),
    el("ul", { class: "sources" }, e.sources.map((s) => el("li", {}, webAddress(s.url) ? el("a", { href: s.url, rel: "noreferrer" }, s.outlet || s.article_id) : (s.outlet || s.article_id),
      s.published ? ` · ${s.published}` : "", reportText(s.article_id, e.claims)))),
    el("h3", {}, `Claims (${e.claims.length})`),
    claimGroups(e.claims).map(([field, claims]) => {
      return el("div", { class: "field-claims" },
        el("h4", {}, FIELDS[field] || field.replaceAll("_", " "), sourcesDisagree(claims) ? el("span", { class: "disputed" }, " · sources disagree") : ""),
        claims.map((c) => el("div", { class: coded(e, c) ? "claim coded" : "claim" },
          el("span", { class: "value" }, c.value ?? "—"), coded(e, c) ? el("span", { class: "badge" }, "coded") : "",
          el("div", { class: "meta" }, `${outlets[c.article_id] || c.article_id}` + (c.attributed_to ? ` · according to ${c.attributed_to}` : "") + (c.rule ? ` · rule ${c.rule}` : "")),
          c.quote ? el("blockquote", { class: "quote" }, c.quote) : "")));
    }),
    explanation(body.explanation),
  ].flat());
}

async function main() {
  let facets;
  try {
    [facets, state.world] = await Promise.all([getJSON("/events/facets"), getJSON("/world.geojson").catch(() => null)]);
  } catch (err) {
    document.getElementById("summary").textContent = `Could not load events: ${err.message}`;
    return;
  }
  fillSelect("f-country", facets.country);
  fillSelect("f-type", facets.event_type);
  // Filters can come from the address (?country=Mali&type=Battles&since=2024-01-01&bbox=-6,10,5,20), so views
  // can be shared.
  const params = new URLSearchParams(location.search);
  for (const name of ["country", "type", "actor", "since", "until"]) {
    if (params.has(name)) document.getElementById(`f-${name}`).value = params.get(name);
  }
  const bbox = (params.get("bbox") || "").split(",").map(Number);
  if (bbox.length === 4 && bbox.every(Number.isFinite)) state.bbox = bbox;
  const form = document.getElementById("filters");
  form.addEventListener("change", applyFilters);
  let typing;
  document.getElementById("f-actor").addEventListener("input", () => { clearTimeout(typing); typing = setTimeout(applyFilters, 300); });
  form.addEventListener("reset", () => { state.bbox = null; setTimeout(applyFilters); });
  form.addEventListener("submit", (event) => event.preventDefault());
  document.getElementById("zoom-out").addEventListener("click", () => { state.bbox = null; applyFilters(); });
  document.querySelector("#more button").addEventListener("click", loadMore);
  document.querySelector("#events tbody").addEventListener("keydown", tableKeys);
  mapDrag(document.getElementById("map"));
  await applyFilters();
  let resizing;
  window.addEventListener("resize", () => { clearTimeout(resizing); resizing = setTimeout(() => { drawMap(); drawTimeline(); }, 150); });
  const wanted = new URLSearchParams(location.hash.slice(1)).get("event");
  if (wanted) select(wanted);
}

main();
