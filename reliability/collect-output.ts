import { inspect } from 'node:util';
import type { ScannedText } from './scan-for-secrets.js';

/** Gathers everything a run printed or threw, in every form a program might log it. */
export interface OutputCollector {
  readonly texts: ScannedText[];
  /** Text as printed (a CLI's stdout, a log line). */
  add(source: string, text: string, options?: { signaturesAllowed?: boolean }): void;
  /**
   * A thrown or returned error: its message, stack, `String()`, `JSON.stringify`, `util.inspect`
   * and the same for its `cause` chain, which loggers print too. With `rawFields` (the default)
   * also every field, hidden ones included, past any custom inspect, as a logger that copies
   * fields would print it; off for an error that holds a hostile server's body, which the library
   * keeps but never prints.
   */
  addError(source: string, error: unknown, options?: { rawFields?: boolean }): void;
  /** Any value as a program would log it: `JSON.stringify`, `util.inspect` and `String()`. */
  addValue(source: string, value: unknown): void;
}

const MAX_CAUSES = 5;

/** Creates an empty collector. */
export function createOutputCollector(): OutputCollector {
  const texts: ScannedText[] = [];
  const add: OutputCollector['add'] = (source, text, { signaturesAllowed = false } = {}) =>
    void texts.push({ source, text, signaturesAllowed });
  const addValue: OutputCollector['addValue'] = (source, value) => {
    add(
      `${source} (JSON)`,
      safely(() => JSON.stringify(value) ?? 'undefined'),
    );
    add(`${source} (inspect)`, inspect(value, { depth: 6 }));
    add(
      `${source} (String)`,
      safely(() => String(value)),
    );
  };
  return {
    texts,
    add,
    addValue,
    addError(source, error, { rawFields = true } = {}) {
      let current: unknown = error;
      for (let depth = 0; depth <= MAX_CAUSES && current !== undefined; depth++) {
        const where = depth === 0 ? source : `${source} (cause ${depth})`;
        addValue(where, current);
        if (current instanceof Error) {
          add(`${where} (message)`, current.message);
          add(`${where} (stack)`, current.stack ?? '');
          if (rawFields)
            add(`${where} (inspect, hidden)`, inspect(current, { depth: 6, showHidden: true, customInspect: false }));
        }
        current = current instanceof Error ? current.cause : undefined;
      }
    },
  };
}

// Some values refuse to be stringified (cycles, BigInt): that refusal is output too.
function safely(print: () => string): string {
  try {
    return print();
  } catch (error) {
    return `unprintable: ${(error as Error).message}`;
  }
}
