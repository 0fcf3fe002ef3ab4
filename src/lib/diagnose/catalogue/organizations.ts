import type { CatalogueEntry } from './entry';

const errors = ['invalid_request', 'access_denied', 'unauthorized_client', 'invalid_grant'];

/** Organizations: membership, their connections, invitations, and the `organization` parameter. */
export const organizations: CatalogueEntry[] = [
  {
    id: 'auth0.organization-required',
    errors,
    descriptions: [/(?:parameter )?organization is required/i],
    weight: 1,
  },
  {
    id: 'auth0.organization-connection',
    errors,
    descriptions: [
      /connection .{0,200}not part of the .{0,200}organi[sz]ation/i,
      /connection is not enabled for (?:this|the) organi[sz]ation/i,
    ],
    weight: 2,
  },
  {
    id: 'auth0.organization-not-member',
    errors,
    descriptions: [
      /is not (?:a )?(?:part|member) of the .{0,200}organi[sz]ation/i,
      /does not belong to (?:any|the|this) organi[sz]ation/i,
    ],
    weight: 1,
  },
  {
    id: 'auth0.organization-names-disabled',
    errors,
    descriptions: [/organization must be an organization id$/i, /organization names? (?:are |is )?not allowed/i],
    weight: 2,
  },
  {
    id: 'auth0.organization-invalid',
    errors: [...errors, 'invalid_organization'],
    descriptions: [
      /parameter organization is invalid/i,
      /no organization found/i,
      /organization must be an organization id or name/i,
      /organization name must/i,
      /organization must only contain/i,
      /organization (?:not found|does not exist)/i,
      /organization you entered is invalid/i,
    ],
    weight: 1,
  },
  {
    id: 'auth0.organization-app-settings',
    errors,
    descriptions: [
      /organizations feature is not (?:enabled|supported)/i,
      /client is missing the organizations feature/i,
      /organizations? (?:are |is )?not (?:allowed|supported) for (?:this|the) (?:client|application)/i,
    ],
    weight: 1,
  },
  {
    id: 'auth0.organization-invitation',
    codes: ['invalid_user_invitation_ticket'],
    errors,
    descriptions: [/invitation/i],
    weight: 1,
  },
  {
    id: 'auth0.organization-member-limit',
    errors,
    descriptions: [/organization member limit/i, /quota exceeded.{0,60}organization/i],
    weight: 2,
  },
  {
    id: 'auth0.organization-user-id-too-long',
    errors,
    descriptions: [/user_id .{0,30}(?:longer|more) than \d+ characters/i],
    weight: 2,
  },
  {
    id: 'auth0.organization',
    errors,
    // Auth0's own phrasings (an org_ id, "the … organization", "parameter organization"), not any Organization.
    descriptions: [
      /\borg_[a-z0-9]{4,}/i,
      /\borgani[sz]ations? (?:feature|parameter|members?|membership|invitations?|connections?|name|id)\b/i,
      /\b(?:parameter|this|the|an|that) organi[sz]ation\b/i,
    ],
    weight: -1,
  },
];
