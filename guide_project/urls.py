from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from guide import views

urlpatterns = i18n_patterns(
    path("", views.start, name="start"),
    path("before-you-start/", views.intro, name="intro"),
    path("questions/", views.questions, name="questions"),
    path("legal-help/", views.legal_help, name="legal_help"),
    path("privacy/", views.privacy, name="privacy"),
    path("for-helpers/", views.helpers, name="helpers"),
    path("about/", views.about, name="about"),
    prefix_default_language=True,
)

handler400 = "guide.views.bad_request"
handler404 = "guide.views.page_not_found"
handler500 = "guide.views.server_error"
