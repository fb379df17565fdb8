-- Triggers of organisations: every trigger of the table (applying this file drops the others).
-- Triggers of the same event and timing fire in name order.

CREATE TRIGGER organisations_guard BEFORE UPDATE ON organisations
  FOR EACH ROW
  EXECUTE FUNCTION organisations_guard();
