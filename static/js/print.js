// "Print or save as PDF": the browser's own print dialog. Without JavaScript the page says to use
// the browser's Print menu instead.
(function () {
  "use strict";
  var button = document.querySelector("[data-print]");
  if (!button || typeof window.print !== "function") {
    return;
  }
  button.hidden = false;
  var hint = document.querySelector("[data-print-hint]");
  if (hint) {
    hint.hidden = true;
  }
  button.addEventListener("click", function () { window.print(); });
})();
