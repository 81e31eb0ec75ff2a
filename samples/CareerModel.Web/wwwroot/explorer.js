// The career explorer page: asks the API (same origin) for ranked paths and gaps, and draws the
// paths as a tree from the current role, one branch per ranked path, in hand-made SVG (no
// script from elsewhere, so the page works offline).
"use strict";

const $ = id => document.getElementById(id);
const SVG = "http://www.w3.org/2000/svg";
const layout = { column: 330, row: 84, nodeWidth: 210, nodeHeight: 64, margin: 16 };
const state = { roles: new Map(), regions: new Map(), result: null, body: "", selected: 1 };

document.addEventListener("DOMContentLoaded", () => start().catch(e => showProblems("The page could not start", [String(e)])));

async function start() {
  const [roles, regions, profile] = await Promise.all([getJson("/roles"), getJson("/regions"), getJson("/profiles/example")]);
  roles.forEach(r => state.roles.set(r.id, r));
  regions.forEach(r => state.regions.set(r.id, r));

  fill($("role"), [...roles].sort((a, b) => a.title.localeCompare(b.title)).map(r => [r.id, r.title]), profile.currentRoleId);
  fill($("region"), regions.map(r => [r.id, regionLabel(r)]), profile.regionId);
  const currencies = [...new Set(regions.map(r => r.currency))].sort();
  fill($("currency"), currencies.map(c => [c, c]), state.regions.get(profile.regionId)?.currency);
  $("profile").value = JSON.stringify(profile, null, 2);

  // A region comes with its own currency; the currency can still be changed after.
  $("region").addEventListener("change", () => { $("currency").value = state.regions.get($("region").value).currency; });
  $("choices").addEventListener("submit", event => { event.preventDefault(); recommend(); });
  await recommend();
}

// The profile in the text box, placed in the chosen role and region and written back to the box,
// so the lines and columns of any problem the API reports are those the box shows. Text that is
// not JSON is sent as it is, and the API's answer names where it breaks.
function requestBody() {
  const box = $("profile");
  let profile;
  try { profile = JSON.parse(box.value); } catch { return box.value; }
  if (profile === null || typeof profile !== "object" || Array.isArray(profile)) return box.value;
  profile.currentRoleId = $("role").value;
  profile.regionId = $("region").value;
  box.value = JSON.stringify(profile, null, 2);
  return box.value;
}

async function recommend() {
  status("Ranking paths…");
  state.body = requestBody();
  const query = new URLSearchParams({ top: "5", steps: $("steps").value, currency: $("currency").value });
  const answer = await postJson(`/recommend?${query}`, state.body);
  if (!answer) return;
  state.result = answer;
  hideProblems();
  const from = roleTitle(answer.fromRoleId);
  $("paths-title").textContent = `Ranked paths from ${from}`;
  $("paths").hidden = false;
  if (answer.paths.length === 0) {
    clear($("graph")); clear($("path-list").tBodies[0]);
    $("gaps").hidden = true;
    status(`No path from ${from}: ${answer.emptyReason ?? "none was found"}.`);
    return;
  }
  drawGraph(answer);
  listPaths(answer);
  status(`${answer.paths.length} paths from ${from}, as of ${answer.asOf}.` + answer.warnings.map(w => ` ${w}`).join(""));
  await select(1);
}

async function select(rank) {
  state.selected = rank;
  const path = state.result.paths.find(p => p.rank === rank);
  const keys = new Set(prefixes(path.roleIds));
  for (const element of $("graph").querySelectorAll("[data-key]"))
    element.classList.toggle("on", keys.has(element.dataset.key));
  for (const row of $("path-list").tBodies[0].rows)
    row.classList.toggle("on", Number(row.dataset.rank) === rank);

  const target = path.roleIds[path.roleIds.length - 1];
  const report = await postJson(`/gap?${new URLSearchParams({ role: target })}`, state.body);
  if (!report) return;
  showGaps(report, path);
}

