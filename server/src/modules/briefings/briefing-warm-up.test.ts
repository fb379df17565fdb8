import { briefingsModule } from './index';
import { warmUpRedaction } from './briefing-warm-up';

describe('the briefing redaction warmed up at boot', () => {
  it('is a module warm-up that runs the full-size redaction, leaving none of its names', () => {
    expect(briefingsModule.warmUp).toBeDefined();
    const redacted = warmUpRedaction();
    expect(redacted).toContain('Person 0');
    expect(redacted).not.toMatch(/Warmup|Разогревов|\+7 900/);
  });
});
