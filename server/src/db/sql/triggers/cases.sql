-- Triggers of cases: every trigger of the table (applying this file drops the others).
-- Triggers of the same event and timing fire in name order.

CREATE TRIGGER cases_counts_delete AFTER DELETE ON cases
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT
  EXECUTE FUNCTION case_counts_note();

CREATE TRIGGER cases_counts_insert AFTER INSERT ON cases
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT
  EXECUTE FUNCTION case_counts_note();

CREATE TRIGGER cases_counts_truncate AFTER TRUNCATE ON cases
  FOR EACH STATEMENT
  EXECUTE FUNCTION case_counts_truncated();

CREATE TRIGGER cases_counts_update AFTER UPDATE ON cases
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT
  EXECUTE FUNCTION case_counts_note();

CREATE TRIGGER cases_guard BEFORE UPDATE ON cases
  FOR EACH ROW
  EXECUTE FUNCTION cases_guard();

CREATE TRIGGER cases_search BEFORE INSERT OR UPDATE ON cases
  FOR EACH ROW
  EXECUTE FUNCTION cases_search_vector();

CREATE TRIGGER cases_search_insert AFTER INSERT ON cases
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT
  EXECUTE FUNCTION case_search_insert();

CREATE TRIGGER cases_search_update AFTER UPDATE ON cases
  FOR EACH ROW
  WHEN (((old.search IS DISTINCT FROM new.search) OR (old.visibility IS DISTINCT FROM new.visibility) OR (old.owner_organisation_id IS DISTINCT FROM new.owner_organisation_id) OR (old.created_at IS DISTINCT FROM new.created_at)))
  EXECUTE FUNCTION case_search_update();

CREATE TRIGGER cases_share_visibility AFTER UPDATE ON cases
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT
  EXECUTE FUNCTION cases_copy_visibility();

CREATE TRIGGER cases_statistics_change AFTER INSERT OR DELETE OR UPDATE ON cases
  FOR EACH STATEMENT
  EXECUTE FUNCTION case_statistics_note_change();
