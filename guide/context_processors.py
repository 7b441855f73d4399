from django.conf import settings

from guide.content import CONTENT, descriptions, sentences


def guide(request):
    """What every page shows: the content's dates and version, where "Exit this page" goes and
    the page's description; and the sentences the guide says in more than one place."""
    return {
        "content": CONTENT,
        # Each written once (guide/content/sentences.py): a template says one as
        # {{ shared.CLINIC_LIST }}, beside its own sentences in {% sentences %}.
        "shared": sentences,
        "exit_url": settings.EXIT_URL,
        # Hard words already explained on this page: each page explains a word once, at its
        # first use (guide/templatetags/glossary.py). A new set for every page.
        "glossary_shown": set(),
        # The page's one sentence for search engines (guide/content/descriptions.py), or None.
        "description": descriptions.for_request(request),
    }
