// The lens-gpt page: pick, drop, paste or photograph an image, upload it through the presigned
// POST, then fill the cards from the query's event stream. Text from chunks is only ever set with
// textContent and links only to http(s) URLs, so nothing a page or a model wrote can run here.

const STAGES = {
  lens: { label: "Visual search", steps: ["lens-matches"] },
  gpt: { label: "Identification", steps: ["model-producer", "producer-url", "retail-price-details"] },
  pricing: { label: "Pricing", steps: ["second-hand-offers", "estimated-price"] },
};
const ACCEPTED = "a JPEG, PNG, WebP, GIF or HEIC photo";
// The service's own sentences for a file it will not analyse (chalicelib/images/sentences.py;
// a test holds them equal), said here before anything is uploaded.
const EMPTY_FILE = "The file is empty.";
const NOT_AN_IMAGE = "The file is not an image in a supported format.";
const tooLarge = (size, limit) =>
  `The file is too large: ${bytes(size)}; at most ${bytes(limit)} are accepted.`;
// The first bytes of each image format the service reads: [bytes, offset]. "ftyp" is any ISO
// media file, which may be HEIC/HEIF: the service decides on the whole file.
const SIGNATURES = [[[0xff, 0xd8, 0xff], 0], [[0x89, 0x50, 0x4e, 0x47], 0], [[0x47, 0x49, 0x46], 0],
  [[0x57, 0x45, 0x42, 0x50], 8], [[0x66, 0x74, 0x79, 0x70], 4]];
const ERROR_WORDS = {
  "unsupported-image": `This file is not a photo that can be read. Choose ${ACCEPTED}.`,
  "unsupported-media-type": `This kind of file cannot be analysed. Choose ${ACCEPTED}.`,
  "corrupt-image": "The photo is damaged or incomplete.",
  "image-too-large": "The photo is too large.",
  "payload-too-large": "The photo is too large.",
  "stage-failed": "This step failed several times and gave up.",
  "provider-error": "An outside service did not answer.",
  "no-matches": "No similar pictures were found.",
  "unidentified": "The item could not be identified.",
  "no-producer-page": "The producer's page was not found.",
  "no-offers": "No second-hand offers were found.",
  "not-found": "There is no result at this link; results are kept for a few days.",
};
const MAX_RECONNECTS = 6;
// What the providers say when there was nothing to find: an answer, not a problem.
const FINDINGS = new Set(["no-matches", "unidentified", "no-producer-page", "no-offers"]);
// Codes whose message is about the service's inside (a provider, a queue), not the photo: the
// page says its own words only.
const INTERNAL = new Set(["provider-error", "stage-failed", "stage-died", "run-deadline"]);
const MATCHES_SHOWN = 6; // the rest behind "Show all"

const $ = (id) => document.getElementById(id);
const basePath = location.pathname.endsWith("/") ? location.pathname : `${location.pathname}/`;
const base = new URL(basePath, location.origin);
const api = (path) => new URL(path, base);

// A deployment may require an access key (x-api-key). A browser cannot send a header with an
// EventSource, so with a key the page follows a query by long-polling instead of streaming.
const KEY_STORE = "lens-gpt-api-key";
const accessKey = () => ($("api-key")?.value || "").trim();
const withKey = (headers = {}) => (accessKey() ? { ...headers, "x-api-key": accessKey() } : headers);
document.addEventListener("DOMContentLoaded", () => {
  const field = $("api-key");
  if (!field) return;
  field.value = localStorage.getItem(KEY_STORE) || "";
  field.addEventListener("change", () => localStorage.setItem(KEY_STORE, accessKey()));
});

let current = null; // the Session whose results are on screen
let previewUrl = null;

/** One query being shown: what has arrived, and how it is being followed. */
class Session {
  constructor(id) {
    this.id = id;
    this.lastSeq = 0;
    this.steps = { lens: new Set(), gpt: new Set(), pricing: new Set() };
    this.failedStages = new Set();
    this.troubles = []; // stages that gave up for a reason other than finding nothing
    this.scrolled = false; // brought the first result into view (on a small screen)
    this.offers = null;
    this.estimate = null;
    this.finished = false;
    this.stopped = false;
    this.failures = 0;
    this.source = null;
    this.timer = null;
  }

  stop() {
    this.stopped = true;
    if (this.source) this.source.close();
    clearTimeout(this.timer);
  }

