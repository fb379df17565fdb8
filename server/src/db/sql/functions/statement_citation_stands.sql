-- Does a statement's citation of a case stand for its readers (Statement.cases, Case.statements)? A draft
-- or open statement is not public: its citations stand. A published or withdrawn one went public: it cites
-- the case only while statement_case_citable holds, so a PUBLICATION consent withdrawn or expired after
-- publication takes the citation down at once (the published text itself cannot change).
CREATE OR REPLACE FUNCTION statement_citation_stands(p_status text, p_case_id uuid, p_initiator_organisation_id uuid)
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT p_status NOT IN ('PUBLISHED', 'WITHDRAWN') OR statement_case_citable(p_case_id, p_initiator_organisation_id)
$$;
