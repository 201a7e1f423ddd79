// List indicators: the two-week decision clock and the twelve-week waitlist limit.
frappe.listview_settings["Gezin"] = {
	add_fields: ["workflow_state", "beslistermijn", "uiterste_startdatum", "prioriteit"],
	has_indicator_for_draft: true,
	get_indicator(doc) {
		const today = frappe.datetime.get_today();
		const { gezin, normen } = frappe.boot.basiszorg;
		const state = doc.workflow_state;
		if (gezin.wacht_op_besluit.includes(state) && doc.beslistermijn) {
			const days = frappe.datetime.get_day_diff(doc.beslistermijn, today);
			if (days < 0) return [__("Besluit te laat"), "red", "beslistermijn,<," + today];
			const color = days <= normen.signaal_beslistermijn_dagen ? "orange" : "blue";
			return [__("{0}: nog {1} d", [__(state), days]), color, "workflow_state,=," + state];
		}
		if (state === gezin.wachtlijst && doc.uiterste_startdatum) {
			const days = frappe.datetime.get_day_diff(doc.uiterste_startdatum, today);
			const label = doc.prioriteit ? __("{0} (voorrang)", [__(state)]) : __(state);
			const color = days < 0 ? "red" : days <= normen.signaal_wachtlijst_dagen ? "orange" : "yellow";
			return [label, color, "workflow_state,=," + state];
		}
		return [__(state), gezin.kleuren[state] || "blue", "workflow_state,=," + state];
	},
};
