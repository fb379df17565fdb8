-- CasePerson.consentToShare for the actor: an active SHARE_PERSONAL_DATA consent covers one of the
-- actor's organisations; for the owner's members, whether any such consent is active (they decide whom
-- to share with). Read by the case loaders, so every path shows the registry's answer.
CREATE OR REPLACE FUNCTION app_consent_to_share(p_person_id uuid, p_owner_organisation_id uuid)
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN p_owner_organisation_id = ANY((SELECT app_org_ids())::uuid[])
              THEN consent_covers(p_person_id, 'SHARE_PERSONAL_DATA', NULL)
              ELSE consent_covers(p_person_id, 'SHARE_PERSONAL_DATA', (SELECT app_org_ids())::uuid[]) END
$$;
