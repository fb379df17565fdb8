-- May the actor write this case's persons and events? app_may_write_case of a case the actor can see.
-- Runs as the caller, under the policies of cases.
CREATE OR REPLACE FUNCTION app_can_write_case(p_case_id uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM cases c
                  WHERE c.id = p_case_id AND EXISTS (SELECT FROM app_may_write_case(c.id, c.owner_organisation_id, c.visibility)))
$$;
