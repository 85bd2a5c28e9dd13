import {
  createPrompt,
  isBackspaceKey,
  isEnterKey,
  makeTheme,
  type Status,
  useEffect,
  useKeypress,
  usePrefix,
  useState,
} from '@inquirer/core';
import chalk from 'chalk';

export interface MultilineConfig {
  message: string;
  /** Shown dim under the question: how to ask it well. */
  guidance?: string;
  /** Text already given (a resumed draft or a revision); it is editable. */
  default?: string;
  required?: boolean;
  /** Called with the whole text on every key, so an interrupted answer can still be kept. */
  onChange?: (text: string) => void;
}

const GUTTER = chalk.dim('  │ ');

/**
 * A multi-line answer: Enter starts a new line, Enter on an empty line finishes, Backspace on
 * an empty line returns to the line above. Clients talk in paragraphs; a one-line input would
 * push interviewers into shorthand.
 */
export const multiline = createPrompt<string, MultilineConfig>((config, done) => {
  const theme = makeTheme();
  const [status, setStatus] = useState<Status>('idle');
  const [lines, setLines] = useState<string[]>([]);
  const [current, setCurrent] = useState('');
  const [error, setError] = useState<string | undefined>();
  const prefix = usePrefix({ status, theme });

  useEffect((rl) => {
    const initial = (config.default ?? '').replace(/\s+$/, '');
    if (!initial) return;
    const all = initial.split('\n');
    const last = all.pop() ?? '';
    setLines(all);
    rl.write(last);
    setCurrent(last);
  }, []);

  const textOf = (done: string[], line: string) => [...done, line].join('\n').replace(/\s+$/, '');

  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    if (isEnterKey(key)) {
      // readline has already cleared its line when Enter arrives; `current` holds what was typed.
      if (current.trim() === '') {
        const text = textOf(lines, '');
        if (config.required && text === '') {
          setError("Please write the client's answer (or a note such as “declined to answer”).");
          return;
        }
        setStatus('done');
        done(text);
        return;
      }
      const next = [...lines, current];
      setLines(next);
      setCurrent('');
      setError(undefined);
      config.onChange?.(textOf(next, ''));
      return;
    }
    if (isBackspaceKey(key) && current === '' && rl.line === '' && lines.length > 0) {
      const previous = lines[lines.length - 1] ?? '';
      setLines(lines.slice(0, -1));
      rl.write(previous);
      setCurrent(previous);
      return;
    }
    setCurrent(rl.line);
    setError(undefined);
    config.onChange?.(textOf(lines, rl.line));
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') {
    const text = textOf(lines, '');
    const first = text.split('\n')[0] ?? '';
    const more = text.includes('\n') ? chalk.dim(` (+${text.split('\n').length - 1} more lines)`) : '';
    return `${prefix} ${message} ${text ? theme.style.answer(first.length > 50 ? `${first.slice(0, 47)}...` : first) : chalk.dim('(none)')}${more}`;
  }
  const guidance = config.guidance
    ? `\n${config.guidance
        .trim()
        .split('\n')
        .map((l) => chalk.dim(`  ${l}`))
        .join('\n')}`
    : '';
  const body = [...lines, current].map((l) => GUTTER + l).join('\n');
  const help = chalk.dim('  Enter: new line · Enter on an empty line: done · Ctrl-C: keep a draft and stop');
  return [
    `${prefix} ${message}${guidance}\n${body}`,
    [error ? theme.style.error(error) : '', help].filter(Boolean).join('\n'),
  ];
});
