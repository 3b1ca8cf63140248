import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** The named bindings an import or re-export brings in as values (type-only ones are erased from the build). */
function bringsValues(statement: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(statement)) {
    const named = statement.exportClause;
    return !statement.isTypeOnly && !(named && ts.isNamedExports(named) && named.elements.every((e) => e.isTypeOnly));
  }
  const clause = statement.importClause;
  if (!clause) return true; // a bare import runs the module
  if (clause.isTypeOnly) return false;
  const named = clause.namedBindings;
  return !!clause.name || !named || !ts.isNamedImports(named) || named.elements.some((e) => !e.isTypeOnly);
}

/**
 * Every package the window's first screen runs, each with the chain of modules that brings it in: the static,
 * value imports from renderer/src/main.tsx (dynamic imports load later, in their own chunks).
 */
function firstScreenPackages(): Map<string, string[]> {
  const packages = new Map<string, string[]>();
  const via = new Map<string, string | null>([['renderer/src/main.tsx', null]]);
  const chain = (file: string) => {
    const files: string[] = [];
    for (let f: string | null | undefined = file; f; f = via.get(f)) files.unshift(f);
    return files;
  };
  const queue = ['renderer/src/main.tsx'];
  for (let file = queue.shift(); file; file = queue.shift()) {
    const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
      const specifier = statement.moduleSpecifier;
      if (!specifier || !ts.isStringLiteral(specifier) || !bringsValues(statement)) continue;
      if (!specifier.text.startsWith('.')) {
        const name = specifier.text.match(/^(@[^/]+\/)?[^/]+/)![0];
        if (!packages.has(name)) packages.set(name, chain(file));
        continue;
      }
      const target = relative(ROOT, resolve(ROOT, dirname(file), specifier.text));
      if (via.has(target) || !existsSync(join(ROOT, target)) || !/\.tsx?$/.test(target)) continue;
      via.set(target, file);
      queue.push(target);
    }
  }
  return packages;
}

describe("the window's first screen", () => {
  it('runs no zod: its schemas took a tenth of a second to build before anything showed', () => {
    const packages = firstScreenPackages();
    // The walk must reach the editor and React, or it proves nothing.
    expect([...packages.keys()]).toEqual(expect.arrayContaining(['react', 'lexical']));
    expect(packages.get('zod'), `zod is imported by ${packages.get('zod')?.join(' > ')}`).toBeUndefined();
  });
});
