import { spec } from '../../generated/spec.js';

/** What sits at a JSON pointer into the spec (`#/components/schemas/LocaleCode`), or undefined; `$ref`s are not followed. */
export function readSpecPointer(pointer: string): unknown {
  let current: unknown = spec;
  for (const segment of pointer.replace(/^#\//, '').split('/')) {
    current = (current as Record<string, unknown> | undefined)?.[segment.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return current;
}
