-- Case.history: the audit entries about each of these cases and their parts, newest first, at most
-- p_limit per case and only before p_before (a seq; NULL: from the newest). SECURITY DEFINER, as the
-- application role reads only its ADMIN organisations' entries (policy audit_read); it answers nothing
-- for a case the actor may not read: THE read rule, app_may_read_case, asked as the actor, as
-- case_readers does.
--
-- Which entries: the case as subject (entity_type 'Case'), the evidence files of the case as subject,
-- and the parts whose details carry the case's id (persons, events, tasks, consents, referrals). Every
-- reader of the case reads its persons, events, tasks and evidence files (with their custody log), so
-- it sees those entries. Shares, links, consents and referrals are read by the owner's members but not
-- by every other reader (a recipient does not learn the other recipients, consents go with personal
-- data, a referral with its two organisations): those entries only to the owner's members.
--
-- What of an entry: its seq (the cursor), time, action and acting organisation; never details.
-- An entry's organisation_id is the organisation whose log holds it (for a case's parts, the owner),
-- not always the actor's: the acting organisation is the event's recordedBy, else the entry's
-- organisation when the actor is its member, else the actor's organisation that the case is shared
-- with, else the entry's organisation. A reader outside the owner is told it only when it is the owner,
-- its own organisation or an event's recorder (shown with the event anyway): not another recipient.
-- The acting user's display name only to members of the acting organisation, and only while the actor
-- is one too: anyone else learns "a member of" the organisation, not who.
CREATE OR REPLACE FUNCTION case_history(p_case_ids uuid[], p_before bigint, p_limit integer)
RETURNS TABLE (case_id uuid, seq bigint, at timestamptz, action text, organisation_id uuid, actor_name text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH c AS (
    SELECT c.id, c.id::text AS key, c.owner_organisation_id, c.owner_organisation_id = ANY((SELECT app_org_ids())::uuid[]) AS owner
      FROM cases c
     WHERE c.id = ANY(p_case_ids) AND EXISTS (SELECT FROM app_may_read_case(c.id, c.owner_organisation_id, c.visibility))),
  e AS (
    SELECT c.id AS case_id, c.owner_organisation_id, c.owner, h.*
      FROM c
     CROSS JOIN LATERAL (
       SELECT h.* FROM (
         (SELECT a.seq, a.at, a.action, a.organisation_id, a.actor_user_id, NULL::uuid AS recorded_by FROM audit_entries a
           WHERE a.entity_type = 'Case' AND a.entity_id = c.key AND a.seq < coalesce(p_before, 9223372036854775807)
             AND (c.owner OR a.action IN ('case.create', 'case.update'))
           ORDER BY a.seq DESC LIMIT p_limit)
         UNION ALL
         (SELECT a.seq, a.at, a.action, a.organisation_id, a.actor_user_id,
                 CASE WHEN a.entity_type = 'CaseEvent' AND a.details->>'recordedBy' ~ '^[0-9a-f-]{36}$' THEN (a.details->>'recordedBy')::uuid END
            FROM audit_entries a
           WHERE a.details->>'caseId' = c.key AND a.seq < coalesce(p_before, 9223372036854775807)
             AND (a.entity_type IN ('CasePerson', 'CaseEvent', 'CaseTask') OR (c.owner AND a.entity_type IN ('Consent', 'Referral')))
           ORDER BY a.seq DESC LIMIT p_limit)
         UNION ALL
         (SELECT a.seq, a.at, a.action, a.organisation_id, a.actor_user_id, NULL::uuid FROM evidence_files f
            JOIN audit_entries a ON a.entity_type = 'EvidenceFile' AND a.entity_id = f.id::text
           WHERE f.case_id = c.id AND a.seq < coalesce(p_before, 9223372036854775807)
           ORDER BY a.seq DESC LIMIT p_limit)
       ) h ORDER BY h.seq DESC LIMIT p_limit) h),
  acting AS (
    SELECT e.*, coalesce(
             e.recorded_by,
             (SELECT m.organisation_id FROM memberships m WHERE m.user_id = e.actor_user_id AND m.organisation_id = e.organisation_id),
             (SELECT m.organisation_id FROM memberships m JOIN case_shares s ON s.organisation_id = m.organisation_id AND s.case_id = e.case_id
               WHERE m.user_id = e.actor_user_id ORDER BY m.organisation_id LIMIT 1),
             e.organisation_id) AS org
      FROM e)
  SELECT a.case_id, a.seq, a.at, a.action,
         CASE WHEN a.owner OR a.org = a.owner_organisation_id OR a.org = a.recorded_by OR a.org = ANY((SELECT app_org_ids())::uuid[]) THEN a.org END,
         CASE WHEN a.org = ANY((SELECT app_org_ids())::uuid[])
               AND EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = a.actor_user_id AND m.organisation_id = a.org)
              THEN u.display_name END
    FROM acting a
    LEFT JOIN users u ON u.id = a.actor_user_id
   ORDER BY a.case_id, a.seq DESC
$$;
REVOKE ALL ON FUNCTION case_history(uuid[], bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION case_history(uuid[], bigint, integer) TO @app_role@;
