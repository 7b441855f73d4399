from guide.content import CONTENT


def guide(request):
    """What every page shows: the content's dates and version."""
    return {"content": CONTENT}
