/** The language server's messages: translated from the bundle the client passes, with placeholders filled in. */
import * as assert from 'node:assert/strict';
import { configureL10n, l10n } from '../../src/server/l10n';

describe('server l10n', () => {
  afterEach(() => configureL10n(undefined));

  it('fills placeholders in the English message when there is no bundle', () => {
    assert.equal(l10n.t('Redact all {0} in the project ({1} files)', 12, 3), 'Redact all 12 in the project (3 files)');
    assert.equal(l10n.t('Same as {0} ({1})', '[PERSON_3]', 'Maria {1}'), 'Same as [PERSON_3] (Maria {1})', 'an argument is not read as a placeholder');
  });

  it('uses the translation, in its own word order, and ignores entries that are not text', () => {
    configureL10n({ 'Same as {0} ({1})': '{1} = {0}', 'Not an identifier': 42 });
    assert.equal(l10n.t('Same as {0} ({1})', '[PERSON_3]', 'Maria Gonzalez'), 'Maria Gonzalez = [PERSON_3]');
    assert.equal(l10n.t('Not an identifier'), 'Not an identifier');
  });

  it('falls back to English after a broken bundle', () => {
    configureL10n({ 'Not an identifier': 'Kein Identifikator' });
    configureL10n('not a bundle');
    assert.equal(l10n.t('Not an identifier'), 'Not an identifier');
  });
});
