import { confirm } from '@inquirer/prompts';

/** A yes/no question at the terminal; callers check that there is one first. */
export async function promptConfirm(message: string, defaultAnswer = true): Promise<boolean> {
  return confirm({ message, default: defaultAnswer });
}
