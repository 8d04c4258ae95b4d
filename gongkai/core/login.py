"""Login with lockout: repeated failures for one account lock it for a while, repeated failures from one
address lock that address, and every attempt is audited.

The race: checking "fewer than N failures?" and recording the failure after the password was tried lets
many simultaneous guesses all pass the check. So an attempt first *records* itself (committed), then counts
the rows in the window, and only an attempt that finds at most N is evaluated. Rows are only added while
attempts are in flight, so the k-th committed row's count sees at least k rows: at most N attempts are
evaluated under any concurrency, on any database, without a lock. A refused attempt keeps its row; a
success clears the account's rows.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import authenticate
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from .audit import audit_record
from .models import LoginFailure, User
from .web.forms import TextHygieneMixin

ACCOUNT, ADDRESS = "account", "address"


def _since(seconds: int, now):
    return now - timedelta(seconds=seconds)


def login_attempt_reserve(*, username: str, ip_address: str | None, now) -> tuple[LoginFailure | None, str]:
    """Reserve one attempt before the password is tried: (reservation, "") or (None, what is locked)."""
    # Committed on its own (no enclosing request transaction), so concurrent attempts count it.
    with transaction.atomic():
        reservation = LoginFailure.objects.create(username=username[:150], ip_address=ip_address)
    # Every committed row counts, earlier or later than this one (ids are not handed out in commit order).
    rows = LoginFailure.objects.all()
    since = _since(settings.LOGIN_LOCKOUT_SECONDS, now)
    locked = ""
    if (
        rows.filter(username__iexact=username[:150], created_at__gte=since).count()
        > settings.LOGIN_MAX_FAILURES
    ):
        locked = ACCOUNT
    elif ip_address:
        since = _since(settings.LOGIN_ADDRESS_WINDOW_SECONDS, now)
        recent = rows.filter(ip_address=ip_address, created_at__gte=since).count()
        if recent > settings.LOGIN_ADDRESS_MAX_FAILURES:
            locked = ADDRESS
    return (None, locked) if locked else (reservation, "")


@transaction.atomic
def login_failure_record(*, username: str, ip_address: str | None) -> None:
    """The reserved row stays as the failure record; the audit event names the account when it exists."""
    user = User.objects.filter(username__iexact=username).first()
    if user is not None:
        audit_record(actor=None, action="login_failed", obj=user, after={"ip": ip_address})


@transaction.atomic
def login_success_record(*, user: User, ip_address: str | None) -> None:
    LoginFailure.objects.filter(username__iexact=user.username).delete()
    audit_record(actor=user, action="login", obj=user, after={"ip": ip_address})


class LockoutAuthenticationForm(TextHygieneMixin, AuthenticationForm):
    error_messages = {
        "invalid_login": "用户名或密码不正确。连续失败%(max)d次后账号将被锁定%(minutes)d分钟。",
        "inactive": "该账号已停用。",
        "locked": "登录失败次数过多，账号已被临时锁定，请%(minutes)d分钟后再试。",
        "address_locked": "本网络地址登录失败次数过多，已被临时限制登录，请%(minutes)d分钟后再试。",
    }

    def _ip(self) -> str | None:
        return self.request.META.get("REMOTE_ADDR") if self.request else None

    def clean(self):
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        minutes = settings.LOGIN_LOCKOUT_SECONDS // 60
        if not username or not password:
            return self.cleaned_data
        # Reserved before the password is tried, so a locked account gives no oracle for guesses.
        reservation, locked = login_attempt_reserve(
            username=username, ip_address=self._ip(), now=timezone.now()
        )
        if locked == ACCOUNT:
            raise ValidationError(self.error_messages["locked"], code="locked", params={"minutes": minutes})
        if locked == ADDRESS:
            raise ValidationError(
                self.error_messages["address_locked"],
                code="address_locked",
                params={"minutes": settings.LOGIN_ADDRESS_WINDOW_SECONDS // 60},
            )
        self.user_cache = authenticate(self.request, username=username, password=password)
        if self.user_cache is None:
            login_failure_record(username=username, ip_address=self._ip())
            raise ValidationError(
                self.error_messages["invalid_login"],
                code="invalid_login",
                params={"max": settings.LOGIN_MAX_FAILURES, "minutes": minutes},
            )
        try:
            self.confirm_login_allowed(self.user_cache)
        except ValidationError:
            reservation.delete()  # the password was right: an inactive account's notice is not a failure
            raise
        login_success_record(user=self.user_cache, ip_address=self._ip())
        return self.cleaned_data
