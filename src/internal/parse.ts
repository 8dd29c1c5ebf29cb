import { compiledOncePerSchema, schemaOfField, type Field, type ObjectSchema, type Schema, type StringFormat, type TaggedSchema } from '../schema/language.js';
import { didYouMeanMessage } from '../messages.js';
import { closest } from './closest.js';
import { optionKeyOf } from './option-keys.js';
import { describeValue, formatPath, isPlainObject, MAX_ISSUES, reportMessage, type Issue, type IssueCode } from './issue.js';

/**
 * List items one validation may visit, across all lists. Real configurations hold a few dozen;
 * the bound keeps the work linear when a JavaScript caller shares one big array many times
 * (a graph that JSON cannot express but objects can), or passes a sparse array of length 2^32-1.
 */
export const MAX_LIST_ITEMS = 100_000;
let listItemsLeft = MAX_LIST_ITEMS;

/** A value of an open set (`string({ known })`) outside its known values: accepted, but worth a word. */
export interface UnknownValue {
  readonly path: (string | number)[];
  readonly value: string;
  readonly known: readonly string[];
}

/** Where the running parse puts the unknown values of open sets it meets; `undefined`: nobody asked. */
let unknownValues: UnknownValue[] | undefined;

/**
 * Runs `parse` calls that also collect every well-formed value of an open set outside its known
 * values. One walk, the parse itself, finds them for both verdicts on them: the advisory when JSON
 * holds one, and the builder's error when a call passed one without `unlisted()`.
 */
export function collectingUnknownValues<Result>(sink: UnknownValue[], run: () => Result): Result {
  const outer = unknownValues;
  unknownValues = sink;
  try {
    return run();
  } finally {
    unknownValues = outer;
  }
}

/**
 * The longest string any field (or record key) may hold, checked before any pattern runs. Real
 * values are names, URLs and codes of at most a few thousand characters; a string of millions
 * would overflow the regular-expression engine's backtracking stack (an `UPPER_SNAKE` pattern
 * throws a `RangeError` at about 10 million) and cost time for nothing.
 */
export const MAX_STRING_LENGTH = 100_000;

function tooLongText(path: (string | number)[], length: number): string {
  return `${formatPath(path)}: expected at most ${MAX_STRING_LENGTH} characters, received a string longer than ${MAX_STRING_LENGTH} characters (${length})`;
}

/**
 * Validates `value` against `schema` and returns a fresh plain copy with keys in schema order.
 * Problems are appended to `issues`; `path` is a shared stack (pushed and popped) so that the
 * valid path allocates nothing for paths, and so that a getter that throws leaves the path it
 * was read at on the stack for the caller to report.
 */
export function parse(schema: Schema, value: unknown, path: (string | number)[], issues: Issue[]): unknown {
  const parser = parserFor(schema);
  if (path.length !== 0) return parser(value, path, issues);
  // A top-level parse gets a fresh item budget; a getter that validates re-entrantly cannot reset its caller's.
  const outer = listItemsLeft;
  listItemsLeft = MAX_LIST_ITEMS;
  try {
    return parser(value, path, issues);
  } finally {
    listItemsLeft = outer;
  }
}

type Parser = (value: unknown, path: (string | number)[], issues: Issue[]) => unknown;

/** What a builder call gets for a value that is not plainly valid: the terminal's full parse reports on it. */
export const NOT_PLAIN: unique symbol = Symbol('not plain');

/** List items the last {@link plainCopy} walked: the terminal's bound on items covers the whole configuration. */
let itemsOfLastCopy = 0;

/** List items the last {@link plainCopy} walked. */
export function listItemsOfLastCopy(): number {
  return itemsOfLastCopy;
}

/**
 * Validation where a value enters the builder: the same compiled checks the terminal's parse
 * makes, in one walk that also copies the value into wire shape (`reading: 'options'` reads
 * camelCase option keys and writes the wire's snake_case keys). Only a plainly valid value (no
 * issue, no unknown value of an open set) gets its clean copy; any other gets `NOT_PLAIN`, and
 * the caller keeps the raw value for the full parse, so every message, and their order, stays
 * what the one parse of the whole envelope says. Compiled on the first call, not at import.
 */
