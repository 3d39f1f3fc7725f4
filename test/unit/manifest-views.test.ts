/** The walkthrough, views and menus in package.json point at things that exist. */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { COMMAND_IDS } from '../../src/extension/command-ids';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string; altText?: string };
  completionEvents?: string[];
}
interface Manifest {
  contributes: {
    walkthroughs?: Array<{ id: string; title: string; steps: Step[] }>;
  };
}

const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest;
const ours = new Set<string>(COMMAND_IDS);
/** Built-in commands the walkthrough may link to. */
const BUILT_IN = new Set(['workbench.action.files.openFolder', 'workbench.actions.view.problems']);

function commandLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\(command:([\w.]+)/g)].map((match) => match[1] ?? '');
}

describe('package.json walkthrough', () => {
  const walkthroughs = manifest.contributes.walkthroughs ?? [];

  it('takes a new user from opening transcripts to exporting them', () => {
    assert.equal(walkthroughs.length, 1);
    const titles = walkthroughs[0]?.steps.map((step) => step.title.toLowerCase()) ?? [];
    const order = ['open', 'review', 'replace', 'reviewed', 'export'].map((word) => titles.findIndex((title) => title.includes(word)));
    assert.ok(order.every((index) => index >= 0), `steps: ${titles.join(' | ')}`);
    assert.deepEqual([...order].sort((a, b) => a - b), order, `steps out of order: ${titles.join(' | ')}`);
  });

  it('shows an existing, non-empty markdown file for every step', () => {
    for (const step of walkthroughs.flatMap((walkthrough) => walkthrough.steps)) {
      const file = step.media.markdown;
      assert.ok(file, `${step.id} has no markdown media`);
      assert.ok(existsSync(path.join(repoRoot, file)), `${step.id}: ${file} does not exist`);
      assert.match(readFileSync(path.join(repoRoot, file), 'utf8'), /^# \S/, `${file} has no heading`);
    }
  });

  it('links only to commands that exist', () => {
    for (const step of walkthroughs.flatMap((walkthrough) => walkthrough.steps)) {
      const events = (step.completionEvents ?? []).filter((event) => event.startsWith('onCommand:'));
      for (const command of [...commandLinks(step.description), ...events.map((event) => event.slice('onCommand:'.length))]) {
        assert.ok(ours.has(command) || BUILT_IN.has(command), `${step.id} links to unknown command ${command}`);
      }
    }
    const firstStep = walkthroughs[0]?.steps[0];
    assert.ok(commandLinks(firstStep?.description ?? '').includes('transcriptRedactor.openSampleCorpus'));
  });
});
