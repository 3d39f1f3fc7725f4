/**
 * The quick fixes offered on a finding, preferred first: redact this occurrence, all in the file, all in the
 * project, "Same as…", "Not an identifier", generalise (ages, dates); and `source.fixAll.transcriptRedactor`.
 * Counts in the titles come from the same planning functions the commands apply.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { likelyAliasOf } from '../core/aliases';
import { findEntityByToken, type Mapping } from '../core/mapping';
import { planRedactions } from '../core/redact';
import { formatForDocument } from './document-format';
import { generaliseOptions } from './generalise-options';
import { l10n } from './l10n';
import { editsInTexts, type Projects } from './project';
import { DIAGNOSTIC_SOURCE, isFindingData, SERVER_COMMANDS, type FindingTarget, type RedactArguments, type RedactScope, type SameAsArguments } from './protocol';
import { entityForFinding } from './redaction-plan';
import { countEdits, toWorkspaceEdit } from './workspace-edit';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.transcriptRedactor`;
/** Projects with more text than this get a "Redact everywhere" fix without counts in its title. */
export const COUNT_PROJECT_UP_TO_CHARS = 5_000_000;
/** Client-side commands a quick fix may run (contributed by the extension). */
export const CLIENT_COMMANDS = { sameAs: 'transcriptRedactor.sameAs', openProjectKey: 'transcriptRedactor.openProjectKey' } as const;

/** True when an action of `kind` is wanted by a request limited to `only` (kinds are dot-separated hierarchies). */
export function kindRequested(kind: string, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return kind === CodeActionKind.QuickFix;
  return only.some((requested) => requested === '' || kind === requested || kind.startsWith(`${requested}.`));
}

export async function codeActionsFor(document: TextDocument, params: CodeActionParams, projects: Projects): Promise<CodeAction[]> {
  const actions: CodeAction[] = [];
  const key = await projects.keyStateFor(document.uri);
  if (kindRequested(CodeActionKind.QuickFix, params.context.only)) {
    for (const diagnostic of params.context.diagnostics) {
      const target = targetOf(document, diagnostic);
      if (!target) continue;
      // Ages and dates are usually coarsened rather than pseudonymised, so generalising comes first for them.
      const generalise = generaliseActions(document, diagnostic, target);
      actions.push(...generalise);
      if (key && !key.state.ok) {
        actions.push(brokenKeyAction(diagnostic, key.state.error.message, document.uri));
      } else if (key?.state.ok) {
        actions.push(...(await keyActions(document, diagnostic, target, key.state.mapping, projects, generalise.length === 0)));
      }
    }
  }
  if (kindRequested(FIX_ALL_KIND, params.context.only) && key?.state.ok) {
    const fixAll = fixAllAction(document, key.state.mapping);
    if (fixAll) actions.push(fixAll);
  }
  // A selection over several occurrences of one name would otherwise list "Redact all 3 in this file" once per
  // occurrence: keep the first action of each title.
  const seen = new Set<string>();
  return actions.filter((action) => !seen.has(action.title) && seen.add(action.title));
}

/** The finding behind one of our diagnostics, if the document still has the same text there. */
function targetOf(document: TextDocument, diagnostic: Diagnostic): FindingTarget | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || !isFindingData(diagnostic.data)) return undefined;
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  const text = document.getText().slice(start, end);
  if (text !== diagnostic.data.text) return undefined;
  return { uri: document.uri, version: document.version, start, end, type: diagnostic.data.type, text };
}

