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

	from basiszorg.demo.generator import RealDataPresent, generate

	site = get_site(context)
	frappe.init(site=site)
	frappe.connect()
	try:
		summary = generate(families=families, seed=seed, force=force)
		frappe.db.commit()
	except RealDataPresent as error:
		raise click.ClickException(str(error))
	finally:
		frappe.destroy()
	click.echo(summary)


commands = [basiszorg_demo]
