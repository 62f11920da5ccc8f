'use strict';

// How the extension starts `gouji lsp`: which executable, with which arguments.

const path = require('path');
const os = require('os');

const DEFAULT_EXECUTABLE = 'gouji';
const SERVER_ARGUMENTS = ['lsp'];

/**
 * The executable the `gouji.path` setting names.
 *
 * - empty or unset: `gouji`, found on PATH;
 * - `~` or `~/…`: in the home folder;
 * - `${workspaceFolder}/…`: in the first workspace folder;
 * - a relative path with a slash (`.build/release/gouji`): relative to the first workspace folder;
 * - a bare name (`gouji-nightly`): found on PATH.
 */
function resolveExecutable(setting, { workspaceFolder, home = os.homedir() } = {}) {
  let value = typeof setting === 'string' ? setting.trim() : '';
  if (value === '') return DEFAULT_EXECUTABLE;
  if (value === '~' || value.startsWith('~/')) value = path.join(home, value.slice(1));
  if (value.includes('${workspaceFolder}')) {
    if (!workspaceFolder) throw new Error(`gouji.path uses \${workspaceFolder} but no folder is open: ${setting}`);
    value = value.split('${workspaceFolder}').join(workspaceFolder);
  }
  if (!path.isAbsolute(value) && value.includes('/') && workspaceFolder) {
    value = path.join(workspaceFolder, value);
  }
  return value;
}

/**
 * vscode-languageclient's ServerOptions: the same command to run and to debug, over stdio.
 * `transportStdio` is `TransportKind.stdio` of the languageclient module (0), injected so this stays
 * free of it.
 */
function serverOptions(executable, transportStdio = 0) {
  const command = { command: executable, args: SERVER_ARGUMENTS.slice(), transport: transportStdio };
  return { run: command, debug: { ...command, args: SERVER_ARGUMENTS.slice() } };
}

module.exports = { DEFAULT_EXECUTABLE, SERVER_ARGUMENTS, resolveExecutable, serverOptions };