async function keyActions(
  document: TextDocument,
  diagnostic: Diagnostic,
  target: FindingTarget,
  mapping: Mapping,
  projects: Projects,
  redactIsPreferred: boolean,
): Promise<CodeAction[]> {
  const texts = await projects.texts(document.uri);
  let choice;
  try {
    choice = entityForFinding(mapping, target.type, target.text, texts.map((text) => text.text));
  } catch {
    return []; // Not something the key can hold (no letters or digits, or square brackets).
  }
  const { token } = choice.entity;
  const redact = (title: string, scope: RedactScope, isPreferred = false): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred,
    command: command(title, SERVER_COMMANDS.redact, { ...target, scope } satisfies RedactArguments),
  });

  // `Maria` when the key has `Maria Gonzalez`: joining that person is the likely choice, so it comes first.
  const alias = choice.created ? likelyAliasOf(mapping, target.type, target.text) : undefined;
  const aliasEntity = alias ? findEntityByToken(mapping, alias) : undefined;
  const actions: CodeAction[] = [];
  if (aliasEntity) {
    const fullest = aliasEntity.forms.reduce((longest, form) => (form.length > longest.length ? form : longest));
    const title = l10n.t('Same as {0} ({1})', aliasEntity.token, fullest);
    actions.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: redactIsPreferred,
      command: command(title, SERVER_COMMANDS.sameAs, { ...target, token: aliasEntity.token } satisfies SameAsArguments),
    });
  }
  actions.push(redact(l10n.t('Redact as {0}', token), 'occurrence', redactIsPreferred && !aliasEntity));
  const inFile = countEdits(editsInTexts([projects.documentText(document)], choice.mapping, token)).edits;
  if (inFile > 1) actions.push(redact(l10n.t('Redact all {0} in this file', inFile), 'file'));
  const projectChars = texts.reduce((sum, text) => sum + text.text.length, 0);
  if (projectChars > COUNT_PROJECT_UP_TO_CHARS) {
    // Counting a large corpus on every lightbulb would stall the server; the command still finds every occurrence.
    actions.push(redact(l10n.t('Redact everywhere in the project ({0} files)', texts.length), 'project'));
  } else {
    const inProject = countEdits(editsInTexts(texts, choice.mapping, token));
    if (inProject.files > 1) {
      actions.push(redact(l10n.t('Redact all {0} in the project ({1} files)', inProject.edits, inProject.files), 'project'));
    }
  }
  if (choice.created) {
    if (mapping.entities.some((entity) => entity.type === target.type)) {
      const title = l10n.t('Same as…');
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: command(title, CLIENT_COMMANDS.sameAs, target) });
    }
    const title = l10n.t('Not an identifier');
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: command(title, SERVER_COMMANDS.ignore, target) });
  }
  return actions;
}

function generaliseActions(document: TextDocument, diagnostic: Diagnostic, target: FindingTarget): CodeAction[] {
  return generaliseOptions(target.type, target.text).map((replacement, index) => ({
    title: l10n.t('Generalise to {0}', replacement),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: index === 0,
    edit: toWorkspaceEdit([
      {
        uri: document.uri,
        version: document.version,
        text: document.getText(),
        edits: [{ start: target.start, end: target.end, newText: replacement }],
      },
    ]),
  }));
}

function brokenKeyAction(diagnostic: Diagnostic, problem: string, uri: string): CodeAction {
  const title = l10n.t('Open the project key to fix it (it cannot be read)');
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: command(title, CLIENT_COMMANDS.openProjectKey, { uri, problem }),
  };
}

/** Puts the key's token in place of every form the key already knows in this document; creates no new entity. */
function fixAllAction(document: TextDocument, mapping: Mapping): CodeAction | undefined {
  const text = document.getText();
  const edits = planRedactions(text, mapping, { format: formatForDocument(document.uri, document.languageId) });
  if (edits.length === 0) return undefined;
  return {
    title: edits.length === 1 ? l10n.t('Redact 1 known form from the project key') : l10n.t('Redact {0} known forms from the project key', edits.length),
    kind: FIX_ALL_KIND,
    edit: toWorkspaceEdit([{ uri: document.uri, version: document.version, text, edits }]),
  };
}

function command(title: string, id: string, argument: unknown): Command {
  return { title, command: id, arguments: [argument] };
}
