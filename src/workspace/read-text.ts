import { readFileSync } from 'node:fs';

/** Reads a text file, turning the usual failures into a reason a person understands. */
export function readText(file: string): { ok: true; text: string } | { ok: false; reason: string } {
  try {
    return { ok: true, text: readFileSync(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'this is a folder'
          : (error as Error).message;
    return { ok: false, reason };
  }
}