export function plainCopier(schema: Schema, reading: Reading): (value: unknown) => unknown {
  let parser: Parser | undefined;
  return (value) => plainCopy((parser ??= (reading === 'options' ? optionParserFor : parserFor)(schema)), value);
}

function plainCopy(parser: Parser, value: unknown): unknown {
  const outerItems = listItemsLeft;
  const outerUnknown = unknownValues;
  const issues: Issue[] = [];
  const unknown: UnknownValue[] = [];
  listItemsLeft = MAX_LIST_ITEMS;
  unknownValues = unknown;
  try {
    const clean = parser(value, [], issues);
    itemsOfLastCopy = MAX_LIST_ITEMS - listItemsLeft;
    return issues.length === 0 && unknown.length === 0 ? clean : NOT_PLAIN;
  } catch {
    // A getter or proxy that throws is reported by the terminal's parse, where it always was.
    return NOT_PLAIN;
  } finally {
    listItemsLeft = outerItems;
    unknownValues = outerUnknown;
  }
}

/** Which keys a walk reads: the wire's, or the builder options' camelCase names of them. */
export type Reading = 'wire' | 'options';

/**
 * Each schema is compiled once into a tree of closures that hold its constants (objects as
 * generated code where the runtime allows it: see `generateFieldsParser`). Interpreting the
 * schema on every call (a `switch` on `kind`, a `for...in` over its fields) cost about as much
 * as the rest of the builder together; this is the hot path of every `toJSON()`.
 */
const parserFor = compiledOncePerSchema((schema) => compile(schema, 'wire'));

/** The same checks over builder options: only objects read other keys, so everything else is shared with `parserFor`. */
const optionParserFor = compiledOncePerSchema((schema) =>
  schema.kind === 'object' || schema.kind === 'tagged' || schema.kind === 'array' || schema.kind === 'record' || schema.kind === 'nullable'
    ? compile(schema, 'options')
    : parserFor(schema),
);

function compile(schema: Schema, reading: Reading): Parser {
  const parserOf = reading === 'options' ? optionParserFor : parserFor;
  switch (schema.kind) {
    case 'string': {
      const { secret } = schema;
      const format = schema.format === undefined ? undefined : FORMATS[schema.format];
      const formatName = schema.format === undefined ? '' : FORMAT_NAMES[schema.format];
      const { known } = schema;
      if (known !== undefined) {
        const knownSet = new Set(known);
        return (value, path, issues) => {
          if (typeof value !== 'string') return report(issues, path, 'invalid_type', value, 'a string', secret);
          if (value.length > MAX_STRING_LENGTH) return reportMessage(issues, path, 'too_big', tooLongText(path, value.length));
          if (format !== undefined && !format.test(value)) return report(issues, path, 'invalid_format', value, formatName, secret);
          if (unknownValues !== undefined && !knownSet.has(value)) unknownValues.push({ path: path.slice(), value, known });
          return value;
        };
      }
      return (value, path, issues) => {
        if (typeof value !== 'string') return report(issues, path, 'invalid_type', value, 'a string', secret);
        if (value.length > MAX_STRING_LENGTH) return reportMessage(issues, path, 'too_big', tooLongText(path, value.length));
        if (format !== undefined && !format.test(value)) return report(issues, path, 'invalid_format', value, formatName, secret);
        return value;
      };
    }
    case 'integer':
    case 'number': {
      const integral = schema.kind === 'integer';
      const min = schema.min ?? -Infinity;
      const max = schema.max ?? Infinity;
      const range = rangeText(integral, schema.min, schema.max);
      const kind = integral ? 'an integer' : 'a finite number';
      return (value, path, issues) => {
        if (typeof value !== 'number' || !Number.isFinite(value) || (integral && !Number.isInteger(value))) {
          return report(issues, path, 'invalid_type', value, kind);
        }
        if (value < min) return report(issues, path, 'too_small', value, range);
        if (value > max) return report(issues, path, 'too_big', value, range);
        return value;
      };
    }
    case 'boolean':
      return (value, path, issues) => (typeof value === 'boolean' ? value : report(issues, path, 'invalid_type', value, 'true or false'));
    case 'enum': {
      const known = new Set<unknown>(schema.values);
      const { message, values, suggest } = schema;
      const caseInsensitive = schema.caseInsensitive === true;
      const expected = oneOfText(values) + (caseInsensitive ? ' (in any case)' : '');
      return (value, path, issues) => {
        if (known.has(value) || (caseInsensitive && typeof value === 'string' && ASCII.test(value) && known.has(value.toUpperCase()))) return value;
        const hint = hintFor(value, values, suggest);
        if (message !== undefined) return reportMessage(issues, path, 'invalid_value', `${message}, received ${describeValue(value)}${hint}`);
        return reportMessage(issues, path, 'invalid_value', `${formatPath(path)}: expected ${expected}, received ${describeValue(value)}${hint}`);
      };
    }
    case 'nullable': {
      const parseInner = parserOf(schema.schema);
      return (value, path, issues) => (value === null ? null : parseInner(value, path, issues));
    }
    case 'json':
      return (value, path, issues) => copyJson(value, path, issues, 0);
    case 'array':
      return compileArray(schema, parserOf(schema.items));
    case 'object': {
      const parseFields = compileObject(schema, undefined, reading);
      return (value, path, issues) =>
        isPlainObject(value) ? parseFields(value, path, issues, undefined) : report(issues, path, 'invalid_type', value, 'an object');
    }
    case 'tagged':
      return compileTagged(schema, reading);
    case 'record': {
      // Record keys are data (attempt categories, locales), never renamed.
      const parseKey = parserFor(schema.keys);
      const parseValue = parserOf(schema.values);
      return (value, path, issues) => {
        if (!isPlainObject(value)) return report(issues, path, 'invalid_type', value, 'an object');
        const copy: Record<string, unknown> = {};
        for (const key of Object.keys(value)) {
          path.push(key);
          parseKey(key, path, issues);
          const parsed = parseValue(value[key], path, issues);
          path.pop();
          // defineProperty, not assignment: a key named "__proto__" must stay an ordinary key.
          Object.defineProperty(copy, key, { value: parsed, enumerable: true, writable: true, configurable: true });
        }
        return copy;
      };
    }
    case 'forbidden': {
      const { message } = schema;
      return (value, path, issues) => reportMessage(issues, path, 'forbidden_key', `${message}, received ${describeValue(value)}`);
    }
  }
}

