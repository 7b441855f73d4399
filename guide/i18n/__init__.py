"""The translation machinery: what lets one guide speak thirteen languages.

- `languages`: each language's status (draft or reviewed, ships or not), read from
  locale/<ll>/status.toml; pages use it to say a translation is a draft. And the gap between two
  sentences in each language (none in Chinese), with `join_sentences`, which joins a text from
  sentences that are catalogue entries of their own.
- `catalogues`: where the two gettext catalogues of each language live, which string goes in
  which, and their counts (`make messages`, `make i18n-check`, `make i18n-report`; never a page).
- `month_names`: month names marked again so that they are in our own catalogues, for the
  languages Django does not ship (imported by nothing: makemessages reads it).

The translations themselves are in locale/ and explanations/locale/ (TRANSLATING.md).
"""
