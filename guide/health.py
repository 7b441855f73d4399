"""The health check for load balancers and uptime monitors.

It answers "ok" without touching templates, translations or content, so it says only that this
instance is up and serving. It reads nothing from the request and logs nothing about the caller
(gunicorn's access log still records the line "GET /healthz 200", which holds nothing personal).
"""

from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache

from guide.methods import require_GET


@require_GET
@never_cache
def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")
