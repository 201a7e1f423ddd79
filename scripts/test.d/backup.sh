# Encrypted backup with files of the lifecycle's scratch site (with demo data and a private
# attachment), restored on a new site; the inventories of records and files must be identical.
say "BACKUP ($label): encrypted backup with files of $scratch_site, restored on a new site"
backup="FAILED"
restore_site="basiszorg-restore.test"
key="basiszorg-backup-check-key"
backups="$bench_dir/sites/$scratch_site/private/backups"
[ -d "$bench_dir/sites/$restore_site" ] && quiet drop-restore drop_site "$restore_site"
if [ "$lifecycle" = "passed" ] \
	&& quiet backup-demo bench --site "$scratch_site" basiszorg-demo --families 8 --seed 3 \
	&& quiet backup-attach bench --site "$scratch_site" execute basiszorg.setup.checks.add_private_attachment \
	&& quiet backup-key bench --site "$scratch_site" set-config backup_encryption_key "$key" \
	&& quiet backup-encrypt bench --site "$scratch_site" execute frappe.db.set_single_value \
		--args "['System Settings', 'encrypt_backup', 1]" \
	&& quiet backup-run bench --site "$scratch_site" backup --with-files; then
	sql="$(ls -t "$backups"/*-database-enc.sql.gz 2>/dev/null | head -1)"
	pub="$(ls -t "$backups"/*-files-enc.tar 2>/dev/null | grep -v private | head -1)"
	priv="$(ls -t "$backups"/*-private-files-enc.tar 2>/dev/null | head -1)"
	if [ -n "$sql" ] && [ -n "$priv" ] && ! zcat -t "$sql" 2>/dev/null \
		&& quiet restore-new-site new_site "$restore_site" \
		&& printf '%s\n' "${BASISZORG_DB_ROOT_PASSWORD:-}" | quiet restore-run bench --site "$restore_site" restore "$sql" \
			${pub:+--with-public-files "$pub"} --with-private-files "$priv" --encryption-key "$key" \
			--db-root-username "${BASISZORG_DB_ROOT_USER:-root}" \
		&& bench --site "$scratch_site" execute basiszorg.setup.checks.inventory > "$out/inventory-source.json" 2>/dev/null \
		&& bench --site "$restore_site" execute basiszorg.setup.checks.inventory > "$out/inventory-restored.json" 2>/dev/null \
		&& cmp -s "$out/inventory-source.json" "$out/inventory-restored.json" \
		&& grep -q '"exists": true' "$out/inventory-restored.json" \
		&& ! grep -q '"exists": false' "$out/inventory-restored.json"; then
		backup="passed"
	fi
fi
echo "backup and restore: $backup (inventories in $out/inventory-*.json; the database dump is encrypted: not gzip-readable)"
quiet drop-restore drop_site "$restore_site" || true
quiet drop-scratch drop_site "$scratch_site" || true
record "BACKUP ($label: encrypted, with files, restored on a new site)" "$([ "$backup" = passed ] && echo 1 || echo 0)" "$([ "$backup" = passed ] && echo 0 || echo 1)" "$backup"
