import { spec } from '../../generated/spec.js';

/** How one generator spells what the type tests need. */
export interface TypeTestShape {
  /** Import lines, relative to the workspace root. */
  imports: string;
  /** The request body's type. */
  body: string;
  /** The type of the HTTP 200 answer's body. */
  ok: string;
  /** The success envelope's type. */
  success: string;
  /** Statements calling Create Session with the body (`minimal`) alone. */
  bodyOnlyCall: string;
}

const { examples, schemas } = spec.components;
const literal = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * The type tests every generator's output must pass under `strict`, as a TypeScript source: each
 * `@ts-expect-error` fails the compilation when the error it expects does not occur, so a
 * generator that makes a required field optional, widens the locales to `string`, drops the error
 * envelope from HTTP 200 or demands a signing header fails here.
 */
export function typeTestSource({ imports, body, ok, success, bodyOnlyCall }: TypeTestShape): string {
  const locales = schemas.LocaleCode.enum.map((code) => `'${code}'`).join(' | ');
  return `${imports}

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Body = ${body};
type Ok = ${ok};

// Required fields are required.
export const minimal: Body = ${literal(examples.MinimalRequest.value)};
// @ts-expect-error participant_unique_id1 is required
export const noId: Body = { recipient_information: {} };
// @ts-expect-error recipient_information is required
export const noRecipient: Body = { participant_unique_id1: 'p' };

// The 28 locales are a union of literals, not a string.
export const localesAreTheSpecs: Equal<NonNullable<Body['language_locale_code']>, ${locales}> = true;
// @ts-expect-error 'en' is not one of the locales
export const badLocale: Body = { ...minimal, language_locale_code: 'en' };

// HTTP 200 holds the success envelope and the error envelope, and narrows by the documented test.
export const created: Ok = ${literal(examples.Created.value)};
export const rejectedInEnvelope: Ok = ${literal(examples.RejectedInEnvelope.value)};
/** Ingo's documented test: an envelope status in the success family 100-110. */
function isSuccess(answer: Ok): answer is ${success} {
  return answer.status >= 100 && answer.status <= 110;
}
export function readAnswer(answer: Ok): string | number {
  // @ts-expect-error an error envelope has no data: narrow first
  void answer.data.authorized_url;
  if (isSuccess(answer)) return answer.data.authorized_url;
  return answer.status;
}

// Create Session is callable with the body alone: nothing the signer computes is demanded.
export async function callWithBodyAlone(): Promise<unknown> {
  ${bodyOnlyCall}
}
`;
}
