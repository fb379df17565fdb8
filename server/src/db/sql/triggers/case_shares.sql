-- Triggers of case_shares: every trigger of the table (applying this file drops the others).
-- Triggers of the same event and timing fire in name order.

CREATE TRIGGER case_shares_search AFTER INSERT OR DELETE OR UPDATE OF case_id, organisation_id ON case_shares
  FOR EACH ROW
  EXECUTE FUNCTION case_search_shares_changed();

CREATE TRIGGER case_shares_visibility BEFORE INSERT OR UPDATE ON case_shares
  FOR EACH ROW
  EXECUTE FUNCTION case_shares_take_visibility();
