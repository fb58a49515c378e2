/* studysite search: runs the query in the browser against the build-time index, from any static host and from the
   file system (every index file is a script, since browsers refuse fetch() on file://). No network, no framework.

   Matching mirrors io.github.studysite.search.SearchText: NFC, white space removed, each character lower-cased on
   its own. A query of several words finds what contains every word, in any order ("구축 EKS" finds what "EKS 구축"
   finds); each word must be a substring. So 서울 finds 서울은, and 마이데이터프로젝트 finds "마이데이터 프로젝트".
   The index maps every pair of neighbouring characters (bigram) to the notes containing it; a query loads the shards
   of its words' bigrams, intersects them, then loads and checks only the files of the candidate notes. One row per address. */
(function () {
  "use strict";

  var LIMIT = 50;          // results shown
  var BATCH = 8;           // candidate chunks loaded at once
  var SPACE = /[\s\u001c-\u001f]/;
  var KIND_RANK = { p: 0, s: 1, q: 2, i: 3, t: 4, h: 5, n: 6 };

  var box = document.querySelector("[data-search]");
  var manifest = window.studysiteSearchIndex;
  var root = box ? box.getAttribute("data-root") : "";          // this interface language's pages
  var dataRoot = box ? box.getAttribute("data-site-root") : "";  // the index, shared by every language
  var shards = {};
  var chunks = {};
  var loading = {};
  // The index file of every chunk: file k holds the next manifest.files[k] chunks, in order.
  var fileOf = [];
  if (manifest) {
    manifest.files.forEach(function (count, k) { for (var c = 0; c < count; c++) { fileOf.push("c" + k); } });
  }

  // Index files call these when they load.
  window.studysiteSearch = {
    shard: function (k, data) { shards["p" + k] = data; },
    chunk: function (name, data) {
      // a Promise: load() gives it once the file has run, and a failure is reported there
      chunks[name] = window.studysiteTexts.decode(data, manifest);
      chunks[name].catch(function () {});
    }
  };

  /**
   * Loads index file `file` once (a script: file:// refuses fetch), then gives what it put under `key` (a chunk once
   * decoded: a batch's results are gathered only when all its chunks are).
   */
  function load(key, store, file) {
    if (store[key]) { return Promise.resolve(store[key]); }
    if (!loading[file]) {
      loading[file] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = dataRoot + "search/" + file + ".js";
        script.onload = resolve;
        script.onerror = function () {
          delete loading[file];
          reject(new Error("cannot load " + script.src));
        };
        document.head.appendChild(script);
      });
    }
    return loading[file].then(function () {
      return store[key] || Promise.reject(new Error("no " + key + " in " + file));
    });
  }

  /** Normalised text, and for each of its UTF-16 units the index of the character it came from. */
  function normalise(text) {
    var s = text.normalize ? text.normalize("NFC") : text;
    var out = "";
    var from = [];
    var i = 0;
    for (var ch of s) {
      if (!SPACE.test(ch)) {
        var lower = ch.toLowerCase();
        if (Array.from(lower).length !== 1) { lower = ch; }
        out += lower;
        for (var u = 0; u < lower.length; u++) { from.push(i); }
      }
      i += ch.length;
    }
    return { text: out, from: from, source: s };
  }

  function bigramsOf(words) {
    var seen = {};
    var list = [];
    words.forEach(function (word) {
    var cps = Array.from(word);
    for (var i = 0; i + 1 < cps.length; i++) {
      var key = cps[i] + cps[i + 1];
      if (!seen[key]) {
        seen[key] = true;
        list.push({ key: key, shard: (cps[i].codePointAt(0) * 31 + cps[i + 1].codePointAt(0)) % manifest.shards });
      }
    }
    });
    return list;
  }

  var BITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

  /** A bigram's chunks: "+first:bits", a bitmap of six chunks a digit from chunk `first`, or deltas in base 36. */
  function decode(postings) {
    var out = [];
    if (postings.charAt(0) === "+") {
      var colon = postings.indexOf(":");
      var first = parseInt(postings.slice(1, colon), 36);
      for (var i = colon + 1; i < postings.length; i++) {
        var digit = BITS.indexOf(postings.charAt(i));
        for (var b = 0; b < 6; b++) {
          if (digit & (1 << b)) { out.push(first + (i - colon - 1) * 6 + b); }
        }
      }
      return out;
    }
    var at = 0;
    postings.split(",").forEach(function (d) { at += parseInt(d, 36); out.push(at); });
    return out;
  }

  function intersect(lists) {
    lists.sort(function (a, b) { return a.length - b.length; });
    var result = lists[0];
    for (var i = 1; i < lists.length && result.length; i++) {
      var set = {};
      lists[i].forEach(function (n) { set[n] = true; });
      result = result.filter(function (n) { return set[n]; });
    }
    var once = {};
    return result.filter(function (n) { return once[n] ? false : (once[n] = true); });
  }

  /** Where each word (all present) first occurs in a normalised text, as source ranges sorted by start. */
  function rangesOf(norm, words) {
    var ranges = [];
    for (var w = 0; w < words.length; w++) {
      var at = norm.text.indexOf(words[w]);
      var endUnit = at + words[w].length - 1;
      ranges.push([norm.from[at], norm.from[endUnit] + (norm.source.codePointAt(norm.from[endUnit]) > 0xffff ? 2 : 1)]);
    }
    return ranges.sort(function (a, b) { return a[0] - b[0]; });
  }

  /** Whether every word is in the title or the text (one may be in each). */
  function everyWord(title, text, words) {
    for (var w = 0; w < words.length; w++) {
      if (title.text.indexOf(words[w]) < 0 && text.text.indexOf(words[w]) < 0) { return false; }
    }
    return true;
  }

  /** Checks one entry of a chunk (studysiteTexts.decode); returns a result or null. */
  function match(entry, chunkData, words, order) {
    var kind = entry.kind;
    var title = entry.normTitle || (entry.normTitle = normalise(entry.title));
    var text = entry.norm || (entry.norm = normalise(entry.text));
    if (!everyWord(title, text, words)) { return null; }
    var inTitle = words.filter(function (w) { return title.text.indexOf(w) >= 0; });
    var inText = words.filter(function (w) { return text.text.indexOf(w) >= 0; });
    var titleRanges = inTitle.length ? rangesOf(title, inTitle) : null;
    var textRanges = inText.length ? rangesOf(text, inText) : null;
    var href = entry.href;
    var snippet = null;
    if (textRanges) {
      var start = textRanges[0][0];
      snippet = { source: text.source, ranges: textRanges };
      var anchors = entry.anchors;
      if (anchors) {
        var id = null;
        for (var a = 0; a + 1 < anchors.length && anchors[a] <= start; a += 2) { id = anchors[a + 1]; }
        if (id) { href = href.split("#")[0] + "#" + encodeURIComponent(id); }
      }
    }
    return {
      kind: kind, title: entry.title || box.getAttribute("data-msg-untitled"), href: href, context: kind === "n" || kind === "p" ? "" : chunkData.title,
      snippet: snippet, titleMatch: titleRanges ? { source: title.source, ranges: titleRanges } : null,
      score: (inTitle.length === words.length ? 0 : 100) + KIND_RANK[kind] * 10, order: order
    };
  }

  var generation = 0;

  function run(raw) {
    var mine = ++generation;
    var words = raw.split(/\s+/).map(function (w) { return normalise(w).text; }).filter(function (w, i, all) {
      return w && all.indexOf(w) === i;
    });
    var query = words.join("");
    var status = box.querySelector(".search-status");
    var list = box.querySelector(".search-results");
    list.textContent = "";
    if (!raw.trim()) { status.textContent = ""; return; }
    if (!words.some(function (w) { return Array.from(w).length >= 2; })) {
      status.textContent = box.getAttribute("data-msg-short");
      return;
    }
    status.textContent = box.getAttribute("data-msg-loading");
    var grams = bigramsOf(words);
    var needed = {};
    grams.forEach(function (g) { needed[g.shard] = true; });
    Promise.all(Object.keys(needed).map(function (k) { return load("p" + k, shards, "p" + k); })).then(function () {
      var lists = [];
      for (var i = 0; i < grams.length; i++) {
        var postings = shards["p" + grams[i].shard][grams[i].key];
        if (!postings) { return []; }
        lists.push(decode(postings));
      }
      return intersect(lists);
    }).then(function (candidates) {
      var results = [];
      var next = 0;
      function more() {
        if (mine !== generation) { return null; }
        if (next >= candidates.length || results.length >= LIMIT) { return results; }
        var batch = candidates.slice(next, next + BATCH);
        next += BATCH;
        return Promise.all(batch.map(function (n) { return load(manifest.chunks[n], chunks, fileOf[n]); })).then(function (loaded) {
          loaded.forEach(function (data, b) {
            data.entries.forEach(function (entry, e) {
              var r = match(entry, data, words, (next - BATCH + b) * 100000 + e);
              if (r) { results.push(r); }
            });
          });
          return more();
        });
      }
      return more();
    }).then(function (results) {
      if (!results || mine !== generation) { return; }
      show(raw, results, status, list);
    }).catch(function () {
      if (mine === generation) { status.textContent = box.getAttribute("data-msg-error"); }
    });
  }

  function format(template, args) {
    return template.replace(/\{(\d)\}/g, function (m, i) { return args[+i]; });
  }

  function show(raw, results, status, list) {
    results.sort(function (a, b) { return a.score - b.score || a.order - b.order; });
    var seen = {};
    results = results.filter(function (r) { return seen[r.href] ? false : (seen[r.href] = true); });
    if (!results.length) {
      status.textContent = format(box.getAttribute("data-msg-none"), [raw.trim()]);
      return;
    }
    var shown = results.slice(0, LIMIT);
    status.textContent = format(box.getAttribute("data-msg-count"), [raw.trim(), results.length]) +
      (results.length > LIMIT ? " " + format(box.getAttribute("data-msg-more"), [LIMIT]) : "");
    shown.forEach(function (r) {
      var li = document.createElement("li");
      li.className = "search-result kind-" + r.kind;
      var a = document.createElement("a");
      a.href = root + r.href;
      var badge = document.createElement("span");
      badge.className = "search-kind";
      badge.textContent = box.getAttribute("data-kind-" + r.kind);
      a.appendChild(badge);
      a.appendChild(document.createTextNode(" "));
      var title = document.createElement("span");
      title.className = "search-title";
      if (r.titleMatch) {
        highlight(title, r.titleMatch.source, r.titleMatch.ranges, false);
      } else {
        title.textContent = r.title;
      }
      a.appendChild(title);
      li.appendChild(a);
      if (r.context) {
        var context = document.createElement("span");
        context.className = "search-context";
        context.textContent = r.context;
        li.appendChild(context);
      }
      if (r.snippet) {
        var p = document.createElement("p");
        p.className = "search-snippet";
        highlight(p, r.snippet.source, r.snippet.ranges, true);
        li.appendChild(p);
      }
      list.appendChild(li);
    });
  }

  /** Writes source with each of its (sorted) ranges marked, cut to some context around them when {@code cut}. */
  function highlight(into, source, ranges, cut) {
    var from = cut ? Math.max(0, ranges[0][0] - 40) : 0;
    var to = cut ? Math.min(source.length, ranges[ranges.length - 1][1] + 90, ranges[0][1] + 200) : source.length;
    var at = from;
    into.appendChild(document.createTextNode(from > 0 ? "…" : ""));
    ranges.forEach(function (range) {
      var start = Math.max(range[0], at);
      var end = Math.min(range[1], to);
      if (end <= start) { return; }
      into.appendChild(document.createTextNode(source.slice(at, start)));
      var mark = document.createElement("mark");
      mark.textContent = source.slice(start, end);
      into.appendChild(mark);
      at = end;
    });
    into.appendChild(document.createTextNode(source.slice(at, to) + (to < source.length ? "…" : "")));
  }

  if (!box) { return; }
  box.hidden = false;
  var input = box.querySelector("input[name=q]");
  var form = box.querySelector("form");
  if (!manifest || manifest.version !== 3 || !window.studysiteTexts) {
    box.querySelector(".search-status").textContent = box.getAttribute("data-msg-error");
    return;
  }
  if (!window.studysiteTexts.supported) {
    box.querySelector(".search-status").textContent = box.getAttribute("data-msg-unsupported");
    return;
  }
  var params = new URLSearchParams(location.search);
  var timer = null;
  function submit() {
    var q = input.value;
    try {
      var url = new URL(location.href);
      if (q) { url.searchParams.set("q", q); } else { url.searchParams.delete("q"); }
      history.replaceState(null, "", url.toString());
    } catch (e) { /* file:// in some browsers: leave the address as it is */ }
    run(q);
  }
  form.addEventListener("submit", function (e) { e.preventDefault(); submit(); });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(submit, 200);
  });
  // Arrow keys: down from the box into the results, up and down through them, up from the first back to the box.
  box.addEventListener("keydown", function (e) {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") { return; }
    var links = Array.prototype.slice.call(box.querySelectorAll(".search-results a"));
    if (!links.length) { return; }
    var at = links.indexOf(document.activeElement);
    if (e.target === input) { at = -1; } else if (at < 0) { return; }
    e.preventDefault();
    var next = at + (e.key === "ArrowDown" ? 1 : -1);
    if (next < 0) { input.focus(); } else { links[Math.min(next, links.length - 1)].focus(); }
  });
  var header = document.querySelector(".site-header [name=q]");
  if (params.get("q")) {
    input.value = params.get("q");
    if (header) { header.value = input.value; }
    run(input.value);
  }
  input.focus();
})();