function drawGraph(answer) {
  // One tree node per distinct prefix of the ranked paths: paths that share their first moves share branches.
  const root = { key: answer.fromRoleId, title: roleTitle(answer.fromRoleId), pay: answer.paths[0].currentPay, depth: 0, children: [] };
  const nodes = new Map([[root.key, root]]);
  for (const path of answer.paths) {
    let parent = root;
    path.steps.forEach((step, i) => {
      const key = `${parent.key}>${step.roleId}`;
      let node = nodes.get(key);
      if (!node) {
        node = { key, title: step.title, pay: step.projectedPay, depth: i + 1, children: [], step, rank: path.rank };
        nodes.set(key, node);
        parent.children.push(node);
      }
      parent = node;
    });
  }

  // Leaves take one row each, in rank order; a branch sits level with the middle of its children.
  let row = 0;
  const place = node => {
    if (node.children.length === 0) node.y = row++ * layout.row;
    else { node.children.forEach(place); node.y = (node.children[0].y + node.children[node.children.length - 1].y) / 2; }
    node.x = node.depth * layout.column;
  };
  place(root);

  const svg = $("graph");
  clear(svg);
  const depth = Math.max(...[...nodes.values()].map(n => n.depth));
  const width = depth * layout.column + layout.nodeWidth + 2 * layout.margin;
  const height = (row - 1) * layout.row + layout.nodeHeight + 2 * layout.margin;
  svg.setAttribute("viewBox", `${-layout.margin} ${-layout.margin} ${width} ${height}`);
  svg.setAttribute("width", width);
  svg.setAttribute("height", height);

  for (const node of nodes.values())
    for (const child of node.children) drawEdge(svg, node, child, answer);
  for (const node of nodes.values()) drawNode(svg, node);
}

function drawEdge(svg, from, to, answer) {
  const g = element(svg, "g", { class: "edge", "data-key": to.key });
  const x1 = from.x + layout.nodeWidth, y1 = from.y + layout.nodeHeight / 2;
  const x2 = to.x, y2 = to.y + layout.nodeHeight / 2, mid = (x1 + x2) / 2;
  element(g, "path", { d: `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}` });
  // The labels sit above and below the flat end of the curve, right-aligned to the node they lead to.
  const time = element(g, "text", { x: x2 - 8, y: y2 - 7, "text-anchor": "end" });
  time.textContent = duration(to.step.timeToReady);
  const kind = element(g, "text", { x: x2 - 8, y: y2 + 15, "text-anchor": "end", class: "kind" });
  kind.textContent = words(to.step.kind);
  g.addEventListener("click", () => select(bestRankThrough(to.key, answer)));
}

function drawNode(svg, node) {
  const g = element(svg, "g", { class: "node", "data-key": node.key, transform: `translate(${node.x},${node.y})`, tabindex: "0" });
  element(g, "rect", { width: layout.nodeWidth, height: layout.nodeHeight });
  const hint = element(g, "title", {});
  hint.textContent = node.title;
  wrap(node.title, 30, 2).forEach((line, i) => { element(g, "text", { x: 10, y: 19 + 15 * i }).textContent = line; });
  const pay = element(g, "text", { x: 10, y: 53, class: "pay" });
  pay.textContent = node.pay ? money(node.pay) : "pay unknown";
  if (node.depth > 0) {
    const choose = () => select(bestRankThrough(node.key, state.result));
    g.addEventListener("click", choose);
    g.addEventListener("keydown", e => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); choose(); } });
  }
}

function listPaths(answer) {
  const body = $("path-list").tBodies[0];
  clear(body);
  for (const path of answer.paths) {
    const final = path.steps[path.steps.length - 1];
    const row = body.insertRow();
    row.dataset.rank = path.rank;
    cells(row, [
      [path.rank, "number"],
      [path.roleIds.map(roleTitle).join(" → ")],
      [path.score.total.toFixed(3), "number"],
      [path.arrives, "date"],
      [final.projectedPay ? money(final.projectedPay) : "unknown", "number"],
      [path.payGain ? signed(path.payGain) : "", "number"],
    ]);
    row.title = path.explanation;
    row.addEventListener("click", () => select(path.rank));
  }
}

