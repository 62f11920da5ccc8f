'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const { resolveExecutable, serverOptions, SERVER_ARGUMENTS } = require('../lib/server');

const folder = '/work/reports';

test('no setting: gouji from PATH', () => {
  assert.equal(resolveExecutable(undefined), 'gouji');
  assert.equal(resolveExecutable('  '), 'gouji');
});

test('a bare name is looked up on PATH', () => {
  assert.equal(resolveExecutable('gouji-nightly', { workspaceFolder: folder }), 'gouji-nightly');
});

test('absolute, home and workspace paths', () => {
  assert.equal(resolveExecutable('/usr/local/bin/gouji', { workspaceFolder: folder }), '/usr/local/bin/gouji');
  assert.equal(resolveExecutable('~/bin/gouji', { home: '/home/lin' }), path.join('/home/lin', 'bin/gouji'));
  assert.equal(resolveExecutable('${workspaceFolder}/.build/release/gouji', { workspaceFolder: folder }), '/work/reports/.build/release/gouji');
  assert.equal(resolveExecutable('.build/release/gouji', { workspaceFolder: folder }), '/work/reports/.build/release/gouji');
});

test('${workspaceFolder} without a folder is an error that says so', () => {
  assert.throws(() => resolveExecutable('${workspaceFolder}/gouji', {}), /no folder is open/);
});

test('the server runs as `gouji lsp` over stdio, for run and debug alike', () => {
  const options = serverOptions('/opt/gouji', 0);
  assert.deepEqual(options.run, { command: '/opt/gouji', args: ['lsp'], transport: 0 });
  assert.deepEqual(options.debug, options.run);
  assert.deepEqual(SERVER_ARGUMENTS, ['lsp']);
  options.run.args.push('x');
  assert.deepEqual(options.debug.args, ['lsp'], 'run and debug do not share an array');
});
