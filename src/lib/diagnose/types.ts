import type { EndpointFact } from '../endpoint';
import type { Exchange } from '../exchange';
import type { TokenRequest } from '../request/form';
import type { ClaimCheck } from '../verify/claims';
import type { SignatureResult } from '../verify/verify';

export type Severity = 'error' | 'warning' | 'info' | 'success';

/** One finding about an exchange or a request: what happened, why, and how to fix it. */
export interface Diagnosis {
  /** Stable catalogue id; generic fallbacks start with `generic.`. */
  id: string;
  severity: Severity;
  title: string;
  cause: string;
  /** Numbered steps of the fix. */
  fix: string[];
  /** Where the switch is in the Auth0 Dashboard, e.g. ["Applications", "Applications", "your app", "Settings"]. */
  breadcrumb?: string[];
  docs?: string;
  /** What in the response or request led here. */
  evidence?: string;
  /** The endpoint that answered, and how the page knows: a diagnosis of an answer is scoped by it. */
  endpoint?: EndpointFact;
  /** For an answer no entry knows: the likeliest entries, best first, each with the setting it names. */
  suggestions?: Suggestion[];
}

/** A catalogue entry offered when the exact answer is not known. */
export interface Suggestion {
  id: string;
  title: string;
  breadcrumb?: string[];
}

/** What a diagnosis may draw on besides the exchange: the request when known, and this page's origin. */
export interface DiagnosisContext {
  exchange: Exchange;
  request?: TokenRequest;
  pageOrigin: string;
  /** Milliseconds since the epoch when the exchange was recorded: success-side time checks judge as of then. */
  now: number;
  /** Verifications the person asked for on the tokens of this exchange; their failures become findings too. */
  verifications?: { token: string; signature: SignatureResult; checks: ClaimCheck[] }[];
}
