/* studysite one-pagers: makes each .one-pager print on exactly one sheet. print.css lays them out compactly; when one
   is still taller than the printable area of an A4 sheet, this sets its --fit (print.css turns it into CSS zoom, which
   reflows the text into wider lines) to the largest value that fits. It measures by switching print.css on for the
   screen for a moment (nothing is painted in between), so it needs no knowledge of the layout. It runs only when the
   page is about to print (beforeprint, or the print media query where that event is missing), on a one-pager and on
   the print pack alike: measuring hundreds of sheets on every page load would block reading for seconds. Each fit
   leaves a "studysite:fit" performance mark. The print pack's "Print all" button is here too. */
(function () {
  "use strict";
  var css = document.querySelector("link[rel='stylesheet'][media='print'][href$='print.css']");

  function printableHeight() {
    var probe = document.createElement("div");
    probe.style.cssText = "position:absolute;left:0;top:0;visibility:hidden;height:var(--sheet-height)";
    document.body.appendChild(probe);
    var height = probe.getBoundingClientRect().height;
    probe.remove();
    return height * 0.985; // leave room for rounding between the measured layout and the printed one
  }

  var fitted = false;  // for this print: beforeprint and the print media query both announce it

  function fit() {
    var sheets = document.querySelectorAll(".one-pager");
    if (fitted || !css || !sheets.length) { return; }
    fitted = true;
    if (window.performance && performance.mark) { performance.mark("studysite:fit"); }
    css.media = "all";
    try {
      var limit = printableHeight();
      sheets.forEach(function (sheet) {
        sheet.style.removeProperty("--fit");
        if (sheet.getBoundingClientRect().height <= limit) { return; }
        var low = 0.1, high = 1;
        for (var i = 0; i < 14; i++) {
          var mid = (low + high) / 2;
          sheet.style.setProperty("--fit", String(mid));
          if (sheet.getBoundingClientRect().height <= limit) { low = mid; } else { high = mid; }
        }
        sheet.style.setProperty("--fit", String(low));
      });
    } finally {
      css.media = "print";
    }
  }

  window.addEventListener("beforeprint", fit);
  window.addEventListener("afterprint", function () { fitted = false; });
  if (window.matchMedia) {
    var print = window.matchMedia("print");
    var changed = function (e) { if (e.matches) { fit(); } else { fitted = false; } };
    if (print.addEventListener) { print.addEventListener("change", changed); } else if (print.addListener) { print.addListener(changed); }
  }

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
