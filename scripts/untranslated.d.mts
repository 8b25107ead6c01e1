export interface Untranslated {
  file: string;
  line: number;
  text: string;
}
export function untranslatedIn(file: string, source?: string): Untranslated[];
export function untranslated(files?: string[]): Untranslated[];
