/** The shell's words in the other languages, made at build time (vite.config.ts, src/shell.ts). */
declare module 'virtual:shell-translations' {
  const translations: readonly unknown[];
  export default translations;
}
