"""Public pages: apply online, follow an application with its tracking code, withdraw it.

Nothing here is found by a number: only the random tracking code together with the last four characters of
the ID/credit code or phone opens an application, and the status page shows no personal data.
"""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from gongkai.core.exceptions import ApplicationError
from gongkai.core.web.forms import add_service_error
from gongkai.files.limits import upload_limit, upload_refusal

from .. import selectors
from ..choices import OUTCOME_INFO
from ..forms import PublicApplyForm, PublicWithdrawForm, TrackForm
from ..letters.access import mark_tracked
from ..services import ApplicationData, application_register, application_withdraw
from ..services.registration import ID_PROOF_MAX_BYTES
from . import guard

DONE_KEY = "foi_applied"
TOO_MANY = "操作过于频繁，请稍后再试。"
NOT_FOUND = "查询码或验证信息不正确。"


def _apply_admit(request) -> str:
    # Counted from the headers alone, before the body is parsed: a refused client's file is never spooled.
    return TOO_MANY if guard.rate_limited(request, "apply") else ""


@never_cache
@upload_limit(max_bytes=ID_PROOF_MAX_BYTES, admit=_apply_admit)
def apply(request):
    form = PublicApplyForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if refusal := upload_refusal(request):
            form.add_error(None, refusal)
        elif not guard.challenge_passed(
            request, request.POST.get("answer", ""), request.POST.get("website", "")
        ):
            form.add_error("answer", "验证问题回答不正确，请回答新的问题。")
        elif form.is_valid():
            data = ApplicationData(**{k: form.cleaned_data.get(k) or "" for k in form.DATA_FIELDS})
            try:
                application = application_register(
                    department=form.cleaned_data["department"],
                    data=data,
                    received_at=timezone.now(),
                    id_proof=form.cleaned_data.get("id_proof"),
                )
            except ApplicationError as exc:
                add_service_error(form, exc)
            else:
                request.session[DONE_KEY] = application.tracking_code
                return redirect("foi-public:applied")
        guard.challenge_new(request)
    return render(
        request, "foi/public/apply.html", {"form": form, "question": guard.challenge_question(request)}
    )


@never_cache
def applied(request):
    code = request.session.pop(DONE_KEY, None)
    if code is None:
        return redirect("foi-public:track")
    return render(request, "foi/public/applied.html", {"code": code})


def _status_context(application):
    info = OUTCOME_INFO.get(application.outcome)
    return {
        "app": application,
        "outcome_label": application.get_outcome_display() if info else "",
        "clock": selectors.application_clock(application=application, as_of=timezone.localdate()),
    }


@never_cache
def track(request):
    form = TrackForm(request.POST or None)
    if request.method == "POST":
        if guard.rate_limited(request, "track"):
            form.add_error(None, TOO_MANY)
        elif form.is_valid():
            application = selectors.application_get_by_tracking(**form.cleaned_data)
            if application is None:
                form.add_error(None, NOT_FOUND)
            else:
                withdraw = PublicWithdrawForm(initial=form.cleaned_data)
                ctx = _status_context(application) | {"withdraw_form": withdraw}
                mark_tracked(request, application)  # opens its letters and files for this session
                return render(request, "foi/public/status.html", ctx)
    return render(request, "foi/public/track.html", {"form": form})


@never_cache
@require_POST
def withdraw(request):
    form = PublicWithdrawForm(request.POST)
    if guard.rate_limited(request, "track") or not form.is_valid():
        messages.error(request, TOO_MANY if form.is_valid() else "请填写查询码和验证信息。")
        return redirect("foi-public:track")
    application = selectors.application_get_by_tracking(
        tracking_code=form.cleaned_data["tracking_code"], second_factor=form.cleaned_data["second_factor"]
    )
    if application is None:
        messages.error(request, NOT_FOUND)
        return redirect("foi-public:track")
    try:
        application_withdraw(
            application=application, on=timezone.localdate(), reason=form.cleaned_data["reason"]
        )
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, "您的申请已撤回。")
    return redirect("foi-public:track")
