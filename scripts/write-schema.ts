// Writes dist/schema.json from the schema description; part of `npm run build`.
import { writeFileSync } from 'node:fs';
import { sessionConfigJsonSchemaText } from '../src/internal/json-schema.js';

writeFileSync(new URL('../dist/schema.json', import.meta.url), sessionConfigJsonSchemaText());
