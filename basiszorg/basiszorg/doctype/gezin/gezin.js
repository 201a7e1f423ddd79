// Copyright (c) 2026, basiszorg developers
// For license information, please see license.txt

frappe.ui.form.on("Gezin", {
	refresh(frm) {
		basiszorg.gezin.show_deadline(frm);
		basiszorg.gezin.show_intake(frm);
		basiszorg.gezin.show_criteria(frm);
		basiszorg.gezin.add_letter_button(frm);
		basiszorg.gezin.add_contact_button(frm);
		basiszorg.gezin.show_trajects(frm);
		basiszorg.gezin.add_register_again_button(frm);
		basiszorg.gezin.add_feedback_buttons(frm);
		basiszorg.gezin.add_consent_buttons(frm);
		basiszorg.gezin.add_portal_buttons(frm);
	},
});

frappe.provide("basiszorg.gezin");

Object.assign(basiszorg.gezin, {
	show_deadline(frm) {
		const state = frm.doc.workflow_state;
		const { gezin, normen } = frappe.boot.basiszorg;
		// the two weeks run until the referrer is informed, also after the committee decided
		if (gezin.verwijzer_informeren.includes(state) && !frm.doc.verwijzer_geinformeerd_op && frm.doc.beslistermijn) {
			const days = frappe.datetime.get_day_diff(frm.doc.beslistermijn, frappe.datetime.get_today());
			const color = days < 0 ? "red" : days <= normen.signaal_beslistermijn_dagen ? "orange" : "blue";
			const text =
				days < 0
					? __("De verwijzer had {0} dagen geleden geïnformeerd moeten zijn", [-days])
					: __("Nog {0} dagen om de verwijzer te informeren", [days]);
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

	show_intake(frm) {
		const steps = frm.doc.intakestappen || [];
		if (frm.doc.workflow_state !== frappe.boot.basiszorg.gezin.intake || !steps.length) return;
		const done = steps.filter((s) => s.gedaan_op).length;
		const next = steps.find((s) => !s.gedaan_op);
		const text = next
			? __("Intake: {0} van {1} stappen gedaan. Volgende stap: {2}", [done, steps.length, next.stap])
			: __("Intake: alle {0} stappen gedaan", [steps.length]);
		frm.dashboard.add_comment(frappe.utils.escape_html(text), next ? "blue" : "green", true);
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

	show_trajects(frm) {
		const trajects = (frm.doc.__onload && frm.doc.__onload.trajecten) || [];
		if (!trajects.length) return;
		const date = (d) => (d ? frappe.datetime.str_to_user(d) : "…");
		const rows = trajects
			.map(
				(t) =>
					`<tr><td><a href="${frappe.utils.get_form_link("Gezin", t.name)}">${frappe.utils.escape_html(t.name)}</a></td>` +
					`<td>${__("aangemeld")} ${date(t.aanmelddatum)}</td><td>${frappe.utils.escape_html(__(t.workflow_state))}</td>` +
					`<td>${t.startdatum ? date(t.startdatum) + " – " + date(t.afsluitdatum) : ""}</td>` +
					`<td>${frappe.utils.escape_html(t.afsluitreden ? __(t.afsluitreden) : "")}</td></tr>`
			)
			.join("");
		frm.dashboard.add_section(
			`<table class="table table-sm" style="margin: 0">${rows}</table>`,
			__("Andere trajecten van dit gezin")
		);
	},

	add_register_again_button(frm) {
		const { gezin } = frappe.boot.basiszorg;
		if (frm.is_new() || !gezin.beeindigd.includes(frm.doc.workflow_state) || !frappe.model.can_create("Gezin")) return;
		frm.add_custom_button(__("Opnieuw aanmelden"), () => {
			const dialog = new frappe.ui.Dialog({
				title: __("Gezin opnieuw aanmelden"),
				fields: [
					{ fieldname: "aangemeld_door", label: __("Aangemeld door"), fieldtype: "Select", options: ["Hulpverlener", "Ouders zelf"], default: "Hulpverlener", reqd: 1 },
					{ fieldname: "verwijzer", label: __("Verwijzer"), fieldtype: "Link", options: "Hulpverlener", depends_on: "eval:doc.aangemeld_door=='Hulpverlener'" },
					{ fieldname: "reden_aanmelding", label: __("Reden van aanmelding"), fieldtype: "Small Text" },
				],
				primary_action_label: __("Aanmelden"),
				primary_action(values) {
					frappe
						.call({ method: "basiszorg.api.gezin.opnieuw_aanmelden", args: { gezin: frm.doc.name, ...values }, freeze: true })
						.then((r) => {
							dialog.hide();
							frappe.set_route("Form", "Gezin", r.message);
						});
				},
			});
			dialog.show();
		});
	},

	add_feedback_buttons(frm) {
		const { gezin } = frappe.boot.basiszorg;
		if (frm.is_new() || !frappe.model.can_email("Gezin", frm)) return;
		const group = __("Terugkoppeling");
		for (const bericht of gezin.berichten) {
			if (!bericht.statussen.includes(frm.doc.workflow_state)) continue;
			const sent = frm.doc[bericht.veld];
			frm.add_custom_button(
				sent ? __("{0} opnieuw versturen", [__(bericht.label)]) : __("{0} versturen", [__(bericht.label)]),
				() =>
					frappe.confirm(__("Het bericht naar de verwijzer, de huisarts en de JGZ sturen (alleen met toestemming van de ouders)?"), () =>
						frappe
							.call({ method: "basiszorg.api.gezin.stuur_trajectbericht", args: { gezin: frm.doc.name, soort: bericht.soort }, freeze: true })
							.then((r) => {
								const { verstuurd, niet } = r.message;
								frappe.msgprint(
									`<p><b>${__("Verstuurd aan")}</b>: ${frappe.utils.escape_html(verstuurd.join(", "))}</p>` +
										`<p><b>${__("Niet verstuurd aan")}</b>: ${frappe.utils.escape_html(niet.join(", ") || __("niemand"))}</p>`
								);
								frm.reload_doc();
							})
					),
				group
			);
		}
	},

	add_contact_button(frm) {
		if (frm.is_new() || !frappe.model.can_create("Contactmoment")) return;
		frm.add_custom_button(__("Contact vastleggen"), () => frappe.new_doc("Contactmoment", { gezin: frm.doc.name }));
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
