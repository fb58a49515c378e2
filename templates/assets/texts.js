/* studysite: the text of a note's questions and STAR stories, for practice mode and the question bank's answers. It
   is stored once, in the note's search file (search/c<k>.js, as ranges of the note's text the search index already
   holds), which is a script, so it loads from the file system too; a page loads a file the first time it shows one
   of its items. The search folder is found beside this script's own folder, so a page of any interface language
   reads the one index at the site root. The search page reads its chunks with decode() too. */
(function () {
  "use strict";

  var folder = new URL("../search/", document.currentScript.src).href;
  var PARTS = ["S", "T", "A", "R"];
  // the items' text of each loaded search file, by file: {key: {q, a} | {s, r: [[letter, text]…]}}
  var files = {};
  var waiting = {};

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

  var LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258];
  var LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
  var DISTANCE_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
  var DISTANCE_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13];
  var LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

  /** A canonical Huffman code from each symbol's code length: how many codes of each length, symbols in code order. */
  function huffman(lengths) {
    var count = new Array(16).fill(0);
    var offset = new Array(16).fill(0);
    var symbol = [];
    lengths.forEach(function (length) { count[length]++; });
    count[0] = 0;
    for (var length = 1; length < 15; length++) { offset[length + 1] = offset[length] + count[length]; }
    lengths.forEach(function (length, s) { if (length) { symbol[offset[length]++] = s; } });
    return { count: count, symbol: symbol };
  }

  var FIXED_LITERALS = huffman(Array.from({ length: 288 }, function (x, s) {
    return s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8;
  }));
  var FIXED_DISTANCES = huffman(new Array(30).fill(5));

  /** Raw DEFLATE (RFC 1951), as io.github.studysite.search.Deflated writes it: bytes in, bytes out. */
  function inflate(input) {
    var at = 0;
    var bitBuffer = 0;
    var bitCount = 0;
    var out = new Uint8Array(Math.max(1024, input.length * 6));
    var size = 0;
    function bits(n) {
      while (bitCount < n) {
        if (at >= input.length) { throw new Error("deflate data ends early"); }
        bitBuffer |= input[at++] << bitCount;
        bitCount += 8;
      }
      var value = bitBuffer & ((1 << n) - 1);
      bitBuffer >>>= n;
      bitCount -= n;
      return value;
    }
    function symbolOf(code) {
      var value = 0;
      var first = 0;
      var index = 0;
      for (var length = 1; length < 16; length++) {
        value |= bits(1);
        var count = code.count[length];
        if (value - first < count) { return code.symbol[index + value - first]; }
        index += count;
        first = (first + count) << 1;
        value <<= 1;
      }
      throw new Error("bad deflate code");
    }
    function room(more) {
      if (size + more > out.length) {
        var bigger = new Uint8Array(Math.max(out.length * 2, size + more));
        bigger.set(out.subarray(0, size));
        out = bigger;
      }
    }
    var last = 0;
    while (!last) {
      last = bits(1);
      var type = bits(2);
      if (type === 0) {
        bitBuffer = 0;
        bitCount = 0;
        var length = input[at] | input[at + 1] << 8;
        at += 4;
        room(length);
        out.set(input.subarray(at, at + length), size);
        size += length;
        at += length;
        continue;
      }
      var literals = FIXED_LITERALS;
      var distances = FIXED_DISTANCES;
      if (type === 2) {
        var literalCount = bits(5) + 257;
        var distanceCount = bits(5) + 1;
        var codeLengthCount = bits(4) + 4;
        var codeLengths = new Array(19).fill(0);
        for (var i = 0; i < codeLengthCount; i++) { codeLengths[LENGTH_ORDER[i]] = bits(3); }
        var lengthCode = huffman(codeLengths);
        var lengths = [];
        while (lengths.length < literalCount + distanceCount) {
          var symbol = symbolOf(lengthCode);
          if (symbol < 16) {
            lengths.push(symbol);
          } else {
            var repeat = symbol === 16 ? 3 + bits(2) : symbol === 17 ? 3 + bits(3) : 11 + bits(7);
            var value = symbol === 16 ? lengths[lengths.length - 1] : 0;
            while (repeat--) { lengths.push(value); }
          }
        }
        literals = huffman(lengths.slice(0, literalCount));
        distances = huffman(lengths.slice(literalCount));
      } else if (type !== 1) {
        throw new Error("bad deflate block");
      }
      for (;;) {
        var s = symbolOf(literals);
        if (s < 256) {
          room(1);
          out[size++] = s;
        } else if (s === 256) {
          break;
        } else {
          var copy = LENGTH_BASE[s - 257] + bits(LENGTH_EXTRA[s - 257]);
          var d = symbolOf(distances);
          var distance = DISTANCE_BASE[d] + bits(DISTANCE_EXTRA[d]);
          room(copy);
          for (var c = 0; c < copy; c++, size++) { out[size] = out[size - distance]; }
        }
      }
    }
    return out.subarray(0, size);
  }

  /** A chunk as a search file holds it: its JSON, deflated, in base 64 (io.github.studysite.search.Deflated). */
  function unpack(data) {
    var binary = atob(data);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
    return JSON.parse(new TextDecoder().decode(inflate(bytes)));
  }

  /**
   * A search chunk, as its file passes it, with its entries as {kind, title, href, text, anchors, key, item}: a
   * question's or story's `key` and `item` ({q, a} or {s, r: [[letter, text]…]}) are what practice and the question
   * bank show. `manifest` (the search index's) gives the addresses of questions and stories and where a question's
   * own text is cut; without it their href and that cut are left out.
   */
  function decode(data, manifest) {
    var chunk = unpack(data);
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

  // a search file calls this once per chunk it holds, as it runs
  function chunk(name, data) {
    var script = document.currentScript;
    var file = script && script.getAttribute("data-file");
    if (!file) { return; }
    var into = files[file] || (files[file] = {});
    decode(data).entries.forEach(function (entry) {
      if (entry.item) { into[entry.key] = entry.item; }
    });
  }

  /** Gives then() the items of search file `name` ("c<k>"), loading it the first time. */
  function load(name, then) {
    if (files[name] && !waiting[name]) { then(files[name]); return; }
    var first = !waiting[name];
    (waiting[name] = waiting[name] || []).push(then);
    if (first) {
      window.studysiteSearch = { chunk: chunk };
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

  window.studysiteTexts = { load: load, decode: decode, lang: lang, paragraphs: paragraphs };
})();
