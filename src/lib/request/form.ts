import type { Tenant } from '../tenant/domain';
import { fieldNames, type FieldName } from './fields';
import { findGrant, grantFields, type GrantDefinition } from './grants';

export const clientAuthMethods = ['client_secret_post', 'client_secret_basic', 'none', 'private_key_jwt'] as const;
export type ClientAuth = (typeof clientAuthMethods)[number];
export const bodyEncodings = ['json', 'form'] as const;
export type BodyEncoding = (typeof bodyEncodings)[number];

/** What the request form holds, as typed. */
export interface RequestForm {
  domain: string;
  grantType: string;
  clientAuth: ClientAuth;
  encoding: BodyEncoding;
  fields: Record<FieldName, string>;
  /** Extra parameters, one name=value per line. */
  extras: string;
}

/** A request that passed validation: everything needed to build the HTTP request and the curl. */
export interface TokenRequest {
  tenant: Tenant;
  grant: GrantDefinition;
  clientAuth: ClientAuth;
  encoding: BodyEncoding;
  /** Non-empty parameters in the order they are sent, client credentials first. */
  params: [FieldName, string][];
  extras: [string, string][];
}

export type IssueField = FieldName | 'domain' | 'grant_type' | 'extras' | 'client_auth';

export interface FormIssue {
  field: IssueField;
  message: string;
}

export const emptyFields = (): Record<FieldName, string> =>
  Object.fromEntries(fieldNames.map((name) => [name, ''])) as Record<FieldName, string>;

export function emptyForm(): RequestForm {
  return {
    domain: '',
    grantType: 'password',
    clientAuth: 'client_secret_post',
    encoding: 'json',
    fields: emptyFields(),
    extras: '',
  };
}

/** The fields the form shows for its grant and client authentication, in the order they are sent. */
export function visibleFields(form: Pick<RequestForm, 'grantType' | 'clientAuth'>): FieldName[] {
  const grant = findGrant(form.grantType);
  const client: FieldName[] =
    form.clientAuth === 'none'
      ? ['client_id']
      : form.clientAuth === 'private_key_jwt'
        ? ['client_id', 'client_assertion']
        : ['client_id', 'client_secret'];
  return grant ? [...client, ...grantFields(grant)] : client;
}

/** A parameter of a validated request, by its wire name. */
export function requestParam(request: TokenRequest | undefined, name: FieldName): string | undefined {
  return request?.params.find(([field]) => field === name)?.[1];
}
