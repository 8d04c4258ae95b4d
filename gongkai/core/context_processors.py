from .models import SiteProfile
from .permissions import is_office, is_staff_member, is_sysadmin

# Cookie set by the 适老化 switch: large text, high contrast.
CARE_MODE_COOKIE = "care_mode"


def site(request):
    user = request.user
    return {
        "site": SiteProfile.current(),
        "care_mode": request.COOKIES.get(CARE_MODE_COOKIE) == "1",
        "is_staff_member": is_staff_member(user),
        "is_office": is_office(user),
        "is_sysadmin": is_sysadmin(user),
    }
