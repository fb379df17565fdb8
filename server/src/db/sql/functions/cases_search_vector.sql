-- Full-text search (search_document): title and reference weigh most (A), then the summary (B), then
-- the events' titles and descriptions (C). Event text is folded in whenever the case row is touched
-- (the service touches it on every event added).
CREATE OR REPLACE FUNCTION cases_search_vector()
 RETURNS trigger
 LANGUAGE plpgsql
AS $$
      BEGIN
        NEW.search :=
          search_document(coalesce(NEW.reference, '') || ' ' || coalesce(NEW.title, ''), 'A')
          || search_document(NEW.summary, 'B')
          || CASE WHEN TG_OP = 'UPDATE' THEN search_document(
               (SELECT string_agg(e.title || ' ' || coalesce(e.description, ''), ' ') FROM case_events e WHERE e.case_id = NEW.id), 'C')
             ELSE ''::tsvector END;
        RETURN NEW;
      END $$;
