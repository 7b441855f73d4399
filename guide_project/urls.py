from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from guide import health, views

urlpatterns = [
    # For load balancers: no language prefix and no name (it is not a page for people).
    path("healthz", health.healthz),
    # The start page at "/", in the browser's language, without a redirect (no name: every
    # address the guide writes, in a QR code or a shared link, carries its /<lang>/).
    path("", views.root),
]
urlpatterns += i18n_patterns(
    path("", views.start, name="start"),
    path("before-you-start/", views.intro, name="intro"),
    path("questions/", views.questions, name="questions"),
    path("legal-help/", views.legal_help, name="legal_help"),
    path("privacy/", views.privacy, name="privacy"),
    path("safety/", views.safety, name="safety"),
    path("for-helpers/", views.helpers, name="helpers"),
    path("about/", views.about, name="about"),
    path("words/", views.words, name="words"),
    path("flyer/", views.flyer, name="flyer"),
    path("whats-changed/", views.whats_changed, name="whats_changed"),
    prefix_default_language=True,
)

handler400 = "guide.views.bad_request"
handler404 = "guide.views.page_not_found"
handler500 = "guide.views.server_error"
