frappe.views.calendar["Overleg"] = {
	field_map: { start: "starts_on", end: "ends_on", id: "name", title: "gezinsnaam", allDay: "all_day" },
	style_map: { "Verslag verzonden": "success", "Verslag concept": "warning", Gepland: "info", Gehouden: "info" },
	filters: [{ fieldtype: "Link", fieldname: "voorzitter", options: "User", label: __("Voorzitter") }],
	get_events_method: "frappe.desk.calendar.get_events",
};