function compileArray(schema: Extract<Schema, { kind: 'array' }>, parseItem: Parser): Parser {
  const minItems = schema.minItems ?? 0;
  return (value, path, issues) => {
    if (!Array.isArray(value)) return report(issues, path, 'invalid_type', value, 'an array');
    if (value.length < minItems) return reportMessage(issues, path, 'too_small', `${NON_EMPTY_TEXT}, received an empty array`);
    // `>>> 0` is a no-op for a real array; a Proxy's length trap may answer anything.
    const length = value.length >>> 0;
    const copy = new Array<unknown>(length);
    for (let index = 0; index < length; index++) {
      if (listItemsLeft-- <= 0) {
        // Reported once: every later list is cut short too, and one message says why.
        if (listItemsLeft === -1) {
          reportMessage(issues, path, 'too_many_items', `expected at most ${MAX_LIST_ITEMS} list items in the whole configuration, received a list of ${length}`);
        }
        copy.length = index;
        break;
      }
      path.push(index);
      const item = parseItem(value[index], path, issues);
      copy[index] = item;
      path.pop();
      if (issues.length >= MAX_ISSUES) {
        // Without this, a sparse array of length 2^32-1 would leave a copy that later passes walk in full.
        copy.length = index + 1;
        break;
      }
    }
    return copy;
  };
}

type FieldsParser = (value: Record<string, unknown>, path: (string | number)[], issues: Issue[], tag: unknown) => Record<string, unknown>;

/** What both ways of walking an object's fields need, computed once per object schema. */
interface FieldsPlan {
  /** The wire keys, which the copy is written with. */
  readonly keys: readonly string[];
  /** The keys read from the input: the wire keys, or the options' names for them. */
  readonly readKeys: readonly string[];
  readonly required: readonly boolean[];
  readonly parsers: readonly Parser[];
  /** Reports the required field at `index` as missing. */
  readonly missing: (issues: Issue[], path: (string | number)[], index: number) => void;
  /** Reports every key of `value` the schema does not know. */
  readonly unknown: (value: Record<string, unknown>, path: (string | number)[], issues: Issue[]) => void;
  /** The tagged union's tag key, which leads the copy; `undefined` for a plain object. */
  readonly tagKey: string | undefined;
}

