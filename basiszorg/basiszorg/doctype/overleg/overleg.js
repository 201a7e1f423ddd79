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
		const can_email = frappe.model.can_email("Overleg", frm);
		if (frm.doc.workflow_state === overleg.gepland && can_email) {
			frm.add_custom_button(__("Uitnodigingen versturen"), () => basiszorg.overleg.invite(frm));
		}
		if (frm.doc.workflow_state === overleg.verslag_concept && can_email) {
			frm.add_custom_button(__("Verslag versturen"), () => basiszorg.overleg.send_minutes(frm)).addClass("btn-primary");
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
		frm.add_custom_button(__("Verslag (afdruk)"), () => frappe.set_route("print", "Overleg", frm.doc.name));
		if (can_email && (frm.doc.deelnemers || []).some((d) => d.soort === overleg.ouder && !d.email)) {
			basiszorg.overleg.add_post_buttons(frm);
		}
	},
});

frappe.provide("basiszorg.overleg");

Object.assign(basiszorg.overleg, {
	invite(frm) {
		frappe.confirm(
			__("Uitnodigingen versturen aan de deelnemers? Hulpverleners krijgen er alleen een met toestemming van de ouders voor overleggen."),
			() =>
				frappe
					.call({ method: "basiszorg.api.overleg.verstuur_uitnodigingen", args: { overleg: frm.doc.name }, freeze: true })
					.then((r) => {
						const { email, post, niet } = r.message;
						const line = (label, names) => `<p><b>${label}</b>: ${frappe.utils.escape_html(names.join(", ") || __("niemand"))}</p>`;
						frappe.msgprint({
							title: __("Uitnodigingen"),
							message:
								line(__("Per e-mail"), email) +
								line(__("Per post (druk de brief af)"), post) +
								line(__("Niet uitgenodigd"), niet),
						});
						frm.reload_doc();
					})
		);
	},

	send_minutes(frm) {
		const to = (frm.doc.verzendlijst || []).filter((r) => r.ontvangt).map((r) => r.naam);
		const warnings = (frm.doc.__onload && frm.doc.__onload.kopie_waarschuwingen) || [];
		const warning_html = warnings.map((w) => `<p class="text-warning">${frappe.utils.escape_html(w)}</p>`).join("");
		frappe.confirm(
			warning_html + frappe.utils.escape_html(__("Het verslag als PDF versturen aan: {0}?", [to.join(", ") || __("niemand")])),
			() =>
				frappe
					.call({ method: "basiszorg.api.overleg.verstuur_verslag", args: { overleg: frm.doc.name }, freeze: true })
					.then(() => frm.reload_doc())
		);
	},

	add_post_buttons(frm) {
		const { overleg } = frappe.boot.basiszorg;
		const group = __("Per post");
		const letter = (format) =>
			window.open(
				frappe.urllib.get_full_url(
					`/printview?doctype=Overleg&name=${encodeURIComponent(frm.doc.name)}` +
						`&format=${encodeURIComponent(format)}&trigger_print=1`
				)
			);
		frm.add_custom_button(__("Uitnodiging (brief)"), () => letter(overleg.brief_uitnodiging), group);
		frm.add_custom_button(__("Verslag (brief)"), () => letter(overleg.brief_verslag), group);
		for (const wat of overleg.per_post) {
			frm.add_custom_button(__("{0} per post verstuurd", [__(wat)]), () =>
				frappe.confirm(__("Vastleggen dat de {0} per post is verstuurd aan de ouders zonder e-mail?", [__(wat).toLowerCase()]), () =>
					frappe
						.call({ method: "basiszorg.api.overleg.per_post_verstuurd", args: { overleg: frm.doc.name, wat }, freeze: true })
						.then(() => frm.reload_doc())
				)
			, group);
		}
	},
});
