"""Upload limits applied before the request body is read.

Django parses a multipart body (and spools its files to disk) the first time anything touches request.POST
or request.FILES, and CsrfViewMiddleware does that before any view runs. So a view only DECLARES its policy
with @upload_limit, and UploadLimitMiddleware (placed before CsrfViewMiddleware) applies it from the
headers alone: an over-size Content-Length is answered 413 unread, and a client the view's `admit` check
refuses (a rate limit) gets its text fields parsed but no file spooled.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.shortcuts import render

from .filetypes import MB, format_size

# Room for the text fields and the multipart framing around the files.
FORM_ALLOWANCE = 1 * MB
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
REFUSAL_ATTR = "upload_refusal"
APPLIED_ATTR = "upload_policy_applied"


@dataclass(frozen=True)
class UploadPolicy:
    max_bytes: Callable[[], int]  # per file; read at request time so settings can change it
    admit: Callable | None = None  # request -> Chinese refusal or "" (it may count, as a rate limit does)


def _default_max_bytes() -> int:
    return settings.ATTACHMENT_MAX_BYTES


DEFAULT_POLICY = UploadPolicy(max_bytes=_default_max_bytes)


def upload_limit(*, max_bytes: int | Callable[[], int], admit: Callable | None = None):
    """Declare the largest file a view accepts and, optionally, who may upload at all.

    Should the middleware not have run (a view called directly), the view applies the policy itself.
    """
    limit = max_bytes if callable(max_bytes) else (lambda: max_bytes)
    policy = UploadPolicy(max_bytes=limit, admit=admit)

    def decorate(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if getattr(request, APPLIED_ATTR, None) is not policy and (
                refused := policy_apply(request, policy)
            ):
                return refused
            return view(request, *args, **kwargs)

        wrapper.upload_policy = policy
        return wrapper

    return decorate


def upload_refusal(request) -> str:
    """The admit check's refusal for this request ("" when admitted); the view shows it on its form."""
    return getattr(request, REFUSAL_ATTR, "")


class SkipFilesHandler(FileUploadHandler):
    """Parses the text fields of a refused request and drops every file without writing it anywhere."""

    def new_file(self, *args, **kwargs):
        raise SkipFile()

    def receive_data_chunk(self, raw_data, start):
        return None

    def file_complete(self, file_size):
        return None


def content_length(request) -> int:
    try:
        return max(int(request.META.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        return 0


def policy_apply(request, policy: UploadPolicy):
    """A 413 response for an over-size body, else None; a refused client's files will not be spooled."""
    setattr(request, APPLIED_ATTR, policy)
    if request.method not in BODY_METHODS:
        return None
    max_bytes = policy.max_bytes()
    if content_length(request) > max_bytes + FORM_ALLOWANCE:
        return render(request, "files/too_large.html", {"max_size": format_size(max_bytes)}, status=413)
    if policy.admit is not None and (refusal := policy.admit(request)):
        setattr(request, REFUSAL_ATTR, refusal)
        if not hasattr(request, "_files"):  # body not parsed yet: drop its files unread
            request.upload_handlers = [SkipFilesHandler(request)]
    return None


class UploadLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        return policy_apply(request, getattr(view_func, "upload_policy", DEFAULT_POLICY))
