"""Run a snippet in a fresh process with a given environment, as a deployment starting up would."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def run_with_env(code: str, *, var_dir: Path, **env) -> subprocess.CompletedProcess:
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "gongkai.settings",
        "GONGKAI_VAR_DIR": str(var_dir),
    }
    for name in (
        "DATABASE_URL",
        "GONGKAI_SECRET_KEY",
        "GONGKAI_REDIS_URL",
        "GONGKAI_HTTPS",
        "GONGKAI_PROXY_SSL_HEADER",
    ):
        environment.pop(name, None)
    environment.update(env)
    prelude = "import django\ndjango.setup()\nfrom django.conf import settings\n"
    return subprocess.run(
        [sys.executable, "-c", prelude + code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
