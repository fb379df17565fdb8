-- Triggers of statements: every trigger of the table (applying this file drops the others).

CREATE TRIGGER statements_guard BEFORE UPDATE ON statements
  FOR EACH ROW
  EXECUTE FUNCTION statements_guard();
