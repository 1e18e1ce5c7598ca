// The operations-room wall board: runs for days on a big screen. It reads the whole board on every
// (re)connect, so nothing missed while offline stays wrong, and repaints on every pushed change.
import { HubConnectionBuilder, HubConnectionState, LogLevel } from "@microsoft/signalr";

const root = document.getElementById("board");
const labels = JSON.parse(root.dataset.labels);
const categories = JSON.parse(root.dataset.categories);
const arabic = root.dataset.culture.startsWith("ar");
const governorateId = root.dataset.governorate ? Number(root.dataset.governorate) : null;
// Latin digits, as the server-rendered pages show them.
const locale = `${root.dataset.culture}-u-nu-latn`;
const numbers = new Intl.NumberFormat(locale);
const percents = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
const times = new Intl.DateTimeFormat(locale, {
  timeZone: "Africa/Cairo", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
});

// Never give up: the screen must come back by itself after a network or server outage.
const retryForever = { nextRetryDelayInMilliseconds: (ctx) => Math.min(1000 * 2 ** ctx.previousRetryCount, 10000) };

const connection = new HubConnectionBuilder()
  .withUrl(root.dataset.hub)
  .withAutomaticReconnect(retryForever)
  .configureLogging(LogLevel.Warning)
  .build();

connection.on("ReadinessChanged", (update) => render(update.figures, update.change));
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
  render(await connection.invoke("GetBoard", governorateId));
  setStatus(true);
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

function percent(score) {
  return score === null || score === undefined ? "—" : percents.format(score / 100);
}

function tile(key, title, t, flash) {
  const level = t.score === null ? "none" : t.score >= 75 ? "good" : t.score >= 40 ? "fair" : "poor";
  const last = t.lastUpdate ? times.format(new Date(t.lastUpdate)) : labels.never;
  return `<div class="tile tile-${level}${flash ? " flash" : ""}" data-key="${key}">
      <div class="tile-name">${escape(title)}</div>
      <div class="tile-score">${percent(t.score)}</div>
      <div class="tile-bar"><span style="width:${Math.max(0, Math.min(100, t.score ?? 0))}%"></span></div>
      <div class="tile-meta"><b class="${t.overdue > 0 ? "late" : ""}">${numbers.format(t.overdue)}</b> ${labels.overdue}
        · ${numbers.format(t.tasks)} ${labels.tasks}</div>
      <div class="tile-time">${labels.lastUpdate}: ${last}</div>
    </div>`;
}

function render(figures, change) {
  document.getElementById("board-name").textContent = arabic ? figures.nameAr : figures.nameEn;
  document.getElementById("board-overall").innerHTML = tile("overall", labels.overall, figures.overall, !!change);
  document.getElementById("board-units").innerHTML = figures.units
    .map((u) => tile(`unit-${u.id}`, name(u), u, change && change.localUnitId === u.id)).join("");
  document.getElementById("board-categories").innerHTML = figures.categories
    .map((c) => tile(`category-${c.key}`, categories[c.key] ?? c.key, c, change && change.category === c.key)).join("");
  if (change) {
    document.getElementById("board-change").textContent =
      `${change.changedBy} · ${arabic ? change.titleAr ?? "" : change.titleEn ?? change.titleAr ?? ""} · ${times.format(new Date(change.at))}`;
  }
  root.dataset.computedAt = figures.computedAt;
}

function escape(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

window.preparednessBoard = { connection };
start();
