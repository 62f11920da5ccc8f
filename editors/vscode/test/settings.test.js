'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { serverSettings, SERVER_KEYS } = require('../lib/settings');

// A stand-in for vscode.WorkspaceConfiguration: get(key) over a plain object.
const configuration = (values) => ({ get: (key, fallback) => (key in values ? values[key] : fallback) });

test('only the settings the server reads are sent', () => {
  const settings = serverSettings(configuration({
    path: '/opt/gouji', trace: { server: 'verbose' }, detectByContent: true,
    rules: { GJ305: 'off' }, select: ['GJ3'], ignore: ['GJ5'], language: 'en',
  }));
  assert.deepEqual(settings, { rules: { GJ305: 'off' }, select: ['GJ3'], ignore: ['GJ5'], language: 'en' });
  assert.ok(Object.keys(settings).every((key) => SERVER_KEYS.includes(key)));
});

test('the township deadline is sent when set', () => {
  assert.deepEqual(serverSettings(configuration({ townshipDeadline: ' 03-31 ' })), { townshipDeadline: '03-31' });
  assert.deepEqual(serverSettings(configuration({ townshipDeadline: '' })), {});
});

test('defaults send nothing, so .gouji.json and the server decide', () => {
  assert.deepEqual(serverSettings(configuration({ rules: {}, select: null, ignore: [], language: '' })), {});
  assert.deepEqual(serverSettings(undefined), {});
});

test('rule severities are trimmed and lower-cased; false means off; other values are dropped', () => {
  const settings = serverSettings({ rules: { GJ310: ' Warning ', 'cell-empty': false, GJ501: '', GJ502: 3 } });
  assert.deepEqual(settings, { rules: { GJ310: 'warning', 'cell-empty': 'off' } });
});

test('select and ignore accept a comma-separated string, as on the command line', () => {
  assert.deepEqual(serverSettings({ select: 'GJ3, GJ4', ignore: 'GJ501,,' }), { select: ['GJ3', 'GJ4'], ignore: ['GJ501'] });
});

test('a plain object works as well as a WorkspaceConfiguration', () => {
  assert.deepEqual(serverSettings({ language: 'zh' }), { language: 'zh' });
});
