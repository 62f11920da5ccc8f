'use strict';

// The extension's behaviour, with `vscode` and `vscode-languageclient/node` passed in (so the tests run it
// under `node --test` with fakes of both).

const { serverSettings } = require('./settings');
const { resolveExecutable, serverOptions } = require('./server');
const { LANGUAGE_ID, TITLE_LINES, shouldBeReport } = require('./detect');

const CLIENT_ID = 'gouji';
const CLIENT_NAME = 'gouji 勾稽';

/** Settings that need a new server process when they change. */
const RESTART_SETTINGS = ['gouji.path'];

/** The first lines of a document, for content detection. */
function firstLines(document) {
  const count = Math.min(document.lineCount, TITLE_LINES);
  const lines = [];
  for (let i = 0; i < count; i += 1) lines.push(document.lineAt(i).text);
  return lines.join('\n');
}

/** The client options: which documents, which settings, and settings filtered on their way to the server. */
function clientOptions(vscode, outputChannel) {
  const section = (scopeUri) => vscode.workspace.getConfiguration('gouji', scopeUri ? vscode.Uri.parse(scopeUri) : undefined);
  return {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    initializationOptions: serverSettings(section()),
    outputChannel,
    middleware: {
      workspace: {
        // VS Code would answer with the whole `gouji` section (path, trace, …): send what the server reads.
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) return answers;
          return params.items.map((item, i) => (item.section === 'gouji' ? serverSettings(section(item.scopeUri)) : answers[i]));
        },
      },
    },
  };
}

/**
 * Activates the extension. `vscode` is the editor API, `languageclient` the module
 * `vscode-languageclient/node`. Returns the handle the tests inspect.
 */
async function activate(context, { vscode, languageclient }) {
  const outputChannel = vscode.window.createOutputChannel(CLIENT_NAME);
  context.subscriptions.push(outputChannel);
  const state = { client: undefined, starting: undefined };

  const folder = () => {
    const folders = vscode.workspace.workspaceFolders;
    return folders && folders.length > 0 ? folders[0].uri.fsPath : undefined;
  };

  const makeClient = () => {
    const configuration = vscode.workspace.getConfiguration('gouji');
    const executable = resolveExecutable(configuration.get('path'), { workspaceFolder: folder() });
    outputChannel.appendLine(`Starting ${executable} lsp`);
    return new languageclient.LanguageClient(
      CLIENT_ID,
      CLIENT_NAME,
      serverOptions(executable, languageclient.TransportKind.stdio),
      clientOptions(vscode, outputChannel),
    );
  };

  const start = async () => {
    try {
      state.client = makeClient();
      await state.client.start();
    } catch (error) {
      const message = `gouji: could not start the language server (${error && error.message ? error.message : error}). ` +
        'Build it with `swift build -c release` and set "gouji.path", or put gouji on PATH.';
      outputChannel.appendLine(message);
      vscode.window.showErrorMessage(message, 'Open Settings').then((choice) => {
        if (choice === 'Open Settings') vscode.commands.executeCommand('workbench.action.openSettings', 'gouji.path');
      });
    }
  };

  const stop = async () => {
    const client = state.client;
    state.client = undefined;
    if (client) await client.stop();
  };

  const restart = async () => {
    await stop();
    await start();
  };

  // Reports by content: plain-text files whose first lines name a report become reports.
  const detect = (document) => {
    if (!vscode.workspace.getConfiguration('gouji').get('detectByContent', true)) return;
    const candidate = { fileName: document.fileName, languageId: document.languageId, firstLines: firstLines(document) };
    if (shouldBeReport(candidate)) {
      vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    }
  };

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(detect),
    vscode.commands.registerCommand('gouji.restartServer', restart),
    vscode.commands.registerCommand('gouji.showOutput', () => outputChannel.show(true)),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('gouji')) return;
      if (RESTART_SETTINGS.some((key) => event.affectsConfiguration(key))) {
        await restart();
        return;
      }
      // The server takes new settings from the notification (and asks again with workspace/configuration).
      if (state.client) {
        await state.client.sendNotification('workspace/didChangeConfiguration', {
          settings: { gouji: serverSettings(vscode.workspace.getConfiguration('gouji')) },
        });
      }
    }),
    { dispose: () => { stop(); } },
  );
  vscode.workspace.textDocuments.forEach(detect);
  await start();
  return { state, restart, detect };
}

async function deactivate(handle) {
  if (handle && handle.state && handle.state.client) {
    const client = handle.state.client;
    handle.state.client = undefined;
    await client.stop();
  }
}

module.exports = { CLIENT_ID, CLIENT_NAME, RESTART_SETTINGS, activate, deactivate, clientOptions, firstLines };
