// Rasd web UI. Every piece of article text is data: the DOM is built with createElement and textContent only,
// never innerHTML, and links are only made to this app's own routes or to http(s) URLs.
"use strict";

const view = document.getElementById("view");

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  if (props) {
    for (const [k, v] of Object.entries(props)) {
      if (v === null || v === undefined) continue;
      if (k === "class") node.className = v;
      else if (k === "href") node.setAttribute("href", v);
      else if (k === "dir" || k === "lang" || k === "title" || k === "rel" || k === "target" || k.startsWith("data-")) node.setAttribute(k, v);
      else if (k === "onclick") node.addEventListener("click", v);
      else throw new Error("attribute not allowed: " + k);
    }
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
  return node;
}

// A link to one of this app's pages: ids are URL-encoded into the hash.
function route(kind, id) { return "#/" + kind + "/" + encodeURIComponent(id); }

// An outside link only when the URL is plain http(s); anything else (javascript:, data:) is shown as text.
function external(url, label) {
  try {
    const u = new URL(url);
    if (u.protocol === "http:" || u.protocol === "https:") return el("a", { href: u.href, rel: "noopener noreferrer nofollow", target: "_blank" }, label || u.host);
  } catch (e) { /* not a URL */ }
  return el("span", { class: "ltr" }, url);
}

// Text with ranges marked: the ranges are UTF-16 offsets [start,end) into text, as the API gives them.
function marked(text, ranges, cls) {
  const node = el("span", { class: cls || null });
  let at = 0;
  for (const r of (ranges || []).slice().sort((a, b) => a.start - b.start)) {
    const s = Math.max(at, Math.min(r.start, text.length)), e = Math.max(s, Math.min(r.end, text.length));
    if (s > at) node.appendChild(document.createTextNode(text.slice(at, s)));
    if (e > s) node.appendChild(el("mark", null, text.slice(s, e)));
    at = Math.max(at, e);
  }
  if (at < text.length) node.appendChild(document.createTextNode(text.slice(at)));
  return node;
}

const precisionLabel = { day: "", month: "(الشهر)", year: "(السنة)", unknown: "" };
function dateNode(d) {
  if (!d || !d.iso) return el("span", { class: "undated" }, "غير مؤرَّخ");
  const label = precisionLabel[d.precision];
  return el("span", null, el("span", { class: "date" }, d.iso), label ? " " + label : null);
}

const modalityLabel = { asserted: null, future: "مستقبلي", planned: "مُزمَع", denied: "منفي", hypothetical: "افتراضي" };

