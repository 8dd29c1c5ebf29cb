import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const fixture = fileURLToPath(new URL('./fixtures/team-template.ts', import.meta.url));

test('a template module compiles with declaration: true and skipLibCheck: false, and its declarations name the builder type', () => {
  const options: ts.CompilerOptions = {
    strict: true,
    declaration: true,
    emitDeclarationOnly: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: false,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const written = new Map<string, string>();
  host.writeFile = (name, text) => written.set(name, text);
  const program = ts.createProgram([fixture], options, host);
  const result = program.emit();
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  assert.equal(
    diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')),
    [],
  );
  const declaration = [...written.values()].join('\n');
  const kycState = /export declare const kycTemplate: import\("yoti-session-config"\)\.SessionConfigBuilder<([^>]*)>;/.exec(declaration)?.[1];
  assert.equal(kycState?.split(' | ').sort(), ['"doc:id"', '"docs:1"', '"faceMatch"', '"liveness"', '"name"']);
  assert.match(declaration, /export declare function addScreening\(\): import\("yoti-session-config"\)\.SessionConfigBuilder</);
  const adjustedState = /export declare const patientRetries: import\("yoti-session-config"\)\.SessionConfigBuilder<([^>]*)>;/.exec(declaration)?.[1];
  assert.equal(adjustedState?.split(' | ').sort(), kycState?.split(' | ').sort());
  assert.match(declaration, /export declare const throughHelper: AnySessionConfigBuilder;/);
  // The state stays a short union however long the chain: no expanded structure in the declaration.
  assert.ok(declaration.length < 1500, `declaration is ${declaration.length} characters`);
});

test.run();
