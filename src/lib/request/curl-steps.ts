/**
 * The steps before a token request that a curl may call: the page runs them in their own boxes (src/ui/flows), so
 * importing one sets the form to the grant the step leads to and hands the box what the curl sends.
 */
export type StepEndpoint = '/passwordless/start' | '/oauth/device/code' | '/bc-authorize' | '/oauth/revoke';

/** What a step's box takes from the curl (the rest of its parameters are the form's). */
export interface StepValues {
  connection?: 'email' | 'sms';
  /** The email address or phone number a passwordless code is sent to. */
  to?: string;
  send?: 'code' | 'link';
  /** CIBA: the user the login is for (the `sub` of an iss_sub login_hint), and the binding message. */
  userId?: string;
  binding?: string;
}

export interface StepImport {
  endpoint: StepEndpoint;
  values: StepValues;
}

/** The grant each step leads to at /oauth/token. */
export const stepGrants: Record<StepEndpoint, string> = {
  '/passwordless/start': 'http://auth0.com/oauth/grant-type/passwordless/otp',
  '/oauth/device/code': 'urn:ietf:params:oauth:grant-type:device_code',
  '/bc-authorize': 'urn:openid:params:grant-type:ciba',
  '/oauth/revoke': 'refresh_token',
};

export function stepEndpointOf(path: string): StepEndpoint | undefined {
  return Object.hasOwn(stepGrants, path) ? (path as StepEndpoint) : undefined;
}

export interface SplitStep {
  /** The form's parameters, as a token request of the step's grant would send them. */
  params: [string, string][];
  /** Scope and audience: the step sends the form's, whatever the grant shows. */
  scopeAudience: [string, string][];
  values: StepValues;
}

/** Sort a step's parameters: the box's own, the scope and audience it asks with, and the rest for the form. */
export function splitStep(endpoint: StepEndpoint, params: [string, string][]): SplitStep {
  const split: SplitStep = { params: [['grant_type', stepGrants[endpoint]]], scopeAudience: [], values: {} };
  for (const [name, value] of params) {
    if (name === 'scope' || name === 'audience') split.scopeAudience.push([name, value]);
    else if (endpoint === '/passwordless/start' && takePasswordless(split, name, value)) continue;
    else if (endpoint === '/bc-authorize' && name === 'login_hint') split.values.userId = userOfHint(value);
    else if (endpoint === '/bc-authorize' && name === 'binding_message') split.values.binding = value;
    else if (endpoint === '/oauth/revoke' && name === 'token') split.params.push(['refresh_token', value]);
    else split.params.push([name, value]);
  }
  return split;
}

function takePasswordless(split: SplitStep, name: string, value: string): boolean {
  if (name === 'connection' && (value === 'email' || value === 'sms')) split.values.connection = value;
  else if (name === 'email' || name === 'phone_number') {
    split.values.to = value;
    split.values.connection ??= name === 'email' ? 'email' : 'sms';
  } else if (name === 'send' && (value === 'code' || value === 'link')) split.values.send = value;
  else if (name === 'authParams') {
    // As JSON (`"authParams": {"scope": …}`, read as its JSON text) or as a form's `authParams[scope]=…`.
    for (const [key, inner] of Object.entries(jsonObject(value))) {
      if ((key === 'scope' || key === 'audience') && typeof inner === 'string') split.scopeAudience.push([key, inner]);
      // Nothing is lost: the rest go where the form's `authParams[key]=…` would (Extra parameters).
      else split.params.push([`authParams[${key}]`, typeof inner === 'string' ? inner : JSON.stringify(inner)]);
    }
  } else {
    const bracketed = /^authParams\[(scope|audience)\]$/.exec(name);
    if (!bracketed?.[1]) return false;
    split.scopeAudience.push([bracketed[1], value]);
  }
  return true;
}

/** An iss_sub login hint (`{"format":"iss_sub","iss":…,"sub":"auth0|…"}`) names its user by `sub`. */
function userOfHint(hint: string): string {
  const sub = jsonObject(hint).sub;
  return typeof sub === 'string' ? sub : hint;
}

function jsonObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
