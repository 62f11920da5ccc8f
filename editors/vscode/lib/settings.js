'use strict';

// The gouji settings a client sends to the server, from VS Code's `gouji` configuration section.
//
// The server reads exactly {rules, select, ignore, language, townshipDeadline} (the shape of .gouji.json) and reports any
// other member as an unknown setting, so the editor-only settings (path, trace, detectByContent) never
// reach it.

/** Members of the `gouji` section the server reads. */
const SERVER_KEYS = ['rules', 'select', 'ignore', 'language', 'townshipDeadline'];

/** Severities a rule may be given. */
const SEVERITIES = ['error', 'warning', 'information', 'info', 'hint', 'off'];

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function stringList(value) {
  if (typeof value === 'string') {
    return value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  }
  if (Array.isArray(value)) {
    return value.filter((s) => typeof s === 'string' && s.trim() !== '').map((s) => s.trim());
  }
  return undefined;
}

/**
 * The server's settings from a configuration section: `section` is anything with `get(key)` (a
 * `vscode.WorkspaceConfiguration`) or a plain object.
 *
 * Returns `{rules?, select?, ignore?, language?, townshipDeadline?}` with empty values left out, so that the server's own
 * defaults (and a project's .gouji.json) apply.
 */
function serverSettings(section) {
  const read = (key) => {
    if (section == null) return undefined;
    if (typeof section.get === 'function') return section.get(key);
    return section[key];
  };
  const settings = {};
  const rules = read('rules');
  if (isPlainObject(rules)) {
    const kept = {};
    for (const [rule, severity] of Object.entries(rules)) {
      if (typeof severity === 'string' && severity.trim() !== '') kept[rule] = severity.trim().toLowerCase();
      else if (severity === false) kept[rule] = 'off';
    }
    if (Object.keys(kept).length > 0) settings.rules = kept;
  }
  const select = stringList(read('select'));
  if (select !== undefined && select.length > 0) settings.select = select;
  const ignore = stringList(read('ignore'));
  if (ignore !== undefined && ignore.length > 0) settings.ignore = ignore;
  const language = read('language');
  if (typeof language === 'string' && language.trim() !== '' && language !== 'auto') {
    settings.language = language.trim();
  }
  const townshipDeadline = read('townshipDeadline');
  if (typeof townshipDeadline === 'string' && townshipDeadline.trim() !== '') {
    settings.townshipDeadline = townshipDeadline.trim();
  }
  return settings;
}

/** Answers to `workspace/configuration`: gouji's section filtered, anything else passed through. */
function configurationAnswer(items, answers, getSection) {
  return items.map((item, index) => (item.section === 'gouji' ? serverSettings(getSection(item.scopeUri)) : answers[index]));
}

module.exports = { SERVER_KEYS, SEVERITIES, serverSettings, configurationAnswer };
