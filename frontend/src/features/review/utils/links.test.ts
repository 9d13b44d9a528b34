import { describe, expect, it } from 'vitest';
import { spaLink } from './links';

describe('spaLink', () => {
  it.each([
    ['/api/v1/meetings?from=2025-01-01&to=2025-12-31&held=true&kindId=k-1', '/meetings?from=2025-01-01&to=2025-12-31&held=true&kindId=k-1'],
    ['/api/v1/programmes?deadlineFrom=2025-01-01&deadlineTo=2025-12-31', '/calendar/programmes?deadlineFrom=2025-01-01&deadlineTo=2025-12-31'],
    ['/api/v1/clashes?from=2025-01-01&to=2025-12-31', '/calendar/clashes?from=2025-01-01&to=2025-12-31'],
    ['/api/v1/meetings', '/meetings'],
  ])('%s → %s', (api, spa) => {
    expect(spaLink(api)).toBe(spa);
  });

  it.each([
    ['/api/v1/conclusion-tasks?issuedFrom=2025-01-01&status=OVERDUE'],
    ['/api/v1/petitions?from=2025-01-01'],
    ['/meetings?from=2025-01-01'],
    ['https://example.org/api/v1/meetings'],
    [''],
    [null],
  ])('%s has no page in the SPA', (api) => {
    expect(spaLink(api)).toBeNull();
  });
});
