"""Which HTTP methods a view accepts, answered with a helpful, translated 405 page otherwise.

Django's own require_http_methods answers a wrong method with an empty body; a person (or a
confused browser extension) deserves a page that says what happened and where to go.
"""

from functools import wraps

from django.shortcuts import render


def require_http_methods(methods: list[str]):
    allowed = sorted(set(methods) | ({"HEAD"} if "GET" in methods else set()))

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method not in allowed:
                response = render(request, "405.html", status=405)
                response["Allow"] = ", ".join(allowed)
                return response
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


#: GET (and HEAD, which is a GET without the body) only.
require_GET = require_http_methods(["GET"])
