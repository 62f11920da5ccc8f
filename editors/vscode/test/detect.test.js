'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { isReportName, hasReportTitle, shouldBeReport, TITLE, TITLE_LINES } = require('../lib/detect');
const manifest = require('../package.json');

const examples = path.join(__dirname, '..', '..', '..', 'Examples');
const firstLines = (text) => text.split(/\r\n|\r|\n/).slice(0, TITLE_LINES).join('\n');

test('names: *年度报告*.txt', () => {
  assert.ok(isReportName('/r/2023年政府信息公开工作年度报告.txt'));
  assert.ok(isReportName('C:\\r\\区科技局2021年度报告.TXT'));
  assert.ok(!isReportName('/r/年度报告.docx'));
  assert.ok(!isReportName('/r/notes.txt'));
});

test('every example report is recognised by its first lines, wherever its title is', () => {
  const files = fs.readdirSync(examples).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length >= 5);
  for (const file of files) {
    const text = fs.readFileSync(path.join(examples, file), 'utf8');
    assert.ok(hasReportTitle(text), `${file} is not recognised`);
    assert.ok(shouldBeReport({ fileName: file, languageId: 'plaintext', firstLines: firstLines(text) }), file);
  }
});

test('the Kangxi radical ⼯ of PDF copies (Example 003) still names a report', () => {
  assert.ok(TITLE.test('周⼝市科技局2021年政府信息公开⼯作年度报告'));
});

test('other text files are not reports', () => {
  assert.ok(!hasReportTitle('会议记录\n下周讨论年度计划。'));
  const eleventh = `${'正文\n'.repeat(10)}2021年政府信息公开工作年度报告`;
  assert.ok(!hasReportTitle(eleventh), 'only the first 10 lines count');
});

test('only plain-text *.txt documents change language', () => {
  const title = '某某局\n2021年政府信息公开工作年度报告';
  assert.ok(!shouldBeReport({ fileName: 'a.md', languageId: 'plaintext', firstLines: title }));
  assert.ok(!shouldBeReport({ fileName: 'a.txt', languageId: 'markdown', firstLines: title }));
  assert.ok(!shouldBeReport({ fileName: 'a.txt', languageId: 'gouji-report', firstLines: title }));
  assert.ok(shouldBeReport({ fileName: 'a.txt', languageId: 'plaintext', firstLines: title }));
});

test("package.json's firstLine and filenamePatterns agree with the detection here", () => {
  const language = manifest.contributes.languages.find((l) => l.id === 'gouji-report');
  const firstLine = new RegExp(language.firstLine);
  assert.ok(firstLine.test('2023年政府信息公开工作年度报告'));
  assert.ok(firstLine.test('周⼝市科技局2021年政府信息公开⼯作年度报告'));
  assert.ok(!firstLine.test('会议记录'));
  assert.deepEqual(language.filenamePatterns, require('../lib/detect').FILENAME_PATTERNS);
});
