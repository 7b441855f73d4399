// "Print or save as PDF": the browser's own print dialog. Without JavaScript the page says to use
// the browser's Print menu instead.
// Set up again on each page history.js puts in place ("kbyf:page").
(function () {
  "use strict";
  if (typeof window.print !== "function") {
    return;
  }
  function setUp() {
    var button = document.querySelector("[data-print]");
    if (!button) {
      return;
    }
    button.hidden = false;
    var hint = document.querySelector("[data-print-hint]");
    if (hint) {
      hint.hidden = true;
    }
    button.addEventListener("click", function () { window.print(); });
  }
  setUp();
  document.addEventListener("kbyf:page", setUp);
})();
