import { expect, test } from 'vitest';
import { spell, undocumentedValues, withExampleMembers, withReplaced } from './attribute-refusal.js';

const body = {
  participant_unique_id1: 'p-1',
  host_uri: 'a://\\aa/x',
  language_locale_code: 'en-US',
  recipient_information: {
    email_address: '',
    state: 'zz',
    ' odd': [1],
    open_banking: { mobus_customer_id: 'x', extra: true },
  },
};

test('undocumented territory: recipient sub-fields (example), undeclared members, host_uri; documented fields are kept', () => {
  const found = undocumentedValues(body);
  expect(found.map((v) => [spell(v.path), v.source.kind])).toEqual([
    ['host_uri', 'assumption'],
    ['recipient_information.email_address', 'example'],
    ['recipient_information.state', 'example'],
    ['recipient_information[" odd"]', 'assumption'],
    ['recipient_information.open_banking', 'example'],
  ]);
  expect(withReplaced(body, found)).toEqual({
    participant_unique_id1: 'p-1',
    language_locale_code: 'en-US',
    recipient_information: {
      email_address: 'jack.frost@example.com',
      state: 'GA',
      open_banking: { mobus_customer_id: '9999' },
    },
  });
});

test('one value restored at a time: the others replaced, that one as sent', () => {
  const found = undocumentedValues(body);
  const allButEmail = found.filter((v) => spell(v.path) !== 'recipient_information.email_address');
  expect((withReplaced(body, allButEmail) as typeof body).recipient_information.email_address).toBe('');
  expect(body.recipient_information.email_address).toBe('');
});

test('the core completed with the examples of the recipient members it lacks', () => {
  const filled = withExampleMembers({ participant_unique_id1: 'p', recipient_information: { city: 'X' } }) as {
    recipient_information: Record<string, unknown>;
  };
  expect(filled.recipient_information.city).toBe('X');
  expect(filled.recipient_information.email_address).toBe('jack.frost@example.com');
  expect(filled.recipient_information.open_banking).toEqual({ mobus_customer_id: '9999' });
  expect(filled).not.toHaveProperty('host_uri');
});
