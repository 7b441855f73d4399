/* Exit this page (the GOV.UK pattern), an enhancement of the plain link in
   templates/guide/_exit_this_page.html, which works without this file.
   - Shift pressed 3 times within 5 seconds exits too (the visible button stays the main control:
     the shortcut is unreliable on phone keyboards).
   - The page is hidden at once (a CSS class, so the strict CSP needs no inline style), before the
     neutral site has even started to load.
   - location.replace swaps this page for the neutral site in the tab's history, so Back does not
     come straight back to it.
   The button is found when pressed, so it works on each page history.js puts in place. */
(function () {
  "use strict";

  if (!window.location.replace || !document.querySelector(".js-exit-this-page")) {
    return;
  }
  var root = document.documentElement;
  var WINDOW_MS = 5000;
  var presses = 0;
  var timer = null;

  function say(text) {
    var live = document.querySelector("[data-exit-live]");
    if (live) {
      live.textContent = text || "";
    }
  }

  function message(name) {
    var live = document.querySelector("[data-exit-live]");
    return live && live.getAttribute(name);
  }

  function exitPage(event) {
    if (event) {
      event.preventDefault();
    }
    root.classList.add("exit-this-page--exiting");
    say(message("data-exiting"));
    window.location.replace(document.querySelector(".js-exit-this-page").href);
  }

  function reset() {
    presses = 0;
    window.clearTimeout(timer);
    timer = null;
    say("");
  }

  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest(".js-exit-this-page")) {
      exitPage(event);
    }
  });

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
      say(message(presses === 1 ? "data-press-two" : "data-press-one"));
    }
  });

  // A page brought back from the browser's back-forward cache should not stay blank. (Only pages
  // without answers come back: history.js reloads any page that showed one.)
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      root.classList.remove("exit-this-page--exiting");
    }
  });

  // The Shift shortcut needs a keyboard: its hint shows only with a fine pointer (a mouse or
  // trackpad, so most likely a keyboard too), never on a phone's touch screen.
  var hasKeyboard = !!(window.matchMedia && window.matchMedia("(pointer: fine)").matches);

  function showHint() {
    if (!hasKeyboard) {
      return;
    }
    var shortcutHint = document.querySelector(".js-exit-shortcut-hint");
    if (shortcutHint) {
      shortcutHint.hidden = false;
    }
  }
  showHint();
  document.addEventListener("kbyf:page", showHint);
})();
