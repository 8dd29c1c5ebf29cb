/** The editor's completions at a point of a snippet, through a TypeScript language service. */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * Completions at `§` in `source`. The virtual file sits next to the fixtures, so
 * 'yoti-session-config' resolves to the built package exactly as in a user's editor.
 */
export function completionsAt(source: string): string[] {
  const { service, fileName, position } = serviceFor(source);
  return service.getCompletionsAtPosition(fileName, position, {})?.entries.map((entry) => entry.name) ?? [];
}

/** What the editor shows beside the completion `name` at `§`: its declaration and type. */
export function completionDetailAt(source: string, name: string): string {
  const { service, fileName, position } = serviceFor(source);
  const details = service.getCompletionEntryDetails(fileName, position, name, {}, undefined, undefined, undefined);
  return details === undefined ? '' : ts.displayPartsToString(details.displayParts);
}

/** The editor's errors for a snippet, each with its line (1-based) and its related notes. */
export function editorErrors(source: string): { line: number; message: string; related: string[] }[] {
  const { service, fileName, text } = serviceFor(source);
  return service.getSemanticDiagnostics(fileName).map((diagnostic) => ({
    line: text.slice(0, diagnostic.start ?? 0).split('\n').length,
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
    related: (diagnostic.relatedInformation ?? []).map((info) => ts.flattenDiagnosticMessageText(info.messageText, '\n')),
  }));
}

function serviceFor(source: string) {
  const fileName = fileURLToPath(new URL('../fixtures/completion-probe.ts', import.meta.url));
  const text = source.replace('§', '');
  const position = source.indexOf('§');
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
  return { service, fileName, position, text };
}
