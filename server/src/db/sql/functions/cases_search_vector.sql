-- Full-text search: 'simple' configuration so Russian, Tajik and Georgian
-- words are matched as written. Event text is folded in whenever the case
-- row is touched (the service touches it on every event added).
CREATE OR REPLACE FUNCTION cases_search_vector()
 RETURNS trigger
 LANGUAGE plpgsql
AS $$
      BEGIN
        NEW.search :=
          setweight(to_tsvector('simple', coalesce(NEW.reference, '') || ' ' || coalesce(NEW.title, '')), 'A')
          || to_tsvector('simple', coalesce(NEW.summary, '') || ' ' || CASE WHEN TG_OP = 'UPDATE' THEN coalesce(
               (SELECT string_agg(e.title || ' ' || e.description, ' ') FROM case_events e WHERE e.case_id = NEW.id), '') ELSE '' END);
        RETURN NEW;
      END $$;
