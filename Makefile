# Gongkai: `make demo` serves the demo platform, `make test` runs the whole suite (SQLite, then PostgreSQL).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SYSTEM_PACKAGES := fonts-noto-cjk libharfbuzz-subset0 libpango-1.0-0 libpangoft2-1.0-0 poppler-utils chromium
# PostgreSQL used by `make test` when reachable; .ci/run requires it (REQUIRE_POSTGRES=1).
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/gongkai
PYTEST_ARGS ?= -n 2

.PHONY: demo test lint system-deps venv serve

demo: system-deps venv
	$(PY) manage.py migrate --no-input -v 0
	$(PY) manage.py demo_load
	@echo "演示平台：http://127.0.0.1:8000/  （按 Ctrl+C 停止）"
	$(PY) manage.py runserver 127.0.0.1:8000

test: system-deps venv lint
	@echo "== 测试：SQLite =="
	$(PY) -m pytest --create-db $(PYTEST_ARGS)
	@if scripts/pg-reachable "$(TEST_DATABASE_URL)"; then \
	  echo "== 测试：PostgreSQL =="; \
	  DATABASE_URL="$(TEST_DATABASE_URL)" $(PY) -m pytest --create-db $(PYTEST_ARGS); \
	elif [ "$$REQUIRE_POSTGRES" = "1" ]; then \
	  echo "PostgreSQL 不可达（$(TEST_DATABASE_URL)），但 REQUIRE_POSTGRES=1：失败。"; exit 1; \
	else \
	  echo "== 跳过 PostgreSQL：$(TEST_DATABASE_URL) 不可达（设置 TEST_DATABASE_URL 或启动 PostgreSQL 后重试）=="; \
	fi

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Debian packages: CJK fonts, Pango and the HarfBuzz subsetter for PDF (WeasyPrint), poppler-utils to look at
# PDF pages as images, Chromium for browser tests. Idempotent.
system-deps:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	  echo "安装系统软件包：$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	else \
	  echo "缺少系统软件包（请以 root 运行或手动安装）：$$missing"; \
	fi

venv: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements-dev.txt -c constraints.txt
	touch $@
