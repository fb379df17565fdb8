import { caseToFormValues, diffConflict, emptyCaseFormValues, rebaseEdits, toUpdateInput, type CaseFormValues } from './case-form-values';

const base: CaseFormValues = {
  ...emptyCaseFormValues('org'),
  title: 'Raid in Gorelovo',
  summary: 'Families separated.',
  status: 'OPEN',
  categories: ['RAID'],
  countryCode: 'RU',
  city: 'Gorelovo',
  detained: 16,
};

describe('edit conflicts', () => {
  it('lists the fields changed on the server with their value and the user value beside each', () => {
    const theirs: CaseFormValues = { ...base, status: 'MONITORING', categories: ['FAMILY_SEPARATION', 'RAID'] };
    const mine: CaseFormValues = { ...base, title: 'Raid in Gorelovo, 7 February', status: 'CLOSED' };
    const rows = diffConflict(base, theirs, mine);
    expect(rows).toEqual([
      { field: 'status', base: 'OPEN', theirs: 'MONITORING', mine: 'CLOSED', mineChanged: true },
      { field: 'categories', base: ['RAID'], theirs: ['FAMILY_SEPARATION', 'RAID'], mine: ['RAID'], mineChanged: false },
    ]);
  });

  it('ignores reordering of categories and surrounding spaces', () => {
    const theirs: CaseFormValues = { ...base, categories: ['RAID'], title: ' Raid in Gorelovo ' };
    expect(diffConflict({ ...base, categories: ['RAID'] }, theirs, base)).toEqual([]);
    expect(diffConflict({ ...base, categories: ['RAID', 'DEPORTATION'] }, { ...base, categories: ['DEPORTATION', 'RAID'] }, base)).toEqual([]);
  });

  it('re-applies only the user’s changed fields on the new version, keeping the server’s other changes', () => {
    const theirs: CaseFormValues = { ...base, status: 'MONITORING', summary: 'Families separated; children placed in institutions.' };
    const mine: CaseFormValues = { ...base, title: 'New title', detained: 17 };
    const merged = rebaseEdits(base, theirs, mine);
    expect(merged).toEqual({ ...theirs, title: 'New title', detained: 17 });
    // Saving the merge against the new version sends the user's fields only.
    expect(toUpdateInput(theirs, merged)).toEqual({
      title: 'New title',
      figures: { detained: 17, deported: 0, injured: 0, childrenAffected: 0 },
    });
  });

  it('lets the user’s value win where both changed the same field', () => {
    const theirs: CaseFormValues = { ...base, title: 'Their title' };
    const mine: CaseFormValues = { ...base, title: 'My title' };
    expect(rebaseEdits(base, theirs, mine).title).toBe('My title');
  });
});

describe('update input', () => {
  it('sends nothing when nothing changed and the whole location when one part changed', () => {
    expect(toUpdateInput(base, { ...base })).toEqual({});
    expect(toUpdateInput(base, { ...base, city: '' })).toEqual({ location: { countryCode: 'RU', region: null, city: null } });
  });

  it('maps a loaded case to form values', () => {
    const values = caseToFormValues({
      title: 'T',
      summary: 'S',
      status: 'OPEN',
      visibility: 'SHARED',
      categories: ['RAID'],
      incidentDate: null,
      includeInStatistics: true,
      location: { countryCode: 'RU', city: null, region: 'Moscow Oblast' },
      figures: { detained: 130, deported: 0, injured: 0, childrenAffected: 0 },
      ownerOrganisation: { id: 'o1' },
    });
    expect(values).toMatchObject({ organisationId: 'o1', incidentDate: '', city: '', region: 'Moscow Oblast', detained: 130 });
  });
});
