/* studysite: the text of a note's questions and STAR stories, for practice mode and the question bank's answers. It
   is stored once, in the note's search file (search/c<k>.js, as ranges of the note's text the search index already
   holds), which is a script, so it loads from the file system too; a page loads a file the first time it shows one
   of its items. The search folder is found beside this script's own folder, so a page of any interface language
   reads the one index at the site root. The search page reads its chunks with decode() too. The files are deflated
   and the browser inflates them (DecompressionStream), so decode() and load() give Promises; `supported` says
   whether this browser can. */
(function () {
  "use strict";

  var folder = new URL("../search/", document.currentScript.src).href;
  var PARTS = ["S", "T", "A", "R"];
  // the items' text of each search file, a Promise by file: {key: {q, a} | {s, r: [[letter, text]…]}}
  var files = {};
  // the decodings of the chunks a search file has passed so far, by file, while it runs
  var decoding = {};

  /**
   * A text written as lines (io.github.studysite.search.SearchIndex.lines), read at `place` ([entry, offset] in
   * `texts`, the chunk's entries' texts), which it moves on: a string is a line; [entry, start] moves the place; a
   * number n is the n characters at the place, which then moves past them and the space after them.
   */
  function joined(lines, texts, place) {
    var out = [];
    lines.forEach(function (line) {
      if (typeof line === "string") {
        out.push(line);
      } else if (typeof line === "number") {
        out.push(texts[place[0]].slice(place[1], place[1] + line));
        place[1] += line + 1;
      } else {
        place[0] = line[0];
        place[1] = line[1];
      }
    });
    return out.join("\n");
  }

  /**
   * Whether this browser reads the search files: they are deflated, and DecompressionStream inflates them (a browser
   * that has it without the "deflate-raw" format throws here).
   */
  var supported = (function () {
    try { return !!new DecompressionStream("deflate-raw"); } catch (e) { return false; }
  })();

  /**
   * A chunk as a search file holds it: its JSON, raw DEFLATE in base 64 (io.github.studysite.search.Deflated),
   * inflated by the browser, as a Promise. A stream read into a Response is no fetch, so it works from file:// and
   * under the preview's content security policy.
   */
  function unpack(data) {
    return Promise.resolve(data).then(function (data) {
      if (!supported) { throw new Error("no DecompressionStream for deflate-raw in this browser"); }
      var binary = atob(data);
      var bytes = new Uint8Array(binary.length);
      for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
      var inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
      return new Response(inflated).text();
    }).then(JSON.parse);
  }

  /**
   * A search chunk, as its file passes it, decoded (a Promise), with its entries as {kind, title, href, text, anchors,
   * key, item}: a question's or story's `key` and `item` ({q, a} or {s, r: [[letter, text]…]}) are what practice and
   * the question bank show. `manifest` (the search index's) gives the addresses of questions and stories and where a
   * question's own text is cut; without it their href and that cut are left out.
   */
  function decode(data, manifest) {
    return unpack(data).then(function (chunk) { return entriesOf(chunk, manifest); });
  }

  /** The entries of a chunk's JSON, as decode() gives them. */
  function entriesOf(chunk, manifest) {
    var texts = [];
    function text(t) { return typeof t === "string" ? t : texts[t[0]].slice(t[1], t[2]); }
    var entries = chunk.e.map(function (e) {
      var kind = e[0];
      var place = [0, 0];
      var entry;
      if (kind === "q") {
        var q = joined(e[3], texts, place);
        var a = joined(e[4], texts, place);
        entry = { kind: kind, key: e[1], title: q, item: { q: q, a: a },
          text: e.length > 5 ? text(e[5]) : a.slice(0, manifest && manifest.excerpt),
          href: manifest && manifest.pages[e[2] - 1] + "#" + e[1] };
      } else if (kind === "s") {
        var title = joined(e[3], texts, place);
        entry = { kind: kind, key: "s:" + e[1], title: title, text: text(e[2]),
          item: { s: title, r: PARTS.map(function (letter, i) { return [letter, joined(e[4 + i], texts, place)]; }) },
          href: manifest && manifest.story.replace("{slug}", function () { return e[1]; }) };
      } else {
        entry = { kind: kind, title: e[1] || (kind === "n" ? chunk.t : ""), text: text(e[3]), anchors: e[4],
          href: e[2] === "" ? chunk.h : e[2].charAt(0) === "#" ? chunk.h + e[2] : e[2] };
      }
      texts.push(entry.text);
      return entry;
    });
    return { title: chunk.t, href: chunk.h, entries: entries };
  }

  // a search file calls this once per chunk it holds, as it runs; its file's load() gathers the decodings
  function chunk(name, data) {
    var script = document.currentScript;
    var file = script && script.getAttribute("data-file");
    if (!file || !decoding[file]) { return; }
    var decoded = decode(data);
    decoded.catch(function () { /* reported by load(), once the file has run */ });
    decoding[file].push(decoded);
  }

  /** The items of search file `name` ("c<k>"), a Promise; the file loads the first time, and again after a failure. */
  function load(name) {
    if (!files[name]) {
      files[name] = new Promise(function (resolve, reject) {
        decoding[name] = [];
        window.studysiteSearch = { chunk: chunk };
        var script = document.createElement("script");
        script.src = folder + name + ".js";
        script.setAttribute("data-file", name);
        script.onload = function () {
          var decodings = decoding[name];
          delete decoding[name];
          resolve(Promise.all(decodings));
        };
        script.onerror = function () {
          delete decoding[name];
          reject(new Error("cannot load " + script.src));
        };
        document.head.appendChild(script);
      }).then(function (chunks) {
        var items = {};
        chunks.forEach(function (c) {
          c.entries.forEach(function (entry) { if (entry.item) { items[entry.key] = entry.item; } });
        });
        return items;
      });
      files[name].catch(function () { delete files[name]; });
    }
    return files[name];
  }

  /** "ko" or "en" by the letters of a note's text, as the site decides it (a Hangul syllable weighs 2.5 letters). */
  function lang(text) {
    var hangul = (String(text).match(/[\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F]/g) || []).length;
    var latin = (String(text).match(/[A-Za-z]/g) || []).length;
    return hangul + latin === 0 ? document.documentElement.lang || "en" : (hangul * 2.5 >= latin ? "ko" : "en");
  }

  /** Writes a text into `into` a paragraph per line, each in its own language; an empty text as `emptyMessage`. */
  function paragraphs(into, text, emptyMessage) {
    if (!text) {
      var todo = document.createElement("p");
      todo.className = "todo";
      todo.textContent = emptyMessage;
      into.appendChild(todo);
      return;
    }
    text.split("\n").forEach(function (line) {
      var p = document.createElement("p");
      p.textContent = line;
      p.lang = lang(line);
      into.appendChild(p);
    });
  }

  window.studysiteTexts = { supported: supported, load: load, decode: decode, lang: lang, paragraphs: paragraphs };
})();
