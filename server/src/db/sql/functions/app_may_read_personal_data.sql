-- May the actor read this case's personal data as a whole (evidence that may show or name persons, embedded
-- metadata such as GPS)? The owner's members, and members of an organisation holding a personalData share of
-- a SHARED or COALITION case: casePolicy 'seePersonalData'. Persons' own consent is not asked, as a file is
-- not tied to one person; the owner says whether a file shows persons (containsPersonalData).
-- Runs as the caller, under the policies of cases and case_shares.
CREATE OR REPLACE FUNCTION app_may_read_personal_data(p_case_id uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM cases c
                  WHERE c.id = p_case_id
                    AND (c.owner_organisation_id = ANY((SELECT app_org_ids())::uuid[])
                         OR (c.visibility IN ('SHARED', 'COALITION') AND EXISTS (
                               SELECT 1 FROM case_shares s
                                WHERE s.case_id = c.id AND s.personal_data
                                  AND s.organisation_id = ANY((SELECT app_org_ids())::uuid[])))))
$$;
