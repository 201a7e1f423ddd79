// Wachten bij partners: the period is the requests' date; the organisation narrows it down.
frappe.query_reports["Wachten bij partners"] = {
	filters: [
		{ fieldname: "van", label: __("Aangevraagd vanaf"), fieldtype: "Date", default: frappe.datetime.add_months(frappe.datetime.get_today(), -12) },
		{ fieldname: "tot", label: __("Aangevraagd tot en met"), fieldtype: "Date", default: frappe.datetime.get_today() },
		{ fieldname: "zorgorganisatie", label: __("Organisatie"), fieldtype: "Link", options: "Zorgorganisatie" },
	],
};
