/**
 * The Identifiers view, the Speakers view and review badges in a real VS Code, on a small synthetic corpus written
 * into the test workspace (and removed afterwards, with the project key restored).
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension/extension';
import type { IdentifierNode } from '../../src/extension/views/identifiers-tree';
import type { SpeakerNode } from '../../src/extension/views/speakers-tree';
import type { ViewsApi } from '../../src/extension/views';
import { workspaceFile } from './helpers/workspace';

const EXTENSION_ID = 'transcript-redactor.transcript-redactor';
const CORPUS = 'views-corpus';
const P01 = [
  'INTERVIEWER: Where did you grow up?',
  '',
  "Zebedee Quarrington: In Lower Wexcombe. I'm 52 and I drive for Tamsin Haulage.",
  '',
  'INTERVIEWER: And now?',
  '',
  'Zebedee Quarrington: Still in Lower Wexcombe, near my sister Ottoline Fairweather.',
  '',
].join('\n');
const P02 = 'P2: I met Zebedee Quarrington at Tamsin Haulage in Lower Wexcombe.\n';

async function api(): Promise<ViewsApi> {
  const extension = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  return (await extension.activate()).views;
}

interface Shown {
  label: string;
  description: string;
  node: IdentifierNode;
}

function show(views: ViewsApi, node?: IdentifierNode): Shown[] {
  return views.identifiers.getChildren(node).map((child) => {
    const item = views.identifiers.getTreeItem(child);
    const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    return { label, description: String(item.description ?? ''), node: child };
  });
}

function find(shown: Shown[], label: string): Shown {
  const found = shown.find((entry) => entry.label === label);
  assert.ok(found, `"${label}" not among: ${shown.map((entry) => `${entry.label} (${entry.description})`).join(', ')}`);
  return found;
}

/** Our corpus's entity nodes of one type, by label. */
function entitiesOf(views: ViewsApi, typeLabel: string): Shown[] {
  return show(views, find(show(views), typeLabel).node).filter((entry) =>
    entry.node.kind === 'entity' && entry.node.entity.occurrences.every((occurrence) => occurrence.relativePath.startsWith(`${CORPUS}/`)),
  );
}

