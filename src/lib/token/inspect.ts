import { ok, type Result } from '../result';
import { displayValue, jsonType, prettyJson, safeHref, type JsonType } from '../format/values';
import type { ClaimOrigin } from '../text/claims';
import { decodeToken, type DecodedToken } from './decode';
import { claimValueNotes, explainClaim, explainHeader } from './explain';
import {
  readTokenInput,
  readTokenResponse,
  type FoundToken,
  type InputError,
  type TokenInput,
  type TokenSource,
} from './input';
import { lintToken, type Finding } from './lints';
import type { JsonObject, TokenResponse } from './schemas';
import { permissionList, scopeList, type ScopeItem, type ScopeList } from './scopes';
import { readClock, timeClaims, type Clock, type TimeReading, type Validity } from './times';

export type { TimeReading } from './times';

/** One row of the header or claims table, ready to render as text. */
export interface FieldRow {
  name: string;
  /** The value as text: strings as received, other JSON indented. */
  text: string;
  /** The JSON type of the value: strings render plainly, other scalars as literals, objects and arrays as code. */
  type: JsonType;
  /** A link target, only for http(s) URLs. */
  href?: string;
  explanation?: string;
  origin?: ClaimOrigin;
  notes: string[];
  /** A claim that holds a time (exp, iat…): its time and relative words are in the view's `times`, by name. */
  timed?: boolean;
  /** The scope or permissions claim, shown as its list (each scope once) rather than as text. */
  list?: boolean;
}

/** The static part of a token's view: everything that does not depend on the clock. */
export interface DecodedView {
  source: TokenSource;
  raw: string;
  decoded: DecodedToken;
  header: FieldRow[];
  headerJson: string;
  claims: FieldRow[];
  claimsJson: string;
  scopes?: ScopeList;
  permissions?: ScopeItem[];
}

/**
 * A token's view at one moment: the decoded view plus times, validity and findings. Its rows are the decoded view's
 * own (the same array), so a clock tick changes only `times` and what reads it.
 */
export interface TokenView extends DecodedView {
  times: ReadonlyMap<string, TimeReading>;
  validity?: { status: Validity; text: string };
  findings: Finding[];
}

/** Decode a token and prepare every row; do it once per input, not per clock tick. */
export function decodeView(found: FoundToken): DecodedView {
  const decoded = decodeToken(found.raw, found.source);
  const base = {
    source: found.source,
    raw: found.raw,
    decoded,
    header: [],
    headerJson: '',
    claims: [],
    claimsJson: '',
  };
  // A JWE, or a JWS whose later parts did not decode, still shows the header it has.
  const header = decoded.kind === 'jwe' || decoded.kind === 'malformed' ? decoded.header : undefined;
  if (header) return { ...base, header: headerRows(header), headerJson: prettyJson(header) };
  if (decoded.kind !== 'jws') return base;
  const scopes = scopeList(decoded.claims);
  const permissions = permissionList(decoded.claims);
  const isList = (name: string) => name === scopes?.claim || (name === 'permissions' && permissions !== undefined);
  return {
    ...base,
    header: headerRows(decoded.header),
    headerJson: prettyJson(decoded.header),
    claims: claimRows(decoded.claims).map((row) => (isList(row.name) ? { ...row, list: true } : row)),
    claimsJson: prettyJson(decoded.claims),
    scopes,
    permissions,
  };
}

/** Add what depends on the clock: relative times, validity, findings. */
export function viewAt(view: DecodedView, clock: Clock): TokenView {
  if (view.decoded.kind !== 'jws')
    return { ...view, times: new Map(), findings: lintToken(view.decoded, view.source, clock) };
  const reading = readClock(view.decoded.claims, clock);
  return {
    ...view,
    times: reading.times,
    validity: reading.validity,
    findings: lintToken(view.decoded, view.source, clock, reading),
  };
}

function headerRows(header: JsonObject): FieldRow[] {
  return Object.entries(header).map(([name, value]) => {
    const { text, valueText } = explainHeader(name, value);
    return { ...valueFields(value), name, explanation: text, notes: valueText ? [valueText] : [] };
  });
}

function claimRows(claims: JsonObject): FieldRow[] {
  return Object.entries(claims).map(([name, value]) => {
    const { origin, text } = explainClaim(name);
    const row = { ...valueFields(value), name, explanation: text, origin, notes: claimValueNotes(name, value) };
    return timeClaims.has(name) ? { ...row, timed: true } : row;
  });
}

function valueFields(value: unknown): Pick<FieldRow, 'text' | 'type' | 'href'> {
  return { text: displayValue(value), type: jsonType(value), href: safeHref(value) };
}

export interface DecoderResult {
  tokens: DecodedView[];
  note?: string;
  response?: TokenResponse;
}

/** The decoder's whole pipeline for one input: read what was pasted, decode every token in it. */
export function decodeInput(text: string): Result<DecoderResult, InputError> {
  return decodeAll(readTokenInput(text));
}

/** The tokens of a response body already parsed as JSON (a sent or pasted exchange), decoded without parsing it again. */
export function decodeResponse(json: unknown): Result<DecoderResult, InputError> {
  return decodeAll(readTokenResponse(json));
}

function decodeAll(input: Result<TokenInput, InputError>): Result<DecoderResult, InputError> {
  if (!input.ok) return input;
  const { tokens, note, response } = input.value;
  return ok({ tokens: tokens.map(decodeView), note, response });
}
