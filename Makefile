# Guanxi: `make run` installs and starts the program; `make test` installs and runs every check.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# Debian packages the program needs: Qt's xcb platform libraries and a CJK font; GTK 3 for
# the test that the save dialog on a GNOME desk never opens the book (its locks would go);
# PostgreSQL for the second run of the tests (a throwaway server: tests/postgres/server.py).
SYSTEM_PACKAGES := libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 \
	libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-noto-cjk xvfb xauth \
	libgtk-3-0 postgresql

.PHONY: run test system-deps lint bench translations clean

system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if ! command -v apt-get >/dev/null; then echo "Please install:$$missing"; \
	  elif [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; fi; \
	fi

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,bench]'
	touch $@

run: system-deps $(VENV)/.installed
	$(PY) -m app $(ARGS)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check app tests migrations benchmarks
	$(VENV)/bin/lint-imports

# The whole suite twice, at the same time: on SQLite files (its output shown as it runs), and
# on PostgreSQL: the server GUANXI_TEST_DB names, or else a throwaway local one started (and
# removed) for the run (its output shown when it ends). The PostgreSQL run waits on its server
# much of the time, so the two together take little more than the longer one alone.
test: system-deps $(VENV)/.installed lint
	@logs=$$(mktemp -d); \
	if [ -n "$$GUANXI_TEST_DB" ]; then \
	  QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider > $$logs/server.log 2>&1 & \
	else \
	  QT_QPA_PLATFORM=offscreen $(PY) -m tests.postgres.server -- $(PY) -m pytest -q -p no:cacheprovider > $$logs/server.log 2>&1 & \
	fi; \
	server=$$!; \
	echo "== the suite on SQLite files (on PostgreSQL meanwhile: shown when it ends)"; \
	QT_QPA_PLATFORM=offscreen GUANXI_TEST_DB= $(PY) -m pytest -q -p no:cacheprovider; sqlite=$$?; \
	wait $$server; postgresql=$$?; \
	echo "== the suite on PostgreSQL"; cat $$logs/server.log; rm -rf $$logs; \
	echo "== SQLite run: exit $$sqlite; PostgreSQL run: exit $$postgresql"; \
	[ $$sqlite -eq 0 ] && [ $$postgresql -eq 0 ]

bench: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

translations: $(VENV)/.installed
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find app -name '*.py') -ts resources/translations/guanxi_zh_CN.ts resources/translations/guanxi_en.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/guanxi_zh_CN.ts resources/translations/guanxi_en.ts

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
