import { isSuccessStatus, successStatuses } from './spec-facts.js';

/** How a server may express a rejection: an HTTP 4xx, or HTTP 200 with an error envelope. */
export type RejectionForm = 'http' | 'envelope';

/** What a response means, whatever the case expected. */
export interface Classification {
  kind: 'created' | 'replayed' | 'rejected' | 'server-error' | 'other';
  /** For `rejected`: the form the server used. */
  form?: RejectionForm;
  httpStatus: number;
  envelopeStatus?: number;
  sessionId?: string;
  authorizedUrl?: string;
  /** The envelope's `data`, for echo checks. */
  data?: Readonly<Record<string, unknown>>;
}

/**
 * Classifies a response. HTTP 200 with status 100/101 is a success and never a rejection; HTTP 4xx,
 * or HTTP 200 with an envelope status outside 100–110, is a rejection; anything else is reported
 * as it is, without failing here (the checks judge it).
 */
export function classifyResponse(httpStatus: number, body: unknown): Classification {
  const envelope = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const envelopeStatus = typeof envelope.status === 'number' ? envelope.status : undefined;
  const base: Classification = { kind: 'other', httpStatus };
  if (envelopeStatus !== undefined) base.envelopeStatus = envelopeStatus;
  if (httpStatus >= 500) return { ...base, kind: 'server-error' };
  if (httpStatus >= 400) return { ...base, kind: 'rejected', form: 'http' };
  // Any 2xx is read like 200 (HTTP 200 is an assumption; checkResponse warns about another 2xx).
  if (httpStatus < 200 || httpStatus >= 300 || envelopeStatus === undefined) return base;
  if (!isSuccessStatus(envelopeStatus)) return { ...base, kind: 'rejected', form: 'envelope' };
  const kind =
    envelopeStatus === successStatuses.created
      ? 'created'
      : envelopeStatus === successStatuses.replayed
        ? 'replayed'
        : 'other';
  const data =
    typeof envelope.data === 'object' && envelope.data !== null
      ? (envelope.data as Record<string, unknown>)
      : undefined;
  const result: Classification = { ...base, kind };
  if (data) {
    result.data = data;
    if (typeof data.session_identifier === 'string') result.sessionId = data.session_identifier;
    if (typeof data.authorized_url === 'string') result.authorizedUrl = data.authorized_url;
  }
  return result;
}

/** One-line description of a response for messages: `HTTP 401, status 402`. */
export function describeClassification({ httpStatus, envelopeStatus }: Classification): string {
  return envelopeStatus === undefined ? `HTTP ${httpStatus}` : `HTTP ${httpStatus}, status ${envelopeStatus}`;
}
