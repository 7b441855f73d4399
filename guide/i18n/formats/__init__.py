"""Date formats where Django's are missing or read wrongly (settings.FORMAT_MODULE_PATH).

Django reads these before its own (django/conf/locale/<ll>/formats.py), one setting at a time:
a module here names only what it changes. Month names still come from the catalogues
(guide/i18n/month_names.py for languages Django lacks).
"""
