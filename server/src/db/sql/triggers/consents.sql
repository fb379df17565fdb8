-- Triggers of consents: every trigger of the table (applying this file drops the others).
-- Triggers of the same event and timing fire in name order.

CREATE TRIGGER consents_guard BEFORE UPDATE ON consents
  FOR EACH ROW
  EXECUTE FUNCTION consents_guard();
