/* studysite: the text of a note's questions and STAR stories, for practice mode and the question bank's answers. It
   is stored once, in the note's search file (search/c<k>.js, as ranges of the note's text the search index already
   holds), which is a script, so it loads from the file system too; a page loads a file the first time it shows one
   of its items. The search folder is found beside this script's own folder, so a page of any interface language
   reads the one index at the site root. */
(function () {
  "use strict";

  var folder = new URL("../search/", document.currentScript.src).href;
  var PARTS = ["S", "T", "A", "R"];
  // the items' text of each loaded search file, by file: {key: {q, a} | {s, r: [[letter, text]…]}}
  var files = {};
  var waiting = {};

  /** A text written as lines, each the range [entry, start, end) of one of the chunk's entries' text or the line. */
  function joined(lines, entries) {
    return (lines || []).map(function (line) {
      return typeof line === "string" ? line : entries[line[0]][3].slice(line[1], line[2]);
    }).join("\n");
  }

  // a search file calls this once per chunk it holds, as it runs
  window.studysiteSearch = {
    chunk: function (name, chunk) {
      var script = document.currentScript;
      var file = script && script.getAttribute("data-file");
      if (!file || !chunk.x) { return; }
      var into = files[file] || (files[file] = {});
      Object.keys(chunk.x).forEach(function (key) {
        var x = chunk.x[key];
        into[key] = x.r ? { s: joined(x.s, chunk.e), r: x.r.map(function (part, i) {
          return [PARTS[i], joined(part, chunk.e)];
        }) } : { q: joined(x.q, chunk.e), a: joined(x.a, chunk.e) };
      });
    }
  };

  /** Gives then() the items of search file `name` ("c<k>"), loading it the first time. */
  function load(name, then) {
    if (files[name] && !waiting[name]) { then(files[name]); return; }
    var first = !waiting[name];
    (waiting[name] = waiting[name] || []).push(then);
    if (first) {
      var script = document.createElement("script");
      script.src = folder + name + ".js";
      script.setAttribute("data-file", name);
      script.onload = function () {
        var content = files[name] || (files[name] = {});
        var callbacks = waiting[name];
        delete waiting[name];
        callbacks.forEach(function (f) { f(content); });
      };
      document.head.appendChild(script);
    }
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

  window.studysiteTexts = { load: load, lang: lang, paragraphs: paragraphs };
})();
