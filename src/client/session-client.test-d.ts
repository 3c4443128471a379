import { describe, expectTypeOf, test } from 'vitest';
import type { ApiError } from '../errors/api-error.js';
import type { components } from '../../generated/session-management.js';
import { createSessionClient } from './create-session-client.js';
import type { CreateSessionBody, CreateSessionResult, SessionCreated } from './session-client-types.js';

const client = createSessionClient({ username: 'u', secret: 's' });
const body: CreateSessionBody = { participant_unique_id1: 'p', recipient_information: { first_name: 'J' } };

describe('createSession', () => {
  test('takes the spec’s request body', () => {
    expectTypeOf<CreateSessionBody>().toEqualTypeOf<components['schemas']['CreateSessionRequest']>();
    expectTypeOf(client.createSession).parameter(0).toEqualTypeOf<CreateSessionBody>();
    // @ts-expect-error recipient_information is required
    void client.createSession({ participant_unique_id1: 'p' });
    // @ts-expect-error unknown top-level fields are refused, as the spec refuses them
    void client.createSession({ ...body, colour: 'blue' });
    // @ts-expect-error the locale is an enum
    void client.createSession({ ...body, language_locale_code: 'en' });
  });

  test('resolves to a union that narrows on error or data', async () => {
    const result = await client.createSession(body, { idempotencyKey: 'k', signal: AbortSignal.timeout(1) });
    expectTypeOf(result).toEqualTypeOf<CreateSessionResult>();
    expectTypeOf(result.response).toEqualTypeOf<Response>();
    if (result.error) {
      expectTypeOf(result.error).toEqualTypeOf<ApiError>();
      expectTypeOf(result.data).toEqualTypeOf<undefined>();
    } else {
      expectTypeOf(result.data).toEqualTypeOf<SessionCreated>();
      expectTypeOf(result.data.data.authorized_url).toEqualTypeOf<string>();
      // Ingo's success family 100–110 (a range, so generators type it as a number).
      expectTypeOf(result.data.status).toEqualTypeOf<number>();
    }
  });
});

describe('the raw client', () => {
  test('does not ask for the signing headers, but still types the body', async () => {
    const { data, error } = await client.raw.POST('/api/v1/sessions/point-in-time/plugin', { body });
    if (data)
      expectTypeOf(data).toEqualTypeOf<
        components['schemas']['SessionCreated'] | components['schemas']['ErrorEnvelope']
      >();
    if (error) expectTypeOf(error).toEqualTypeOf<components['schemas']['ErrorEnvelope']>();
    void client.raw.POST('/api/v1/sessions/point-in-time/plugin', {
      body,
      params: { header: { 'Idempotency-Key': 'k' } },
    });
    // @ts-expect-error the body is required
    void client.raw.POST('/api/v1/sessions/point-in-time/plugin', {});
    // @ts-expect-error body fields are checked
    void client.raw.POST('/api/v1/sessions/point-in-time/plugin', { body: { participant_unique_id1: 'p' } });
    // @ts-expect-error the signing headers are not parameters any more
    void client.raw.POST('/api/v1/sessions/point-in-time/plugin', { body, params: { header: { 'X-Date': 'now' } } });
    // @ts-expect-error only the spec's paths exist
    void client.raw.POST('/api/v1/sessions', { body });
  });
});
