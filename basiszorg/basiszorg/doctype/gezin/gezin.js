// Copyright (c) 2026, basiszorg developers
// For license information, please see license.txt

frappe.ui.form.on("Gezin", {
	refresh(frm) {
		basiszorg.gezin.show_deadline(frm);
		basiszorg.gezin.show_criteria(frm);
		basiszorg.gezin.add_letter_button(frm);
		basiszorg.gezin.add_consent_buttons(frm);
		basiszorg.gezin.add_portal_buttons(frm);
	},
});

frappe.provide("basiszorg.gezin");

Object.assign(basiszorg.gezin, {
	show_deadline(frm) {
		const state = frm.doc.workflow_state;
		const { gezin, normen } = frappe.boot.basiszorg;
		if (gezin.wacht_op_besluit.includes(state) && frm.doc.beslistermijn) {
			const days = frappe.datetime.get_day_diff(frm.doc.beslistermijn, frappe.datetime.get_today());
			const color = days < 0 ? "red" : days <= normen.signaal_beslistermijn_dagen ? "orange" : "blue";
			const text =
				days < 0
					? __("Beslistermijn {0} dagen overschreden", [-days])
					: __("Nog {0} dagen tot het besluit van de commissie", [days]);
			frm.dashboard.set_headline_alert(text, color);
		} else if (state === gezin.wachtlijst && frm.doc.uiterste_startdatum) {
			const days = frappe.datetime.get_day_diff(frm.doc.uiterste_startdatum, frappe.datetime.get_today());
			const color = days < 0 ? "red" : days <= normen.signaal_wachtlijst_dagen ? "orange" : "blue";
			const text =
				days < 0
					? __("Wacht langer dan {0} weken ({1} dagen te laat)", [normen.max_wachtweken, -days])
					: __("Nog {0} dagen tot de grens van {1} weken", [days, normen.max_wachtweken]);
			frm.dashboard.set_headline_alert(text, color);
		}
	},

	show_criteria(frm) {
		if (frm.is_new() || !frm.doc.criteria_toelichting) return;
		const ok = frm.doc.komt_in_aanmerking;
		frm.set_intro(
			(ok ? __("Voldoet aan de criteria.") : __("Voldoet (nog) niet aan de criteria:")) +
				(ok ? "" : "<br>" + frappe.utils.escape_html(frm.doc.criteria_toelichting).replace(/\n/g, "<br>")),
			ok ? "green" : "orange"
		);
	},

	add_consent_buttons(frm) {
		if (frm.is_new()) return;
		const group = __("Toestemming");
		frm.add_custom_button(__("Wie weet wat over ons gezin (afdruk)"), () =>
			frappe.set_route("print", "Gezin", frm.doc.name), group
		);
		if (frappe.model.can_create("Toestemming")) {
			frm.add_custom_button(__("Nieuwe toestemmingsverklaring"), () =>
				frappe.new_doc("Toestemming", { gezin: frm.doc.name }), group
			);
		}
		frm.add_custom_button(__("Toestemmingen van dit gezin"), () =>
			frappe.set_route("List", "Toestemming", { gezin: frm.doc.name }), group
		);
	},

	add_portal_buttons(frm) {
		if (frm.is_new() || !frm.perm[0].write) return;
		const group = __("Mijn gezin");
		(frm.doc.leden || [])
			.filter((m) => m.rol !== frappe.boot.basiszorg.leden.ongeboren)
			.forEach((m) => {
				const label = m.portaal_gebruiker ? __("Opnieuw uitnodigen: {0}", [m.voornaam]) : __("Uitnodigen: {0}", [m.voornaam]);
				frm.add_custom_button(label, () =>
					frappe.confirm(__("{0} een uitnodiging voor Mijn gezin sturen (naar {1})?", [m.voornaam, m.email || "?"]), () =>
						frappe
							.call({ method: "basiszorg.portaal.accounts.nodig_uit", args: { gezin: frm.doc.name, lid: m.name }, freeze: true })
							.then(() => frm.reload_doc())
					), group
				);
			});
	},

	add_letter_button(frm) {
		if (frm.is_new() || !frm.doc.commissie_besluit || !frappe.model.can_email("Gezin", frm)) return;
		frm.add_custom_button(__("Besluitbrief versturen"), () => {
			frappe.confirm(__("De besluitbrief naar de verwijzer sturen?"), () =>
				frappe
					.call({
						method: "basiszorg.api.gezin.stuur_besluitbrief",
						args: { gezin: frm.doc.name },
						freeze: true,
					})
					.then((r) => {
						frappe.show_alert({ message: __("Besluitbrief verstuurd naar {0}", [r.message]), indicator: "green" });
						frm.reload_doc();
					})
			);
		});
	},
});
