/* studysite colour theme: auto (the system's), light or dark, chosen with the header's button and kept in this
   browser. Loaded in <head> without defer so data-theme is on <html> before the first paint (no flash of the other
   scheme); the button is wired once the page is parsed. Without JavaScript the site follows the system. */
(function () {
  "use strict";
  var KEY = "studysite:theme";
  var ORDER = ["auto", "light", "dark"];
  var root = document.documentElement;
  var store = null;
  try { store = window.localStorage; } catch (e) { store = null; }

  function read() {
    var value = null;
    try { value = store && store.getItem(KEY); } catch (e) { value = null; }
    return ORDER.indexOf(value) > 0 ? value : "auto";
  }

  function apply(theme) {
    if (theme === "auto") { root.removeAttribute("data-theme"); } else { root.setAttribute("data-theme", theme); }
  }

  apply(read());

  document.addEventListener("DOMContentLoaded", function () {
    var button = document.querySelector("[data-theme-toggle]");
    if (!button) { return; }
    // data-labels: "auto|light|dark" in the page's interface language, in ORDER.
    var labels = (button.getAttribute("data-labels") || "").split("|");
    function label(theme) {
      button.textContent = labels[ORDER.indexOf(theme)] || theme;
      button.setAttribute("data-current", theme);
    }
    label(read());
    button.addEventListener("click", function () {
      var next = ORDER[(ORDER.indexOf(read()) + 1) % ORDER.length];
      try {
        if (store) { if (next === "auto") { store.removeItem(KEY); } else { store.setItem(KEY, next); } }
      } catch (e) { /* blocked storage: the choice lasts for this page only */ }
      apply(next);
      label(next);
    });
  });
  // Another tab changed the theme.
  window.addEventListener("storage", function (e) { if (e.key === KEY) { apply(read()); } });
})();
