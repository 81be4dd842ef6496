import { readFileSync } from 'node:fs';
import { InputError } from './input-error.ts';

/** Reads a JSON file, or standard input for `-`; a file that cannot be read or parsed is the user's to fix. */
export function readJsonInput(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new InputError(
      `${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file === '-' ? 'standard input' : file}: not valid JSON: ${(error as Error).message}`);
  }
}
