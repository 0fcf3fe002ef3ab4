/** Descriptions of the OpenID Connect scopes and of Auth0 Management API scopes. */

export const openIdScopes: Record<string, string> = {
  openid: 'OpenID Connect: asks for an ID token (and lets the access token call /userinfo).',
  profile: 'OpenID Connect: name, nickname, picture and the other profile claims.',
  email: 'OpenID Connect: email and email_verified.',
  address: 'OpenID Connect: the address claim.',
  phone: 'OpenID Connect: phone_number and phone_number_verified.',
  offline_access:
    'Asks for a refresh token. Auth0 issues one only when the API allows offline access and the app has the Refresh Token grant.',
};

/** Management API (https://TENANT/api/v2/) scopes; the *:current_user* ones act on the user the token belongs to. */
export const managementApiScopes: Record<string, string> = {
  'read:current_user': 'Management API: read the profile of the user this token belongs to.',
  'update:current_user_metadata': 'Management API: change the user_metadata of the current user.',
  'delete:current_user_metadata': 'Management API: delete fields of the current user’s user_metadata.',
  'create:current_user_metadata': 'Management API: add fields to the current user’s user_metadata.',
  'create:current_user_device_credentials': 'Management API: register a device credential for the current user.',
  'delete:current_user_device_credentials': 'Management API: remove a device credential of the current user.',
  'update:current_user_identities': 'Management API: link or unlink identities of the current user.',
  'read:current_user_metadata': 'Management API: read the current user’s user_metadata.',
  'read:users': 'Management API: list, search and read users.',
  'create:users': 'Management API: create users.',
  'update:users': 'Management API: update users (not their app_metadata).',
  'delete:users': 'Management API: delete users.',
  'read:users_app_metadata': 'Management API: read users’ app_metadata.',
  'update:users_app_metadata': 'Management API: change users’ app_metadata.',
  'create:users_app_metadata': 'Management API: add to users’ app_metadata.',
  'delete:users_app_metadata': 'Management API: delete from users’ app_metadata.',
  'read:user_idp_tokens': 'Management API: read identity-provider access tokens stored on users.',
  'read:clients': 'Management API: read applications.',
  'create:clients': 'Management API: create applications.',
  'update:clients': 'Management API: update applications.',
  'delete:clients': 'Management API: delete applications.',
  'read:client_keys': 'Management API: read applications’ secrets and keys.',
  'read:client_grants': 'Management API: read which applications may call which APIs.',
  'create:client_grants': 'Management API: authorize applications for APIs.',
  'read:connections': 'Management API: read connections.',
  'update:connections': 'Management API: update connections.',
  'read:resource_servers': 'Management API: read APIs.',
  'create:resource_servers': 'Management API: create APIs.',
  'read:roles': 'Management API: read roles.',
  'create:roles': 'Management API: create roles.',
  'read:logs': 'Management API: read tenant logs.',
  'read:stats': 'Management API: read tenant statistics.',
  'read:tenant_settings': 'Management API: read tenant settings.',
  'update:tenant_settings': 'Management API: change tenant settings.',
  'read:organizations': 'Management API: read organizations.',
  'create:organizations': 'Management API: create organizations.',
  'read:grants': 'Management API: read users’ consent grants.',
  'delete:grants': 'Management API: revoke users’ consent grants.',
  'read:actions': 'Management API: read Actions.',
};

export const scopeFallbacks = {
  managementApi: (verb: string, resource: string) => `Management API: ${verb} ${resource.replaceAll('_', ' ')}.`,
  apiPermission: () => 'A permission defined by your API (Dashboard > Applications > APIs > your API > Permissions).',
};
