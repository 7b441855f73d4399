"""Know Before You File: one Django app. Its layout, and why what runs on every request stays at
this top level while the rest is in packages named for what they are: README.md, "Layout".
"""
