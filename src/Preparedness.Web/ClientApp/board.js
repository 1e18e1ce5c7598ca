// The operations-room wall board: runs for days on a big screen. It reads the whole board on every
// (re)connect, so nothing missed while offline stays wrong, and repaints on every pushed change. A change's
// banner arrives at once; its figures follow as the tiles that changed ("partial"), merged into the board held here.
import { HubConnectionBuilder, HubConnectionState, LogLevel } from "@microsoft/signalr";

const root = document.getElementById("board");
const labels = JSON.parse(root.dataset.labels);
const categories = JSON.parse(root.dataset.categories);
const arabic = root.dataset.culture.startsWith("ar");
const governorateId = root.dataset.governorate ? Number(root.dataset.governorate) : null;
// Figures look exactly as on the server-rendered pages: the page hands over the server's own formats
// (Display.BoardFormats), since the browser's number formatting differs (its Arabic percent sign is not .NET's).
const formats = JSON.parse(root.dataset.formats);
// Short enough for a tile's one line at a distance: 30/11 14:27, Cairo time, Latin digits.
const cairo = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Africa/Cairo", day: "2-digit", month: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
});

function time(instant) {
  const part = Object.fromEntries(cairo.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${part.day}/${part.month} ${part.hour}:${part.minute}`;
}

// Never give up: the screen must come back by itself after a network or server outage.
const retryForever = { nextRetryDelayInMilliseconds: (ctx) => Math.min(1000 * 2 ** ctx.previousRetryCount, 10000) };

const connection = new HubConnectionBuilder()
  .withUrl(root.dataset.hub)
  .withAutomaticReconnect(retryForever)
  .configureLogging(LogLevel.Warning)
  .build();

let board = null;
let lastChange = null;

connection.on("ReadinessChanged", (update) => {
  lastChange = update.change ?? lastChange;
  if (update.figures) {
    board = update.figures.partial && board ? merge(board, update.figures) : update.figures;
  }
  if (board) {
    render(board, lastChange);
  }
});
connection.on("Resync", () => refresh());
connection.onreconnecting(() => setStatus(false));
connection.onreconnected(() => refresh());
connection.onclose(() => {
  setStatus(false);
  setTimeout(start, 2000);
});

async function start() {
  try {
    await connection.start();
    await refresh();
  } catch {
    setStatus(false);
    setTimeout(start, 3000);
  }
}

async function refresh() {
  if (governorateId !== null) {
    await connection.invoke("Watch", governorateId);
  }
  board = await connection.invoke("GetBoard", governorateId);
  render(board);
  setStatus(true);
}

// The tiles sent replace those with the same key; the others stay as they were.
function merge(held, changed) {
  const replace = (tiles, news, key) => tiles.map((t) => news.find((n) => key(n) === key(t)) ?? t);
  return {
    ...held,
    overall: changed.overall,
    units: replace(held.units, changed.units, (u) => u.id),
    categories: replace(held.categories, changed.categories, (c) => c.key),
    computedAt: changed.computedAt,
  };
}

function setStatus(live) {
  const status = document.getElementById("board-status");
  status.textContent = live ? labels.connected : labels.reconnecting;
  status.className = live ? "board-status live" : "board-status offline";
  root.dataset.live = String(live && connection.state === HubConnectionState.Connected);
}

function name(item) {
  return arabic ? item.nameAr : (item.nameEn || item.nameAr);
}

function number(value) {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, formats.group);
}

// Whole percent, half away from zero, like Display.Percent (scores are never negative).
function percent(score) {
  return score === null || score === undefined ? "—" : formats.percent.replace("{0}", number(score));
}

// Names and titles may be Latin inside Arabic: each keeps its own direction.
function isolated(text) {
  return `<bdi>${escape(text)}</bdi>`;
}

// As many rows as the tiles need (at most 3), columns to match, so a section always fits its share of the screen.
function layout(grid, count) {
  const rows = count <= 6 ? 1 : count <= 14 ? 2 : 3;
  grid.style.setProperty("--cols", String(Math.max(1, Math.ceil(count / rows))));
  grid.style.setProperty("--rows", String(rows));
  grid.parentElement.style.setProperty("--rows", String(rows));
  grid.parentElement.dataset.rows = String(rows);
}

function tile(key, title, t, flash) {
  const level = t.score === null ? "none" : t.score >= 75 ? "good" : t.score >= 40 ? "fair" : "poor";
  const last = t.lastUpdate ? time(t.lastUpdate) : labels.never;
  return `<div class="tile tile-${level}${flash ? " flash" : ""}" data-key="${key}">
      <div class="tile-name" title="${escape(title)}">${isolated(title)}</div>
      <div class="tile-score">${percent(t.score)}</div>
      <div class="tile-bar"><span style="width:${Math.max(0, Math.min(100, t.score ?? 0))}%"></span></div>
      <div class="tile-meta"><b class="${t.overdue > 0 ? "late" : ""}">${number(t.overdue)}</b> ${labels.overdue}
        · ${number(t.tasks)} ${labels.tasks}</div>
      <div class="tile-time">${labels.lastUpdate}: <bdi>${last}</bdi></div>
    </div>`;
}

function render(figures, change) {
  document.getElementById("board-name").textContent = arabic ? figures.nameAr : figures.nameEn;
  document.getElementById("board-overall").innerHTML = tile("overall", labels.overall, figures.overall, !!change);
  const units = document.getElementById("board-units");
  units.innerHTML = figures.units
    .map((u) => tile(`unit-${u.id}`, name(u), u, change && change.localUnitId === u.id)).join("");
  layout(units, figures.units.length);
  const categoryGrid = document.getElementById("board-categories");
  categoryGrid.innerHTML = figures.categories
    .map((c) => tile(`category-${c.key}`, categories[c.key] ?? c.key, c, change && change.category === c.key)).join("");
  layout(categoryGrid, figures.categories.length);
  if (change) {
    const title = arabic ? change.titleAr ?? "" : change.titleEn ?? change.titleAr ?? "";
    document.getElementById("board-change").innerHTML =
      `${isolated(change.changedBy)} · ${isolated(title)} · <bdi>${time(change.at)}</bdi>`;
  }
  root.dataset.computedAt = figures.computedAt;
}

function escape(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

window.preparednessBoard = { connection };
start();
