'use strict';

// The extension's activation under fakes of `vscode` and `vscode-languageclient/node`.

const test = require('node:test');
const assert = require('node:assert/strict');
const client = require('../lib/client');

function fakes({ settings = {}, documents = [], folders = [{ uri: { fsPath: '/work/reports' } }], failStart = false } = {}) {
  const calls = { clients: [], notifications: [], languages: [], errors: [], commands: {}, listeners: {} };
  const values = { path: 'gouji', rules: {}, select: null, ignore: [], language: '', detectByContent: true, ...settings };
  class LanguageClient {
    constructor(id, name, serverOptions, clientOptions) {
      Object.assign(this, { id, name, serverOptions, clientOptions, started: false, stopped: false });
      calls.clients.push(this);
    }
    async start() { if (failStart) throw new Error('spawn gouji ENOENT'); this.started = true; }
    async stop() { this.stopped = true; }
    async sendNotification(method, params) { calls.notifications.push({ method, params }); }
  }
  const vscode = {
    window: {
      createOutputChannel: (name) => ({ name, lines: [], appendLine(line) { this.lines.push(line); }, show() {}, dispose() {} }),
      showErrorMessage: async (message) => { calls.errors.push(message); return undefined; },
    },
    workspace: {
      workspaceFolders: folders,
      textDocuments: documents,
      getConfiguration: (section) => {
        assert.equal(section, 'gouji');
        return { get: (key, fallback) => (key in values ? values[key] : fallback) };
      },
      onDidOpenTextDocument: (listener) => { calls.listeners.open = listener; return { dispose() {} }; },
      onDidChangeConfiguration: (listener) => { calls.listeners.configuration = listener; return { dispose() {} }; },
    },
    languages: { setTextDocumentLanguage: async (document, id) => { calls.languages.push([document.fileName, id]); } },
    commands: {
      registerCommand: (id, handler) => { calls.commands[id] = handler; return { dispose() {} }; },
      executeCommand: async () => {},
    },
    Uri: { parse: (s) => ({ toString: () => s }) },
  };
  const languageclient = { LanguageClient, TransportKind: { stdio: 0, ipc: 1 } };
  return { vscode, languageclient, calls, values };
}

const textDocument = (fileName, languageId, text) => {
  const lines = text.split('\n');
  return { fileName, languageId, lineCount: lines.length, lineAt: (i) => ({ text: lines[i] }) };
};

test('activation starts `gouji lsp` over stdio for report documents', async () => {
  const { vscode, languageclient, calls } = fakes({ settings: { path: '${workspaceFolder}/.build/release/gouji', rules: { GJ305: 'off' } } });
  const context = { subscriptions: [] };
  await client.activate(context, { vscode, languageclient });
  assert.equal(calls.clients.length, 1);
  const c = calls.clients[0];
  assert.equal(c.id, 'gouji', 'the id makes vscode-languageclient read gouji.trace.server');
  assert.ok(c.started);
  assert.deepEqual(c.serverOptions.run, { command: '/work/reports/.build/release/gouji', args: ['lsp'], transport: 0 });
  assert.deepEqual(c.clientOptions.documentSelector.map((s) => s.language), ['gouji-report', 'gouji-report']);
  assert.deepEqual(c.clientOptions.initializationOptions, { rules: { GJ305: 'off' } });
  assert.ok(context.subscriptions.length >= 5);
  assert.ok(calls.commands['gouji.restartServer'] && calls.commands['gouji.showOutput']);
});

test('workspace/configuration answers carry only what the server reads', async () => {
  const { vscode, languageclient, calls } = fakes({ settings: { language: 'en', ignore: ['GJ5'] } });
  await client.activate({ subscriptions: [] }, { vscode, languageclient });
  const middleware = calls.clients[0].clientOptions.middleware.workspace.configuration;
  const everything = { path: 'gouji', trace: { server: 'off' }, detectByContent: true, language: 'en', ignore: ['GJ5'] };
  const answers = await middleware({ items: [{ section: 'gouji' }, { section: 'editor' }] }, undefined, async () => [everything, { tabSize: 4 }]);
  assert.deepEqual(answers, [{ language: 'en', ignore: ['GJ5'] }, { tabSize: 4 }]);
});

test('a changed setting is sent to the running server; a changed path restarts it', async () => {
  const { vscode, languageclient, calls, values } = fakes();
  await client.activate({ subscriptions: [] }, { vscode, languageclient });
  values.rules = { GJ310: 'warning' };
  await calls.listeners.configuration({ affectsConfiguration: (key) => key === 'gouji' || key === 'gouji.rules' });
  assert.deepEqual(calls.notifications, [{ method: 'workspace/didChangeConfiguration', params: { settings: { gouji: { rules: { GJ310: 'warning' } } } } }]);
  assert.equal(calls.clients.length, 1);
  values.path = '/opt/gouji';
  await calls.listeners.configuration({ affectsConfiguration: (key) => key === 'gouji' || key === 'gouji.path' });
  assert.equal(calls.clients.length, 2);
  assert.ok(calls.clients[0].stopped);
  assert.equal(calls.clients[1].serverOptions.run.command, '/opt/gouji');
  await calls.listeners.configuration({ affectsConfiguration: (key) => key === 'editor.fontSize' });
  assert.equal(calls.notifications.length, 1, 'other sections are not gouji business');
});

test('plain-text reports become reports when opened, and already open ones at activation', async () => {
  const open = textDocument('/r/001_787e7c90b6bc98b9.txt', 'plaintext', '\n\n金凤区科学技术局\n\n2020年政府信息公开工作年度报告\n');
  const { vscode, languageclient, calls, values } = fakes({ documents: [open] });
  await client.activate({ subscriptions: [] }, { vscode, languageclient });
  assert.deepEqual(calls.languages, [['/r/001_787e7c90b6bc98b9.txt', 'gouji-report']]);
  calls.listeners.open(textDocument('/r/notes.txt', 'plaintext', '会议记录'));
  calls.listeners.open(textDocument('/r/report.md', 'markdown', '2020年政府信息公开工作年度报告'));
  assert.equal(calls.languages.length, 1);
  values.detectByContent = false;
  calls.listeners.open(textDocument('/r/002.txt', 'plaintext', '2021年政府信息公开工作年度报告'));
  assert.equal(calls.languages.length, 1, 'gouji.detectByContent: false turns it off');
});

test('a server that cannot start is reported with what to do', async () => {
  const { vscode, languageclient, calls } = fakes({ failStart: true });
  await client.activate({ subscriptions: [] }, { vscode, languageclient });
  assert.equal(calls.errors.length, 1);
  assert.match(calls.errors[0], /gouji\.path/);
  assert.match(calls.errors[0], /ENOENT/);
});

test('deactivation stops the client', async () => {
  const { vscode, languageclient, calls } = fakes();
  const handle = await client.activate({ subscriptions: [] }, { vscode, languageclient });
  await client.deactivate(handle);
  assert.ok(calls.clients[0].stopped);
});

test('extension.js only wires the real modules to lib/client.js', () => {
  const source = require('fs').readFileSync(require('path').join(__dirname, '..', 'extension.js'), 'utf8');
  assert.match(source, /require\('vscode'\)/);
  assert.match(source, /require\('vscode-languageclient\/node'\)/);
  assert.match(source, /client\.activate\(context, \{ vscode, languageclient \}\)/);
});
