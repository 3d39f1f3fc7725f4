import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FINDING_TYPES } from '../../src/core/types';
import { COMMAND_IDS } from '../../src/extension/command-ids';
import { DEFAULT_INCLUDE } from '../../src/extension/document-selector';
import {
  backgroundColorId,
  FINDING_BORDER_COLOR,
  FINDING_CATEGORIES,
  TOKEN_BACKGROUND_COLOR,
  TOKEN_FOREGROUND_COLOR,
} from '../../src/extension/finding-categories';
import { DEFAULT_SETTINGS } from '../../src/server/settings';
import { repoRoot } from './lsp-harness';

interface ContributedCommand {
  command: string;
  title: string;
  category?: string;
}
interface Setting {
  default?: unknown;
  scope?: string;
  markdownDescription?: string;
  enum?: unknown[];
  enumDescriptions?: unknown[];
  items?: { enum?: unknown[] };
}

const manifest = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as {
  activationEvents: string[];
  contributes: {
    commands: ContributedCommand[];
    menus: { commandPalette: Array<{ command: string; when?: string }> };
    keybindings: Array<{ command: string; key: string; when?: string }>;
    colors: Array<{ id: string; description: string; defaults: Record<string, string> }>;
    configuration: { properties: Record<string, Setting> };
  };
};
const { commands, menus, keybindings, colors, configuration } = manifest.contributes;

describe('package.json contributions', function () {
  it('contributes exactly the commands that have handlers', function () {
    assert.deepEqual(commands.map((command) => command.command).sort(), [...COMMAND_IDS].sort());
  });

  it('names every command transcriptRedactor.camelCase with a Title Case title in our category', function () {
    for (const { command, title, category } of commands) {
      assert.match(command, /^transcriptRedactor\.[a-z][a-zA-Z]+$/, command);
      assert.equal(category, 'Transcript Redactor', command);
      const smallWords = new Set(['a', 'an', 'and', 'as', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);
      for (const [index, word] of title.split(' ').entries()) {
        if (index > 0 && smallWords.has(word)) continue;
        assert.match(word, /^[A-Z0-9]/, `${command}: "${title}"`);
      }
    }
  });

  it('gives every command a when clause in the command palette', function () {
    for (const { command } of commands) {
      const entry = menus.commandPalette.find((item) => item.command === command);
      assert.ok(entry?.when, `${command} has no commandPalette when clause`);
    }
  });

  it('binds keys only to contributed commands, and only where they apply', function () {
    for (const { command, when } of keybindings) {
      assert.ok(COMMAND_IDS.includes(command as (typeof COMMAND_IDS)[number]), command);
      assert.match(when ?? '', /transcriptRedactor\.analysedEditor/, command);
    }
  });

  it('contributes a themable colour for every highlight, with light, dark and high contrast defaults', function () {
    const used = [...FINDING_CATEGORIES.map(backgroundColorId), FINDING_BORDER_COLOR, TOKEN_FOREGROUND_COLOR, TOKEN_BACKGROUND_COLOR];
    assert.deepEqual(colors.map((color) => color.id).sort(), used.sort());
    for (const { id, description, defaults } of colors) {
      assert.ok(description, id);
      for (const theme of ['light', 'dark', 'highContrast', 'highContrastLight']) assert.ok(defaults[theme], `${id} ${theme}`);
    }
  });

  it('documents every setting with a scope and a markdown description', function () {
    for (const [name, setting] of Object.entries(configuration.properties)) {
      assert.match(name, /^transcriptRedactor\./, name);
      assert.ok(setting.markdownDescription, `${name} has no markdownDescription`);
      assert.ok(setting.scope, `${name} has no scope`);
      if (setting.enum) assert.equal(setting.enumDescriptions?.length, setting.enum.length, `${name} enumDescriptions`);
    }
  });

  it('declares the same defaults the server and the client fall back to', function () {
    const properties = configuration.properties;
    assert.equal(properties['transcriptRedactor.sensitivity'].default, DEFAULT_SETTINGS.sensitivity);
    assert.deepEqual(properties['transcriptRedactor.enabledTypes'].default, [...DEFAULT_SETTINGS.enabledTypes]);
    assert.deepEqual(properties['transcriptRedactor.enabledTypes'].items?.enum, [...FINDING_TYPES]);
    assert.equal(properties['transcriptRedactor.diagnostics.severity.warning'].default, DEFAULT_SETTINGS.severity.warning);
    assert.equal(properties['transcriptRedactor.diagnostics.severity.information'].default, DEFAULT_SETTINGS.severity.information);
    assert.deepEqual(properties['transcriptRedactor.files.include'].default, [...DEFAULT_INCLUDE]);
    assert.equal(properties['transcriptRedactor.mappingFile'].default, DEFAULT_SETTINGS.mappingFile);
  });

  it('activates for every language and file pattern analysed by default', function () {
    for (const event of ['onLanguage:transcript', 'onLanguage:plaintext', 'onLanguage:markdown']) {
      assert.ok(manifest.activationEvents.includes(event), event);
    }
    for (const extension of ['transcript', 'vtt', 'srt']) {
      assert.ok(manifest.activationEvents.includes(`workspaceContains:**/*.${extension}`), extension);
    }
  });
});
