// Copyright (c) 2026, basiszorg developers
// For license information, please see license.txt
// The meldcode's five steps; the rules of each step live on the server (basiszorg.domain.meldcode).

frappe.ui.form.on("Zorg over veiligheid", {
	setup(frm) {
		for (const table of ["stappen", "afwegingen"]) {
			frm.set_df_property(table, "cannot_add_rows", 1);
			frm.set_df_property(table, "cannot_delete_rows", 1);
		}
		frm.set_query("melding_aan", () => ({ filters: { organisatietype: "Veilig Thuis" } }));
		frm.set_query("gebruiker", "consultaties", () => ({
			query: "basiszorg.veiligheid.api.aandachtsfunctionarissen",
		}));
	},
	refresh(frm) {
		const lines = [];
		basiszorg.veiligheid.offer_children(frm);
		basiszorg.veiligheid.show_step(frm, lines);
		basiszorg.veiligheid.ask_traject_decision(frm, lines);
		basiszorg.veiligheid.add_review_button(frm);
		// one headline (Frappe keeps one): the step first, the most urgent colour
		frm.dashboard.clear_headline();
		if (lines.length) {
			const color = lines.some((l) => l.color === "red") ? "red" : lines[0].color;
			frm.dashboard.set_headline_alert(lines.map((l) => l.text).join("<br>"), color);
		}
	},
});

frappe.provide("basiszorg.veiligheid");

Object.assign(basiszorg.veiligheid, {
	offer_children(frm) {
		const children = (frm.doc.__onload && frm.doc.__onload.kinderen) || [];
		frm.fields_dict.signalen.grid.update_docfield_property("over_wie", "options", children);
		frm.set_df_property(
			"gesprek_kind_met",
			"options",
			children.filter((c) => c !== frappe.boot.basiszorg.veiligheid.alle_kinderen)
		);
	},

	show_step(frm, lines) {
		if (frm.is_new()) return;
		const { veiligheid, normen } = frappe.boot.basiszorg;
		const state = frm.doc.workflow_state;
		const nummer = veiligheid.stappen.indexOf(state) + 1;
		if (nummer > 0 && frm.doc.stap_sinds) {
			const days = frappe.datetime.get_day_diff(frappe.datetime.get_today(), frm.doc.stap_sinds);
			lines.push({
				text: __("Stap {0} van 5: {1} (sinds {2} dagen)", [nummer, __(veiligheid.titels[nummer - 1]), days]),
				color: days > normen.meldcode_stap_signaal_dagen ? "red" : "orange",
			});
		}
		if (frm.doc.advies_afwegingskader) {
			lines.push({
				text: __("Advies van het afwegingskader: {0}", [frappe.utils.escape_html(__(frm.doc.advies_afwegingskader))]),
				color: "blue",
			});
		}
		if (frm.doc.niet_informeren) {
			lines.push({
				text: __("Het gezin ziet deze zorg en de melding nu niet (uitzondering). Opnieuw bekijken op {0}.", [
					frappe.datetime.str_to_user(frm.doc.heroverwegen_op),
				]),
				color: "red",
			});
		}
	},

	// a report to Veilig Thuis asks the coordinator whether the coordination goes on
	ask_traject_decision(frm, lines) {
		if (frm.is_new() || !frm.doc.melding_op || frm.doc.coordinatie_besluit || !frm.perm[0].write) return;
		const { veiligheid } = frappe.boot.basiszorg;
		lines.push({
			text: __("Er is een melding bij Veilig Thuis gedaan: beslis of de coördinatie doorgaat of stopt."),
			color: "orange",
		});
		frm.add_custom_button(__("Besluit over de coördinatie"), () => {
			const dialog = new frappe.ui.Dialog({
				title: __("Gaat de coördinatie door na de melding?"),
				fields: [
					{
						fieldname: "coordinatie_besluit",
						fieldtype: "Select",
						label: __("Besluit"),
						options: veiligheid.coordinatie_besluiten,
						reqd: 1,
					},
					{ fieldname: "coordinatie_besluit_reden", fieldtype: "Small Text", label: __("Waarom"), reqd: 1 },
				],
				primary_action_label: __("Vastleggen"),
				primary_action(values) {
					frm.set_value(values)
						.then(() => frm.save())
						.then(() => dialog.hide());
				},
			});
			dialog.show();
		}).addClass("btn-primary");
	},

	add_review_button(frm) {
		if (frm.is_new() || !frm.doc.niet_informeren || !frm.perm[0].write) return;
		frm.add_custom_button(__("Opnieuw bekeken: nog niet informeren"), () => {
			frappe.prompt(
				{
					fieldname: "toelichting",
					fieldtype: "Small Text",
					label: __("Waarom is het gezin informeren nog steeds gevaarlijk?"),
					reqd: 1,
				},
				(values) =>
					frm.call("opnieuw_bekeken", values).then(() => {
						frappe.show_alert({ message: __("Vastgelegd. U krijgt later weer een herinnering."), indicator: "green" });
						frm.reload_doc();
					}),
				__("Uitzondering opnieuw bekeken")
			);
		});
	},
});
