CREATE OR REPLACE FUNCTION app_is_coordinator() RETURNS boolean
LANGUAGE sql STABLE AS $$ SELECT app_has_coalition_role('COORDINATOR') $$;
