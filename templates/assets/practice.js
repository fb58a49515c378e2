/* studysite practice mode: one question (or STAR story) at a time, answer hidden until asked, a timer aiming at the
   answer's estimated speaking time, "good / again" after the reveal scheduling what comes back (Leitner, kept in this
   browser's localStorage), and an optional recording of the spoken answer that never leaves the page. Reads
   practice-data.js and, through texts.js, the items' text from their notes' search files — all scripts, so it works
   from the file system too. No network, no framework. */
(function () {
  "use strict";

  /**
   * The spaced-repetition schedule, a Leitner system: boxes 1–5 come back after 0 (this session), 1, 3, 7 and 14
   * days. "Good" moves an item up a box (a new item counts as box 1), "again" sends it back to box 1. Pure, so the
   * page and its tests share it: window.studysiteLeitner.
   */
  var Leitner = {
    DAYS: [0, 1, 3, 7, 14],
    /** The entry {box, due} after an answer went well (good) or not, at time now (ms). */
    grade: function (entry, good, now) {
      var from = entry && entry.box >= 1 ? entry.box : 1;
      var box = good ? Math.min(5, from + 1) : 1;
      return { box: box, due: now + Leitner.DAYS[box - 1] * 86400000 };
    },
    /**
     * Keys in practice order: due items first (most overdue first), then new ones (never graded; the least recently
     * shown first), then those not due yet (soonest first); ties keep the deck's order.
     */
    order: function (keys, schedule, lastShown, now) {
      var rank = function (key) {
        var entry = schedule[key];
        if (!entry) { return [1, lastShown[key] || 0]; }
        return [entry.due <= now ? 0 : 2, entry.due];
      };
      return keys.map(function (key, i) { return { key: key, rank: rank(key), i: i }; })
        .sort(function (a, b) { return a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.i - b.i; })
        .map(function (row) { return row.key; });
    }
  };
  window.studysiteLeitner = Leitner;

  var box = document.querySelector("[data-practice]");
  var data = window.studysitePractice;
  var texts = window.studysiteTexts;
  if (!box || !data || data.version !== 3 || !texts) { return; }
  box.hidden = false;

  var STORE = "studysite:practice";
  var root = box.getAttribute("data-root");            // this interface language's pages
  var dataRoot = box.getAttribute("data-site-root");   // the practice data, shared by every language
  var lang = document.documentElement.lang || undefined;
  var store = null;
  try { store = window.localStorage; } catch (e) { store = null; }
  var practised = readStore(STORE);
  // Several sites can share an origin (user.github.io/a/, /b/, every file:// page), so the schedule is kept per site.
  var SCHEDULE = "studysite:" + new URL(dataRoot, location.href).pathname + ":schedule";
  var schedule = readStore(SCHEDULE);

  var items = data.items.map(function (row) {
    return { kind: row[0], key: row[1], note: row[2], principles: " " + row[3] + " ", answered: row[4] === 1,
      seconds: row[5], page: row[6] };
  });
  var queue = [];
  var position = 0;
  var current = null;
  var revealed = 0;

  var content = null;   // the text of the item on the card, once its search file is loaded

  var el = function (selector) { return box.querySelector(selector); };
  var form = el(".practice-filters");
  var card = el(".practice-card");
  var revealButton = el("[data-action=reveal]");
  var timerButton = el("[data-action=timer]");
  var gradeBox = el(".practice-grade");

  function readStore(name) {
    try { return JSON.parse((store && store.getItem(name)) || "{}") || {}; } catch (e) { return {}; }
  }

  function writeStore(name, value) {
    if (store) {
      try { store.setItem(name, JSON.stringify(value)); } catch (e) { /* full or blocked: practise anyway */ }
    }
  }

  function remember(key) {
    practised = readStore(STORE);
    practised[key] = Date.now();
    writeStore(STORE, practised);
  }

  /** Grades the item on the card; it moves to the end of this session's queue and the next item is shown. */
  function grade(good) {
    if (!current || gradeBox.hidden) { return; }
    schedule = readStore(SCHEDULE);
    schedule[current.key] = Leitner.grade(schedule[current.key], good, Date.now());
    writeStore(SCHEDULE, schedule);
    queue.splice(position, 1);
    if (position >= queue.length) { position = 0; }
    queue.push(current);
    show();
  }

  /** The search file holding the chunk of a note's items. */
  function chunkOf(item) { return "c" + data.files[item.note]; }

  /** The note's title, as the note filter lists it (the same notes in the same order as the data's rows). */
  function noteOption(item) { return form.querySelector("select[name=note] option[value='" + item.note + "']"); }

  /** Where an item is in this language's pages: its question on its page of the question bank, or its story. */
  function href(item) {
    return item.kind === "s" ? data.story.replace("{slug}", function () { return item.key.slice(2); })
      : data.pages[item.page - 1] + "#" + item.key;
  }

  function msg(name) { return box.getAttribute("data-msg-" + name); }

  /** The filtered items in the schedule's order (Leitner.order). */
  function rebuild() {
    var want = {};
    form.querySelectorAll("select").forEach(function (s) { want[s.name] = s.value; });
    queue = items.filter(function (it) {
      return (!want.principle || it.principles.indexOf(" " + want.principle + " ") >= 0) &&
        (!want.note || String(it.note) === want.note) &&
        (!want.kind || it.kind === want.kind) &&
        (!want.status || (want.status === "answered") === it.answered);
    });
    var byKey = {};
    queue.forEach(function (it) { byKey[it.key] = it; });
    queue = Leitner.order(queue.map(function (it) { return it.key; }), schedule, practised, Date.now())
      .map(function (key) { return byKey[key]; });
    el(".filter-count").textContent = queue.length + " / " + items.length;
    position = 0;
    show();
  }

  function show() {
    var empty = queue.length === 0;
    el(".practice-empty").hidden = !empty;
    card.hidden = empty;
    stopTimer();
    forgetRecording();
    gradeBox.hidden = true;
    if (empty) { current = null; return; }
    var item = queue[position];
    current = item;
    content = null;
    revealed = 0;
    el(".practice-prompt").textContent = msg("loading");
    el(".practice-answer").hidden = true;
    el(".practice-answer").textContent = "";
    el(".practice-parts").textContent = "";
    if (!texts.supported) { el(".practice-prompt").textContent = msg("unsupported"); return; }
    texts.load(chunkOf(item)).then(function (chunk) {
      if (current !== item) { return; }
      content = chunk[item.key];
      el(".practice-kind").textContent = box.getAttribute("data-kind-" + item.kind);
      var source = el(".practice-source");
      source.textContent = item.kind === "s" ? (content.s || msg("untitled")) : noteOption(item).textContent;
      source.href = root + href(item);
      source.lang = texts.lang(source.textContent);
      var last = practised[item.key];
      el(".practice-last").textContent = (last ? msg("last").replace("{0}", new Date(last).toLocaleString(lang))
        : msg("never")) + (schedule[item.key] ? " · " + msg("box").replace("{0}", schedule[item.key].box) : "");
      var prompt = el(".practice-prompt");
      prompt.textContent = item.kind === "s" ? storyPrompt(content, item) : content.q;
      prompt.lang = item.kind === "s" ? lang || "" : texts.lang(content.q);
      revealButton.textContent = item.kind === "s" ? msg("reveal-part") : msg("reveal");
      revealButton.disabled = false;
      card.setAttribute("data-kind", item.kind);
      card.setAttribute("data-key", item.key);
      startTimer(item.seconds);
    }, function () {
      if (current === item) { el(".practice-prompt").textContent = msg("unavailable"); }
    });
  }

  /** A story asked as the behavioural question of its principle, worded in this page's language. */
  function storyPrompt(content, item) {
    // the story's first principle the filter lists (the site's catalogue), as the STAR index files it
    var option = null;
    item.principles.trim().split(" ").some(function (id) {
      option = id && form.querySelector("select[name=principle] option[value='" + id + "']");
      return !!option;
    });
    return option ? msg("story-prompt").replace("{0}", option.textContent)
      : msg("story-prompt-any").replace("{0}", content.s || msg("untitled"));
  }

  function reveal() {
    if (!current || !content || revealButton.disabled) { return; }
    if (revealed === 0) { remember(current.key); }
    gradeBox.hidden = false;
    if (current.kind === "q") {
      var answer = el(".practice-answer");
      answer.textContent = "";
      texts.paragraphs(answer, content.a, msg("unanswered"));
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
    texts.paragraphs(li, part[1], msg("part-todo"));
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

  // ---- recording: the spoken answer stays in this page as a Blob URL, never uploaded, gone on reload ----
  var recordButton = el("[data-action=record]");
  var playback = el(".practice-recording");
  var recording = { recorder: null, url: null };
  if (window.MediaRecorder && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
    recordButton.hidden = false;
  }

  function toggleRecording() {
    if (recordButton.hidden) { return; }
    if (recording.recorder) { recording.recorder.stop(); return; }
    recordButton.disabled = true;
    navigator.mediaDevices.getUserMedia({ audio: true }).then(function (stream) {
      var recorder = new MediaRecorder(stream);
      var parts = [];
      recorder.addEventListener("dataavailable", function (e) { if (e.data.size > 0) { parts.push(e.data); } });
      recorder.addEventListener("stop", function () {
        stream.getTracks().forEach(function (t) { t.stop(); });
        if (recording.recorder !== recorder) { return; }   // dropped: the card moved on
        recording.recorder = null;
        paintRecordButton();
        forgetRecording();
        recording.url = URL.createObjectURL(new Blob(parts, { type: recorder.mimeType || "audio/webm" }));
        playback.src = recording.url;
        playback.hidden = false;
        card.dispatchEvent(new CustomEvent("practice:recorded"));
      });
      recording.recorder = recorder;
      recorder.start();
      paintRecordButton();
      card.dispatchEvent(new CustomEvent("practice:recording"));
    }, function () {
      recordButton.hidden = true;
      el(".practice-record-note").hidden = false;
    }).then(function () { recordButton.disabled = false; });
  }

  function paintRecordButton() {
    var on = !!recording.recorder;
    recordButton.textContent = on ? msg("record-stop") : msg("record");
    recordButton.setAttribute("aria-pressed", String(on));
    card.classList.toggle("is-recording", on);
  }

  /** Drops this card's recording (a new item gets its own). */
  function forgetRecording() {
    if (recording.recorder) {
      var recorder = recording.recorder;
      recording.recorder = null;
      recorder.stop();
      paintRecordButton();
    }
    if (recording.url) { URL.revokeObjectURL(recording.url); recording.url = null; }
    playback.removeAttribute("src");
    playback.hidden = true;
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
    timer: toggleTimer, random: random, good: function () { grade(true); }, again: function () { grade(false); },
    record: toggleRecording };
  box.querySelectorAll("[data-action]").forEach(function (button) {
    button.addEventListener("click", function () { actions[button.getAttribute("data-action")](); });
  });
  form.addEventListener("change", rebuild);
  form.addEventListener("submit", function (e) { e.preventDefault(); });

  // Shortcuts go by the physical key (event.code), so they work whatever the input source: with Korean on, N types
  // "ㅜ" but is still KeyN. Space and Enter on a practice button would press that button again (after "next", two
  // Spaces skip two questions), so on the card's own controls they reveal instead, like everywhere else on the page.
  // G and A grade only once the answer is shown (grade() ignores them before).
  var shortcuts = { Space: "reveal", Enter: "reveal", NumpadEnter: "reveal", KeyN: "next", ArrowRight: "next",
    KeyP: "previous", ArrowLeft: "previous", KeyR: "random", KeyT: "timer", KeyG: "good", KeyA: "again" };
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
