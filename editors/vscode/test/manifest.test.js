'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { checkExtension, checkRegex } = require('../scripts/check-manifest');

const folder = path.join(__dirname, '..');

test('package.json, the grammar and the language configuration are consistent', () => {
  const { problems, checked } = checkExtension(folder);
  assert.deepEqual(problems, []);
  assert.ok(checked.some((line) => line.startsWith('grammar text.gouji-report')));
});

function brokenCopy(edit) {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'gouji-vscode-'));
  try {
    fs.cpSync(folder, copy, { recursive: true, filter: (src) => !src.includes('node_modules') });
    edit(copy);
    return checkExtension(copy).problems;
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

test('the check finds a broken manifest', () => {
  const problems = brokenCopy((copy) => {
    const file = path.join(copy, 'package.json');
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
    manifest.activationEvents.push('onCommand:gouji.nothing');
    manifest.contributes.configuration.properties['gouji.undocumented'] = { type: 'string', default: '' };
    manifest.contributes.languages[0].firstLine = '(unclosed';
    fs.writeFileSync(file, JSON.stringify(manifest));
  });
  assert.ok(problems.some((p) => p.includes('onCommand:gouji.nothing')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('gouji.undocumented: no description')));
  assert.ok(problems.some((p) => p.includes('gouji.undocumented: not documented in README.md')));
  assert.ok(problems.some((p) => p.includes('gouji.undocumented: never read by the code')));
  assert.ok(problems.some((p) => p.includes('firstLine: does not compile')));
});

test('the check finds a broken grammar', () => {
  const problems = brokenCopy((copy) => {
    const file = path.join(copy, 'syntaxes', 'gouji-report.tmLanguage.json');
    const grammar = JSON.parse(fs.readFileSync(file, 'utf8'));
    grammar.patterns.push({ include: '#missing' });
    grammar.repository.number.match = '(?i)\\h+';
    grammar.repository.citation.captures = { 3: { name: 'x' } };
    fs.writeFileSync(file, JSON.stringify(grammar));
  });
  assert.ok(problems.some((p) => p.includes('#missing')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('Oniguruma-only escape')));
  assert.ok(problems.some((p) => p.includes('inline flags')));
  assert.ok(problems.some((p) => p.includes('captures group 3')));
});

test('the check finds invalid JSON', () => {
  const problems = brokenCopy((copy) => fs.writeFileSync(path.join(copy, 'language-configuration.json'), '{"brackets": [}'));
  assert.ok(problems.some((p) => p.includes('language-configuration.json: not valid JSON')));
});

// The grammar's rules, run with JavaScript's engine on lines of the example reports.
const grammar = JSON.parse(fs.readFileSync(path.join(folder, 'syntaxes', 'gouji-report.tmLanguage.json'), 'utf8'));
const rule = (name) => new RegExp(grammar.repository[name].match, 'g');
const matches = (name, line) => [...line.matchAll(rule(name))].map((m) => m[0]);

test('grammar: citations, also with Kangxi radicals', () => {
  assert.deepEqual(matches('citation', '\t第二十条第（五）项'), ['第二十条第（五）项']);
  assert.deepEqual(matches('citation', '第⼆⼗条第（⼀）项'), ['第⼆⼗条第（⼀）项']);
  assert.deepEqual(matches('citation', '依据第三十六条第（三）项和第十六条第二款'), ['第三十六条第（三）项', '第十六条第二款']);
});

test('grammar: numbers and dates, not the digits inside a date', () => {
  assert.deepEqual(matches('number', '\t3'), ['3']);
  assert.deepEqual(matches('number', '发布动态信息52条，12.5万'), ['52', '12.5']);
  assert.deepEqual(matches('date', '2021年1月15日印发'), ['2021年1月15日']);
});

test('grammar: section headings and row labels', () => {
  assert.ok(rule('section-heading').test('一、总体情况'));
  assert.ok(rule('section-heading').test('⼀、总体情况'));
  assert.ok(!rule('section-heading').test('\t一、本年新收政府信息公开申请数量'));
  assert.deepEqual([...'\t一、本年新收政府信息公开申请数量'.matchAll(rule('row-label'))].map((m) => m[1]), ['一、本年新收政府信息公开申请数量']);
  assert.deepEqual([...'（一）予以公开\t0\t0'.matchAll(rule('row-label'))].map((m) => m[1]), ['（一）予以公开']);
  assert.ok(rule('title').test('2020年政府信息公开工作年度报告'));
});

test('checkRegex counts groups', () => {
  const problems = [];
  assert.equal(checkRegex('(a)(b(c))', 'x', problems), 3);
  assert.equal(checkRegex('(?:a)(?=b)', 'x', problems), 0);
  assert.deepEqual(problems, []);
});