function compileObject(schema: ObjectSchema, tagKey: string | undefined, reading: Reading): FieldsParser {
  const keys = Object.keys(schema.fields);
  const readKeys = reading === 'options' ? keys.map(optionKeyOf) : keys;
  const parserOf = reading === 'options' ? optionParserFor : parserFor;
  const fields = keys.map((key) => schema.fields[key] as Field);
  const expected = fields.map(expectedOf);
  const plan: FieldsPlan = {
    keys,
    readKeys,
    required: fields.map((field) => field.kind !== 'optional' && field.kind !== 'forbidden'),
    parsers: fields.map((field) => parserOf(schemaOfField(field))),
    missing: (issues, path, index) => {
      path.push(keys[index] as string);
      reportMessage(issues, path, 'missing_key', `${formatPath(path)} is required: expected ${expected[index] as string}`);
      path.pop();
    },
    unknown: (value, path, issues) => reportUnknownKeys(readKeys, value, path, issues, tagKey),
    tagKey,
  };
  return generateFieldsParser(plan) ?? closureFieldsParser(plan);
}

/**
 * The same walk as `closureFieldsParser`, as straight-line code with one property access per
 * key. Constant keys give V8 monomorphic loads and stores and objects of one fixed shape, which
 * generic keyed access (`copy[key] = ...`) cannot: this halves the cost of `toJSON()`. The code
 * holds only the schema's own keys (as JSON string literals), never input. Where code cannot be
 * generated (a Content Security Policy without `unsafe-eval`, edge runtimes), the closures do
 * the same work more slowly.
 */
function generateFieldsParser({ keys, readKeys, required, parsers, missing, unknown, tagKey }: FieldsPlan): FieldsParser | undefined {
  if (!canGenerateCode()) return undefined;
  const lines = [
    `const copy = ${tagKey === undefined ? '{}' : `{ ${JSON.stringify(tagKey)}: tag }`};`,
    `let seen = ${tagKey === undefined ? 0 : 1};`,
    'let item;',
  ];
  keys.forEach((key, index) => {
    const literal = JSON.stringify(key);
    const read = JSON.stringify(readKeys[index]);
    lines.push(
      `item = value[${read}];`,
      `if (item !== undefined && hasOwn(value, ${read})) { seen++; path.push(${literal}); copy[${literal}] = parse${index}(item, path, issues); path.pop(); }`,
    );
    if (required[index] === true) lines.push(`else missing(issues, path, ${index});`);
  });
  lines.push('let present = 0;', 'for (const _key in value) present++;', 'if (present !== seen) unknown(value, path, issues);', 'return copy;');
  const parameters = ['hasOwn', 'missing', 'unknown', ...keys.map((_key, index) => `parse${index}`)];
  const factory = new Function(...parameters, `return function parseFields(value, path, issues, tag) {\n${lines.join('\n')}\n};`);
  return factory(Object.hasOwn, missing, unknown, ...parsers) as FieldsParser;
}

let codeGeneration: boolean | undefined;

/** Whether this runtime lets `new Function` build code; asked once, on the first compilation. */
export function canGenerateCode(): boolean {
  if (codeGeneration === undefined) {
    try {
      codeGeneration = new Function('return true')() === true;
    } catch {
      codeGeneration = false;
    }
  }
  return codeGeneration;
}

function closureFieldsParser({ keys, readKeys, required, parsers, missing, unknown, tagKey }: FieldsPlan): FieldsParser {
  const count = keys.length;
  return (value, path, issues, tag) => {
    const copy: Record<string, unknown> = tagKey === undefined ? {} : tagKey === 'type' ? { type: tag } : { [tagKey]: tag };
    let seen = tagKey === undefined ? 0 : 1;
    for (let index = 0; index < count; index++) {
      const key = keys[index] as string;
      const readKey = readKeys[index] as string;
      // Most optional keys are absent: read first, and pay for the own-property test only when present.
      const item = value[readKey];
      if (item === undefined || !Object.hasOwn(value, readKey)) {
        if (required[index] === true) missing(issues, path, index);
        continue;
      }
      seen++;
      path.push(key);
      copy[key] = (parsers[index] as Parser)(item, path, issues);
      path.pop();
    }
    let present = 0;
    // for...in walks V8's enum cache without allocating; inherited keys only make it take the slow path below.
    for (const _key in value) present++;
    if (present !== seen) unknown(value, path, issues);
    return copy;
  };
}

