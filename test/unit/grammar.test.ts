import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

// Tokenises lines with the same TextMate engine VS Code uses, so the scopes asserted are the scopes users see.
const root = path.resolve(__dirname, '..', '..', '..');

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = fs.readFileSync(path.join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => {
      const file = path.join(root, 'syntaxes', 'transcript.tmLanguage.json');
      return textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  const grammar = await registry.loadGrammar('text.transcript');
  assert.ok(grammar, 'grammar loads');
  return grammar;
}

/** The scope (last, most specific) of each distinct token text in a line. */
function scopesOf(grammar: textmate.IGrammar, line: string): Map<string, string> {
  const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
  return new Map(tokens.map((token) => [line.slice(token.startIndex, token.endIndex), token.scopes[token.scopes.length - 1]]));
}

describe('transcript grammar', () => {
  let grammar: textmate.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  it('scopes a role label and its timestamp', () => {
    const scopes = scopesOf(grammar, '[00:12:41] INTERVIEWER: How are you?');
    assert.equal(scopes.get('[00:12:41]'), 'constant.numeric.timestamp.transcript');
    assert.equal(scopes.get('INTERVIEWER'), 'entity.name.tag.speaker.role.transcript');
  });

  it('scopes participant codes as roles and named speakers as names', () => {
    assert.equal(scopesOf(grammar, 'P07: Yes.').get('P07'), 'entity.name.tag.speaker.role.transcript');
    assert.equal(scopesOf(grammar, 'Dr. Lee: Come in.').get('Dr. Lee'), 'entity.name.tag.speaker.name.transcript');
    assert.equal(scopesOf(grammar, 'Keisha Grant: Okay.').get('Keisha Grant'), 'entity.name.tag.speaker.name.transcript');
  });

  it('scopes cue timings, notes and redaction tokens', () => {
    const timing = scopesOf(grammar, '00:01:02.500 --> 00:01:06.000');
    assert.equal(timing.get('00:01:02.500'), 'constant.numeric.timestamp.transcript');
    assert.equal(timing.get('-->'), 'punctuation.separator.cue-timing.transcript');
    const line = scopesOf(grammar, 'I told [PERSON_3] [laughs] and (pause) she was [AGE 40-49].');
    assert.equal(line.get('[PERSON_3]'), 'variable.other.redaction-token.transcript');
    assert.equal(line.get('[AGE 40-49]'), 'variable.other.redaction-token.transcript');
    assert.equal(line.get('[laughs]'), 'comment.block.note.transcript');
    assert.equal(line.get('(pause)'), 'comment.block.note.transcript');
  });

  it('scopes labels after a line number, and court and conversation-analysis roles', () => {
    // Before: a line number in front of the label left the label unscoped.
    assert.equal(scopesOf(grammar, '21  BEV:   pass the gravy').get('BEV'), 'entity.name.tag.speaker.name.transcript');
    assert.equal(scopesOf(grammar, '23  CAL:   yeah').get('CAL'), 'entity.name.tag.speaker.role.transcript');
    assert.equal(scopesOf(grammar, 'THE WITNESS:  Can I answer?').get('THE WITNESS'), 'entity.name.tag.speaker.role.transcript');
  });

  it('scopes form and e-mail fields as fields, not speaker names', () => {
    // Before: "Age" and "Sent" were scoped as named speakers.
    assert.equal(scopesOf(grammar, 'Age: 36').get('Age'), 'variable.other.field.transcript');
    assert.equal(scopesOf(grammar, 'Sent: Thursday, 7 March 2024 21:14').get('Sent'), 'variable.other.field.transcript');
    assert.equal(scopesOf(grammar, 'Date of birth: 02/09/1987').get('Date of birth'), 'variable.other.field.transcript');
    assert.equal(scopesOf(grammar, 'Rose: Morning.').get('Rose'), 'entity.name.tag.speaker.name.transcript');
  });

  it('scopes CHAT headers, tiers and app message stamps', () => {
    assert.equal(scopesOf(grammar, '@Participants:\tCHI Rowan Target_Child').get('@Participants:'), 'keyword.other.header.chat.transcript');
    assert.equal(scopesOf(grammar, '*MOT:\twhat did you do ?').get('*MOT'), 'entity.name.tag.speaker.role.transcript');
    assert.equal(scopesOf(grammar, '%com:\tholding a toy').get('%com:'), 'comment.line.tier.chat.transcript');
    assert.equal(scopesOf(grammar, 'Mar 14, 2024  9:02:11 PM').get('Mar 14, 2024  9:02:11 PM'), 'constant.numeric.timestamp.transcript');
    assert.equal(scopesOf(grammar, '[16.03.2024 08:12] Oksana: hi').get('[16.03.2024 08:12]'), 'constant.numeric.timestamp.transcript');
  });

  it('leaves ordinary prose unscoped', () => {
    const scopes = scopesOf(grammar, 'We went to the market on Tuesday.');
    assert.deepEqual([...new Set(scopes.values())], ['text.transcript']);
  });
});
