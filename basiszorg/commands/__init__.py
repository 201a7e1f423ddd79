"""Bench commands of basiszorg (wired through ``commands`` in hooks.py)."""

import click
from frappe.commands import get_site, pass_context


@click.command("basiszorg-demo")
@click.option("--families", default=200, show_default=True, help="Aantal gezinnen")
@click.option("--seed", default=2026, show_default=True, help="Seed voor reproduceerbare demodata")
@click.option("--force", is_flag=True, help="Ook uitvoeren als de site echte (niet-demo) gezinnen bevat")
@pass_context
def basiszorg_demo(context, families, seed, force):
	"""Fill a site with Dutch demo data: organisations, professionals and families in every state."""
	import frappe

	from basiszorg.demo.generator import RealDataPresent, SetupIncomplete, generate

	site = get_site(context)
	frappe.init(site=site)
	frappe.connect()
	try:
		summary = generate(families=families, seed=seed, force=force)
		frappe.db.commit()  # a CLI entry point: nothing else commits for it
	except (RealDataPresent, SetupIncomplete) as error:
		raise click.ClickException(str(error))
	finally:
		frappe.destroy()
	click.echo(summary)


@click.command("basiszorg-benchmark")
@click.argument("which", type=click.Choice(["wachtlijst", "permissions", "scale", "load", "aanmelden", "chronologie"]))
@click.option(
	"--sizes", default="10000,100000", show_default=True, help="Aantallen gezinnen (alleen 'scale')"
)
@click.option("--families", default=10000, show_default=True, help="Aantal gezinnen op de site")
@click.option(
	"--consents", default=300000, show_default=True, help="Aantal toestemmingen (alleen 'permissions')"
)
@click.option("--repeat", default=7, show_default=True, help="Herhalingen per meting (mediaan)")
@click.option(
	"--url", default="http://127.0.0.1:8000", show_default=True, help="De site via gunicorn (alleen 'load')"
)
@click.option(
	"--max-requests", default=3000, show_default=True, help="Hoogstens zoveel verzoeken (alleen 'load')"
)
@click.option("--max-seconds", default=120, show_default=True, help="Hoogstens zolang (alleen 'load')")
@click.option("--workers", default="?", help="Aantal gunicorn-workers, voor het verslag (alleen 'load')")
@click.option("--access-log", default=None, help="Gunicorn's access log met serverduur (alleen 'load')")
@pass_context
def basiszorg_benchmark(
	context, which, sizes, families, consents, repeat, url, max_requests, max_seconds, workers, access_log
):
	"""Fill a site with bulk data and print timings: 'wachtlijst' (report against plain SQL),
	'permissions' (a professional's list against the administrator's, with EXPLAIN), 'scale'
	(report, professional's list and form load at each size, against plain SQL) or 'load' (logged-in
	users against the site served by gunicorn, next to the Administrator; exit 1 on any error) or
	'chronologie' (one busy family's chronology as a coordinator) or 'aanmelden' (200 registrations
	from 10 clients at once against the served site: each stored once; a flood refused after the
	limit; exit 1 otherwise)."""
	import frappe

	from basiszorg.benchmarks import aanmelden, chronologie, load, permissions, scale, wachtlijst

	frappe.init(site=get_site(context))
	frappe.connect()
	try:
		if which == "load":
			table, outcome = load.run(
				url,
				families=families,
				max_requests=max_requests,
				max_seconds=max_seconds,
				workers=workers,
				access_log=access_log,
			)
			click.echo(table)
			if (
				outcome["errors"]
				or outcome["effective"] < outcome["withdrawals"]
				or not outcome["withdrawals"]
			):
				raise click.ClickException("load run: errors, or a withdrawal that did not take effect")
			return
		if which == "aanmelden":
			table, outcome = aanmelden.run(url)
			click.echo(table)
			if not aanmelden.passed(outcome):
				raise click.ClickException(f"registration load: {outcome}")
			return
		if which == "scale":
			click.echo(scale.run(sizes=sizes, repeat=repeat))
			frappe.db.commit()  # a CLI entry point: keep the filled families for the next run
			return
		if which == "chronologie":
			result = chronologie.run(repeat=repeat)
		elif which == "permissions":
			result = permissions.run(families=families, consents=consents, repeat=repeat)
		else:
			result = wachtlijst.run(families=families, repeat=repeat)
		frappe.db.commit()  # a CLI entry point: keep the filled families for the next run
	finally:
		frappe.destroy()
	width = max(len(k) for k in result)
	for key, value in result.items():
		click.echo(f"{key.ljust(width)}  {value}")


commands = [basiszorg_demo, basiszorg_benchmark]
