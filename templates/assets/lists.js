/* studysite: filters and sorting over the whole STAR index and question bank. The server writes the lists in pages
   (what a reader without JavaScript sees); this script reads the data of every row (stories/data.js,
   questions/data.js) and, while a filter or sort is chosen, shows the matching rows of the whole list in place of the
   page, a batch at a time. The choice lives in the query string, so Back, reload and a shared link restore it.
   A question of the bank's pages and of a principle's pages shows its answer when opened, read from its note's
   search file (texts.js): the pages carry the questions, the notes their answers. */
(function () {
  "use strict";

  // about a screenful: the rows drawn at once, so that a choice answers at once; more come as the reader scrolls
  var BATCH = 25;

  function escape(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
    });
  }

  function format(template, shown, total) {
    return (template || "{0} / {1}").replace("{0}", shown).replace("{1}", total);
  }

  function time(seconds) {
    var s = seconds % 60;
    return Math.floor(seconds / 60) + ":" + (s < 10 ? "0" : "") + s;
  }

  /** The form's choices from the query string: only names of its selects, only values they offer. */
  function readQuery(form) {
    var params = new URLSearchParams(location.search);
    Array.prototype.forEach.call(form.querySelectorAll("select"), function (select) {
      var want = params.get(select.name) || "";
      var known = Array.prototype.some.call(select.options, function (o) { return o.value === want; });
      select.value = known ? want : "";
    });
  }

  /** The query string for the form's choices, keeping any other parameter of the address. */
  function query(form) {
    var params = new URLSearchParams(location.search);
    Array.prototype.forEach.call(form.querySelectorAll("select"), function (select) {
      if (select.value) { params.set(select.name, select.value); } else { params.delete(select.name); }
    });
    var q = params.toString();
    return location.pathname + (q ? "?" + q : "") + location.hash;
  }

  /**
   * Shows rows of `matches` a batch at a time: render(i) gives the markup of row i; the "show more" button (and
   * scrolling to it) adds the next batch.
   */
  function Batches(container, more, render) {
    var matches = [];
    var shown = 0;
    function next() {
      var end = Math.min(matches.length, shown + BATCH);
      var html = "";
      for (var i = shown; i < end; i++) { html += render(matches[i]); }
      container.insertAdjacentHTML("beforeend", html);
      shown = end;
      more.hidden = shown >= matches.length;
    }
    more.addEventListener("click", next);
    if ("IntersectionObserver" in window) {
      new IntersectionObserver(function (entries) {
        if (entries[0].isIntersecting && !more.hidden) { next(); }
      }, { rootMargin: "200px 0px" }).observe(more);
    }
    return {
      show: function (list) {
        matches = list;
        shown = 0;
        container.textContent = "";
        next();
      }
    };
  }

  function moreButton(form) {
    var more = document.createElement("button");
    more.type = "button";
    more.className = "list-more no-print";
    more.textContent = form.getAttribute("data-more");
    more.hidden = true;
    return more;
  }

  /** Wires one list: `list.apply()` shows the form's choice; history entries keep each choice. */
  function wire(form, list) {
    form.hidden = false;
    readQuery(form);
    form.addEventListener("change", function () {
      history.pushState(null, "", query(form));
      list.apply();
    });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    window.addEventListener("popstate", function () {
      readQuery(form);
      list.apply();
    });
    list.apply();
  }

  function stories(form, data) {
    var table = document.getElementById(form.getAttribute("data-for"));
    if (!table) { return; }
    var root = form.getAttribute("data-root") || "";
    var output = form.querySelector("output");
    var pager = document.querySelector(".pagination");
    var page = table.tBodies[0];
    var results = document.createElement("tbody");
    var more = moreButton(form);
    table.parentNode.insertAdjacentElement("afterend", more);
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var labels = headers.map(function (th) { return th.textContent.trim(); });
    var sortSelect = form.elements.sort;
    var rows = data.rows;
    var collator = new Intl.Collator(document.documentElement.lang || undefined);

    function principleTags(ids) {
      var html = "";
      for (var i = 0; i < ids.length; i++) {
        var p = data.principles[ids[i]];
        html += "<a class=\"tag\" href=\"" + escape(root + p[3]) + "\" lang=\"" + p[2] + "\">" + escape(p[1]) +
          "</a> ";
      }
      return html;
    }

    function render(i) {
      var r = rows[i];
      var note = data.notes[r[3]];
      var status = r[7];
      var filled = "", missing = [];
      for (var b = 0; b < data.parts.length; b++) {
        if ((r[6] >> b) & 1) { filled += data.parts[b][0]; } else { missing.push(data.parts[b][1]); }
      }
      // as templates/part-badges.mustache writes it
      var badge = "<span class=\"star-badge\" role=\"img\" aria-label=\"" + escape(data.status[status]) +
        "\" data-parts=\"" + filled + "\"" + (status === "incomplete" ? " title=\"" + escape(data.partMissing) +
        ": " + escape(missing.join(", ")) + "\"" : "") + "></span>";
      // as the server's rows: each rule once, with how many hints it stands for
      var hints = "", counts = {}, order = [];
      for (var h = 0; h < r[10].length; h++) {
        if (!counts[r[10][h]]) { order.push(r[10][h]); }
        counts[r[10][h]] = (counts[r[10][h]] || 0) + 1;
      }
      if (order.length) {
        hints = "<ul class=\"coach-hints-inline\">";
        for (var o = 0; o < order.length; o++) {
          hints += "<li>" + escape(data.rules[order[o]][1]) + (counts[order[o]] > 1 ? " ×" + counts[order[o]] : "") +
            "</li>";
        }
        hints += "</ul>";
      }
      return "<tr class=\"status-" + status + "\">" +
        "<td><a href=\"" +
        escape(root + data.storyLink[0] + r[2] + data.storyLink[1]) + "\" lang=\"" + r[1] + "\">" +
        escape(r[0]) + "</a></td>" +
        "<td>" + principleTags(r[5]) + "</td>" +
        "<td><a href=\"" + escape(root + note[2] + "#" + (r[4] || r[2])) +
        "\" lang=\"" + note[1] + "\">" + escape(note[0]) + "</a></td>" +
        "<td>" + badge + "</td>" +
        "<td>" + r[8] + "</td>" +
        "<td>" + time(r[9]) + "</td>" +
        "<td>" + hints + "</td></tr>";
    }
    var batches = Batches(results, more, render);

    var STATUS_ORDER = { complete: 0, incomplete: 1, empty: 2 };
    var keys = {
      title: function (a, b) { return collator.compare(rows[a][0], rows[b][0]); },
      principles: function (a, b) {
        var x = rows[a][5], y = rows[b][5];
        return (x.length ? x[0] : 1e9) - (y.length ? y[0] : 1e9);
      },
      note: function (a, b) { return a - b; },
      star: function (a, b) { return STATUS_ORDER[rows[a][7]] - STATUS_ORDER[rows[b][7]]; },
      chars: function (a, b) { return rows[a][8] - rows[b][8]; },
      seconds: function (a, b) { return rows[a][9] - rows[b][9]; },
      hints: function (a, b) { return rows[a][10].length - rows[b][10].length; }
    };

    /** A header's sort that the select does not offer gets an option of its own, so the select says it. */
    function sortOption(value, label) {
      for (var i = 0; i < sortSelect.options.length; i++) {
        if (sortSelect.options[i].value === value) { return; }
      }
      var option = document.createElement("option");
      option.value = value;
      option.textContent = label;
      sortSelect.appendChild(option);
    }
    headers.forEach(function (th, column) {
      var key = th.getAttribute("data-key");
      if (!keys[key]) { return; }
      sortOption(key, labels[column] + " ▲");
      sortOption("-" + key, labels[column] + " ▼");
      th.tabIndex = 0;
      function sort() {
        sortSelect.value = sortSelect.value === key ? "-" + key : key;
        form.dispatchEvent(new Event("change"));
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); }
      });
    });
    readQuery(form);

    function apply() {
      var principle = form.elements.principle.value;
      var status = form.elements.status.value;
      var feedback = form.elements.feedback.value;
      var sort = sortSelect.value;
      var want = principle ? data.principles.findIndex(function (p) { return p[0] === principle; }) : -1;
      var matches = [];
      for (var i = 0; i < rows.length; i++) {
        var r = rows[i];
        if (want >= 0 && r[5].indexOf(want) < 0) { continue; }
        if (status && (status === "todo" ? r[7] === "complete" : r[7] !== status)) { continue; }
        if (feedback && (feedback === "ok") !== (r[10].length === 0)) { continue; }
        matches.push(i);
      }
      var descending = sort.charAt(0) === "-";
      var compare = keys[descending ? sort.slice(1) : sort];
      if (compare) {
        matches.sort(function (a, b) { return (descending ? compare(b, a) : compare(a, b)) || a - b; });
      }
      headers.forEach(function (th) {
        var key = th.getAttribute("data-key");
        if (sort === key) { th.setAttribute("aria-sort", "ascending"); }
        else if (sort === "-" + key) { th.setAttribute("aria-sort", "descending"); }
        else { th.removeAttribute("aria-sort"); }
      });
      // the server's page stays until the first choice; from then on every row comes from the data, the whole
      // list in note order included (the page's rows again would cost a layout of all of them)
      var untouched = table.tBodies[0] === page && !principle && !status && !feedback && !sort;
      if (!untouched) {
        if (table.tBodies[0] !== results) { table.replaceChild(results, table.tBodies[0]); }
        batches.show(matches);
      }
      if (pager) { pager.hidden = !untouched; }
      output.textContent = format(output.getAttribute("data-format"), matches.length, rows.length);
    }
    wire(form, { apply: apply });
  }

  function questions(form, data) {
    var pages = document.getElementById(form.getAttribute("data-for"));
    if (!pages) { return; }
    var root = form.getAttribute("data-root") || "";
    var output = form.querySelector("output");
    var answeredOptions = form.elements.answered.options;
    var answeredLabel = answeredOptions[1].textContent, unansweredLabel = answeredOptions[2].textContent;
    var section = document.createElement("section");
    section.className = "list-results";
    section.hidden = true;
    var list = document.createElement("ul");
    list.className = "question-list question-results";
    section.appendChild(list);
    var more = moreButton(form);
    section.appendChild(more);
    pages.insertAdjacentElement("beforebegin", section);
    var rows = data.rows;
    // the notes to filter by come from the data, not from every page's markup; before the address is read, so that
    // a shared link's note is one the select offers
    var noteSelect = form.elements.note;
    var noteOptions = document.createDocumentFragment();
    data.notes.forEach(function (n) {
      var option = document.createElement("option");
      option.value = n[3];
      option.lang = n[1];
      option.textContent = n[0];
      noteOptions.appendChild(option);
    });
    noteSelect.appendChild(noteOptions);

    function render(i) {
      var r = rows[i];
      var note = data.notes[r[3]];
      var href = root + data.pages[Math.floor(i / data.perPage)] + "#" + r[0];
      var tags = "";
      for (var t = 0; t < r[5].length; t++) {
        var p = data.principles[r[5][t]];
        tags += " · <a class=\"tag\" href=\"" + escape(root + p[3]) + "\" lang=\"" + p[2] + "\">" + escape(p[1]) +
          "</a>";
      }
      return "<li class=\"question-result " + (r[4] ? "is-answered" : "is-unanswered") + "\">" +
        "<span class=\"q-status\" title=\"" + escape(r[4] ? answeredLabel : unansweredLabel) + "\">" +
        (r[4] ? "✓" : "?") + "</span> <a href=\"" + escape(href) + "\" lang=\"" + r[2] + "\">" + escape(r[1]) +
        "</a> <span class=\"meta\"><a href=\"" + escape(root + note[2]) + "\" lang=\"" + note[1] + "\">" +
        escape(note[0]) + "</a>" + tags + "</span></li>";
    }
    var batches = Batches(list, more, render);

    function apply() {
      var principle = form.elements.principle.value;
      var note = form.elements.note.value;
      var answered = form.elements.answered.value;
      var wantPrinciple = principle ? data.principles.findIndex(function (p) { return p[0] === principle; }) : -1;
      var wantNote = note ? data.notes.findIndex(function (n) { return n[3] === note; }) : -1;
      var matches = [];
      for (var i = 0; i < rows.length; i++) {
        var r = rows[i];
        if (wantPrinciple >= 0 && r[5].indexOf(wantPrinciple) < 0) { continue; }
        if (wantNote >= 0 && r[3] !== wantNote) { continue; }
        if (answered && (answered === "yes") !== (r[4] === 1)) { continue; }
        matches.push(i);
      }
      var whole = !principle && !note && !answered;
      pages.hidden = !whole;
      section.hidden = whole;
      if (!whole) { batches.show(matches); }
      output.textContent = format(output.getAttribute("data-format"), matches.length, rows.length);
    }
    wire(form, { apply: apply });
  }

  /**
   * Fills an opened question of the bank or of a principle's page with its answer, once, from the search file its
   * note's group or the question itself names (data-file); until then, and without the file, the item links to the
   * answer on the note's page. `labels` are the status marks' tooltips, answered and unanswered.
   */
  function answers(pages, labels) {
    var texts = window.studysiteTexts;
    // without them (or a browser that cannot inflate them) an opened question links to its answer on the note's page
    if (!texts || !texts.supported) { return; }
    pages.querySelectorAll(".question .q-status").forEach(function (status) {
      status.title = labels[status.closest(".is-answered") ? 0 : 1];
    });
    function fill(details) {
      var item = details.parentNode;
      var group = item.closest("[data-file]");
      if (!details.open || !group || !item.classList.contains("is-answered") || details.querySelector(".q-answer")) {
        return;
      }
      var answer = document.createElement("div");
      answer.className = "q-answer";
      details.insertBefore(answer, details.querySelector(".meta"));
      texts.load("c" + group.getAttribute("data-file")).then(function (items) {
        var text = items[item.id];
        if (text && text.a) { texts.paragraphs(answer, text.a); }
      }, function () {
        // the link to the note's page stays; opening the question again tries the file again
        answer.remove();
      });
    }
    // toggle does not bubble: caught on its way down; a question opened before this ran (a link to it) is filled now
    pages.addEventListener("toggle", function (e) { if (e.target.tagName === "DETAILS") { fill(e.target); } }, true);
    pages.querySelectorAll(".question details[open]").forEach(fill);
  }

  var bank = document.querySelector("form[data-list=questions]");
  var bankPages = bank && document.getElementById(bank.getAttribute("data-for"));
  if (bankPages) {
    var options = bank.elements.answered.options;
    answers(bankPages, [options[1].textContent, options[2].textContent]);
  }
  // a principle's questions name their tooltips on their list
  document.querySelectorAll(".question-list[data-answered]").forEach(function (list) {
    answers(list, [list.getAttribute("data-answered"), list.getAttribute("data-unanswered")]);
  });

  document.querySelectorAll("form[data-list]").forEach(function (form) {
    var kind = form.getAttribute("data-list");
    var data = kind === "stories" ? window.studysiteStories : window.studysiteQuestions;
    // without its data (a file not copied, an older format) the page stays as the server wrote it
    if (!data || data.v !== 1) { return; }
    if (kind === "stories") { stories(form, data); } else { questions(form, data); }
  });
})();
