/* studysite preview: reloads this page when a rebuild changed it (server-sent events from the preview server).
   Injected by `site:serve` only; never part of a built site. */
(function () {
  "use strict";
  var me = document.currentScript;
  var build = +me.getAttribute("data-build");
  var base = me.getAttribute("data-base") || "";
  var showingError = me.hasAttribute("data-error");
  var page = decodeURIComponent(location.pathname);
  if (base && page.indexOf(base) === 0) { page = page.slice(base.length); }
  page = page.replace(/^\/+/, "");
  if (page === "" || /\/$/.test(page)) { page += "index.html"; }
  var section = page.split("/")[0];

  /** Whether a change to these site files shows on this page. */
  function affected(pages) {
    if (pages === "*") { return true; }
    return pages.some(function (p) {
      return p === page || p.indexOf("assets/") === 0 ||
        (section === "search" && (p === "search-index.js" || p.indexOf("search/") === 0)) ||
        (section === "practice" && (p === "practice-data.js" || p.indexOf("search/c") === 0));
    });
  }

  if (!window.EventSource) { return; }
  var source = new EventSource("/_studysite/events");
  source.addEventListener("build", function (e) {
    var d = JSON.parse(e.data);
    if (d.build === build) { return; }
    if (!d.ok || showingError || d.build > build + 1 || affected(d.pages)) {
      source.close();
      location.reload();
    } else {
      build = d.build;
    }
  });
})();
