-- Case.readers: which organisations read this case, which of them change it (through their ADMINs and
-- CASEWORKERs) and which persons' personal data each reads. The rules of app_may_read_case,
-- app_may_write_case and the policy of case_person_private, asked for each organisation instead of for
-- the actor: a change to one of those rules must be made here too (server/src/modules/cases/
-- case-readers.test.ts compares this answer with what each organisation's members really read).
-- Coalition roles (coordinator, liaison) read no case by themselves: only memberships count.
-- SECURITY DEFINER, as it reads other organisations' shares, memberships and the consents; it answers
-- nothing unless the actor may read the case (app_may_read_case, asked as the actor). Only the owner's
-- members learn every reader: they decide the shares and read every consent. Any other reader learns no
-- more than it already reads: the owner (who changes the case) and its own organisations' rows; whose
-- personal data the owner reads (a withdrawn referral copy) is NULL to it. A recipient does not learn
-- the other recipients (policy case_shares_read), nor whom a person consented to be named to.
CREATE OR REPLACE FUNCTION case_readers(p_case_id uuid)
RETURNS TABLE (organisation_id uuid, can_change boolean, person_ids uuid[])
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH c AS (
    SELECT c.id, c.owner_organisation_id, c.visibility FROM cases c
     WHERE c.id = p_case_id AND EXISTS (SELECT FROM app_may_read_case(c.id, c.owner_organisation_id, c.visibility))),
  orgs AS (
    SELECT o.id AS organisation_id, o.name, o.slug, s.access, coalesce(s.personal_data, false) AS personal_data, c.owner_organisation_id = o.id AS owner
      FROM c CROSS JOIN organisations o
      LEFT JOIN case_shares s ON s.case_id = c.id AND s.organisation_id = o.id AND c.visibility IN ('SHARED', 'COALITION')
     WHERE o.id = c.owner_organisation_id
        OR s.organisation_id IS NOT NULL
        OR (c.visibility = 'COALITION' AND EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = o.id)))
  SELECT r.organisation_id,
         r.owner OR coalesce(r.access = 'WRITE', false),
         CASE WHEN r.owner AND NOT me.owner THEN NULL ELSE coalesce((SELECT array_agg(p.id ORDER BY p.position) FROM c JOIN case_persons p ON p.case_id = c.id
                    JOIN case_person_private pp ON pp.person_id = p.id
                   WHERE (pp.owner_organisation_id = r.organisation_id AND NOT app_referred_copy_withdrawn(p.id))
                      OR (r.personal_data AND EXISTS (SELECT 1 FROM case_shares s WHERE s.case_id = c.id AND s.organisation_id = r.organisation_id AND s.personal_data)
                          AND consent_covers(p.id, 'SHARE_PERSONAL_DATA', ARRAY[r.organisation_id]))
                      OR EXISTS (SELECT 1 FROM referrals f
                                  WHERE f.person_id = p.id AND f.status IN ('ACCEPTED', 'COMPLETED') AND f.to_organisation_id = r.organisation_id
                                    AND consent_covers(p.id, 'REFERRAL', ARRAY[r.organisation_id]))), '{}') END
    FROM orgs r
   CROSS JOIN (SELECT (SELECT owner_organisation_id FROM c) = ANY((SELECT app_org_ids())::uuid[]) AS owner) me
   WHERE me.owner OR r.owner OR r.organisation_id = ANY((SELECT app_org_ids())::uuid[])
   ORDER BY r.owner DESC, r.name, r.slug, r.organisation_id -- never by id alone: ids say nothing, but their order would
$$;
REVOKE ALL ON FUNCTION case_readers(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION case_readers(uuid) TO @app_role@;
