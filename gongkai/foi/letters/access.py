"""The applicant's access to letters and files: only in a session that has just passed the tracking check.

The tracking page (code + last four characters) marks the application in the session; download URLs carry a
database id, which without that mark gives a 404 like any unknown URL.
"""

import time

TRACKED_KEY = "foi_tracked"
TRACKED_SECONDS = 30 * 60


def mark_tracked(request, application) -> None:
    now = time.time()
    marks = {k: t for k, t in request.session.get(TRACKED_KEY, {}).items() if now - t < TRACKED_SECONDS}
    marks[str(application.pk)] = now
    request.session[TRACKED_KEY] = marks


def is_tracked(request, application_id: int) -> bool:
    at = request.session.get(TRACKED_KEY, {}).get(str(application_id))
    return at is not None and time.time() - at < TRACKED_SECONDS
