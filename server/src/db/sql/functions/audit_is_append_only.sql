-- The audit log is append-only (docs/SECURITY.md): no UPDATE, DELETE or TRUNCATE, whoever asks
-- (triggers/audit_entries.sql).
CREATE OR REPLACE FUNCTION audit_is_append_only()
 RETURNS trigger
 LANGUAGE plpgsql
AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entries is append-only';
      END $$;
