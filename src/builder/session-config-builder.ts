import { assemble, emit } from '../internal/emit.js';
import { withNode, type StateKey, type StateNode } from '../internal/state.js';
import type { SessionConfigEnvelope } from '../schema/payload.js';
import type { SessionConfigBuilder } from '../types/builder.js';
import { CheckSectionImpl, DocumentSectionImpl, TaskSectionImpl } from './sections.js';

/**
 * The runtime builder. Loosely typed on purpose: the public `SessionConfigBuilder<Used>`
 * interface carries the type state, this class only records calls. Instances are frozen and
 * every method returns a new instance over one more state node.
 */
export class SessionConfigBuilderImpl {
  readonly #leaf: StateNode | undefined;

  constructor(leaf: StateNode | undefined) {
    this.#leaf = leaf;
    Object.freeze(this);
  }

  #with(key: StateKey, value: unknown): SessionConfigBuilderImpl {
    return new SessionConfigBuilderImpl(withNode(this.#leaf, key, value));
  }

  name(name: string) {
    return this.#with('name', name);
  }

  isPrivate(isPrivate: boolean) {
    return this.#with('is_private', isPrivate);
  }

  clientSessionTokenTtl(seconds: number) {
    return this.#with('client_session_token_ttl', seconds);
  }

  sessionDeadline(deadline: Date | string) {
    // An invalid Date would throw in toISOString(); keep a readable value for the terminal to report.
    const value = deadline instanceof Date ? (Number.isNaN(deadline.getTime()) ? 'Invalid Date' : deadline.toISOString()) : deadline;
    return this.#with('session_deadline', value);
  }

  resourcesTtl(seconds: number) {
    return this.#with('resources_ttl', seconds);
  }

  userTrackingId(id: string) {
    return this.#with('user_tracking_id', id);
  }

  blockBiometricConsent(block: boolean) {
    return this.#with('block_biometric_consent', block);
  }

  // Sections are small instances with methods on their prototype: cheaper than a bag of closures.
  get check(): CheckSectionImpl {
    return new CheckSectionImpl(this.#leaf);
  }

  get task(): TaskSectionImpl {
    return new TaskSectionImpl(this.#leaf);
  }

  get document(): DocumentSectionImpl {
    return new DocumentSectionImpl(this.#leaf);
  }

  toJSON(): SessionConfigEnvelope {
    return emit(this.#leaf);
  }

  /** Shows what is requested, never option values: a custom account's API key lives in them. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    const { name, session_config: config } = assemble(this.#leaf) as { name: unknown; session_config: Record<string, unknown> };
    const types = (key: string) => ((config[key] as { type?: unknown }[] | undefined) ?? []).map((item) => String(item?.type)).join(', ');
    return `SessionConfigBuilder { name: ${name === undefined ? '(unset)' : JSON.stringify(name)}, checks: [${types('requested_checks')}], tasks: [${types('requested_tasks')}], documents: [${types('required_documents')}] }`;
  }
}

/**
 * Starts a configuration. The builder is immutable: each call returns a new builder.
 *
 * @example
 * ```ts
 * const kyc = sessionConfig()
 *   .name('KYC')
 *   .check.liveness({ maxRetries: 3 })
 *   .check.faceMatch({ manualCheck: 'FALLBACK' })
 *   .document.id();
 * kyc.toJSON(); // { "name": "KYC", "is_private": false, "session_config": { ... } }
 * ```
 */
export function sessionConfig(): SessionConfigBuilder {
  return EMPTY as unknown as SessionConfigBuilder;
}

const EMPTY = new SessionConfigBuilderImpl(undefined);

/** Wraps a state node list in a builder; for code that lifts existing JSON into the builder. */
export function builderFrom(leaf: StateNode | undefined): SessionConfigBuilderImpl {
  return new SessionConfigBuilderImpl(leaf);
}
