"""A pytest plugin loaded before pytest-django sets Django up (see addopts in pyproject.toml):
the tests need a secret key, never a real one."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-not-secret")
# The deployed guide sets its public address (docs/deploy.md); tests of the fallback to the
# served address override it.
os.environ.setdefault("PUBLIC_URL", "http://127.0.0.1:8000")
