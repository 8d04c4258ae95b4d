"""System checks of a deployment (`manage.py check --deploy`)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def secret_key_configured(app_configs, **kwargs):
    """A generated key is private to one data directory: several servers would each sign with their own."""
    if getattr(settings, "SECRET_KEY_CONFIGURED", True):
        return []
    return [
        Warning(
            "未设置 GONGKAI_SECRET_KEY：正在使用数据目录中自动生成的密钥（仅适用于演示与单机试用）。"
            " GONGKAI_SECRET_KEY is not set: a key generated in the data directory is in use.",
            hint="生产环境请设置环境变量 GONGKAI_SECRET_KEY（至少50个随机字符，各应用服务器相同）。",
            id="gongkai.W001",
        )
    ]