function compileTagged(schema: TaggedSchema, reading: Reading): Parser {
  const tags = Object.keys(schema.variants);
  const variants = tags.map((tag) => compileObject(schema.variants[tag] as ObjectSchema, schema.tag, reading));
  const tagKey = schema.tag;
  const expected = oneOfText(tags);
  const notAnObject = (value: unknown, path: (string | number)[], issues: Issue[]) => report(issues, path, 'invalid_type', value, 'an object');
  const unknownTag = (tag: unknown, path: (string | number)[], issues: Issue[]) => {
    path.push(tagKey);
    reportMessage(issues, path, tag === undefined ? 'missing_key' : 'invalid_value', `${formatPath(path)}: expected ${expected}, received ${describeValue(tag)}${hintFor(tag, tags)}`);
    path.pop();
    return undefined;
  };
  const byTag = new Map<unknown, FieldsParser>(tags.map((tag, index) => [tag, variants[index] as FieldsParser]));
  return (value, path, issues) => {
    if (!isPlainObject(value)) return notAnObject(value, path, issues);
    const tag = Object.hasOwn(value, tagKey) ? value[tagKey] : undefined;
    const parseVariant = byTag.get(tag);
    // The tag leads so that `type` is the first key of every check, task, document and filter.
    return parseVariant === undefined ? unknownTag(tag, path, issues) : parseVariant(value, path, issues, tag);
  };
}

function reportUnknownKeys(known: readonly string[], value: Record<string, unknown>, path: (string | number)[], issues: Issue[], skip?: string) {
  for (const key of Object.keys(value)) {
    if (issues.length > MAX_ISSUES) return;
    if (key === skip || known.includes(key)) continue;
    path.push(key);
    reportMessage(issues, path, 'unknown_key', `${formatPath(path)} is not a known key: expected one of ${known.join(', ')}${hintFor(key, known)}`);
    path.pop();
  }
}

function report(
  issues: Issue[],
  path: (string | number)[],
  code: IssueCode,
  value: unknown,
  expected: string,
  secret?: boolean,
): undefined {
  return reportMessage(issues, path, code, `${formatPath(path)}: expected ${expected}, received ${describeValue(value, secret)}`);
}

const NON_EMPTY_TEXT = 'expected at least one item';

/** Case-insensitive values are ASCII: `'ſ'.toUpperCase()` is `'S'`, which the JSON Schema's `[Ss]` would not accept. */
const ASCII = /^[\x20-\x7e]*$/;

/** `; did you mean "X"?` for a value near a known one, or nothing. */
function hintFor(value: unknown, known: readonly string[], suggest?: (value: string) => string | undefined): string {
  if (typeof value !== 'string') return '';
  const hint = suggest?.(value) ?? (closest(value, known) === undefined ? undefined : didYouMeanMessage(closest(value, known) as string));
  return hint === undefined ? '' : `; ${hint}`;
}

/** Nesting deeper than this is not data anyone means to send; it also keeps the stack safe. */
const MAX_JSON_DEPTH = 32;

/** A copy of a JSON value, reporting anything JSON cannot hold (functions, `NaN`, class instances, cycles). */
function copyJson(value: unknown, path: (string | number)[], issues: Issue[], depth: number): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : report(issues, path, 'invalid_type', value, 'a JSON value');
  if (depth >= MAX_JSON_DEPTH) return report(issues, path, 'too_big', value, `a JSON value nested at most ${MAX_JSON_DEPTH} deep`);
  if (Array.isArray(value)) {
    const length = value.length >>> 0;
    const copy: unknown[] = [];
    for (let index = 0; index < length; index++) {
      if (listItemsLeft-- <= 0) break;
      path.push(index);
      copy.push(copyJson(value[index], path, issues, depth + 1));
      path.pop();
    }
    return copy;
  }
  if (!isPlainObject(value)) return report(issues, path, 'invalid_type', value, 'a JSON value');
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    path.push(key);
    const item = copyJson(value[key], path, issues, depth + 1);
    path.pop();
    Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