  get active() {
    return this === current && !this.stopped;
  }
}

// -- choosing a photo -------------------------------------------------------------------------

function setUpPicker() {
  for (const input of [$("file"), $("camera")]) {
    input.addEventListener("change", () => {
      const file = input.files && input.files[0];
      input.value = ""; // choosing the same file again starts again
      if (file) ask(file);
    });
  }
  const zone = $("dropzone");
  for (const name of ["dragenter", "dragover"]) {
    zone.addEventListener(name, (event) => {
      event.preventDefault();
      zone.classList.add("dragging");
    });
  }
  for (const name of ["dragleave", "drop"]) {
    zone.addEventListener(name, () => zone.classList.remove("dragging"));
  }
  // A file dropped anywhere is taken, instead of the browser leaving the page to show it.
  document.addEventListener("dragover", (event) => event.preventDefault());
  document.addEventListener("drop", (event) => {
    event.preventDefault();
    const file = event.dataTransfer && event.dataTransfer.files[0];
    if (file) ask(file);
  });
  document.addEventListener("paste", (event) => {
    const items = [...((event.clipboardData && event.clipboardData.items) || [])];
    const item = items.find((i) => i.kind === "file");
    if (!item) return;
    event.preventDefault();
    const file = item.getAsFile();
    if (file) ask(file);
  });
  $("copy").addEventListener("click", copyPermalink);
  $("matches-more").addEventListener("click", toggleMatches);
}

function showPreview(file) {
  if (previewUrl) URL.revokeObjectURL(previewUrl);
  const box = $("preview-box");
  const img = $("preview");
  box.hidden = false;
  if (typeof file === "string") { // a permalink: the query's photo as it was uploaded
    previewUrl = null;
    img.hidden = false;
    img.onerror = () => {
      img.hidden = true;
      $("preview-caption").textContent = "The photo is no longer kept.";
    };
    img.src = api(`queries/${encodeURIComponent(file)}/image`).href;
    $("preview-caption").textContent = "The photo of this result";
    return;
  }
  previewUrl = URL.createObjectURL(file);
  img.hidden = false;
  img.onerror = () => { img.hidden = true; }; // e.g. HEIC, which few browsers can show
  img.src = previewUrl;
  $("preview-caption").textContent = `${file.name || "Pasted image"} · ${bytes(file.size)}`;
}

// -- asking: create the query, upload, follow -------------------------------------------------

async function ask(file) {
  if (current) current.stop();
  const session = new Session(null);
  current = session;
  resetResults();
  showPreview(file);
  const refusal = await refusalOf(file);
  if (!session.active) return; // another photo was chosen meanwhile
  if (refusal) {
    fail(refusal);
    return;
  }
  setState("working", "Creating the query…");
  try {
    const created = await createQuery(file);
    if (!session.active) return; // another photo was chosen meanwhile
    if (file.size > created.upload.max_bytes) {
      fail(tooLarge(file.size, created.upload.max_bytes));
      return;
    }
    session.id = created.id;
    showPermalink(created.id);
    showProgress();
    setState("working", `Uploading ${file.name || "the photo"} (${bytes(file.size)})…`);
    await upload(created.upload, file);
    if (!session.active) return;
    setState("working", "Uploaded. Looking for similar pictures…");
    setStage("lens", "working");
    follow(session, created.links.stream);
  } catch (error) {
    if (session.active) fail(error.message);
  }
}

/** What the service would say of this file, if it would refuse it: empty, or not an image (by
 * its type or its first bytes); null when it may be uploaded. */
async function refusalOf(file) {
  if (file.size === 0) return EMPTY_FILE;
  const choose = ` Choose ${ACCEPTED}.`;
  if (file.type && !file.type.startsWith("image/")) return NOT_AN_IMAGE + choose;
  let head;
  try {
    head = new Uint8Array(await file.slice(0, 12).arrayBuffer());
  } catch {
    return null; // unreadable here: the service will say
  }
  const known = SIGNATURES.some(([magic, at]) => magic.every((b, i) => head[at + i] === b));
  return known ? null : NOT_AN_IMAGE + choose;
}

