// Sharing a project through a sync server (renderer/sync/, issue 14).

export const SYNC_ERRORS = {
  'sync.badUrl': '“{url}” is not a server address (it starts with http:// or https://).',
  'sync.unreachable': 'The server at {url} could not be reached: {detail}',
  'sync.signIn': 'The server did not accept the account “{user}” with this password.',
  'sync.notMember': 'The server refused “{user}”: this account is not a member of the project.',
  'sync.notShared': 'There is no shared Mazmun project at this address.',
  'sync.refused': 'The server refused: {detail}',
  'sync.badCredentialKey': 'A stored sync setting is named mazmun.sync.<project id>.',
  'sync.badCredentialValue': 'A stored sync setting is text of at most 4096 characters.',
} as const;
