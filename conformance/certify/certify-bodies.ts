/**
 * The Create Session bodies certification hands to clients (INGO_BODY_FILE). Each is valid against
 * the spec; `unicode` carries non-ASCII and astral characters, so that a client counting UTF-16
 * units or characters instead of UTF-8 bytes (Content-Length, the digest) shows it.
 */
export const certifyBodies = {
  plain: {
    participant_unique_id1: 'certify-order-1001',
    participant_unique_id2: 'certify-customer-77',
    host_uri: 'https://merchant.example',
    language_locale_code: 'en-US',
    recipient_information: {
      first_name: 'Jane',
      last_name: 'Doe',
      address_line1: '123 Main St',
      city: 'Anytown',
      state: 'GA',
      zip_code: '30301',
      email_address: 'jane.doe@example.com',
      mobile_number: '5555550100',
    },
  },
  unicode: {
    participant_unique_id1: 'certify-order-ß-1002',
    language_locale_code: 'de-DE',
    recipient_information: {
      first_name: 'Zoë',
      last_name: 'Nguyễn 🌟',
      business_name: 'Café 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 — “Ω”',
      address_line1: '1 Straße 😀',
      city: 'Zürich',
      state: 'GA',
      zip_code: '30301',
      email_address: 'zoe@example.com',
    },
  },
} as const;

/** The name of a certification body. */
export type CertifyBodyName = keyof typeof certifyBodies;

/** The body file's text: pretty-printed, so that a client must serialise (not copy) it or send these bytes. */
export function bodyFileText(name: CertifyBodyName): string {
  return `${JSON.stringify(certifyBodies[name], null, 2)}\n`;
}
