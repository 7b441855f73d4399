// "Print or save as PDF": the browser's own print dialog, with the choices above it applied.
// The page already shows what is chosen: print at once. Other choices (a second language, the
// result on paper) need the page again from the server: the button sends them with print=now
// (history.js swaps the page in place), and the page that comes back prints itself, scrolled to
// the same button, so nothing jumps. Without JavaScript the page says to use the browser's Print
// menu, after "Show the page".
// Set up again on each page history.js puts in place ("kbyf:page").
(function () {
  "use strict";
  if (typeof window.print !== "function") {
    return;
  }
  function chosen(form, name) {
    var input = form.querySelector("input[name=" + name + "]:checked");
    return input ? input.value : "";
  }
  function setUp() {
    // A page that is only for printing (the flyer): one button, the browser's print dialog.
    Array.prototype.forEach.call(document.querySelectorAll("[data-print-page]"), function (page) {
      page.hidden = false;
      page.addEventListener("click", function () { window.print(); });
    });
    var form = document.querySelector("[data-handout]");
    var button = form && form.querySelector("[data-print]");
    if (!button) {
      return;
    }
    button.hidden = false;
    var apply = form.querySelector("[data-apply]");
    if (apply) {
      apply.hidden = true;
    }
    var hint = document.querySelector("[data-print-hint]");
    if (hint) {
      hint.hidden = true;
    }
    button.addEventListener("click", function (event) {
      var details = chosen(form, "print_details") || "no";
      if (chosen(form, "also") === form.getAttribute("data-also") &&
          details === form.getAttribute("data-details")) {
        event.preventDefault();
        window.print();
      }
    });
    if (form.hasAttribute("data-print-now")) {
      form.removeAttribute("data-print-now");
      button.scrollIntoView({ block: "center" });
      button.focus({ preventScroll: true });
      window.setTimeout(function () { window.print(); }, 0);
    }
  }
  setUp();
  document.addEventListener("kbyf:page", setUp);
})();
