-- Triggers of case_links: every trigger of the table (applying this file drops the others).
-- Triggers of the same event and timing fire in name order.

CREATE TRIGGER case_links_guard BEFORE UPDATE ON case_links
  FOR EACH ROW
  EXECUTE FUNCTION case_links_guard();