function showGaps(report, path) {
  $("gaps").hidden = false;
  $("gaps-title").textContent = `Gaps to ${report.title} (path #${path.rank})`;
  const ready = report.readiness.isReady ? "Ready now" : `Ready by ${report.readiness.readyDate} (in ${duration(report.readiness.timeToReady)})`;
  $("readiness").textContent = `${ready} · skill fit ${report.fit.toFixed(2)}` +
    (report.experience ? ` · ${report.experience}` : "") + (report.education ? ` · ${report.education}` : "");
  const body = $("gap-list").tBodies[0];
  clear(body);
  for (const gap of report.requirements) {
    const row = body.insertRow();
    if (gap.met) row.className = "met";
    cells(row, [
      [gap.skillName], [level(gap.have), "number"], [level(gap.need), "number"], [level(gap.importance), "number"],
      [gap.required ? "required" : "preferred"], [gap.met ? "met" : level(gap.shortfall), "number"],
    ]);
  }
  const plan = $("plan");
  clear(plan);
  for (const action of report.readiness.plan) {
    const item = document.createElement("li");
    item.textContent = `${action.description} (${duration(action.time)})`;
    plan.append(item);
  }
}

// --- talking to the API ---

async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return response.json();
}

// Posts the profile; a refusal (RFC 9457 problem details) is shown with every problem and its place.
async function postJson(url, body) {
  const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body });
  const answer = await response.json().catch(() => null);
  if (response.ok) return answer;
  const problems = answer?.problems?.map(p => `line ${p.line}, column ${p.column}, ${p.path}: ${p.message}`)
    ?? Object.entries(answer?.errors ?? {}).flatMap(([name, messages]) => messages.map(m => `${name}: ${m}`));
  showProblems(answer?.title ?? `${response.status} ${response.statusText}`, problems.length ? problems : [answer?.detail ?? ""]);
  status("");
  return null;
}

function showProblems(title, lines) {
  $("problems-title").textContent = title;
  const list = $("problem-list");
  clear(list);
  for (const line of lines) {
    const item = document.createElement("li");
    item.textContent = line;
    list.append(item);
  }
  $("problems").hidden = false;
}

function hideProblems() { $("problems").hidden = true; }
function status(text) { $("status").textContent = text; }

// --- small helpers ---

function bestRankThrough(key, answer) {
  return answer.paths.find(p => prefixes(p.roleIds).includes(key)).rank;
}

function prefixes(roleIds) {
  return roleIds.map((_, i) => roleIds.slice(0, i + 1).join(">"));
}

function roleTitle(id) { return state.roles.get(id)?.title ?? id; }

function regionLabel(region) {
  return region.parentId && state.regions.get(region.parentId)?.parentId ? `${region.name} (${state.regions.get(region.parentId).name})` : region.name;
}

function money(m) {
  return new Intl.NumberFormat("en", { style: "currency", currency: m.currency, currencyDisplay: "code", maximumFractionDigits: 0 }).format(m.amount);
}

function signed(m) { return (m.amount >= 0 ? "+" : "") + money(m); }
function level(x) { return Number.isInteger(x) ? String(x) : x.toFixed(2); }
function words(camel) { return camel.replace(/[A-Z]/g, c => ` ${c.toLowerCase()}`); }

// Splits a title into at most `lines` lines of about `width` characters, at spaces, the last one shortened if need be.
function wrap(text, width, lines) {
  const result = [""];
  for (const word of text.split(" ")) {
    const last = result.length - 1;
    if (result[last] && result[last].length + 1 + word.length > width) result.push(word);
    else result[last] = result[last] ? `${result[last]} ${word}` : word;
  }
  if (result.length <= lines) return result;
  const kept = result.slice(0, lines);
  const tail = result.slice(lines - 1).join(" ");
  kept[lines - 1] = tail.length <= width ? tail : `${tail.slice(0, width - 1)}…`;
  return kept;
}

// An ISO 8601 period such as P2Y7M, P31M or P1Y2M10D, as "2 y 7 mo".
function duration(iso) {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?/.exec(iso ?? "");
  if (!m) return iso ?? "";
  const months = Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0);
  const days = Number(m[3] ?? 0) * 7 + Number(m[4] ?? 0);
  const parts = [];
  if (months >= 12) parts.push(`${Math.floor(months / 12)} y`);
  if (months % 12) parts.push(`${months % 12} mo`);
  if (days) parts.push(`${days} d`);
  return parts.length ? parts.join(" ") : "now";
}

function fill(select, options, selected) {
  for (const [value, text] of options) select.add(new Option(text, value, false, value === selected));
}

function cells(row, values) {
  for (const [text, className] of values) {
    const cell = row.insertCell();
    cell.textContent = text;
    if (className) cell.className = className;
  }
}

function element(parent, name, attributes) {
  const e = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) e.setAttribute(key, value);
  parent.append(e);
  return e;
}

function clear(node) { node.replaceChildren(); }