function rangeText(integral: boolean, min: number | undefined, max: number | undefined): string {
  const noun = integral ? 'an integer' : 'a number';
  if (min !== undefined && max !== undefined) return `${noun} from ${min} to ${max}`;
  if (min !== undefined) return `${noun} of at least ${min}`;
  return `${noun} of at most ${String(max)}`;
}

function oneOfText(values: readonly string[]): string {
  if (values.length > 12) return `one of ${values.length} known values (see the docs), such as ${values.slice(0, 3).join(', ')}`;
  return values.length === 1 ? String(values[0]) : `one of ${values.join(', ')}`;
}

function expectedOf(field: Field): string {
  switch (field.kind) {
    case 'enum':
      return oneOfText(field.values);
    case 'string':
      return field.format === undefined ? 'a string' : FORMAT_NAMES[field.format];
    case 'integer':
    case 'number':
      return rangeText(field.kind === 'integer', field.min, field.max);
    case 'boolean':
      return 'true or false';
    case 'json':
      return 'a JSON value';
    case 'array':
      return 'an array';
    case 'tagged':
      return `an object with ${field.tag} ${oneOfText(Object.keys(field.variants))}`;
    default:
      return 'an object';
  }
}

/**
 * What a regular expression can say about each format, in the JSON Schema dialect (ECMA-262,
 * no flags), so the generated JSON Schema states exactly these. Where a format needs more (a
 * URL that parses, a date that exists), the parser checks that as well.
 */
export const FORMAT_PATTERNS: Readonly<Record<StringFormat, RegExp>> = {
  'non-blank': /\S/,
  'upper-snake': /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/,
  'hex-colour': /^#[0-9A-Fa-f]{6}$/,
  locale: /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/,
  // A URL is sent as written, so it must be written plainly: the WHATWG parser alone would
  // also take ' https://example.com' or 'https:example.com'.
  'https-url': /^[Hh][Tt][Tt][Pp][Ss]:\/\/\S+$/,
  url: /^[Hh][Tt][Tt][Pp][Ss]?:\/\/\S+$/,
  'url-reference': /^(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/\S+|\/(?!\/)\S*|\.\.?\/\S*)$/,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/,
};

/** The test of each format: the pattern, and more where a pattern cannot say it all. */
export const FORMATS: Readonly<Record<StringFormat, { test(value: string): boolean }>> = {
  // trim() strips exactly the characters \s matches, and is faster than the pattern.
  'non-blank': { test: (value) => value.trim() !== '' },
  'upper-snake': FORMAT_PATTERNS['upper-snake'],
  'hex-colour': FORMAT_PATTERNS['hex-colour'],
  locale: FORMAT_PATTERNS.locale,
  'https-url': { test: (value) => FORMAT_PATTERNS['https-url'].test(value) && urlWithProtocol(value, ['https:']) },
  url: { test: (value) => FORMAT_PATTERNS.url.test(value) && urlWithProtocol(value, ['https:', 'http:']) },
  'url-reference': {
    test: (value) =>
      FORMAT_PATTERNS['url-reference'].test(value) && (!/^[Hh]/.test(value) || urlWithProtocol(value, ['https:', 'http:'])),
  },
  'date-time': { test: (value) => FORMAT_PATTERNS['date-time'].test(value) && !Number.isNaN(Date.parse(value)) },
};

export const FORMAT_NAMES: Readonly<Record<StringFormat, string>> = {
  'non-blank': 'a non-empty string',
  'upper-snake': 'an UPPER_SNAKE_CASE string',
  'hex-colour': 'a #RRGGBB colour',
  locale: 'a language tag such as en or en-GB',
  'https-url': 'an https:// URL',
  url: 'an http(s):// URL',
  'url-reference': 'an http(s):// URL or a path such as /success',
  'date-time': 'an ISO 8601 date-time with an offset, such as 2030-06-30T17:00:00Z',
};

/**
 * `new URL` in a try, not `URL.canParse`: Node 20's `canParse` starts answering `false` for
 * non-ASCII hosts (`https://café.example/`) once optimised, so a verdict would change with warm-up.
 */
function urlWithProtocol(value: string, protocols: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return false;
  }
  return protocols.includes(parsed.protocol) && parsed.hostname !== '';
}
