-- Case.readers: which organisations read this case, which of them change it (through their ADMINs and
-- CASEWORKERs) and which persons' personal data each reads. The rules of app_may_read_case,
-- app_may_write_case and the policy of case_person_private, asked for each organisation instead of for
-- the actor: a change to one of those rules must be made here too (server/src/modules/cases/
-- case-readers.test.ts compares this answer with what each organisation's members really read).
-- Coalition roles (coordinator, liaison) read no case by themselves: only memberships count.
-- SECURITY DEFINER, as it reads other organisations' shares, memberships and the consents; it answers
-- nothing unless the actor may read the case (app_may_read_case, asked as the actor).
CREATE OR REPLACE FUNCTION case_readers(p_case_id uuid)
RETURNS TABLE (organisation_id uuid, can_change boolean, person_ids uuid[])
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH c AS (
    SELECT c.id, c.owner_organisation_id, c.visibility FROM cases c
     WHERE c.id = p_case_id AND EXISTS (SELECT FROM app_may_read_case(c.id, c.owner_organisation_id, c.visibility))),
  orgs AS (
    SELECT o.id AS organisation_id, s.access, coalesce(s.personal_data, false) AS personal_data, c.owner_organisation_id = o.id AS owner
      FROM c CROSS JOIN organisations o
      LEFT JOIN case_shares s ON s.case_id = c.id AND s.organisation_id = o.id AND c.visibility IN ('SHARED', 'COALITION')
     WHERE o.id = c.owner_organisation_id
        OR s.organisation_id IS NOT NULL
        OR (c.visibility = 'COALITION' AND EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = o.id)))
  SELECT r.organisation_id,
         r.owner OR coalesce(r.access = 'WRITE', false),
         coalesce((SELECT array_agg(p.id ORDER BY p.id) FROM c JOIN case_persons p ON p.case_id = c.id
                    JOIN case_person_private pp ON pp.person_id = p.id
                   WHERE (pp.owner_organisation_id = r.organisation_id AND NOT app_referred_copy_withdrawn(p.id))
                      OR (r.personal_data AND EXISTS (SELECT 1 FROM case_shares s WHERE s.case_id = c.id AND s.organisation_id = r.organisation_id AND s.personal_data)
                          AND consent_covers(p.id, 'SHARE_PERSONAL_DATA', ARRAY[r.organisation_id]))
                      OR EXISTS (SELECT 1 FROM referrals f
                                  WHERE f.person_id = p.id AND f.status IN ('ACCEPTED', 'COMPLETED') AND f.to_organisation_id = r.organisation_id
                                    AND consent_covers(p.id, 'REFERRAL', ARRAY[r.organisation_id]))), '{}')
    FROM orgs r
   ORDER BY r.owner DESC, r.organisation_id
$$;
REVOKE ALL ON FUNCTION case_readers(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION case_readers(uuid) TO @app_role@;
