-- Whether a released (not revoked) briefing holds the person's case: its text went out, redacted, and cannot be
-- recalled, so the person's data is not erased meanwhile (erasePersonalData answers CONFLICT). Definer: the owner
-- may not read another organisation's briefings; answered only to whoever may write the case.
CREATE OR REPLACE FUNCTION case_person_in_released_briefing(p_person_id uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1
      FROM case_persons p
      JOIN briefing_cases bc ON bc.case_id = p.case_id
      JOIN briefings b ON b.id = bc.briefing_id
     WHERE p.id = p_person_id AND b.status = 'RELEASED' AND app_can_write_case(p.case_id))
$$;
REVOKE ALL ON FUNCTION case_person_in_released_briefing(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION case_person_in_released_briefing(uuid) TO @app_role@;
