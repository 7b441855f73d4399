"""Static files: WhiteNoise's hashed, compressed storage, with our stylesheets minified first.

Every page, with its render-blocking stylesheet, must fit in one round trip (14 KB compressed,
docs/performance.md). The comments that explain guide.css cost a few hundred of those bytes;
they stay in the source and are dropped from the copy that is served.
"""

import re

from django.core.files.base import ContentFile
from whitenoise.storage import CompressedManifestStaticFilesStorage

_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_STRING = re.compile(r"""("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')""")


def minify_css(css: str) -> str:
    """Drop comments and spare white space; never inside a quoted string.

    Conservative on purpose: white space around ":" and "," is kept, because in a selector
    ("main :focus") it changes the meaning.
    """
    parts = _STRING.split(_COMMENT.sub("", css))
    for index in range(0, len(parts), 2):  # the even parts are outside strings
        text = re.sub(r"\s+", " ", parts[index])
        parts[index] = re.sub(r"\s*([{};])\s*", r"\1", text)
    return "".join(parts).strip() + "\n"


class MinifiedCompressedManifestStorage(CompressedManifestStaticFilesStorage):
    def _save(self, name, content):
        # Every stylesheet written to STATIC_ROOT (the plain copy and the hashed one) is minified
        # here; the hash still comes from the source, and WhiteNoise compresses what is saved.
        if name.endswith(".css"):
            content.seek(0)
            content = ContentFile(minify_css(content.read().decode("utf-8")).encode("utf-8"))
        return super()._save(name, content)
