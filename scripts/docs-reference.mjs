// Prints the README's commands and settings reference, generated from package.json, so the two never disagree.
//   node scripts/docs-reference.mjs           print the markdown
//   node scripts/docs-reference.mjs --write   replace the README section between the reference markers
//   node scripts/docs-reference.mjs --check   exit 1 when the README section is out of date
// A unit test (test/unit/manifest-reference.test.ts) runs --check's comparison.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const START_MARKER = '<!-- reference:start -->';
export const END_MARKER = '<!-- reference:end -->';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Makes text safe inside a table cell: one line, pipes escaped, `#setting#` cross-links as plain code. */
function cell(text) {
  return String(text)
    .replace(/`#([\w.]+)#`/g, '`$1`')
    .replace(/#([\w.]+)#/g, '`$1`')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

function formatDefault(value) {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.length === 0 ? '`[]`' : value.map((item) => `\`${item}\``).join(', ');
  return `\`${JSON.stringify(value)}\``;
}

/** Where a command can be run from, in words. */
function placesOf(command, menus, viewNames) {
  const places = [];
  const add = (place) => {
    if (!places.includes(place)) places.push(place);
  };
  const palette = (menus.commandPalette ?? []).find((entry) => entry.command === command);
  if (!palette || palette.when !== 'false') add('Command Palette');
  const named = { 'editor/title': 'editor title bar', 'editor/context': 'editor context menu', 'explorer/context': 'Explorer context menu' };
  for (const [menu, label] of Object.entries(named)) {
    if ((menus[menu] ?? []).some((entry) => entry.command === command)) add(label);
  }
  // View menus name their views in the when clause (`view == transcriptRedactor.identifiers`).
  for (const [menu, suffix] of [['view/title', ' title bar'], ['view/item/context', '']]) {
    for (const entry of (menus[menu] ?? []).filter((candidate) => candidate.command === command)) {
      for (const [, id] of (entry.when ?? '').matchAll(/view == ([\w.]+)/g)) add(`${viewNames.get(id) ?? id} view${suffix}`);
    }
  }
  return places.length > 0 ? places.join(', ') : '—';
}

/** The markdown reference for a manifest: a commands table and a settings table. */
export function referenceMarkdown(manifest) {
  const contributes = manifest.contributes ?? {};
  const menus = contributes.menus ?? {};
  const keys = new Map((contributes.keybindings ?? []).map((binding) => [binding.command, binding.key]));
  const viewNames = new Map(Object.values(contributes.views ?? {}).flat().map((view) => [view.id, view.name]));
  const lines = ['### Commands', '', '| Command | ID | Key | Where |', '| --- | --- | --- | --- |'];
  const commands = [...(contributes.commands ?? [])].sort((a, b) => a.title.localeCompare(b.title));
  for (const { command, title, category } of commands) {
    const name = category ? `${category}: ${title}` : title;
    const key = keys.get(command);
    lines.push(`| ${cell(name)} | \`${command}\` | ${key ? `\`${key}\`` : ''} | ${placesOf(command, menus, viewNames)} |`);
  }
  lines.push('', '### Settings', '', '| Setting | Default | Description |', '| --- | --- | --- |');
  const properties = contributes.configuration?.properties ?? {};
  for (const name of Object.keys(properties).sort()) {
    const setting = properties[name];
    const description = setting.markdownDescription ?? setting.description ?? '';
    lines.push(`| \`${name}\` | ${formatDefault(setting.default)} | ${cell(description)} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** The README text between the markers (without them), or undefined when the markers are missing. */
export function readmeSection(readme) {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start === -1 || end === -1 || end < start) return undefined;
  return readme.slice(start + START_MARKER.length, end).replace(/^\n/, '');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const generated = referenceMarkdown(manifest);
  const mode = process.argv[2];
  if (!mode) {
    process.stdout.write(generated);
  } else if (mode === '--write' || mode === '--check') {
    const readmePath = join(repoRoot, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const current = readmeSection(readme);
    if (current === undefined) {
      console.error(`README.md has no ${START_MARKER} … ${END_MARKER} section`);
      process.exit(1);
    }
    if (mode === '--check') {
      if (current !== generated) {
        console.error('README.md reference is out of date: run node scripts/docs-reference.mjs --write');
        process.exit(1);
      }
    } else {
      const start = readme.indexOf(START_MARKER) + START_MARKER.length;
      writeFileSync(readmePath, `${readme.slice(0, start)}\n${generated}${readme.slice(readme.indexOf(END_MARKER))}`);
    }
  } else {
    console.error('usage: node scripts/docs-reference.mjs [--write | --check]');
    process.exit(2);
  }
}
