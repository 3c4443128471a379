import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Type-checks every `.ts` file of a generated workspace under `strict`, with the bundler-style
 * module resolution the generators' outputs expect, and returns the diagnostics as
 * `file:line message` lines (none when it compiles). A `// @ts-nocheck` a generator writes is
 * removed first (`stripNoCheck`), so that its code is really checked.
 */
export function typeCheckStrict(dir: string): string[] {
  const files = listTypeScript(dir);
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: ['node'],
    skipLibCheck: true,
    allowImportingTsExtensions: true,
    esModuleInterop: true,
  };
  const program = ts.createProgram(files, options);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    if (!diagnostic.file || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${relative(dir, diagnostic.file.fileName)}:${line + 1} TS${diagnostic.code} ${message}`;
  });
}

/** Removes a generator's `// @ts-nocheck` directive, which would hide every error of its output. */
export function stripNoCheck(source: string): string {
  return source.replace(/^\/\/ @ts-nocheck\s*$/m, '// (@ts-nocheck removed by the generator matrix)');
}

function listTypeScript(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules') return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listTypeScript(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}
