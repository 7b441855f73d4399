/* The phone's own Back, Forward and reload buttons, for pages served by POST.

   Every question and the outcome come from one address by POST, and say no-store. Left alone,
   the browser's Back to such a page must resend the form, which Chromium shows as an error
   ("Confirm form resubmission", ERR_CACHE_MISS), and reload resends the answers.

   So on a page that has a [data-history-back] control (the guide's own Back):
   1. replaceState turns this page's history entry into a plain one: the browser drops the form
      it would have resent, so a reload, or a later return from another page, asks for the
      address afresh (GET), which shows the first question and says the answers are gone.
   2. pushState adds a second entry for the same page. The browser's Back then stays in this
      page (a "popstate"), and this script presses the page's own Back control, exactly as if
      the person had: the previous question comes with its answer selected.
   3. When the page has a [data-history-forward] control (a question that already has an answer,
      reached with Back), a third entry comes after it, so that the browser's Forward presses
      the page's own Continue.
   history.state only ever holds which of these three entries it is: never an answer. Nothing is
   stored anywhere else; the answers stay in this page's own forms.

   Chromium's "history manipulation intervention" makes its Back button skip entries added by a
   page the person has not touched yet (a tap or a key counts). There the browser goes to the
   previous page's entry instead, which shows the first question and the explanation: never an
   error, never an answer.

   Also: a form sends once. A second press of Continue while the next page loads does nothing,
   so it cannot race the first. */
(function () {
  "use strict";

  var KEY = "kbyf";
  var sending = false;

  // Bubble phase, after other scripts: a form another script stopped was not sent.
  document.addEventListener("submit", function (event) {
    if (event.defaultPrevented) {
      return;
    }
    if (sending) {
      event.preventDefault();
      return;
    }
    sending = true;
    if (event.submitter) {
      // Not `disabled`: that would drop the button's own name and value from this form.
      event.submitter.setAttribute("aria-disabled", "true");
    }
  });

  window.addEventListener("pageshow", function (event) {
    // A page brought back from the back-forward cache can be used again.
    if (event.persisted) {
      sending = false;
    }
  });

  var back = document.querySelector("[data-history-back]");
  if (!back || !window.history || !window.history.pushState) {
    return;
  }
  var forward = document.querySelector("[data-history-forward]");

  function mark(where) {
    var state = {};
    state[KEY] = where;
    return state;
  }

  history.replaceState(mark("back"), "");
  history.pushState(mark("here"), "");
  if (forward) {
    history.pushState(mark("forward"), "");
    history.back();
  }

  window.addEventListener("popstate", function (event) {
    var where = event.state && event.state[KEY];
    if (where === "back") {
      back.click();
    } else if (where === "forward" && forward) {
      forward.click();
    }
  });
})();
