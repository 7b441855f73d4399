"""A pytest plugin loaded before pytest-django sets Django up (see addopts in pyproject.toml):
the tests need a secret key, never a real one."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-not-secret")
