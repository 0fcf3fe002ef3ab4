/**
 * Shell prompts as terminals print them: `$ `, `% `, `# `, `> `, `❯ `, `➜ `, `user@host:~$ `, zsh's
 * `user@host ~ % `, `[user@host dir]$ `, PowerShell's `PS C:\Users\dev> `, cmd's `C:\Users\dev>`. Every repetition
 * is bounded, so a line is read in time proportional to its first few hundred characters.
 */
const promptPattern =
  /^(?:PS [^>\n]{0,200}> ?|[A-Za-z]:\\[^>\n]{0,200}>|\[?[\w.-]{1,64}@[\w.-]{1,64}(?:[: ][^\n$#%]{0,200}?)?\]? ?[$#%] |[$%#❯➜λ>] ?)/;
const promptAlone =
  /^(?:PS [^>\n]{0,200}>|[A-Za-z]:\\[^>\n]{0,200}>|\[?[\w.-]{1,64}@[\w.-]{1,64}(?:[: ][^\n]{0,200}?)?\]? ?[$#%]|[$%❯➜λ])\s*$/;
/**
 * The start of a curl command (`curl`, `curl.exe`, PowerShell's `& curl.exe` and `$result = & curl.exe`), followed
 * by an option or a URL: "curl failed to verify…" and "cURL error 7" are messages, not commands.
 */
const curlStart =
  /^(?:\$\w{1,64} *= *)?(?:& *)?curl(?:\.exe)?[ \t]+(?:-|['"]|https?:\/\/|\$|<|\{|\\[ \t]*$|[\w.-]{1,253}\.[a-z]{2,63}(?:[/:]|\s|$))/;
/** A command substitution the curl runs in, as scripts keep its answer: `TOKEN=$(curl …)`, `export T=$(curl …)`. */
export const substitution = /^(?:(?:export |local |readonly )?[A-Za-z_]\w{0,63}=(?:\$\(|`)|\$\()[ \t]*/;
/** Only this much of a line is matched against the patterns above. */
const lineWindow = 512;

/**
 * At a line from `start` to `end`: the length of the prompt before a `curl` command that starts there (0 when the
 * line starts with `curl` itself), or undefined when no command starts on this line. With `alone`, whether the
 * line is a prompt and nothing else (the next prompt, after the output): then its length.
 */
export function promptBefore(
  text: string,
  start: number,
  end: number,
  { alone = false }: { alone?: boolean } = {},
): number | undefined {
  const line = text.slice(start, Math.min(end, start + lineWindow)).replace(/^[ \t\u00a0]+/, '');
  const indent = Math.min(end, start + lineWindow) - start - line.length;
  if (alone) return end - start <= lineWindow && promptAlone.test(line) ? end - start : undefined;
  if (curlStart.test(line)) return indent;
  const inside = substitution.exec(line);
  if (inside && curlStart.test(line.slice(inside[0].length))) return indent + inside[0].length;
  const prompt = promptPattern.exec(line);
  if (!prompt) return undefined;
  const rest = line.slice(prompt[0].length).replace(/^[ \t]+/, '');
  if (!curlStart.test(rest)) return undefined;
  return indent + (line.length - rest.length);
}
