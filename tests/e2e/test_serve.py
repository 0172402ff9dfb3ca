"""``plangen serve``: where it listens, sign-in settings, and workers that crash."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from plangen.errors import ConfigError
from plangen.model import Plan
from plangen.settings import Settings, load_settings
from plangen.web import work
from plangen.web.config import hash_password, verify_password
from plangen.web.server import refuse_open_without_sign_in
from plangen.web.workers import WorkerCrashed, Workers
from tests.conftest import BETTY_XLSX, Run
from tests.web_helpers import crash, fails


def it_refuses_to_listen_beyond_this_computer_without_sign_in(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "plangen.cli", "serve", "--host", "0.0.0.0", "--port", "0"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("error: will not listen on 0.0.0.0 without sign-in")
    assert "plangen serve --hash-password" in result.stderr
    assert "Traceback" not in result.stderr and "plangen is at" not in result.stdout


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2"])
def it_listens_on_this_computer_without_sign_in(host: str) -> None:
    refuse_open_without_sign_in(host, Settings())


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "plans.council.gov.uk"])
def it_listens_elsewhere_only_with_sign_in(host: str, tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        refuse_open_without_sign_in(host, Settings())
    toml = tmp_path / "plangen.toml"
    toml.write_text(f'[[web.users]]\nname = "ann"\npassword_hash = "{hash_password("pw")}"\n')
    refuse_open_without_sign_in(host, load_settings(toml))
    toml.write_text('[web]\ntrusted_header = "X-Remote-User"\n')
    refuse_open_without_sign_in(host, load_settings(toml))


def it_hashes_a_password_for_the_settings(plangen: Callable[..., Run]) -> None:
    from typer.testing import CliRunner

    from plangen.cli import app

    result = CliRunner().invoke(app, ["serve", "--hash-password"], input="s3cret\ns3cret\n")
    assert result.exit_code == 0
    [line] = [line for line in result.stdout.splitlines() if line.startswith("password_hash")]
    stored = line.split('"')[1]
    assert verify_password("s3cret", stored) and not verify_password("secret", stored)
    assert "s3cret" not in result.stdout.replace("Password", "")


def it_refuses_a_password_written_in_the_settings_instead_of_its_hash(tmp_path: Path) -> None:
    toml = tmp_path / "plangen.toml"
    toml.write_text('[[web.users]]\nname = "ann"\npassword_hash = "hunter2"\n')
    with pytest.raises(ConfigError, match="is not a password hash; make one with"):
        load_settings(toml)


def it_goes_on_after_a_worker_process_dies() -> None:
    async def scenario() -> None:
        workers = Workers(Settings(), 1)
        workers.start()
        try:
            with pytest.raises(WorkerCrashed):
                await workers.run(0, crash)
            with pytest.raises(work.Failed) as failed:
                await workers.run(0, fails)
            assert failed.value.internal and failed.value.message == "ValueError"
            [plan] = await workers.run(0, work.read, BETTY_XLSX, Settings().limits)
            assert isinstance(plan, Plan) and plan.child.name == "Betty Smith"
        finally:
            await workers.close()

    asyncio.run(scenario())
