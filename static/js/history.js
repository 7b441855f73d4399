/* The phone's own Back, Forward and reload buttons, for a guide whose pages come by POST.

   Every question and the outcome come from one address by POST and say no-store, so the answers
   are never in an address or a cache. Left alone, the browser's Back to such a page must resend
   the form, which Chromium shows as an error ("Confirm form resubmission", ERR_CACHE_MISS).

   So, with JavaScript, the guide's forms do not load a new document. A form sent with the
   guide's own buttons is sent with fetch, by POST as before, and its answer replaces this page's
   <body> in place, with a new history entry (pushState). Because that happens as the person
   presses a button, the page has had a "user activation", and Chromium's history manipulation
   intervention (which makes the Back button skip entries a page adds before anyone touches it)
   leaves the entries alone: nothing here ever adds an entry on load.

   The browser's Back and Forward then move between those entries inside this one document
   ("popstate"), and the page shown at each entry is put back exactly as it was left, answers
   selected, with no request at all: instant on a slow network.

   Privacy: the pages left behind are kept in this script's memory only, never in history.state
   (which holds only the entry's number), never in storage. They go when the page goes: on
   "pagehide" (leaving, Exit this page, closing the tab) they are dropped and the page is blanked,
   so the browser's back-forward cache cannot bring back a page that shows an answer; if it
   tries, the page loads afresh (a GET), which shows no answer.

   Reload asks for the address afresh (a GET): the first question, which says the answers are
   gone. Pressing a button twice sends once. When fetch fails (no network), the form is sent the
   ordinary way, as without JavaScript.

   Other scripts set up each new page on the "kbyf:page" event (see read-aloud.js, print.js…). */
