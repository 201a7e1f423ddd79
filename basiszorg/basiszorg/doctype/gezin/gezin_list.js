// List indicators: the two-week decision clock and the twelve-week waitlist limit.
frappe.listview_settings["Gezin"] = {
	add_fields: ["workflow_state", "beslistermijn", "uiterste_startdatum", "prioriteit"],
	has_indicator_for_draft: true,
	get_indicator(doc) {
		const today = frappe.datetime.get_today();
		if (["Aangemeld", "In commissie"].includes(doc.workflow_state) && doc.beslistermijn) {
			const days = frappe.datetime.get_day_diff(doc.beslistermijn, today);
			if (days < 0) return [__("Besluit te laat"), "red", "beslistermijn,<," + today];
			return [__("{0}: nog {1} d", [__(doc.workflow_state), days]), days <= 2 ? "orange" : "blue", "workflow_state,=," + doc.workflow_state];
		}
		if (doc.workflow_state === "Wachtlijst" && doc.uiterste_startdatum) {
			const days = frappe.datetime.get_day_diff(doc.uiterste_startdatum, today);
			const label = doc.prioriteit ? __("Wachtlijst (voorrang)") : __("Wachtlijst");
			return [label, days < 0 ? "red" : days <= 14 ? "orange" : "yellow", "workflow_state,=,Wachtlijst"];
		}
		const colors = { Intake: "purple", Actief: "green", Afgesloten: "gray", Afgewezen: "darkgrey" };
		return [__(doc.workflow_state), colors[doc.workflow_state] || "blue", "workflow_state,=," + doc.workflow_state];
	},
};
