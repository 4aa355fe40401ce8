// Material for MkDocs search worker backed by Pagefind.
//
// Material's search UI talks to a worker with four messages: SETUP (0) -> READY (1),
// QUERY (2, the query string) -> RESULT (3, {items: SearchItem[][]}). This worker answers
// them with Pagefind, whose index is split into small chunks: a query downloads only the
// chunks for its words, so search stays fast however many articles there are.
// Material inserts title and text as HTML, so everything from the index is escaped here
// and only <mark> is added.
"use strict";

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
const DEBOUNCE_MS = 40;
const MAX_RESULTS = 10;                     // pages whose excerpts are fetched per query
const siteRoot = new URL("../", self.location.href);
let pagefind = null;
let conceptNames = new Map();               // normalised name -> concept id
let concepts = new Map();                   // concept id -> {title, text}
let latest = 0;                             // only the newest query may post its results

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, ch => (
    { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[ch]));
}

function decodeEntities(text) {
  return text.replace(/&(lt|gt|quot|#39|#x27|amp);/g, (_, name) => (
    { lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'", amp: "&" }[name]));
}

// An excerpt with <mark> around matches -> safe HTML with only those <mark> tags.
function safeExcerpt(excerpt) {
  return String(excerpt || "").split(/(<\/?mark>)/).map(part => (
    part === "<mark>" || part === "</mark>" ? part : escapeHtml(decodeEntities(part))
  )).join("");
}

function relative(url) {
  // Pagefind URLs start at the site root ("/articles/x/"); Material wants them relative.
  return String(url).replace(/^\/+/, "");
}

function normalise(text) {
  return String(text).toLowerCase().replace(/[-_\s]+/g, " ").trim();
}

async function search(query) {
  // Typing sends a query per key. Fetch the index chunks for each at once, but let a newer
  // query cancel an older one before Pagefind ranks it, so the last key never waits for
  // the ranking of an outdated prefix.
  pagefind.preload(query);
  const response = await pagefind.debouncedSearch(query, {}, DEBOUNCE_MS);
  if (response === null) return null;       // superseded by a newer query
  const results = await Promise.all(response.results.slice(0, MAX_RESULTS).map(r => r.data()));
  const terms = Object.fromEntries(query.split(/\s+/).filter(Boolean).map(t => [t, true]));
  // A concept page comes first when the query is one of its names (label, alias, hidden
  // label), however many articles outrank it: concepts/names.json, written by the pipeline.
  const id = conceptNames.get(normalise(query));
  const named = concepts.get(id);
  const location = `concepts/${id}/`;
  const first = named ? [[{ location, title: escapeHtml(named.title),
                            text: `<p>${escapeHtml(named.text)}</p>`, score: MAX_RESULTS + 1,
                            terms }]] : [];
  const rest = results.filter(data => !named || relative(data.url) !== location)
    .slice(0, MAX_RESULTS - first.length);
  return first.concat(rest.map((data, rank) => {
    const score = MAX_RESULTS - rank;
    const page = { location: relative(data.url), title: escapeHtml(data.meta.title || data.url),
                   text: `<p>${safeExcerpt(data.excerpt)}</p>`, score, terms };
    const sections = (data.sub_results || [])
      // Sections only: not the page itself, not its title (#kb-title) or frame blocks.
      .filter(sub => sub.url.includes("#") && !sub.url.includes("#kb-"))
      .slice(0, 3)
      .map((sub, i) => ({ location: relative(sub.url), title: escapeHtml(sub.title),
                          text: `<p>${safeExcerpt(sub.excerpt)}</p>`,
                          score: i === 0 ? score : score / 2, terms }));
    return [page, ...sections];
  }));
}

self.onmessage = async event => {
  const message = event.data;
  if (message.type === SETUP) {
    const names = fetch(new URL("concepts/names.json", siteRoot))
      .then(response => (response.ok ? response.json() : {})).catch(() => ({}));
    // Without the table (an old build), search still works, only without concepts first.
    pagefind = await import(new URL("pagefind/pagefind.js", siteRoot).href);
    await pagefind.options({ excerptLength: 20 });
    await pagefind.init();
    const table = await names;
    conceptNames = new Map(Object.entries(table.names || {}));
    concepts = new Map(Object.entries(table.concepts || {}));
    self.postMessage({ type: READY });
  } else if (message.type === QUERY) {
    const id = ++latest;
    const query = String(message.data || "").trim();
    const items = query && pagefind ? await search(query) : [];
    if (items !== null && id === latest) self.postMessage({ type: RESULT, data: { items } });
  }
};
