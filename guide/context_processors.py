from django.conf import settings

from guide.content import CONTENT, descriptions


def guide(request):
    """What every page shows: the content's dates and version, where "Exit this page" goes and
    the page's description."""
    return {
        "content": CONTENT,
        "exit_url": settings.EXIT_URL,
        # Hard words already explained on this page: each page explains a word once, at its
        # first use (guide/templatetags/glossary.py). A new set for every page.
        "glossary_shown": set(),
        # The page's one sentence for search engines (guide/content/descriptions.py), or None.
        "description": descriptions.for_request(request),
    }
