// Collects every `vscode.l10n.t('…')` message in src/extension, and every `l10n.t('…')` of the language server
// (src/server/l10n.ts), into l10n/bundle.l10n.json, the template translators
// copy to bundle.l10n.<locale>.json (VS Code loads those through the manifest's "l10n" field).
//   node scripts/l10n-export.mjs           write l10n/bundle.l10n.json
//   node scripts/l10n-export.mjs --check   exit 1 when the bundle is out of date
// A message must be a string literal: a computed one could never be translated, so it is reported as an error.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE_PATH = join(repoRoot, 'l10n', 'bundle.l10n.json');

/** `l10n.t(` with `l10n` reached as `vscode.l10n` or imported directly. */
function isL10nCall(node) {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return false;
  const { expression, name } = node.expression;
  if (name.text !== 't') return false;
  return (ts.isPropertyAccessExpression(expression) && expression.name.text === 'l10n') || (ts.isIdentifier(expression) && expression.text === 'l10n');
}

/** Every message in one source text; problems for calls whose message is not a literal. */
export function messagesIn(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const messages = [];
  const problems = [];
  const visit = (node) => {
    if (isL10nCall(node)) {
      const [first] = node.arguments;
      if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
        messages.push(first.text);
      } else {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        problems.push(`${fileName}:${line + 1}: l10n.t needs a string literal message`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { messages, problems };
}

function sourceFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => join(dir, file));
}

/** The bundle's text for the extension's and the server's sources: messages sorted, each mapped to itself. */
export function bundleText() {
  const all = new Set();
  const problems = [];
  const files = [...sourceFiles(join(repoRoot, 'src', 'extension')), ...sourceFiles(join(repoRoot, 'src', 'server'))];
  for (const file of files) {
    const found = messagesIn(relative(repoRoot, file), readFileSync(file, 'utf8'));
    for (const message of found.messages) all.add(message);
    problems.push(...found.problems);
  }
  const bundle = Object.fromEntries([...all].sort().map((message) => [message, message]));
  return { text: `${JSON.stringify(bundle, null, 2)}\n`, problems };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { text, problems } = bundleText();
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  if (process.argv[2] === '--check') {
    let current = '';
    try {
      current = readFileSync(BUNDLE_PATH, 'utf8');
    } catch {
      // Missing counts as out of date.
    }
    if (current !== text) {
      console.error(`${relative(repoRoot, BUNDLE_PATH)} is out of date: run node scripts/l10n-export.mjs`);
      process.exit(1);
    }
  } else {
    mkdirSync(dirname(BUNDLE_PATH), { recursive: true });
    writeFileSync(BUNDLE_PATH, text);
    console.log(`${relative(repoRoot, BUNDLE_PATH)}: ${Object.keys(JSON.parse(text)).length} messages`);
  }
}
