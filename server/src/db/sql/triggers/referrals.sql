-- Triggers of referrals: every trigger of the table (applying this file drops the others).
-- Triggers of the same event and timing fire in name order.

CREATE TRIGGER referrals_transition BEFORE UPDATE ON referrals
  FOR EACH ROW
  EXECUTE FUNCTION referrals_transition();
