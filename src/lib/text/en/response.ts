/** Messages of the paste-back route. */
export const responseMessages = {
  empty: () => 'Paste what curl printed: the JSON body, or the whole output of curl -i or curl -v.',
  curlError: (code: string, message: string) => `curl failed before any answer (error ${code}): ${message}`,
};
