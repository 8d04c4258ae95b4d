from django.contrib.auth import views as auth_views
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from .context_processors import CARE_MODE_COOKIE
from .login import LockoutAuthenticationForm


class LoginView(auth_views.LoginView):
    template_name = "core/login.html"
    authentication_form = LockoutAuthenticationForm
    redirect_authenticated_user = True


@require_POST
def care_mode_toggle(request):
    """适老化 switch: large text and high contrast, kept in a cookie, works without JavaScript."""
    target = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    response = HttpResponseRedirect(target)
    if request.COOKIES.get(CARE_MODE_COOKIE) == "1":
        response.delete_cookie(CARE_MODE_COOKIE)
    else:
        response.set_cookie(CARE_MODE_COOKIE, "1", max_age=365 * 24 * 3600, samesite="Lax", httponly=True)
    return response