async function createQuery(file) {
  const body = { filename: file.name || "pasted-image" };
  if (file.type) body.content_type = file.type;
  // The hint box's text goes with the photo; the service collapses spacing and checks it.
  const hint = $("hint").value.trim();
  if (hint) body.hint = hint;
  let answer;
  try {
    answer = await fetch(api("queries"), {
      method: "POST",
      headers: withKey({ "Content-Type": "application/json" }),
      body: JSON.stringify(body),
    });
  } catch {
    throw new Error("The service could not be reached. Check your connection and try again.");
  }
  if (!answer.ok) throw new Error(await errorWords(answer));
  return answer.json();
}

async function upload(presigned, file) {
  const form = new FormData();
  for (const [name, value] of Object.entries(presigned.fields)) form.append(name, value);
  form.append("file", file); // the storage reads every field after the file as part of it
  let answer;
  try {
    answer = await fetch(presigned.url, { method: "POST", body: form });
  } catch {
    throw new Error("The upload did not get through. Check your connection and try again.");
  }
  if (answer.ok) return;
  const xml = new DOMParser().parseFromString(await answer.text(), "application/xml");
  const code = xml.querySelector("Code")?.textContent || `HTTP ${answer.status}`;
  if (code === "EntityTooLarge") throw new Error("The photo is too large to upload.");
  throw new Error(`The storage refused the upload (${code}).`);
}

async function errorWords(answer) {
  try {
    const { error } = await answer.json();
    return [ERROR_WORDS[error.code], error.message].filter(Boolean).join(" ");
  } catch {
    return `The service answered with an error (HTTP ${answer.status}).`;
  }
}

/** Follow the event stream. The browser reconnects by itself and sends Last-Event-ID; if it
 * gives up, a new stream starts after the last chunk shown, never from the beginning. */
function follow(session, streamUrl) {
  if (!session.active) return;
  if (accessKey()) {
    poll(session);
    return;
  }
  const url = new URL(streamUrl, base);
  if (session.lastSeq) url.searchParams.set("after", String(session.lastSeq));
  const source = new EventSource(url);
  session.source = source;
  source.onopen = () => {
    if (session.failures && session.active) {
      setState("working", "Reconnected; continuing where it stopped…");
    }
  };
  source.onmessage = (message) => receive(session, JSON.parse(message.data));
  source.onerror = () => {
    if (!session.active || session.finished) return;
    session.failures += 1;
    if (session.failures > MAX_RECONNECTS) {
      source.close();
      fail("The connection to the service was lost. Open the permalink to see the result.");
      return;
    }
    setState("working", "The connection dropped; reconnecting…");
    if (source.readyState === EventSource.CLOSED) {
      const delay = Math.min(500 * 2 ** session.failures, 10000);
      session.timer = setTimeout(() => follow(session, streamUrl), delay);
    }
  };
}

/** A permalink: read the stored chunks, then keep long-polling until the query is finished. */
async function replay(id) {
  const session = new Session(id);
  current = session;
  showPreview(id);
  showPermalink(id);
  showProgress();
  setState("working", "Loading the result…");
  await poll(session);
}

