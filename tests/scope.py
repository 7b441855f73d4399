"""How much of the list of pages a run walks, set once per run by tests/conftest.py.

`make test-fast` passes --covering-only: every test that walks the pages of tests/pages.py then
walks the covering outcomes only (tests/pages.py says why they cover) instead of all of them.
"""

covering_only = False
