/** One piece of output to scan, named after where it came from. */
export interface ScannedText {
  source: string;
  text: string;
  /**
   * The output is meant to carry signatures (the `sign` command's headers): only the secret is
   * looked for in it.
   */
  signaturesAllowed?: boolean;
}

/** A place where a secret or a signature showed up. The excerpt has the finding masked. */
export interface SecretHit {
  source: string;
  kind: 'secret' | 'signature parameter' | 'sent signature';
  excerpt: string;
}

/** What to look for. */
export interface SecretsToFind {
  /** Secrets, found as they are and in Base64, Base64url, hex and URL-encoded form. */
  secrets: readonly string[];
  /** Base64 signatures that were sent; found anywhere, with or without `signature="…"` around them. */
  signatures: Iterable<string>;
}

// A signature="…" parameter holding a real value: Base64 of at least 16 characters, not a redaction marker.
const SIGNATURE_PARAMETER = /signature\s*=\s*\\?"([A-Za-z0-9+/]{16,}={0,2})\\?"/gi;
// Candidate Base64 runs, checked against the sent signatures in one set lookup each.
const BASE64_RUN = /[A-Za-z0-9+/]{40,}={0,2}/g;

/**
 * Scans output for secrets and Authorization signatures: every form of each secret, any
 * `signature="…"` with a real value (JSON-escaped quotes too), and any sent signature appearing
 * bare. Returns every hit; an empty list is a pass. The excerpts mask what was found, so a report
 * of hits does not leak in turn.
 */
export function scanForSecrets(texts: readonly ScannedText[], { secrets, signatures }: SecretsToFind): SecretHit[] {
  const secretForms = secrets
    .filter((secret) => secret !== '')
    .flatMap((secret) => {
      const bytes = Buffer.from(secret, 'utf8');
      return [
        ...new Set([
          secret,
          bytes.toString('base64'),
          bytes.toString('base64url'),
          bytes.toString('hex'),
          encodeURIComponent(secret),
        ]),
      ];
    });
  const sent = new Set(signatures);
  const lengths = [...new Set([...sent].map((signature) => signature.length))];
  const hits: SecretHit[] = [];
  const hit = (source: string, kind: SecretHit['kind'], text: string, at: number, length: number) =>
    hits.push({
      source,
      kind,
      excerpt: `${text.slice(Math.max(0, at - 40), at)}[${kind.toUpperCase()}]${text.slice(at + length, at + length + 40)}`,
    });
  for (const { source, text, signaturesAllowed } of texts) {
    // Forms can overlap (Base64url is Base64 without padding): one hit per place.
    const reported: [number, number][] = [];
    const overlaps = (at: number) => reported.some(([from, to]) => at >= from && at < to);
    for (const form of secretForms) {
      for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
        if (overlaps(at)) continue;
        hit(source, 'secret', text, at, form.length);
        reported.push([at, at + form.length]);
      }
    }
    if (signaturesAllowed) continue;
    for (const match of text.matchAll(SIGNATURE_PARAMETER)) {
      hit(source, 'signature parameter', text, match.index, match[0].length);
      reported.push([match.index, match.index + match[0].length]);
    }
    for (const match of text.matchAll(BASE64_RUN)) {
      if (overlaps(match.index)) continue;
      if (lengths.some((length) => containsSent(match[0], length, sent)))
        hit(source, 'sent signature', text, match.index, match[0].length);
    }
  }
  return hits;
}

// A run may carry neighbours: look at every window of a signature's length.
function containsSent(run: string, length: number, sent: ReadonlySet<string>): boolean {
  for (let at = 0; at + length <= run.length; at++) if (sent.has(run.slice(at, at + length))) return true;
  return false;
}
