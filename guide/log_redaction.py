"""Error logging that never writes what a person sent.

Django attaches the request (and with it the POST body, which holds the answers) to the records
of its `django.request` logger, and an exception's message can quote a submitted value. This
filter drops the request, and this formatter writes where an error happened (files, lines,
functions and the exception's type) but never the exception's message.
"""

import logging
import traceback


class DropRequest(logging.Filter):
    """Remove the request from a record so that no handler can ever reach the POST data."""

    def filter(self, record: logging.LogRecord) -> bool:
        if hasattr(record, "request"):
            record.request = None
        return True


class NoValuesFormatter(logging.Formatter):
    """Format tracebacks as frames and the exception's type only."""

    def formatException(self, exc_info) -> str:
        exc_type, _value, tb = exc_info
        frames = traceback.extract_tb(tb)
        lines = ["Traceback (values left out):"]
        lines += [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
        lines.append(f"{exc_type.__module__}.{exc_type.__qualname__}")
        return "\n".join(lines)

    def formatStack(self, stack_info: str) -> str:
        # Stack lines quote source code, never values: keep them.
        return stack_info


class NoTracebackFormatter(NoValuesFormatter):
    """One line and no traceback, for `django.security`: a refused Host header or another
    suspicious request is the client's doing, not a fault in the guide, and where Django checked
    it says nothing an operator needs (issue 17)."""

    def formatException(self, exc_info) -> str:
        return ""
