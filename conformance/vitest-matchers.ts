// Type-only: teaches vitest's `expect` about the matcher; nothing here exists at runtime.
import type {} from 'vitest';

declare module 'vitest' {
  // The type parameter must match vitest's own declaration for the interfaces to merge.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any -- it must be declared as vitest declares it.
  interface Assertion<T = any> {
    /**
     * Checks a fetch Response or an openapi-fetch result against the Create Session spec: a
     * documented status, the documented Content-Type, a schema-valid body (failures name JSON
     * pointers with expected and received values) and a consistent envelope status. Await it.
     */
    toSatisfyApiSpec(): Promise<void>;
  }
}

export {};
