"""Login with lockout: repeated failures for one account lock it for a while, and every attempt is audited."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import authenticate
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from .audit import audit_record
from .forms import TextHygieneMixin
from .models import LoginFailure, User


def login_is_locked(*, username: str, now) -> bool:
    since = now - timedelta(seconds=settings.LOGIN_LOCKOUT_SECONDS)
    recent = LoginFailure.objects.filter(username__iexact=username, created_at__gte=since).count()
    return recent >= settings.LOGIN_MAX_FAILURES


@transaction.atomic
def login_failure_record(*, username: str, ip_address: str | None) -> None:
    LoginFailure.objects.create(username=username[:150], ip_address=ip_address)
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
    }

    def _ip(self) -> str | None:
        return self.request.META.get("REMOTE_ADDR") if self.request else None

    def clean(self):
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        minutes = settings.LOGIN_LOCKOUT_SECONDS // 60
        if not username or not password:
            return self.cleaned_data
        # Checked before the password, so a locked account gives no oracle for guesses.
        if login_is_locked(username=username, now=timezone.now()):
            raise ValidationError(self.error_messages["locked"], code="locked", params={"minutes": minutes})
        self.user_cache = authenticate(self.request, username=username, password=password)
        if self.user_cache is None:
            login_failure_record(username=username, ip_address=self._ip())
            raise ValidationError(
                self.error_messages["invalid_login"],
                code="invalid_login",
                params={"max": settings.LOGIN_MAX_FAILURES, "minutes": minutes},
            )
        self.confirm_login_allowed(self.user_cache)
        login_success_record(user=self.user_cache, ip_address=self._ip())
        return self.cleaned_data
