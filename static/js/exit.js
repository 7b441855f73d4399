/* Exit this page (the GOV.UK pattern), an enhancement of the plain link in
   templates/guide/_exit_this_page.html, which works without this file.
   - Shift pressed 3 times within 5 seconds exits too (the visible button stays the main control:
     the shortcut is unreliable on phone keyboards).
   - The page is hidden at once (a CSS class, so the strict CSP needs no inline style), before the
     neutral site has even started to load.
   - location.replace swaps this page for the neutral site in the tab's history, so Back does not
     come straight back to it. */
(function () {
  "use strict";

  var button = document.querySelector(".js-exit-this-page");
  if (!button || !window.location.replace) {
    return;
  }
  var root = document.documentElement;
  var live = document.querySelector("[data-exit-live]");
  var WINDOW_MS = 5000;
  var presses = 0;
  var timer = null;

  function say(text) {
    if (live) {
      live.textContent = text || "";
    }
  }

  function exitPage(event) {
    if (event) {
      event.preventDefault();
    }
    root.classList.add("exit-this-page--exiting");
    say(live && live.getAttribute("data-exiting"));
    window.location.replace(button.href);
  }

  function reset() {
    presses = 0;
    window.clearTimeout(timer);
    timer = null;
    say("");
  }

  button.addEventListener("click", exitPage);

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") {
      reset();
      return;
    }
    presses += 1;
    if (presses === 1) {
      timer = window.setTimeout(reset, WINDOW_MS);
    }
    if (presses >= 3) {
      reset();
      exitPage();
    } else {
      say(live && live.getAttribute(presses === 1 ? "data-press-two" : "data-press-one"));
    }
  });

  // A page brought back from the browser's back-forward cache (only pages without answers can
  // be: question and outcome pages say no-store) should not stay blank.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      root.classList.remove("exit-this-page--exiting");
    }
  });

  var shortcutHint = document.querySelector(".js-exit-shortcut-hint");
  if (shortcutHint) {
    shortcutHint.hidden = false;
  }
})();
