/**
 * The language server's user-facing text (quick-fix titles, notifications), translated with the bundle VS Code loaded
 * for the display language: the client passes `vscode.l10n.bundle` in the initialisation options, since a server
 * process cannot reach `vscode.l10n` itself. Without a bundle (English, or another client) messages stay as written.
 * `scripts/l10n-export.mjs` collects every `l10n.t('…')` message here and in the extension into one template.
 */
let translations: Readonly<Record<string, string>> = {};

export function configureL10n(bundle: unknown): void {
  translations = {};
  if (typeof bundle !== 'object' || bundle === null) return;
  const valid: Record<string, string> = {};
  for (const [message, translation] of Object.entries(bundle)) if (typeof translation === 'string') valid[message] = translation;
  translations = valid;
}

export const l10n = {
  /** `message` translated, with `{0}`, `{1}`… replaced by `args` (the same contract as `vscode.l10n.t`). */
  t(message: string, ...args: Array<string | number>): string {
    const template = translations[message] ?? message;
    return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : placeholder));
  },
};
