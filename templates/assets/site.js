/* studysite default theme script. Every page works without it; it adds a remembered checklist and a
   table-of-contents highlight (the long lists' filters are lists.js). No framework, no network. */
(function () {
  "use strict";

  // The one-pagers' print fitting and the Print buttons (print.js) load only on the pages that have them, so that
  // the other pages' HTML names one script fewer.
  if (document.querySelector(".one-pager, [data-print], [data-print-button]")) {
    var printer = document.createElement("script");
    printer.src = document.currentScript.src.replace(/site\.js([?#].*)?$/, "print.js");
    document.head.appendChild(printer);
  }

  // Table of contents: mark the section being read.
  var toc = document.querySelector(".toc");
  if (toc && "IntersectionObserver" in window) {
    var links = {};
    toc.querySelectorAll("a[href^='#']").forEach(function (a) {
      links[decodeURIComponent(a.getAttribute("href").slice(1))] = a;
    });
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        var link = links[entry.target.id];
        if (link && entry.isIntersecting) {
          toc.querySelectorAll("a.active").forEach(function (a) { a.classList.remove("active"); });
          link.classList.add("active");
        }
      });
    }, { rootMargin: "0px 0px -70% 0px" });
    Object.keys(links).forEach(function (id) {
      var target = document.getElementById(id);
      if (target) { observer.observe(target); }
    });
  }

  // Checklists remembered in this browser: <input type="checkbox" data-remember="key">.
  var store = null;
  try { store = window.localStorage; } catch (e) { store = null; }
  document.querySelectorAll("input[data-remember]").forEach(function (box) {
    var key = "studysite:" + box.getAttribute("data-remember");
    if (store && store.getItem(key) === "1") { box.checked = true; }
    box.addEventListener("change", function () {
      if (!store) { return; }
      if (box.checked) { store.setItem(key, "1"); } else { store.removeItem(key); }
    });
  });

  // The coach's hints: dismissed ones stay hidden in this browser (studysite:hint:<story>/<rule>, the box naming the
  // story, each hint its rule) until restored. The buttons are made here, as they only work with storage; their
  // labels come from the box.
  document.querySelectorAll(".coach-hints[data-dismiss]").forEach(function (box) {
    if (!store) { return; }
    var prefix = "studysite:hint:" + box.getAttribute("data-hints") + "/";
    var restore = document.createElement("button");
    restore.type = "button";
    restore.className = "hint-restore";
    restore.textContent = box.getAttribute("data-restore");
    box.appendChild(restore);
    function refresh() {
      var hidden = 0;
      box.querySelectorAll("li[data-hint]").forEach(function (li) {
        li.hidden = store.getItem(prefix + li.getAttribute("data-hint")) === "1";
        if (li.hidden) { hidden++; }
      });
      restore.hidden = hidden === 0;
    }
    box.querySelectorAll("li[data-hint]").forEach(function (li) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "hint-dismiss";
      button.setAttribute("aria-label", box.getAttribute("data-dismiss"));
      button.textContent = "×";
      button.addEventListener("click", function () {
        store.setItem(prefix + li.getAttribute("data-hint"), "1");
        refresh();
      });
      li.appendChild(document.createTextNode(" "));
      li.appendChild(button);
    });
    restore.addEventListener("click", function () {
      box.querySelectorAll("li[data-hint]").forEach(function (li) {
        store.removeItem(prefix + li.getAttribute("data-hint"));
      });
      refresh();
    });
    refresh();
  });

  // Opening a link to a question opens its answer.
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    var details = target && target.querySelector("details");
    if (details) { details.open = true; }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();

  // "/" focuses the search box (the search page's own, else the header's), as on GitHub and MkDocs Material.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.altKey || e.ctrlKey || e.metaKey) { return; }
    var t = e.target;
    var tag = t && t.tagName;
    if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA" || (t && t.isContentEditable)) { return; }
    var search = document.querySelector("[data-search] input[name=q]") || document.querySelector(".site-header [name=q]");
    if (!search) { return; }
    e.preventDefault();
    var holder = search.closest("details");
    if (holder) { holder.open = true; }
    search.focus();
    search.select();
  });

  // The header's menu (a <details>, so it opens without script too): Escape closes it and gives focus back to its
  // button, as a disclosure menu does; a click elsewhere on the page closes it.
  var menu = document.querySelector(".site-header details");
  if (menu) {
    document.addEventListener("keydown", function (e) {
      if (e.key !== "Escape" || !menu.open) { return; }
      var inside = menu.contains(document.activeElement);
      menu.open = false;
      if (inside) { menu.querySelector("summary").focus(); }
    });
    document.addEventListener("click", function (e) {
      if (menu.open && !menu.contains(e.target)) { menu.open = false; }
    });
  }

  // The language switcher leads to the same place in the other language: the query (?q= of a search) and the
  // section (#anchor) go along. Read when the link is used, since search and the table of contents change both.
  document.querySelectorAll(".language-switcher a[href]").forEach(function (a) {
    var base = a.getAttribute("href").split("#")[0].split("?")[0];
    function follow() { a.setAttribute("href", base + location.search + location.hash); }
    ["mousedown", "focus", "touchstart"].forEach(function (type) { a.addEventListener(type, follow); });
    a.addEventListener("click", follow);
    follow();
  });
})();
