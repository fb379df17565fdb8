import { createsOnly } from './idempotency';

describe('createsOnly', () => {
  it('holds when every root field creates, __typename aside', () => {
    expect(createsOnly(['createCase'])).toBe(true);
    expect(createsOnly(['createCase', 'addCaseEvent', '__typename'])).toBe(true);
  });

  it('fails for another mutation beside, a fragment, or nothing but __typename', () => {
    expect(createsOnly(['createCase', 'updateCase'])).toBe(false);
    expect(createsOnly(['createCase', null])).toBe(false);
    expect(createsOnly(['__typename'])).toBe(false);
    expect(createsOnly([])).toBe(false);
  });
});