async function api(path) {
  const res = await fetch(path, { headers: { "Accept": "application/json" } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error((body && (body.detail || body.title)) || ("HTTP " + res.status));
  return body;
}

function show(...nodes) { view.replaceChildren(...nodes.filter(n => n !== null && n !== undefined && n !== false)); window.scrollTo(0, 0); }
function loading() { show(el("p", { class: "empty" }, "جارٍ التحميل…")); }
function failure(err) { show(el("p", { class: "error" }, "تعذّر التحميل: " + err.message)); }

function pager(page, size, total, go) {
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1) return null;
  return el("div", { class: "pager" },
    page > 1 ? el("a", { href: go(page - 1) }, "→ السابق") : null,
    el("span", null, "صفحة " + page + " من " + pages),
    page < pages ? el("a", { href: go(page + 1) }, "التالي ←") : null);
}

function eventCard(e, extra) {
  const actors = [...e.sourceActors, ...e.targetActors];
  return el("div", { class: "card event", "data-event": e.id, "data-date": e.date.iso || "", "data-mentions": String(e.mentions) },
    el("div", null, el("a", { href: route("event", e.id) }, e.summary || e.type)),
    el("div", { class: "meta" },
      el("span", null, dateNode(e.date)),
      el("span", null, "النوع: ", e.type, " (CAMEO ", e.cameo, ")"),
      modalityLabel[e.modality] ? el("span", null, modalityLabel[e.modality]) : null,
      el("span", null, "روايات: " + e.mentions + "، منافذ: " + e.outlets),
      e.singleSource ? el("span", { class: "badge single", title: "رواية واحدة فقط" }, "مصدر واحد") : null,
      actors.length ? el("span", null, "الفاعلون: ", ...actors.flatMap((a, i) => [i ? "، " : "", el("a", { href: route("entity", a.id) }, a.name)])) : null,
      e.location ? el("span", null, "المكان: ", el("a", { href: route("entity", e.location.id) }, e.location.name)) : null),
    extra || null);
}

async function storiesPage(params) {
  const page = Number(params.get("page") || 1);
  const data = await api("/api/stories?page=" + page + "&size=20");
  const list = data.items.map(s => el("div", { class: "card story", "data-story": s.id },
    el("div", null, el("a", { href: route("story", s.id) }, s.title || "(بلا عنوان)")),
    el("div", { class: "meta" },
      el("span", null, "من ", dateNode(s.first), " إلى ", dateNode(s.last)),
      el("span", null, "أحداث: " + s.events),
      el("span", null, "مواد: " + s.items),
      el("span", null, "منافذ: " + s.outlets))));
  show(el("h1", null, "القصص"),
    data.total === 0 ? el("p", { class: "empty" }, "لا قصص بعد: أضف وثائق عبر rasd ingest أو POST /api/documents.") : null,
    ...list,
    pager(page, data.size, data.total, p => "#/?page=" + p));
}

async function storyPage(id, params) {
  const page = Number(params.get("page") || 1);
  const s = await api("/api/stories/" + encodeURIComponent(id) + "?page=" + page);
  show(
    el("h1", null, s.title || "(بلا عنوان)"),
    el("div", { class: "meta" }, el("span", null, "من ", dateNode(s.first), " إلى ", dateNode(s.last)), el("span", null, "منافذ: " + s.outlets)),
    el("h2", null, "الخط الزمني"),
    s.timeline.dated.length ? el("ol", { class: "timeline" }, s.timeline.dated.map(e => el("li", null, eventCard(e))))
      : el("p", { class: "empty" }, "لا أحداث مؤرَّخة."),
    s.timeline.undated.length ? el("h2", null, "أحداث غير مؤرَّخة") : null,
    ...s.timeline.undated.map(u => eventCard(u.event, el("div", { class: "reason" }, "السبب: " + u.reason))),
    el("h2", null, "المواد (" + s.items.total + ")"),
    ...s.items.items.map(i => el("div", { class: "card item" },
      el("div", null, i.title || "(بلا عنوان)"),
      el("div", { class: "meta" }, el("span", null, i.outlet || ""), el("span", null, dateNode(i.published)), i.url ? el("span", null, external(i.url)) : null))),
    pager(page, s.items.size, s.items.total, p => route("story", id) + "?page=" + p));
}

async function eventPage(id) {
  const d = await api("/api/events/" + encodeURIComponent(id));
  const e = d.event;
  const mentions = d.mentions.map(m => {
    const p = m.paragraph;
    return el("div", { class: "card mention", "data-document": m.document },
      el("div", { class: "meta" },
        el("span", { class: "outlet" }, "المنفذ: " + (m.outlet || "غير معروف")),
        el("span", null, dateNode(m.published)),
        m.url ? el("span", null, external(m.url)) : null),
      el("div", { class: "attribution" }, "الرواية: ",
        m.attribution ? el("a", { href: route("entity", m.attribution) }, m.attributionName || m.attribution) : "المنفذ نفسه",
        m.attributionText ? el("span", { class: "meta" }, " («" + m.attributionText + "»)") : null),
      p ? el("div", { class: "paragraph" }, marked(p.text, [p.mention])) : el("div", { class: "paragraph" }, el("mark", null, m.text)),
      m.documentTitle ? el("div", { class: "meta" }, el("span", null, "من: " + m.documentTitle)) : null);
  });
  show(
    el("h1", null, e.summary || e.type),
    el("div", { class: "meta" },
      el("span", null, dateNode(e.date)),
      e.date.iso ? null : el("span", { class: "reason" }, "السبب: " + (e.date.note || "لا تاريخ")),
      d.storyTitle ? el("span", null, "القصة: ", el("a", { href: route("story", e.story) }, d.storyTitle)) : null),
    eventCard(e),
    el("h2", null, "الروايات (" + d.mentions.length + ")",
      e.singleSource ? el("span", { class: "badge single" }, " مصدر واحد: لا رواية مستقلة أخرى ") : null),
    el("div", { class: "mentions" }, mentions));
}

async function entityPage(id, params) {
  const page = Number(params.get("page") || 1);
  const d = await api("/api/entities/" + encodeURIComponent(id) + "?page=" + page);
  show(
    el("h1", null, d.name),
    el("div", { class: "meta" },
      el("span", null, "النوع: " + d.type),
      d.nameEn ? el("span", { class: "ltr" }, d.nameEn) : null,
      d.wikidata ? el("span", { class: "ltr" }, "Wikidata: " + d.wikidata) : null,
      d.country ? el("span", { class: "ltr" }, d.country) : null),
    el("h2", null, "الأسماء"), el("div", null, d.aliases.join("، ") || "—"),
    el("h2", null, "الصفات"), el("ul", null, d.roles.map(r => el("li", null, r.title + (r.of ? " — " + r.of : "")))),
    el("h2", null, "الأحداث (" + d.events.total + ")"),
    ...d.events.items.map(e => eventCard(e)),
    pager(page, d.events.size, d.events.total, p => route("entity", id) + "?page=" + p));
}

async function searchPage(params) {
  const q = params.get("q") || "";
  const page = Number(params.get("page") || 1);
  const kind = params.get("kind") === "item" || params.get("kind") === "event" ? params.get("kind") : "";
  document.getElementById("search-input").value = q;
  if (!q.trim()) { show(el("p", { class: "empty" }, "اكتب كلمات للبحث.")); return; }
  const d = await api("/api/search?q=" + encodeURIComponent(q) + "&page=" + page + (kind ? "&kind=" + kind : ""));
  const link = k => "#/search?q=" + encodeURIComponent(q) + (k ? "&kind=" + k : "");
  show(
    el("h1", null, "نتائج البحث عن «" + q + "» (" + d.total + ")"),
    el("div", { class: "filters" }, [["", "الكل"], ["item", "المواد"], ["event", "الأحداث"]].map(([k, label]) =>
      k === kind ? el("strong", null, label) : el("a", { href: link(k) }, label))),
    d.total === 0 ? el("p", { class: "empty" }, "لا نتائج.") : null,
    ...d.items.map(h => {
      const title = h.titleSnippet ? marked(h.titleSnippet.text, h.titleSnippet.highlights) : (h.title || "(بلا عنوان)");
      const target = h.kind === "event" ? el("a", { href: route("event", h.id) }, title)
        : h.story ? el("a", { href: route("story", h.story) }, title) : el("span", null, title);
      return el("div", { class: "card hit", "data-kind": h.kind },
        el("div", null, el("span", { class: "badge" }, h.kind === "event" ? "حدث" : "مادة"), " ", target),
        el("div", { class: "meta" }, h.outlet ? el("span", null, h.outlet) : null, h.date ? el("span", { class: "date" }, h.date) : null),
        el("div", { class: "snippet" }, h.snippet.cutStart ? "… " : "", marked(h.snippet.text, h.snippet.highlights), h.snippet.cutEnd ? " …" : ""));
    }),
    pager(page, d.size, d.total, p => link(kind) + "&page=" + p));
}

async function render() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, query] = hash.split("?");
  const params = new URLSearchParams(query || "");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  loading();
  try {
    if (parts.length === 0) await storiesPage(params);
    else if (parts[0] === "story" && parts[1]) await storyPage(parts[1], params);
    else if (parts[0] === "event" && parts[1]) await eventPage(parts[1]);
    else if (parts[0] === "entity" && parts[1]) await entityPage(parts[1], params);
    else if (parts[0] === "search") await searchPage(params);
    else show(el("p", { class: "error" }, "صفحة غير موجودة."));
    document.body.setAttribute("data-ready", hash);
  } catch (err) {
    failure(err);
    document.body.setAttribute("data-ready", hash);
  }
}

document.getElementById("search-form").addEventListener("submit", ev => {
  ev.preventDefault();
  const q = document.getElementById("search-input").value.trim();
  if (q) location.hash = "#/search?q=" + encodeURIComponent(q);
});
window.addEventListener("hashchange", render);
render();
