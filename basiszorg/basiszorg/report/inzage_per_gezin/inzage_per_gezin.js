// Copyright (c) 2026, basiszorg developers
// For license information, please see license.txt

frappe.query_reports["Inzage per gezin"] = {
	filters: [
		{ fieldname: "gezin", label: __("Gezin"), fieldtype: "Link", options: "Gezin", reqd: 1 },
		{ fieldname: "van", label: __("Vanaf"), fieldtype: "Date" },
	],
};
