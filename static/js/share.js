// "Share this guide": a Copy button and the phone's own share sheet, where the browser has them.
// Without JavaScript the address is still on the page to copy by hand. Only the address written
// in the page is shared (the start page, the same for everyone), never anything a person answered.
// Set up again on each page history.js puts in place ("kbyf:page").
(function () {
  "use strict";
  function setUp() {
    var section = document.querySelector("[data-share]");
    if (!section) return;
    var address = section.querySelector("[data-share-url]").textContent.trim();
    var copy = section.querySelector("[data-share-copy]");
    var share = section.querySelector("[data-share-native]");
    var status = section.querySelector(".share__status");

    if (navigator.clipboard && navigator.clipboard.writeText) {
      copy.hidden = false;
      copy.addEventListener("click", function () {
        navigator.clipboard.writeText(address).then(function () {
          status.textContent = status.getAttribute("data-copied");
        }, function () { /* The address stays on the page to copy by hand. */ });
      });
    }
    if (navigator.share) {
      share.hidden = false;
      share.addEventListener("click", function () {
        navigator.share({ title: section.getAttribute("data-share-title"), url: address })
          .catch(function () { /* Closed without sharing: nothing to do. */ });
      });
    }
  }
  setUp();
  document.addEventListener("kbyf:page", setUp);
})();
