import { z } from 'zod';
import { auditSchema } from './schema.js';

/** The JSON Schema that editors use (yaml-language-server), derived from the one audit schema. */
export function auditJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(auditSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    ...generated,
    $id: 'https://recover.local/schema/audit.schema.json',
    title: 'recover audit',
  };
}

export function auditJsonSchemaText(): string {
  return `${JSON.stringify(auditJsonSchema(), null, 2)}\n`;
}
