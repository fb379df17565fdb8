-- Triggers of audit_entries: every trigger of the table (applying this file drops the others).

CREATE TRIGGER audit_entries_append_only BEFORE DELETE OR UPDATE OR TRUNCATE ON audit_entries
  FOR EACH STATEMENT
  EXECUTE FUNCTION audit_is_append_only();
