import { spec } from '../../generated/spec.js';
import { signingConfig } from '../spec/signing-config.js';

/** The URL part of a session answer: where the browser SDK mounts the session, and until when. */
export interface AuthorizedUrl {
  authorized_url: string;
  authorized_url_expiration_utc: string;
}

/** The base the spec's own example uses (`https://iip-webplugin-ingo.money/session/`). */
export const defaultAuthorizedUrlBase = new URL(
  '.',
  spec.components.schemas.SessionData.properties.authorized_url.example,
).href;

// Milliseconds from 0001-01-01 to 1970-01-01: Ingo's example `t` has the shape of .NET ticks.
const TICKS_EPOCH_OFFSET_MS = 62_135_596_800_000;

/**
 * Issues a fresh authorized_url for a session at `nowMs`: `<base><session id>?t=<ticks>&h=<token>`,
 * expiring `authorizedUrlLifetimeSeconds` (30 s) later. `t` and `h` are opaque to clients; a new
 * token makes every issue distinct even under a fixed clock.
 */
export function issueAuthorizedUrl(
  sessionIdentifier: string,
  nowMs: number,
  token: string,
  base = defaultAuthorizedUrlBase,
): AuthorizedUrl {
  const ticks = `${Math.floor(nowMs) + TICKS_EPOCH_OFFSET_MS}0000`;
  return {
    authorized_url: `${base}${sessionIdentifier}?t=${ticks}&h=${encodeURIComponent(token)}`,
    authorized_url_expiration_utc: formatIsoMicroseconds(nowMs + signingConfig.authorizedUrlLifetimeSeconds * 1000),
  };
}

/** ISO 8601 in UTC with six fractional digits and `Z`, as in Ingo's example: `2019-12-10T20:14:19.763941Z`. */
export function formatIsoMicroseconds(epochMs: number): string {
  const whole = Math.floor(epochMs);
  // Rounded, not floored: 0.941 ms is 0.94099… in binary floating point.
  const micros = Math.min(999, Math.round((epochMs - whole) * 1000));
  return `${new Date(whole).toISOString().slice(0, -1)}${String(micros).padStart(3, '0')}Z`;
}
