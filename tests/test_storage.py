"""The served stylesheet is the source minus comments and spare white space, and nothing else."""

from pathlib import Path

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage

from guide.storage import minify_css


def test_minify_drops_comments_and_spaces_but_keeps_strings_and_selectors():
    css = """/* a comment with a quote: don't */
main :focus ,  a:visited {
    color : red;   /* trailing */
    content: " (" attr(href) ")";
}
"""
    assert minify_css(css) == 'main :focus , a:visited{color : red;content: " (" attr(href) ")";}\n'


def test_the_served_stylesheet_is_the_minified_source():
    source = Path(finders.find("css/guide.css")).read_text(encoding="utf-8")
    served = staticfiles_storage.open(staticfiles_storage.stored_name("css/guide.css")).read()
    assert served.decode("utf-8") == minify_css(source)
    assert len(served) < len(source.encode("utf-8")) * 0.9
