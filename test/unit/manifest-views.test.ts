/** The walkthrough, views and menus in package.json point at things that exist. */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { COMMAND_IDS } from '../../src/extension/command-ids';
import { IDENTIFIERS_VIEW, REVIEW_VIEW, SPEAKERS_VIEW, VIEW_COMMAND_IDS } from '../../src/extension/views/view-command-ids';

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
    viewsContainers?: { activitybar?: Array<{ id: string; title: string; icon: string }> };
    views?: Record<string, Array<{ id: string; name: string; icon?: string }>>;
    viewsWelcome?: Array<{ view: string; contents: string }>;
    menus: Record<string, Array<{ command: string; when?: string; group?: string }>>;
    commands: Array<{ command: string; title: string; icon?: string }>;
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

describe('package.json views', () => {
  const { viewsContainers, views, viewsWelcome, menus, commands } = manifest.contributes;

  it('puts the Identifiers, Speakers and Review views in their own activity bar container with an SVG icon', () => {
    const container = viewsContainers?.activitybar?.find((candidate) => candidate.id === 'transcriptRedactor');
    assert.ok(container, 'no transcriptRedactor view container');
    assert.match(container.icon, /\.svg$/);
    const svg = readFileSync(path.join(repoRoot, container.icon), 'utf8');
    assert.match(svg, /^<svg [^>]*viewBox="0 0 24 24"/);
    assert.match(svg, /currentColor/, 'the icon must follow the theme colour');
    assert.deepEqual(views?.transcriptRedactor?.map((view) => view.id), [IDENTIFIERS_VIEW, SPEAKERS_VIEW, REVIEW_VIEW]);
  });

  it('only refers to contributed or built-in commands in menus and welcome content', () => {
    for (const [menu, entries] of Object.entries(menus)) {
      for (const entry of entries) assert.ok(ours.has(entry.command), `${menu} refers to unknown command ${entry.command}`);
    }
    for (const welcome of viewsWelcome ?? []) {
      for (const command of commandLinks(welcome.contents)) {
        assert.ok(ours.has(command) || BUILT_IN.has(command), `${welcome.view} welcome links to unknown command ${command}`);
      }
    }
  });

  it('reaches every view command from a menu, and gives title-bar and inline actions an icon', () => {
    const placed = new Set(
      Object.entries(menus)
        .filter(([menu]) => menu !== 'commandPalette')
        .flatMap(([, entries]) => entries.map((entry) => entry.command)),
    );
    const hidden = new Set(menus.commandPalette?.filter((entry) => entry.when === 'false').map((entry) => entry.command));
    for (const id of VIEW_COMMAND_IDS) {
      assert.ok(placed.has(id) || !hidden.has(id), `${id} is hidden from the palette and in no menu`);
    }
    const iconNeeded = [...(menus['view/title'] ?? []), ...(menus['view/item/context'] ?? []).filter((entry) => entry.group?.startsWith('inline'))];
    for (const entry of iconNeeded) {
      assert.match(commands.find((command) => command.command === entry.command)?.icon ?? '', /^\$\([a-z-]+\)$/, entry.command);
    }
  });
});
