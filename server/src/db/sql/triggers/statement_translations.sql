-- Triggers of statement_translations: every trigger of the table (applying this file drops the others).

CREATE TRIGGER statement_translations_search BEFORE INSERT OR UPDATE ON statement_translations
  FOR EACH ROW
  EXECUTE FUNCTION statement_translations_search_vector();
