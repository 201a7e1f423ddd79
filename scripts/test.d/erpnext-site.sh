# Prepares a new site of the ERPNext bench as an organisation has it before adding basiszorg:
# ERPNext installed and its setup wizard completed (company, fiscal year). Filled in below.
prepare_erpnext_site() { echo "not yet"; return 1; }
