-- CasePerson.consentToShare for the actor: an active SHARE_PERSONAL_DATA consent covers one of the
-- actor's organisations; for the owner's members, whether any such consent is active (they decide whom
-- to share with). Read by the case loaders, so every path shows the registry's answer.
CREATE OR REPLACE FUNCTION app_consent_to_share(p_person_id uuid, p_owner_organisation_id uuid)
-- PL/pgSQL: called for every person of a page, and a SQL function would be planned anew in each statement.
RETURNS boolean LANGUAGE plpgsql STABLE AS $$
DECLARE
  orgs uuid[] := app_org_ids();
BEGIN
  RETURN CASE WHEN p_owner_organisation_id = ANY(orgs)
              THEN consent_covers(p_person_id, 'SHARE_PERSONAL_DATA', NULL)
              ELSE consent_covers(p_person_id, 'SHARE_PERSONAL_DATA', orgs) END;
END $$;
