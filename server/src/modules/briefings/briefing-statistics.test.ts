import { CaseCategory, CaseStatus, EventType } from '@coalition/shared';
import type { BriefingDocCase } from './briefing-document';
import { briefingStatistics } from './briefing.service';

const aCase = (i: number, overrides: Partial<BriefingDocCase> = {}): BriefingDocCase => ({
  reference: `T-${i}`, title: 't', summary: 's', status: CaseStatus.OPEN, categories: [CaseCategory.RAID], incidentDate: '2013-02-08',
  location: { city: null, region: null, countryCode: 'RU' }, countries: ['RU'],
  figures: { detained: 10, deported: 0, injured: 0, childrenAffected: 0 }, ownerOrganisation: { id: 'o', name: 'O' }, persons: [], events: [],
  ...overrides,
});
const deported = (i: number) =>
  aCase(i, {
    countries: ['RU', 'TJ'], categories: [CaseCategory.RAID, CaseCategory.DEPORTATION], figures: { detained: 10, deported: 1, injured: 0, childrenAffected: 0 },
    events: [{ type: EventType.DEPORTATION, occurredOn: '2013-02-10', title: 'x', description: '', authority: null, destinationCountryCode: 'TJ' }],
  });

describe('briefing statistics (liaison threshold)', () => {
  it('shows 5, suppresses 4, and leaves 0 out', () => {
    const s = briefingStatistics([aCase(1), deported(2), deported(3), deported(4), deported(5)]);
    expect(s.suppressionThreshold).toBe(5);
    expect(s.totalCases).toBe(5);
    expect(s.crossBorderCases).toBeNull();
    expect(s.byCategory).toEqual([{ key: 'DEPORTATION', count: null, suppressed: true }, { key: 'RAID', count: 5, suppressed: false }]);
    expect(s.byCountry.find((b) => b.key === 'TJ')).toEqual({ key: 'TJ', count: null, suppressed: true });
    expect(s.byCategory.find((b) => b.key === 'OTHER')).toBeUndefined();
    expect(s.flows).toEqual([{ fromCountryCode: 'RU', toCountryCode: 'TJ', count: null, suppressed: true }]);
    expect(s.figures).toEqual([
      { key: 'detained', value: 50 },
      { key: 'deported', value: null },
      { key: 'injured', value: 0 },
      { key: 'childrenAffected', value: 0 },
    ]);
    const five = briefingStatistics([deported(1), deported(2), deported(3), deported(4), deported(5)]);
    expect(five.flows).toEqual([{ fromCountryCode: 'RU', toCountryCode: 'TJ', count: 5, suppressed: false }]);
    expect(five.crossBorderCases).toBe(5);
    expect(briefingStatistics([aCase(1), aCase(2), aCase(3), aCase(4)]).totalCases).toBeNull();
  });
});
