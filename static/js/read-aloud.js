// Read aloud: reads the page in its own language with a voice the device already has.
// Only voices that run on the device (localService) are used, so nothing is sent anywhere.
// The button stays hidden when there is no such voice for the page's language.
(function () {
  "use strict";
  var button = document.querySelector("[data-read-aloud]");
  if (!button || !("speechSynthesis" in window) || !("SpeechSynthesisUtterance" in window)) {
    return;
  }
  var synth = window.speechSynthesis;
  var lang = (document.documentElement.lang || "en").toLowerCase();
  var base = lang.split("-")[0];
  var startLabel = button.getAttribute("data-start-label");
  var stopLabel = button.getAttribute("data-stop-label");
  var voice = null;

  function findVoice() {
    var voices = synth.getVoices().filter(function (v) { return v.localService; });
    var exact = voices.filter(function (v) { return v.lang.toLowerCase().replace("_", "-") === lang; });
    var sameBase = voices.filter(function (v) {
      return v.lang.toLowerCase().split(/[-_]/)[0] === base;
    });
    return exact[0] || sameBase[0] || null;
  }

  function update() {
    voice = findVoice();
    button.hidden = !voice;
  }

  function textToRead() {
    var main = document.querySelector("main");
    var copy = main.cloneNode(true);
    copy.querySelectorAll("button, .visually-hidden, [hidden], form.back-form").forEach(
      function (node) { node.remove(); }
    );
    return copy.innerText || copy.textContent || "";
  }

  button.addEventListener("click", function () {
    if (synth.speaking) {
      synth.cancel();
      button.textContent = startLabel;
      return;
    }
    var utterance = new window.SpeechSynthesisUtterance(textToRead());
    utterance.lang = voice ? voice.lang : lang;
    try {
      utterance.voice = voice;
    } catch (error) {
      // Some browsers hand out voice objects the setter rejects; the language alone then picks it.
    }
    utterance.onend = utterance.onerror = function () { button.textContent = startLabel; };
    button.textContent = stopLabel;
    synth.speak(utterance);
  });

  update();
  if (typeof synth.addEventListener === "function") {
    synth.addEventListener("voiceschanged", update);
  }
})();
