'use strict';

// Which files are reports. package.json contributes the language by name (filenamePatterns) and by its
// first line (firstLine); VS Code looks only at the first line, and real reports often start with the
// agency's name and put the title on line 2 or 4, so the extension also looks at the first lines of
// plain-text files when they open (setting gouji.detectByContent).

const LANGUAGE_ID = 'gouji-report';

/** The title of a report, also with the Kangxi radical ⼯ (U+2F2F) of PDF copies. */
const TITLE = /政府信息公开.{0,2}年度报告/u;

/** How many lines from the top the title may be on. */
const TITLE_LINES = 10;

/** File names that are reports whatever they contain (globs as in package.json's filenamePatterns). */
const FILENAME_PATTERNS = ['*年度报告*.txt', '*年度报告*.TXT'];

function baseName(fileName) {
  return String(fileName).split(/[\\/]/).pop();
}

/** Whether the file name alone says "report". */
function isReportName(fileName) {
  const name = baseName(fileName);
  return /年度报告.*\.txt$/iu.test(name);
}

/** Whether a text file is a report by its content: the title within the first lines. */
function hasReportTitle(text) {
  const lines = String(text).split(/\r\n|\r|\n/, TITLE_LINES);
  return lines.some((line) => TITLE.test(line));
}

/** Whether an opened text document should become a report: plain text or a *.txt, named or titled as one. */
function shouldBeReport({ fileName, languageId, firstLines }) {
  if (languageId === LANGUAGE_ID) return false; // already is
  if (languageId !== 'plaintext') return false; // the user or another extension chose a language
  if (!/\.txt$/i.test(baseName(fileName || ''))) return false;
  return isReportName(fileName) || hasReportTitle(firstLines);
}

module.exports = { LANGUAGE_ID, TITLE, TITLE_LINES, FILENAME_PATTERNS, isReportName, hasReportTitle, shouldBeReport };
