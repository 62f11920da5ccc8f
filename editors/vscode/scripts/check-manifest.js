#!/usr/bin/env node
'use strict';

// Checks the extension's manifest and grammar without VS Code or npm:
//
//   node scripts/check-manifest.js [extension folder]
//
// - package.json, the grammar and language-configuration.json are valid JSON;
// - package.json has the fields VS Code and vsce require, and `main` exists;
// - every regular expression (grammar match/begin/end/while, firstLine, firstLineMatch, wordPattern)
//   compiles as a JavaScript RegExp, uses no construct Oniguruma and JavaScript read differently,
//   and has as many groups as its captures name;
// - grammar includes point at repository entries, and every entry is used;
// - activation events name contributed languages (or plaintext) and commands, and every command and
//   setting is used by the code and documented in README.md;
// - every setting has a type, a default and a description;
// - language-configuration.json pairs brackets, including the full-width （） 《》 “”.
//
// Prints what it checked; exits 1 listing the problems.

const fs = require('fs');
const path = require('path');

// Constructs whose meaning differs between Oniguruma (VS Code's TextMate engine) and JavaScript, or
// that JavaScript rejects: keep the grammar in the common subset so the JS check means something.
const ONIGURUMA_ONLY = [
  [/\\[hHAzZG]/, 'an Oniguruma-only escape (\\h \\H \\A \\z \\Z \\G)'],
  [/\(\?[imx-]+[):]/, 'inline flags (?i) / (?x)'],
  [/\(\?>/, 'an atomic group (?>…)'],
  [/[*+?}]\+/, 'a possessive quantifier'],
  [/\\p\{/, '\\p{…} (needs the u flag in JavaScript)'],
  [/\\k</, 'a named back-reference'],
  [/\(\?<[a-zA-Z]/, 'a named group'],
];

function readJSON(file, problems) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${path.basename(file)}: not valid JSON (${error.message})`);
    return undefined;
  }
}

function checkRegex(source, where, problems) {
  if (typeof source !== 'string') {
    problems.push(`${where}: not a string`);
    return undefined;
  }
  for (const [pattern, what] of ONIGURUMA_ONLY) {
    if (pattern.test(source)) problems.push(`${where}: uses ${what}: ${source}`);
  }
  try {
    // The number of capturing groups: match the empty alternative.
    return new RegExp(`${source}|`).exec('').length - 1;
  } catch (error) {
    problems.push(`${where}: does not compile as a JavaScript RegExp (${error.message}): ${source}`);
    return undefined;
  }
}

function checkCaptures(captures, groups, where, problems) {
  if (!captures || groups === undefined) return;
  for (const index of Object.keys(captures)) {
    if (!/^\d+$/.test(index)) problems.push(`${where}: capture key ${index} is not a number`);
    else if (Number(index) > groups) problems.push(`${where}: captures group ${index}, the regex has ${groups}`);
    if (!captures[index].name && !captures[index].patterns) problems.push(`${where}.${index}: neither name nor patterns`);
  }
}

function checkGrammar(grammar, problems, checked) {
  if (!grammar) return;
  if (typeof grammar.scopeName !== 'string') problems.push('grammar: no scopeName');
  if (!Array.isArray(grammar.patterns) || grammar.patterns.length === 0) problems.push('grammar: no patterns');
  const repository = grammar.repository || {};
  const used = new Set();
  let regexes = 0;
  const visitRule = (rule, where) => {
    if (rule.include) {
      if (rule.include.startsWith('#')) {
        const name = rule.include.slice(1);
        used.add(name);
        if (!(name in repository)) problems.push(`${where}: includes #${name}, which the repository lacks`);
      } else if (rule.include !== '$self' && rule.include !== '$base' && !rule.include.includes('.')) {
        problems.push(`${where}: includes ${rule.include}`);
      }
    }
    for (const key of ['match', 'begin', 'end', 'while']) {
      if (rule[key] !== undefined) {
        regexes += 1;
        const groups = checkRegex(rule[key], `${where}.${key}`, problems);
        const capturesKey = key === 'match' ? 'captures' : `${key}Captures`;
        checkCaptures(rule[capturesKey], groups, `${where}.${capturesKey}`, problems);
        if (key === 'begin') checkCaptures(rule.captures, groups, `${where}.captures`, problems);
      }
    }
    if (rule.begin !== undefined && rule.end === undefined && rule.while === undefined) {
      problems.push(`${where}: begin without end or while`);
    }
    if (rule.match === undefined && rule.begin === undefined && rule.include === undefined && !rule.patterns) {
      problems.push(`${where}: matches nothing (no match, begin, include or patterns)`);
    }
    (rule.patterns || []).forEach((child, i) => visitRule(child, `${where}.patterns[${i}]`));
  };
  grammar.patterns.forEach((rule, i) => visitRule(rule, `grammar.patterns[${i}]`));
  for (const [name, rule] of Object.entries(repository)) visitRule(rule, `grammar.repository.${name}`);
  for (const name of Object.keys(repository)) {
    if (!used.has(name)) problems.push(`grammar.repository.${name}: never included`);
  }
  if (grammar.firstLineMatch) checkRegex(grammar.firstLineMatch, 'grammar.firstLineMatch', problems);
  checked.push(`grammar ${grammar.scopeName}: ${regexes} regular expressions, ${Object.keys(repository).length} repository rules`);
}

