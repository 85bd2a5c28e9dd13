/**
 * What the interview needs from a terminal. The engine only talks to this interface; the
 * inquirer adapter is the one implementation a person sees, and tests script their own.
 */
export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
  checked?: boolean;
}

export interface Prompter {
  /** Prints information between questions (guidance, warnings, suggested themes). */
  say(text: string): void;
  text(options: {
    message: string;
    default?: string;
    required?: boolean;
    validate?: (value: string) => true | string;
  }): Promise<string>;
  longText(options: {
    message: string;
    guidance?: string;
    default?: string;
    required?: boolean;
    onChange?: (text: string) => void;
  }): Promise<string>;
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
  select<T>(options: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  checkbox<T>(options: { message: string; choices: Choice<T>[] }): Promise<T[]>;
}
