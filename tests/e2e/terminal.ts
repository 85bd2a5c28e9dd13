import { stripVTControlCharacters } from 'node:util';
import { type IPty, spawn } from 'node-pty';
import { BIN } from './harness.js';

/**
 * A real pseudo-terminal running the built CLI, read the way a person reads the screen:
 * wait for a question to appear, then type.
 */
export class Terminal {
  private output = '';
  private mark = 0;
  private exit: Promise<number>;
  private readonly pty: IPty;

  constructor(args: string[], cwd: string, env: Record<string, string> = {}) {
    this.pty = spawn(process.execPath, [BIN, ...args], {
      name: 'xterm-256color',
      cols: 120,
      rows: 40,
      cwd,
      env: {
        ...(process.env as Record<string, string>),
        GIT_AUTHOR_NAME: 'Test Auditor',
        GIT_AUTHOR_EMAIL: 'auditor@example.com',
        GIT_COMMITTER_NAME: 'Test Auditor',
        GIT_COMMITTER_EMAIL: 'auditor@example.com',
        ...env,
      },
    });
    this.pty.onData((data) => {
      this.output += data;
    });
    this.exit = new Promise((resolve) => this.pty.onExit(({ exitCode }) => resolve(exitCode)));
  }

  /** Everything printed since the last answer, without colours and cursor moves. */
  get screen(): string {
    return stripVTControlCharacters(this.output.slice(this.mark));
  }

  get all(): string {
    return stripVTControlCharacters(this.output);
  }

  /** Waits until one of the patterns shows on screen; returns the index of the one that did. */
  async waitFor(...patterns: RegExp[]): Promise<number> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const found = patterns.findIndex((p) => p.test(this.screen));
      if (found >= 0) return found;
      if (Date.now() > deadline) {
        throw new Error(
          `Timed out waiting for ${patterns.join(' or ')}. Screen since last answer:\n${this.screen}`,
        );
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Waits for the question, then types the keys (\r is Enter). */
  async answer(question: RegExp, keys: string): Promise<void> {
    await this.waitFor(question);
    // Let the prompt finish drawing so the keys land in it.
    await new Promise((r) => setTimeout(r, 60));
    this.mark = this.output.length;
    this.pty.write(keys);
  }

  /** A multi-line answer: each line, then Enter on an empty line. */
  async paragraph(question: RegExp, lines: string[]): Promise<void> {
    await this.answer(question, '');
    for (const line of lines) {
      this.pty.write(`${line}\r`);
      await new Promise((r) => setTimeout(r, 30));
    }
    this.pty.write('\r');
  }

  write(keys: string): void {
    this.mark = this.output.length;
    this.pty.write(keys);
  }

  async exitCode(): Promise<number> {
    return this.exit;
  }
}

export const ENTER = '\r';
export const CTRL_C = '\x03';
export const DOWN = '\x1b[B';