describe('Identifiers view', () => {
  let views: ViewsApi;
  const keyFile = (): string => workspaceFile('.redaction/mapping.json').fsPath;
  const reviewFile = (): string => workspaceFile('.redaction/review.json').fsPath;
  let savedKey: string | undefined;

  before(async () => {
    views = await api();
    savedKey = await fs.readFile(keyFile(), 'utf8').catch(() => undefined);
    await fs.mkdir(workspaceFile(CORPUS).fsPath, { recursive: true });
    await fs.writeFile(workspaceFile(`${CORPUS}/p01.txt`).fsPath, P01);
    await fs.writeFile(workspaceFile(`${CORPUS}/p02.txt`).fsPath, P02);
    await views.refreshIdentifiers();
  });

  after(async () => {
    await vscode.commands.executeCommand('transcriptRedactor.clearIdentifierFilter');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await fs.rm(workspaceFile(CORPUS).fsPath, { recursive: true, force: true });
    await fs.rm(reviewFile(), { force: true });
    if (savedKey === undefined) await fs.rm(keyFile(), { force: true });
    else await fs.writeFile(keyFile(), savedKey);
  });

  it('groups every identifier in the project by type and entity, with counts', () => {
    const people = find(show(views), 'People');
    assert.match(people.description, /^\d+ · \d+ left · \d+ not in key$/, people.description);
    const zebedee = find(entitiesOf(views, 'People'), 'Zebedee Quarrington');
    assert.equal(zebedee.description, 'not in key · 3 of 3 left');
    const occurrences = show(views, zebedee.node);
    assert.deepEqual(
      occurrences.map((entry) => entry.label),
      ['p01.txt:3', 'p01.txt:7', 'p02.txt:1'],
    );
    assert.match(find(occurrences, 'p02.txt:1').description, /I met Zebedee Quarrington at Tamsin Haulage/);
    assert.deepEqual(
      entitiesOf(views, 'Places').map((entry) => `${entry.label}: ${entry.description}`),
      ['Lower Wexcombe: not in key · 3 of 3 left'],
    );
  });

  it('picks up a new transcript by itself while the view is open', async () => {
    await vscode.commands.executeCommand('transcriptRedactor.identifiers.focus');
    const named = (): boolean =>
      views.index.indexes.some(({ index }) => index.entities.some((entity) => entity.label === 'Wilhelmina Osterbrook'));
    const seen = new Promise<void>((resolve) => {
      const subscription = views.index.onDidChange(() => {
        if (!named()) return;
        subscription.dispose();
        resolve();
      });
    });
    const file = workspaceFile(`${CORPUS}/p03.txt`).fsPath;
    await fs.writeFile(file, 'P3: I asked Wilhelmina Osterbrook to come along.\n');
    await seen;
    await fs.rm(file);
  });

  it('filters by type and by text, and clears the filter', async () => {
    await vscode.commands.executeCommand('transcriptRedactor.filterIdentifiers', { types: ['ORGANIZATION'] });
    assert.deepEqual(show(views).map((entry) => entry.label), ['Organisations']);
    await vscode.commands.executeCommand('transcriptRedactor.filterIdentifiers', { text: 'wexcombe' });
    assert.deepEqual(show(views).map((entry) => entry.label), ['Places']);
    await vscode.commands.executeCommand('transcriptRedactor.filterIdentifiers', { text: 'no such name anywhere' });
    assert.deepEqual(show(views).map((entry) => entry.label), ['Nothing matches the filter.']);
    await vscode.commands.executeCommand('transcriptRedactor.clearIdentifierFilter');
    assert.ok(show(views).length >= 4);
  });

  it('summarises what each speaker says about themselves', () => {
    const speakers = views.speakers.getChildren();
    const zebedee = speakers.find((node) => node.kind === 'speaker' && node.profile.speaker === 'Zebedee Quarrington');
    assert.ok(zebedee, `speakers: ${speakers.map((node) => (node.kind === 'speaker' ? node.profile.speaker : '')).join(', ')}`);
    const mentions = views.speakers.getChildren(zebedee).map((node: SpeakerNode) => {
      const item = views.speakers.getTreeItem(node);
      return `${String(item.label)} (${String(item.description)})`;
    });
    assert.deepEqual(mentions, ['Lower Wexcombe (Places · ×2)', '52 (Ages)', 'Tamsin Haulage (Organisations)']);
  });

  it('redacts an entity everywhere from the view, and shows it fully redacted', async () => {
    const zebedee = find(entitiesOf(views, 'People'), 'Zebedee Quarrington');
    await vscode.commands.executeCommand('transcriptRedactor.redactEverywhere', zebedee.node);

    const after = find(show(views, find(show(views), 'People').node), 'Zebedee Quarrington');
    assert.ok(after.node.kind === 'entity');
    const { entity } = after.node;
    const token = entity.token ?? '';
    assert.match(token, /^\[PERSON_\d+\]$/);
    assert.equal(entity.remaining, 0, after.description);
    const ours = entity.occurrences.filter((occurrence) => occurrence.relativePath.startsWith(`${CORPUS}/`));
    assert.deepEqual(ours.map((occurrence) => `${occurrence.relativePath}:${occurrence.line + 1} ${occurrence.state} ${occurrence.text}`), [
      `${CORPUS}/p01.txt:3 redacted ${token}`,
      `${CORPUS}/p01.txt:7 redacted ${token}`,
      `${CORPUS}/p02.txt:1 redacted ${token}`,
    ]);
    for (const file of ['p01.txt', 'p02.txt']) {
      const document = await vscode.workspace.openTextDocument(workspaceFile(`${CORPUS}/${file}`));
      assert.ok(!document.getText().includes('Zebedee'), `${file} still names him:\n${document.getText()}`);
      assert.ok(document.getText().includes(token), file);
    }
    await vscode.workspace.saveAll(false);
  });

  it('marks a file reviewed with an Explorer badge, and shows it as changed after an edit', async () => {
    const uri = workspaceFile(`${CORPUS}/p02.txt`);
    assert.equal(await views.reviewDecorations.provideFileDecoration(uri), undefined, 'not reviewed yet');

    const recorded = await vscode.commands.executeCommand<vscode.Uri[]>('transcriptRedactor.markFileReviewed', uri, { by: 'Test Reviewer' });
    assert.deepEqual(recorded.map(String), [uri.toString()]);
    const reviewed = await views.reviewDecorations.provideFileDecoration(uri);
    assert.equal(reviewed?.badge, '✓');
    assert.match(reviewed?.tooltip ?? '', /Reviewed by Test Reviewer \(\d{4}-\d{2}-\d{2}\)/);
    await views.refreshIdentifiers();
    const review = (await views.review.getChildren())
      .filter((node) => node.file.relativePath.startsWith(`${CORPUS}/`))
      .map((node) => `${node.file.relativePath}: ${String(views.review.getTreeItem(node).description)}`);
    assert.deepEqual(review, [`${CORPUS}/p01.txt: not reviewed · 5 left`, `${CORPUS}/p02.txt: reviewed by Test Reviewer · 2 left`]);
    const saved = JSON.parse(await fs.readFile(reviewFile(), 'utf8')) as { files: Record<string, { by: string }[]> };
    assert.deepEqual(saved.files[`${CORPUS}/p02.txt`]?.map((review) => review.by), ['Test Reviewer']);

    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), 'P1: An added line.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const changed = await views.reviewDecorations.provideFileDecoration(uri);
    assert.equal(changed?.badge, '✎');
    assert.match(changed?.tooltip ?? '', /Edited since it was reviewed by Test Reviewer \(\d{4}-\d{2}-\d{2}\)/);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText().startsWith('P1: An added line.'), false);
    assert.equal((await views.reviewDecorations.provideFileDecoration(uri))?.badge, '✓', 'undo restores the reviewed text');
  });

  it('leaves files outside the workspace and non-transcripts undecorated', async () => {
    assert.equal(await views.reviewDecorations.provideFileDecoration(vscode.Uri.file(path.join('/tmp', 'elsewhere.txt'))), undefined);
    assert.equal(await views.reviewDecorations.provideFileDecoration(workspaceFile('.redaction/review.json')), undefined);
  });
});
