-- A briefing shows a person only under an active BRIEFING consent covering its author organisation
-- (issue 24, contract "referrals"). A snapshot (briefing_cases.content) lists the persons who had one
-- when it was taken, their ids in briefing_cases.person_ids in the order of content.persons. Until
-- release, a consent withdrawn or expired since then withholds its person at once: this answers, for
-- each snapshot the actor may read (briefing_case_contents' rule, asked rather than restated), the
-- 0-based positions of the persons whose consent no longer counts. Released and revoked briefings answer
-- nothing: what was released stays as released (revoking it is the remedy).
CREATE OR REPLACE FUNCTION briefing_case_lapsed_consents(p_briefing_id uuid)
RETURNS TABLE (case_id uuid, lapsed int[])
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT bc.case_id,
         ARRAY(SELECT (x.n - 1)::int
                 FROM unnest(bc.person_ids) WITH ORDINALITY AS x(person_id, n)
                WHERE NOT consent_covers(x.person_id, 'BRIEFING', ARRAY[b.author_organisation_id])
                ORDER BY x.n)
    FROM briefing_case_contents(p_briefing_id) c
    JOIN briefing_cases bc ON bc.briefing_id = p_briefing_id AND bc.case_id = c.case_id
    JOIN briefings b ON b.id = p_briefing_id
   WHERE b.status IN ('DRAFT', 'AWAITING_APPROVAL')
$$;
REVOKE ALL ON FUNCTION briefing_case_lapsed_consents(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION briefing_case_lapsed_consents(uuid) TO @app_role@;
