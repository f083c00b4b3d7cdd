import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { LecternError, type SourceLocation } from '../errors.ts';

/** A YAML file parsed with positions, so every later error can point at its line. */
export interface YamlFile<T> {
  file: string;
  data: T;
  /** Where the value (or, with `key`, the key) at `path` is written; the file alone if nowhere. */
  locate(path: readonly PropertyKey[], key?: boolean): SourceLocation;
}

/**
 * Parses YAML text and validates it against a schema. Syntax errors and schema errors become a
 * LecternError naming file, line and column, and saying what was expected.
 */
export function parseYaml<S extends z.ZodType>(text: string, file: string, schema: S): YamlFile<z.infer<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const { line, col } = lineCounter.linePos(firstError.pos[0]);
    throw new LecternError(`invalid YAML: ${firstError.message.split('\n')[0]}`, { file, line, column: col });
  }
  const locate = (path: readonly PropertyKey[], key = false): SourceLocation => {
    // An empty file has no node to point at: its first line is where the missing keys go.
    const offset = offsetOf(doc, path, key) ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const at = (node: Node | undefined): SourceLocation => {
    const offset = rangeStart(node);
    if (offset === undefined) return { file };
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  // NOTE: `__proto__` as a key would become the object's prototype, not an entry, and be ignored.
  let reserved: Node | undefined;
  let firstAlias: Node | undefined;
  visit(doc, {
    Pair: (_, pair) => {
      if (!reserved && isScalar(pair.key) && String(pair.key.value) === '__proto__') reserved = pair.key;
    },
    Alias: (_, alias) => {
      firstAlias ??= alias;
    },
  });
  if (reserved) throw new LecternError('the key "__proto__" cannot be used; expected a name such as a block or section id', at(reserved));
  let raw: unknown;
  try {
    // An alias that names no anchor, or aliases that expand into a huge document, end here.
    raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    throw new LecternError(`invalid YAML: ${reason}; expected plain values (anchors and aliases are not needed in Lectern's files)`, at(firstAlias) , { cause });
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const path = unknownKey !== undefined ? [...issue.path, unknownKey] : issue.path;
    const where = path.length ? `${path.map(String).join('.')}: ` : '';
    const message =
      unknownKey !== undefined
        ? `unknown key "${unknownKey}"${expectedKeys(schema, issue.path)}`
        : `${where}${describeIssue(issue, valueAt(raw, issue.path))}`;
    throw new LecternError(message, locate(path, unknownKey !== undefined));
  }
  return { file, data: result.data, locate };
}

function offsetOf(doc: Document, path: readonly PropertyKey[], key: boolean): number | undefined {
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(step));
      if (!pair) return rangeStart(node);
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (isNode(node) && 'items' in node && Array.isArray(node.items) && typeof step === 'number') {
      node = node.items[step];
      keyNode = undefined;
    } else {
      return rangeStart(node);
    }
  }
  if (key && keyNode) return rangeStart(keyNode);
  return rangeStart(node) ?? rangeStart(keyNode);
}

function rangeStart(node: unknown): number | undefined {
  return isNode(node) && node.range ? node.range[0] : undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const step of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[step] : undefined;
  return value;
}

function describeIssue(issue: z.core.$ZodIssue, found: unknown): string {
  const shown = found === undefined ? 'nothing' : typeof found === 'number' && !Number.isFinite(found) ? `${found} (a number too large)` : shownValue(found);
  if (issue.code === 'invalid_type') return `expected ${issue.expected}, found ${shown}`;
  return `${issue.message} (found ${shown})`;
}

/** A value as JSON, cut short; an alias can make a value that contains itself. */
function shownValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch {
    return 'a value that contains itself (through an alias)';
  }
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** ", expected one of: a, b" for the object schema at `path`, when it can be known. */
function expectedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string {
  let current: unknown = schema;
  for (const step of path) {
    const def = (current as { def?: { shape?: Record<string, unknown>; valueType?: unknown } }).def;
    current = def?.shape?.[String(step)] ?? def?.valueType;
    current = unwrap(current);
  }
  const shape = (unwrap(current) as { def?: { shape?: Record<string, unknown> } } | undefined)?.def?.shape;
  return shape ? `; expected one of: ${Object.keys(shape).join(', ')}` : '';
}

function unwrap(schema: unknown): unknown {
  let current = schema as { def?: { innerType?: unknown } } | undefined;
  while (current?.def?.innerType) current = current.def.innerType as typeof current;
  return current;
}