(function () {
  "use strict";

  var KEY = "kbyf";
  var EVENT = "kbyf:page";
  // SubmitEvent.submitter tells which button sent a form (Back, Continue, a language…): a browser
  // without it sends forms the ordinary way.
  var canSwap = !!(window.fetch && window.DOMParser && window.Map && window.URLSearchParams &&
                   window.FormData &&
                   window.history && history.pushState && window.SubmitEvent &&
                   "submitter" in SubmitEvent.prototype);

  var pages = new Map();   // entry number -> the page shown there, kept while this page lives
  var current = 0;         // this document's entry number
  var sending = false;     // a form is on its way
  var plain = null;        // a form to let through to the browser, unchanged
  var swapped = false;     // this document has shown a page it fetched
  var request = null;      // the fetch on its way, to stop when the person goes Back instead

  function mark(number) {
    var state = {};
    state[KEY] = number;
    return state;
  }

  if (canSwap) {
    var state = history.state;
    if (state && typeof state[KEY] === "number") {
      current = state[KEY];
    }
    // Also turns an entry reached by POST (a form sent without this script) into a plain one:
    // reload then asks with GET instead of resending answers. No entry is added.
    history.replaceState(mark(current), "");
    history.scrollRestoration = "manual";
  }

  function snapshot() {
    var root = document.documentElement;
    return { body: document.body, title: document.title, lang: root.lang, dir: root.dir,
             scroll: window.scrollY };
  }

  function focusStart() {
    var target = document.querySelector(".error-summary") || document.querySelector("main h1") ||
      document.querySelector("main");
    if (!target) {
      return;
    }
    if (!target.hasAttribute("tabindex") && target.tabIndex < 0) {
      target.setAttribute("tabindex", "-1");
    }
    target.focus({ preventScroll: true });
  }

  function show(page, isNew) {
    var root = document.documentElement;
    root.lang = page.lang;
    root.dir = page.dir;
    document.title = page.title;
    document.body.replaceWith(page.body);
    window.scrollTo(0, isNew ? 0 : page.scroll);
    if (isNew) {
      document.dispatchEvent(new CustomEvent(EVENT));
    }
    // Screen readers and keyboards start from the new page, as after a page load.
    focusStart();
  }

  function fields(form, submitter) {
    // What the browser itself would send: FormData leaves out buttons, so add the one pressed.
    var data = new URLSearchParams(new FormData(form));
    if (submitter && submitter.name) {
      data.append(submitter.name, submitter.value);
    }
    // Nothing is added: the form itself is one length per kind on the wire (every question's
    // slot, one digit each: guide/flow/wire.py), and this body is exactly what the browser would
    // send without this script, so its length says no more (issue 17, docs/privacy.md).
    return data;
  }

  function busy(on) {
    var main = document.querySelector("main");
    if (main) {
      if (on) {
        main.setAttribute("aria-busy", "true");
      } else {
        main.removeAttribute("aria-busy");
      }
    }
  }

  function done(submitter) {
    request = null;
    sending = false;
    busy(false);
    if (submitter) {
      // The page left behind may come back with Back: its button works again there.
      submitter.removeAttribute("aria-disabled");
    }
  }

  function sendPlainly(form, submitter) {
    plain = form;
    if (form.requestSubmit) {
      form.requestSubmit(submitter || undefined);
    } else {
      form.submit();
    }
  }

  function send(form, submitter) {
    var action = submitter && submitter.hasAttribute("formaction") ? submitter.formAction
      : form.action;
    busy(true);
    request = window.AbortController ? new AbortController() : null;
    fetch(action, {
      signal: request ? request.signal : undefined,
      method: "POST",
      body: fields(form, submitter),
      credentials: "same-origin",
      cache: "no-store",
      headers: { "Accept": "text/html" }
    }).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (type.indexOf("text/html") !== 0 || new URL(response.url).origin !== location.origin) {
        throw new Error("not a page of the guide");
      }
      return response.text().then(function (html) {
        return { html: html, url: response.url };
      });
    }).then(function (result) {
      var doc = new DOMParser().parseFromString(result.html, "text/html");
      busy(false);  // Before the page is kept: it must not come back looking busy.
      pages.set(current, snapshot());
      // Entries after this one are gone from the browser's history once we push: so are their pages.
      pages.forEach(function (_page, number) {
        if (number > current) {
          pages.delete(number);
        }
      });
      current += 1;
      swapped = true;
      // The entry first, so that the new title names the new entry, not the one left behind.
      history.pushState(mark(current), "", result.url);
      show({ body: document.adoptNode(doc.body), title: doc.title,
             lang: doc.documentElement.lang, dir: doc.documentElement.dir }, true);
      done(submitter);
    }).catch(function (error) {
      done(submitter);
      if (!error || error.name !== "AbortError") {
        sendPlainly(form, submitter);
      }
    });
  }

  // Bubble phase, after other scripts: a form another script stopped was not sent.
  document.addEventListener("submit", function (event) {
    if (event.defaultPrevented) {
      return;
    }
    var form = event.target;
    if (form === plain) {
      plain = null;
      sending = true;
      return;
    }
    if (sending) {
      event.preventDefault();
      return;
    }
    sending = true;
    var submitter = event.submitter;
    if (submitter) {
      // Not `disabled`: that would drop the button's own name and value from this form.
      submitter.setAttribute("aria-disabled", "true");
    }
    var method = (submitter && submitter.getAttribute("formmethod")) || form.method;
    if (canSwap && method.toLowerCase() === "post" && !form.target) {
      event.preventDefault();
      send(form, submitter);
    }
  });

  window.addEventListener("popstate", function (event) {
    var number = event.state && event.state[KEY];
    if (typeof number !== "number" || number === current) {
      return;
    }
    var page = pages.get(number);
    if (!page) {
      // A page this document never showed (or no longer keeps): ask for it afresh.
      location.reload();
      return;
    }
    if (request) {
      request.abort();  // Back while the next page was on its way: it is not wanted any more.
      busy(false);
    }
    pages.set(current, snapshot());
    current = number;
    show(page, false);
  });

  window.addEventListener("pagehide", function () {
    if (!swapped && !document.querySelector("form[method=post]")) {
      return;  // A page without answers, as it came: nothing to forget.
    }
    pages.clear();
    document.body.replaceChildren();
  });

  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) {
      return;
    }
    if (!document.body.firstChild) {
      // Brought back from the back-forward cache after pagehide blanked it: load it afresh.
      location.reload();
    } else {
      sending = false;
    }
  });
})();
