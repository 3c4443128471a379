import { describe, expect, test } from 'vitest';
import { signingConfig } from '../spec/signing-config.js';
import { defaultAuthorizedUrlBase, formatIsoMicroseconds, issueAuthorizedUrl } from './issue-authorized-url.js';

const ID = '7830227a-ba47-4d28-9416-cad41a446db7';

describe('issueAuthorizedUrl', () => {
  test('contains the session id and the query parameters t and h', () => {
    const { authorized_url } = issueAuthorizedUrl(ID, Date.UTC(2026, 3, 1), 'a+b/c=');
    const url = new URL(authorized_url);
    expect(`${url.origin}${url.pathname}`).toBe(`${defaultAuthorizedUrlBase}${ID}`);
    expect(url.searchParams.get('t')).toMatch(/^\d{18}$/);
    expect(url.searchParams.get('h')).toBe('a+b/c=');
  });

  test('expires authorizedUrlLifetimeSeconds after issue, with microseconds and Z', () => {
    const now = Date.UTC(2026, 3, 1, 20, 18, 47, 123) + 0.456;
    const { authorized_url_expiration_utc } = issueAuthorizedUrl(ID, now, 'x');
    expect(authorized_url_expiration_utc).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
    expect(Date.parse(authorized_url_expiration_utc) - Math.floor(now)).toBe(
      signingConfig.authorizedUrlLifetimeSeconds * 1000,
    );
  });

  test('accepts another base', () => {
    expect(issueAuthorizedUrl(ID, 0, 'x', 'http://127.0.0.1:9/s/').authorized_url).toMatch(
      /^http:\/\/127\.0\.0\.1:9\/s\/7830/,
    );
  });
});

describe('formatIsoMicroseconds', () => {
  test('keeps sub-millisecond digits', () => {
    expect(formatIsoMicroseconds(Date.UTC(2019, 11, 10, 20, 14, 19, 763) + 0.941)).toBe('2019-12-10T20:14:19.763941Z');
    expect(formatIsoMicroseconds(0)).toBe('1970-01-01T00:00:00.000000Z');
  });
});
