-- Row-level security of person_keys: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.
-- A person's key opens exactly what case_person_private lets the reader see: the read policy asks that table,
-- whose own policy (owner, consented share, accepted referral) decides. Deleting a key is erasure: the owner's
-- ADMINs only. Nothing updates a key in a request (rotation is the operator's, as the owner).

CREATE POLICY person_keys_create ON person_keys FOR INSERT
  WITH CHECK ((EXISTS ( SELECT 1
   FROM (case_persons p
     JOIN cases c ON ((c.id = p.case_id)))
  WHERE ((p.id = person_keys.person_id) AND (c.owner_organisation_id = person_keys.organisation_id) AND app_can_write_case(c.id)))));

CREATE POLICY person_keys_erase ON person_keys FOR DELETE
  USING ((organisation_id = ANY ((SELECT app_admin_org_ids())::uuid[])));

CREATE POLICY person_keys_read ON person_keys FOR SELECT
  USING ((EXISTS ( SELECT 1
   FROM case_person_private pp
  WHERE (pp.person_id = person_keys.person_id))));
