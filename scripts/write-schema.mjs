// Writes dist/schema.json from the compiled schema description; part of `npm run build`, after tsc.
import { writeFileSync } from 'node:fs';
import { sessionConfigJsonSchemaText } from '../dist/internal/json-schema.js';

writeFileSync(new URL('../dist/schema.json', import.meta.url), sessionConfigJsonSchemaText());
