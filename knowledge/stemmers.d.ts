// @orama/stemmers publishes one stemmer per language as a subpath export ("exports"), which
// this project's `moduleResolution: node` does not read; these declare the two we use.
declare module '@orama/stemmers/english' {
  export function stemmer(word: string): string;
  export const language: string;
}
declare module '@orama/stemmers/swedish' {
  export function stemmer(word: string): string;
  export const language: string;
}
