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
  'sync.notWritten':
    '{count} changes could not be written to this machine’s sync copy ({detail}); they stay unsent.',
  'sync.rejectedRows':
    '{count} rows received from the server were not applied: they belong to another project, have the wrong form, or point outside their text.',
  'sync.serverTrouble': 'The sync server is unreachable or failing: {detail}',
  'sync.insecureUrl':
    '“{url}” is plain http to another machine: the password would travel unencrypted. Use https://, or http:// only to this computer (127.0.0.1 or localhost).',
  'sync.noKeychain':
    'This computer has no keychain to keep the sync password safely, so the project was not set up for sync.',
  'sync.needPassword':
    'Enter the password of “{user}” to sync this project (it is kept only until the app closes).',
  'sync.sharedTextLocked':
    'This project is shared: its document texts cannot be rewritten (normalizing would move other people’s codings).',
  'sync.openElsewhere':
    'Close this project in its other windows of this browser first (open in {count}): leaving deletes the local sync copy they write into too.',
} as const;