/** Long-poll the query until it is finished, showing each chunk as it arrives. */
async function poll(session) {
  const id = session.id;
  let wait = 0;
  while (session.active && !session.finished) {
    let state;
    try {
      const url = api(`queries/${encodeURIComponent(id)}`);
      url.searchParams.set("after", String(session.lastSeq));
      url.searchParams.set("wait", String(wait));
      const answer = await fetch(url, { headers: withKey() });
      if (answer.status === 404 || answer.status === 400) {
        fail(ERROR_WORDS["not-found"]);
        return;
      }
      if (!answer.ok) throw new Error(`HTTP ${answer.status}`);
      state = await answer.json();
      session.failures = 0;
    } catch {
      session.failures += 1;
      if (session.failures > MAX_RECONNECTS) {
        fail("The service could not be reached. Reload the page to try again.");
        return;
      }
      await pause(Math.min(500 * 2 ** session.failures, 10000));
      continue;
    }
    if (state.hint && !$("hint").value) $("hint").value = state.hint;
    for (const chunk of state.chunks) receive(session, chunk);
    if (state.status === "awaiting_upload") {
      setState("working", "No photo has been uploaded for this query yet; waiting for it…");
    } else if (!session.finished && state.chunks.length === 0) {
      setState("working", "Analysing…");
    }
    wait = 20;
  }
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// -- chunks -----------------------------------------------------------------------------------

const RENDERERS = {
  "lens-matches": renderMatches,
  "model-producer": renderIdentity,
  "producer-url": renderProducerPage,
  "retail-price-details": renderRetail,
  "second-hand-offers": renderOffers,
  "estimated-price": renderEstimate,
  error: renderError,
  done: renderDone,
};

function receive(session, chunk) {
  // Replays after a reconnect may repeat what was shown; seq says what is new.
  if (!session.active || chunk.seq <= session.lastSeq) return;
  session.lastSeq = chunk.seq;
  session.failures = 0;
  const render = RENDERERS[chunk.data_description];
  if (render) render(session, chunk.data || {}, chunk);
  if (STAGES[chunk.stage] && chunk.data_description !== "error") {
    stepDone(session, chunk.stage, chunk.data_description);
  }
}

/** Lens's answer: visual and exact matches go in the grid (exact ones marked); its
 * knowledge-graph card and related searches are shown apart, small. */
function renderMatches(session, matches) {
  const all = Array.isArray(matches) ? matches.filter((m) => m && typeof m === "object") : [];
  const list = all.filter((m) => !m.kind || m.kind === "exact");
  renderEntity(all.find((m) => m.kind === "knowledge-graph"));
  renderRelated(all.filter((m) => m.kind === "related-search"));
  $("matches-count").textContent = list.length === 1
    ? "1 similar picture found on the web." : `${list.length} similar pictures found on the web.`;
  const items = list.map((match, index) => {
    const li = document.createElement("li");
    li.className = "match";
    li.hidden = index >= MATCHES_SHOWN;
    const text = document.createElement("span");
    text.className = "match-text";
    text.append(link(match.link, match.title || match.link));
    if (match.source) text.append(muted(match.source));
    if (match.kind === "exact") {
      li.dataset.kind = "exact";
      const badge = document.createElement("span");
      badge.className = "exact";
      badge.textContent = "Exact match";
      text.append(badge);
    }
    li.append(thumbnail(match), text);
    return li;
  });
  $("matches").replaceChildren(...items);
  const more = $("matches-more");
  more.hidden = list.length <= MATCHES_SHOWN;
  more.setAttribute("aria-expanded", "false");
  more.textContent = `Show all ${list.length}`;
  fill("card-matches");
  say(`Found ${list.length} similar pictures.`);
}

function renderEntity(card) {
  const node = $("lens-entity");
  node.hidden = !card;
  if (!card) return node.replaceChildren();
  const name = card.link ? link(card.link, card.title) : document.createTextNode(card.title || "");
  node.replaceChildren("Google recognised: ", name);
  if (card.subtitle) node.append(" ", muted(card.subtitle));
}

function renderRelated(searches) {
  $("related-searches").hidden = searches.length === 0;
  $("related").replaceChildren(...searches.map((search) => {
    const li = document.createElement("li");
    li.append(link(search.link, search.title));
    return li;
  }));
}

function toggleMatches() {
  const more = $("matches-more");
  const open = more.getAttribute("aria-expanded") !== "true";
  const items = [...$("matches").children];
  items.forEach((li, index) => { li.hidden = !open && index >= MATCHES_SHOWN; });
  more.setAttribute("aria-expanded", String(open));
  more.textContent = open ? "Show fewer" : `Show all ${items.length}`;
  if (open) items[MATCHES_SHOWN]?.querySelector("a")?.focus();
}

/** A match's picture when the page may show it (https, an inline image or this origin: what
 * the page's Content-Security-Policy allows), else a neutral placeholder; never a broken image.
 * ``catalog://`` thumbnails name files of the demo catalog, which no route serves. */
function thumbnail(match) {
  const box = document.createElement("span");
  box.className = "thumb";
  const src = imageSrc(match.thumbnail);
  if (!src) return box;
  const img = document.createElement("img");
  img.alt = "";
  img.loading = "lazy";
  img.decoding = "async";
  img.referrerPolicy = "no-referrer";
  img.onerror = () => img.remove(); // the placeholder behind it shows instead
  img.onload = () => { box.dataset.loaded = "true"; };
  img.src = src;
  box.append(img);
  return box;
}

function imageSrc(url) {
  if (typeof url !== "string" || !url) return null;
  if (/^data:image\/(png|jpeg|gif|webp);/i.test(url)) return url;
  try {
    const parsed = new URL(url, base);
    if (parsed.protocol === "https:" || parsed.origin === location.origin) return parsed.href;
  } catch {
    return null;
  }
  return null;
}

function renderIdentity(session, identity) {
  $("producer").textContent = identity.producer || "Unknown producer";
  $("model").textContent = identity.model || "Unknown model";
  fill("card-identity");
  const name = [identity.producer, identity.model].filter(Boolean).join(" ");
  say(name ? `Identified: ${name}.` : "The item could not be identified.");
}

function renderProducerPage(session, page) {
  const anchor = $("producer-link");
  const href = safeHref(page.link);
  anchor.textContent = page.title || page.link || "";
  if (href) {
    anchor.href = href;
    makeExternal(anchor);
    $("producer-site").textContent = new URL(href).hostname;
  } else {
    anchor.removeAttribute("href");
    $("producer-site").textContent = page.link || "";
  }
  fill("card-producer");
}

function renderRetail(session, retail) {
  const rows = [];
  const add = (term, value) => {
    if (value === null || value === undefined || value === "") return null;
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.append(value);
    rows.push(dt, dd);
    return dd;
  };
  add("Name", retail.original_name);
  const price = add("Price", money(retail.price, retail.currency));
  if (price) {
    price.id = "retail-price";
    price.dataset.amount = String(retail.price);
    price.dataset.currency = retail.currency || "";
  }
  add("Material", retail.material);
  add("Description", retail.description);
  for (const [name, value] of Object.entries(retail.specs || {})) add(name, String(value));
  const source = safeHref(retail.producer_url);
  if (source) add("Source", link(source, new URL(source).hostname));
  if (rows.length === 0) add("Details", "No retail details were found.");
  $("retail").replaceChildren(...rows);
  fill("card-retail");
}

// Where an offer came from, as the page says it.
const SOURCES = { lens: "Lens match", ebay: "eBay listing", "serpapi-ebay": "eBay sale" };

function renderOffers(session, offers) {
  session.offers = Array.isArray(offers) ? offers : [];
  const items = session.offers.map((offer) => {
    const li = document.createElement("li");
    li.className = "offer";
    const price = document.createElement("span");
    price.className = "offer-price";
    price.textContent = money(offer.price, offer.currency) || "no price";
    const wear = document.createElement("span");
    wear.className = "wear";
    wear.dataset.wear = offer.wear || "unknown";
    wear.textContent = offer.wear || "condition unknown";
    const title = link(offer.link, offer.title || offer.link);
    title.classList.add("offer-title");
    li.append(price, wear, title);
    const href = safeHref(offer.link);
    const where = [
      href ? new URL(href).hostname.replace(/^www\./, "") : "",
      SOURCES[offer.source] || "",
      offer.sold ? `sold${offer.sold_at ? ` ${offer.sold_at}` : ""}` : "",
    ].filter(Boolean).join(" · ");
    if (where) li.append(muted(where));
    if (offer.why) {
      // Why this listing counts as the item (the model's tokens it names): a comparable.
      const why = muted(`Why: ${offer.why}`);
      why.classList.add("offer-why");
      li.append(why);
    }
    return li;
  });
  $("offers").replaceChildren(...items);
  const n = session.offers.length;
  $("offers-count").textContent = n === 1 ? "1 offer found." : `${n} offers found.`;
  fill("card-offers");
  if (session.estimate) drawRange(session);
  say(`Found ${n} second-hand offers.`);
}

function renderEstimate(session, estimate) {
  session.estimate = estimate;
  const price = $("estimate-price");
  price.textContent = money(estimate.price, estimate.currency) || "—";
  price.dataset.amount = String(estimate.price);
  price.dataset.currency = estimate.currency || "";
  $("estimate-min").textContent = `from ${money(estimate.min_range, estimate.currency)}`;
  $("estimate-max").textContent = `to ${money(estimate.max_range, estimate.currency)}`;
  $("estimate-basis").textContent = estimate.basis === "sold"
    ? "From sold listings (recent sales weigh more)."
    : "From asking prices (no sales found).";
  const certainty = Number(estimate.certainty) || 0;
  $("certainty-meter").value = certainty;
  $("certainty").textContent = `${Math.round(certainty * 100)} % (${certaintyWord(certainty)})`;
  drawRange(session);
  fill("card-estimate");
  say(`Estimated resale price: ${price.textContent}.`);
}

/** The range as a bar on a scale that also holds the offers in the same currency. */
function drawRange(session) {
  const e = session.estimate;
  const offers = (session.offers || []).filter((o) => o.currency === e.currency);
  const values = [e.min_range, e.max_range, e.price, ...offers.map((o) => o.price)]
    .filter((v) => typeof v === "number" && Number.isFinite(v));
  let low = Math.min(...values);
  let high = Math.max(...values);
  const pad = (high - low) * 0.08 || Math.max(high * 0.1, 1);
  low = Math.max(0, low - pad);
  high += pad;
  const at = (value) => `${(((value - low) / (high - low)) * 100).toFixed(2)}%`;
  const fillBar = $("range-fill");
  fillBar.style.left = at(e.min_range);
  fillBar.style.width = `calc(${at(e.max_range)} - ${at(e.min_range)})`;
  $("range-marker").style.left = at(e.price);
  const ticks = offers.map((offer) => {
    const tick = document.createElement("span");
    tick.className = "range-tick";
    tick.style.left = at(offer.price);
    return tick;
  });
  $("range-ticks").replaceChildren(...ticks);
  $("range").setAttribute("aria-label", `Estimated ${money(e.price, e.currency)}, likely between `
    + `${money(e.min_range, e.currency)} and ${money(e.max_range, e.currency)}`
    + (ticks.length ? `; dots mark ${ticks.length} offers` : ""));
}

function renderError(session, error) {
  const finding = FINDINGS.has(error.code);
  if (STAGES[error.stage]) {
    session.failedStages.add(error.stage);
    if (finding) setStage(error.stage, "empty", "nothing found");
    else setStage(error.stage, "failed", "gave up");
  }
  // Nothing found is said by the stage and the empty cards, not listed as a problem.
  if (finding) return;
  const stage = STAGES[error.stage] ? STAGES[error.stage].label : "The service";
  session.troubles.push(stage);
  const words = ERROR_WORDS[error.code] || "This step gave up.";
  problem(`${stage}: ${words}`, detailOf(error, words), error.code);
}

/** The service's own sentence when it adds to the page's words: never about the inside, never
 * a repeat of what the page says already. */
function detailOf(error, words) {
  const message = typeof error.message === "string" ? error.message.trim() : "";
  if (!message || INTERNAL.has(error.code)) return "";
  const plain = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  return plain(words).includes(plain(message).replace(/ for this item$/, "")) ? "" : message;
}

function renderDone(session, done) {
  session.finished = true;
  if (session.source) session.source.close();
  for (const stage of Object.keys(STAGES)) {
    const got = session.steps[stage].size;
    if (session.failedStages.has(stage)) continue;
    if (got === STAGES[stage].steps.length) continue;
    setStage(stage, "finished", got ? "finished, partly" : "not run");
  }
  for (const card of document.querySelectorAll('.card[data-filled="false"] .placeholder')) {
    card.textContent = "Nothing was found.";
  }
  // Nothing at all (the file was refused): the problems say it all, empty cards would not.
  if (!document.querySelector('.card[data-filled="true"]')) $("results").hidden = true;
  const identity = [$("producer").textContent, $("model").textContent].join(" ").trim();
  const value = $("estimate-price").textContent;
  const found = identity ? `${identity}${value ? `, worth about ${value}` : ""}` : "";
  if (done.status === "done" && session.troubles.length === 0) {
    if (found) setState("done", `Done: ${found}.`);
    else setState("empty", "Nothing could be identified in this photo. A closer, sharper photo "
      + "of the whole item may help.");
  } else {
    const gaveUp = [...new Set(session.troubles)].join(", ");
    setState("failed", `Finished with problems${gaveUp ? ` (${gaveUp} gave up)` : ""}`
      + `${found ? `; found ${found}` : ""}. See the problems below.`);
  }
}

function stepDone(session, stage, description) {
  const steps = session.steps[stage];
  steps.add(description);
  const total = STAGES[stage].steps.length;
  const node = stageNode(stage);
  node.querySelector("progress").value = steps.size;
  if (session.failedStages.has(stage)) return;
  if (steps.size >= total) setStage(stage, "done", "done");
  else setStage(stage, "working", `${steps.size} of ${total}`);
  if (stage === "lens") {
    for (const next of ["gpt", "pricing"]) {
      if (stageNode(next).dataset.state === "waiting") setStage(next, "working");
    }
  }
}

// -- the page's parts -------------------------------------------------------------------------

function resetResults() {
  $("problems").hidden = true;
  $("problem-list").replaceChildren();
  $("results").hidden = true;
  $("progress").hidden = true;
  $("permalink-line").hidden = true;
  for (const card of document.querySelectorAll(".card")) {
    card.dataset.filled = "false";
    const placeholder = card.querySelector(".placeholder");
    placeholder.textContent = placeholder.dataset.waiting;
  }
  for (const id of ["producer", "model", "producer-site", "estimate-price", "estimate-min",
    "estimate-max", "certainty", "offers-count", "matches-count"]) {
    $(id).textContent = "";
  }
  for (const id of ["offers", "matches", "retail", "range-ticks"]) $(id).replaceChildren();
  $("matches-more").hidden = true;
  renderEntity(null);
  renderRelated([]);
  for (const stage of Object.keys(STAGES)) {
    stageNode(stage).querySelector("progress").value = 0;
    setStage(stage, "waiting");
  }
}

function showProgress() {
  $("progress").hidden = false;
  $("results").hidden = false;
}

function showPermalink(id) {
  const url = new URL(`?q=${encodeURIComponent(id)}`, base);
  history.replaceState(null, "", url);
  const anchor = $("permalink");
  anchor.href = url.href;
  anchor.textContent = url.href;
  $("permalink-line").hidden = false;
}

async function copyPermalink() {
  try {
    await navigator.clipboard.writeText($("permalink").href);
    say("The link is copied.");
  } catch {
    getSelection().selectAllChildren($("permalink"));
    say("Press Ctrl+C (Cmd+C on a Mac) to copy the selected link.");
  }
}

function setState(state, text) {
  document.body.dataset.state = state;
  say(text);
}

function say(text) {
  $("status").textContent = text;
}

function fail(text) {
  if (current) current.stop();
  problem(text, "", "client");
  setState("failed", text);
}

function problem(text, detail, code) {
  const li = document.createElement("li");
  li.dataset.code = code;
  const main = document.createElement("span");
  main.textContent = text;
  li.append(main);
  if (detail) li.append(" ", muted(detail));
  $("problem-list").append(li);
  $("problems").hidden = false;
}

function setStage(stage, state, text) {
  const node = stageNode(stage);
  node.dataset.state = state;
  node.querySelector(".stage-state").textContent = text || state;
}

const stageNode = (stage) => document.querySelector(`.stage[data-stage="${stage}"]`);

function fill(cardId) {
  $(cardId).dataset.filled = "true";
  if (current && !current.scrolled) {
    current.scrolled = true;
    bringIntoView($(cardId));
  }
}

/** On a small screen the results start below the photo: the first one to arrive is scrolled
 * to, once per photo (after that the reader scrolls where they like). */
function bringIntoView(card) {
  const top = card.getBoundingClientRect().top;
  if (top < 0 || top > window.innerHeight * 0.8) {
    const still = matchMedia("(prefers-reduced-motion: reduce)").matches;
    card.scrollIntoView({ behavior: still ? "auto" : "smooth", block: "start" });
  }
}

// -- small helpers ----------------------------------------------------------------------------

function safeHref(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link to an http(s) URL that opens apart from this page, or the bare text for others. */
function link(url, text) {
  const href = safeHref(url);
  const node = document.createElement(href ? "a" : "span");
  node.textContent = text || url || "";
  if (href) {
    node.href = href;
    makeExternal(node);
  }
  return node;
}

function makeExternal(anchor) {
  anchor.target = "_blank";
  anchor.rel = "noopener noreferrer";
}

function muted(text) {
  const span = document.createElement("span");
  span.className = "muted";
  span.textContent = text;
  return span;
}

function money(amount, currency) {
  if (typeof amount !== "number" || !Number.isFinite(amount)) return "";
  try {
    return new Intl.NumberFormat(undefined, { style: "currency", currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency || ""}`.trim();
  }
}

function certaintyWord(value) {
  if (value >= 0.7) return "high";
  if (value >= 0.4) return "moderate";
  return "low";
}

/** A size in decimal units, as labelled (1 MB = 1,000,000 bytes), like the service's. */
function bytes(size) {
  if (size >= 1e6) return `${Number((size / 1e6).toFixed(2))} MB`;
  if (size >= 1e3) return `${Math.round(size / 1e3)} kB`;
  return `${size} bytes`;
}

for (const placeholder of document.querySelectorAll(".placeholder")) {
  placeholder.dataset.waiting = placeholder.textContent;
}
setUpPicker();
const permalinkId = new URLSearchParams(location.search).get("q");
if (permalinkId) replay(permalinkId);
