'use strict';

// Entry point: hands the real `vscode` and `vscode-languageclient/node` modules to lib/client.js.

const vscode = require('vscode');
const languageclient = require('vscode-languageclient/node');
const client = require('./lib/client');

let handle;

async function activate(context) {
  handle = await client.activate(context, { vscode, languageclient });
}

function deactivate() {
  return client.deactivate(handle);
}

module.exports = { activate, deactivate };
