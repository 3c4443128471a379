import { createOutputCollector } from './collect-output.js';
import { reliabilityCredentials } from './reliability-fixtures.js';
import type { ChaosEvidence } from './run-chaos.js';
import { scanForSecrets, type ScannedText, type SecretHit } from './scan-for-secrets.js';
import { runCliSecretScenarios } from './secret-scenarios-cli.js';
import { runClientSecretScenarios } from './secret-scenarios-client.js';

/** Output of other checks to scan as well. */
export interface SecretsScanInput {
  /** What the chaos run threw, logged and signed. */
  chaos?: ChaosEvidence;
  /** Any other output (the load run's mock process). */
  texts?: readonly ScannedText[];
}

/** The figures of a secrets scan (`failures`, empty on a pass). */
export interface SecretsReport {
  /** Pieces of output scanned, and their total size. */
  texts: number;
  bytes: number;
  /** Distinct signatures that were sent and looked for. */
  signaturesKnown: number;
  hits: SecretHit[];
  failures: string[];
}

/**
 * Collects everything the client, the CLI and the mock printed or threw (the scenarios here,
 * plus the chaos run's evidence and any given output) and scans it for the secret and for
 * signatures (scanForSecrets). Passes with zero hits; each hit is a failure naming its source.
 */
export async function runSecretsScan({ chaos, texts = [] }: SecretsScanInput = {}): Promise<SecretsReport> {
  const collector = createOutputCollector();
  const signatures = new Set<string>();
  await runClientSecretScenarios(collector, signatures);
  await runCliSecretScenarios(collector, signatures);
  if (chaos) {
    collector.addValue('chaos client', chaos.client);
    chaos.errors.forEach((error, index) => collector.addError(`chaos error ${index}`, error));
    collector.add('chaos mock log (JSON lines)', chaos.logEvents.map((event) => JSON.stringify(event)).join('\n'));
    for (const signature of chaos.signatures) signatures.add(signature);
  }
  for (const text of texts)
    collector.add(text.source, text.text, { signaturesAllowed: text.signaturesAllowed ?? false });
  const hits = scanForSecrets(collector.texts, { secrets: [reliabilityCredentials.secret], signatures });
  return {
    texts: collector.texts.length,
    bytes: collector.texts.reduce((sum, text) => sum + Buffer.byteLength(text.text), 0),
    signaturesKnown: signatures.size,
    hits,
    failures: describeHits(hits),
  };
}

// One failure per place and kind: the forms of one error (message, stack, JSON…) repeat the same leak.
function describeHits(hits: readonly SecretHit[]): string[] {
  const groups = new Map<string, { forms: string[]; excerpt: string }>();
  for (const hit of hits) {
    const [, place = hit.source, form = ''] = /^(.*?)(?: \((.*)\))?$/.exec(hit.source) ?? [];
    const key = `${hit.kind} in ${place}`;
    const group = groups.get(key) ?? groups.set(key, { forms: [], excerpt: hit.excerpt }).get(key)!;
    if (form && !group.forms.includes(form)) group.forms.push(form);
  }
  return [...groups].map(
    ([key, { forms, excerpt }]) => `secrets: ${key}${forms.length > 0 ? ` (${forms.join(', ')})` : ''}: …${excerpt}…`,
  );
}
