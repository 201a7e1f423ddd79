frappe.views.calendar["Overleg"] = {
	field_map: { start: "starts_on", end: "ends_on", id: "name", title: "gezinsnaam", allDay: "all_day" },
	style_map: frappe.boot.basiszorg.overleg.kleuren,
	filters: [{ fieldtype: "Link", fieldname: "voorzitter", options: "User", label: __("Voorzitter") }],
	get_events_method: "frappe.desk.calendar.get_events",
};
