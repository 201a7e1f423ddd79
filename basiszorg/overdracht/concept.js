// Long texts survive the idle logout (wired in hooks.py, doctype_js, on the forms where people
// write at length: meetings and their minutes, contacts, plans, the meldcode's steps, the family).
// Frappe's desk sends an expired session straight to the login page and what was typed is lost;
// here every text field that differs from the stored record is kept in this browser tab's
// sessionStorage (never on the server, gone when the tab closes), for this user only, and offered
// back when the same form opens after the next login. Saving the form clears it.
(() => {
	if (window.bzConcept) return;
	const PREFIX = "bz-concept:";
	const TEXT = ["Small Text", "Text", "Long Text", "Text Editor", "Markdown Editor", "Code"];
	const key = (frm) => `${PREFIX}${frappe.session.user}:${frm.doctype}:${frm.is_new() ? "nieuw" : frm.doc.name}`;
	const textFields = (frm) => frm.meta.fields.filter((df) => TEXT.includes(df.fieldtype) && !df.read_only && !df.hidden);
	const stored = (value) => (value === undefined || value === null ? "" : String(value));

	function forgetOtherUsers() {
		for (const k of Object.keys(sessionStorage)) {
			if (k.startsWith(PREFIX) && !k.startsWith(`${PREFIX}${frappe.session.user}:`)) sessionStorage.removeItem(k);
		}
	}
	function keep(frm) {
		const saved = frm.__bz_opgeslagen || {};
		const fields = {};
		for (const df of textFields(frm)) {
			const control = frm.fields_dict[df.fieldname];
			const value = stored(control && control.get_input_value ? control.get_input_value() : frm.doc[df.fieldname]);
			if (value.trim() && value !== stored(saved[df.fieldname])) fields[df.fieldname] = value;
		}
		if (Object.keys(fields).length) sessionStorage.setItem(key(frm), JSON.stringify({ fields, op: Date.now() }));
		else sessionStorage.removeItem(key(frm));
	}
	function offer(frm) {
		const draft = JSON.parse(sessionStorage.getItem(key(frm)) || "null");
		if (!draft) return;
		const differ = Object.entries(draft.fields).filter(([f, v]) => v !== stored(frm.doc[f]));
		if (!differ.length) return sessionStorage.removeItem(key(frm));
		const labels = differ.map(([f]) => __(frappe.meta.get_label(frm.doctype, f, frm.doc.name))).join(", ");
		const d = new frappe.ui.Dialog({
			title: __("Niet bewaarde tekst"),
			fields: [{ fieldtype: "HTML", options: `<p>${__("U was aan het schrijven toen u werd uitgelogd ({0}). Wilt u die tekst terug in het formulier?", [frappe.utils.escape_html(labels)])}</p>` }],
			primary_action_label: __("Tekst terugzetten"),
			primary_action() {
				for (const [f, v] of differ) frm.set_value(f, v);
				d.hide();
				frappe.show_alert({ message: __("De tekst staat terug. Vergeet niet te bewaren."), indicator: "orange" });
			},
			secondary_action_label: __("Weggooien"),
			secondary_action() {
				sessionStorage.removeItem(key(frm));
				d.hide();
			},
		});
		d.show();
	}
	window.bzConcept = { register(doctype) {
		if (this[doctype]) return;
		this[doctype] = true;
		frappe.ui.form.on(doctype, {
			refresh(frm) {
				forgetOtherUsers();
				if (!frm.is_dirty()) frm.__bz_opgeslagen = Object.fromEntries(textFields(frm).map((df) => [df.fieldname, frm.doc[df.fieldname]]));
				if (!frm.__bz_concept_bewaakt) {
					frm.__bz_concept_bewaakt = true;
					$(frm.wrapper).on("input", "textarea, .ql-editor, input", frappe.utils.debounce(() => keep(frm), 300));
					if (frm.is_dirty()) keep(frm); // typed before the form was drawn
				}
				if (!frm.__bz_concept_aangeboden) {
					frm.__bz_concept_aangeboden = true;
					offer(frm);
				}
			},
			after_save(frm) {
				sessionStorage.removeItem(key(frm));
				sessionStorage.removeItem(`${PREFIX}${frappe.session.user}:${frm.doctype}:nieuw`);
				frm.__bz_opgeslagen = Object.fromEntries(textFields(frm).map((df) => [df.fieldname, frm.doc[df.fieldname]]));
			},
		});
	} };
	for (const doctype of frappe.boot.basiszorg.concept) window.bzConcept.register(doctype);
})();
