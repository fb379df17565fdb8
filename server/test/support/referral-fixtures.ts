export const RECORD_CONSENT = `mutation ($personId: ID!, $input: ConsentInput!) { recordConsent(personId: $personId, input: $input) {
  id scope purpose givenOn expiresOn form active withdrawnAt organisations { id } recordedBy { id } } }`;
export const WITHDRAW_CONSENT = `mutation ($id: ID!) { withdrawConsent(id: $id) { id active withdrawnAt } }`;
