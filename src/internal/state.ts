/**
 * Builder state as a persistent linked list: each call adds one node pointing at its parent. A
 * call costs one small allocation whatever the chain length, and two builders that branch from
 * one template share its nodes without being able to change them.
 */
import type { SessionConfigJson } from '../schema/payload.js';

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
/** The value of a list node that only records the list's presence. */
export const PRESENT: unique symbol = Symbol('present');

export interface StateNode {
  readonly parent: StateNode | undefined;
  readonly key: StateKey;
  readonly value: unknown;
  /**
   * `PENDING` until the fast terminal first needs it (see node-validation.ts); then the value's
   * validated copy when it is plainly valid, or `NOT_VALIDATED` (the full parse judges it).
   */
  clean: unknown;
  /** List items that entry validation walked: the terminal keeps the parse's item bound over the whole configuration. */
  items: number;
  /** The folded state up to this node, kept once computed (see fold.ts); never changed afterwards. */
  fold: object | undefined;
  /** True once this node's configuration passed every check on the fast path: its children may share the verdict. */
  verdict: boolean;
  /** Set by the first terminal of this node or a child: a second one takes the fast path (see fold.ts). */
  seen: boolean;
}

/** The `clean` of a node no terminal has needed yet. */
export const PENDING: unique symbol = Symbol('pending');

/** The `clean` of a node whose value is not plainly valid, or is not a builder call's. */
export const NOT_VALIDATED: unique symbol = Symbol('not validated');

/**
 * Nodes are not frozen: they never leave the builder's private field, and `readonly` keeps this
 * library's own code from writing to them. `Object.freeze` costs about 20 ns a call, more than
 * the rest of the call; over the seed's 16 calls that is most of the run-time budget.
 */
export function withNode(parent: StateNode | undefined, key: StateKey, value: unknown): StateNode {
  // One literal shape for every node keeps property access monomorphic in the terminal's walks.
  return { parent, key, value, clean: PENDING, items: 0, fold: undefined, verdict: false, seen: false };
}
