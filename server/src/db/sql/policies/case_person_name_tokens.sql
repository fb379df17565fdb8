-- Row-level security of case_person_name_tokens: every policy of the table (applying this file drops the others).
-- A token of a person's name is read exactly where that person's personal data is: the read policy asks
-- case_person_private, whose own policy (owner, consented share, accepted referral) decides. Nothing writes
-- here in a request: the trigger on case_person_private keeps the rows, as the owner.

CREATE POLICY case_person_name_tokens_read ON case_person_name_tokens FOR SELECT
  USING ((EXISTS ( SELECT 1
   FROM case_person_private pp
  WHERE (pp.person_id = case_person_name_tokens.person_id))));
