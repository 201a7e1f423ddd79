"""scripts/setup-demo's package step: Node and npm are installed only when missing, so a machine
whose Node comes from NodeSource (its nodejs brings npm and conflicts with Debian's npm) works as
well as a plain Debian one. Run as a dry run: nothing is installed."""

import os
import shutil
import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "setup-demo"


def package_step(tmp_path: Path, commands: tuple[str, ...]) -> list[str]:
	"""The packages the script would install on a machine with only ``commands`` (and the shell
	tools it needs) on the PATH."""
	bin_dir = tmp_path / "bin"
	bin_dir.mkdir()
	for tool in ("dirname", "basename"):
		(bin_dir / tool).symlink_to(shutil.which(tool))
	for command in commands:
		fake = bin_dir / command
		fake.write_text("#!/bin/sh\necho v20.20.2\n")
		fake.chmod(0o755)
	result = subprocess.run(
		[shutil.which("bash"), str(SCRIPT)],
		env={"PATH": str(bin_dir), "BASISZORG_DRY_RUN": "1", "HOME": str(tmp_path)},
		capture_output=True,
		text=True,
		check=True,
	)
	line = result.stdout.strip().splitlines()[-1]
	assert line.startswith("apt-get install"), result.stdout
	return line.split()[3:]


def test_node_from_nodesource_is_left_alone(tmp_path):
	packages = package_step(tmp_path, ("node", "npm"))
	assert "nodejs" not in packages and "npm" not in packages
	assert "libmariadb-dev" in packages and "wkhtmltopdf" in packages


def test_a_machine_without_node_gets_debians_node_and_npm(tmp_path):
	packages = package_step(tmp_path, ())
	assert {"nodejs", "npm"} <= set(packages)


def test_node_without_npm_gets_npm_only(tmp_path):
	packages = package_step(tmp_path, ("node",))
	assert "npm" in packages and "nodejs" not in packages


def test_this_machine_gets_node_packages_only_for_what_it_lacks():
	"""On this machine as it is (here: NodeSource's Node 20 with its npm, so neither)."""
	result = subprocess.run(
		["bash", str(SCRIPT)],
		env={**os.environ, "BASISZORG_DRY_RUN": "1"},
		capture_output=True,
		text=True,
		check=True,
	)
	packages = result.stdout.split()[3:]
	assert ("nodejs" in packages) == (shutil.which("node") is None)
	assert ("npm" in packages) == (shutil.which("npm") is None)
