/* studysite practice mode: one question (or STAR story) at a time, answer hidden until asked, a timer aiming at the
   answer's estimated speaking time. When each item was last practised is kept in this browser (localStorage), and
   the least recently practised come first. Reads practice-data.js and, per note, practice/<chunk>.js — all scripts,
   so it works from the file system too. No network, no framework. */
(function () {
  "use strict";

  var box = document.querySelector("[data-practice]");
  var data = window.studysitePractice;
  if (!box || !data || data.version !== 1) { return; }
  box.hidden = false;

  var STORE = "studysite:practice";
  var root = box.getAttribute("data-root");            // this interface language's pages
  var dataRoot = box.getAttribute("data-site-root");   // the practice data, shared by every language
  var lang = document.documentElement.lang || undefined;
  var store = null;
  try { store = window.localStorage; } catch (e) { store = null; }
  var practised = readStore();

  var items = data.items.map(function (row) {
    return { kind: row[0], key: row[1], note: row[2], principles: " " + row[3] + " ", answered: row[4] === 1,
      seconds: row[5], tie: Math.random() };
  });
  var queue = [];
  var position = 0;
  var current = null;
  var revealed = 0;

  var chunks = {};
  var waiting = {};
  data.chunk = function (name, content) {
    chunks[name] = content;
    (waiting[name] || []).forEach(function (f) { f(content); });
    delete waiting[name];
  };

  var el = function (selector) { return box.querySelector(selector); };
  var form = el(".practice-filters");
  var card = el(".practice-card");
  var revealButton = el("[data-action=reveal]");
  var timerButton = el("[data-action=timer]");

  function readStore() {
    try { return JSON.parse((store && store.getItem(STORE)) || "{}") || {}; } catch (e) { return {}; }
  }

  function remember(key) {
    practised = readStore();
    practised[key] = Date.now();
    if (store) {
      try { store.setItem(STORE, JSON.stringify(practised)); } catch (e) { /* full or blocked: practise anyway */ }
    }
  }

  /** "ko" or "en" by the letters of a note's text, as the site decides it (a Hangul syllable weighs 2.5 letters). */
  function textLang(text) {
    var hangul = (String(text).match(/[\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F]/g) || []).length;
    var latin = (String(text).match(/[A-Za-z]/g) || []).length;
    return hangul + latin === 0 ? lang || "en" : (hangul * 2.5 >= latin ? "ko" : "en");
  }

  function msg(name) { return box.getAttribute("data-msg-" + name); }

  function loadChunk(name, then) {
    if (chunks[name]) { then(chunks[name]); return; }
    var first = !waiting[name];
    (waiting[name] = waiting[name] || []).push(then);
    if (first) {
      var script = document.createElement("script");
      script.src = dataRoot + "practice/" + name + ".js";
      document.head.appendChild(script);
    }
  }

  /** The filtered items, least recently practised first (never practised first of all, in random order). */
  function rebuild() {
    var want = {};
    form.querySelectorAll("select").forEach(function (s) { want[s.name] = s.value; });
    queue = items.filter(function (it) {
      return (!want.principle || it.principles.indexOf(" " + want.principle + " ") >= 0) &&
        (!want.note || String(it.note) === want.note) &&
        (!want.kind || it.kind === want.kind) &&
        (!want.status || (want.status === "answered") === it.answered);
    });
    queue.sort(function (a, b) { return (practised[a.key] || 0) - (practised[b.key] || 0) || a.tie - b.tie; });
    el(".filter-count").textContent = queue.length + " / " + items.length;
    position = 0;
    show();
  }

  function show() {
    var empty = queue.length === 0;
    el(".practice-empty").hidden = !empty;
    card.hidden = empty;
    stopTimer();
    if (empty) { current = null; return; }
    var item = queue[position];
    current = item;
    revealed = 0;
    el(".practice-prompt").textContent = msg("loading");
    el(".practice-answer").hidden = true;
    el(".practice-answer").textContent = "";
    el(".practice-parts").textContent = "";
    var note = data.notes[item.note];
    loadChunk(note[1], function (chunk) {
      if (current !== item) { return; }
      var content = chunk[item.key];
      el(".practice-kind").textContent = box.getAttribute("data-kind-" + item.kind);
      var source = el(".practice-source");
      source.textContent = item.kind === "s" ? (content.s || msg("untitled")) : note[0];
      source.href = root + content.h;
      source.lang = textLang(source.textContent);
      var last = practised[item.key];
      el(".practice-last").textContent = last ? msg("last").replace("{0}", new Date(last).toLocaleString(lang))
        : msg("never");
      var prompt = el(".practice-prompt");
      prompt.textContent = item.kind === "s" ? storyPrompt(content) : content.q;
      prompt.lang = item.kind === "s" ? lang || "" : textLang(content.q);
      revealButton.textContent = item.kind === "s" ? msg("reveal-part") : msg("reveal");
      revealButton.disabled = false;
      card.setAttribute("data-kind", item.kind);
      card.setAttribute("data-key", item.key);
      startTimer(item.seconds);
    });
  }

  /** A story asked as the behavioural question of its principle, worded in this page's language. */
  function storyPrompt(content) {
    var option = content.l && form.querySelector("select[name=principle] option[value='" + content.l + "']");
    return option ? msg("story-prompt").replace("{0}", option.textContent)
      : msg("story-prompt-any").replace("{0}", content.s || msg("untitled"));
  }

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
      p.lang = textLang(line);
      into.appendChild(p);
    });
  }

  function reveal() {
    if (!current || revealButton.disabled) { return; }
    var content = chunks[data.notes[current.note][1]][current.key];
    if (revealed === 0) { remember(current.key); }
    if (current.kind === "q") {
      var answer = el(".practice-answer");
      answer.textContent = "";
      paragraphs(answer, content.a, msg("unanswered"));
      answer.hidden = false;
      revealed = 1;
      revealButton.disabled = true;
      return;
    }
    var part = content.r[revealed];
    var li = document.createElement("li");
    li.className = "star-part part-" + part[0] + (part[1] ? "" : " is-empty");
    var h = document.createElement("h3");
    var letter = document.createElement("span");
    letter.className = "star-letter";
    letter.textContent = part[0];
    h.appendChild(letter);
    h.appendChild(document.createTextNode(" " + box.getAttribute("data-part-" + part[0])));
    li.appendChild(h);
    paragraphs(li, part[1], msg("part-todo"));
    el(".practice-parts").appendChild(li);
    revealed++;
    revealButton.disabled = revealed >= content.r.length;
  }

  // ---- timer: counts up from when an item is shown; the target is the answer's speaking time ----
  var timer = { started: 0, before: 0, running: false, target: 0, tick: null };

  function startTimer(target) {
    timer.target = target;
    timer.before = 0;
    timer.started = Date.now();
    timer.running = true;
    el(".practice-target").textContent = target > 0 ? "/ " + clock(target) + " " + msg("target") : msg("no-target");
    timerButton.textContent = msg("pause");
    clearInterval(timer.tick);
    timer.tick = setInterval(paint, 250);
    paint();
  }

  function stopTimer() {
    clearInterval(timer.tick);
    timer.running = false;
  }

  function toggleTimer() {
    if (!current) { return; }
    if (timer.running) {
      timer.before += Date.now() - timer.started;
      timer.running = false;
      clearInterval(timer.tick);
      timerButton.textContent = msg("resume");
    } else {
      timer.started = Date.now();
      timer.running = true;
      timer.tick = setInterval(paint, 250);
      timerButton.textContent = msg("pause");
    }
    card.classList.toggle("is-paused", !timer.running);
    paint();
  }

  function elapsed() {
    return Math.floor((timer.before + (timer.running ? Date.now() - timer.started : 0)) / 1000);
  }

  function paint() {
    var seconds = elapsed();
    el(".practice-elapsed").textContent = clock(seconds);
    var progress = el(".practice-progress");
    progress.hidden = timer.target <= 0;
    progress.value = timer.target > 0 ? Math.min(1, seconds / timer.target) : 0;
    card.classList.toggle("is-over", timer.target > 0 && seconds > timer.target);
  }

  function clock(seconds) {
    var s = seconds % 60;
    return Math.floor(seconds / 60) + ":" + (s < 10 ? "0" : "") + s;
  }

  // ---- navigation ----
  function go(delta) {
    if (!queue.length) { return; }
    position = (position + delta + queue.length) % queue.length;
    show();
  }

  function random() {
    if (queue.length < 2) { show(); return; }
    var next = position;
    while (next === position) { next = Math.floor(Math.random() * queue.length); }
    position = next;
    show();
  }

  var actions = { previous: function () { go(-1); }, next: function () { go(1); }, reveal: reveal,
    timer: toggleTimer, random: random };
  box.querySelectorAll("[data-action]").forEach(function (button) {
    button.addEventListener("click", function () { actions[button.getAttribute("data-action")](); });
  });
  form.addEventListener("change", rebuild);
  form.addEventListener("submit", function (e) { e.preventDefault(); });

  // Shortcuts go by the physical key (event.code), so they work whatever the input source: with Korean on, N types
  // "ㅜ" but is still KeyN. Space and Enter on a practice button would press that button again (after "next", two
  // Spaces skip two questions), so on the card's own controls they reveal instead, like everywhere else on the page.
  var shortcuts = { Space: "reveal", Enter: "reveal", NumpadEnter: "reveal", KeyN: "next", ArrowRight: "next",
    KeyP: "previous", ArrowLeft: "previous", KeyR: "random", KeyT: "timer" };
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.isComposing) { return; }
    var target = e.target;
    var tag = target && target.tagName;
    var onControl = tag === "BUTTON" && box.querySelector(".practice-controls").contains(target);
    if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA" || (tag === "BUTTON" && !onControl) ||
        (target && target.isContentEditable)) {
      return;
    }
    var action = shortcuts[e.code];
    if (!action) { return; }
    // Enter on a focused control button still means that button; only Space is taken over there.
    if (onControl && (e.code === "Enter" || e.code === "NumpadEnter")) { return; }
    e.preventDefault();
    actions[action]();
  });
  // Space on a focused button fires its click on keyup; the keydown above already acted, so that click is dropped.
  box.querySelector(".practice-controls").addEventListener("keyup", function (e) {
    if (e.code === "Space") { e.preventDefault(); }
  });

  rebuild();
})();
