from django.apps import AppConfig
from django.conf import settings
from django.conf.locale import LANG_INFO


class GuideConfig(AppConfig):
    name = "guide"
    verbose_name = "Know Before You File"

    def ready(self) -> None:
        # Haitian Creole and Tagalog are not in Django's list (settings.EXTRA_LANG_INFO): without
        # an entry, get_language_info() raises on every page that shows the language chooser.
        # Updated in place, and over Django's own where it has one (its Punjabi is named in
        # English only).
        for code, info in settings.EXTRA_LANG_INFO.items():
            LANG_INFO.setdefault(code, {}).update(info)
