// Resultaten: closed families per quarter of closure, as far as the reader may see them.
frappe.query_reports["Resultaten"] = {
	filters: [
		{ fieldname: "van", label: __("Afgesloten vanaf"), fieldtype: "Date", default: frappe.datetime.add_months(frappe.datetime.get_today(), -24) },
		{ fieldname: "tot", label: __("Afgesloten tot en met"), fieldtype: "Date", default: frappe.datetime.get_today() },
		{ fieldname: "coordinator", label: __("Coördinator"), fieldtype: "Link", options: "User" },
	],
};
