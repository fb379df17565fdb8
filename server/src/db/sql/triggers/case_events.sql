-- Triggers of case_events: every trigger of the table (applying this file drops the others).

CREATE TRIGGER case_events_statistics_change AFTER INSERT OR DELETE OR UPDATE ON case_events
  FOR EACH STATEMENT
  EXECUTE FUNCTION case_statistics_note_change();
