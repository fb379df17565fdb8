-- A briefing case's snapshot as it will be released (fully redacted) tells its reader what was
-- replaced, so before release only the owners of that case read it (contract, "Changed rules:
-- Redaction" and "Approving a briefing"); then everyone who reads the released briefing, and the
-- author's ADMIN releasing it once every owner approved. The app role reads briefing_cases' other
-- columns directly but `content` only here. The briefing's own visibility is restated (briefings_read),
-- since a definer function does not see the caller's row-level security. Same rule as
-- BriefingService in TypeScript.
CREATE OR REPLACE FUNCTION briefing_case_contents(p_briefing_id uuid)
RETURNS TABLE (case_id uuid, content jsonb)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT bc.case_id, bc.content
    FROM briefing_cases bc
    JOIN briefings b ON b.id = bc.briefing_id
   WHERE bc.briefing_id = p_briefing_id
     AND (b.author_organisation_id = ANY(app_org_ids())
       OR (b.status = 'AWAITING_APPROVAL' AND b.owner_organisation_ids && app_org_ids())
       OR (b.status = 'RELEASED' AND app_is_liaison()))
     AND (bc.owner_organisation_id = ANY(app_org_ids())
       OR b.status IN ('RELEASED', 'REVOKED')
       OR (b.status = 'AWAITING_APPROVAL' AND b.author_organisation_id = ANY(app_admin_org_ids())
           AND NOT EXISTS (SELECT 1 FROM briefing_approvals a WHERE a.briefing_id = b.id AND a.approved IS NOT TRUE)))
   ORDER BY bc.position
$$;
REVOKE ALL ON FUNCTION briefing_case_contents(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION briefing_case_contents(uuid) TO @app_role@;
