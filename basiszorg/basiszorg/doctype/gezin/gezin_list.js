// List indicators: the two weeks to inform the referrer and the twelve-week waitlist limit.
frappe.listview_settings["Gezin"] = {
	add_fields: ["workflow_state", "beslistermijn", "verwijzer_geinformeerd_op", "uiterste_startdatum", "prioriteit"],
	has_indicator_for_draft: true,
	get_indicator(doc) {
		const today = frappe.datetime.get_today();
		const { gezin, normen } = frappe.boot.basiszorg;
		const state = doc.workflow_state;
		if (gezin.verwijzer_informeren.includes(state) && !doc.verwijzer_geinformeerd_op && doc.beslistermijn) {
			const days = frappe.datetime.get_day_diff(doc.beslistermijn, today);
			if (days < 0) return [__("Verwijzer te laat"), "red", "beslistermijn,<," + today];
			const color = days <= normen.signaal_beslistermijn_dagen ? "orange" : "blue";
			return [__("{0}: verwijzer nog {1} d", [__(state), days]), color, "workflow_state,=," + state];
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
