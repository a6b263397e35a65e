"""The command line run in this process, as the tests of tests/cli use it."""

import pytest

from app.cli import main


@pytest.fixture
def cli(qapp, tmp_path, monkeypatch):
    """main([...]) in this process: (exit status, stdout, stderr), the log in tmp_path."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    # a demo book's owner signs in to the commands that read personal data (a book
    # without accounts leaves GUANXI_USER unused)
    monkeypatch.setenv("GUANXI_USER", "owner")
    monkeypatch.setenv("GUANXI_PASSWORD", "demo")
    monkeypatch.chdir(tmp_path)  # a relative path written by mistake lands here
    font, translators = qapp.font(), list(getattr(qapp, "_guanxi_translators", []))

    def run(*args: str, capsys=None) -> tuple[int, str, str]:
        status = main(["--lang", "en", *args])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return status, out, err

    yield run
    # the language and font the command line set up are the test session's again
    for translator in getattr(qapp, "_guanxi_translators", []):
        qapp.removeTranslator(translator)
    for translator in translators:
        qapp.installTranslator(translator)
    qapp._guanxi_translators = translators
    qapp.setFont(font)
