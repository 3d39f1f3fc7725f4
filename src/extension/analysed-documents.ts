/** Which documents the language server analyses, per `transcriptRedactor.files.include` (kept current on change). */
import * as vscode from 'vscode';
import { documentSelectorFor } from './document-selector';
import { readClientSettings } from './settings';

export class AnalysedDocuments {
  private selector: vscode.DocumentSelector = documentSelectorFor(readClientSettings().include);

  refresh(): void {
    this.selector = documentSelectorFor(readClientSettings().include);
  }

  readonly includes = (document: vscode.TextDocument): boolean => vscode.languages.match(this.selector, document) > 0;
}
