import { entryValidator, type EntryTarget } from './parse.js';
import { NOT_VALIDATED, type StateKey, type StateNode } from './state.js';
import type { Field, Schema } from '../schema/language.js';
import { envelope, requestedCheck, requestedTask, requiredDocument, sessionConfigPayload } from '../schema/payload.js';

type Validate = (value: unknown, target: EntryTarget) => void;

const schemaOf = (field: Field): Schema => (field.kind === 'optional' ? field.schema : (field as Schema));

/**
 * One validator per key a builder call writes, from the same schema the terminal's parse uses.
 * List keys take one item.
 */
const AT_ENTRY: Partial<Record<StateKey, Validate>> = {
  name: entryValidator(schemaOf(envelope.fields.name)),
  is_private: entryValidator(schemaOf(envelope.fields.is_private)),
  ...Object.fromEntries(Object.entries(sessionConfigPayload.fields).map(([key, field]) => [key, entryValidator(schemaOf(field as Field))])),
  requested_checks: entryValidator(requestedCheck),
  requested_tasks: entryValidator(requestedTask),
  required_documents: entryValidator(requiredDocument),
};

/**
 * Validates a node's value once and keeps the verdict on the node: its clean copy, or
 * `NOT_VALIDATED` when the value is not plainly valid or its key holds no value of the payload
 * (a removal, strict mode). Done on first use by the fast terminal rather than in the method
 * call: validating eagerly meant a second generic walk after the option copy on every call, and
 * a chain built and emitted once is cheaper with the single parse of the full path. Every value
 * is still checked, never skipped.
 */
export function validateNode(node: StateNode): void {
  node.clean = NOT_VALIDATED;
  AT_ENTRY[node.key]?.(node.value, node);
}
