import { invitedOtherAccount, type Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { app, docs, organizationsPath, said } from './paths';

const appOrganizations = [...app, 'Organizations'];

/** Organizations. */
export const organizationTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.organization-required': () => ({
    title: 'This application requires an organization',
    cause:
      'The application’s Login Experience is set to business users only, so every login must name an organization.',
    fix: [
      'Send organization=<org id or name> with the login (or let Universal Login prompt for it).',
      'Or allow individual users: Applications > Applications > your app > Organizations > Type of Users: Both.',
    ],
    breadcrumb: [...appOrganizations, 'Type of Users'],
    docs: docs.orgLogin,
  }),
  'auth0.organization-connection': () => ({
    title: 'This connection is not enabled for the organization',
    cause:
      'Members of an organization can log in only through connections enabled on it, and the user’s connection is not one.',
    fix: [
      'Organizations > your organization > Connections: enable the user’s connection (database, social or enterprise).',
    ],
    breadcrumb: [...organizationsPath, 'Connections'],
    docs: docs.orgLogin,
  }),
  'auth0.organization-not-member': () => ({
    title: 'The user is not a member of this organization',
    cause: 'Logging in to an organization needs membership, unless the connection adds members on login.',
    fix: [
      'Organizations > your organization > Members: add the user (or invite them).',
      'Or turn on Auto-Membership for the connection under Organizations > your organization > Connections.',
    ],
    breadcrumb: [...organizationsPath, 'Members'],
    docs: docs.organizations,
  }),
  'auth0.organization-names-disabled': () => ({
    title: 'Organization names are not accepted here',
    cause: 'The tenant takes only organization ids (org_…) in the organization parameter.',
    fix: [
      'Send the organization’s id (Organizations > your organization shows it).',
      'Or allow names: Settings > Advanced > Allow Organization Names in Authentication API.',
    ],
    breadcrumb: ['Settings', 'Advanced', 'Allow Organization Names in Authentication API'],
    docs: docs.orgLogin,
  }),
  'auth0.organization-invalid': (f) => ({
    title: 'No such organization, or a malformed one',
    cause: `The organization parameter names no organization of this tenant (or one this application may not use), or is not a valid id or name (lower case, digits, - and _, 1 to 50 characters).${said(f)}`,
    fix: [
      'Organizations: copy the organization’s id (org_…) or name exactly.',
      'Check the application is allowed: Applications > Applications > your app > Organizations.',
    ],
    breadcrumb: ['Organizations'],
    docs: docs.orgLogin,
  }),
  'auth0.organization-app-settings': (f) => ({
    title: 'The application is not set up for organizations',
    cause: `Organizations must be allowed on the application (Type of Users: Business Users or Both), and are for first-party applications (and strict third-party ones).${said(f)}`,
    fix: [
      'Applications > Applications > your app > Organizations: set Type of Users to Business Users or Both, and Save.',
    ],
    breadcrumb: [...appOrganizations, 'Type of Users'],
    docs: docs.organizations,
  }),
  'auth0.organization-invitation': (f) => ({
    title: invitedOtherAccount(f)
      ? 'The invitation was accepted with another account than the one invited'
      : 'The organization invitation is invalid or expired',
    cause: `The invitation ticket expired (7 days by default), was used, belongs to another organization, or names roles that no longer exist.${said(f)}`,
    fix: [
      ...(invitedOtherAccount(f)
        ? [
            'Log in with exactly the invited email (log out of any other session first; with SAML or an enterprise connection, map the email the invitation names), then send a new invitation: the first one is spent.',
          ]
        : []),
      'Organizations > your organization > Invitations: revoke it and send a new invitation.',
    ],
    breadcrumb: [...organizationsPath, 'Invitations'],
    docs: docs.orgInvitations,
  }),
  'auth0.organization-member-limit': () => ({
    title: 'The organization is full',
    cause: 'The organization reached the member limit of the tenant’s plan.',
    fix: ['Remove members who no longer need access, or raise the plan’s limit.'],
    breadcrumb: [...organizationsPath, 'Members'],
    docs: docs.organizations,
  }),
  'auth0.organization-user-id-too-long': () => ({
    title: 'This user_id is too long for organizations',
    cause:
      'Organization membership stores the user_id, which may not exceed 1,024 characters (a custom database or connection produced a longer one).',
    fix: ['Make the connection (custom database script, enterprise mapping) return a shorter user_id.'],
    docs: docs.organizations,
  }),
  'auth0.organization': (f) => ({
    title: 'Organization problem',
    cause: `The request names an organization the user, the application or the API is not set up for.${said(f)}`,
    fix: [
      'Organizations > your organization: check the connection is enabled and the user is a member.',
      'Applications > Applications > your app > Organizations: check the application may use organizations.',
    ],
    breadcrumb: organizationsPath,
    docs: docs.organizations,
  }),
};