function checkLanguageConfiguration(configuration, problems, checked) {
  if (!configuration) return;
  const brackets = (configuration.brackets || []).map((pair) => pair.join(''));
  for (const pair of ['（）', '《》', '“”']) {
    if (!brackets.includes(pair)) problems.push(`language-configuration.json: brackets lack ${pair}`);
  }
  const closing = (configuration.autoClosingPairs || []).map((p) => (Array.isArray(p) ? p.join('') : p.open + p.close));
  for (const pair of ['（）', '《》', '“”']) {
    if (!closing.includes(pair)) problems.push(`language-configuration.json: autoClosingPairs lack ${pair}`);
  }
  for (const pair of configuration.brackets || []) {
    if (!Array.isArray(pair) || pair.length !== 2 || pair.some((s) => typeof s !== 'string' || s === '')) {
      problems.push(`language-configuration.json: bad bracket pair ${JSON.stringify(pair)}`);
    }
  }
  if (configuration.wordPattern) checkRegex(configuration.wordPattern, 'language-configuration.json wordPattern', problems);
  checked.push(`language configuration: ${brackets.length} bracket pairs`);
}

/** Checks the extension in `folder`; returns { problems, checked }. */
function checkExtension(folder) {
  const problems = [];
  const checked = [];
  const manifest = readJSON(path.join(folder, 'package.json'), problems);
  if (!manifest) return { problems, checked };
  const readme = fs.existsSync(path.join(folder, 'README.md')) ? fs.readFileSync(path.join(folder, 'README.md'), 'utf8') : '';
  if (readme === '') problems.push('README.md is missing or empty');
  if (!fs.existsSync(path.join(folder, 'CHANGELOG.md'))) problems.push('CHANGELOG.md is missing');
  if (!fs.existsSync(path.join(folder, '.vscodeignore'))) problems.push('.vscodeignore is missing');

  for (const field of ['name', 'displayName', 'description', 'version', 'publisher', 'engines', 'main', 'contributes']) {
    if (manifest[field] === undefined) problems.push(`package.json: no "${field}"`);
  }
  if (manifest.name && !/^[a-z0-9][a-z0-9-]*$/.test(manifest.name)) problems.push(`package.json: name "${manifest.name}" must be lowercase`);
  if (manifest.version && !/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(manifest.version)) problems.push(`package.json: version "${manifest.version}" is not semver`);
  if (!manifest.engines || typeof manifest.engines.vscode !== 'string') problems.push('package.json: no engines.vscode');
  if (!manifest.dependencies || !manifest.dependencies['vscode-languageclient']) problems.push('package.json: vscode-languageclient is not a dependency');
  if (manifest.main && !fs.existsSync(path.join(folder, manifest.main))) problems.push(`package.json: main ${manifest.main} does not exist`);

  // The extension's own code, to see that commands and settings are used.
  const sources = ['extension.js', ...fs.readdirSync(path.join(folder, 'lib')).map((f) => path.join('lib', f))]
    .filter((f) => f.endsWith('.js'))
    .map((f) => fs.readFileSync(path.join(folder, f), 'utf8'))
    .join('\n');

  const contributes = manifest.contributes || {};
  const languages = new Set((contributes.languages || []).map((l) => l.id));
  for (const language of contributes.languages || []) {
    const where = `contributes.languages ${language.id}`;
    if (!language.id) problems.push('contributes.languages: a language without id');
    if (language.firstLine) checkRegex(language.firstLine, `${where}.firstLine`, problems);
    if (language.configuration && !fs.existsSync(path.join(folder, language.configuration))) {
      problems.push(`${where}: configuration ${language.configuration} does not exist`);
    }
    if (language.configuration) {
      checkLanguageConfiguration(readJSON(path.join(folder, language.configuration), problems), problems, checked);
    }
    if (!(language.filenamePatterns || language.extensions || language.filenames || language.firstLine)) {
      problems.push(`${where}: nothing associates files with it`);
    }
  }
  for (const grammar of contributes.grammars || []) {
    const where = `contributes.grammars ${grammar.scopeName}`;
    if (grammar.language && !languages.has(grammar.language)) problems.push(`${where}: language ${grammar.language} is not contributed`);
    const file = path.join(folder, grammar.path || '');
    if (!grammar.path || !fs.existsSync(file)) {
      problems.push(`${where}: path ${grammar.path} does not exist`);
      continue;
    }
    const content = readJSON(file, problems);
    if (content && content.scopeName !== grammar.scopeName) {
      problems.push(`${where}: the grammar file's scopeName is ${content.scopeName}`);
    }
    checkGrammar(content, problems, checked);
  }

  const commands = new Set((contributes.commands || []).map((c) => c.command));
  for (const command of commands) {
    if (!sources.includes(`'${command}'`)) problems.push(`contributes.commands ${command}: never registered by the code`);
    if (!readme.includes(command)) problems.push(`contributes.commands ${command}: not documented in README.md`);
  }
  for (const event of manifest.activationEvents || []) {
    const [kind, value] = event.split(':');
    if (kind === 'onLanguage' && !languages.has(value) && value !== 'plaintext') problems.push(`activationEvents ${event}: no such language`);
    if (kind === 'onCommand' && !commands.has(value)) problems.push(`activationEvents ${event}: no such command`);
  }
  for (const language of languages) {
    if (!(manifest.activationEvents || []).includes(`onLanguage:${language}`)) problems.push(`activationEvents: nothing for onLanguage:${language}`);
  }

  const types = new Set((contributes.semanticTokenTypes || []).map((t) => t.id));
  for (const mapping of contributes.semanticTokenScopes || []) {
    if (mapping.language && !languages.has(mapping.language)) problems.push(`semanticTokenScopes: language ${mapping.language} is not contributed`);
  }
  checked.push(`semantic token types: ${[...types].join(', ')}`);

  const properties = (contributes.configuration && contributes.configuration.properties) || {};
  for (const [key, property] of Object.entries(properties)) {
    const where = `contributes.configuration ${key}`;
    if (!key.startsWith('gouji.')) problems.push(`${where}: not in the gouji section`);
    if (property.type === undefined) problems.push(`${where}: no type`);
    if (!('default' in property)) problems.push(`${where}: no default`);
    if (!property.description && !property.markdownDescription) problems.push(`${where}: no description`);
    if (!readme.includes(key)) problems.push(`${where}: not documented in README.md`);
    const name = key.slice('gouji.'.length);
    const usedInCode = name === 'trace.server' // read by vscode-languageclient for the client id "gouji"
      || sources.includes(`'${name}'`) || sources.includes(`'${key}'`);
    if (!usedInCode) problems.push(`${where}: never read by the code`);
    if (property.enum && 'default' in property && !property.enum.includes(property.default)) problems.push(`${where}: default is not in the enum`);
  }
  checked.push(`package.json: ${languages.size} language(s), ${commands.size} commands, ${Object.keys(properties).length} settings, ${(manifest.activationEvents || []).length} activation events`);
  return { problems, checked };
}

if (require.main === module) {
  const folder = path.resolve(process.argv[2] || path.join(__dirname, '..'));
  const { problems, checked } = checkExtension(folder);
  for (const line of checked) console.log(`checked ${line}`);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`problem: ${problem}`);
    process.exit(1);
  }
  console.log('the manifest, the grammar and the language configuration are consistent');
}

module.exports = { checkExtension, checkRegex, ONIGURUMA_ONLY };
