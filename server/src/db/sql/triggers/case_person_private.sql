-- Triggers of case_person_private: every trigger of the table (applying this file drops the others).
-- Triggers of the same event and timing fire in name order.

CREATE TRIGGER case_person_private_name_tokens_insert AFTER INSERT ON case_person_private
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT
  EXECUTE FUNCTION case_person_name_tokens_sync();

CREATE TRIGGER case_person_private_name_tokens_update AFTER UPDATE ON case_person_private
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT
  EXECUTE FUNCTION case_person_name_tokens_sync();
