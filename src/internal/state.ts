/**
 * Builder state as a persistent linked list: each call adds one node pointing at its parent. A
 * call costs one small allocation whatever the chain length, and two builders that branch from
 * one template share its nodes without being able to change them.
 */
import type { SessionConfigJson } from '../schema/payload.js';
import { MAX_LIST_ITEMS } from './parse.js';
import { EMPTY_SHAPE, UNSHAPED, type Shape, type Step } from './shape.js';

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
  /**
   * True when this node and every older one hold what the fast terminal can emit without a
   * parse: values a builder call found plainly valid, removals, strict mode off. Values read by
   * `fromJSON`, strict mode and anything not plainly valid go to the full path (see emit.ts).
   */
  readonly plain: boolean;
  /** List items this node and every older one hold, as the parse counts them. */
  readonly items: number;
  /** The place of the setting this node sets in the fold's table (`SETTINGS`), or -1 for any other key. */
  readonly slot: number;
  /** The steps of the chain up to this node, when it is `plain`; `UNSHAPED` otherwise. */
  readonly shape: Shape;
  /** The folded state up to this node, once a terminal needed it (see fold.ts); never changed afterwards. */
  fold: object | undefined;
  /** Set by a terminal that walked past this node: a second one shows it is a shared template's. */
  seen: boolean;
}

/**
 * A node over `parent`. `plain` says the value is plainly valid (the caller validated it),
 * `ownItems` counts the list items it holds, and a setting's node carries its `slot`. Nodes are not frozen: they never leave the builder's
 * private field, and `readonly` keeps this library's own code from writing to them.
 * `Object.freeze` costs about 30 ns a call, more than the rest of the call.
 */
export function withNode(parent: StateNode | undefined, key: StateKey, value: unknown, plain = false, ownItems = 0, slot = -1): StateNode {
  const items = (parent === undefined ? 0 : parent.items) + ownItems;
  const isPlain = plain && (parent === undefined || parent.plain) && items <= MAX_LIST_ITEMS;
  // One literal shape for every node keeps property access monomorphic in the terminal's walks.
  return {
    parent,
    key,
    value,
    plain: isPlain,
    items,
    slot,
    shape: isPlain ? (parent === undefined ? EMPTY_SHAPE : parent.shape).to(slot >= 0 ? key : stepOf(key, value)) : UNSHAPED,
    fold: undefined,
    seen: false,
  };
}

/** What a node adds to its chain's shape: a list item its `type`, a removal itself, anything else its key. */
function stepOf(key: StateKey, value: unknown): Step {
  if (key === 'requested_checks' || key === 'requested_tasks' || key === 'required_documents') return (value as { type: string }).type;
  return key === REMOVAL ? (value as Removal) : key;
}
