/**
 * Builder state as a persistent linked list: each call adds one frozen node pointing at its
 * parent. A call costs one small allocation whatever the chain length, and two builders that
 * branch from one template share its nodes without being able to change them.
 */
import type { SessionConfigJson } from '../schema/payload.js';

export type ListKey = 'requested_checks' | 'requested_tasks' | 'required_documents';
export type StateKey = 'name' | 'is_private' | keyof SessionConfigJson | typeof EXPLICIT_LISTS;

/** Marks a configuration loaded from JSON: its lists are emitted exactly where the JSON had them. */
export const EXPLICIT_LISTS = 'explicit_lists';
/** The value of a list node that only records the list's presence. */
export const PRESENT: unique symbol = Symbol('present');

export interface StateNode {
  readonly parent: StateNode | undefined;
  readonly key: StateKey;
  readonly value: unknown;
}

export function withNode(parent: StateNode | undefined, key: StateKey, value: unknown): StateNode {
  return Object.freeze({ parent, key, value });
}
