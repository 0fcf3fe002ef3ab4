import { readWebMessage, type Callback } from '../../lib/authorize/callback';
import type { DemoController } from '../../state/demo.svelte';

/**
 * Silent authentication against the in-page demo tenant, which no frame can load: the demo's web_message page is
 * fetched as a frame would load it, and the message it would post is read from it. The page carries the message
 * only for an Allowed Web Origin, exactly as the real one posts only to one; otherwise there is nothing to read.
 */
export async function demoSilent(demo: DemoController, url: string): Promise<Callback | undefined> {
  const page = await demo.navigate('GET', url);
  if (page.status === 302) {
    // An error the tenant could not send as a message goes to the redirect URI, where no frame listens.
    return undefined;
  }
  const data = /<script type="application\/json" id="authorization-response">([^<]{0,65536})<\/script>/.exec(
    page.body,
  )?.[1];
  if (data === undefined) return undefined;
  try {
    return readWebMessage(JSON.parse(data));
  } catch {
    return undefined;
  }
}
