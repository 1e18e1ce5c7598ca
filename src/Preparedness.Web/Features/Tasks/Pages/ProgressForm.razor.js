// What an owner typed in a task's progress form and has not saved, kept in this tab's sessionStorage so
// that a reload (a lost server, a dropped circuit) does not lose it. Bounded: one entry per task and
// user of at most maxChars characters, and only the maxDrafts most recently written.
const prefix = "preparedness.draft.";
const index = "preparedness.drafts";
const maxChars = 8000;
const maxDrafts = 20;

function names() {
  try {
    const list = JSON.parse(sessionStorage.getItem(index) || "[]");
    return Array.isArray(list) ? list.filter((n) => typeof n === "string") : [];
  } catch {
    return [];
  }
}

export function load(name) {
  try {
    return sessionStorage.getItem(prefix + name);
  } catch {
    return null;
  }
}

export function save(name, json) {
  if (typeof json !== "string" || json.length > maxChars) return false;
  try {
    const list = names().filter((n) => n !== name);
    list.push(name);
    while (list.length > maxDrafts) sessionStorage.removeItem(prefix + list.shift());
    sessionStorage.setItem(prefix + name, json);
    sessionStorage.setItem(index, JSON.stringify(list));
    return true;
  } catch {
    // Storage full or switched off: the form still works, only without this safety net.
    return false;
  }
}

export function clear(name) {
  try {
    sessionStorage.removeItem(prefix + name);
    sessionStorage.setItem(index, JSON.stringify(names().filter((n) => n !== name)));
  } catch {
    // Nothing kept, nothing to clear.
  }
}
