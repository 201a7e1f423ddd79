// Copyright (c) 2026, basiszorg developers
// For license information, please see license.txt

frappe.ui.form.on("Overleg", {
	onload_post_render(frm) {
		// who a part of the minutes or an agreement is about: a member (a child's rows are that child's own part)
		for (const table of ["besproken", "afspraken"]) {
			frm.fields_dict[table].grid.update_docfield_property("voor_wie", "options", frm.doc.__onload?.leden || []);
		}
	},
	refresh(frm) {
		if (frm.is_new()) return;
		const overleg = frappe.boot.basiszorg.overleg;
		if (frm.doc.workflow_state === overleg.verslag_concept && frappe.model.can_email("Overleg", frm)) {
			frm.add_custom_button(__("Verslag versturen"), () => {
				const to = (frm.doc.verzendlijst || []).filter((r) => r.ontvangt).map((r) => r.naam);
				frappe.confirm(__("Het verslag als PDF versturen aan: {0}?", [to.join(", ") || __("niemand")]), () =>
					frappe
						.call({ method: "basiszorg.api.overleg.verstuur_verslag", args: { overleg: frm.doc.name }, freeze: true })
						.then(() => frm.reload_doc())
				);
			}).addClass("btn-primary");
		}
		const mislukt = (frm.doc.verzendlijst || []).filter((r) => r.ontvangt && r.verzendstatus === overleg.mislukt);
		if (mislukt.length) {
			frm.dashboard.set_headline_alert(
				__("Het verslag is niet aangekomen bij: {0}", [mislukt.map((r) => r.naam).join(", ")]),
				"red"
			);
		}
		if (frm.doc.workflow_state === overleg.verslag_verzonden && mislukt.length && frappe.model.can_email("Overleg", frm)) {
			frm.add_custom_button(__("Opnieuw versturen aan wie het niet kreeg"), () =>
				frappe
					.call({ method: "basiszorg.api.overleg.verstuur_opnieuw", args: { overleg: frm.doc.name }, freeze: true })
					.then(() => frm.reload_doc())
			);
		}
		if (overleg.met_plan.includes(frm.doc.type) && frm.perm[0].write) {
			frm.add_custom_button(__("Doelen uit zorgplan ophalen"), () =>
				frm.call("doelen_ophalen").then(() => frm.reload_doc())
			);
		}
		frm.add_custom_button(__("Verslag (afdruk)"), () =>
			frappe.set_route("print", "Overleg", frm.doc.name)
		);
	},
});
