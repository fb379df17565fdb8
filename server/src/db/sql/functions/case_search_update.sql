-- A case's owner, visibility, creation time or text changed: its case_search row is locked first, then
-- recomputed in a new statement, so a concurrent change of its shares is not lost (triggers/cases.sql).
CREATE OR REPLACE FUNCTION case_search_update()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $$
      BEGIN
        PERFORM 1 FROM case_search WHERE case_id = NEW.id FOR UPDATE;
        UPDATE case_search SET created_at = NEW.created_at, owner_organisation_id = NEW.owner_organisation_id, visibility = NEW.visibility,
               terms = case_search_terms(NEW.id, NEW.search, NEW.owner_organisation_id, NEW.visibility)
         WHERE case_id = NEW.id;
        RETURN NULL;
      END $$;
