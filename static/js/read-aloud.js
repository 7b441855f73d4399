// Read aloud: reads the page in its own language with a voice the device already has.
// Only voices that run on the device (localService) are used, so nothing is sent anywhere.
// The button stays hidden when there is no such voice for the page's language.
// Set up again on each page history.js puts in place ("kbyf:page"), whose language may differ.
(function () {
  "use strict";
  if (!("speechSynthesis" in window) || !("SpeechSynthesisUtterance" in window)) {
    return;
  }
  var synth = window.speechSynthesis;
  var button = null;
  var voice = null;

  function language() {
    return (document.documentElement.lang || "en").toLowerCase();
  }

  // The voices that can read each page language, best first, as devices name them (BCP 47,
  // "zh_TW" on some Android phones). A voice for the same base language is not always one for
  // the page: a mainland voice misreads Traditional Chinese, a European Portuguese one is not
  // Brazilian, Tagalog voices are named "fil", and a Punjabi voice for Shahmukhi (pa-PK,
  // pa-Arab) cannot read Gurmukhi. Languages not listed take any voice of their base language.
  var VOICES = {
    "pt-br": [/^pt-br\b/],
    "zh-hans": [/^(zh|cmn)-(hans|cn)\b/, /^(zh|cmn)-sg\b/],
    "zh-hant": [/^(zh|cmn)-(hant|tw)\b/, /^(zh|yue)-hk\b/],
    "tl": [/^(fil|tl)\b/],
    "pa": [/^pa($|-guru\b|-in\b)/]
  };

  function findVoice() {
    var lang = language();
    var wanted = VOICES[lang] || [new RegExp("^" + lang.split("-")[0] + "\\b")];
    var voices = synth.getVoices().filter(function (v) { return v.localService; });
    for (var i = 0; i < wanted.length; i++) {
      for (var j = 0; j < voices.length; j++) {
        if (wanted[i].test(voices[j].lang.toLowerCase().replace(/_/g, "-"))) {
          return voices[j];
        }
      }
    }
    return null;
  }

  function update() {
    voice = findVoice();
    if (button) {
      button.hidden = !voice;
    }
  }

  function textToRead() {
    var main = document.querySelector("main");
    var copy = main.cloneNode(true);
    copy.querySelectorAll("button, .visually-hidden, [hidden], .back-form").forEach(
      function (node) { node.remove(); }
    );
    return copy.innerText || copy.textContent || "";
  }

  function readOrStop() {
    var startLabel = button.getAttribute("data-start-label");
    if (synth.speaking) {
      synth.cancel();
      button.textContent = startLabel;
      return;
    }
    var utterance = new window.SpeechSynthesisUtterance(textToRead());
    utterance.lang = voice ? voice.lang : language();
    try {
      utterance.voice = voice;
    } catch (error) {
      // Some browsers hand out voice objects the setter rejects; the language alone then picks it.
    }
    var reading = button;
    utterance.onend = utterance.onerror = function () { reading.textContent = startLabel; };
    button.textContent = button.getAttribute("data-stop-label");
    synth.speak(utterance);
  }

  function setUp() {
    button = document.querySelector("[data-read-aloud]");
    if (!button) {
      return;
    }
    button.addEventListener("click", readOrStop);
    update();
  }

  setUp();
  if (typeof synth.addEventListener === "function") {
    synth.addEventListener("voiceschanged", update);
  }
  document.addEventListener("kbyf:page", function () {
    // The page being read has gone.
    synth.cancel();
    setUp();
  });
})();
