/**
 * The delegated Microsoft Graph permissions the emulator knows, and which of them allow each kind
 * of operation. A higher permission implies the lower ones, as in Entra ID (ReadWrite covers Read,
 * Manage covers ReadWrite for sites, FullControl covers all).
 */
export const KNOWN_SCOPES = [
  'User.Read',
  'User.ReadBasic.All',
  'User.Read.All',
  'Sites.Read.All',
  'Sites.ReadWrite.All',
  'Sites.Manage.All',
  'Sites.FullControl.All',
  'Sites.Selected',
  'Calendars.Read',
  'Calendars.ReadWrite',
  'Mail.Read',
  'Mail.ReadWrite',
  'Mail.Send',
  'Files.Read',
  'Files.Read.All',
  'Files.ReadWrite',
  'Files.ReadWrite.All',
  'offline_access',
  'openid',
  'profile',
  'email',
] as const;

export type Scope = (typeof KNOWN_SCOPES)[number];

export const SCOPES = {
  userRead: ['User.Read', 'User.ReadBasic.All', 'User.Read.All'],
  usersRead: ['User.ReadBasic.All', 'User.Read.All'],
  sitesRead: ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All', 'Sites.Selected'],
  sitesWrite: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All', 'Sites.Selected'],
  sitesManage: ['Sites.Manage.All', 'Sites.FullControl.All'],
  calendarsRead: ['Calendars.Read', 'Calendars.ReadWrite'],
  calendarsWrite: ['Calendars.ReadWrite'],
  mailRead: ['Mail.Read', 'Mail.ReadWrite'],
  mailWrite: ['Mail.ReadWrite'],
  mailSend: ['Mail.Send'],
  filesRead: [
    'Files.Read',
    'Files.Read.All',
    'Files.ReadWrite',
    'Files.ReadWrite.All',
    'Sites.Read.All',
    'Sites.ReadWrite.All',
    'Sites.Manage.All',
    'Sites.FullControl.All',
  ],
  filesWrite: [
    'Files.ReadWrite',
    'Files.ReadWrite.All',
    'Sites.ReadWrite.All',
    'Sites.Manage.All',
    'Sites.FullControl.All',
  ],
} as const satisfies Record<string, readonly Scope[]>;

export function isKnownScope(value: string): value is Scope {
  return (KNOWN_SCOPES as readonly string[]).includes(value);
}

/** Accepts `Sites.Read.All` and the resource-qualified `https://graph.microsoft.com/Sites.Read.All`. */
export function normaliseScope(value: string): string {
  return value.replace(/^https:\/\/graph\.microsoft\.com\//i, '').replace(/^\.default$/, '.default');
}
