/**
 * Locates the first JSON syntax error in a text, so a broken key can be reported as `line 4, column 12: …`.
 * JSON.parse only sometimes says where it failed, and never as a line and column.
 */

export interface JsonSyntaxProblem {
  offset: number;
  line: number;
  column: number;
  message: string;
}

/** Returns the first syntax problem in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.skipSpace();
    scanner.value();
    scanner.skipSpace();
    if (scanner.pos < text.length) scanner.fail('unexpected text after the end of the JSON value');
    return undefined;
  } catch (error) {
    if (!(error instanceof SyntaxFailure)) throw error;
    return { offset: error.offset, ...lineAndColumn(text, error.offset), message: error.message };
  }
}

/** 1-based line and column of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

class SyntaxFailure extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

class Scanner {
  pos = 0;
  constructor(private readonly text: string) {}

  fail(message: string, offset = this.pos): never {
    throw new SyntaxFailure(message, offset);
  }

  skipSpace(): void {
    while (this.pos < this.text.length && ' \t\r\n'.includes(this.text[this.pos])) this.pos++;
  }

  describeHere(): string {
    if (this.pos >= this.text.length) return 'the end of the file';
    return JSON.stringify(this.text[this.pos]);
  }

  value(): void {
    const char = this.text[this.pos];
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    if (char === '-' || (char >= '0' && char <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    this.fail(`expected a value but found ${this.describeHere()}`);
  }

  object(): void {
    this.delimited('}', () => {
      if (this.text[this.pos] !== '"') this.fail(`expected a property name in double quotes but found ${this.describeHere()}`);
      this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.fail(`expected ':' after the property name but found ${this.describeHere()}`);
      this.pos++;
      this.skipSpace();
      this.value();
    });
  }

  array(): void {
    this.delimited(']', () => this.value());
  }

  /** The items of an object or array after its opening bracket, separated by commas, up to `close`. */
  private delimited(close: '}' | ']', item: () => void): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === close) {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      item();
      this.skipSpace();
      if (this.text[this.pos] === ',') {
        this.pos++;
        this.skipSpace();
        if (this.text[this.pos] === close) this.fail(`trailing comma before ${close}`);
        continue;
      }
      if (this.text[this.pos] === close) {
        this.pos++;
        return;
      }
      this.fail(`expected ',' or '${close}' but found ${this.describeHere()}`);
    }
  }

  string(): void {
    const start = this.pos;
    this.pos++;
    while (this.pos < this.text.length) {
      const char = this.text[this.pos];
      if (char === '"') {
        this.pos++;
        return;
      }
      if (char === '\\') {
        const escape = this.text[this.pos + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) this.fail('invalid \\u escape');
          this.pos += 6;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) {
          this.pos += 2;
        } else {
          this.fail('invalid escape in string');
        }
        continue;
      }
      if (char < ' ') this.fail('unescaped control character (such as a line break) inside a string');
      this.pos++;
    }
    this.fail('unterminated string', start);
  }

  number(): void {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
    if (!match) this.fail('invalid number');
    this.pos += match[0].length;
  }
}
