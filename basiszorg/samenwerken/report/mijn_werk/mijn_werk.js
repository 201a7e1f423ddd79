frappe.query_reports["Mijn werk"] = {
	filters: [],
	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		if (column.fieldname === "stand" && data && data.stand === __("Te laat")) {
			return `<span class="text-danger">${value}</span>`;
		}
		return value;
	},
};
