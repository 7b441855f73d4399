"""Read aloud: shown only when the device has a voice for the page's language; sends nothing."""

import json

import pytest

from tests.browser.checks import post_from_page
from tests.helpers import final_path

pytestmark = pytest.mark.browser

FAKE_SPEECH = """
(() => {
  const voices = %s;
  window.__spoken = [];
  const synth = window.speechSynthesis;
  synth.getVoices = () => voices;
  synth.speak = (utterance) => { window.__spoken.push({text: utterance.text, lang: utterance.lang}); };
})();
"""


def with_voices(context, voices):
    context.add_init_script(FAKE_SPEECH % json.dumps(voices))


def open_first_question(server, page):
    """The way a person arrives: the intro's Continue (a GET of the questions address would show
    the "started again" notice instead)."""
    page.goto(server.url + "/en/before-you-start/")
    page.get_by_role("button", name="Continue").click()
    page.wait_for_selector("fieldset")


def open_outcome(server, page):
    page.goto(server.url + "/en/questions/")
    post_from_page(page, "/en/questions/", {**final_path(), "nav": "outcome"})
    page.wait_for_selector("article.outcome")


def test_hidden_without_a_voice_for_the_language(server, context, page):
    with_voices(
        context,
        [
            {"lang": "es-ES", "localService": True, "name": "es"},
            {"lang": "en-US", "localService": False, "name": "network"},
        ],
    )
    page.goto(server.url + "/en/questions/")
    assert page.locator("[data-read-aloud]").is_hidden()


def test_hidden_without_javascript(server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server.url + "/en/questions/")
    assert page.locator("[data-read-aloud]").is_hidden()
    context.close()


def test_reads_the_question_with_a_local_voice_and_sends_nothing(server, context, page):
    with_voices(context, [{"lang": "en-US", "localService": True, "name": "local"}])
    open_first_question(server, page)
    button = page.locator("[data-read-aloud]")
    assert button.is_visible()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    button.click()
    spoken = page.evaluate("window.__spoken")
    assert len(spoken) == 1 and spoken[0]["lang"] == "en-US"
    assert "Do you have an ITIN" in spoken[0]["text"]
    assert "Back" not in spoken[0]["text"].split()
    assert requests == []


def test_reads_the_outcome(server, context, page):
    with_voices(context, [{"lang": "en-GB", "localService": True, "name": "local"}])
    open_outcome(server, page)
    page.locator("[data-read-aloud]").click()
    spoken = page.evaluate("window.__spoken")
    assert "The agreement names people in your situation" in spoken[0]["text"]


def local(*tags: str) -> list[dict]:
    return [{"lang": tag, "localService": True, "name": tag} for tag in tags]


# A voice of the page's base language is not always one for the page: each case is a page
# language, the voices a device has, and the voice that must read it (None: no button).
VOICE_CASES = [
    ("zh-hant", local("zh-CN", "en-US"), None),
    ("zh-hant", local("zh-CN", "zh-HK", "zh-TW"), "zh-TW"),
    ("zh-hans", local("zh-TW", "zh-HK"), None),
    ("zh-hans", local("zh_CN"), "zh_CN"),
    ("pt-br", local("pt-PT"), None),
    ("pt-br", local("pt-PT", "pt-BR"), "pt-BR"),
    ("tl", local("en-US", "es-US"), None),
    ("tl", local("fil-PH"), "fil-PH"),
    ("tl", local("tl"), "tl"),
    ("pa", local("pa-PK", "hi-IN"), None),
    ("pa", local("pa-IN"), "pa-IN"),
    ("ko", local("ja-JP"), None),
    ("ko", local("ko-KR"), "ko-KR"),
    ("vi", local("vi-VN"), "vi-VN"),
    ("ht", local("fr-FR"), None),
    ("es", local("es-US"), "es-US"),
]


@pytest.mark.parametrize(("language", "voices", "reads_with"), VOICE_CASES)
def test_offered_only_with_a_voice_for_the_pages_language(
    server, context, page, language, voices, reads_with
):
    with_voices(context, voices)
    page.goto(f"{server.url}/{language}/questions/")
    page.wait_for_selector("fieldset")
    button = page.locator("[data-read-aloud]")
    if reads_with is None:
        assert button.is_hidden()
        return
    assert button.is_visible()
    button.click()
    spoken = page.evaluate("window.__spoken")
    assert [said["lang"] for said in spoken] == [reads_with]


def test_a_voice_that_only_runs_online_is_never_used(server, context, page):
    with_voices(context, [{"lang": "zh-TW", "localService": False, "name": "network"}])
    page.goto(server.url + "/zh-hant/questions/")
    page.wait_for_selector("fieldset")
    assert page.locator("[data-read-aloud]").is_hidden()
