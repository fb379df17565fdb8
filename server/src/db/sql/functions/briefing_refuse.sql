-- An owner's refusal sends the briefing back to DRAFT, which that owner may then no longer read; PostgreSQL
-- checks an updated row against the read policies, so the refusal is this narrow definer function instead.
CREATE OR REPLACE FUNCTION briefing_refuse(p_briefing_id uuid, p_organisation_id uuid)
 RETURNS boolean
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $$
      BEGIN
        IF NOT (p_organisation_id = ANY(app_admin_org_ids())) THEN
          RAISE EXCEPTION 'only the organisation''s ADMIN refuses' USING ERRCODE = '42501';
        END IF;
        UPDATE briefing_approvals SET approved = false, decided_at = now(), decided_by_user_id = app_user_id()
         WHERE briefing_id = p_briefing_id AND organisation_id = p_organisation_id AND approved IS NULL
           AND EXISTS (SELECT 1 FROM briefings b WHERE b.id = p_briefing_id AND b.status = 'AWAITING_APPROVAL');
        IF NOT FOUND THEN RETURN false; END IF;
        UPDATE briefings SET status = 'DRAFT', refused_by_organisation_id = p_organisation_id
         WHERE id = p_briefing_id AND status = 'AWAITING_APPROVAL';
        RETURN FOUND;
      END $$;
REVOKE ALL ON FUNCTION briefing_refuse(p_briefing_id uuid, p_organisation_id uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION briefing_refuse(p_briefing_id uuid, p_organisation_id uuid) TO @app_role@;
