/* studysite one-pagers: makes each .one-pager print on exactly one sheet, its text never smaller than 8 pt.
   print.css lays them out compactly; when one is still taller than the printable area of an A4 sheet, this first sets
   its --fit (print.css turns it into CSS zoom, which reflows the text into wider lines) to the largest value that fits,
   but never below the zoom at which its smallest text would print under 8 pt. When even that does not fit, it leaves
   out the sheet's least important items ([data-fit-drop], numbered in the order they may go: a principle's least
   complete stories, a long story's later lines) until it fits, and its "+ N more: see <address>" lines
   ([data-fit-more]) say how many are not on the paper and where they are. It measures by switching print.css on for
   the screen for a moment (nothing is painted in between), so it needs no knowledge of the layout. It runs only when
   the page is about to print (beforeprint, or the print media query where that event is missing), on a one-pager and
   on the print pack alike: measuring hundreds of sheets on every page load would block reading for seconds. Each fit
   leaves a "studysite:fit" performance mark. The "Print" buttons are here too. */
(function () {
  "use strict";
  var css = document.querySelector("link[rel='stylesheet'][media='print'][href$='print.css']");
  var MIN_PT = 8;

  function printableHeight() {
    var probe = document.createElement("div");
    probe.style.cssText = "position:absolute;left:0;top:0;visibility:hidden;height:var(--sheet-height)";
    document.body.appendChild(probe);
    var height = probe.getBoundingClientRect().height;
    probe.remove();
    return height * 0.985; // leave room for rounding between the measured layout and the printed one
  }

  /** The font sizes, in pt, of the texts the sheet shows, in document order. */
  function textSizes(sheet) {
    var sizes = [];
    var walker = document.createTreeWalker(sheet, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var el = node.parentElement;
      if (!node.nodeValue.trim() || !el || !el.getClientRects().length) { continue; }
      sizes.push(parseFloat(getComputedStyle(el).fontSize) * 0.75);
    }
    return sizes;
  }

  /**
   * The smallest zoom at which the sheet's text still prints at 8 pt or more. print.css keeps its small labels at 8 pt
   * whatever the zoom (their size grows as --fit falls), so only the texts whose size does not grow set the limit.
   */
  function lowestZoom(sheet) {
    sheet.style.setProperty("--fit", "1");
    var plain = textSizes(sheet);
    sheet.style.setProperty("--fit", "0.5");
    var zoomed = textSizes(sheet);
    var smallest = Infinity;
    plain.forEach(function (size, i) { if (zoomed[i] <= size * 1.001) { smallest = Math.min(smallest, size); } });
    return Math.min(1, MIN_PT / smallest);
  }

  /**
   * What may be left out of a sheet, each with its rank (lowest first) and group (sentences unless
   * [data-fit-group] says otherwise, as the sentences of a sheet are most of its items): the items marked [data-fit-drop],
   * and the items of a [data-fit-list] (a cheat sheet's stories, most complete first), from its end, so that lists
   * side by side lose one item each in turn.
   */
  function droppable(sheet) {
    var items = [];
    sheet.querySelectorAll("[data-fit-drop]").forEach(function (el) {
      items.push({el: el, rank: Number(el.getAttribute("data-fit-drop")), group: el.getAttribute("data-fit-group") || "sentences"});
    });
    sheet.querySelectorAll("[data-fit-list]").forEach(function (list) {
      var children = list.children;
      for (var i = 0; i < children.length; i++) {
        items.push({el: children[i], rank: -i, group: list.getAttribute("data-fit-list")});
      }
    });
    items.forEach(function (item, order) { item.order = order; });
    return items;
  }

  /** Shows the "+ N more" lines for the items of each group that are not on the sheet. */
  function sayMore(sheet, items) {
    sheet.querySelectorAll("[data-fit-more]").forEach(function (line) {
      var group = line.getAttribute("data-fit-more");
      var more = Number(line.getAttribute("data-more") || 0);
      items.forEach(function (item) {
        if (item.group === group && item.el.classList.contains("fit-left-out")) { more++; }
      });
      line.classList.toggle("fit-left-out", more === 0);
      // only what changes is written: a write makes the next measurement lay the whole page out again
      var count = line.querySelector("[data-fit-count]");
      if (count && count.textContent !== String(more)) { count.textContent = String(more); }
      // on paper a relative link is no use: name the page by its full address
      var link = line.querySelector("a[href]");
      if (link && link.textContent !== link.href) { link.textContent = link.href; }
    });
  }

  /** Undoes an earlier fit: the sheet at full size with all its items. */
  function reset(sheet) {
    sheet.style.removeProperty("--fit");
    var items = droppable(sheet);
    items.forEach(function (item) { item.el.classList.remove("fit-left-out"); });
    sayMore(sheet, items);
  }

  function fitSheet(sheet, limit) {
    var fits = function () { return sheet.getBoundingClientRect().height <= limit; };
    var items = droppable(sheet);
    var lowest = lowestZoom(sheet);
    sheet.style.setProperty("--fit", String(lowest));
    if (fits()) {
      var low = lowest, high = 1;
      for (var i = 0; i < 12; i++) {
        var mid = (low + high) / 2;
        sheet.style.setProperty("--fit", String(mid));
        if (fits()) { low = mid; } else { high = mid; }
      }
      sheet.style.setProperty("--fit", String(low));
      return;
    }
    // still too tall at the smallest readable size: leave out the fewest items that make it fit
    items.sort(function (a, b) { return a.rank - b.rank || a.order - b.order; });
    var leaveOut = function (k) {
      items.forEach(function (item, index) { item.el.classList.toggle("fit-left-out", index < k); });
      sayMore(sheet, items);
    };
    var fewest = 0, most = items.length;
    leaveOut(most);
    if (!fits()) { return; } // nothing left to leave out: it prints as it is
    while (most - fewest > 1) {
      var k = Math.floor((fewest + most) / 2);
      leaveOut(k);
      if (fits()) { most = k; } else { fewest = k; }
    }
    leaveOut(most);
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
      sheets.forEach(reset);
      // measure every sheet in one layout, then fit only those that run over
      var over = Array.prototype.filter.call(sheets, function (sheet) {
        return sheet.getBoundingClientRect().height > limit;
      });
      over.forEach(function (sheet) { fitSheet(sheet, limit); });
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

  // a page with no printable view elsewhere gets its print button here, as it works only with JavaScript; the label
  // comes from the button's place
  document.querySelectorAll("[data-print-button]").forEach(function (place) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "print-button";
    button.setAttribute("data-print", "");
    button.textContent = place.getAttribute("data-print-button");
    place.appendChild(button);
  });
  // a print button prints this page; without JavaScript it stays a link to the page's printable view
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function (e) { e.preventDefault(); window.print(); });
  });
})();
