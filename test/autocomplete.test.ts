import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

// A language service over one virtual file next to the fixtures, so 'yoti-session-config' resolves
// to the built package exactly as in a user's editor.
function completionsAt(source: string): string[] {
  const fileName = fileURLToPath(new URL('./fixtures/completion-probe.ts', import.meta.url));
  const text = source.replace('|', '');
  const position = source.indexOf('|');
  const options: ts.CompilerOptions = { strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: [] };
  const service = ts.createLanguageService({
    getScriptFileNames: () => [fileName],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      if (name === fileName) return ts.ScriptSnapshot.fromString(text);
      const content = ts.sys.readFile(name);
      return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
    },
    getCurrentDirectory: () => process.cwd(),
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (name) => name === fileName || ts.sys.fileExists(name),
    readFile: (name) => (name === fileName ? text : ts.sys.readFile(name)),
  });
  return service.getCompletionsAtPosition(fileName, position, {})?.entries.map((entry) => entry.name) ?? [];
}

const header = "import { sessionConfig } from 'yoti-session-config';\n";

test('the editor offers the known liveness types', () => {
  assert.equal(completionsAt(`${header}sessionConfig().check.liveness({ livenessType: '|' });`).sort(), ['STATIC', 'ZOOM']);
});

test('the editor offers the manual-check values and the watchlist categories', () => {
  assert.equal(completionsAt(`${header}sessionConfig().check.faceMatch({ manualCheck: '|' });`).sort(), ['ALWAYS', 'FALLBACK', 'NEVER']);
  assert.equal(completionsAt(`${header}sessionConfig().check.watchlistScreening({ categories: ['|'] });`).sort(), ['ADVERSE-MEDIA', 'SANCTIONS']);
});

test('the editor offers supplementary document types and country codes', () => {
  assert.ok(completionsAt(`${header}sessionConfig().document.supplementary('PROOF_OF_ADDRESS', ['|']);`).includes('COUNCIL_TAX_BILL'));
  const countries = completionsAt(`${header}sessionConfig().document.supplementary('PROOF_OF_ADDRESS', undefined, { countryCodes: ['|'] });`);
  assert.ok(countries.includes('GBR') && countries.includes('USA'));
  assert.is(countries.length, 249);
});

test.run();
