/* Errors are announced: when a question comes back with a problem, move focus to the error
   summary so that screen readers read it out and keyboard users start from it (its links lead to
   the answers). Without JavaScript the summary is still first on the page and has role="alert". */
(function () {
  "use strict";
  var summary = document.querySelector(".error-summary");
  if (summary) {
    summary.focus();
  }
})();
