import { writeFileSync } from 'node:fs';
import { auditJsonSchemaText } from '../audit/json-schema.js';

// Regenerates schema/audit.schema.json from the audit schema (npm run schema).
const target = new URL('../../schema/audit.schema.json', import.meta.url);
writeFileSync(target, auditJsonSchemaText());
process.stdout.write(`wrote ${target.pathname}\n`);
