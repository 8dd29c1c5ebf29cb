/**
 * Builder state as a persistent linked list: each call adds one node pointing at its parent. A
 * call costs one small allocation whatever the chain length, and two builders that branch from
 * one template share its nodes without being able to change them.
 */
import type { SessionConfigJson } from '../schema/payload.js';
import { MAX_LIST_ITEMS } from './parse.js';
import { EMPTY_SHAPE, FULL_PARSE, type Shape, type Step } from './shape.js';

export type StateKey = 'name' | 'is_private' | keyof SessionConfigJson | typeof EXPLICIT_LISTS | typeof STRICT | typeof LOADED | typeof REMOVAL;

/** Marks a configuration loaded from JSON: its lists are emitted exactly where the JSON had them. */
export const EXPLICIT_LISTS = 'explicit_lists';
/**
 * Ends the nodes `fromJSON` made: values older than it were read from JSON (where an unknown
 * value of an open set is an advisory), newer ones came from builder calls (where it is an error).
 */
export const LOADED = 'loaded';
/** Turns advisories into errors at the terminal; the newest node's value wins. */
export const STRICT = 'strict';
/**
 * Takes back what older nodes put in a list: the requests of one wire `type`, or every document.
 * Newer nodes are untouched, so a removed check can be requested again.
 */
export const REMOVAL = 'removal';
/** The value of a `REMOVAL` node. */
export interface Removal {
  readonly list: 'requested_checks' | 'requested_tasks' | 'required_documents';
  /** Absent: the whole list. */
  readonly type?: string;
}
/** Whether one of `removals` takes back `item` of `list`: every item of the list, or those of its `type`. */
export function isRemoved(removals: readonly Removal[], list: Removal['list'], item: unknown): boolean {
  for (const removal of removals) if (removal.list === list && (removal.type === undefined || removal.type === (item as { type?: unknown } | null)?.type)) return true;
  return false;
}

/** Marks a node a terminal walked past (see `StateNode.fold`). */
export const WALKED: unique symbol = Symbol('walked');

/** Whether the fast terminal can emit the chain up to `node` without a parse. */
export function isPlain(node: StateNode): boolean {
  return node.shape !== FULL_PARSE;
}

/** The value of a list node that only records the list's presence. */
export const PRESENT: unique symbol = Symbol('present');

export interface StateNode {
  readonly parent: StateNode | undefined;
  readonly key: StateKey;
  /**
   * What the call stored, in wire shape: the clean copy of a plainly valid value, or the raw copy
   * of any other, which the terminal's full parse reports on.
   */
  readonly value: unknown;
  /** List items this node and every older one hold, as the parse counts them. */
  readonly items: number;
  /**
   * The steps of the chain up to this node. `FULL_PARSE` unless this node and every older one
   * hold what the fast terminal can emit without a parse: values a builder call found plainly
   * valid, removals, strict mode off (see emit.ts).
   */
  readonly shape: Shape;
  /**
   * What terminals left here: the folded state up to this node once one needed it (fold.ts),
   * never changed afterwards; `WALKED` once one walked past it, which a second one takes for a
   * shared template's node.
   */
  fold: object | typeof WALKED | undefined;
}

/**
 * A node over `parent`. `plain` says the value is plainly valid (the caller validated it), and
 * `ownItems` counts the list items it holds. Nodes are not frozen: they never leave the builder's
 * private field, and `readonly` keeps this library's own code from writing to them.
 * `Object.freeze` costs about 30 ns a call, more than the rest of the call.
 */
export function withNode(parent: StateNode | undefined, key: StateKey, value: unknown, plain = false, ownItems = 0): StateNode {
  const items = (parent === undefined ? 0 : parent.items) + ownItems;
  const shape = parent === undefined ? EMPTY_SHAPE : parent.shape;
  // One object layout for every node keeps property access monomorphic in the terminal's walks.
  return {
    parent,
    key,
    value,
    items,
    shape: plain && shape !== FULL_PARSE && items <= MAX_LIST_ITEMS ? shape.to(stepOf(key, value)) : FULL_PARSE,
    fold: undefined,
  };
}

/** What a node adds to its chain's shape: a list item its `type`, a removal itself, anything else its key. */
function stepOf(key: StateKey, value: unknown): Step {
  if (key === 'requested_checks' || key === 'requested_tasks' || key === 'required_documents') return (value as { type: string }).type;
  return key === REMOVAL ? (value as Removal) : key;
}
